//! Helpers more than one area uses.

use grades::catalog::Catalog;
use rust_decimal::Decimal;

/// The embedded catalog; every test that reads it expects it to load.
pub fn catalog() -> &'static Catalog {
    Catalog::load().expect("embedded catalog loads")
}

/// `mantissa × 10^-scale`, exactly.
pub fn decimal(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}
