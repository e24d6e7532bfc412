//! One routed page per file.

pub mod calculator;
pub mod home;
pub mod lazy;
pub mod learning;
pub mod matrices;
pub mod not_found;
pub mod plan;
pub mod profile;
pub mod team;
