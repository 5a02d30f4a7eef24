//! The application state, provided as context: the answers, where the user is, and the
//! evaluation derived from the answers.
//!
//! Only the answers and the cursor are state. The evaluation is a memo of the engine's output,
//! recomputed whenever an answer changes; nothing the engine computes is stored.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::step::{Cursor, Step};
use crate::engine::order::SortedMap;
use crate::engine::{self, Answers, Catalogue, Evaluation, YearMonth};

/// The state every component can reach through [`use_store`].
#[derive(Clone, Copy)]
pub struct Store {
    /// Everything the user answered.
    pub answers: RwSignal<Answers>,
    /// The page on screen.
    pub cursor: RwSignal<Cursor>,
    /// The engine's output for the current answers.
    pub evaluation: Memo<Evaluation>,
    /// Errors on the page on screen, by field id, in the order the fields appear.
    pub errors: RwSignal<SortedMap<String, String>>,
    /// True once Continue was pressed on this page while it had errors: the summary shows then.
    pub summary: RwSignal<bool>,
    /// Raised whenever the answers are replaced from outside the page's fields (another tab,
    /// a link, an import), so the page on screen redraws its fields from the new answers.
    pub generation: RwSignal<u64>,
    /// Set by a "Change" link: the page Continue returns to afterwards (the check page or the
    /// results).
    pub returning: RwSignal<Option<Step>>,
    /// True once the user has moved between pages; focus only moves after that.
    moved: RwSignal<bool>,
    catalogue: StoredValue<Arc<Catalogue>>,
}

impl Store {
    /// Creates the state with the standard rubric and the given answers.
    pub fn new(answers: Answers) -> Store {
        let catalogue = Arc::new(Catalogue::standard());
        let answers = RwSignal::new(answers);
        let for_memo = Arc::clone(&catalogue);
        let evaluation = Memo::new(move |_| answers.with(|a| engine::evaluate_with(a, &for_memo)));
        Store {
            answers,
            cursor: RwSignal::new(Cursor::at(Step::Start)),
            evaluation,
            errors: RwSignal::new(SortedMap::new()),
            summary: RwSignal::new(false),
            generation: RwSignal::new(0),
            returning: RwSignal::new(None),
            moved: RwSignal::new(false),
            catalogue: StoredValue::new(catalogue),
        }
    }

    /// The rubric the answers are evaluated against.
    pub fn catalogue(&self) -> Arc<Catalogue> {
        self.catalogue.get_value()
    }

    /// How many factor questions the factors step asks.
    pub fn questions(&self) -> usize {
        self.catalogue.with_value(|c| c.factors.len())
    }

    /// Shows `cursor`, clearing the errors of the page being left.
    pub fn go(&self, cursor: Cursor) {
        self.errors.set(SortedMap::new());
        self.summary.set(false);
        self.moved.set(true);
        if matches!(cursor.step, Step::Check | Step::Start | Step::Results) {
            self.returning.set(None);
        }
        self.cursor.set(cursor);
    }

    /// Moves on, unless the page has errors: then the error summary takes focus instead.
    pub fn advance(&self) {
        if !self.errors.with_untracked(SortedMap::is_empty) {
            self.summary.set(true);
            // The summary renders on this turn; focus it once it exists.
            request_animation_frame(|| focus_by_id("error-summary"));
            return;
        }
        if let Some(back) = self.returning.get_untracked() {
            self.go(Cursor::at(back));
            return;
        }
        if let Some(next) = self.cursor.get_untracked().next(self.questions()) {
            self.go(next);
        }
    }

    /// Moves back one page. Errors do not hold the user back.
    pub fn retreat(&self) {
        if let Some(prev) = self.cursor.get_untracked().prev(self.questions()) {
            self.go(prev);
        }
    }

    /// Opens a page for a "Change" link; Continue there returns to the page the link was on.
    pub fn change(&self, cursor: Cursor) {
        let from = self.cursor.get_untracked().step;
        self.go(cursor);
        self.returning.set(Some(if from == Step::Results { Step::Results } else { Step::Check }));
    }

    /// Records or clears the error of one field.
    pub fn set_error(&self, field: &str, error: Option<String>) {
        self.errors.update(|errors| match error {
            Some(message) => {
                errors.insert(field.to_string(), message);
            }
            None => {
                errors.remove(field);
            }
        });
    }

    /// Replaces every answer, for a new start or an example.
    pub fn replace(&self, mut answers: Answers) {
        if answers.plan_start.is_none() {
            answers.plan_start = self.answers.with_untracked(|a| a.plan_start);
        }
        self.answers.set(answers);
        self.generation.update(|g| *g += 1);
    }

    /// True once the user has moved between pages.
    pub fn has_moved(&self) -> bool {
        self.moved.get_untracked()
    }
}

/// The state provided by the app.
pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// This month, from the browser's clock: the default start of a plan.
pub fn this_month() -> YearMonth {
    let now = js_sys::Date::new_0();
    YearMonth { year: now.get_full_year() as i32, month: (now.get_month() + 1) as u8 }
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
