//! Base64url without padding (RFC 4648 §5), for share links: small enough to write by hand,
//! and tested natively (unit and proptest round trips) instead of adding a crate.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a text is not base64url.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Base64Error {
    /// A character outside `A–Z a–z 0–9 - _`; `position` counts characters from 0.
    #[error("character {position} ('{character}') is not base64url")]
    InvalidCharacter { position: usize, character: char },
    /// One character too many or too few: no byte sequence encodes to this length.
    #[error("the text has an impossible length ({0} characters)")]
    InvalidLength(usize),
}

/// Encodes bytes without `=` padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3).saturating_mul(4));
    for chunk in bytes.chunks(3) {
        let b0 = chunk.first().copied().unwrap_or(0);
        let b1 = chunk.get(1).copied().unwrap_or(0);
        let b2 = chunk.get(2).copied().unwrap_or(0);
        let group = (u32::from(b0) << 16) | (u32::from(b1) << 8) | u32::from(b2);
        // A chunk of n bytes gives n + 1 characters.
        for shift in [18, 12, 6, 0]
            .into_iter()
            .take(chunk.len().saturating_add(1))
        {
            out.push(sextet_char(group >> shift));
        }
    }
    out
}

fn sextet_char(value: u32) -> char {
    let index = usize::try_from(value & 0x3f).unwrap_or(0);
    ALPHABET.get(index).map_or('A', |&b| char::from(b))
}

fn sextet(character: char) -> Option<u32> {
    match character {
        'A'..='Z' => Some(u32::from(character) - u32::from('A')),
        'a'..='z' => Some(u32::from(character) - u32::from('a') + 26),
        '0'..='9' => Some(u32::from(character) - u32::from('0') + 52),
        '-' => Some(62),
        '_' => Some(63),
        _ => None,
    }
}

/// Decodes base64url. Trailing `=` padding is tolerated (some tools add it); bits left over
/// in the last character are ignored.
pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let body = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(body.len().saturating_mul(3) / 4);
    let mut group: u32 = 0;
    let mut filled: u32 = 0;
    let mut length: usize = 0;
    for (position, character) in body.chars().enumerate() {
        let value = sextet(character).ok_or(Base64Error::InvalidCharacter {
            position,
            character,
        })?;
        length = position.saturating_add(1);
        group = (group << 6) | value;
        filled = filled.saturating_add(6);
        if filled >= 8 {
            filled = filled.saturating_sub(8);
            out.push(((group >> filled) & 0xff) as u8);
            group &= (1_u32 << filled).saturating_sub(1);
        }
    }
    if length % 4 == 1 || text.len().saturating_sub(body.len()) > 2 {
        return Err(Base64Error::InvalidLength(text.chars().count()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_4648_vectors_encode_without_padding() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn the_url_safe_alphabet_replaces_plus_and_slash() {
        assert_eq!(encode(&[0xfb, 0xff, 0xbf]), "-_-_");
        assert_eq!(decode("-_-_").unwrap(), [0xfb, 0xff, 0xbf]);
        assert_eq!(
            decode("+/+/"),
            Err(Base64Error::InvalidCharacter {
                position: 0,
                character: '+'
            })
        );
    }

    #[test]
    fn padding_is_tolerated_but_not_produced() {
        assert_eq!(decode("Zg==").unwrap(), b"f");
        assert_eq!(decode("Zm8=").unwrap(), b"fo");
        assert_eq!(decode("Zg==="), Err(Base64Error::InvalidLength(5)));
    }

    #[test]
    fn impossible_lengths_and_strangers_are_refused() {
        assert_eq!(decode("Z"), Err(Base64Error::InvalidLength(1)));
        assert_eq!(decode("Zm9vY"), Err(Base64Error::InvalidLength(5)));
        assert_eq!(
            decode("Zm9v YQ"),
            Err(Base64Error::InvalidCharacter {
                position: 4,
                character: ' '
            })
        );
        assert_eq!(
            decode("Zm9vЖ"),
            Err(Base64Error::InvalidCharacter {
                position: 4,
                character: 'Ж'
            })
        );
    }

    #[test]
    fn every_byte_value_survives() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&bytes)).unwrap(), bytes);
    }
}
