//! Strings of the matrices page: the list of the user's own professions and the editor.

pub struct MatricesStrings {
    pub title: &'static str,
    pub intro: &'static str,
}

pub static RU: MatricesStrings = MatricesStrings {
    title: "Мои матрицы",
    intro: "Свои матрицы грейдов: импортируйте из файла или текста, правьте, отмечайте навыки на главной и делитесь файлом или ссылкой. Всё хранится только в этом браузере.",
};

pub static EN: MatricesStrings = MatricesStrings {
    title: "My matrices",
    intro: "Grade matrices of your own: import them from a file or text, edit them, tick skills on the home page and share them as a file or a link. Everything stays in this browser.",
};
