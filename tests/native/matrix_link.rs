//! The matrix share link's pure parts (docs/formats.md#matrix-share-links): the link and its
//! length limit, reading the payload's base64url, and the messages of every error. The
//! compression itself is the browser's and is tested in `tests/web/matrix_link.rs`.

use grades::i18n::Localize;
use grades::lang::Lang;
use grades::state::calculator::base64url;
use grades::state::matrix_link::{
    LinkError, MAX_LINK_CHARS, PARAM, ShareLinkError, link, payload_of,
};
use proptest::prelude::*;

const BASE: &str = "https://x.github.io/grades/";

/// A payload that makes the link from [`BASE`] exactly `total` characters long.
fn payload_for_total(total: usize) -> String {
    let fixed = BASE.len() + "matrices?m=".len();
    "A".repeat(total - fixed)
}

#[test]
fn the_link_is_the_matrices_page_with_the_payload_in_m() {
    assert_eq!(PARAM, "m");
    assert_eq!(
        link(BASE, "q1ZKy8xJVbJSSsrPz1GqBQA").unwrap(),
        "https://x.github.io/grades/matrices?m=q1ZKy8xJVbJSSsrPz1GqBQA"
    );
    assert_eq!(
        link("http://127.0.0.1:8080/", "AA").unwrap(),
        "http://127.0.0.1:8080/matrices?m=AA"
    );
}

#[test]
fn a_base_without_its_trailing_slash_gets_one() {
    assert_eq!(
        link("https://x.github.io/grades", "AA").unwrap(),
        "https://x.github.io/grades/matrices?m=AA"
    );
}

#[test]
fn a_link_of_exactly_16_000_characters_is_made_and_one_more_is_refused() {
    assert_eq!(MAX_LINK_CHARS, 16_000);
    let at_limit = link(BASE, &payload_for_total(16_000)).unwrap();
    assert_eq!(at_limit.chars().count(), 16_000);
    assert_eq!(
        link(BASE, &payload_for_total(16_001)),
        Err(LinkError::TooLong { chars: 16_001 })
    );
    assert_eq!(
        link(BASE, &"A".repeat(100_000)),
        Err(LinkError::TooLong {
            chars: BASE.len() + "matrices?m=".len() + 100_000
        })
    );
}

#[test]
fn the_limit_counts_characters_not_bytes() {
    // 17 characters, 31 bytes in UTF-8.
    let base = "https://пример.рф/";
    let fixed = base.chars().count() + "matrices?m=".len();
    let payload = "A".repeat(16_000 - fixed);
    assert!(base.len() + "matrices?m=".len() + payload.len() > 16_000);
    assert_eq!(link(base, &payload).unwrap().chars().count(), 16_000);
}

#[test]
fn a_payload_decodes_to_its_bytes() {
    assert_eq!(payload_of("Zm9vYmFy").unwrap(), b"foobar");
    assert_eq!(payload_of("-_-_").unwrap(), [0xfb, 0xff, 0xbf]);
    // Spaces around and padding some tools add are tolerated.
    assert_eq!(payload_of("  Zm9vYg==\n").unwrap(), b"foob");
}

#[test]
fn an_empty_payload_is_empty() {
    assert_eq!(payload_of(""), Err(ShareLinkError::Empty));
    assert_eq!(payload_of("  \n"), Err(ShareLinkError::Empty));
}

#[test]
fn a_stranger_character_is_named_by_its_position() {
    for (text, position) in [
        ("+abc", 0),
        ("Zm9v/YmFy", 4),
        ("Zm9vYmFy%3D", 8),
        ("Zm9v Ym", 4),
        ("Zm9vЖ", 4),
        ("Zm9vYmFy=Zm9v", 8),
    ] {
        assert_eq!(
            payload_of(text),
            Err(ShareLinkError::NotBase64 { position }),
            "{text}"
        );
    }
}

#[test]
fn a_payload_cut_to_an_impossible_length_is_bad_length() {
    assert_eq!(payload_of("Z"), Err(ShareLinkError::BadLength));
    assert_eq!(payload_of("Zm9vY"), Err(ShareLinkError::BadLength));
    assert_eq!(payload_of("Zg==="), Err(ShareLinkError::BadLength));
}

fn share_link_errors() -> Vec<ShareLinkError> {
    vec![
        ShareLinkError::Empty,
        ShareLinkError::NotBase64 { position: 41 },
        ShareLinkError::BadLength,
        ShareLinkError::Truncated,
        ShareLinkError::NotDeflate,
        ShareLinkError::TooLarge,
        ShareLinkError::NotUtf8,
        ShareLinkError::Unsupported,
    ]
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4FF}')
}

