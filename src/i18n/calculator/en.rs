//! The calculator page in English.

use super::*;

fn stale_en(stale: bool) -> &'static str {
    if stale {
        " Below is the last valid result, now out of date."
    } else {
        ""
    }
}

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
    col_min_short: "Min. I",
    col_weight_short: "Weight W",
    col_level_short: "Your L",
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
    level_quoted: |name| format!("“{name}”"),
    criterion_holds: "holds",
    criterion_fails: "fails",
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
    seed_note: "The seed computes its example as 50\u{a0}+\u{a0}50\u{a0}×\u{a0}0.22\u{a0}=\u{a0}61, which contradicts its own rule: the difference between the D2 and D3 minimum rates is 75\u{a0}−\u{a0}50\u{a0}=\u{a0}25. The calculator follows the rule: 50\u{a0}+\u{a0}25\u{a0}×\u{a0}0.22\u{a0}=\u{a0}55.50\u{a0}$/h, 5,550–10,000\u{a0}$ a month at 100\u{a0}h.",
    not_eligible_heading: "No qualification",
    not_eligible_text: "Your level L is below the project's minimum I in:",
    shortfall: |level, min| format!(": your level L = {level}, required I = {min}"),

    what_if_heading: "What if",
    breakdown_level: |index, level, fraction| {
        format!("D = integer part of Q = {index} → {level}; fraction {fraction}")
    },
    breakdown_hours_per_month: "hours per month",
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
    radar_col_meets: "L\u{a0}≥\u{a0}I",
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
