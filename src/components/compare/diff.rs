//! What one grade of a profession adds to another: pure, tested natively.

use crate::catalog::{GradeLevel, ItemRef, Profession, fold};

/// The items of two grades of one profession, split three ways. Items are
/// the same when their texts are equal after [`fold`] (case, `ё`, spacing),
/// whatever group they sit in. Each list keeps ladder order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeDiff<'a> {
    pub lower: GradeLevel,
    pub higher: GradeLevel,
    /// In the lower grade only: what the higher grade no longer lists.
    pub only_lower: Vec<ItemRef<'a>>,
    /// In both, as the higher grade words them.
    pub common: Vec<ItemRef<'a>>,
    /// In the higher grade only: what it adds.
    pub only_higher: Vec<ItemRef<'a>>,
}

/// Compares two grades of a profession, in either order: the lower level is
/// always `lower`. A level the profession lacks has no items.
pub fn grade_diff(profession: &Profession, a: GradeLevel, b: GradeLevel) -> GradeDiff<'_> {
    let (lower, higher) = if a <= b { (a, b) } else { (b, a) };
    let lower_items: Vec<_> = profession.grade_items(lower).collect();
    let higher_items: Vec<_> = profession.grade_items(higher).collect();
    let lower_texts: Vec<String> = lower_items.iter().map(|item| fold(item.text)).collect();
    let higher_texts: Vec<String> = higher_items.iter().map(|item| fold(item.text)).collect();

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
        lower,
        higher,
        only_lower,
        common: common.into_iter().map(|(item, _)| *item).collect(),
        only_higher: only_higher.into_iter().map(|(item, _)| *item).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, Grade, SkillGroup};
    use GradeLevel::{Junior, Lead, Middle, Senior};

    fn texts(items: &[ItemRef<'_>]) -> Vec<String> {
        items.iter().map(|item| item.text.to_owned()).collect()
    }

    fn grade(level: GradeLevel, soft: &[&str], hard: &[&str]) -> Grade {
        let group = |id: &str, items: &[&str]| SkillGroup {
            id: id.to_owned(),
            title: None,
            note: None,
            items: items.iter().map(|&s| s.to_owned()).collect(),
        };
        Grade {
            level,
            title: level.label().to_owned(),
            description: None,
            skill_groups: vec![group("soft", soft), group("hard", hard)],
            notes: None,
        }
    }

    fn profession() -> Profession {
        Profession {
            id: "dev".to_owned(),
            name: "Dev".to_owned(),
            summary: None,
            stack: Vec::new(),
            source: "test".to_owned(),
            grades: vec![
                grade(Junior, &["Общение", "Ответственность"], &["SQL", "Git"]),
                grade(Middle, &["общение", "Наставничество"], &["Git", "Docker"]),
            ],
            glossary: Vec::new(),
        }
    }

    #[test]
    fn splits_items_into_lower_only_common_and_higher_only() {
        let p = profession();
        let diff = grade_diff(&p, Junior, Middle);
        assert_eq!((diff.lower, diff.higher), (Junior, Middle));
        assert_eq!(texts(&diff.only_lower), ["Ответственность", "SQL"]);
        assert_eq!(texts(&diff.common), ["общение", "Git"], "higher's wording");
        assert_eq!(texts(&diff.only_higher), ["Наставничество", "Docker"]);
    }

    #[test]
    fn order_of_the_arguments_does_not_matter() {
        let p = profession();
        assert_eq!(
            grade_diff(&p, Middle, Junior),
            grade_diff(&p, Junior, Middle)
        );
    }

    #[test]
    fn a_grade_against_itself_is_all_common() {
        let p = profession();
        let diff = grade_diff(&p, Junior, Junior);
        assert!(diff.only_lower.is_empty() && diff.only_higher.is_empty());
        assert_eq!(diff.common.len(), 4);
    }

    #[test]
    fn a_missing_level_has_no_items() {
        let p = profession();
        let diff = grade_diff(&p, Middle, Lead);
        assert_eq!(diff.only_lower.len(), 4);
        assert!(diff.common.is_empty() && diff.only_higher.is_empty());
    }

    #[test]
    fn lead_of_the_extended_matrix_adds_three_soft_skills_to_senior() {
        let catalog = Catalog::load().unwrap();
        let p = catalog.profession("python-developer-extended").unwrap();
        let diff = grade_diff(p, Senior, Lead);
        assert_eq!(diff.only_higher.len(), 3);
        assert!(diff.only_higher.iter().all(|item| item.group.id == "soft"));
        assert!(diff.only_lower.is_empty(), "Lead keeps all of Senior");
        assert_eq!(diff.common.len(), 9 + 14);
    }
}
