//! Strings of the calculator page. Texts that take numbers or names are functions.

pub struct CalculatorStrings {
    pub title: &'static str,
    pub intro: &'static str,

    // Projects
    pub projects_heading: &'static str,
    pub project_select_label: &'static str,
    pub project_name_label: &'static str,
    pub new_project: &'static str,
    pub new_project_name: &'static str,
    pub duplicate_project: &'static str,
    pub copy_suffix: &'static str,
    pub delete_project: &'static str,
    pub delete_title: &'static str,
    pub delete_text: fn(&str) -> String,
    pub delete_confirm: &'static str,
    pub cancel: &'static str,
    pub untitled: &'static str,
    pub no_projects: &'static str,
    pub restore_demo: &'static str,
    pub project_created: fn(&str) -> String,
    pub project_duplicated: fn(&str) -> String,
    pub project_deleted: fn(&str) -> String,

    // Technologies
    pub technologies_heading: &'static str,
    pub technologies_hint: &'static str,
    pub technology: &'static str,
    pub col_technology: &'static str,
    pub col_min: &'static str,
    pub col_weight: &'static str,
    pub col_level: &'static str,
    pub add_technology: &'static str,
    pub remove: &'static str,

    // Evidence helper
    pub evidence_open: &'static str,
    pub evidence_title: &'static str,
    pub evidence_intro: &'static str,
    pub evidence_amount: &'static str,
    pub evidence_unit: &'static str,
    pub evidence_units_hint: fn(&str, &str) -> String,
    pub evidence_significant: &'static str,
    pub evidence_significant_hint: &'static str,
    pub evidence_large: &'static str,
    pub evidence_large_hint: &'static str,
    pub evidence_experts: &'static str,
    pub evidence_contribution: &'static str,
    pub evidence_audience: &'static str,
    pub evidence_recognisers: &'static str,
    pub evidence_non_recognisers: &'static str,
    pub evidence_default_settings: &'static str,
    pub evidence_result: &'static str,
    pub evidence_fix_errors: &'static str,
    pub evidence_checks: &'static str,
    pub evidence_any_of: &'static str,
    pub evidence_accept: &'static str,
    pub evidence_keep: &'static str,

    // Result
    pub result_heading: &'static str,
    pub no_project: &'static str,
    pub fix_fields: fn(usize, bool) -> String,
    pub fix_list: fn(bool) -> String,
    pub overflow: &'static str,
    pub qualification_heading: &'static str,
    pub q_label: &'static str,
    pub d_label: &'static str,
    pub hourly_heading: &'static str,
    pub monthly_heading: &'static str,
    pub hour_short: &'static str,
    pub month_short: &'static str,
    pub min_label: &'static str,
    pub max_label: &'static str,
    pub cap_title: &'static str,
    pub cap_text: fn(&str, &str, &str) -> String,
    pub seed_note_title: &'static str,
    pub seed_note: &'static str,
    pub not_eligible_heading: &'static str,
    pub not_eligible_text: &'static str,
    pub shortfall: fn(u8, u8) -> String,

    // What-if
    pub what_if_heading: &'static str,
    pub what_if_intro: fn(&str, &str) -> String,
    pub what_if_none: fn(&str) -> String,
    pub what_if_more: fn(usize) -> String,
    pub what_if_top: &'static str,
    pub what_if_not_eligible: &'static str,
    pub what_if_unavailable: &'static str,

    // Reference table
    pub reference_heading: &'static str,
    pub reference_hint: &'static str,
    pub reference_unavailable: &'static str,
    pub col_d_level: &'static str,
    pub col_name: &'static str,
    pub col_coefficient: &'static str,
    pub col_hourly: &'static str,
    pub col_monthly: &'static str,
    pub your_level: &'static str,

