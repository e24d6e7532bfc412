//! Strings of the import panel of the matrices page (docs/rules.md#own-matrices).

use crate::lang::Lang;

pub struct MatrixImportStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub text_label: &'static str,
    pub text_hint: &'static str,
    pub read: &'static str,
    /// The file could not be read by the browser (permissions, a file gone since it was chosen).
    pub read_failed: &'static str,
    /// The built-in matrices did not load, so built-in ids cannot be kept apart.
    pub catalog_failed: &'static str,
    pub preview_title: &'static str,
    pub preview_intro: &'static str,
    /// Where the preview came from and how it was read: file name, format.
    pub from_file: fn(&str, &str) -> String,
    /// Pasted text and the format it was read as.
    pub from_text: fn(&str) -> String,
    pub col_profession: &'static str,
    pub col_id: &'static str,
    pub col_grades: &'static str,
    pub col_items: &'static str,
    pub col_action: &'static str,
    pub action_add: &'static str,
    /// Replaces the user's profession of this name.
    pub action_replace: fn(&str) -> String,
    /// (old id, new id): the old one is a built-in profession's.
    pub action_new_id_builtin: fn(&str, &str) -> String,
    /// (old id, new id): the old one is taken by another profession of the same import.
    pub action_new_id_taken: fn(&str, &str) -> String,
    /// (own professions now, professions the import would add).
    pub limit_context: fn(usize, usize) -> String,
    pub warnings_title: &'static str,
    pub confirm: &'static str,
    pub cancel: &'static str,
    pub done: &'static str,
    /// (name, id) of a profession the import added.
    pub done_added: fn(&str, &str) -> String,
    /// (name, id) of a profession of the user's the import replaced.
    pub done_replaced: fn(&str, &str) -> String,
    pub done_home: &'static str,
}

pub static RU: MatrixImportStrings = MatrixImportStrings {
    title: "Импорт",
    intro: "Матрица из файла или вставленного текста: JSON, CSV или текст (Markdown или простой) — формат определяется по содержимому. Перед сохранением будет предпросмотр.",
    file_label: "Файл матрицы",
    file_hint: "JSON, CSV, Markdown или текст, до 1 МиБ. Файл можно перетащить в эту рамку.",
    text_label: "Или вставьте текст матрицы",
    text_hint: "Ctrl+Enter — прочитать. Текст останется в поле, пока импорт не подтверждён.",
    read: "Прочитать текст",
    read_failed: "Браузер не смог прочитать файл. Выберите его ещё раз или вставьте текст.",
    catalog_failed: "Встроенные матрицы не загрузились, поэтому импорт не может проверить идентификаторы. Перезагрузите страницу.",
    preview_title: "Предпросмотр импорта",
    preview_intro: "Пока ничего не сохранено: проверьте, что будет импортировано, и подтвердите.",
    from_file: |name, format| format!("Файл «{name}», прочитан как {format}."),
    from_text: |format| format!("Вставленный текст, прочитан как {format}."),
    col_profession: "Профессия",
    col_id: "Идентификатор",
    col_grades: "Грейды",
    col_items: "Пункты",
    col_action: "Что произойдёт",
    action_add: "будет добавлена",
    action_replace: |name| format!("заменит вашу профессию «{name}»"),
    action_new_id_builtin: |from, id| {
        format!("получит идентификатор {id}: {from} — идентификатор встроенной профессии")
    },
    action_new_id_taken: |from, id| {
        format!("получит идентификатор {id}: {from} уже занят другой профессией этого импорта")
    },
    limit_context: |own, added| format!("Сейчас их {own}, импорт добавил бы ещё {added}."),
    warnings_title: "Предупреждения",
    confirm: "Импортировать",
    cancel: "Отмена",
    done: "Сохранено в ваших матрицах:",
    done_added: |name, id| format!("«{name}» ({id}) — добавлена"),
    done_replaced: |name, id| format!("«{name}» ({id}) — заменила прежнюю версию"),
    done_home: "Отмечать навыки — на главной странице",
};

pub static EN: MatrixImportStrings = MatrixImportStrings {
    title: "Import",
    intro: "A matrix from a file or pasted text: JSON, CSV or a text outline (Markdown or plain), recognised by its content. You see a preview before anything is saved.",
    file_label: "Matrix file",
    file_hint: "JSON, CSV, Markdown or text, up to 1 MiB. You can also drop the file into this frame.",
    text_label: "Or paste the text of a matrix",
    text_hint: "Ctrl+Enter reads it. The text stays here until the import is confirmed.",
    read: "Read the text",
    read_failed: "The browser could not read the file. Choose it again or paste its text.",
    catalog_failed: "The built-in matrices did not load, so the import cannot check ids against them. Reload the page.",
    preview_title: "Import preview",
    preview_intro: "Nothing is saved yet: check what will be imported, then confirm.",
    from_file: |name, format| format!("The file “{name}”, read as {format}."),
    from_text: |format| format!("Pasted text, read as {format}."),
    col_profession: "Profession",
    col_id: "Id",
    col_grades: "Grades",
    col_items: "Items",
    col_action: "What happens",
    action_add: "will be added",
    action_replace: |name| format!("replaces your profession “{name}”"),
    action_new_id_builtin: |from, id| {
        format!("gets the id {id}: {from} is the id of a built-in profession")
    },
    action_new_id_taken: |from, id| {
        format!("gets the id {id}: {from} is taken by another profession of this import")
    },
    limit_context: |own, added| format!("You have {own} now; the import would add {added}."),
    warnings_title: "Warnings",
    confirm: "Import",
    cancel: "Cancel",
    done: "Saved in your matrices:",
    done_added: |name, id| format!("“{name}” ({id}) added"),
    done_replaced: |name, id| format!("“{name}” ({id}) replaced its earlier version"),
    done_home: "Tick skills on the home page",
};

/// This table in `lang`: reached only from the code that shows it, so a page's texts travel
/// in its wasm chunk.
pub const fn strings(lang: Lang) -> &'static MatrixImportStrings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}
