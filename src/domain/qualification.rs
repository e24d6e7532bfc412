//! Eligibility, `Q` and its level D0–D5, and what-if raises (docs/rules.md#qualification).

use std::fmt;

use rust_decimal::Decimal;

use super::error::{Field, InputError, NotEligible, Overflow, QualificationError, Shortfall};
use super::level::{DLevel, TechLevel};
use super::number::{DecimalRule, Lower, plain};
use super::project::{DeveloperLevels, Requirements, TechName, Weight};

/// The developer's qualification on a project: `Q` rounded to 2 places, half away from zero,
/// its level (the integer part) and fraction (the rest). Always within 0.00–5.00.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Qualification {
    value: Decimal,
    exact: Decimal,
    level: DLevel,
    fraction: Decimal,
}

const FIVE: Decimal = Decimal::from_parts(5, 0, 0, false, 0);

/// A `Q` typed or passed by hand: 0 to 5, any precision `Decimal` holds.
const TYPED: DecimalRule = DecimalRule {
    field: Field::Qualification,
    lower: Lower::NonNegative,
    max: FIVE,
    places: Decimal::MAX_SCALE,
};

impl Qualification {
    /// Decimal places of `Q`.
    pub const PLACES: u32 = 2;

    /// `Q` rounded to 2 places, e.g. `2.22`; always shown with both places.
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// `Q` before rounding, to `Decimal`'s 28 places, for display only: the rounding itself
    /// was decided on the exact fraction.
    pub fn exact(&self) -> Decimal {
        self.exact
    }

    /// The level: the integer part of the rounded `Q`.
    pub fn level(&self) -> DLevel {
        self.level
    }

    /// The fractional part of the rounded `Q`, e.g. `0.22`.
    pub fn fraction(&self) -> Decimal {
        self.fraction
    }

    /// Reads a `Q` typed by hand (0–5), rounding it like a computed one.
    pub fn parse(text: &str) -> Result<Self, InputError> {
        Self::try_from(TYPED.parse(text)?)
    }

    /// `Q = numerator / denominator`, both non-negative decimals, the denominator positive.
    /// Rounded on the exact fraction, so a quotient cut at 28 digits cannot tip the half.
    fn from_ratio(numerator: Decimal, denominator: Decimal) -> Result<Self, Overflow> {
        let (n, d) = common_scale(numerator, denominator).ok_or(Overflow)?;
        let hundredths = round_ratio(n, d, Self::PLACES).ok_or(Overflow)?;
        let value =
            Decimal::try_from_i128_with_scale(hundredths, Self::PLACES).map_err(|_| Overflow)?;
        let exact = numerator.checked_div(denominator).ok_or(Overflow)?;
        Self::from_rounded(value, exact).ok_or(Overflow)
    }

    /// A `Q` that is already exact, such as a typed one.
    fn from_exact(exact: Decimal) -> Option<Self> {
        let mut value = exact.round_dp_with_strategy(
            Self::PLACES,
            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
        );
        value.rescale(Self::PLACES);
        Self::from_rounded(value, exact)
    }

    fn from_rounded(value: Decimal, exact: Decimal) -> Option<Self> {
        if value.is_sign_negative() || value > FIVE {
            return None;
        }
        let level = DLevel::ALL
            .into_iter()
            .rev()
            .find(|level| value >= Decimal::from(level.index()))?;
        let fraction = value.checked_sub(Decimal::from(level.index()))?;
        Some(Self {
            value,
            exact,
            level,
            fraction,
        })
    }
}

impl TryFrom<Decimal> for Qualification {
    type Error = InputError;

    fn try_from(exact: Decimal) -> Result<Self, Self::Error> {
        let exact = TYPED.check(exact)?;
        Self::from_exact(exact).ok_or(InputError::AboveMaximum {
            field: Field::Qualification,
            text: exact.to_string(),
            max: FIVE,
        })
    }
}

/// `2.22`.
impl fmt::Display for Qualification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.value, f)
    }
}

/// Brings two decimals to integers over one power of ten: `a / b` as `n / d`.
fn common_scale(a: Decimal, b: Decimal) -> Option<(i128, i128)> {
    let scale = a.scale().max(b.scale());
    let widen = |x: Decimal| {
        let factor = 10_i128.checked_pow(scale.checked_sub(x.scale())?)?;
        x.mantissa().checked_mul(factor)
    };
    Some((widen(a)?, widen(b)?))
}