    // Charts
    pub charts_heading: &'static str,
    pub chart_table: &'static str,
    pub radar_caption: &'static str,
    pub radar_description: fn(usize, usize, usize) -> String,
    pub radar_legend_level: &'static str,
    pub radar_legend_required: &'static str,
    pub radar_legend_below: &'static str,
    pub radar_truncated: fn(usize, usize) -> String,
    pub radar_unavailable: &'static str,
    pub radar_col_meets: &'static str,
    pub radar_meets: &'static str,
    pub radar_below: &'static str,
    pub bands_caption: &'static str,
    pub bands_description: &'static str,
    pub bands_description_you: fn(&str, &str, &str) -> String,
    pub bands_legend_band: &'static str,
    pub bands_legend_you: &'static str,
    pub bands_you: &'static str,
    pub col_hour_min: &'static str,
    pub col_hour_max: &'static str,
    pub col_your_band: &'static str,

    // Settings
    pub settings_heading: &'static str,
    pub settings_hint: &'static str,
    pub base_rate_label: &'static str,
    pub currency_label: &'static str,
    pub hours_per_day_label: &'static str,
    pub days_per_week_label: &'static str,
    pub max_multiplier_label: &'static str,
    pub coefficients_legend: &'static str,
    pub coefficient_label: &'static str,
    pub default_is: &'static str,
    pub restore_defaults: &'static str,
    pub defaults_restored: &'static str,

    // Sharing
    pub share_heading: &'static str,
    pub share_hint: &'static str,
    pub copy_link: &'static str,
    pub share_disabled: &'static str,
    pub link_copied: &'static str,
    pub link_copy_failed: &'static str,
    pub share_link_label: &'static str,
    pub shared_heading: &'static str,
    pub shared_text: &'static str,
    pub shared_default_name: &'static str,
    pub shared_replace_levels: fn(&str) -> String,
    pub shared_replace_settings: &'static str,
    pub save_as_new: &'static str,
    pub back_to_mine: &'static str,
    pub link_error_heading: &'static str,
    pub link_error_text: &'static str,
}

/// The Russian plural form for `n`: `one` (1, 21), `few` (2–4, 22–24) or `many`.
pub fn plural_ru(
    n: usize,
    one: &'static str,
    few: &'static str,
    many: &'static str,
) -> &'static str {
    let (tens, units) = (n % 100, n % 10);
    if (11..=14).contains(&tens) {
        many
    } else if units == 1 {
        one
    } else if (2..=4).contains(&units) {
        few
    } else {
        many
    }
}

fn stale_ru(stale: bool) -> &'static str {
    if stale {
        " Ниже — последний верный результат, он устарел."
    } else {
        ""
    }
}

fn stale_en(stale: bool) -> &'static str {
    if stale {
        " Below is the last valid result, now out of date."
    } else {
        ""
    }
}

