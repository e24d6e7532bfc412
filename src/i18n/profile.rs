//! Strings of the profile page: about the user, the summary, and the local data controls.

use crate::i18n::Strings;
use crate::lang::Lang;
use crate::state::persistence::StorageKey;
use crate::state::profile::Summary;
use crate::state::transfer::ImportError;

pub struct ProfileStrings {
    pub title: &'static str,
    pub intro: &'static str,

    pub about_title: &'static str,
    pub about_hint: &'static str,
    pub name_label: &'static str,
    pub profession_label: &'static str,
    pub profession_none: &'static str,
    pub current_label: &'static str,
    pub target_label: &'static str,
    pub grade_none: &'static str,
    pub grades_need_profession: &'static str,
    pub grades_undefined: &'static str,
    pub target_hint: &'static str,
    pub catalog_error: &'static str,

    pub summary_title: &'static str,
    pub summary_ticks: &'static str,
    pub summary_projects: &'static str,
    pub summary_none: &'static str,
    pub summary_of: &'static str,
    pub summary_home_link: &'static str,
    pub summary_calculator_link: &'static str,

    pub data_title: &'static str,
    pub data_intro: &'static str,
    pub export_title: &'static str,
    pub export_text: &'static str,
    pub export_button: &'static str,
    pub export_done: &'static str,
    pub export_failed: &'static str,
    pub import_title: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    pub import_read_failed: &'static str,
    pub import_error: fn(&ImportError, &Strings) -> String,
    pub preview_title: &'static str,
    pub preview_intro: &'static str,
    pub preview_from: &'static str,
    pub preview_data: &'static str,
    pub preview_now: &'static str,
    pub preview_after: &'static str,
    pub preview_note: &'static str,
    pub preview_confirm: &'static str,
    pub cancel: &'static str,
    pub write_failed: &'static str,
    pub reset_title: &'static str,
    pub reset_text: &'static str,
    pub reset_button: &'static str,
    pub reset_confirm_title: &'static str,
    /// What will be deleted: the labels of every stored key, listed.
    pub reset_confirm_text: fn(&str) -> String,
    pub reset_confirm: &'static str,
    pub backups_title: &'static str,
    pub backups_text: &'static str,
    pub backup_download: &'static str,
    pub backup_delete: &'static str,
    pub backup_delete_title: &'static str,
    pub backup_delete_text: &'static str,
    pub stored_title: &'static str,
    pub stored_data: &'static str,
    pub stored_key: &'static str,
    pub stored_value: &'static str,

    pub absent: &'static str,
    pub present: &'static str,
    pub unnamed: &'static str,
    pub fields_filled: &'static str,
    pub base_rate: &'static str,
    pub per_hour: &'static str,
    pub projects_saved: &'static str,
    pub levels_set: &'static str,
    pub ticks_set: &'static str,
    pub matrices_kept: &'static str,
    pub evidence_kept: &'static str,
    pub snapshots_kept: &'static str,
    pub team_members_kept: &'static str,
}

impl ProfileStrings {
    /// A stored key's summary in words.
    pub fn summary(&self, key: StorageKey, summary: &Summary) -> String {
        match summary {
            Summary::Absent => self.absent.to_owned(),
            Summary::Present => self.present.to_owned(),
            Summary::Language(lang) => crate::i18n::strings(*lang).language_name.to_owned(),
            Summary::Profile { name, filled } => {
                let name = if name.is_empty() { self.unnamed } else { name };
                format!("{name} ({}: {filled}/4)", self.fields_filled)
            }
            Summary::Settings {
                base_rate,
                currency,
            } => format!(
                "{}: {base_rate} {currency}{}",
                self.base_rate, self.per_hour
            ),
            Summary::Count(n) => {
                let what = match key {
                    StorageKey::Projects => self.projects_saved,
                    StorageKey::Levels => self.levels_set,
                    StorageKey::SelfAssessment => self.ticks_set,
                    StorageKey::Matrices => self.matrices_kept,
                    StorageKey::Evidence => self.evidence_kept,
                    StorageKey::Snapshots => self.snapshots_kept,
                    StorageKey::Team => self.team_members_kept,
                    StorageKey::Language | StorageKey::Settings | StorageKey::Profile => {
                        self.present
                    }
                };
                format!("{what}: {n}")
            }
        }
    }
}

