//! Strings of the plan page: the gap to the target grade, its prints, and snapshots.

pub struct PlanStrings {
    pub title: &'static str,
    pub intro: &'static str,
}

pub static RU: PlanStrings = PlanStrings {
    title: "План развития",
    intro: "Что осталось отметить до целевого грейда из профиля, и как менялись ваши навыки.",
};

pub static EN: PlanStrings = PlanStrings {
    title: "Development plan",
    intro: "What is left to tick up to the target grade of your profile, and how your skills changed.",
};
