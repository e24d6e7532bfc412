//! Interface strings in Russian (default, like the content) and English.
//! One struct per language, so a missing translation fails to compile.

pub mod calculator;
pub mod errors;
pub mod evidence;
pub mod home;
pub mod learning;
pub mod levels;
pub mod matrices;
pub mod matrix;
pub mod matrix_import;
pub mod matrix_link;
pub mod plan;
pub mod profile;
pub mod snapshots;
pub mod team;

use leptos::prelude::*;

use crate::lang::Lang;
use crate::state::notices::Notice;
use crate::state::persistence::{Recovery, RecoveryReason, StorageKey};

/// The strings of a language.
pub const fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

/// Text for a person from a value that is data (an error, a notice, a level), in either
/// language. Domain, catalog and state types carry no interface text of their own.
pub trait Localize {
    fn localize(&self, lang: Lang) -> String;
}

pub struct Strings {
    /// The language of these strings, for the page tables reached through it.
    pub lang: Lang,
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_calculator: &'static str,
    pub nav_learning: &'static str,
    pub nav_profile: &'static str,
    pub nav_matrices: &'static str,
    pub nav_plan: &'static str,
    pub nav_team: &'static str,
    pub language_label: &'static str,
    pub language_name: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub not_found_home: &'static str,
    pub chunk_failed_title: &'static str,
    pub chunk_failed_text: &'static str,
    pub chunk_failed_retry: &'static str,
    pub footer_text: &'static str,
    pub notice_dismiss: &'static str,
    pub notice_storage_unavailable: &'static str,
    pub notice_storage_full: &'static str,
    pub update_available: &'static str,
    pub update_reload: &'static str,
    pub notice_recovered_unreadable: &'static str,
    pub notice_recovered_newer: &'static str,
    pub notice_recovered_kept: &'static str,
    pub notice_recovered_left: &'static str,
    pub notice_download_backup: &'static str,
    pub notice_changed_elsewhere: &'static str,
    pub notice_unreadable_elsewhere: &'static str,
    pub notice_imported: &'static str,
    pub notice_reset: &'static str,
    pub storage_keys: StorageKeyLabels,
}

/// What each stored key holds, as the user knows it.
pub struct StorageKeyLabels {
    pub language: &'static str,
    pub settings: &'static str,
    pub projects: &'static str,
    pub levels: &'static str,
    pub self_assessment: &'static str,
    pub profile: &'static str,
    pub matrices: &'static str,
    pub evidence: &'static str,
    pub snapshots: &'static str,
    pub team: &'static str,
}

impl Strings {
    /// A notice about the user's data; `recovery` is what was set aside, for `Recovered`.
    pub fn notice(&self, notice: Notice, recovery: Option<&Recovery>) -> String {
        let label = |key: StorageKey| self.storage_key_label(key);
        match notice {
            Notice::StorageUnavailable => self.notice_storage_unavailable.to_owned(),
            Notice::StorageFull => self.notice_storage_full.to_owned(),
            Notice::Recovered(key) => {
                let why = match recovery.map(Recovery::reason) {
                    Some(RecoveryReason::Newer) => self.notice_recovered_newer,
                    _ => self.notice_recovered_unreadable,
                };
                let kept = match recovery.and_then(|r| r.backup.as_deref()) {
                    Some(backup) => format!("{} {backup}.", self.notice_recovered_kept),
                    None => self.notice_recovered_left.to_owned(),
                };
                format!("«{}»: {why} {kept}", label(key))
            }
            Notice::ChangedElsewhere(key) => {
                format!("«{}»: {}", label(key), self.notice_changed_elsewhere)
            }
            Notice::UnreadableElsewhere(key) => {
                format!("«{}»: {}", label(key), self.notice_unreadable_elsewhere)
            }
            Notice::Imported => self.notice_imported.to_owned(),
            Notice::Reset => self.notice_reset.to_owned(),
            Notice::SnapshotsPruned(count) => (snapshots::strings(self.lang).notice_pruned)(count),
        }
    }

