//! Two answer sets side by side: what changed per answer and in the results. Used for two
//! workshop participants, a participant against the consensus, and an assessment against an
//! earlier one (its file or link).

use crate::engine::workshop::{Pick, Question};
use crate::engine::{
    Answers, Catalogue, CurrentArchitecture, Evaluation, ProductStage, Stack, TrafficBand,
};
use crate::labels;
use crate::validate::thousands;

/// One answer that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    /// The question.
    pub question: Question,
    /// The question in words.
    pub name: String,
    /// The earlier answer in words ("not answered" when it was not).
    pub before: String,
    /// The later answer in words.
    pub after: String,
}

/// One result that differs (or the same, where it matters to say so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultChange {
    /// What the figure is ("Verdict", "Need", "Services in the first wave").
    pub what: &'static str,
    /// Its earlier value in words.
    pub before: String,
    /// Its later value in words.
    pub after: String,
}

/// What changed from one answer set to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Every answer that differs, in the wizard's order.
    pub answers: Vec<AnswerChange>,
    /// Every headline result that differs, in the brief's order.
    pub results: Vec<ResultChange>,
    /// Whether the domain maps differ (they are compared as a whole).
    pub map_changed: bool,
}

/// What changed from `before` to `after`, each with its evaluation under the same rubric.
pub fn compare(
    before: (&Answers, &Evaluation),
    after: (&Answers, &Evaluation),
    cat: &Catalogue,
) -> Comparison {
    let (a, ea) = before;
    let (b, eb) = after;
    let answers = Question::all(cat)
        .into_iter()
        .filter_map(|q| {
            let (pa, pb) = (q.pick(a, cat), q.pick(b, cat));
            (pa != pb).then(|| AnswerChange {
                question: q,
                name: question_name(q, cat),
                before: pick_words(q, pa, cat),
                after: pick_words(q, pb, cat),
            })
        })
        .collect();
    let mut results = Vec::new();
    let mut row = |what: &'static str, x: String, y: String| {
        if x != y {
            results.push(ResultChange { what, before: x, after: y });
        }
    };
    row("Verdict", ea.verdict.label.clone(), eb.verdict.label.clone());
    row("Need", score(ea.need), score(eb.need));
    row("Readiness", score(ea.readiness), score(eb.readiness));
    let s = |e: &Evaluation| (e.services.first_wave, e.services.target, e.services.ceiling);
    row("Services in the first wave", s(ea).0.to_string(), s(eb).0.to_string());
    row("Services in the end", s(ea).1.to_string(), s(eb).1.to_string());
    row("Ceiling", s(ea).2.to_string(), s(eb).2.to_string());
    row("Plan length", months(ea.plan.total_months), months(eb.plan.total_months));
    row("Confidence", ea.brief.confidence.clone(), eb.brief.confidence.clone());
    Comparison { answers, results, map_changed: a.domain != b.domain }
}

/// Rounded down, as the results page and the readiness line read it.
fn score(v: f64) -> String {
    let v = if v.is_finite() { v.clamp(0.0, 100.0).floor() } else { 0.0 };
    format!("{v}/100")
}

fn months((lo, hi): (u32, u32)) -> String {
    match (lo, hi) {
        (1, 1) => "1 month".to_string(),
        (lo, hi) if lo == hi => format!("{lo} months"),
        (lo, hi) => format!("{lo}–{hi} months"),
    }
}

/// The question in words, as the wizard asks it (a factor by its short name).
pub fn question_name(q: Question, cat: &Catalogue) -> String {
    match q {
        Question::Engineers => "Engineers".to_string(),
        Question::Teams => "Teams".to_string(),
        Question::Stage => "Product stage".to_string(),
        Question::Traffic => "Daily requests".to_string(),
        Question::Architecture => "Current architecture".to_string(),
        Question::ServicesToday => "Services running today".to_string(),
        Question::Stack => "Stack".to_string(),
        Question::OpsHeadcount => "People who run production".to_string(),
        Question::Factor(f) => {
            cat.factor(f).map_or_else(|| f.as_str().to_string(), |d| d.dimension.clone())
        }
        Question::Capability(c) => {
            cat.capability(c).map_or_else(|| format!("{c:?}"), |d| d.label.clone())
        }
    }
}

