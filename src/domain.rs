//! Pure rules of docs/rules.md: technology levels, qualification, salary and input limits.
//! Nothing here may touch the browser, so it builds and tests natively.
//!
//! Every figure is a [`rust_decimal::Decimal`] and every operation is checked:
//! a panic in WebAssembly kills the whole app, so bad input and overflow come
//! back as typed errors instead.
//!
//! The flow a calculator page follows:
//! 1. parse each field with the newtypes' `parse` ([`Weight::parse`], [`BaseRate::parse`] …),
//!    showing any [`InputError`] next to its field;
//! 2. build [`Requirements`] (checks the list) and [`DeveloperLevels`];
//! 3. [`assess`] gives the [`Assessment`] with its [`Qualification`], or names every shortfall;
//! 4. [`salary`] gives the [`Salary`] with its breakdown; [`reference_table`] the bands of all levels;
//! 5. [`next_level_raises`] lists single-technology raises that reach the next level.
//!
//! [`assess_evidence`] derives a technology level T0–T5 from evidence and explains each criterion.
#![deny(clippy::arithmetic_side_effects, clippy::indexing_slicing)]

mod error;
mod evidence;
mod level;
mod number;
mod project;
mod qualification;
mod salary;
mod settings;

pub use error::{
    Error, Field, InputError, NotEligible, Overflow, ProjectError, QualificationError, Shortfall,
};
pub use evidence::{
    Condition, Contribution, Count, Criterion, Evidence, EvidenceAssessment, Experience,
    ExperienceAmount, ExperienceUnit, LevelCheck, assess_evidence,
};
pub use level::{DLevel, TechLevel};
pub use project::{DeveloperLevel, DeveloperLevels, Requirement, Requirements, TechName, Weight};
pub use qualification::{AssessedRow, Assessment, Qualification, Raise, assess, next_level_raises};
pub use salary::{Band, Money, RateRange, Salary, reference_table, salary};
pub use settings::{
    BaseRate, Coefficient, Coefficients, Currency, DaysPerWeek, HoursPerDay, MaxMultiplier,
    Settings,
};