/// `n / d` rounded to `places`, half away from zero, as an integer count of 10^-places:
/// quotient and remainder decide, so the answer is exact for any `i128` inputs.
fn round_ratio(n: i128, d: i128, places: u32) -> Option<i128> {
    if d <= 0 {
        return None;
    }
    let scaled = n.checked_abs()?.checked_mul(10_i128.checked_pow(places)?)?;
    let quotient = scaled.checked_div(d)?;
    let remainder = scaled.checked_rem(d)?;
    let rounded = if remainder.checked_mul(2)? >= d {
        quotient.checked_add(1)?
    } else {
        quotient
    };
    if n < 0 {
        rounded.checked_neg()
    } else {
        Some(rounded)
    }
}

/// One row of an assessment: the requirement and the developer's level in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessedRow {
    pub name: TechName,
    pub min: TechLevel,
    pub weight: Weight,
    pub level: TechLevel,
}

/// An eligible developer's qualification on a project, with the sums it came from.
/// `Display` writes the formula with the numbers filled in:
/// `Q = (1 × 0.5 + 3 × 1.0 + 2 × 0.8) / (0.5 + 1.0 + 0.8) = 5.1 / 2.3 ≈ 2.22`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub rows: Vec<AssessedRow>,
    /// `Σ(L·W)`, exact.
    pub weighted_sum: Decimal,
    /// `ΣW`, exact.
    pub weight_sum: Decimal,
    pub qualification: Qualification,
}

impl fmt::Display for Assessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let products: Vec<String> = self
            .rows
            .iter()
            .map(|r| format!("{} × {}", r.level.value(), r.weight))
            .collect();
        let weights: Vec<String> = self.rows.iter().map(|r| r.weight.to_string()).collect();
        let q = &self.qualification;
        let relation = if q.exact == q.value { "=" } else { "≈" };
        write!(
            f,
            "Q = ({}) / ({}) = {} / {} {relation} {}",
            products.join(" + "),
            weights.join(" + "),
            plain(self.weighted_sum),
            plain(self.weight_sum),
            q.value
        )
    }
}

/// Checks `L >= I` for every requirement, then computes `Q = Σ(L·W) / ΣW`.
///
/// The developer's level in a technology they have not listed is 0.
/// When any requirement fails, the error lists every failing one in row order.
pub fn assess(
    requirements: &Requirements,
    levels: &DeveloperLevels,
) -> Result<Assessment, QualificationError> {
    let rows: Vec<AssessedRow> = requirements
        .as_slice()
        .iter()
        .map(|r| AssessedRow {
            name: r.name.clone(),
            min: r.min,
            weight: r.weight,
            level: levels.level_of(&r.name),
        })
        .collect();
    let shortfalls: Vec<Shortfall> = rows
        .iter()
        .filter(|r| r.level < r.min)
        .map(|r| Shortfall {
            name: r.name.clone(),
            level: r.level,
            min: r.min,
        })
        .collect();
    if !shortfalls.is_empty() {
        return Err(NotEligible { shortfalls }.into());
    }
    let (weighted_sum, weight_sum, qualification) =
        qualify(rows.iter().map(|r| (r.level, r.weight)))?;
    Ok(Assessment {
        rows,
        weighted_sum,
        weight_sum,
        qualification,
    })
}

fn qualify(
    rows: impl Iterator<Item = (TechLevel, Weight)>,
) -> Result<(Decimal, Decimal, Qualification), Overflow> {
    let mut weighted_sum = Decimal::ZERO;
    let mut weight_sum = Decimal::ZERO;
    for (level, weight) in rows {
        let product = Decimal::from(level.value())
            .checked_mul(weight.value())
            .ok_or(Overflow)?;
        weighted_sum = weighted_sum.checked_add(product).ok_or(Overflow)?;
        weight_sum = weight_sum.checked_add(weight.value()).ok_or(Overflow)?;
    }
    let qualification = Qualification::from_ratio(weighted_sum, weight_sum)?;
    Ok((weighted_sum, weight_sum, qualification))
}

/// Raising one technology's level alone from `from` to `to` reaches the next D level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raise {
    pub name: TechName,
    pub from: TechLevel,
    pub to: TechLevel,
    /// `to − from`.
    pub steps: u8,
    /// The qualification after the raise.
    pub qualification: Qualification,
}

