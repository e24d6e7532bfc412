//! Strings of the calculator page.

pub struct CalculatorStrings {
    pub title: &'static str,
    pub intro: &'static str,
}

pub static RU: CalculatorStrings = CalculatorStrings {
    title: "Квалификация и зарплата",
    intro: "Рассчитайте уровень D0–D5 по технологиям проекта и зарплатную вилку.",
};

pub static EN: CalculatorStrings = CalculatorStrings {
    title: "Qualification and salary",
    intro: "Work out your D0–D5 level from a project's technologies, and your salary band.",
};