fn import_error_ru(error: &ImportError, t: &Strings) -> String {
    match error {
        ImportError::TooLarge { size } => format!(
            "Файл слишком большой: {} КБ, а файл экспорта не бывает больше 1 МБ. Ничего не изменено.",
            size / 1024
        ),
        ImportError::NotJson { line, column } => format!(
            "Это не JSON: ошибка в строке {line}, столбце {column}. Ничего не изменено."
        ),
        ImportError::NotAnExport => {
            "Это не файл экспорта «Грейдов»: в нём нет отметки формата «grades-export». Ничего не изменено.".into()
        }
        ImportError::NewerFormat { found } => format!(
            "Файл создан более новой версией приложения (формат {found}); эта версия читает формат 1. Ничего не изменено."
        ),
        ImportError::BadField { field } => format!(
            "Неверная структура файла: поле «{field}» отсутствует или заполнено неверно. Ничего не изменено."
        ),
        ImportError::UnknownKey(name) => format!(
            "Неверная структура файла: неизвестный раздел «{name}». Ничего не изменено."
        ),
        ImportError::NewerData {
            key,
            found,
            supported,
        } => format!(
            "Раздел «{}» записан более новой версией приложения (версия {found}, эта читает до {supported}). Ничего не изменено.",
            t.storage_key_label(*key)
        ),
        ImportError::BadData { key, detail } => format!(
            "Неверная структура раздела «{}» ({detail}). Ничего не изменено.",
            t.storage_key_label(*key)
        ),
    }
}

fn import_error_en(error: &ImportError, t: &Strings) -> String {
    match error {
        ImportError::TooLarge { size } => format!(
            "The file is too large: {} KB, and an export is never over 1 MB. Nothing was changed.",
            size / 1024
        ),
        ImportError::NotJson { line, column } => format!(
            "This is not JSON: error at line {line}, column {column}. Nothing was changed."
        ),
        ImportError::NotAnExport => {
            "This is not a Grades export: it has no \"grades-export\" format marker. Nothing was changed.".into()
        }
        ImportError::NewerFormat { found } => format!(
            "The file was made by a newer version of the app (format {found}); this version reads format 1. Nothing was changed."
        ),
        ImportError::BadField { field } => format!(
            "Wrong file structure: the field \"{field}\" is missing or malformed. Nothing was changed."
        ),
        ImportError::UnknownKey(name) => format!(
            "Wrong file structure: unknown section \"{name}\". Nothing was changed."
        ),
        ImportError::NewerData {
            key,
            found,
            supported,
        } => format!(
            "The section \"{}\" was written by a newer version of the app (version {found}, this one reads up to {supported}). Nothing was changed.",
            t.storage_key_label(*key)
        ),
        ImportError::BadData { key, detail } => format!(
            "Wrong structure of the section \"{}\" ({detail}). Nothing was changed.",
            t.storage_key_label(*key)
        ),
    }
}

pub static RU: ProfileStrings = ProfileStrings {
    title: "Профиль",
    intro: "О вас и ваши данные в этом браузере.",

    about_title: "О вас",
    about_hint: "Сохраняется автоматически, только в этом браузере.",
    name_label: "Имя",
    profession_label: "Профессия",
    profession_none: "— не выбрана —",
    current_label: "Текущий грейд",
    target_label: "Целевой грейд",
    grade_none: "— не выбран —",
    grades_need_profession: "Сначала выберите профессию.",
    grades_undefined: "Для этой профессии грейды пока не определены.",
    target_hint: "Только грейды выше текущего.",
    catalog_error: "Матрицы грейдов не загрузились, поэтому профессию выбрать нельзя.",

    summary_title: "Сводка",
    summary_ticks: "Самооценка",
    summary_projects: "Сохранённые проекты",
    summary_none: "пока нет",
    summary_of: "из",
    summary_home_link: "Отметить навыки",
    summary_calculator_link: "Открыть калькулятор",

    data_title: "Данные в этом браузере",
    data_intro: "Всё, что вы вводите, хранится только здесь. Сохраните копию в файл, чтобы перенести данные или не потерять их.",
    export_title: "Экспорт",
    export_text: "Все данные одним JSON-файлом с датой в названии.",
    export_button: "Скачать данные",
    export_done: "Файл подготовлен:",
    export_failed: "Браузер не дал скачать файл.",
    import_title: "Импорт",
    import_label: "Файл экспорта",
    import_hint: "JSON-файл, скачанный здесь же, не больше 1 МБ. Перед заменой данных приложение покажет, что изменится.",
    import_read_failed: "Файл не удалось прочитать. Ничего не изменено.",
    import_error: import_error_ru,
    preview_title: "Заменить данные из файла?",
    preview_intro: "Импорт заменит данные в этом браузере на данные из файла.",
    preview_from: "Файл экспортирован:",
    preview_data: "Данные",
    preview_now: "Сейчас",
    preview_after: "После импорта",
    preview_note: "Резервные копии нечитаемых данных не затрагиваются. После импорта страница перезагрузится.",
    preview_confirm: "Заменить данные",
    cancel: "Отмена",
    write_failed: "Браузер не дал записать данные (хранилище переполнено или заблокировано). Ничего не изменено.",
    reset_title: "Сброс",
    reset_text: "Удалить все данные приложения из этого браузера.",
    reset_button: "Удалить все данные…",
    reset_confirm_title: "Удалить все данные?",
    reset_confirm_text: |what| {
        format!(
            "Из этого браузера будет удалено всё: {what}. Отменить это нельзя: сначала скачайте данные, если они могут понадобиться. Резервные копии нечитаемых данных останутся."
        )
    },
    reset_confirm: "Удалить",
    backups_title: "Резервные копии",
    backups_text: "Данные, которые приложение не смогло прочитать, сохранены здесь без изменений.",
    backup_download: "Скачать",
    backup_delete: "Удалить",
    backup_delete_title: "Удалить резервную копию?",
    backup_delete_text: "Копия будет удалена из браузера. Если она может понадобиться, сначала скачайте её.",
    stored_title: "Что хранится",
    stored_data: "Данные",
    stored_key: "Ключ",
    stored_value: "Сейчас",

    absent: "нет (по умолчанию)",
    present: "есть данные",
    unnamed: "без имени",
    fields_filled: "заполнено полей",
    base_rate: "ставка D2",
    per_hour: "/ч",
    projects_saved: "сохранено",
    levels_set: "технологий",
    ticks_set: "отмечено",
    matrices_kept: "профессий",
    evidence_kept: "пунктов с подтверждениями",
    snapshots_kept: "снимков",
    team_members_kept: "участников",
};

