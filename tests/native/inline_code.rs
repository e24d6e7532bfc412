//! Inline code in matrix text: the splitter's rules on examples, on the embedded matrices, and
//! as proptest laws over arbitrary text.

use crate::support::catalog;
use grades::catalog::inline_code::{Segment, segments};
use proptest::prelude::*;

use Segment::{Code, Plain};

#[test]
fn a_seed_item_splits_into_its_code_names() {
    assert_eq!(
        segments("Написание простых юнит-тестов с `unittest` или `pytest`"),
        [
            Plain("Написание простых юнит-тестов с "),
            Code("unittest"),
            Plain(" или "),
            Code("pytest"),
        ]
    );
}

#[test]
fn text_without_backticks_is_one_plain_piece() {
    assert_eq!(segments("Основы Git"), [Plain("Основы Git")]);
    assert_eq!(segments(""), []);
}

#[test]
fn an_unmatched_backtick_stays_in_the_text() {
    assert_eq!(segments("a ` b"), [Plain("a ` b")]);
    assert_eq!(segments("`a``"), [Plain("`a``")]);
    assert_eq!(segments("```"), [Plain("```")]);
}

#[test]
fn a_span_closes_only_on_a_run_of_its_own_length() {
    assert_eq!(segments("``a`b``"), [Code("a`b")]);
    assert_eq!(
        segments("x ``a`` `b`"),
        [Plain("x "), Code("a"), Plain(" "), Code("b")]
    );
    // The first run of one has no partner of one; the later pair does.
    assert_eq!(segments("`` `x`"), [Plain("`` "), Code("x")]);
}

#[test]
fn markup_inside_code_is_kept_as_text() {
    assert_eq!(
        segments("use `<b>bold</b>` & `a&amp;b`"),
        [
            Plain("use "),
            Code("<b>bold</b>"),
            Plain(" & "),
            Code("a&amp;b")
        ]
    );
}

#[test]
fn no_item_of_the_embedded_matrices_shows_a_backtick() {
    let catalog = catalog();
    let mut with_code = 0;
    for item in catalog.items() {
        let pieces = segments(&item.item.text);
        for piece in &pieces {
            if let Plain(text) = piece {
                assert!(!text.contains('`'), "{}: {text:?}", item.key());
            }
        }
        with_code += usize::from(pieces.iter().any(|p| matches!(p, Code(_))));
    }
    // Seed 000 marks names in four items: json/math/datetime, unittest/pytest, decorators…, pytest.
    assert_eq!(with_code, 4);
}

/// Text rich in backticks, spaces and a few letters, so runs and spans of every kind occur.
fn backticky() -> impl Strategy<Value = String> {
    prop_oneof![
        "[`a я<>&]{0,40}",
        prop::collection::vec(prop_oneof!["`", "``", "```", " ", "ab", "ж"], 0..20)
            .prop_map(|parts| parts.concat()),
        any::<String>(),
    ]
}

fn offset(text: &str, piece: &str) -> usize {
    piece.as_ptr() as usize - text.as_ptr() as usize
}

fn no_backticks() -> impl Strategy<Value = String> {
    "[^`]{0,20}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The pieces are the text itself, in order: between them only the backticks that fence a
    /// code span, the same number on either side.
    #[test]
    fn pieces_are_the_text_less_the_fences(text in backticky()) {
        let pieces = segments(&text);
        let mut at = 0;
        for piece in &pieces {
            let start = offset(&text, piece.text());
            prop_assert!(start >= at);
            let before = &text[at..start];
            prop_assert!(before.bytes().all(|b| b == b'`'));
            let end = start + piece.text().len();
            match piece {
                Plain(_) => prop_assert!(before.is_empty()),
                Code(_) => {
                    prop_assert!(!before.is_empty());
                    let after = &text[end..];
                    let fence = after.bytes().take_while(|b| *b == b'`').count();
                    prop_assert_eq!(fence, before.len());
                }
            }
            at = match piece {
                Plain(_) => end,
                Code(_) => end + before.len(),
            };
        }
        prop_assert_eq!(at, text.len());
    }

    #[test]
    fn no_piece_is_empty_and_plain_pieces_never_touch(text in backticky()) {
        let pieces = segments(&text);
        prop_assert!(pieces.iter().all(|p| !p.text().is_empty()));
        prop_assert!(!pieces.windows(2).any(|w| matches!(w, [Plain(_), Plain(_)])));
    }

    #[test]
    fn text_without_backticks_is_left_whole(text in no_backticks()) {
        let pieces = segments(&text);
        if text.is_empty() {
            prop_assert!(pieces.is_empty());
        } else {
            prop_assert_eq!(pieces, vec![Plain(text.as_str())]);
        }
    }

    #[test]
    fn one_pair_of_backticks_makes_one_code_piece(
        before in no_backticks(),
        code in "[^`]{1,20}",
        after in no_backticks(),
    ) {
        let text = format!("{before}`{code}`{after}");
        let mut expected = Vec::new();
        if !before.is_empty() {
            expected.push(Plain(before.as_str()));
        }
        expected.push(Code(code.as_str()));
        if !after.is_empty() {
            expected.push(Plain(after.as_str()));
        }
        prop_assert_eq!(segments(&text), expected);
    }
}
