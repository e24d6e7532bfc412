pub mod catalog;
pub mod domain;
