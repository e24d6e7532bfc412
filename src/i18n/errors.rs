//! Messages of the domain's, the catalog's and the state's errors, and the names of levels,
//! in both languages. The types themselves are data; their English `Display` is for logs.

use crate::catalog::CatalogError;
use crate::domain::{DLevel, Field, InputError, NotEligible, ProjectError, Shortfall};
use crate::i18n::{Localize, strings};
use crate::lang::Lang;
use crate::state::calculator::base64url::Base64Error;
use crate::state::calculator::share::ShareError;
use crate::state::transfer::ImportError;

impl Localize for Field {
    fn localize(&self, lang: Lang) -> String {
        let level = |level: &DLevel| level.to_string();
        match (lang, self) {
            (Lang::Ru, Self::TechnologyName) => "название технологии".into(),
            (Lang::Ru, Self::TechnologyLevel) => "уровень владения".into(),
            (Lang::Ru, Self::MinimumLevel) => "минимальный уровень I".into(),
            (Lang::Ru, Self::CurrentLevel) => "текущий уровень L".into(),
            (Lang::Ru, Self::Weight) => "вес W".into(),
            (Lang::Ru, Self::BaseRate) => "ставка D2".into(),
            (Lang::Ru, Self::Currency) => "валюта".into(),
            (Lang::Ru, Self::HoursPerDay) => "часов в рабочем дне".into(),
            (Lang::Ru, Self::DaysPerWeek) => "рабочих дней в неделе".into(),
            (Lang::Ru, Self::Coefficient(Some(d))) => format!("коэффициент {}", level(d)),
            (Lang::Ru, Self::Coefficient(None)) => "коэффициент".into(),
            (Lang::Ru, Self::MaxMultiplier) => "множитель максимума".into(),
            (Lang::Ru, Self::Qualification) => "квалификация Q".into(),
            (Lang::Ru, Self::ExperienceAmount) => "опыт".into(),
            (Lang::Ru, Self::Count) => "количество".into(),
            (Lang::Ru, Self::SignificantProjects) => "значимые проекты".into(),
            (Lang::Ru, Self::LargeProjects) => "крупные проекты".into(),
            (Lang::Ru, Self::ExpertRecognitions) => "признания экспертом".into(),
            (Lang::Ru, Self::ContributionAudience) => "людей, для которых вклад значим".into(),
            (Lang::Ru, Self::ContributionRecognisers) => {
                "разработчиков, признающих вклад выдающимся".into()
            }
            (Lang::Ru, Self::ContributionNonRecognisers) => "разработчиков, не признающих".into(),
            (Lang::En, Self::TechnologyName) => "technology name".into(),
            (Lang::En, Self::TechnologyLevel) => "technology level".into(),
            (Lang::En, Self::MinimumLevel) => "minimum level I".into(),
            (Lang::En, Self::CurrentLevel) => "current level L".into(),
            (Lang::En, Self::Weight) => "weight W".into(),
            (Lang::En, Self::BaseRate) => "D2 base rate".into(),
            (Lang::En, Self::Currency) => "currency".into(),
            (Lang::En, Self::HoursPerDay) => "hours per workday".into(),
            (Lang::En, Self::DaysPerWeek) => "workdays per week".into(),
            (Lang::En, Self::Coefficient(Some(d))) => format!("coefficient of {}", level(d)),
            (Lang::En, Self::Coefficient(None)) => "coefficient".into(),
            (Lang::En, Self::MaxMultiplier) => "maximum multiplier".into(),
            (Lang::En, Self::Qualification) => "qualification Q".into(),
            (Lang::En, Self::ExperienceAmount) => "experience".into(),
            (Lang::En, Self::Count) => "count".into(),
            (Lang::En, Self::SignificantProjects) => "significant projects".into(),
            (Lang::En, Self::LargeProjects) => "large projects".into(),
            (Lang::En, Self::ExpertRecognitions) => "expert recognitions".into(),
            (Lang::En, Self::ContributionAudience) => {
                "people the contribution is significant for".into()
            }
            (Lang::En, Self::ContributionRecognisers) => {
                "developers who call it outstanding".into()
            }
            (Lang::En, Self::ContributionNonRecognisers) => "developers who do not".into(),
        }
    }
}

impl Localize for InputError {
    fn localize(&self, lang: Lang) -> String {
        let field = self.field().localize(lang);
        match lang {
            Lang::Ru => input_error_ru(self, &field),
            Lang::En => input_error_en(self, &field),
        }
    }
}