    /// The user's name for what a storage key holds: "Профиль", "Настройки калькулятора".
    pub fn storage_key_label(&self, key: StorageKey) -> &'static str {
        let labels = &self.storage_keys;
        match key {
            StorageKey::Language => labels.language,
            StorageKey::Settings => labels.settings,
            StorageKey::Projects => labels.projects,
            StorageKey::Levels => labels.levels,
            StorageKey::SelfAssessment => labels.self_assessment,
            StorageKey::Profile => labels.profile,
            StorageKey::Matrices => labels.matrices,
            StorageKey::Evidence => labels.evidence,
            StorageKey::Snapshots => labels.snapshots,
            StorageKey::Team => labels.team,
        }
    }
}

pub static RU: Strings = Strings {
    lang: Lang::Ru,
    app_name: "Грейды",
    app_tagline: "Матрицы грейдов, квалификация D0–D5 и зарплатные вилки",
    skip_to_content: "Перейти к содержимому",
    nav_label: "Основная навигация",
    nav_home: "Профессии",
    nav_calculator: "Калькулятор",
    nav_learning: "Обучение",
    nav_profile: "Профиль",
    nav_matrices: "Мои матрицы",
    nav_plan: "План",
    nav_team: "Команда",
    language_label: "Язык интерфейса",
    language_name: "Русский",
    not_found_title: "Страница не найдена",
    not_found_text: "Такой страницы нет. Возможно, ссылка устарела или в адресе опечатка.",
    not_found_home: "На главную",
    chunk_failed_title: "Страница не загрузилась",
    chunk_failed_text: "Не удалось загрузить код этой страницы: похоже, нет связи. Остальные страницы работают.",
    chunk_failed_retry: "Попробовать снова",
    footer_text: "Работает в браузере: данные хранятся только на этом устройстве.",
    notice_dismiss: "Закрыть",
    notice_storage_unavailable: "Локальное хранилище недоступно (например, в приватном режиме): изменения не сохранятся после перезагрузки.",
    notice_storage_full: "Браузер отказался сохранить данные (хранилище переполнено или заблокировано): изменения действуют, пока открыта эта вкладка.",
    update_available: "Доступна новая версия приложения.",
    update_reload: "Перезагрузить и обновить",
    notice_recovered_unreadable: "сохранённые данные не удалось прочитать, поэтому приложение начато со значений по умолчанию.",
    notice_recovered_newer: "данные записаны более новой версией приложения, поэтому здесь используются значения по умолчанию.",
    notice_recovered_kept: "Исходные данные сохранены без изменений в резервной записи",
    notice_recovered_left: "Резервную копию сделать не удалось: данные оставлены на месте, и эта вкладка их не перезапишет.",
    notice_download_backup: "Скачать исходные данные",
    notice_changed_elsewhere: "данные одновременно изменились в другой вкладке. Показана их версия; ваше последнее изменение здесь не сохранено.",
    notice_unreadable_elsewhere: "другая вкладка сохранила данные, которые эта версия приложения не может прочитать. Изменения в этой вкладке больше не сохраняются: перезагрузите страницу.",
    notice_imported: "Данные импортированы из файла.",
    notice_reset: "Все данные удалены. Резервные копии нечитаемых данных сохранены.",
    storage_keys: StorageKeyLabels {
        language: "Язык интерфейса",
        settings: "Настройки калькулятора",
        projects: "Проекты",
        levels: "Уровни владения технологиями",
        self_assessment: "Самооценка",
        profile: "Профиль",
        matrices: "Мои матрицы",
        evidence: "Подтверждения навыков",
        snapshots: "Снимки прогресса",
        team: "Команда, сохранённая на этом устройстве",
    },
};