/// A discussed question's answers in the room and the verdict each gives, in words ("12 (2
/// participants): “Modular monolith”; …").
pub fn outcome_words(d: &crate::engine::workshop::Discussion, cat: &Catalogue) -> String {
    let w = &cat.texts.wizard;
    d.outcomes
        .iter()
        .map(|(p, k, v)| {
            w.room_outcome.render(&[
                ("answer", &pick_words(d.question, Some(*p), cat)),
                ("participants", &cat.texts.nouns.participant.count(*k)),
                ("verdict", &cat.verdict_label(*v)),
            ])
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A question's answers in the room with how many chose each ("6 (1); 12 (2)").
pub fn spread_words(s: &crate::engine::workshop::Spread, cat: &Catalogue) -> String {
    s.counts
        .iter()
        .map(|(p, k)| {
            cat.texts.wizard.room_count.render(&[
                ("answer", &pick_words(s.question, Some(*p), cat)),
                ("n", &k.to_string()),
            ])
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// An answer in words.
pub fn pick_words(q: Question, pick: Option<Pick>, cat: &Catalogue) -> String {
    let Some(pick) = pick else { return "not answered".to_string() };
    let place = match pick {
        Pick::Count(n) => return thousands(n),
        Pick::Flag(true) => return "in place".to_string(),
        Pick::Flag(false) => return "not in place".to_string(),
        Pick::Place(p) => usize::from(p),
    };
    let unknown = || "an answer this page does not offer".to_string();
    match q {
        Question::Stage => ProductStage::ALL
            .get(place)
            .and_then(|s| cat.stage(*s))
            .map_or_else(unknown, |d| d.label.clone()),
        Question::Traffic => TrafficBand::ALL
            .get(place)
            .and_then(|t| cat.traffic_band(*t))
            .map_or_else(unknown, |d| d.label.clone()),
        Question::Architecture => CurrentArchitecture::ALL
            .get(place)
            .map_or_else(unknown, |a| labels::architecture(*a, &cat.texts).0),
        Question::Stack => {
            Stack::ALL.get(place).map_or_else(unknown, |s| labels::stack(*s, &cat.texts).0)
        }
        Question::Factor(f) => cat
            .factor(f)
            .and_then(|d| d.options.get(place))
            .map_or_else(unknown, |o| o.label.clone()),
        _ => unknown(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{evaluate_with, examples, FactorId};

    #[test]
    fn a_changed_answer_and_its_results_are_named_in_words() {
        let cat = Catalogue::standard();
        let blog = examples().into_iter().find(|e| e.id == "blogging-platform").expect("example");
        let before = blog.answers.clone();
        let after = before.clone().with_factor(FactorId::ScalingProfile, "one_hot");
        let (ea, eb) = (evaluate_with(&before, &cat), evaluate_with(&after, &cat));
        let c = compare((&before, &ea), (&after, &eb), &cat);
        assert_eq!(c.answers.len(), 1);
        assert_eq!(c.answers[0].name, "Scaling pattern");
        assert_eq!(
            (c.answers[0].before.as_str(), c.answers[0].after.as_str()),
            ("Evenly", "One part far busier")
        );
        let verdict = c.results.iter().find(|r| r.what == "Verdict").expect("the verdict changed");
        assert_eq!(verdict.before, "Monolith");
        assert_eq!(verdict.after, "Modular monolith + selective extraction");
        assert!(!c.map_changed);
    }

    #[test]
    fn the_same_answers_show_no_change() {
        let cat = Catalogue::standard();
        for ex in examples() {
            let e = evaluate_with(&ex.answers, &cat);
            let c = compare((&ex.answers, &e), (&ex.answers, &e), &cat);
            assert!(c.answers.is_empty() && c.results.is_empty() && !c.map_changed, "{}", ex.id);
        }
    }

    #[test]
    fn every_answer_of_every_example_has_words() {
        let cat = Catalogue::standard();
        for ex in examples() {
            for q in Question::all(&cat) {
                let words = pick_words(q, q.pick(&ex.answers, &cat), &cat);
                assert!(!words.is_empty() && !words.contains("does not offer"), "{}: {q:?}", ex.id);
            }
        }
    }
}
