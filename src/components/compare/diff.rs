//! What one grade of a profession adds to another: pure, tested natively.

use crate::catalog::{ItemRef, Profession, fold};

/// The items of two grades of one profession, split three ways. Items are
/// the same when their texts are equal after [`fold`] (case, `ё`, spacing),
/// whatever group they sit in. Each list keeps ladder order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeDiff<'a> {
    /// Grade ids, the lower on the ladder first.
    pub lower: String,
    pub higher: String,
    /// In the lower grade only: what the higher grade no longer lists.
    pub only_lower: Vec<ItemRef<'a>>,
    /// In both, as the higher grade words them.
    pub common: Vec<ItemRef<'a>>,
    /// In the higher grade only: what it adds.
    pub only_higher: Vec<ItemRef<'a>>,
}

/// Compares two grades of a profession, in either order: the lower on the ladder is
/// always `lower`. A grade the profession lacks has no items and counts as the higher.
pub fn grade_diff<'a>(profession: &'a Profession, a: &str, b: &str) -> GradeDiff<'a> {
    let rung = |id: &str| profession.grade_position(id).unwrap_or(usize::MAX);
    let (lower, higher) = if rung(a) <= rung(b) { (a, b) } else { (b, a) };
    let lower_items: Vec<_> = profession.grade_items(lower).collect();
    let higher_items: Vec<_> = profession.grade_items(higher).collect();
    let lower_texts: Vec<String> = lower_items
        .iter()
        .map(|item| fold(&item.item.text))
        .collect();
    let higher_texts: Vec<String> = higher_items
        .iter()
        .map(|item| fold(&item.item.text))
        .collect();

    let (common, only_higher) = higher_items
        .iter()
        .zip(&higher_texts)
        .partition::<Vec<_>, _>(|(_, text)| lower_texts.contains(text));
    let only_lower = lower_items
        .iter()
        .zip(&lower_texts)
        .filter(|(_, text)| !higher_texts.contains(text))
        .map(|(item, _)| *item)
        .collect();
    GradeDiff {
        lower: lower.to_owned(),
        higher: higher.to_owned(),
        only_lower,
        common: common.into_iter().map(|(item, _)| *item).collect(),
        only_higher: only_higher.into_iter().map(|(item, _)| *item).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, Grade, Item, SkillGroup};

    const JUNIOR: &str = "junior";
    const MIDDLE: &str = "middle";

    fn texts(items: &[ItemRef<'_>]) -> Vec<String> {
        items.iter().map(|item| item.item.text.clone()).collect()
    }

    fn grade(id: &str, soft: &[&str], hard: &[&str]) -> Grade {
        let group = |id: &str, items: &[&str]| SkillGroup {
            id: id.to_owned(),
            items: items
                .iter()
                .zip(1..)
                .map(|(&text, n)| Item {
                    id: n.to_string(),
                    text: text.to_owned(),
                })
                .collect(),
            ..SkillGroup::default()
        };
        Grade {
            id: id.to_owned(),
            title: id.to_owned(),
            groups: vec![group("soft", soft), group("hard", hard)],
            ..Grade::default()
        }
    }

    fn profession() -> Profession {
        Profession {
            id: "dev".to_owned(),
            name: "Dev".to_owned(),
            grades: vec![
                grade(JUNIOR, &["Общение", "Ответственность"], &["SQL", "Git"]),
                grade(MIDDLE, &["общение", "Наставничество"], &["Git", "Docker"]),
            ],
            ..Profession::default()
        }
    }

    #[test]
    fn splits_items_into_lower_only_common_and_higher_only() {
        let p = profession();
        let diff = grade_diff(&p, JUNIOR, MIDDLE);
        assert_eq!(
            (diff.lower.as_str(), diff.higher.as_str()),
            (JUNIOR, MIDDLE)
        );
        assert_eq!(texts(&diff.only_lower), ["Ответственность", "SQL"]);
        assert_eq!(texts(&diff.common), ["общение", "Git"], "higher's wording");
        assert_eq!(texts(&diff.only_higher), ["Наставничество", "Docker"]);
    }

    #[test]
    fn order_of_the_arguments_does_not_matter() {
        let p = profession();
        assert_eq!(
            grade_diff(&p, MIDDLE, JUNIOR),
            grade_diff(&p, JUNIOR, MIDDLE)
        );
    }

    #[test]
    fn a_grade_against_itself_is_all_common() {
        let p = profession();
        let diff = grade_diff(&p, JUNIOR, JUNIOR);
        assert!(diff.only_lower.is_empty() && diff.only_higher.is_empty());
        assert_eq!(diff.common.len(), 4);
    }

    #[test]
    fn a_missing_level_has_no_items() {
        let p = profession();
        let diff = grade_diff(&p, MIDDLE, "lead");
        assert_eq!(diff.only_lower.len(), 4);
        assert!(diff.common.is_empty() && diff.only_higher.is_empty());
    }

    #[test]
    fn lead_of_the_extended_matrix_adds_three_soft_skills_to_senior() {
        let catalog = Catalog::load().unwrap();
        let p = catalog.profession("python-developer-extended").unwrap();
        let diff = grade_diff(p, "senior", "lead");
        assert_eq!(diff.only_higher.len(), 3);
        assert!(diff.only_higher.iter().all(|item| item.group.id == "soft"));
        assert!(diff.only_lower.is_empty(), "Lead keeps all of Senior");
        assert_eq!(diff.common.len(), 9 + 14);
    }
}
