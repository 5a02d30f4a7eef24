//! The wizard's steps as a closed set.
//!
//! The order of [`Step::ALL`] is the order of the journey; everything that needs "the next step",
//! "step 3 of 7" or a step's title asks this module, so adding a step is a change in one place.

use crate::engine::WizardTexts;

/// One page of the journey, from the start page to the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Start fresh, resume, open an example or import a file.
    Start,
    /// Engineers, teams, product stage, traffic, current architecture, stack.
    Context,
    /// The decision factors, one question at a time.
    Factors,
    /// The operational capabilities already in place.
    Readiness,
    /// The optional map of modules and their dependencies.
    DomainMap,
    /// Every answer with a way to change it.
    Check,
    /// The verdict and everything computed from the answers.
    Results,
}

impl Step {
    /// Every step, in journey order.
    pub const ALL: [Step; 7] = [
        Step::Start,
        Step::Context,
        Step::Factors,
        Step::Readiness,
        Step::DomainMap,
        Step::Check,
        Step::Results,
    ];

    /// The step's position, counted from 1 as a person counts.
    pub fn number(self) -> usize {
        // `ALL` lists every variant, so the search always finds it.
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// How many steps the journey has.
    pub fn count() -> usize {
        Step::ALL.len()
    }

    /// The step after this one, or `None` on the last step.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    /// The step before this one, or `None` on the first step.
    pub fn prev(self) -> Option<Step> {
        self.number().checked_sub(2).and_then(|i| Step::ALL.get(i).copied())
    }

    /// The short name used in the progress list and the document title, in the rubric's words.
    pub fn title(self, w: &WizardTexts) -> String {
        match self {
            Step::Start => &w.step_start,
            Step::Context => &w.step_context,
            Step::Factors => &w.step_factors,
            Step::Readiness => &w.step_readiness,
            Step::DomainMap => &w.step_domain,
            Step::Check => &w.step_check,
            Step::Results => &w.step_results,
        }
        .text()
    }

    /// A stable identifier for URLs, test ids and CSS hooks, and the page the autosave
    /// remembers (`"step"` in docs/file-format.md): it never changes.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Context => "context",
            Step::Factors => "factors",
            Step::Readiness => "readiness",
            Step::DomainMap => "domain-map",
            Step::Check => "check",
            Step::Results => "results",
        }
    }

    /// The step whose slug is `slug`, if any.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// "Step 3 of 7".
    pub fn progress_label(self, w: &WizardTexts) -> String {
        w.progress.render(&[("n", &self.number().to_string()), ("of", &Step::count().to_string())])
    }

    /// The browser tab's title while this step is shown.
    pub fn document_title(self, w: &WizardTexts) -> String {
        w.document_title.render(&[("step", &self.title(w)), ("progress", &self.progress_label(w))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_journey() {
        let numbers: Vec<usize> = Step::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(Step::Factors.progress_label(&WizardTexts::default()), "Step 3 of 7");
    }

    #[test]
    fn next_and_prev_walk_the_whole_journey_and_stop_at_the_ends() {
        let mut walked = vec![Step::Start];
        while let Some(next) = walked.last().and_then(|s| s.next()) {
            walked.push(next);
        }
        assert_eq!(walked, Step::ALL.to_vec());
        assert_eq!(Step::Start.prev(), None);
        assert_eq!(Step::Results.next(), None);
        assert_eq!(Step::Results.prev(), Some(Step::Check));
        assert_eq!(Step::Context.prev(), Some(Step::Start));
    }

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(Step::from_slug("nope"), None);
    }

    #[test]
    fn slugs_are_pinned_because_the_autosave_stores_them() {
        // The autosave keeps the page the user was on as its slug ("step": "domain-map"), so an
        // autosave written by any release reopens on the same page. Never edit a row.
        let pinned = [
            (Step::Start, "start"),
            (Step::Context, "context"),
            (Step::Factors, "factors"),
            (Step::Readiness, "readiness"),
            (Step::DomainMap, "domain-map"),
            (Step::Check, "check"),
            (Step::Results, "results"),
        ];
        for (step, slug) in pinned {
            assert_eq!(step.slug(), slug, "{step:?}");
            assert_eq!(Step::from_slug(slug), Some(step), "{slug}");
        }
        assert_eq!(Step::ALL.len(), pinned.len(), "a new step adds a row with a new slug");
    }

    #[test]
    fn document_title_names_the_step_and_its_position() {
        assert_eq!(
            Step::Readiness.document_title(&WizardTexts::default()),
            "Operational readiness – Step 4 of 7 – Seams"
        );
    }
}

/// Where the user is: a step and, on the decision-factors step, which question.
///
/// The factors step asks one question per page, so moving on from it walks its questions first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cursor {
    pub step: Step,
    /// The question on the factors step, counted from 0; 0 on every other step.
    pub question: usize,
}

