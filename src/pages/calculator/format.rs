//! Numbers as each interface language writes them: `5 550,00 $` in Russian, `$5,550.00` in
//! English. Only display: the hooks (docs/formats.md#result-hooks) carry the plain `5550.00`.

use rust_decimal::Decimal;

use crate::domain::{Currency, Money};
use crate::lang::Lang;

/// Non-breaking space: Russian groups digits and sets the currency symbol apart with it.
const NBSP: char = '\u{a0}';

/// A decimal without trailing zeros and without grouping, with the language's separator:
/// `0,22` / `0.22`. For formulas.
pub fn number(value: Decimal, lang: Lang) -> String {
    separator(&value.normalize().to_string(), lang)
}

/// A decimal as stored (trailing zeros kept: `2.20`), with the language's separator.
pub fn fixed(value: Decimal, lang: Lang) -> String {
    separator(&value.to_string(), lang)
}

fn separator(plain: &str, lang: Lang) -> String {
    match lang {
        Lang::Ru => plain.replace('.', ","),
        Lang::En => plain.to_owned(),
    }
}

/// Digits grouped by thousands, two decimals: `5 550,00` / `5,550.00`.
pub fn grouped(value: Money, lang: Lang) -> String {
    let plain = value.to_string();
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (integer, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let (group, point) = match lang {
        Lang::Ru => (NBSP, ','),
        Lang::En => (',', '.'),
    };
    let digits: Vec<char> = integer.chars().collect();
    let mut out = String::from(sign);
    for (index, digit) in digits.iter().enumerate() {
        let left = digits.len().saturating_sub(index);
        if index > 0 && left % 3 == 0 {
            out.push(group);
        }
        out.push(*digit);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

/// An amount with its currency: `5 550,00 $`, `$5,550.00`, `5 550,00 ₽`, `₽5,550.00`.
pub fn money(value: Money, currency: Currency, lang: Lang) -> String {
    let amount = grouped(value, lang);
    match lang {
        Lang::Ru => format!("{amount}{NBSP}{}", currency.symbol()),
        Lang::En => format!("{}{amount}", currency.symbol()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn m(text: &str) -> Money {
        Money::round(Decimal::from_str(text).unwrap())
    }

    #[test]
    fn russian_groups_with_non_breaking_spaces_and_a_comma() {
        assert_eq!(
            money(m("5550"), Currency::Usd, Lang::Ru),
            "5\u{a0}550,00\u{a0}$"
        );
        assert_eq!(money(m("55.5"), Currency::Rub, Lang::Ru), "55,50\u{a0}₽");
        assert_eq!(
            grouped(m("1234567.891"), Lang::Ru),
            "1\u{a0}234\u{a0}567,89"
        );
    }

    #[test]
    fn english_puts_the_symbol_first_and_groups_with_commas() {
        assert_eq!(money(m("10000"), Currency::Eur, Lang::En), "€10,000.00");
        assert_eq!(money(m("100"), Currency::Usd, Lang::En), "$100.00");
        assert_eq!(grouped(m("999"), Lang::En), "999.00");
        assert_eq!(grouped(m("0"), Lang::En), "0.00");
    }

    #[test]
    fn formula_numbers_drop_trailing_zeros() {
        assert_eq!(
            number(Decimal::from_str("0.220").unwrap(), Lang::Ru),
            "0,22"
        );
        assert_eq!(number(Decimal::from_str("50").unwrap(), Lang::En), "50");
        assert_eq!(fixed(Decimal::from_str("2.20").unwrap(), Lang::Ru), "2,20");
    }
}
