//! Reading numbers the way people type them, and the limits each field puts on them.
//!
//! Accepted: surrounding whitespace, an optional sign (`+`, `-` or `−`), digits with at
//! most one decimal separator, `.` or `,` (Russian users type `,`), e.g. `5`, ` 0,5 `,
//! `.5`, `5.`. Refused as not a number: exponents, digit grouping, anything else.

use rust_decimal::Decimal;

use super::error::{Field, InputError, shown};

/// All limits in this crate are below 10^20, so longer integer parts are refused unread.
const MAX_INTEGER_DIGITS: usize = 20;

/// A syntactically valid number, before any limit is applied.
struct Scanned<'a> {
    negative: bool,
    /// Integer digits without leading zeros.
    integer: &'a str,
    /// Fraction digits as typed.
    fraction: &'a str,
}

impl Scanned<'_> {
    fn is_zero(&self) -> bool {
        self.integer.is_empty() && self.fraction.bytes().all(|b| b == b'0')
    }

    /// Decimal places that carry a value (trailing zeros do not count).
    fn places(&self) -> usize {
        self.fraction.trim_end_matches('0').len()
    }
}

fn scan(trimmed: &str) -> Option<Scanned<'_>> {
    let (negative, body) = if let Some(rest) = trimmed.strip_prefix('-') {
        (true, rest)
    } else if let Some(rest) = trimmed.strip_prefix('−') {
        (true, rest)
    } else if let Some(rest) = trimmed.strip_prefix('+') {
        (false, rest)
    } else {
        (false, trimmed)
    };
    let mut parts = body.split(['.', ',']);
    let integer = parts.next().unwrap_or_default();
    let fraction = parts.next().unwrap_or_default();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some()
        || !digits(integer)
        || !digits(fraction)
        || (integer.is_empty() && fraction.is_empty())
    {
        return None;
    }
    Some(Scanned {
        negative,
        integer: integer.trim_start_matches('0'),
        fraction,
    })
}

/// Where a field's values start.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Lower {
    /// Greater than zero.
    Positive,
    /// Zero or more.
    NonNegative,
    /// At least this value, which is itself positive.
    AtLeast(Decimal),
}

/// The limits of one decimal field.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DecimalRule {
    pub field: Field,
    pub lower: Lower,
    pub max: Decimal,
    /// Decimal places allowed, trailing zeros not counted.
    pub places: u32,
}

impl DecimalRule {
    /// Reads `text` and applies the limits; keeps trailing zeros the user typed up to `places`.
    pub fn parse(&self, text: &str) -> Result<Decimal, InputError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(InputError::Empty { field: self.field });
        }
        let Some(scanned) = scan(trimmed) else {
            return Err(InputError::NotANumber {
                field: self.field,
                text: shown(trimmed),
            });
        };
        self.check_sign(scanned.negative, scanned.is_zero(), trimmed)?;
        if scanned.integer.len() > MAX_INTEGER_DIGITS {
            return Err(self.above_maximum(trimmed));
        }
        let places = scanned.places();
        if places > self.places_usize() {
            return Err(self.too_many_decimals(trimmed));
        }
        let kept = places.max(scanned.fraction.len().min(self.places_usize()));
        let fraction = scanned.fraction.get(..kept).unwrap_or_default();
        let integer = if scanned.integer.is_empty() {
            "0"
        } else {
            scanned.integer
        };
        let literal = if fraction.is_empty() {
            integer.to_owned()
        } else {
            format!("{integer}.{fraction}")
        };
        // check_sign let a sign through only on zero, so the magnitude is the value.
        let value = Decimal::from_str_exact(&literal).map_err(|_| self.above_maximum(trimmed))?;
        self.check_range(value, trimmed)
    }

    /// Applies the limits to a value that came as a number (deserialisation, `TryFrom`).
    pub fn check(&self, value: Decimal) -> Result<Decimal, InputError> {
        let text = value.to_string();
        self.check_sign(value.is_sign_negative(), value.is_zero(), &text)?;
        let value = if value.scale() > self.places {
            value.normalize()
        } else {
            value
        };
        if value.scale() > self.places {
            return Err(self.too_many_decimals(&text));
        }
        self.check_range(value, &text)
    }

    fn places_usize(&self) -> usize {
        usize::try_from(self.places).unwrap_or(usize::MAX)
    }

    fn check_sign(&self, negative: bool, zero: bool, text: &str) -> Result<(), InputError> {
        let field = self.field;
        let text = shown(text);
        match self.lower {
            Lower::Positive if negative || zero => Err(InputError::NotPositive { field, text }),
            Lower::NonNegative if negative && !zero => Err(InputError::Negative { field, text }),
            Lower::AtLeast(min) if negative || zero => {
                Err(InputError::BelowMinimum { field, text, min })
            }
            _ => Ok(()),
        }
    }

    fn check_range(&self, value: Decimal, text: &str) -> Result<Decimal, InputError> {
        if let Lower::AtLeast(min) = self.lower
            && value < min
        {
            return Err(InputError::BelowMinimum {
                field: self.field,
                text: shown(text),
                min,
            });
        }
        if value > self.max {
            return Err(self.above_maximum(text));
        }
        // "-0" and "+0" read as plain zero.
        Ok(if value.is_zero() {
            Decimal::ZERO
        } else {
            value
        })
    }

    fn above_maximum(&self, text: &str) -> InputError {
        InputError::AboveMaximum {
            field: self.field,
            text: shown(text),
            max: self.max,
        }
    }

    fn too_many_decimals(&self, text: &str) -> InputError {
        InputError::TooManyDecimals {
            field: self.field,
            text: shown(text),
            max_places: self.places,
        }
    }
}

