//! Strings of the import panel of the matrices page.

pub struct MatrixImportStrings {
    pub title: &'static str,
}

pub static RU: MatrixImportStrings = MatrixImportStrings {
    title: "Импорт"
};

pub static EN: MatrixImportStrings = MatrixImportStrings { title: "Import" };
