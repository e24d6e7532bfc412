//! Two grades of one profession side by side: what the higher one adds.

mod diff;

pub use diff::{GradeDiff, grade_diff};

use leptos::prelude::*;

use crate::catalog::{GradeLevel, ItemRef, Profession};
use crate::components::inline_text::InlineText;
use crate::i18n::use_i18n;

#[component]
pub fn GradeCompare(
    profession: &'static Profession,
    /// DOM id of the whole view, for the toggle's `aria-controls`.
    id: String,
    /// Grade preselected on the left; the one after it goes on the right.
    start: GradeLevel,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().home;
    let levels: Vec<GradeLevel> = profession.grades.iter().map(|g| g.level).collect();
    let next = levels.iter().copied().find(|&level| level > start);
    let (first, second) = match next {
        Some(next) => (start, next),
        // Started on the top grade: compare it with the one below.
        None => (
            levels
                .iter()
                .copied()
                .rfind(|&l| l < start)
                .unwrap_or(start),
            start,
        ),
    };
    let first = RwSignal::new(first);
    let second = RwSignal::new(second);
    let diff = Memo::new(move |_| grade_diff(profession, first.get(), second.get()));
    let title = move |level: GradeLevel| {
        profession
            .grade(level)
            .map_or(level.label(), |grade| grade.title.as_str())
    };
    let heading_id = format!("{id}-title");
    let labelledby = heading_id.clone();

    view! {
        <section id=id.clone() class="compare" aria-labelledby=labelledby data-testid="compare">
            <h3 id=heading_id>{move || t().compare_title}</h3>
            <div class="compare__pickers">
                <GradeSelect
                    id=format!("{id}-first")
                    label=Signal::derive(move || t().compare_first)
                    profession
                    value=first
                />
                <GradeSelect
                    id=format!("{id}-second")
                    label=Signal::derive(move || t().compare_second)
                    profession
                    value=second
                />
            </div>
            <Show
                when=move || first.get() != second.get()
                fallback=move || view! { <p class="compare__same">{move || t().compare_same}</p> }
            >
                <div class="compare__columns">
                    <ItemColumn
                        heading=Signal::derive(move || (t().compare_only_lower)(title(diff.get().lower)))
                        items=Signal::derive(move || diff.get().only_lower)
                        modifier="lower"
                    />
                    <ItemColumn
                        heading=Signal::derive(move || (t().compare_only_higher)(title(diff.get().higher)))
                        items=Signal::derive(move || diff.get().only_higher)
                        modifier="higher"
                    />
                    <ItemColumn
                        heading=Signal::derive(move || t().compare_common.to_owned())
                        items=Signal::derive(move || diff.get().common)
                        modifier="common"
                    />
                </div>
            </Show>
        </section>
    }
}

#[component]
fn GradeSelect(
    id: String,
    label: Signal<&'static str>,
    profession: &'static Profession,
    value: RwSignal<GradeLevel>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Ok(level) = event_target_value(&ev).parse() {
                        value.set(level);
                    }
                }
            >
                {profession
                    .grades
                    .iter()
                    .map(|grade| {
                        view! {
                            <option
                                value=grade.level.as_str()
                                prop:selected=move || value.get() == grade.level
                            >
                                {grade.title.clone()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// One of the three lists of a comparison, with its count.
#[component]
fn ItemColumn(
    heading: Signal<String>,
    items: Signal<Vec<ItemRef<'static>>>,
    modifier: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class=format!("compare__col compare__col--{modifier}") data-testid=format!("compare-{modifier}")>
            <h4>
                {heading}
                " "
                <span class="compare__count">{move || items.with(Vec::len)}</span>
            </h4>
            <Show
                when=move || items.with(|items| !items.is_empty())
                fallback=move || view! { <p class="compare__none">{move || i18n.t().home.compare_none}</p> }
            >
                <ul class="compare__items">
                    {move || {
                        items
                            .get()
                            .into_iter()
                            .map(|item| {
                                view! {
                                    <li>
                                        <span><InlineText text=item.text/></span>
                                        {item
                                            .group
                                            .title
                                            .as_deref()
                                            .map(|group| view! { <span class="tag">{group}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </div>
    }
}
