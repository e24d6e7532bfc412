//! Strings of the learning page.

pub struct LearningStrings {
    pub title: &'static str,
    pub intro: &'static str,
}

pub static RU: LearningStrings = LearningStrings {
    title: "Обучение",
    intro: "Уровни, разделы и модули по матрицам грейдов.",
};

pub static EN: LearningStrings = LearningStrings {
    title: "Learning",
    intro: "Levels, sections and modules laid out from the grade matrices.",
};