impl Cursor {
    /// The first page of a step.
    pub fn at(step: Step) -> Cursor {
        Cursor { step, question: 0 }
    }

    /// The page after this one, given how many factor questions there are.
    pub fn next(self, questions: usize) -> Option<Cursor> {
        if self.step == Step::Factors && self.question + 1 < questions {
            return Some(Cursor { step: Step::Factors, question: self.question + 1 });
        }
        self.step.next().map(Cursor::at)
    }

    /// The page before this one, given how many factor questions there are.
    pub fn prev(self, questions: usize) -> Option<Cursor> {
        if self.step == Step::Factors && self.question > 0 {
            return Some(Cursor { step: Step::Factors, question: self.question - 1 });
        }
        let prev = self.step.prev()?;
        let question = if prev == Step::Factors { questions.saturating_sub(1) } else { 0 };
        Some(Cursor { step: prev, question })
    }

    /// "Step 3 of 7 · Question 2 of 9" on the factors step, "Step 4 of 7" elsewhere.
    pub fn progress_label(self, questions: usize, w: &WizardTexts) -> String {
        if self.step == Step::Factors && questions > 0 {
            w.progress_question.render(&[
                ("step", &self.step.progress_label(w)),
                ("n", &(self.question.min(questions - 1) + 1).to_string()),
                ("of", &questions.to_string()),
            ])
        } else {
            self.step.progress_label(w)
        }
    }
}

#[cfg(test)]
mod cursor_tests {
    use super::*;

    #[test]
    fn continue_walks_every_factor_question_before_leaving_the_step() {
        let mut pages = vec![Cursor::at(Step::Start)];
        while let Some(next) = pages.last().and_then(|c| c.next(3)) {
            pages.push(next);
        }
        let factor_pages: Vec<usize> =
            pages.iter().filter(|c| c.step == Step::Factors).map(|c| c.question).collect();
        assert_eq!(factor_pages, vec![0, 1, 2]);
        assert_eq!(pages.len(), 7 + 2);
        assert_eq!(pages.last().map(|c| c.step), Some(Step::Results));
    }

    #[test]
    fn back_from_readiness_lands_on_the_last_factor_question() {
        let back = Cursor::at(Step::Readiness).prev(9);
        assert_eq!(back, Some(Cursor { step: Step::Factors, question: 8 }));
        assert_eq!(
            Cursor { step: Step::Factors, question: 0 }.prev(9),
            Some(Cursor::at(Step::Context))
        );
        assert_eq!(Cursor::at(Step::Start).prev(9), None);
    }

    #[test]
    fn progress_names_the_question_on_the_factors_step() {
        let (c, w) = (Cursor { step: Step::Factors, question: 1 }, WizardTexts::default());
        assert_eq!(c.progress_label(9, &w), "Step 3 of 7 · Question 2 of 9");
        assert_eq!(Cursor::at(Step::Check).progress_label(9, &w), "Step 6 of 7");
        assert_eq!(Cursor::at(Step::Factors).progress_label(0, &w), "Step 3 of 7");
    }
}
