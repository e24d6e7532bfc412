//! Professions written back as an outline that reads in again the same.

use super::lines::split_id;
use crate::catalog::Profession;
use crate::catalog::format::ids;

/// ` {#id}` when the id is not the one the text would get anyway, or when the text itself
/// ends in something that reads as an id.
fn id_suffix(id: &str, derived: &str, text: &str) -> String {
    if id != derived || split_id(text).1.is_some() {
        format!(" {{#{id}}}")
    } else {
        String::new()
    }
}

/// The professions as Markdown: `#` profession, `##` grade, `###` group, numbered items,
/// ids written only where reading the text back would not give them.
pub(in crate::catalog::format) fn write(professions: &[Profession]) -> String {
    let mut out = String::new();
    for profession in professions {
        let derived = ids::profession_base(&profession.name);
        out.push_str(&format!(
            "# {}{}\n\n",
            profession.name,
            id_suffix(&profession.id, &derived, &profession.name)
        ));
        if let Some(summary) = &profession.summary {
            out.push_str(&format!("({summary})\n\n"));
        }
        if !profession.stack.is_empty() {
            out.push_str(&format!("Stack: {}\n\n", profession.stack.join(", ")));
        }
        if let Some(source) = &profession.source {
            out.push_str(&format!("Source: {source}\n\n"));
        }
        for (index, grade) in profession.grades.iter().enumerate() {
            let derived = ids::grade_base(&grade.title, index.saturating_add(1));
            out.push_str(&format!(
                "## {}{}\n\n",
                grade.title,
                id_suffix(&grade.id, &derived, &grade.title)
            ));
            if let Some(description) = &grade.description {
                out.push_str(&format!("({description})\n\n"));
            }
            if let Some(notes) = &grade.notes {
                out.push_str(&format!("> {notes}\n\n"));
            }
            for (index, group) in grade.groups.iter().enumerate() {
                let derived = ids::group_base(group.title.as_deref(), index.saturating_add(1));
                let title = group.title.as_deref().unwrap_or_default();
                // An untitled first list goes right under its grade, as in the sources.
                let bare =
                    index == 0 && title.is_empty() && group.note.is_none() && group.id == derived;
                if !bare {
                    let heading = format!("### {title}{}", id_suffix(&group.id, &derived, title));
                    out.push_str(heading.trim_end());
                    out.push_str("\n\n");
                }
                if let Some(note) = &group.note {
                    out.push_str(&format!("> {note}\n\n"));
                }
                for (index, item) in group.items.iter().enumerate() {
                    let number = index.saturating_add(1).to_string();
                    out.push_str(&format!(
                        "{number}. {}{}\n",
                        item.text,
                        id_suffix(&item.id, &number, &item.text)
                    ));
                }
                out.push('\n');
            }
        }
    }
    out
}
