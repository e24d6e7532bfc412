//! The matrix formats of docs/formats.md#your-own-matrices together: the built-in matrices in
//! the generalised model and what any input must pass.

use crate::support::{catalog, error_of};
use grades::catalog::format::{self, FormatError, MAX_BYTES, MatrixProfession, matrix_item_key};

// The built-in matrices in the generalised model.

#[test]
fn every_builtin_item_keeps_its_self_assessment_key() {
    let mut count = 0;
    for profession in catalog().professions() {
        let matrix = MatrixProfession::from_builtin(profession);
        let old: Vec<String> = profession.items().map(|item| item.key()).collect();
        let new: Vec<String> = matrix.items().map(|item| item.key()).collect();
        assert_eq!(old, new, "{}", profession.id);
        for (item, key) in profession.items().zip(&new) {
            let found = matrix.item(key).expect("the key finds its item");
            assert_eq!(found.item.text, item.text);
        }
        count += new.len();
    }
    assert_eq!(count, catalog().counts().items);
    assert_eq!(count, 273);
}

#[test]
fn builtin_grades_take_their_level_as_id_and_items_their_number() {
    let matrix = MatrixProfession::from_builtin(catalog().profession("python-backend").unwrap());
    let ids: Vec<&str> = matrix.grades.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "intern", "junior", "junior+", "middle", "middle+", "senior+"
        ]
    );
    let first = matrix.items().next().unwrap();
    assert_eq!(first.key(), "python-backend/intern/summary/1");
    assert_eq!(
        matrix_item_key("python-backend", "intern", "summary", "1"),
        first.key()
    );
    assert!(matrix.item("python-backend/intern/summary/99").is_none());
    assert!(matrix.item("other/intern/summary/1").is_none());
    assert!(matrix.item("python-backend/intern/summary").is_none());
}

#[test]
fn a_new_item_id_is_one_past_the_largest_number() {
    let matrix = MatrixProfession::from_builtin(catalog().profession("python-developer").unwrap());
    let group = &matrix.grades[0].groups[0];
    assert_eq!(group.items.len(), 5);
    assert_eq!(group.next_item_id(), "6");
}

#[test]
fn any_input_is_refused_when_empty_too_large_or_not_utf8() {
    assert_eq!(error_of(format::parse(b"")), FormatError::Empty);
    assert_eq!(
        error_of(format::parse(b"\xEF\xBB\xBF \n\t")),
        FormatError::Empty
    );
    assert_eq!(
        format::check_size(MAX_BYTES + 1),
        Err(FormatError::TooLarge {
            bytes: MAX_BYTES + 1
        })
    );
    assert_eq!(format::check_size(MAX_BYTES), Ok(()));
    let big = vec![b' '; 1_048_577];
    assert_eq!(
        error_of(format::parse(&big)),
        FormatError::TooLarge { bytes: 1_048_577 }
    );
    assert_eq!(
        error_of(format::parse(b"Python\n\nJunior\n- \xFF\xFE\n")),
        FormatError::NotUtf8 { line: 4 }
    );
    // UTF-16, as some editors save, is not UTF-8 either.
    assert_eq!(
        error_of(format::parse(b"\xFF\xFEp\x00r\x00")),
        FormatError::NotUtf8 { line: 1 }
    );
}
