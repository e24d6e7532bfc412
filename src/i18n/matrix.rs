//! Messages of the matrix formats (docs/formats.md#matrix-errors) in both languages. The
//! English ones are the errors' own `Display`, so logs and the interface say the same.

use crate::catalog::format::{
    Format, FormatError, FormatWarning, IdKind, JsonType, ListKind, Location, MAX_BYTES,
    MAX_GRADES, MAX_GROUPS, MAX_ITEM_CHARS, MAX_ITEMS, MAX_PROFESSIONS, TextField, VERSION,
};
use crate::i18n::Localize;
use crate::lang::Lang;

impl Localize for Location {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, _) => self.to_string(),
            (Lang::Ru, Self::Line(line)) => format!("строка {line}"),
            (Lang::Ru, Self::Path(path)) if path.is_empty() => "верхний уровень".into(),
            (Lang::Ru, Self::Path(path)) => path.clone(),
        }
    }
}

impl Localize for TextField {
    fn localize(&self, lang: Lang) -> String {
        let name = match (lang, self) {
            (Lang::En, _) => return self.to_string(),
            (Lang::Ru, Self::Name) => "название профессии",
            (Lang::Ru, Self::Summary) => "описание профессии",
            (Lang::Ru, Self::Source) => "источник",
            (Lang::Ru, Self::StackEntry) => "технология стека",
            (Lang::Ru, Self::GradeTitle) => "название грейда",
            (Lang::Ru, Self::GradeDescription) => "описание грейда",
            (Lang::Ru, Self::GradeNotes) => "примечание к грейду",
            (Lang::Ru, Self::GroupTitle) => "название группы",
            (Lang::Ru, Self::GroupNote) => "примечание к группе",
            (Lang::Ru, Self::GlossaryTerm) => "термин глоссария",
            (Lang::Ru, Self::GlossaryDefinition) => "определение термина",
        };
        name.into()
    }
}

impl Localize for JsonType {
    fn localize(&self, lang: Lang) -> String {
        let name = match (lang, self) {
            (Lang::En, _) => return self.to_string(),
            (Lang::Ru, Self::Object) => "объект",
            (Lang::Ru, Self::List) => "список",
            (Lang::Ru, Self::Text) => "текст",
            (Lang::Ru, Self::TextOrObject) => "текст или объект с id и text",
            (Lang::Ru, Self::Id) => "текст или целое число",
            (Lang::Ru, Self::Version) => "целое число от 1",
        };
        name.into()
    }
}

/// "Идентификатор профессии", "… грейда": the kind in the genitive.
fn id_of(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Profession => "профессии",
        IdKind::Grade => "грейда",
        IdKind::Group => "группы",
        IdKind::Item => "пункта",
    }
}

fn id_rule(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Profession => {
            "строчные латинские буквы и цифры, слова через одиночный дефис, не длиннее 64 символов"
        }
        IdKind::Grade | IdKind::Group | IdKind::Item => {
            "строчные латинские буквы, цифры, «-», «+» и «_», в начале буква или цифра, не длиннее 64 символов"
        }
    }
}

/// "в стеке", "в глоссарии".
fn in_list(list: ListKind) -> &'static str {
    match list {
        ListKind::Stack => "в стеке",
        ListKind::Glossary => "в глоссарии",
    }
}

impl Localize for FormatError {
    fn localize(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Ru => error_ru(self),
        }
    }
}

