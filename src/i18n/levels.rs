//! The source's level names (T0–T5, D0–D5), the units of experience, and the criteria of the
//! evidence helper, in both languages.

use crate::domain::{Criterion, DLevel, ExperienceUnit, TechLevel};
use crate::i18n::Localize;
use crate::lang::Lang;

impl Localize for Criterion {
    fn localize(&self, lang: Lang) -> String {
        match lang {
            Lang::Ru => criterion_ru(self),
            Lang::En => criterion_en(self),
        }
    }
}

fn criterion_ru(criterion: &Criterion) -> String {
    match *criterion {
        Criterion::ExperienceAtLeast {
            months,
            required_hours,
            actual_hours,
        } => format!(
            "опыт не менее {months} мес. ({} ч): {} ч",
            required_hours.normalize(),
            actual_hours.normalize()
        ),
        Criterion::ExperienceMoreThan {
            months,
            required_hours,
            actual_hours,
        } => format!(
            "опыт более {months} мес. ({} ч): {} ч",
            required_hours.normalize(),
            actual_hours.normalize()
        ),
        Criterion::SignificantProjectsAtLeast { required, actual } => {
            format!("значимых проектов (вместе с крупными) не менее {required}: {actual}")
        }
        Criterion::LargeProjectsAtLeast { required, actual } => {
            format!("крупных проектов не менее {required}: {actual}")
        }
        Criterion::MeetsT3 { held } => format!("уровень T3: {}", if held { "да" } else { "нет" }),
        Criterion::ExpertRecognitionsAtLeast { required, actual } => {
            format!("признан экспертом людьми с уровнем T3 и выше, не менее {required}: {actual}")
        }
        Criterion::ContributionAudienceMoreThan { required, actual } => {
            format!("вклад значим более чем для {required} человек: {actual}")
        }
        Criterion::RecognisersOutnumberOthers {
            recognisers,
            non_recognisers,
        } => format!(
            "разработчиков T2+, признающих вклад выдающимся, больше, чем не признающих: {recognisers} против {non_recognisers}"
        ),
    }
}

fn criterion_en(criterion: &Criterion) -> String {
    match *criterion {
        Criterion::ExperienceAtLeast {
            months,
            required_hours,
            actual_hours,
        } => format!(
            "experience of at least {months} months ({} h): {} h",
            required_hours.normalize(),
            actual_hours.normalize()
        ),
        Criterion::ExperienceMoreThan {
            months,
            required_hours,
            actual_hours,
        } => format!(
            "experience of more than {months} months ({} h): {} h",
            required_hours.normalize(),
            actual_hours.normalize()
        ),
        Criterion::SignificantProjectsAtLeast { required, actual } => {
            format!("at least {required} significant projects, large ones included: {actual}")
        }
        Criterion::LargeProjectsAtLeast { required, actual } => {
            format!("at least {required} large projects: {actual}")
        }
        Criterion::MeetsT3 { held } => format!("meets T3: {}", if held { "yes" } else { "no" }),
        Criterion::ExpertRecognitionsAtLeast { required, actual } => format!(
            "recognised as an expert by at least {required} people at T3 or above: {actual}"
        ),
        Criterion::ContributionAudienceMoreThan { required, actual } => {
            format!("contribution significant for more than {required} people: {actual}")
        }
        Criterion::RecognisersOutnumberOthers {
            recognisers,
            non_recognisers,
        } => format!(
            "more T2+ developers call the contribution outstanding than do not: {recognisers} vs {non_recognisers}"
        ),
    }
}

/// A unit of experience by its plural name: "человеко-месяцы", "person-months".
impl Localize for ExperienceUnit {
    fn localize(&self, lang: Lang) -> String {
        let name = match (lang, self) {
            (Lang::Ru, Self::Hours) => "человеко-часы",
            (Lang::Ru, Self::Days) => "человеко-дни",
            (Lang::Ru, Self::Weeks) => "человеко-недели",
            (Lang::Ru, Self::Months) => "человеко-месяцы",
            (Lang::Ru, Self::Years) => "годы",
            (Lang::En, Self::Hours) => "person-hours",
            (Lang::En, Self::Days) => "person-days",
            (Lang::En, Self::Weeks) => "person-weeks",
            (Lang::En, Self::Months) => "person-months",
            (Lang::En, Self::Years) => "years",
        };
        name.into()
    }
}

/// A technology level by the source's name: "Уверенный"; "нет" for 0.
impl Localize for TechLevel {
    fn localize(&self, lang: Lang) -> String {
        let name = match (lang, self.value()) {
            (Lang::Ru, 1) => "Начальный",
            (Lang::Ru, 2) => "Уверенный",
            (Lang::Ru, 3) => "Опытный",
            (Lang::Ru, 4) => "Экспертный",
            (Lang::Ru, 5) => "Выдающийся",
            (Lang::Ru, _) => "нет",
            (Lang::En, 1) => "Basic",
            (Lang::En, 2) => "Confident",
            (Lang::En, 3) => "Experienced",
            (Lang::En, 4) => "Expert",
            (Lang::En, 5) => "Outstanding",
            (Lang::En, _) => "none",
        };
        name.into()
    }
}

/// A developer level by the source's name: "Стажер" … "Выдающийся".
impl Localize for DLevel {
    fn localize(&self, lang: Lang) -> String {
        let name = match (lang, self) {
            (Lang::Ru, Self::D0) => "Стажер",
            (Lang::Ru, Self::D1) => "Начинающий",
            (Lang::Ru, Self::D2) => "Уверенный",
            (Lang::Ru, Self::D3) => "Опытный",
            (Lang::Ru, Self::D4) => "Эксперт",
            (Lang::Ru, Self::D5) => "Выдающийся",
            (Lang::En, Self::D0) => "Intern",
            (Lang::En, Self::D1) => "Novice",
            (Lang::En, Self::D2) => "Confident",
            (Lang::En, Self::D3) => "Experienced",
            (Lang::En, Self::D4) => "Expert",
            (Lang::En, Self::D5) => "Outstanding",
        };
        name.into()
    }
}
