//! Strings of the profile page.

pub struct ProfileStrings {
    pub title: &'static str,
    pub intro: &'static str,
}

pub static RU: ProfileStrings = ProfileStrings {
    title: "Профиль",
    intro: "О вас и ваши локальные данные.",
};

pub static EN: ProfileStrings = ProfileStrings {
    title: "Profile",
    intro: "About you, and your local data.",
};