fn error_ru(error: &FormatError) -> String {
    let at = |at: &Location| at.localize(Lang::Ru);
    match error {
        FormatError::Empty => "файл или текст пуст".into(),
        FormatError::TooLarge { bytes } => {
            format!("размер {bytes} байт больше допустимого ({MAX_BYTES} байт, 1 МиБ)")
        }
        FormatError::NotUtf8 { line } => {
            format!("строка {line}: это не текст в кодировке UTF-8")
        }
        FormatError::NoProfession => "не найдено ни одной профессии".into(),
        FormatError::JsonSyntax { line, column } => {
            format!("строка {line}, позиция {column}: ошибка в записи JSON")
        }
        FormatError::JsonTruncated { line, column } => {
            format!("строка {line}, позиция {column}: JSON обрывается раньше времени")
        }
        FormatError::NotAMatrix => {
            "это JSON, но не матрица: нужен файл матриц, профессия или список профессий".into()
        }
        FormatError::OtherFormat { found } if found == "grades-export" => {
            "это файл экспорта данных приложения: его импортируют на странице профиля".into()
        }
        FormatError::OtherFormat { found } => {
            format!("это файл формата «{found}», а не матрица")
        }
        FormatError::NewerVersion { found } => format!(
            "файл матриц версии {found} создан более новой версией приложения (эта читает версию {VERSION})"
        ),
        FormatError::WrongType {
            at: place,
            expected,
        } => {
            format!("{}: ожидается {}", at(place), expected.localize(Lang::Ru))
        }
        FormatError::MissingMember { at: place, member } => {
            format!("{}: нет поля {member}", at(place))
        }
        FormatError::UnknownMember { at: place, member } => {
            format!("{}: неизвестное поле «{member}»", at(place))
        }
        FormatError::IdAndLevel { at: place } => format!(
            "{}: у грейда должно быть что-то одно: id или level",
            at(place)
        ),
        FormatError::MissingColumn { column } => format!("в заголовке нет столбца {column}"),
        FormatError::DuplicateColumn { column } => {
            format!("столбец {column} указан в заголовке дважды")
        }
        FormatError::UnclosedQuote { line } => {
            format!("строка {line}: поле в кавычках не закрыто")
        }
        FormatError::StrayQuote { line } => format!(
            "строка {line}: кавычка внутри поля, которое не начинается с кавычки, или текст после закрывающей кавычки"
        ),
        FormatError::TooFewFields {
            line,
            expected,
            found,
        } => format!("строка {line}: полей {found}, а столбцов в заголовке {expected}"),
        FormatError::TooManyFields {
            line,
            expected,
            found,
        } => format!("строка {line}: полей {found}, больше, чем столбцов в заголовке ({expected})"),
        FormatError::RowWithoutProfession { line } => {
            format!("строка {line}: не указана профессия")
        }
        FormatError::RowWithoutGrade { line } => {
            format!("строка {line}: указаны группа или пункт, но не указан грейд")
        }
        FormatError::ConflictingValue { line, column } => {
            format!("строка {line}: в столбце {column} не то, что выше для того же элемента")
        }
        FormatError::BeforeProfession { line } => {
            format!("строка {line}: грейд, группа или пункт раньше названия профессии")
        }
        FormatError::GroupBeforeGrade { line } => {
            format!("строка {line}: группа навыков раньше первого грейда")
        }
        FormatError::ItemBeforeGrade { line } => {
            format!("строка {line}: пункт раньше первого грейда")
        }
        FormatError::TooManyProfessions { at: place } => {
            format!("{}: больше {MAX_PROFESSIONS} профессий", at(place))
        }
        FormatError::TooManyGrades { at: place } => {
            format!("{}: в профессии больше {MAX_GRADES} грейдов", at(place))
        }
        FormatError::TooManyGroups { at: place } => {
            format!("{}: в грейде больше {MAX_GROUPS} групп", at(place))
        }
        FormatError::TooManyItems { at: place } => {
            format!("{}: в группе больше {MAX_ITEMS} пунктов", at(place))
        }
        FormatError::TooManyEntries { at: place, list } => format!(
            "{}: {} больше {} записей",
            at(place),
            in_list(*list),
            list.max()
        ),
        FormatError::EmptyText { at: place, field } => format!(
            "{}: не заполнено поле «{}»",
            at(place),
            field.localize(Lang::Ru)
        ),
        FormatError::TextTooLong {
            at: place,
            field,
            chars,
        } => format!(
            "{}: поле «{}» длиной {chars} символов, допустимо не более {}",
            at(place),
            field.localize(Lang::Ru),
            field.max_chars()
        ),
        FormatError::EmptyItem { at: place } => format!("{}: пустой пункт", at(place)),
        FormatError::ItemTooLong { at: place, chars } => format!(
            "{}: пункт длиной {chars} символов, допустимо не более {MAX_ITEM_CHARS}",
            at(place)
        ),
        FormatError::EmptyGroup { at: place } => format!("{}: в группе нет пунктов", at(place)),
        FormatError::CommaInStackEntry { at: place, entry } => format!(
            "{}: в технологии стека «{entry}» есть запятая; перечислите технологии по отдельности",
            at(place)
        ),
        FormatError::InvalidId {
            at: place,
            kind,
            id,
        } => format!(
            "{}: недопустимый идентификатор {} «{id}»: нужны {}",
            at(place),
            id_of(*kind),
            id_rule(*kind)
        ),
        FormatError::DuplicateProfessionId { at: place, id } => format!(
            "{}: идентификатор профессии «{id}» встречается дважды",
            at(place)
        ),
        FormatError::DuplicateGradeId { at: place, id } => format!(
            "{}: идентификатор грейда «{id}» встречается в профессии дважды",
            at(place)
        ),
        FormatError::DuplicateGroupId { at: place, id } => format!(
            "{}: идентификатор группы «{id}» встречается в грейде дважды",
            at(place)
        ),
        FormatError::DuplicateItemId { at: place, id } => format!(
            "{}: идентификатор пункта «{id}» встречается в группе дважды",
            at(place)
        ),
    }
}

impl Localize for FormatWarning {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, _) => self.to_string(),
            (Lang::Ru, Self::GradeWithoutItems { at, grade }) => {
                format!("{}: в грейде «{grade}» нет пунктов", at.localize(lang))
            }
            (Lang::Ru, Self::ProfessionWithoutGrades { at, profession }) => format!(
                "{}: у профессии «{profession}» нет грейдов",
                at.localize(lang)
            ),
            (Lang::Ru, Self::IgnoredColumn { column }) => {
                format!("столбец «{column}» приложению не известен и пропущен")
            }
            (Lang::Ru, Self::IgnoredLine { line }) => format!(
                "строка {line}: строке нет места в структуре (профессия, грейд, группа, пункт), она пропущена"
            ),
        }
    }
}

/// The format an import was read as, for the preview.
impl Localize for Format {
    fn localize(&self, lang: Lang) -> String {
        let name = match (lang, self) {
            (_, Self::Json) => "JSON",
            (_, Self::Csv) => "CSV",
            (Lang::Ru, Self::Outline) => "текст (Markdown или простой)",
            (Lang::En, Self::Outline) => "text outline (Markdown or plain)",
        };
        name.into()
    }
}
