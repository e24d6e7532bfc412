//! Strings of the home page.

pub struct HomeStrings {
    pub title: &'static str,
    pub intro: &'static str,
}

pub static RU: HomeStrings = HomeStrings {
    title: "Профессии и грейды",
    intro: "Все профессии с их грейдами. Раскройте профессию, чтобы увидеть навыки каждого грейда.",
};

pub static EN: HomeStrings = HomeStrings {
    title: "Professions and grades",
    intro: "Every profession with its grades. Expand a profession to see each grade's skills.",
};