pub static RU: CalculatorStrings = CalculatorStrings {
    title: "Квалификация и зарплата",
    intro: "Рассчитайте уровень D0–D5 по технологиям проекта и зарплатную вилку.",

    projects_heading: "Проект",
    project_select_label: "Открытый проект",
    project_name_label: "Название проекта",
    new_project: "Новый проект",
    new_project_name: "Проект",
    duplicate_project: "Дублировать",
    copy_suffix: "(копия)",
    delete_project: "Удалить…",
    delete_title: "Удалить проект?",
    delete_text: |name| {
        format!(
            "Проект «{name}» и его список технологий будут удалены. Ваши уровни L останутся. Отменить это нельзя."
        )
    },
    delete_confirm: "Удалить проект",
    cancel: "Отмена",
    untitled: "Без названия",
    no_projects: "Сохранённых проектов нет.",
    restore_demo: "Вернуть пример из методики",
    project_created: |name| format!("Создан проект «{name}»."),
    project_duplicated: |name| format!("Создана копия «{name}»."),
    project_deleted: |name| format!("Проект «{name}» удалён."),

    technologies_heading: "Технологии проекта",
    technologies_hint: "I — минимальный уровень, который требует проект (0–5), W — вес технологии (больше 0, до 1000), L — ваш уровень (0–5). Уровни L общие для всех проектов.",
    technology: "Технология",
    col_technology: "Технология",
    col_min: "Минимум I",
    col_weight: "Вес W",
    col_level: "Ваш уровень L",
    add_technology: "Добавить технологию",
    remove: "Удалить",

    evidence_open: "По опыту…",
    evidence_title: "Уровень по опыту",
    evidence_intro: "Укажите опыт и проекты: помощник определит уровень по правилам методики и покажет, какие условия выполнены.",
    evidence_amount: "Опыт",
    evidence_unit: "Единица опыта",
    evidence_units_hint: |hours, days| {
        format!(
            "Человеко-день — {hours} ч (рабочий день из настроек), неделя — {days} дн., месяц — 4 недели, год — 12 месяцев."
        )
    },
    evidence_significant: "Значимые проекты (кроме крупных)",
    evidence_significant_hint: "Значимый — результатами пользуется кто-то кроме вас.",
    evidence_large: "Крупные проекты",
    evidence_large_hint: "Крупный — значимый, и над ним одновременно работали не меньше трёх разработчиков.",
    evidence_experts: "Признали экспертом (люди уровня T3 и выше)",
    evidence_contribution: "Создал(а) новое, что могут признать выдающимся вкладом",
    evidence_audience: "Для скольких людей вклад значим",
    evidence_recognisers: "Разработчиков T2+, признающих вклад выдающимся",
    evidence_non_recognisers: "Разработчиков T2+, не признающих",
    evidence_default_settings: "Настройки рабочего времени содержат ошибки: опыт пересчитан по значениям по умолчанию.",
    evidence_result: "Уровень по опыту",
    evidence_fix_errors: "Исправьте поля с ошибками, чтобы увидеть уровень.",
    evidence_checks: "Условия уровней",
    evidence_any_of: "одно из условий:",
    evidence_accept: "Принять:",
    evidence_keep: "Закрыть, оставить L как есть",

    result_heading: "Результат",
    no_project: "Нет открытого проекта: создайте новый.",
    fix_fields: |n, stale| {
        format!(
            "{n} {} с ошибкой: исправьте {}, чтобы пересчитать.{}",
            plural_ru(n, "поле", "поля", "полей"),
            if n == 1 { "его" } else { "их" },
            stale_ru(stale)
        )
    },
    fix_list: |stale| {
        format!(
            "Исправьте список технологий, чтобы пересчитать.{}",
            stale_ru(stale)
        )
    },
    overflow: "Числа слишком велики для расчёта: уменьшите ставку или коэффициенты.",
    qualification_heading: "Квалификация",
    q_label: "Q",
    d_label: "Уровень",
    hourly_heading: "В час",
    monthly_heading: "В месяц",
    hour_short: "ч",
    month_short: "мес.",
    min_label: "Минимум",
    max_label: "Максимум",
    cap_title: "Минимум ограничен.",
    cap_text: |interpolated, level, max| {
        format!(
            "Интерполированный минимум {interpolated} больше максимума уровня {level} ({max}), поэтому минимум равен максимуму."
        )
    },
    seed_note_title: "О примере методики.",
    seed_note: "В методике пример посчитан как 50 + 50 × 0,22 = 61, но это противоречит её же правилу: разница минимальных ставок D2 и D3 — 75 − 50 = 25. Калькулятор следует правилу: 50 + 25 × 0,22 = 55,50 $/ч, 5 550–10 000 $ в месяц при 100 ч.",
    not_eligible_heading: "Квалификация не рассчитана",
    not_eligible_text: "Уровень L ниже минимума I проекта в технологиях:",
    shortfall: |level, min| format!(": ваш уровень L = {level}, требуется I = {min}"),

    what_if_heading: "Что если",
    what_if_intro: |next, name| {
        format!(
            "Повышение одной технологии, которого хватит до {next} «{name}» (самые короткие сначала):"
        )
    },
    what_if_none: |next| {
        format!("Повышения одной технологии не хватит до {next}: нужно повысить несколько.")
    },
    what_if_more: |n| {
        format!(
            "И ещё {n} {}.",
            plural_ru(n, "вариант", "варианта", "вариантов")
        )
    },
    what_if_top: "D5 — высший уровень: повышать некуда.",
    what_if_not_eligible: "Сначала доведите все технологии до минимума I.",
    what_if_unavailable: "Появится, когда будет результат.",

    reference_heading: "Справочная таблица уровней",
    reference_hint: "Вилки всех уровней при текущих настройках; при настройках по умолчанию это таблица из методики.",
    reference_unavailable: "Исправьте настройки, чтобы увидеть вилки.",
    col_d_level: "Уровень",
    col_name: "Название",
    col_coefficient: "Коэффициент",
    col_hourly: "В час: мин. – макс.",
    col_monthly: "В месяц: мин. – макс.",
    your_level: "ваш уровень",

    charts_heading: "Графики",
    chart_table: "Показать данные таблицей",
    radar_caption: "Ваш уровень L и минимум I проекта по технологиям",
    radar_description: |shown, total, below| {
        let part = if shown < total {
            format!("{shown} из {total}")
        } else {
            shown.to_string()
        };
        format!("Лепестковая диаграмма по {part} технологиям; ниже минимума: {below}.")
    },
    radar_legend_level: "ваш уровень L — сплошная линия, круги, штриховка",
    radar_legend_required: "минимум I проекта — пунктир, квадраты",
    radar_legend_below: "— технология ниже минимума",
    radar_truncated: |shown, total| {
        format!(
            "На диаграмме {shown} из {total} технологий с наибольшим весом; в таблице ниже — они же, в расчёте — все."
        )
    },
    radar_unavailable: "Диаграмма появится, когда все поля технологий заполнены верно.",
    radar_col_meets: "L ≥ I",
    radar_meets: "да",
    radar_below: "нет, ниже минимума",
    bands_caption: "Вилки ставок в час по уровням D0–D5",
    bands_description: "Горизонтальные полосы от минимума до максимума ставки каждого уровня.",
    bands_description_you: |level, min, max| {
        format!(
            "Горизонтальные полосы от минимума до максимума ставки каждого уровня; ваша вилка на уровне {level}: {min} – {max}."
        )
    },
    bands_legend_band: "вилка уровня",
    bands_legend_you: "ваша вилка (подписана «вы»)",
    bands_you: "▲ вы",
    col_hour_min: "Минимум в час",
    col_hour_max: "Максимум в час",
    col_your_band: "Ваша вилка",

    settings_heading: "Настройки расчёта",
    settings_hint: "Общие для всех проектов. Дробные числа можно писать через запятую или точку.",
    base_rate_label: "Минимальная ставка D2 в час (B)",
    currency_label: "Валюта",
    hours_per_day_label: "Часов в рабочем дне",
    days_per_week_label: "Рабочих дней в неделе",
    max_multiplier_label: "Множитель максимума",
    coefficients_legend: "Коэффициенты уровней (не убывают от D0 к D5)",
    coefficient_label: "Коэффициент",
    default_is: "По умолчанию:",
    restore_defaults: "Восстановить значения по умолчанию",
    defaults_restored: "Настройки восстановлены.",

    share_heading: "Поделиться",
    share_hint: "Ссылка содержит этот проект, ваши уровни в его технологиях и настройки. Открывший её увидит тот же результат; его сохранённые данные не изменятся.",
    copy_link: "Скопировать ссылку",
    share_disabled: "Исправьте ошибки в полях, чтобы поделиться.",
    link_copied: "Ссылка скопирована.",
    link_copy_failed: "Скопировать автоматически не удалось — скопируйте ссылку из поля ниже.",
    share_link_label: "Ссылка на проект",
    shared_heading: "Проект по ссылке",
    shared_text: "Это проект из ссылки: он показан, но не сохранён, и ваши проекты не изменились. Правки здесь тоже не сохраняются, пока вы не сохраните проект.",
    shared_default_name: "Проект по ссылке",
    shared_replace_levels: |names| format!("Заменить мои уровни L уровнями из ссылки в: {names}"),
    shared_replace_settings: "Заменить мои настройки расчёта настройками из ссылки",
    save_as_new: "Сохранить как новый проект",
    back_to_mine: "К моим проектам",
    link_error_heading: "Ссылку не удалось открыть",
    link_error_text: "Ниже — ваши сохранённые проекты, они не изменились.",
};

