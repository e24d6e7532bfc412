//! Interface strings in Russian (default, like the content) and English.
//! One struct per language, so a missing translation fails to compile.

pub mod calculator;
pub mod home;
pub mod learning;
pub mod profile;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ru, Lang::En];

    /// BCP 47 tag for `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    pub const fn strings(self) -> &'static Strings {
        match self {
            Lang::Ru => &RU,
            Lang::En => &EN,
        }
    }
}

pub struct Strings {
    pub home: &'static home::HomeStrings,
    pub calculator: &'static calculator::CalculatorStrings,
    pub learning: &'static learning::LearningStrings,
    pub profile: &'static profile::ProfileStrings,
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_calculator: &'static str,
    pub nav_learning: &'static str,
    pub nav_profile: &'static str,
    pub language_label: &'static str,
    pub language_name: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub not_found_home: &'static str,
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
    /// What each stored key holds, as the user knows it, in `StorageKey::ALL` order.
    pub storage_keys: [&'static str; 6],
}

impl Strings {
    /// The user's name for what a storage key holds: "Профиль", "Настройки калькулятора".
    pub fn storage_key_label(&self, key: crate::state::persistence::StorageKey) -> &'static str {
        crate::state::persistence::StorageKey::ALL
            .iter()
            .zip(self.storage_keys)
            .find(|(k, _)| **k == key)
            .map_or("", |(_, label)| label)
    }
}

pub static RU: Strings = Strings {
    home: &home::RU,
    calculator: &calculator::RU,
    learning: &learning::RU,
    profile: &profile::RU,
    app_name: "Грейды",
    app_tagline: "Матрицы грейдов, квалификация D0–D5 и зарплатные вилки",
    skip_to_content: "Перейти к содержимому",
    nav_label: "Основная навигация",
    nav_home: "Профессии",
    nav_calculator: "Калькулятор",
    nav_learning: "Обучение",
    nav_profile: "Профиль",
    language_label: "Язык интерфейса",
    language_name: "Русский",
    not_found_title: "Страница не найдена",
    not_found_text: "Такой страницы нет. Возможно, ссылка устарела или в адресе опечатка.",
    not_found_home: "На главную",
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
    storage_keys: [
        "Язык интерфейса",
        "Настройки калькулятора",
        "Проекты",
        "Уровни владения технологиями",
        "Самооценка",
        "Профиль",
    ],
};

pub static EN: Strings = Strings {
    home: &home::EN,
    calculator: &calculator::EN,
    learning: &learning::EN,
    profile: &profile::EN,
    app_name: "Grades",
    app_tagline: "Grade matrices, D0–D5 qualification and salary bands",
    skip_to_content: "Skip to content",
    nav_label: "Main navigation",
    nav_home: "Professions",
    nav_calculator: "Calculator",
    nav_learning: "Learning",
    nav_profile: "Profile",
    language_label: "Interface language",
    language_name: "English",
    not_found_title: "Page not found",
    not_found_text: "There is no such page. The link may be outdated or the address mistyped.",
    not_found_home: "Go to the home page",
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
    storage_keys: [
        "Interface language",
        "Calculator settings",
        "Projects",
        "Technology levels",
        "Self-assessment",
        "Profile",
    ],
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
        self.0.get().strings()
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