pub static EN: Strings = Strings {
    lang: Lang::En,
    app_name: "Grades",
    app_tagline: "Grade matrices, D0–D5 qualification and salary bands",
    skip_to_content: "Skip to content",
    nav_label: "Main navigation",
    nav_home: "Professions",
    nav_calculator: "Calculator",
    nav_learning: "Learning",
    nav_profile: "Profile",
    nav_matrices: "My matrices",
    nav_plan: "Plan",
    nav_team: "Team",
    language_label: "Interface language",
    language_name: "English",
    not_found_title: "Page not found",
    not_found_text: "There is no such page. The link may be outdated or the address mistyped.",
    not_found_home: "Go to the home page",
    chunk_failed_title: "The page did not load",
    chunk_failed_text: "This page's code could not be loaded: the connection seems to be down. The other pages still work.",
    chunk_failed_retry: "Try again",
    footer_text: "Runs in your browser: your data stays on this device.",
    notice_dismiss: "Dismiss",
    notice_storage_unavailable: "Local storage is unavailable (private mode, perhaps): changes will not survive a reload.",
    notice_storage_full: "The browser refused to save (storage is full or blocked): your changes last only while this tab is open.",
    update_available: "A new version of the app is available.",
    update_reload: "Reload to update",
    notice_recovered_unreadable: "the saved data could not be read, so the app started from defaults.",
    notice_recovered_newer: "the data was written by a newer version of the app, so defaults are used here.",
    notice_recovered_kept: "The original data is kept unchanged in the backup entry",
    notice_recovered_left: "No backup could be made: the data was left in place, and this tab will not overwrite it.",
    notice_download_backup: "Download the original data",
    notice_changed_elsewhere: "the data changed in another tab at the same moment. Its version is shown; your last change here was not saved.",
    notice_unreadable_elsewhere: "another tab saved data this version of the app cannot read. Changes in this tab are no longer saved: reload the page.",
    notice_imported: "Your data was imported from the file.",
    notice_reset: "All data was deleted. Backups of unreadable data are kept.",
    storage_keys: StorageKeyLabels {
        language: "Interface language",
        settings: "Calculator settings",
        projects: "Projects",
        levels: "Technology levels",
        self_assessment: "Self-assessment",
        profile: "Profile",
        matrices: "My matrices",
        evidence: "Skill evidence",
        snapshots: "Progress snapshots",
        team: "Team kept on this device",
    },
};

/// The interface language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n(RwSignal<Lang>);

impl I18n {
    pub fn lang(&self) -> Lang {
        self.0.get()
    }

    pub fn set(&self, lang: Lang) {
        self.0.set(lang);
    }

    /// The strings of the current language; reactive when called inside a closure.
    pub fn t(&self) -> &'static Strings {
        strings(self.0.get())
    }

    // A page's own table, each one reactive like `t()`.

    pub fn home(&self) -> &'static home::HomeStrings {
        home::strings(self.0.get())
    }

    pub fn calculator(&self) -> &'static calculator::CalculatorStrings {
        calculator::strings(self.0.get())
    }

    pub fn learning(&self) -> &'static learning::LearningStrings {
        learning::strings(self.0.get())
    }

    pub fn profile(&self) -> &'static profile::ProfileStrings {
        profile::strings(self.0.get())
    }

    pub fn matrices(&self) -> &'static matrices::MatricesStrings {
        matrices::strings(self.0.get())
    }

    pub fn matrix_import(&self) -> &'static matrix_import::MatrixImportStrings {
        matrix_import::strings(self.0.get())
    }

    pub fn evidence(&self) -> &'static evidence::EvidenceStrings {
        evidence::strings(self.0.get())
    }

    pub fn plan(&self) -> &'static plan::PlanStrings {
        plan::strings(self.0.get())
    }

    pub fn snapshots(&self) -> &'static snapshots::SnapshotsStrings {
        snapshots::strings(self.0.get())
    }

    pub fn team(&self) -> &'static team::TeamStrings {
        team::strings(self.0.get())
    }

    pub fn signal(&self) -> RwSignal<Lang> {
        self.0
    }
}

pub fn provide_i18n(lang: RwSignal<Lang>) -> I18n {
    let i18n = I18n(lang);
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
