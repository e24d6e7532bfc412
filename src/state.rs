//! The user's state and where it is kept.

pub mod notices;
pub mod persistence;
