//! The app's routes in one place: views never spell a path by hand.

use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Calculator,
    Learning,
    Profile,
    Matrices,
    Plan,
    Team,
}

impl Page {
    pub const ALL: [Page; 7] = [
        Page::Home,
        Page::Calculator,
        Page::Matrices,
        Page::Plan,
        Page::Team,
        Page::Learning,
        Page::Profile,
    ];

    /// The route's single path segment ("" for home), as the router matches it.
    pub const fn segment(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Calculator => "calculator",
            Page::Learning => "learning",
            Page::Profile => "profile",
            Page::Matrices => "matrices",
            Page::Plan => "plan",
            Page::Team => "team",
        }
    }

    /// Path below the base, always starting with `/`.
    pub fn path(self) -> String {
        format!("/{}", self.segment())
    }

    /// Full href including the base the app is hosted under (`<A>` does not add it).
    pub fn href(self) -> String {
        join(base_path(), &self.path())
    }
}

/// Joins a base without trailing slash and a path starting with `/`.
pub fn join(base: &str, path: &str) -> String {
    format!("{base}{path}")
}

/// Trims what Trunk writes into `<base href>` into the router's base: no trailing slash,
/// and no origin when Trunk was given a full URL.
pub fn normalise_base(href: &str) -> String {
    let path = match href.split_once("://") {
        Some((_, after)) => after.find('/').map_or("", |i| after.get(i..).unwrap_or("")),
        None => href,
    };
    path.trim_end_matches('/').to_owned()
}

/// The base path the app is served under, read once from `<base href>` so that one build
/// serves both the root and a sub-path.
pub fn base_path() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let href = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("base[href]").ok().flatten())
            .and_then(|b| b.get_attribute("href"))
            .unwrap_or_default();
        normalise_base(&href)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_loses_its_trailing_slash() {
        assert_eq!(normalise_base("/"), "");
        assert_eq!(normalise_base(""), "");
        assert_eq!(normalise_base("/grades/"), "/grades");
        assert_eq!(normalise_base("https://user.github.io/grades/"), "/grades");
        assert_eq!(normalise_base("https://example.org"), "");
    }

    #[test]
    fn every_page_has_a_distinct_path_below_the_base() {
        let paths: std::collections::HashSet<_> = Page::ALL.iter().map(|p| p.path()).collect();
        assert_eq!(paths.len(), Page::ALL.len());
        assert_eq!(
            join("/grades", &Page::Calculator.path()),
            "/grades/calculator"
        );
        assert_eq!(join("", &Page::Home.path()), "/");
    }

    /// The build writes `<segment>.html` for the routes of assets/build/routes.json, so that a
    /// deep link answers 200 on a static host: that list must be exactly the routes below home.
    #[test]
    fn the_build_writes_a_page_for_every_route() {
        let routes: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(include_str!("../assets/build/routes.json"))
                .expect("assets/build/routes.json is a JSON object");
        let mut built: Vec<&str> = routes.keys().map(String::as_str).collect();
        built.sort_unstable();
        let mut pages: Vec<&str> = Page::ALL
            .iter()
            .filter(|p| **p != Page::Home)
            .map(|p| p.segment())
            .collect();
        pages.sort_unstable();
        assert_eq!(built, pages);
        for (segment, text) in &routes {
            for field in ["title", "description"] {
                let value = text.get(field).and_then(serde_json::Value::as_str);
                assert!(
                    value.is_some_and(|v| !v.is_empty()),
                    "{segment} lacks a {field}"
                );
            }
        }
    }
}
