//! Strings of the snapshots of the user's growth, on the plan page: saving, the list,
//! comparing two and the timeline.

use crate::lang::Lang;

pub struct SnapshotsStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub label_field: &'static str,
    pub label_hint: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    /// Dates of the snapshots pruned to stay within the limit.
    pub pruned: fn(&str) -> String,
    /// How many snapshots were pruned, for the notice after an automatic one.
    pub notice_pruned: fn(usize) -> String,
    /// Characters typed, the limit.
    pub label_too_long: fn(usize, usize) -> String,
    pub full: &'static str,
    pub automatic_setting: &'static str,
    pub list_title: &'static str,
    pub list_empty: &'static str,
    pub count: fn(usize) -> String,
    pub automatic: &'static str,
    pub manual: &'static str,
    pub estimate_label: &'static str,
    pub below_first: &'static str,
    pub no_estimate: &'static str,
    /// How many more professions have a grade.
    pub and_more: fn(usize) -> String,
    /// Name of a snapshot's checkbox: its date.
    pub pick: fn(&str) -> String,
    pub edit_label: &'static str,
    pub label_save: &'static str,
    pub label_cancel: &'static str,
    pub delete: &'static str,
    /// The date of the snapshot deleted.
    pub deleted: fn(&str) -> String,
    pub undo: &'static str,
    pub show_more: fn(usize) -> String,
    pub compare: &'static str,
    /// How many are picked.
    pub compare_hint: fn(usize) -> String,
    /// The older and the newer date.
    pub comparison_title: fn(&str, &str) -> String,
    pub gained: fn(usize) -> String,
    pub lost: fn(usize) -> String,
    pub nothing_changed: &'static str,
    pub unknown_matrix: &'static str,
    pub unknown_item: &'static str,
    pub show_items: fn(usize) -> String,
    pub estimates_title: &'static str,
    pub projects_title: &'static str,
    pub col_profession: &'static str,
    pub col_before: &'static str,
    pub col_after: &'static str,
    pub col_project: &'static str,
    pub col_change: &'static str,
    pub not_recorded: &'static str,
    pub no_result: &'static str,
    pub timeline_title: &'static str,
    /// Profession, target grade.
    pub timeline_caption: fn(&str, &str) -> String,
    /// Snapshots, first and last progress in percent.
    pub timeline_description: fn(usize, usize, usize) -> String,
    pub timeline_need_profile: &'static str,
    pub profile_link: &'static str,
    pub timeline_empty: &'static str,
    pub legend_progress: &'static str,
    pub legend_estimate: &'static str,
    pub axis_progress: &'static str,
    pub col_date: &'static str,
    pub col_label: &'static str,
    pub col_estimate: &'static str,
    pub col_progress: &'static str,
    /// Percent, ticked, total.
    pub progress_value: fn(usize, usize, usize) -> String,
}

pub static RU: SnapshotsStrings = SnapshotsStrings {
    title: "Снимки прогресса",
    intro: "Снимок хранит отметки, оценку грейда по каждой профессии и Q и D проектов калькулятора на момент сохранения. Сравните два снимка, чтобы увидеть, что изменилось.",
    label_field: "Подпись снимка (необязательно)",
    label_hint: "Например, «Перед ревью». Снимок с подписью не удаляется автоматически.",
    save: "Сохранить снимок",
    saved: "Снимок сохранён.",
    pruned: |dates| {
        format!("Чтобы осталось не больше 365 снимков, удалены самые старые без подписи: {dates}.")
    },
    notice_pruned: |n| {
        format!(
            "Сохранён автоматический снимок; чтобы осталось не больше 365, удалено старых снимков без подписи: {n}. Список — на странице «План»."
        )
    },
    label_too_long: |chars, max| format!("подпись длиной {chars} символов, можно не больше {max}"),
    full: "Все 365 снимков подписаны: удалите снимок или сотрите подпись у одного из них, чтобы сохранить новый.",
    automatic_setting: "Сохранять снимок автоматически (не чаще раза в день, когда меняются отметки)",
    list_title: "Сохранённые снимки",
    list_empty: "Снимков пока нет.",
    count: |n| format!("Снимков: {n} из 365"),
    automatic: "автоматический",
    manual: "сохранён вручную",
    estimate_label: "Оценка",
    below_first: "ниже первого грейда",
    no_estimate: "ни одного грейда",
    and_more: |n| format!("и ещё {n}"),
    pick: |date| format!("Выбрать снимок от {date} для сравнения"),
    edit_label: "Изменить подпись",
    label_save: "Сохранить подпись",
    label_cancel: "Отмена",
    delete: "Удалить",
    deleted: |date| format!("Снимок от {date} удалён."),
    undo: "Вернуть",
    show_more: |n| format!("Показать ещё {n}"),
    compare: "Сравнить выбранные",
    compare_hint: |n| format!("Отметьте два снимка для сравнения (отмечено: {n})."),
    comparison_title: |a, b| format!("Изменения с {a} по {b}"),
    gained: |n| format!("Добавлено пунктов: {n}"),
    lost: |n| format!("Снято пунктов: {n}"),
    nothing_changed: "Между этими снимками ничего не изменилось.",
    unknown_matrix: "неизвестная матрица",
    unknown_item: "пункт, которого больше нет в матрице",
    show_items: |n| format!("Показать пункты ({n})"),
    estimates_title: "Оценка грейда",
    projects_title: "Проекты калькулятора",
    col_profession: "Профессия",
    col_before: "Было",
    col_after: "Стало",
    col_project: "Проект",
    col_change: "Изменение Q",
    not_recorded: "—",
    no_result: "нет результата",
    timeline_title: "Динамика",
    timeline_caption: |profession, target| {
        format!("Прогресс к грейду «{target}» ({profession}) и оценка грейда по снимкам")
    },
    timeline_description: |n, first, last| {
        format!("Снимков: {n}. Прогресс к цели: от {first} % в первом до {last} % в последнем.")
    },
    timeline_need_profile: "Выберите профессию и целевой грейд в профиле, чтобы увидеть прогресс к цели.",
    profile_link: "Открыть профиль",
    timeline_empty: "Сохраните снимок, чтобы увидеть динамику.",
    legend_progress: "прогресс к цели, %",
    legend_estimate: "оценка грейда",
    axis_progress: "%",
    col_date: "Дата",
    col_label: "Подпись",
    col_estimate: "Оценка",
    col_progress: "Прогресс к цели",
    progress_value: |percent, ticked, total| format!("{percent} % ({ticked} из {total})"),
};

