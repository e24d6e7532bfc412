//! The members table: sortable by its column headings (buttons, with `aria-sort` on the
//! heading), downloadable as CSV and printable. Every cell is text, and the CSV writes the
//! same text.

use leptos::prelude::*;

use super::TeamState;
use super::text::TeamText;
use crate::browser;
use crate::catalog::format::CsvSeparator;
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::state::team::{CsvColumn, MemberRow, Overview, SortColumn, members_csv, sort_rows};

/// The sortable columns with the text column they head.
const SORTABLE: [(SortColumn, CsvColumn); 6] = [
    (SortColumn::Name, CsvColumn::Name),
    (SortColumn::Profession, CsvColumn::Profession),
    (SortColumn::Current, CsvColumn::Current),
    (SortColumn::Target, CsvColumn::Target),
    (SortColumn::Estimate, CsvColumn::Estimate),
    (SortColumn::Progress, CsvColumn::Progress),
];

fn column_index(column: CsvColumn) -> usize {
    crate::state::team::CSV_COLUMNS
        .iter()
        .position(|c| *c == column)
        .unwrap_or(0)
}

#[component]
pub fn MembersSection(state: TeamState, overview: Memo<Overview>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    // No sort: the order loaded.
    let sort = RwSignal::new(None::<(SortColumn, bool)>);
    let rows = Memo::new(move |_| {
        let mut rows = overview.with(|o| o.rows.clone());
        if let Some((column, descending)) = sort.get() {
            sort_rows(&mut rows, column, descending);
        }
        rows
    });
    let export_failed = RwSignal::new(false);
    let export = move |_| {
        let lang = i18n.lang();
        let text = TeamText::new(lang);
        let separator = match lang {
            // Spreadsheets in Russian locales split on `;`.
            Lang::Ru => CsvSeparator::Semicolon,
            Lang::En => CsvSeparator::Comma,
        };
        let csv = rows.with_untracked(|rows| {
            members_csv(
                rows,
                text.t.columns,
                |row, column| text.cell(row, column),
                separator,
            )
        });
        let name = format!("team-{}.csv", browser::today());
        export_failed.set(!browser::download(&name, "text/csv", &csv));
    };
    let _ = state;

    let heading = move |(column, text_column): (SortColumn, CsvColumn)| {
        let direction = move || match sort.get() {
            Some((c, false)) if c == column => "ascending",
            Some((c, true)) if c == column => "descending",
            _ => "none",
        };
        let arrow = move || match direction() {
            "ascending" => "▲",
            "descending" => "▼",
            _ => "↕",
        };
        view! {
            <th scope="col" aria-sort=direction>
                <button
                    type="button"
                    class="team-sort"
                    data-testid="team-sort"
                    data-column=column_index(text_column)
                    on:click=move |_| {
                        sort.update(|s| {
                            *s = match *s {
                                Some((c, false)) if c == column => Some((column, true)),
                                _ => Some((column, false)),
                            };
                        });
                    }
                >
                    {move || t().columns.get(column_index(text_column)).copied().unwrap_or_default()}
                    <span class="team-sort__arrow" aria-hidden="true">{arrow}</span>
                </button>
            </th>
        }
    };

    view! {
        <section class="panel team-members" aria-labelledby="team-members-title">
            <div class="team-members__head">
                <h2 id="team-members-title">{move || t().members_title}</h2>
                <div class="team-members__actions" data-print="hide">
                    <button type="button" class="button" data-testid="team-export-csv" on:click=export>
                        {move || t().export_csv}
                    </button>
                    <button type="button" class="button button--quiet" data-testid="team-print" on:click=move |_| browser::print()>
                        {move || t().print}
                    </button>
                </div>
            </div>
            <Show when=move || export_failed.get()>
                <p class="field__error" role="alert">{move || t().export_failed}</p>
            </Show>
            <div class="team-members__scroll" role="region" tabindex="0" aria-label=move || t().members_caption>
                <table class="data-table team-table" data-testid="team-members">
                    <caption class="visually-hidden">{move || t().members_caption}</caption>
                    <thead>
                        <tr>
                            {heading(SORTABLE[0])}
                            <th scope="col">{move || t().columns[column_index(CsvColumn::File)]}</th>
                            {SORTABLE[1..].iter().copied().map(heading).collect_view()}
                            <th scope="col">{move || t().columns[column_index(CsvColumn::Projects)]}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|row| view! { <MemberRowView row=row/> })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn MemberRowView(row: MemberRow) -> impl IntoView {
    let i18n = use_i18n();
    let cell = {
        let row = row.clone();
        move |column: CsvColumn| {
            let row = row.clone();
            move || TeamText::new(i18n.lang()).cell(&row, column)
        }
    };
    let label = move |column: CsvColumn| {
        move || {
            i18n.team()
                .columns
                .get(column_index(column))
                .copied()
                .unwrap_or_default()
        }
    };
    let projects = {
        let row = row.clone();
        move || {
            let text = TeamText::new(i18n.lang());
            let lines = text.project_lines(&row);
            if lines.is_empty() {
                return view! { <span>{text.t.none}</span> }.into_any();
            }
            view! {
                <ul class="team-projects">
                    {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <tr
            data-testid="team-member"
            data-name=row.name.clone()
            data-estimate=row.estimate.grade_id().to_owned()
            data-profession=row.profession.as_ref().map(|p| p.id.clone()).unwrap_or_default()
        >
            <th scope="row" data-label=label(CsvColumn::Name)>{cell(CsvColumn::Name)}</th>
            <td data-label=label(CsvColumn::File) class="team-table__file">{cell(CsvColumn::File)}</td>
            <td data-label=label(CsvColumn::Profession)>{cell(CsvColumn::Profession)}</td>
            <td data-label=label(CsvColumn::Current)>{cell(CsvColumn::Current)}</td>
            <td data-label=label(CsvColumn::Target)>{cell(CsvColumn::Target)}</td>
            <td data-label=label(CsvColumn::Estimate) data-testid="team-member-estimate">{cell(CsvColumn::Estimate)}</td>
            <td data-label=label(CsvColumn::Progress) data-testid="team-member-progress">{cell(CsvColumn::Progress)}</td>
            <td data-label=label(CsvColumn::Projects) data-testid="team-member-projects">{projects}</td>
        </tr>
    }
}