fn input_error_ru(error: &InputError, field: &str) -> String {
    match error {
        InputError::Empty { .. } => format!("{field}: не заполнено"),
        InputError::TooLong { chars, max, .. } => {
            format!("{field}: слишком длинно ({chars} символов, допустимо не более {max})")
        }
        InputError::NotANumber { text, .. } => format!("{field}: нужно число, введено «{text}»"),
        InputError::NotAWholeNumber { text, .. } => {
            format!("{field}: нужно целое число, введено «{text}»")
        }
        InputError::NotPositive { text, .. } => {
            format!("{field}: нужно число больше 0, введено {text}")
        }
        InputError::Negative { text, .. } => {
            format!("{field}: не может быть отрицательным, введено {text}")
        }
        InputError::BelowMinimum { text, min, .. } => {
            format!("{field}: не меньше {min}, введено {text}")
        }
        InputError::AboveMaximum { text, max, .. } => {
            format!("{field}: не больше {max}, введено {text}")
        }
        InputError::OutOfRange { text, min, max, .. } => {
            format!("{field}: от {min} до {max}, введено {text}")
        }
        InputError::TooManyDecimals {
            text, max_places, ..
        } => format!("{field}: не более {max_places} знаков после запятой, введено {text}"),
        InputError::CoefficientDecreases {
            level,
            value,
            previous_level,
            previous,
        } => format!(
            "коэффициент {level} ({value}) меньше коэффициента {previous_level} ({previous}): коэффициенты не должны убывать"
        ),
        InputError::UnknownCurrency { text } => {
            format!("валюта: USD, EUR или RUB, введено «{text}»")
        }
    }
}

fn input_error_en(error: &InputError, field: &str) -> String {
    match error {
        InputError::Empty { .. } => format!("{field} is empty"),
        InputError::TooLong { chars, max, .. } => {
            format!("{field} is too long: {chars} characters, at most {max}")
        }
        InputError::NotANumber { text, .. } => format!("{field} must be a number, got \"{text}\""),
        InputError::NotAWholeNumber { text, .. } => {
            format!("{field} must be a whole number, got \"{text}\"")
        }
        InputError::NotPositive { text, .. } => {
            format!("{field} must be greater than 0, got {text}")
        }
        InputError::Negative { text, .. } => format!("{field} must not be negative, got {text}"),
        InputError::BelowMinimum { text, min, .. } => {
            format!("{field} must be at least {min}, got {text}")
        }
        InputError::AboveMaximum { text, max, .. } => {
            format!("{field} must be at most {max}, got {text}")
        }
        InputError::OutOfRange { text, min, max, .. } => {
            format!("{field} must be from {min} to {max}, got {text}")
        }
        InputError::TooManyDecimals {
            text, max_places, ..
        } => format!("{field} allows at most {max_places} decimal places, got {text}"),
        InputError::CoefficientDecreases {
            level,
            value,
            previous_level,
            previous,
        } => format!(
            "coefficient of {level} ({value}) is less than that of {previous_level} ({previous}): coefficients must not decrease"
        ),
        InputError::UnknownCurrency { text } => {
            format!("currency must be USD, EUR or RUB, got \"{text}\"")
        }
    }
}

impl Localize for ProjectError {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Ru, Self::NoTechnologies) => "в проекте нет ни одной технологии".into(),
            (Lang::En, Self::NoTechnologies) => "the project has no technologies".into(),
            (
                lang,
                Self::DuplicateTechnology {
                    first_row,
                    first_name,
                    second_row,
                    second_name,
                },
            ) => match lang {
                Lang::Ru => format!(
                    "строки {first_row} и {second_row} называют одну технологию: «{first_name}» и «{second_name}»"
                ),
                Lang::En => format!(
                    "rows {first_row} and {second_row} name the same technology: \"{first_name}\" and \"{second_name}\""
                ),
            },
        }
    }
}

impl Localize for NotEligible {
    fn localize(&self, lang: Lang) -> String {
        let less = match lang {
            Lang::Ru => "меньше",
            Lang::En => "<",
        };
        let list = self
            .shortfalls
            .iter()
            .map(|Shortfall { name, level, min }| {
                format!("{name}: L {} {less} I {}", level.value(), min.value())
            })
            .collect::<Vec<_>>()
            .join(", ");
        match lang {
            Lang::Ru => format!("уровень ниже требуемого: {list}"),
            Lang::En => format!("not eligible: {list}"),
        }
    }
}

