//! Two grades of one profession side by side: what the higher one adds.

mod diff;

pub use diff::{GradeDiff, grade_diff};

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::{ItemRef, Profession};
use crate::components::inline_text::InlineText;
use crate::i18n::use_i18n;

#[component]
pub fn GradeCompare(
    profession: Arc<Profession>,
    /// DOM id of the whole view, for the toggle's `aria-controls`.
    id: String,
    /// Id of the grade preselected on the left; the one after it goes on the right.
    start: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.home();
    let ids: Vec<&str> = profession.grades.iter().map(|g| g.id.as_str()).collect();
    let at = ids.iter().position(|id| *id == start).unwrap_or(0);
    // Started on the top grade: compare it with the one below.
    let (first, second) = match (ids.get(at), ids.get(at + 1)) {
        (Some(first), Some(second)) => (*first, *second),
        (Some(top), None) => (ids.get(at.saturating_sub(1)).copied().unwrap_or(top), *top),
        _ => ("", ""),
    };
    let first = RwSignal::new(first.to_owned());
    let second = RwSignal::new(second.to_owned());
    let diff = {
        let profession = Arc::clone(&profession);
        Memo::new(move |_| {
            let diff = grade_diff(&profession, &first.get(), &second.get());
            Columns {
                lower: title_of(&profession, &diff.lower),
                higher: title_of(&profession, &diff.higher),
                only_lower: shown(&diff.only_lower),
                only_higher: shown(&diff.only_higher),
                common: shown(&diff.common),
            }
        })
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
                    profession=Arc::clone(&profession)
                    value=first
                />
                <GradeSelect
                    id=format!("{id}-second")
                    label=Signal::derive(move || t().compare_second)
                    profession=Arc::clone(&profession)
                    value=second
                />
            </div>
            <Show
                when=move || first.get() != second.get()
                fallback=move || view! { <p class="compare__same">{move || t().compare_same}</p> }
            >
                <div class="compare__columns">
                    <ItemColumn
                        heading=Signal::derive(move || (t().compare_only_lower)(&diff.with(|d| d.lower.clone())))
                        items=Signal::derive(move || diff.with(|d| d.only_lower.clone()))
                        modifier="lower"
                    />
                    <ItemColumn
                        heading=Signal::derive(move || (t().compare_only_higher)(&diff.with(|d| d.higher.clone())))
                        items=Signal::derive(move || diff.with(|d| d.only_higher.clone()))
                        modifier="higher"
                    />
                    <ItemColumn
                        heading=Signal::derive(move || t().compare_common.to_owned())
                        items=Signal::derive(move || diff.with(|d| d.common.clone()))
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
    profession: Arc<Profession>,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {profession
                    .grades
                    .iter()
                    .map(|grade| {
                        let id = grade.id.clone();
                        view! {
                            <option
                                value=grade.id.clone()
                                prop:selected=move || value.with(|value| *value == id)
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
    items: Signal<Vec<Shown>>,
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
                fallback=move || view! { <p class="compare__none">{move || i18n.home().compare_none}</p> }
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
                                        {item.group.map(|group| view! { <span class="tag">{group}</span> })}
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

/// A comparison as the columns show it: grade titles and the items' words.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Columns {
    lower: String,
    higher: String,
    only_lower: Vec<Shown>,
    only_higher: Vec<Shown>,
    common: Vec<Shown>,
}

/// An item of a column: its text and the title of its group.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    text: String,
    group: Option<String>,
}

fn shown(items: &[ItemRef<'_>]) -> Vec<Shown> {
    items
        .iter()
        .map(|item| Shown {
            text: item.item.text.clone(),
            group: item.group.title.clone(),
        })
        .collect()
}

fn title_of(profession: &Profession, grade: &str) -> String {
    profession
        .grade(grade)
        .map_or_else(|| grade.to_owned(), |grade| grade.title.clone())
}
