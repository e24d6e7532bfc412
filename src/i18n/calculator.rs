//! Strings of the calculator page. Texts that take numbers or names are functions.

use crate::lang::Lang;

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
    /// Column heads over the narrow number fields; the fields keep the full names as labels.
    pub col_min_short: &'static str,
    pub col_weight_short: &'static str,
    pub col_level_short: &'static str,
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
    /// A level's name as a name: «Опытный», “Experienced”.
    pub level_quoted: fn(&str) -> String,
    pub criterion_holds: &'static str,
    pub criterion_fails: &'static str,
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
    /// The working of the level: integer part of `Q`, the level, the fraction.
    pub breakdown_level: fn(u8, &str, &str) -> String,
    pub breakdown_hours_per_month: &'static str,
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

mod en;
mod ru;
pub use en::EN;
pub use ru::RU;

/// This table in `lang`: reached only from the code that shows it, so a page's texts travel
/// in its wasm chunk.
pub const fn strings(lang: Lang) -> &'static CalculatorStrings {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

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
