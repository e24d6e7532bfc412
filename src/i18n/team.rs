//! Strings of the team page: members loaded from their export files.

pub struct TeamStrings {
    pub title: &'static str,
    pub intro: &'static str,
}

pub static RU: TeamStrings = TeamStrings {
    title: "Команда",
    intro: "Загрузите файлы, которые сохранили участники команды в профиле: всё остаётся в этом браузере.",
};

pub static EN: TeamStrings = TeamStrings {
    title: "Team",
    intro: "Load the files your team members saved from their profiles: everything stays in this browser.",
};
