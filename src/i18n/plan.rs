//! Strings of the plan page: the gap to the target grade, its prints, and snapshots.

use crate::lang::Lang;

pub struct PlanStrings {
    pub title: &'static str,
    pub intro: &'static str,

    pub choice_title: &'static str,
    /// Before the link to the profile.
    pub choice_hint: &'static str,
    pub profile_link: &'static str,
    pub catalog_error: &'static str,
    pub no_profession: &'static str,
    pub no_grades: &'static str,
    pub no_target: &'static str,

    pub progress_title: &'static str,
    /// The table's caption, naming the target grade.
    pub progress_caption: fn(&str) -> String,
    pub column_grade: &'static str,
    pub column_ticked: &'static str,
    pub column_status: &'static str,
    /// Ticked of total items, and the percent.
    pub ticked: fn(usize, usize, usize) -> String,
    pub reached: &'static str,
    pub not_reached: &'static str,
    pub no_items: &'static str,
    pub overall: &'static str,
    pub rule: &'static str,
    /// The target grade reached, by its title.
    pub target_reached: fn(&str) -> String,
    /// Items left to tick up to the target grade, by its title.
    pub target_left: fn(usize, &str) -> String,

    pub gaps_title: &'static str,
    pub gaps_hint: &'static str,
    pub gaps_none: &'static str,
    pub skills: &'static str,

    pub print_title: &'static str,
    pub print_plan: &'static str,
    pub print_packet: &'static str,
    pub print_hint: &'static str,

    pub meta_name: &'static str,
    pub meta_profession: &'static str,
    pub meta_current: &'static str,
    pub meta_target: &'static str,
    pub meta_date: &'static str,
    pub meta_unset: &'static str,

    pub packet_title: &'static str,
    /// What the packet is, naming the target grade.
    pub packet_intro: fn(&str) -> String,
    /// Ticked of total items of the target grade, and how many of the ticked have evidence.
    pub packet_count: fn(usize, usize, usize) -> String,
    pub packet_none: &'static str,
    pub packet_no_evidence: &'static str,
}

pub static RU: PlanStrings = PlanStrings {
    title: "План развития",
    intro: "Что осталось отметить до целевого грейда из профиля, и как менялись ваши навыки.",

    choice_title: "Профессия и цель",
    choice_hint: "Это поля профиля: выбор здесь меняет и профиль.",
    profile_link: "Открыть профиль",
    catalog_error: "Матрицы не загрузились, план построить не из чего.",
    no_profession: "Выберите профессию, чтобы увидеть план.",
    no_grades: "У этой профессии пока нет грейдов: план построить не из чего.",
    no_target: "Выберите целевой грейд, чтобы увидеть план.",

    progress_title: "Прогресс к цели",
    progress_caption: |target| format!("Грейды до целевого «{target}»"),
    column_grade: "Грейд",
    column_ticked: "Отмечено",
    column_status: "Статус",
    ticked: |ticked, total, percent| format!("{ticked} из {total} ({percent}\u{a0}%)"),
    reached: "достигнут",
    not_reached: "не достигнут",
    no_items: "нет пунктов",
    overall: "Всего",
    rule: "Грейд достигнут, когда отмечено не меньше 80\u{a0}% его пунктов; цель — когда достигнуты все грейды до неё.",
    target_reached: |target| {
        format!(
            "Цель достигнута: грейд «{target}» и все грейды ниже отмечены по правилу 80\u{a0}%."
        )
    },
    target_left: |n, target| {
        format!("Цель «{target}» ещё не достигнута. Осталось отметить пунктов: {n}.")
    },

    gaps_title: "Что осталось",
    gaps_hint: "Неотмеченные пункты целевого грейда и грейдов ниже. Отмеченный здесь пункт отмечается и на главной и уходит из плана.",
    gaps_none: "Все пункты до целевого грейда отмечены.",
    skills: "Навыки",

    print_title: "Печать",
    print_plan: "Печать плана",
    print_packet: "Печать пакета подтверждений",
    print_hint: "План печатается на листе A4 списком для отметок. Пакет подтверждений — отмеченные пункты целевого грейда с заметками, ссылками и датами, к разговору о повышении.",

    meta_name: "Имя",
    meta_profession: "Профессия",
    meta_current: "Текущий грейд",
    meta_target: "Целевой грейд",
    meta_date: "Дата",
    meta_unset: "не указано",

    packet_title: "Пакет подтверждений",
    packet_intro: |target| format!("Отмеченные пункты грейда «{target}» и их подтверждения."),
    packet_count: |ticked, total, with| {
        format!("Отмечено {ticked} из {total} пунктов, с подтверждением: {with}.")
    },
    packet_none: "Ни один пункт целевого грейда ещё не отмечен.",
    packet_no_evidence: "подтверждения нет",
};

pub static EN: PlanStrings = PlanStrings {
    title: "Development plan",
    intro: "What is left to tick up to the target grade of your profile, and how your skills changed.",

    choice_title: "Profession and target",
    choice_hint: "These are your profile's fields: a choice here changes the profile too.",
    profile_link: "Open the profile",
    catalog_error: "The matrices did not load, so there is nothing to plan from.",
    no_profession: "Choose a profession to see the plan.",
    no_grades: "This profession has no grades yet, so there is nothing to plan from.",
    no_target: "Choose a target grade to see the plan.",

    progress_title: "Progress towards the target",
    progress_caption: |target| format!("Grades up to the target “{target}”"),
    column_grade: "Grade",
    column_ticked: "Ticked",
    column_status: "Status",
    ticked: |ticked, total, percent| format!("{ticked} of {total} ({percent}\u{a0}%)"),
    reached: "reached",
    not_reached: "not reached",
    no_items: "no items",
    overall: "Overall",
    rule: "A grade is reached when at least 80\u{a0}% of its items are ticked; the target, when every grade up to it is reached.",
    target_reached: |target| {
        format!("Target reached: “{target}” and every grade below it pass the 80\u{a0}% rule.")
    },
    target_left: |n, target| format!("Target “{target}” not reached yet. Items left to tick: {n}."),

    gaps_title: "What is left",
    gaps_hint: "The unticked items of the target grade and the grades below it. An item ticked here is ticked on the home page too and leaves the plan.",
    gaps_none: "Every item up to the target grade is ticked.",
    skills: "Skills",

    print_title: "Print",
    print_plan: "Print plan",
    print_packet: "Print evidence packet",
    print_hint: "The plan prints on A4 as a checklist. The evidence packet lists the ticked items of the target grade with their notes, links and dates, for a promotion talk.",

    meta_name: "Name",
    meta_profession: "Profession",
    meta_current: "Current grade",
    meta_target: "Target grade",
    meta_date: "Date",
    meta_unset: "not set",

    packet_title: "Evidence packet",
    packet_intro: |target| format!("The ticked items of the grade “{target}” and their evidence."),
    packet_count: |ticked, total, with| {
        format!("{ticked} of {total} items ticked, {with} with evidence.")
    },
    packet_none: "No item of the target grade is ticked yet.",
    packet_no_evidence: "no evidence",
};

/// This table in `lang`: reached only from the code that shows it, so a page's texts travel
/// in its wasm chunk.
pub const fn strings(lang: Lang) -> &'static PlanStrings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}
