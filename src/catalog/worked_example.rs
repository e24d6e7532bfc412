//! The worked example of the qualification source (`docs/rules.md#worked-example`): the
//! calculator's first-run project. Content, like the matrices, so it lives in `assets/`.

use std::sync::OnceLock;

use serde::Deserialize;

/// The example project, as the calculator's drafts hold it: text as a person would type it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkedExample {
    pub name: String,
    pub technologies: Vec<ExampleTechnology>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleTechnology {
    pub name: String,
    /// The project's minimum level `I`.
    pub min: String,
    /// The weight `W`.
    pub weight: String,
    /// The developer's level `L`.
    pub level: String,
}

const JSON: &str = include_str!("../../assets/examples/worked-example.json");

/// The example, parsed once. A file that fails to parse gives an empty project rather than
/// a panic; the catalog tests check it holds the source's three technologies.
pub fn worked_example() -> &'static WorkedExample {
    static EXAMPLE: OnceLock<WorkedExample> = OnceLock::new();
    EXAMPLE.get_or_init(|| serde_json::from_str(JSON).unwrap_or_default())
}
