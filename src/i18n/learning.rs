//! Strings of the learning page.

use crate::lang::Lang;

pub struct LearningStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub catalog_error: &'static str,
    pub profession_label: &'static str,
    pub no_professions: &'static str,
    /// levels, sections, modules.
    pub summary: fn(usize, usize, usize) -> String,
    pub levels_label: &'static str,
    /// Heading of a section the source leaves unnamed.
    pub skills: &'static str,
    pub no_sections: &'static str,
    pub coming_soon: &'static str,
}

pub static RU: LearningStrings = LearningStrings {
    title: "Обучение",
    intro: "Уровни, разделы и модули по матрицам грейдов. Модули пока в разработке.",
    catalog_error: "Не удалось загрузить матрицы грейдов:",
    profession_label: "Профессия",
    no_professions: "Ни у одной профессии пока нет грейдов.",
    summary: |levels, sections, modules| {
        format!("Уровней: {levels} · разделов: {sections} · модулей: {modules}")
    },
    levels_label: "Уровни обучения",
    skills: "Навыки",
    no_sections: "Разделы этого уровня появятся, когда в матрице будут описаны его навыки.",
    coming_soon: "Скоро",
};

pub static EN: LearningStrings = LearningStrings {
    title: "Learning",
    intro: "Levels, sections and modules laid out from the grade matrices. The modules are being prepared.",
    catalog_error: "The grade matrices could not be loaded:",
    profession_label: "Profession",
    no_professions: "No profession has grades yet.",
    summary: |levels, sections, modules| {
        format!("Levels: {levels} · sections: {sections} · modules: {modules}")
    },
    levels_label: "Learning levels",
    skills: "Skills",
    no_sections: "This level's sections will appear once the matrix describes its skills.",
    coming_soon: "Coming soon",
};

/// This table in `lang`: reached only from the code that shows it, so a page's texts travel
/// in its wasm chunk.
pub const fn strings(lang: Lang) -> &'static LearningStrings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}