/// Reads a whole number in `min..=max`; `3.0` counts as whole, `2.5` does not.
pub(crate) fn parse_whole(field: Field, text: &str, min: u32, max: u32) -> Result<u32, InputError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(InputError::Empty { field });
    }
    let Some(scanned) = scan(trimmed) else {
        return Err(InputError::NotANumber {
            field,
            text: shown(trimmed),
        });
    };
    if scanned.places() > 0 {
        return Err(InputError::NotAWholeNumber {
            field,
            text: shown(trimmed),
        });
    }
    let out_of_range = || InputError::OutOfRange {
        field,
        text: shown(trimmed),
        min,
        max,
    };
    if scanned.negative && !scanned.is_zero() {
        return Err(out_of_range());
    }
    let value = if scanned.integer.is_empty() {
        0
    } else {
        scanned.integer.parse::<u32>().map_err(|_| out_of_range())?
    };
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(out_of_range())
    }
}

/// Checks a whole number that came as a number.
pub(crate) fn check_whole(field: Field, value: u32, min: u32, max: u32) -> Result<u32, InputError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(InputError::OutOfRange {
            field,
            text: value.to_string(),
            min,
            max,
        })
    }
}

/// A validated decimal newtype: private field, `parse`, `TryFrom<Decimal>`, serde as a
/// string through that check, and `Display` as stored (keeping the user's `1.0`).
macro_rules! decimal_newtype {
    (
        $(#[$meta:meta])*
        $name:ident { field: $field:expr, lower: $lower:expr, max: $max:expr, places: $places:expr $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        #[serde(try_from = "rust_decimal::Decimal", into = "rust_decimal::Decimal")]
        pub struct $name(rust_decimal::Decimal);

        impl $name {
            /// The largest value accepted.
            pub const MAX: rust_decimal::Decimal = $max;
            /// Decimal places accepted, trailing zeros not counted.
            pub const MAX_PLACES: u32 = $places;
            const RULE: $crate::domain::number::DecimalRule = $crate::domain::number::DecimalRule {
                field: $field,
                lower: $lower,
                max: Self::MAX,
                places: Self::MAX_PLACES,
            };

            /// Reads the value as typed: surrounding spaces and a `,` separator are fine.
            pub fn parse(text: &str) -> Result<Self, $crate::domain::error::InputError> {
                Self::RULE.parse(text).map(Self)
            }

            /// The value.
            pub fn value(self) -> rust_decimal::Decimal {
                self.0
            }
        }

        impl TryFrom<rust_decimal::Decimal> for $name {
            type Error = $crate::domain::error::InputError;

            fn try_from(value: rust_decimal::Decimal) -> Result<Self, Self::Error> {
                Self::RULE.check(value).map(Self)
            }
        }

        impl From<$name> for rust_decimal::Decimal {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.0, f)
            }
        }
    };
}
pub(crate) use decimal_newtype;

/// Renders a decimal without trailing zeros, with `.` as separator, for formulas.
pub(crate) fn plain(value: Decimal) -> String {
    value.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WEIGHTLIKE: DecimalRule = DecimalRule {
        field: Field::Weight,
        lower: Lower::Positive,
        max: Decimal::ONE_THOUSAND,
        places: 4,
    };

    #[test]
    fn typed_trailing_zeros_are_kept_up_to_the_allowed_places() {
        assert_eq!(WEIGHTLIKE.parse("1.0").unwrap().to_string(), "1.0");
        assert_eq!(WEIGHTLIKE.parse("1.000000").unwrap().to_string(), "1.0000");
        assert_eq!(WEIGHTLIKE.parse("0,50").unwrap().to_string(), "0.50");
    }

    #[test]
    fn long_digit_strings_are_judged_without_overflow() {
        let many = format!("1.{}", "0".repeat(200));
        assert_eq!(WEIGHTLIKE.parse(&many).unwrap().to_string(), "1.0000");
        let huge = "9".repeat(200);
        assert!(matches!(
            WEIGHTLIKE.parse(&huge),
            Err(InputError::AboveMaximum { .. })
        ));
        let fine = format!("0.{}1", "0".repeat(200));
        assert!(matches!(
            WEIGHTLIKE.parse(&fine),
            Err(InputError::TooManyDecimals { .. })
        ));
    }

    #[test]
    fn odd_spellings_are_not_numbers() {
        for text in [
            "1e3", "1 000", "1.2.3", "1,2,3", ".", "-", "+", "0x10", "١٢", "--1",
        ] {
            assert!(
                matches!(WEIGHTLIKE.parse(text), Err(InputError::NotANumber { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn minus_zero_reads_as_zero() {
        let rule = DecimalRule {
            lower: Lower::NonNegative,
            ..WEIGHTLIKE
        };
        let zero = rule.parse("-0.00").unwrap();
        assert!(zero.is_zero());
        assert!(!zero.is_sign_negative());
    }
}
