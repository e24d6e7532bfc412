//! The calculator page in Russian.

use super::*;

fn stale_ru(stale: bool) -> &'static str {
    if stale {
        " Ниже — последний верный результат, он устарел."
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
    col_min_short: "Мин. I",
    col_weight_short: "Вес W",
    col_level_short: "Ваш L",
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
    level_quoted: |name| format!("«{name}»"),
    criterion_holds: "выполнено",
    criterion_fails: "не выполнено",
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
    seed_note: "В методике пример посчитан как 50\u{a0}+\u{a0}50\u{a0}×\u{a0}0,22\u{a0}=\u{a0}61, но это противоречит её же правилу: разница минимальных ставок D2 и D3 — 75\u{a0}−\u{a0}50\u{a0}=\u{a0}25. Калькулятор следует правилу: 50\u{a0}+\u{a0}25\u{a0}×\u{a0}0,22\u{a0}=\u{a0}55,50\u{a0}$/ч, 5\u{a0}550–10\u{a0}000\u{a0}$ в месяц при 100\u{a0}ч.",
    not_eligible_heading: "Квалификация не рассчитана",
    not_eligible_text: "Уровень L ниже минимума I проекта в технологиях:",
    shortfall: |level, min| format!(": ваш уровень L = {level}, требуется I = {min}"),

    what_if_heading: "Что если",
    breakdown_level: |index, level, fraction| {
        format!("D = целая часть Q = {index} → {level}; дробная часть {fraction}")
    },
    breakdown_hours_per_month: "часов в месяц",
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
    radar_col_meets: "L\u{a0}≥\u{a0}I",
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