pub static EN: CalculatorStrings = CalculatorStrings {
    title: "Qualification and salary",
    intro: "Work out your D0–D5 level from a project's technologies, and your salary band.",

    projects_heading: "Project",
    project_select_label: "Open project",
    project_name_label: "Project name",
    new_project: "New project",
    new_project_name: "Project",
    duplicate_project: "Duplicate",
    copy_suffix: "(copy)",
    delete_project: "Delete…",
    delete_title: "Delete the project?",
    delete_text: |name| {
        format!(
            "The project “{name}” and its technology list will be deleted. Your levels L stay. This cannot be undone."
        )
    },
    delete_confirm: "Delete project",
    cancel: "Cancel",
    untitled: "Untitled",
    no_projects: "There are no saved projects.",
    restore_demo: "Bring back the seed example",
    project_created: |name| format!("Project “{name}” created."),
    project_duplicated: |name| format!("Copy “{name}” created."),
    project_deleted: |name| format!("Project “{name}” deleted."),

    technologies_heading: "Project technologies",
    technologies_hint: "I is the minimum level the project requires (0–5), W the technology's weight (above 0, up to 1000), L your level (0–5). Your levels L are shared by every project.",
    technology: "Technology",
    col_technology: "Technology",
    col_min: "Minimum I",
    col_weight: "Weight W",
    col_level: "Your level L",
    add_technology: "Add a technology",
    remove: "Remove",

    evidence_open: "From evidence…",
    evidence_title: "Level from evidence",
    evidence_intro: "Enter your experience and projects: the helper derives the level by the seed's rules and shows which conditions hold.",
    evidence_amount: "Experience",
    evidence_unit: "Unit of experience",
    evidence_units_hint: |hours, days| {
        format!(
            "A person-day is {hours} h (the workday setting), a week {days} days, a month 4 weeks, a year 12 months."
        )
    },
    evidence_significant: "Significant projects (not large)",
    evidence_significant_hint: "Significant: someone other than you uses its results.",
    evidence_large: "Large projects",
    evidence_large_hint: "Large: significant, with at least three developers working on it at the same time.",
    evidence_experts: "Recognised as an expert by (people at T3 or above)",
    evidence_contribution: "Created something new that may be recognised as an outstanding contribution",
    evidence_audience: "People the contribution is significant for",
    evidence_recognisers: "T2+ developers who call it outstanding",
    evidence_non_recognisers: "T2+ developers who do not",
    evidence_default_settings: "The working-time settings have errors: experience is converted with the defaults.",
    evidence_result: "Level from evidence",
    evidence_fix_errors: "Fix the fields with errors to see the level.",
    evidence_checks: "Conditions of each level",
    evidence_any_of: "any one of:",
    evidence_accept: "Accept:",
    evidence_keep: "Close, keep L as it is",

    result_heading: "Result",
    no_project: "No project is open: create one.",
    fix_fields: |n, stale| {
        format!(
            "{n} field{} with an error: fix {} to recalculate.{}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" },
            stale_en(stale)
        )
    },
    fix_list: |stale| format!("Fix the technology list to recalculate.{}", stale_en(stale)),
    overflow: "The numbers are too large to calculate: lower the rate or the coefficients.",
    qualification_heading: "Qualification",
    q_label: "Q",
    d_label: "Level",
    hourly_heading: "Per hour",
    monthly_heading: "Per month",
    hour_short: "h",
    month_short: "mo",
    min_label: "Minimum",
    max_label: "Maximum",
    cap_title: "Minimum capped.",
    cap_text: |interpolated, level, max| {
        format!(
            "The interpolated minimum {interpolated} is above the maximum of {level} ({max}), so the minimum equals the maximum."
        )
    },
    seed_note_title: "About the seed's example.",
    seed_note: "The seed computes its example as 50 + 50 × 0.22 = 61, which contradicts its own rule: the difference between the D2 and D3 minimum rates is 75 − 50 = 25. The calculator follows the rule: 50 + 25 × 0.22 = 55.50 $/h, 5,550–10,000 $ a month at 100 h.",
    not_eligible_heading: "No qualification",
    not_eligible_text: "Your level L is below the project's minimum I in:",
    shortfall: |level, min| format!(": your level L = {level}, required I = {min}"),

    what_if_heading: "What if",
    what_if_intro: |next, name| {
        format!("Raising one technology is enough to reach {next} “{name}” (shortest first):")
    },
    what_if_none: |next| format!("No single technology raise reaches {next}: several are needed."),
    what_if_more: |n| format!("And {n} more."),
    what_if_top: "D5 is the top level: there is nothing above it.",
    what_if_not_eligible: "First bring every technology up to its minimum I.",
    what_if_unavailable: "Shown once there is a result.",

    reference_heading: "Reference table of levels",
    reference_hint: "The bands of every level under the current settings; with the defaults this is the seed's table.",
    reference_unavailable: "Fix the settings to see the bands.",
    col_d_level: "Level",
    col_name: "Name",
    col_coefficient: "Coefficient",
    col_hourly: "Per hour: min – max",
    col_monthly: "Per month: min – max",
    your_level: "your level",

    charts_heading: "Charts",
    chart_table: "Show the data as a table",
    radar_caption: "Your level L and the project's minimum I per technology",
    radar_description: |shown, total, below| {
        let part = if shown < total {
            format!("{shown} of {total}")
        } else {
            shown.to_string()
        };
        format!("Radar chart of {part} technologies; below the minimum: {below}.")
    },
    radar_legend_level: "your level L: solid line, circles, hatching",
    radar_legend_required: "the project's minimum I: dashed line, squares",
    radar_legend_below: "marks a technology below its minimum",
    radar_truncated: |shown, total| {
        format!(
            "The chart shows the {shown} heaviest of {total} technologies; so does the table below; the calculation uses all."
        )
    },
    radar_unavailable: "The chart appears once every technology field is valid.",
    radar_col_meets: "L ≥ I",
    radar_meets: "yes",
    radar_below: "no, below the minimum",
    bands_caption: "Hourly rate bands of levels D0–D5",
    bands_description: "Horizontal bars from each level's minimum to its maximum rate.",
    bands_description_you: |level, min, max| {
        format!(
            "Horizontal bars from each level's minimum to its maximum rate; your band, at {level}: {min} – {max}."
        )
    },
    bands_legend_band: "a level's band",
    bands_legend_you: "your band (labelled “you”)",
    bands_you: "▲ you",
    col_hour_min: "Minimum per hour",
    col_hour_max: "Maximum per hour",
    col_your_band: "Your band",

    settings_heading: "Calculation settings",
    settings_hint: "Shared by every project. Decimals may be written with a point or a comma.",
    base_rate_label: "D2 minimum hourly rate (B)",
    currency_label: "Currency",
    hours_per_day_label: "Hours per workday",
    days_per_week_label: "Workdays per week",
    max_multiplier_label: "Maximum multiplier",
    coefficients_legend: "Level coefficients (never decreasing from D0 to D5)",
    coefficient_label: "Coefficient",
    default_is: "Default:",
    restore_defaults: "Restore the defaults",
    defaults_restored: "Settings restored.",

    share_heading: "Share",
    share_hint: "The link holds this project, your levels in its technologies and the settings. Whoever opens it sees the same result; their saved data stays as it is.",
    copy_link: "Copy link",
    share_disabled: "Fix the fields with errors to share.",
    link_copied: "Link copied.",
    link_copy_failed: "Could not copy automatically: copy the link from the field below.",
    share_link_label: "Link to the project",
    shared_heading: "Project from a link",
    shared_text: "This project comes from a link: it is shown but not saved, and your projects are unchanged. Edits here are not saved either, until you save the project.",
    shared_default_name: "Project from a link",
    shared_replace_levels: |names| format!("Replace my levels L with the link's in: {names}"),
    shared_replace_settings: "Replace my calculation settings with the link's",
    save_as_new: "Save as a new project",
    back_to_mine: "Back to my projects",
    link_error_heading: "The link could not be opened",
    link_error_text: "Your saved projects are below, unchanged.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_plurals_follow_the_last_digits() {
        let form = |n| plural_ru(n, "поле", "поля", "полей");
        assert_eq!(
            [1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map(form),
            [
                "поле",
                "поля",
                "полей",
                "полей",
                "полей",
                "поле",
                "поля",
                "полей",
                "поле",
                "полей"
            ]
        );
    }
}