pub static EN: ProfileStrings = ProfileStrings {
    title: "Profile",
    intro: "About you, and your data in this browser.",

    about_title: "About you",
    about_hint: "Saved automatically, in this browser only.",
    name_label: "Name",
    profession_label: "Profession",
    profession_none: "— none —",
    current_label: "Current grade",
    target_label: "Target grade",
    grade_none: "— none —",
    grades_need_profession: "Choose a profession first.",
    grades_undefined: "Grades are not defined for this profession yet.",
    target_hint: "Only grades above the current one.",
    catalog_error: "The grade matrices did not load, so no profession can be chosen.",

    summary_title: "Summary",
    summary_ticks: "Self-assessment",
    summary_projects: "Saved projects",
    summary_none: "none yet",
    summary_of: "of",
    summary_home_link: "Tick skills",
    summary_calculator_link: "Open the calculator",

    data_title: "Data in this browser",
    data_intro: "Everything you enter is kept here only. Save a copy to a file to move your data or to keep it safe.",
    export_title: "Export",
    export_text: "All your data in one JSON file named with the date.",
    export_button: "Download data",
    export_done: "File prepared:",
    export_failed: "The browser would not download the file.",
    import_title: "Import",
    import_label: "Export file",
    import_hint: "A JSON file downloaded here, 1 MB at most. Before replacing anything the app shows what will change.",
    import_read_failed: "The file could not be read. Nothing was changed.",
    import_error: import_error_en,
    preview_title: "Replace your data with the file's?",
    preview_intro: "Importing replaces the data in this browser with the data in the file.",
    preview_from: "File exported:",
    preview_data: "Data",
    preview_now: "Now",
    preview_after: "After import",
    preview_note: "Backups of unreadable data are not touched. The page reloads after the import.",
    preview_confirm: "Replace data",
    cancel: "Cancel",
    write_failed: "The browser would not store the data (storage is full or blocked). Nothing was changed.",
    reset_title: "Reset",
    reset_text: "Delete all of the app's data from this browser.",
    reset_button: "Delete all data…",
    reset_confirm_title: "Delete all data?",
    reset_confirm_text: |what| {
        format!(
            "Everything will be deleted from this browser: {what}. This cannot be undone: download your data first if you may need it. Backups of unreadable data stay."
        )
    },
    reset_confirm: "Delete",
    backups_title: "Backups",
    backups_text: "Data the app could not read, kept here unchanged.",
    backup_download: "Download",
    backup_delete: "Delete",
    backup_delete_title: "Delete this backup?",
    backup_delete_text: "The backup will be deleted from this browser. Download it first if you may need it.",
    stored_title: "What is stored",
    stored_data: "Data",
    stored_key: "Key",
    stored_value: "Now",

    absent: "none (defaults)",
    present: "present",
    unnamed: "no name",
    fields_filled: "fields filled",
    base_rate: "D2 rate",
    per_hour: "/h",
    projects_saved: "saved",
    levels_set: "technologies",
    ticks_set: "ticked",
    matrices_kept: "professions",
    evidence_kept: "items with evidence",
    snapshots_kept: "snapshots",
    team_members_kept: "members",
};

/// This table in `lang`: reached only from the code that shows it, so a page's texts travel
/// in its wasm chunk.
pub const fn strings(lang: Lang) -> &'static ProfileStrings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}