pub static EN: SnapshotsStrings = SnapshotsStrings {
    title: "Progress snapshots",
    intro: "A snapshot keeps your ticks, the grade estimate of every profession and Q and D of your calculator projects as they are when it is saved. Compare two to see what changed.",
    label_field: "Snapshot label (optional)",
    label_hint: "For example “Before the review”. A labelled snapshot is never removed automatically.",
    save: "Save snapshot",
    saved: "Snapshot saved.",
    pruned: |dates| {
        format!("To keep at most 365 snapshots, the oldest unlabelled ones were removed: {dates}.")
    },
    notice_pruned: |n| {
        format!(
            "An automatic snapshot was saved; to keep at most 365, {n} old unlabelled snapshot(s) were removed. The list is on the Plan page."
        )
    },
    label_too_long: |chars, max| format!("the label has {chars} characters, at most {max}"),
    full: "All 365 snapshots are labelled: delete one or remove a label to save a new one.",
    automatic_setting: "Save a snapshot automatically (at most once a day, when ticks change)",
    list_title: "Saved snapshots",
    list_empty: "No snapshots yet.",
    count: |n| format!("{n} of 365 snapshots"),
    automatic: "automatic",
    manual: "saved by hand",
    estimate_label: "Estimate",
    below_first: "below the first grade",
    no_estimate: "no grade reached",
    and_more: |n| format!("and {n} more"),
    pick: |date| format!("Pick the snapshot of {date} to compare"),
    edit_label: "Edit label",
    label_save: "Save label",
    label_cancel: "Cancel",
    delete: "Delete",
    deleted: |date| format!("The snapshot of {date} was deleted."),
    undo: "Undo",
    show_more: |n| format!("Show {n} more"),
    compare: "Compare picked",
    compare_hint: |n| format!("Pick two snapshots to compare ({n} picked)."),
    comparison_title: |a, b| format!("Changes from {a} to {b}"),
    gained: |n| format!("Items gained: {n}"),
    lost: |n| format!("Items lost: {n}"),
    nothing_changed: "Nothing changed between these snapshots.",
    unknown_matrix: "unknown matrix",
    unknown_item: "an item no longer in the matrix",
    show_items: |n| format!("Show items ({n})"),
    estimates_title: "Grade estimate",
    projects_title: "Calculator projects",
    col_profession: "Profession",
    col_before: "Before",
    col_after: "After",
    col_project: "Project",
    col_change: "Q change",
    not_recorded: "—",
    no_result: "no result",
    timeline_title: "Over time",
    timeline_caption: |profession, target| {
        format!("Progress towards “{target}” ({profession}) and the grade estimate, by snapshot")
    },
    timeline_description: |n, first, last| {
        format!(
            "{n} snapshots. Progress towards the target: from {first} % in the first to {last} % in the last."
        )
    },
    timeline_need_profile: "Choose a profession and a target grade in your profile to see progress towards it.",
    profile_link: "Open profile",
    timeline_empty: "Save a snapshot to see how things change.",
    legend_progress: "progress towards the target, %",
    legend_estimate: "grade estimate",
    axis_progress: "%",
    col_date: "Date",
    col_label: "Label",
    col_estimate: "Estimate",
    col_progress: "Progress to target",
    progress_value: |percent, ticked, total| format!("{percent} % ({ticked} of {total})"),
};

/// This table in `lang`: reached only from the code that shows it, so a page's texts travel
/// in its wasm chunk.
pub const fn strings(lang: Lang) -> &'static SnapshotsStrings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}