impl Localize for ShareError {
    fn localize(&self, lang: Lang) -> String {
        use crate::state::calculator::share::{MAX_NAME_CHARS, VERSION};
        match lang {
            Lang::Ru => match self {
                Self::Empty => "в ссылке нет данных".into(),
                Self::TooLong(chars) => format!("ссылка слишком длинная ({chars} символов)"),
                Self::Base64(Base64Error::InvalidCharacter {
                    position,
                    character,
                }) => format!(
                    "ссылка повреждена: недопустимый символ «{character}» на позиции {position}"
                ),
                Self::Base64(Base64Error::InvalidLength(length)) => {
                    format!("ссылка повреждена: невозможная длина данных ({length} символов)")
                }
                Self::NotUtf8 => "ссылка повреждена: данные не являются текстом UTF-8".into(),
                Self::Format(detail) => format!("данные ссылки не в ожидаемом формате: {detail}"),
                Self::Newer { found } => format!(
                    "ссылка создана более новой версией приложения (формат {found}, поддерживается {VERSION})"
                ),
                Self::NameTooLong { chars } => format!(
                    "название проекта в ссылке слишком длинное ({chars} символов, допустимо не более {MAX_NAME_CHARS})"
                ),
                Self::Row { row, error } => {
                    format!(
                        "в ссылке ошибка в технологии {row}: {}",
                        error.localize(lang)
                    )
                }
                Self::Setting(error) => {
                    format!("в ссылке ошибка в настройках: {}", error.localize(lang))
                }
                Self::Project(error) => {
                    format!("в ссылке ошибка в проекте: {}", error.localize(lang))
                }
            },
            Lang::En => match self {
                Self::Empty => "the link carries no data".into(),
                Self::TooLong(chars) => format!("the link is too long ({chars} characters)"),
                Self::Base64(Base64Error::InvalidCharacter {
                    position,
                    character,
                }) => format!(
                    "the link is damaged: character {position} ('{character}') is not base64url"
                ),
                Self::Base64(Base64Error::InvalidLength(length)) => format!(
                    "the link is damaged: the text has an impossible length ({length} characters)"
                ),
                Self::NotUtf8 => "the link is damaged: its data is not UTF-8 text".into(),
                Self::Format(detail) => {
                    format!("the link's data is not in the expected format: {detail}")
                }
                Self::Newer { found } => format!(
                    "the link was made by a newer version of the app (format {found}, this one reads {VERSION})"
                ),
                Self::NameTooLong { chars } => format!(
                    "the link's project name is too long ({chars} characters, at most {MAX_NAME_CHARS})"
                ),
                Self::Row { row, error } => format!(
                    "the link holds a bad value in technology {row}: {}",
                    error.localize(lang)
                ),
                Self::Setting(error) => {
                    format!("the link holds a bad setting: {}", error.localize(lang))
                }
                Self::Project(error) => {
                    format!("the link holds a bad project: {}", error.localize(lang))
                }
            },
        }
    }
}

impl Localize for ImportError {
    fn localize(&self, lang: Lang) -> String {
        let t = strings(lang);
        (crate::i18n::profile::strings(lang).import_error)(self, t)
    }
}

/// The embedded matrices failed their checks: a build that should never have shipped, so the
/// message says what is broken in the words of the build's checks.
impl Localize for CatalogError {
    fn localize(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Ru, Self::Parse { file, message }) => {
                format!("файл матрицы {file} не прочитан: {message}")
            }
            (Lang::En, Self::Parse { file, message }) => {
                format!("the matrix file {file} could not be read: {message}")
            }
            (Lang::Ru, Self::InvalidId { id }) => format!(
                "идентификатор профессии «{id}» недопустим (нужны строчные латинские буквы, цифры, дефисы)"
            ),
            (Lang::En, Self::InvalidId { id }) => format!(
                "the profession id \"{id}\" is not allowed (lowercase latin letters, digits, dashes)"
            ),
            (Lang::Ru, Self::DuplicateProfession { id }) => {
                format!("идентификатор профессии «{id}» встречается дважды")
            }
            (Lang::En, Self::DuplicateProfession { id }) => {
                format!("the profession id \"{id}\" is used twice")
            }
            (
                lang,
                Self::GradeOrder {
                    profession,
                    previous,
                    level,
                },
            ) => match lang {
                Lang::Ru => format!(
                    "профессия {profession}: грейд {level} идёт после {previous}, а грейды должны возрастать"
                ),
                Lang::En => format!(
                    "profession {profession}: grade {level} comes after {previous}, and grades must rise"
                ),
            },
            (Lang::Ru, Self::InvalidGroup { grade, group }) => format!(
                "{grade}: идентификатор группы навыков «{group}» недопустим или повторяется"
            ),
            (Lang::En, Self::InvalidGroup { grade, group }) => {
                format!("{grade}: the skill group id \"{group}\" is not allowed or used twice")
            }
            (Lang::Ru, Self::EmptyGroup { grade, group }) => {
                format!("{grade}: в группе навыков {group} нет пунктов")
            }
            (Lang::En, Self::EmptyGroup { grade, group }) => {
                format!("{grade}: the skill group {group} has no items")
            }
            (Lang::Ru, Self::BadText { place }) => {
                format!("{place}: текст пуст или начинается либо кончается пробелом")
            }
            (Lang::En, Self::BadText { place }) => {
                format!("{place}: the text is empty or starts or ends with a space")
            }
        }
    }
}
