//! Helpers more than one area uses.

use grades::catalog::Catalog;
use grades::catalog::Profession;
use grades::catalog::format::{FormatError, Location, Parsed};
use rust_decimal::Decimal;

/// The embedded catalog; every test that reads it expects it to load.
pub fn catalog() -> &'static Catalog {
    Catalog::load().expect("embedded catalog loads")
}

/// `mantissa × 10^-scale`, exactly.
pub fn decimal(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}

/// Every built-in profession in the generalised matrix model.
pub fn builtin_matrices() -> Vec<Profession> {
    catalog()
        .professions()
        .iter()
        .map(|p| Profession::clone(p))
        .collect()
}

/// A file of the repository, as text.
pub fn repo_file(name: &str) -> String {
    let path = format!("{}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The error a matrix input must get.
pub fn error_of(result: Result<Parsed, FormatError>) -> FormatError {
    match result {
        Ok(parsed) => panic!("expected an error, read {parsed:#?}"),
        Err(error) => error,
    }
}

/// A JSON path in a matrix error.
pub fn path(path: &str) -> Location {
    Location::Path(path.to_owned())
}