#[test]
fn every_link_error_reads_in_russian_and_english() {
    let link_errors = [
        LinkError::TooLong { chars: 20_345 },
        LinkError::Unsupported,
        LinkError::Failed("TypeError".into()),
    ];
    let messages = share_link_errors()
        .into_iter()
        .map(|e| (e.localize(Lang::Ru), e.localize(Lang::En), e.to_string()))
        .chain(
            link_errors
                .iter()
                .map(|e| (e.localize(Lang::Ru), e.localize(Lang::En), e.to_string())),
        );
    for (ru, en, log) in messages {
        assert!(ru.chars().any(is_cyrillic), "{ru}");
        assert!(!en.chars().any(is_cyrillic) && !en.is_empty(), "{en}");
        assert!(
            !log.ends_with('.') && log.starts_with(char::is_lowercase),
            "{log}"
        );
    }
}

#[test]
fn each_way_a_link_goes_bad_has_its_own_message() {
    for lang in [Lang::Ru, Lang::En] {
        let message = |e: ShareLinkError| e.localize(lang);
        // A cut link reads the same whether the cut shows in base64url or in deflate.
        assert_eq!(
            message(ShareLinkError::BadLength),
            message(ShareLinkError::Truncated)
        );
        let mut distinct: Vec<String> = share_link_errors()
            .into_iter()
            .filter(|e| *e != ShareLinkError::Truncated)
            .map(message)
            .collect();
        let count = distinct.len();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), count, "{lang:?}: {distinct:#?}");
    }
}

#[test]
fn messages_say_what_happened_in_the_readers_words() {
    assert_eq!(
        ShareLinkError::BadLength.localize(Lang::En),
        "the link is cut short or damaged: copy all of it again"
    );
    assert_eq!(
        ShareLinkError::NotDeflate.localize(Lang::En),
        "the link does not hold a compressed matrix"
    );
    assert_eq!(
        ShareLinkError::TooLarge.localize(Lang::En),
        "the matrix in the link is larger than 1 MiB"
    );
    assert_eq!(
        ShareLinkError::Unsupported.localize(Lang::En),
        "this browser cannot open compressed links; ask for the file instead"
    );
    // Positions are counted from 1 for people, from 0 in the data.
    assert!(
        ShareLinkError::NotBase64 { position: 0 }
            .localize(Lang::En)
            .contains("character 1 after “m=”")
    );
    assert!(
        ShareLinkError::NotBase64 { position: 0 }
            .localize(Lang::Ru)
            .contains("символ 1 после «m=»")
    );
    assert!(
        LinkError::TooLong { chars: 20_345 }
            .localize(Lang::Ru)
            .contains("20345")
    );
}

proptest! {
    #[test]
    fn any_bytes_survive_the_payload(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let payload = base64url::encode(&bytes);
        match payload_of(&payload) {
            Ok(decoded) => prop_assert_eq!(decoded, bytes),
            Err(error) => {
                prop_assert!(bytes.is_empty());
                prop_assert_eq!(error, ShareLinkError::Empty);
            }
        }
    }

    #[test]
    fn any_text_is_read_or_refused_with_the_first_stranger(text in "\\PC{0,80}") {
        match payload_of(&text) {
            Ok(_) => {}
            Err(ShareLinkError::Empty) => prop_assert!(text.trim().is_empty()),
            Err(ShareLinkError::NotBase64 { position }) => {
                let trimmed = text.trim();
                let stranger = trimmed.chars().nth(position);
                prop_assert!(stranger.is_some());
                let fits = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
                prop_assert!(!stranger.is_some_and(fits));
                prop_assert!(trimmed.chars().take(position).all(fits));
            }
            Err(ShareLinkError::BadLength) => {}
            Err(other) => prop_assert!(false, "{other:?} from base64url alone"),
        }
    }

    #[test]
    fn a_link_is_made_exactly_when_it_fits(payload_chars in 15_900_usize..16_100) {
        let payload = "A".repeat(payload_chars);
        let total = BASE.len() + "matrices?m=".len() + payload_chars;
        match link(BASE, &payload) {
            Ok(made) => {
                prop_assert!(total <= MAX_LINK_CHARS);
                prop_assert_eq!(made.chars().count(), total);
            }
            Err(LinkError::TooLong { chars }) => {
                prop_assert!(total > MAX_LINK_CHARS);
                prop_assert_eq!(chars, total);
            }
            Err(other) => prop_assert!(false, "{other:?}"),
        }
    }
}
