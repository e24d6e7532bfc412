use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A chart's figures as a table, folded under the chart: the same data for screen readers,
/// keyboard users and anyone who wants the numbers.
#[component]
pub fn ChartTable(
    /// The chart's caption, read out as the table's.
    #[prop(into)]
    caption: Signal<&'static str>,
    #[prop(into)] columns: Signal<[&'static str; 4]>,
    /// The table's rows.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="chart__twin">
            <summary>{move || i18n.calculator().chart_table}</summary>
            <table class="data-table data-table--cards">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        {move || {
                            columns.get().map(|column| view! { <th scope="col">{column}</th> }).collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </details>
    }
}
