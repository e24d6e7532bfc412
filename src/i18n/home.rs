//! Strings of the home page: professions, self-assessment, grade comparison.

use crate::lang::Lang;

pub struct HomeStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub catalog_error: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_clear: &'static str,
    /// "shown of total" professions.
    pub shown: fn(usize, usize) -> String,
    pub no_results: &'static str,
    pub source: &'static str,
    /// What each embedded matrix file is, in a reader's words: (file name, description).
    pub sources: [(&'static str, &'static str); 3],
    pub stack: &'static str,
    pub grades: &'static str,
    pub no_grades: &'static str,
    pub no_skills: &'static str,
    /// Heading of a skill list the source leaves unnamed.
    pub skills: &'static str,
    pub show_skills: &'static str,
    pub hide_skills: &'static str,
    pub show_compare: &'static str,
    pub hide_compare: &'static str,
    /// Number of skill items matching the search.
    pub matches: fn(usize) -> String,
    /// ticked, total, percent.
    pub progress: fn(usize, usize, usize) -> String,
    pub reached: &'static str,
    pub profession_progress: fn(usize, usize) -> String,
    pub estimate: &'static str,
    pub estimate_below_first: &'static str,
    pub estimate_hint: &'static str,
    pub your_grade: &'static str,
    pub glossary: &'static str,
    pub compare_title: &'static str,
    pub compare_first: &'static str,
    pub compare_second: &'static str,
    pub compare_same: &'static str,
    /// "only in {lower}".
    pub compare_only_lower: fn(&str) -> String,
    /// "{higher} adds".
    pub compare_only_higher: fn(&str) -> String,
    pub compare_common: &'static str,
    pub compare_none: &'static str,
}

impl HomeStrings {
    /// The description of a matrix file; `None` for a file the app does not ship.
    pub fn source_name(&self, file: &str) -> Option<&'static str> {
        self.sources
            .iter()
            .find(|(name, _)| *name == file)
            .map(|(_, description)| *description)
    }
}

pub static RU: HomeStrings = HomeStrings {
    title: "Профессии и грейды",
    intro: "Все профессии с их грейдами. Раскройте профессию, чтобы увидеть навыки каждого грейда, \
            и отметьте те, которыми владеете: приложение оценит ваш текущий грейд.",
    catalog_error: "Не удалось загрузить матрицы грейдов:",
    search_label: "Поиск по профессиям и навыкам",
    search_placeholder: "Docker, аналитик, SQL…",
    search_clear: "Очистить поиск",
    shown: |shown, total| format!("Показано профессий: {shown} из {total}"),
    no_results: "Ничего не найдено. Измените запрос или очистите поиск.",
    source: "Источник",
    sources: [
        (
            "000_31808d9ce0dfac46.txt",
            "краткая матрица навыков Python-разработчика, от Junior до Lead",
        ),
        (
            "001_9a44a4eb7345591f.txt",
            "подробная матрица навыков Python-разработчика с глоссарием",
        ),
        (
            "002_5000173e9bee1159.txt",
            "обзор Python-специальностей, где каждый грейд описан одной строкой",
        ),
    ],
    stack: "Стек",
    grades: "Грейды",
    no_grades: "Грейды ещё не определены.",
    no_skills: "Навыки этого грейда в источнике пока не описаны.",
    skills: "Навыки",
    show_skills: "Показать навыки",
    hide_skills: "Скрыть навыки",
    show_compare: "Сравнить грейды",
    hide_compare: "Скрыть сравнение",
    matches: |count| format!("Совпадений среди навыков: {count}"),
    progress: |ticked, total, percent| format!("Отмечено {ticked} из {total} ({percent} %)"),
    reached: "засчитан",
    profession_progress: |ticked, total| format!("Отмечено навыков: {ticked} из {total}"),
    estimate: "Оценка текущего грейда",
    estimate_below_first: "пока ниже первого грейда",
    estimate_hint: "Грейд засчитывается, когда отмечено не меньше 80 % его навыков и навыков каждого грейда ниже.",
    your_grade: "(ваш грейд по оценке)",
    glossary: "Глоссарий",
    compare_title: "Сравнение грейдов",
    compare_first: "Первый грейд",
    compare_second: "Второй грейд",
    compare_same: "Выберите два разных грейда.",
    compare_only_lower: |grade| format!("Только в «{grade}»"),
    compare_only_higher: |grade| format!("Добавляет «{grade}»"),
    compare_common: "Общее для обоих",
    compare_none: "Нет",
};

pub static EN: HomeStrings = HomeStrings {
    title: "Professions and grades",
    intro: "Every profession with its grades. Expand a profession to see each grade's skills, \
            and tick the ones you have: the app estimates your current grade.",
    catalog_error: "The grade matrices could not be loaded:",
    search_label: "Search professions and skills",
    search_placeholder: "Docker, analyst, SQL…",
    search_clear: "Clear search",
    shown: |shown, total| format!("Professions shown: {shown} of {total}"),
    no_results: "Nothing found. Change the query or clear the search.",
    source: "Source",
    sources: [
        (
            "000_31808d9ce0dfac46.txt",
            "a short skills matrix of a Python developer, Junior to Lead",
        ),
        (
            "001_9a44a4eb7345591f.txt",
            "a detailed skills matrix of a Python developer, with a glossary",
        ),
        (
            "002_5000173e9bee1159.txt",
            "an overview of Python specialties, each grade in one line",
        ),
    ],
    stack: "Stack",
    grades: "Grades",
    no_grades: "Grades not defined yet.",
    no_skills: "The source does not describe this grade's skills yet.",
    skills: "Skills",
    show_skills: "Show skills",
    hide_skills: "Hide skills",
    show_compare: "Compare grades",
    hide_compare: "Hide comparison",
    matches: |count| format!("Matching skills: {count}"),
    progress: |ticked, total, percent| format!("{ticked} of {total} ticked ({percent} %)"),
    reached: "reached",
    profession_progress: |ticked, total| format!("Skills ticked: {ticked} of {total}"),
    estimate: "Estimated current grade",
    estimate_below_first: "below the first grade so far",
    estimate_hint: "A grade counts once at least 80 % of its skills, and of every lower grade's, are ticked.",
    your_grade: "(your estimated grade)",
    glossary: "Glossary",
    compare_title: "Compare grades",
    compare_first: "First grade",
    compare_second: "Second grade",
    compare_same: "Choose two different grades.",
    compare_only_lower: |grade| format!("Only in “{grade}”"),
    compare_only_higher: |grade| format!("“{grade}” adds"),
    compare_common: "Common to both",
    compare_none: "None",
};

/// This table in `lang`: reached only from the code that shows it, so a page's texts travel
/// in its wasm chunk.
pub const fn strings(lang: Lang) -> &'static HomeStrings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}