/// For an eligible developer below D5: each technology whose level alone, raised by the
/// fewest steps (up to T5), lifts `Q` to the next D level or beyond. Ordered by steps,
/// then by name; technologies that cannot do it alone are left out. Empty at D5.
pub fn next_level_raises(
    requirements: &Requirements,
    levels: &DeveloperLevels,
) -> Result<Vec<Raise>, QualificationError> {
    let assessment = assess(requirements, levels)?;
    let Some(target) = assessment.qualification.level.next() else {
        return Ok(Vec::new());
    };
    let mut raises = Vec::new();
    for row in &assessment.rows {
        let mut to = row.level;
        while let Some(next) = to.raised() {
            to = next;
            // Only this row changes: Σ(L·W) grows by (to − from)·W and ΣW stays, so each
            // candidate costs O(1) instead of a pass over every row (1 000 rows: 5 000
            // candidates, not 5 000 000 products).
            let gain = Decimal::from(to.value().saturating_sub(row.level.value()))
                .checked_mul(row.weight.value())
                .ok_or(Overflow)?;
            let weighted_sum = assessment.weighted_sum.checked_add(gain).ok_or(Overflow)?;
            let qualification = Qualification::from_ratio(weighted_sum, assessment.weight_sum)?;
            if qualification.level >= target {
                raises.push(Raise {
                    name: row.name.clone(),
                    from: row.level,
                    to,
                    steps: to.value().saturating_sub(row.level.value()),
                    qualification,
                });
                break;
            }
        }
    }
    raises.sort_by(|a, b| {
        a.steps
            .cmp(&b.steps)
            .then_with(|| a.name.key().cmp(&b.name.key()))
    });
    Ok(raises)
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_decided_on_the_exact_fraction() {
        // Q = 2.225 − 1/(3·10^28): a Decimal quotient rounds its 28th place up to 2.225…0
        // and would then round to 2.23; the exact fraction is below the half.
        let d = 3 * 10_i128.pow(28);
        let n = 2225 * d / 1000 - 1;
        assert_eq!(round_ratio(n, d, 2), Some(222));
        let (n, d) = (
            Decimal::from_i128_with_scale(n, 0),
            Decimal::from_i128_with_scale(d, 0),
        );
        let truncated = n.checked_div(d).unwrap();
        assert_eq!(
            truncated
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
            Decimal::new(223, 2)
        );
        let q = Qualification::from_ratio(n, d).unwrap();
        assert_eq!(q.value().to_string(), "2.22");
    }

    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(round_ratio(1, 8, 2), Some(13)); // 0.125
        assert_eq!(round_ratio(89, 40, 2), Some(223)); // 2.225
        assert_eq!(round_ratio(-1, 8, 2), Some(-13));
        assert_eq!(round_ratio(1, 3, 2), Some(33));
        assert_eq!(round_ratio(2, 3, 2), Some(67));
    }

    /// The incremental sums of `next_level_raises` agree with recomputing `Q` from scratch.
    #[test]
    fn raises_match_a_full_recomputation() {
        use super::super::project::Requirement;
        let rows = [
            ("A", "0.5", 1),
            ("B", "1.0", 3),
            ("C", "0.8", 2),
            ("D", "7.3333", 0),
        ];
        for shift in 0..=2_u8 {
            let requirements = Requirements::new(
                rows.iter()
                    .map(|(name, weight, _)| Requirement::parse(name, "0", weight).unwrap())
                    .collect(),
            )
            .unwrap();
            let levels: DeveloperLevels = rows
                .iter()
                .map(|(name, _, level)| {
                    let level = (level + shift).min(5);
                    (
                        TechName::parse(name).unwrap(),
                        TechLevel::try_from(level).unwrap(),
                    )
                })
                .collect();
            for raise in next_level_raises(&requirements, &levels).unwrap() {
                let mut raised = levels.clone();
                raised.set(raise.name.clone(), raise.to);
                let full = assess(&requirements, &raised).unwrap().qualification;
                assert_eq!(raise.qualification, full);
                let short = raise.to.value() - 1;
                if short > raise.from.value() {
                    raised.set(raise.name.clone(), TechLevel::try_from(short).unwrap());
                    let below = assess(&requirements, &raised).unwrap().qualification;
                    assert!(below.level() < full.level());
                }
            }
        }
    }

    #[test]
    fn a_zero_or_negative_denominator_is_refused() {
        assert_eq!(round_ratio(1, 0, 2), None);
        assert_eq!(round_ratio(1, -3, 2), None);
    }

    #[test]
    fn a_typed_qualification_is_rounded_like_a_computed_one() {
        let q = Qualification::try_from(Decimal::new(2225, 3)).unwrap();
        assert_eq!(q.value().to_string(), "2.23");
        assert_eq!(q.level(), DLevel::D2);
        assert_eq!(q.fraction().to_string(), "0.23");
        let q = Qualification::parse("4,996").unwrap();
        assert_eq!(q.value().to_string(), "5.00");
        assert_eq!(q.level(), DLevel::D5);
        assert!(Qualification::parse("5.01").is_err());
        assert!(Qualification::parse("-0.01").is_err());
    }
}
