//! The application state, provided as context: the answers, where the user is, the page's
//! errors and notices, and the evaluation derived from the answers.
//!
//! State, messages and one `update`, after the Elm architecture: [`State`] is plain data,
//! [`Msg`] is every change the page can make, and [`update`] is the pure transition between
//! them, tested natively. The [`Store`] holds the state in one private signal; components read
//! it through read-only handles (`Memo`s) and change it only with [`Store::dispatch`].
//!
//! What used to be conventions a write could skip now follows from the message: a
//! [`Msg::Replace`] redraws the page's fields (the `redraws` count), and every message except a
//! replacement read from storage itself counts as a change to save (the `edits` count the
//! autosave follows), so nothing echoes another tab's save back to it.
//!
//! The evaluation is a memo of the engine's output, recomputed whenever an answer changes;
//! nothing the engine computes is stored.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::domain_edit;
use crate::app::rubric::{Rubric, RubricRef};
use crate::app::step::{Cursor, Step};
use crate::app::validate::has_answers;
use crate::engine::order::SortedMap;
use crate::engine::{
    self, Answers, AvailabilityTarget, Cadence, Capability, Catalogue, CurrentArchitecture,
    DepKind, DomainMap, Evaluation, FactorId, Module, ProductStage, ResourceProfile, Stack,
    TrafficBand, WizardTexts, YearMonth,
};

/// The field ids whose errors `update` sets itself, shared with the components that show them.
pub mod field {
    /// "How many services run in production today?"
    pub const SERVICES_TODAY: &str = "services-today";
    /// The "add a module" box.
    pub const NEW_MODULE: &str = "new-module";
    /// The "add a dependency" form.
    pub const NEW_DEPENDENCY: &str = "new-dependency";

    /// The id of one field of a module's card (`module-3-name`).
    pub fn module(id: u32, part: &str) -> String {
        format!("module-{id}-{part}")
    }

    /// The kind select of the dependency at this place in the list (`dependency-0-kind`).
    pub fn dependency(index: usize) -> String {
        format!("dependency-{index}-kind")
    }
}

/// A message shown at the top of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// A problem (announced as an alert) rather than information.
    pub problem: bool,
    pub text: String,
    /// It reports a replacement of the user's answers and offers to undo it ([`State::undo`]).
    pub undo: bool,
}

impl Notice {
    /// Information: announced politely.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { problem: false, text: text.into(), undo: false }
    }

    /// A problem: announced as an alert.
    pub fn problem(text: impl Into<String>) -> Notice {
        Notice { problem: true, text: text.into(), undo: false }
    }
}

/// Everything the page holds, as plain data.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Everything the user answered.
    pub answers: Answers,
    /// The page on screen.
    pub cursor: Cursor,
    /// Errors on the page on screen, by field id.
    pub errors: SortedMap<String, String>,
    /// How many times Continue was refused on this page because it had errors; the error
    /// summary shows from the first, and takes focus each time.
    pub refusals: usize,
    /// Set by a "Change" link: the page Continue returns to afterwards (the check page or the
    /// results).
    pub returning: Option<Step>,
    /// True once the user has moved between pages; focus only moves after that.
    pub moved: bool,
    /// The latest message for the user, if any.
    pub notice: Option<Notice>,
    /// How many changes the autosave has been told of: every change of the answers or of the
    /// step, except answers read from storage.
    pub edits: usize,
    /// How many times the answers were replaced from outside the page's fields; the page on
    /// screen redraws its fields each time.
    pub redraws: usize,
    /// How many times the domain map was replaced whole (an example map, an undo); the map's
    /// module cards redraw each time.
    pub map_redraws: usize,
    /// How many factor questions the factors step asks.
    pub questions: usize,
    /// The what-if sandbox: a copy of the answers that what-if changes go to, so the real
    /// answers stay as they are until "Use these answers". `None` while nothing was tried.
    pub sandbox: Option<Answers>,
    /// The answers before "Use these answers", for its undo.
    pub before_sandbox: Option<Answers>,

    // --- Navigation and offers: history entries, answers offered over the user's own, undo ---
    /// Answers offered over the user's own (a link, an example, a fresh start), waiting for
    /// the user to open them or keep their own.
    pub pending: Option<Offer>,
    /// The answers and the page from before the last replacement the user asked for, while
    /// its notice offers to undo it.
    pub undo: Option<Undo>,
    /// The furthest step shown in this assessment: the progress list links every step up to it.
    pub reached: Step,
    /// What the browser's history must do, in order. [`Store::dispatch`] hands these to the
    /// browser layer (`app::nav`) and empties the list; without one they are dropped and the
    /// page navigates in memory.
    pub history: Vec<HistoryCmd>,

    // --- The rubric ---
    /// The rubric every evaluation uses, and where it came from.
    pub rubric: InUse,
    /// The page's own rubric (the standard one, the one this build carries, or the one the
    /// address names): what "back to the page's rubric" returns to from an imported one.
    pub page_rubric: InUse,
    /// The address of the page's rubric while it is being fetched: the results wait for it.
    pub rubric_loading: Option<String>,
    /// The rubric from before the last change the user asked for, while its notice offers undo.
    pub rubric_undo: Option<InUse>,
    /// A link or file offered while the page's rubric loads: it is offered once the rubric
    /// is settled, so that its rubric is compared with the one the page will use.
    pub deferred: Option<(Answers, Offered, Option<RubricRef>)>,
}

/// Where the rubric in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricOrigin {
    /// The standard rubric, built into Seams.
    Standard,
    /// The rubric this build of the page carries (`./scripts/dist.sh --rubric FILE`).
    Build,
    /// Fetched from the address in `?rubric=` (as written there).
    Address(String),
    /// A rubric file the user imported (by its name), with its text, kept in this browser
    /// until the user goes back to the page's rubric.
    Imported { name: String, text: Arc<str> },
}

impl RubricOrigin {
    /// The page's own rubrics, as opposed to one the user imported.
    pub fn is_page_rubric(&self) -> bool {
        !matches!(self, RubricOrigin::Imported { .. })
    }

    /// Where it came from, as the rest of a sentence ("built into Seams").
    pub fn words(&self, w: &WizardTexts) -> String {
        match self {
            RubricOrigin::Standard => w.origin_standard.text(),
            RubricOrigin::Build => w.origin_build.text(),
            RubricOrigin::Address(path) => w.origin_address.render(&[("path", path)]),
            RubricOrigin::Imported { name, .. } => w.origin_imported.render(&[("name", name)]),
        }
    }
}

/// A rubric and where it came from. Two are the same when they are the same value in memory
/// and came from the same place, so comparing them never walks a catalogue.
#[derive(Debug, Clone)]
pub struct InUse {
    pub rubric: Arc<Rubric>,
    pub origin: RubricOrigin,
}

impl PartialEq for InUse {
    fn eq(&self, other: &InUse) -> bool {
        Arc::ptr_eq(&self.rubric, &other.rubric) && self.origin == other.origin
    }
}

impl InUse {
    /// The standard rubric, built in.
    pub fn standard() -> InUse {
        InUse { rubric: Arc::new(Rubric::standard()), origin: RubricOrigin::Standard }
    }

    pub fn new(rubric: Rubric, origin: RubricOrigin) -> InUse {
        InUse { rubric: Arc::new(rubric), origin }
    }

    /// "the rubric “Acme architecture rubric 2.1.0 (3f2a9c01b7de)”", or "the standard rubric
    /// “…”" when it is.
    pub fn label(&self) -> String {
        let w = &self.rubric.catalogue.texts.wizard;
        let which =
            if self.rubric.is_standard() { &w.standard_rubric_named } else { &w.rubric_named };
        which.render(&[("name", &self.rubric.label())])
    }
}

/// Answers made with another rubric than the one in use, as the prompt says it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// The rubric the answers were made with, named as well as the page knows it.
    pub theirs: String,
    /// The rubric in use.
    pub ours: String,
    /// The rubric they were made with, when the page has it (the standard one, or the page's
    /// own): the prompt offers to switch to it.
    pub switch: Option<InUse>,
}

/// Answers offered over the user's own, and what they are.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub answers: Answers,
    pub from: Offered,
    /// Set when the answers were made with another rubric than the one in use.
    pub mismatch: Option<Mismatch>,
}

/// What offered answers are; it decides the prompt's words and the notice after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offered {
    /// A share link, read from the address's fragment.
    Link,
    /// A worked example, by its title.
    Example(String),
    /// "Start a new assessment": no answers.
    Fresh,
    /// An imported answer file, by name (offered only when it was made with another rubric).
    File(String),
    /// A workshop's consensus, with how many participants it comes from.
    Workshop(u32),
}

/// What an undo puts back.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    pub answers: Answers,
    pub cursor: Cursor,
}

/// One thing for the browser's history to do after a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryCmd {
    /// A new entry showing this page: the user moved.
    Push(Cursor),
    /// The current entry now shows this page: the page changed without the user moving (the
    /// autosave, another tab, the address the page opened at).
    Replace(Cursor),
    /// The share link in the address has been dealt with: take the fragment out of the current
    /// entry, so that neither a reload nor Back offers it again.
    DropFragment,
}

impl State {
    /// The start page, with these answers.
    pub fn new(answers: Answers, questions: usize) -> State {
        State {
            answers,
            cursor: Cursor::at(Step::Start),
            errors: SortedMap::new(),
            refusals: 0,
            returning: None,
            moved: false,
            notice: None,
            edits: 0,
            redraws: 0,
            map_redraws: 0,
            questions,
            sandbox: None,
            before_sandbox: None,
            pending: None,
            undo: None,
            reached: Step::Start,
            history: Vec::new(),
            rubric: InUse::standard(),
            page_rubric: InUse::standard(),
            rubric_loading: None,
            rubric_undo: None,
            deferred: None,
        }
    }

    /// The start page, with these answers, evaluated with `rubric` (the page's own).
    pub fn with_rubric(answers: Answers, rubric: InUse) -> State {
        let mut s = State::new(answers, rubric.rubric.catalogue.factors.len());
        s.rubric = rubric.clone();
        s.page_rubric = rubric;
        s
    }
}

/// Every change the page can make to its state.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// An answer changed in a field of the page on screen (which already shows it).
    Edit(Edit),
    /// Every answer replaced from outside the page's fields; the page redraws its fields.
    Replace { answers: Answers, from: Source },
    /// The domain map replaced whole (an example map, or undoing one); its cards redraw.
    ReplaceMap(DomainMap),
    /// Show this page, leaving the errors of the page on screen behind.
    Go(Cursor),
    /// A "Change" link: open this page; Continue there returns to the page the link was on.
    Change(Cursor),
    /// Continue: moves on, unless the page has errors (then the error summary shows).
    Continue,
    /// Back one page. Errors do not hold the user back.
    Back,
    /// Records (`Some`) or clears (`None`) the error of one field.
    SetError { field: String, error: Option<String> },
    /// Shows a message at the top of the page.
    Notify(Notice),
    /// Dismisses it (and the undo it offers).
    Dismiss,

    // --- Navigation and offers ---
    /// Checked answers offered over the user's own (a share link, an example, a fresh start, a
    /// file made with another rubric): opened at once when they would replace nothing (no
    /// answers, or the same) and were made with the rubric in use, otherwise asked about first.
    /// `made_with` is the rubric they name; `None` is the standard one (links and files from
    /// before rubrics, and examples).
    Offer { answers: Answers, from: Offered, made_with: Option<RubricRef> },
    /// Opens the answers on offer; the notice after offers to undo it.
    Accept,
    /// Opens the answers on offer with the rubric they were made with, when the page has it.
    AcceptSwitching,
    /// Keeps the user's answers and drops the offered ones.
    Decline,
    /// Puts back the answers and the page from before the last replacement.
    Undo,
    /// The page opened at an address naming this page (`None`: none). It opens when there are
    /// answers to show on it, or when the autosave reopened its step; otherwise the page the
    /// autosave reopened stays. Either way the address is rewritten to name the page shown.
    Arrived(Option<Cursor>),
    /// Back or Forward reached a history entry showing this page.
    Popped(Cursor),
    /// The what-if sandbox.
    WhatIf(WhatIf),

    // --- The rubric ---
    /// The page's rubric is being fetched from this address.
    RubricLoading(String),
    /// Use this rubric (checked whole at the edge). The page's own rubric (standard, built in,
    /// from the address) becomes the page rubric, and the one in use unless the user imported
    /// one; an imported rubric is used at once, and can be undone.
    UseRubric(Box<Rubric>, RubricOrigin),
    /// A rubric that cannot be used, from this place, and why (in the page's words): the rubric
    /// in use stays.
    RefuseRubric { from: RubricOrigin, reason: String },
    /// Back from an imported rubric to the page's own; can be undone.
    UsePageRubric,
}

/// What the what-if sandbox can do. Its changes go to a copy of the answers; the real answers,
/// and the autosave, are untouched until [`WhatIf::Use`].
#[derive(Debug, Clone, PartialEq)]
pub enum WhatIf {
    /// Changes one answer of the copy (made from the real answers on the first change). Only
    /// answers the panel offers: context, factors, capabilities, operations headcount.
    Edit(Edit),
    /// Drops the copy: the panel shows the real answers again.
    Reset,
    /// Makes the copy the real answers (saved, like any change), keeping the old ones for undo.
    Use,
    /// Brings back the answers from before [`WhatIf::Use`].
    Undo,
}

/// Where replacing answers come from; it decides the page shown after, the message, and
/// whether the answers are saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// This browser's autosave, read when the page opened, with the page that was on screen.
    /// Not saved again.
    Saved(Option<Step>),
    /// A newer save from another tab, with its page. Not saved again.
    OtherTab(Option<Step>),
    /// A share link.
    Link,
    /// An imported answer file, by name.
    File(String),
    /// One of the worked examples.
    Example,
    /// A workshop's consensus, of this many participants.
    Workshop(u32),
    /// "Start a new assessment": no answers, from the first question.
    Fresh,
}

impl Source {
    /// Answers read from storage are already saved there.
    fn is_storage(&self) -> bool {
        matches!(self, Source::Saved(_) | Source::OtherTab(_))
    }
}

impl Edit {
    /// True for the edits of one answer the what-if panel offers (not the domain map, not the
    /// plan's start).
    pub fn is_simple(&self) -> bool {
        matches!(
            self,
            Edit::Engineers(_)
                | Edit::Teams(_)
                | Edit::Stage(_)
                | Edit::DailyRequests(_)
                | Edit::Factor(..)
                | Edit::Capability(..)
                | Edit::OpsHeadcount(_)
        )
    }
}

/// One edit of the answers, as a field reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Engineers(Option<u32>),
    Teams(Option<u32>),
    Stage(Option<ProductStage>),
    DailyRequests(Option<TrafficBand>),
    /// Also clears the error of the services question once it is no longer asked.
    Architecture(Option<CurrentArchitecture>),
    ServicesToday(Option<u32>),
    Stack(Stack),
    /// A factor's option id, or `None` for "not answered".
    Factor(FactorId, Option<String>),
    Capability(Capability, bool),
    OpsHeadcount(Option<u32>),
    PlanStart(YearMonth),
    /// A module named by the user's text; a refused name is the "add a module" box's error.
    AddModule(String),
    /// A module's new name as typed; a refused name is the name field's error.
    RenameModule(u32, String),
    /// One attribute of a module.
    Module(u32, ModuleEdit),
    /// The same attribute of several modules at once (a bulk edit); their cards redraw.
    Modules(Vec<u32>, ModuleEdit),
    /// Removes a module, its dependencies and the errors of its fields.
    RemoveModule(u32),
    /// A refused dependency is the "add a dependency" form's error.
    AddDependency {
        from: u32,
        to: u32,
        kind: DepKind,
    },
    RemoveDependency(usize),
    /// Another kind for the dependency at this place (an imported call that is really an
    /// event, say); refused as a duplicate, it is the dependency's error.
    DependencyKind(usize, DepKind),
}

/// One attribute of a module.
#[derive(Debug, Clone, PartialEq)]
pub enum ModuleEdit {
    Load(u32),
    Availability(AvailabilityTarget),
    Cadence(Cadence),
    /// Blank means nobody owns it.
    Team(Option<String>),
    Resource(ResourceProfile),
    Core(bool),
    /// Already runs on its own, beside the monolith.
    RunsApart(bool),
}

/// The transition: applies `msg` to `state`. Pure: no signal, no browser, no clock.
pub fn update(state: &mut State, msg: Msg) {
    let step = state.cursor.step;
    let from_storage = matches!(&msg, Msg::Replace { from, .. } if from.is_storage());
    // The undo of a rubric change lives as long as the notice that offers it.
    let keeps_rubric_undo =
        matches!(&msg, Msg::UseRubric(..) | Msg::UsePageRubric | Msg::AcceptSwitching);
    let notice = state.notice.clone();
    let answers_changed = apply(state, msg);
    if !keeps_rubric_undo && state.notice != notice {
        state.rubric_undo = None;
    }
    // The step is saved with the answers, so moving to another step is a change to save too.
    if !from_storage && (answers_changed || state.cursor.step != step) {
        state.edits += 1;
    }
}

/// Applies `msg`; true when the answers changed.
fn apply(s: &mut State, msg: Msg) -> bool {
    match msg {
        Msg::Edit(edit) => {
            // A sandbox made from answers that have since changed would mislead.
            s.sandbox = None;
            edit_answers(s, edit)
        }
        Msg::WhatIf(w) => what_if(s, w),
        Msg::Replace { answers, from } => {
            s.sandbox = None;
            replace(s, answers, from);
            true
        }
        Msg::ReplaceMap(map) => {
            s.answers.domain = map;
            s.errors = SortedMap::new();
            s.map_redraws += 1;
            true
        }
        Msg::Go(cursor) => go(s, cursor),
        Msg::Change(cursor) => {
            let from = s.cursor.step;
            let changed = go(s, cursor);
            s.returning = Some(if from == Step::Results { Step::Results } else { Step::Check });
            changed
        }
        Msg::Continue => {
            if !s.errors.is_empty() {
                s.refusals += 1;
                false
            } else if let Some(back) = s.returning {
                go(s, Cursor::at(back))
            } else if let Some(next) = s.cursor.next(s.questions) {
                go(s, next)
            } else {
                false
            }
        }
        Msg::Back => match s.cursor.prev(s.questions) {
            Some(prev) => go(s, prev),
            None => false,
        },
        Msg::SetError { field, error } => {
            set_error(s, &field, error);
            false
        }
        Msg::Notify(notice) => {
            // A new message takes the place of one that offered an undo, and the undo with it.
            s.undo = None;
            s.notice = Some(notice);
            false
        }
        Msg::Dismiss => {
            s.undo = None;
            s.notice = None;
            false
        }
        Msg::Offer { answers, from, made_with } => offer(s, answers, from, made_with),
        Msg::Accept => match s.pending.take() {
            Some(Offer { answers, from, .. }) => {
                open(s, answers, from);
                true
            }
            None => false,
        },
        Msg::AcceptSwitching => match s.pending.take() {
            Some(Offer {
                answers,
                from,
                mismatch: Some(Mismatch { switch: Some(theirs), .. }),
            }) => {
                open(s, answers, from);
                switch_rubric(s, theirs);
                let w = words(s);
                let opened = s.notice.as_ref().map_or_else(|| w.opened.text(), |n| n.text.clone());
                let text = w
                    .opened_with_theirs
                    .render(&[("notice", &opened), ("rubric", &s.rubric.label())]);
                s.notice = Some(Notice { undo: true, ..Notice::info(text) });
                true
            }
            other => {
                s.pending = other;
                false
            }
        },
        Msg::Decline => match s.pending.take() {
            Some(Offer { from, .. }) => {
                if from == Offered::Link {
                    s.history.push(HistoryCmd::DropFragment);
                }
                false
            }
            None => false,
        },
        Msg::Undo => {
            let rubric_back = match s.rubric_undo.take() {
                Some(before) => {
                    s.rubric = before;
                    set_questions(s);
                    let text = words(s).rubric_again.render(&[("rubric", &s.rubric.label())]);
                    s.notice = Some(Notice::info(text));
                    true
                }
                None => false,
            };
            match s.undo.take() {
                Some(Undo { answers, cursor }) => {
                    s.answers = answers;
                    s.redraws += 1;
                    let w = words(s);
                    let text = if rubric_back {
                        w.previous_back_with.render(&[("rubric", &s.rubric.label())])
                    } else {
                        w.previous_back.text()
                    };
                    s.notice = Some(Notice::info(text));
                    go(s, cursor);
                    true
                }
                None => false,
            }
        }
        Msg::RubricLoading(path) => {
            s.rubric_loading = Some(path);
            false
        }
        Msg::UseRubric(rubric, origin) => {
            use_rubric(s, InUse::new(*rubric, origin));
            offer_deferred(s)
        }
        Msg::RefuseRubric { from, reason } => {
            if from.is_page_rubric() {
                s.rubric_loading = None;
            }
            let changed = offer_deferred(s);
            let w = words(s);
            let what = match &from {
                RubricOrigin::Address(path) => w.refused_address.render(&[("path", path)]),
                RubricOrigin::Imported { name, .. } => w.refused_file.render(&[("name", name)]),
                RubricOrigin::Build => w.refused_build.text(),
                RubricOrigin::Standard => w.refused_standard.text(),
            };
            let refused = w.refused.render(&[
                ("what", &what),
                ("reason", &reason),
                ("rubric", &s.rubric.label()),
            ]);
            match s.notice.as_mut() {
                // The link that waited for the rubric has just opened: say both, and keep its
                // undo, if it has one.
                Some(n) if changed => {
                    n.text = format!("{refused} {}", n.text);
                    n.problem = true;
                }
                _ => {
                    s.undo = None;
                    s.notice = Some(Notice::problem(refused));
                }
            }
            changed
        }
        Msg::UsePageRubric => {
            if s.rubric != s.page_rubric {
                s.undo = None;
                switch_rubric(s, s.page_rubric.clone());
                s.notice = Some(Notice {
                    undo: true,
                    ..Notice::info(
                        words(s).own_rubric_again.render(&[("rubric", &s.rubric.label())]),
                    )
                });
            }
            false
        }
        Msg::Arrived(page) => {
            let mut changed = false;
            if let Some(page) = page.map(|c| within(c, s.questions)) {
                if has_answers(&s.answers) || page.step == s.cursor.step {
                    changed = show(s, page);
                }
            }
            s.history.push(HistoryCmd::Replace(s.cursor));
            changed
        }
        Msg::Popped(page) => {
            let page = within(page, s.questions);
            if page == s.cursor {
                return false;
            }
            s.moved = true;
            show(s, page)
        }
    }
}

/// `cursor` with its question within the questions asked.
fn within(cursor: Cursor, questions: usize) -> Cursor {
    Cursor { question: cursor.question.min(questions.saturating_sub(1)), ..cursor }
}

/// Offers `answers`: opened at once when they would replace nothing, otherwise held for the
/// user's decision. True when the answers changed.
fn offer(s: &mut State, mut answers: Answers, from: Offered, made_with: Option<RubricRef>) -> bool {
    if answers.plan_start.is_none() {
        answers.plan_start = s.answers.plan_start;
    }
    if s.rubric_loading.is_some() && matches!(from, Offered::Link | Offered::File(_)) {
        s.deferred = Some((answers, from, made_with));
        return false;
    }
    // Examples and a fresh start are answers of no rubric: they open with the one in use.
    let mismatch = match from {
        Offered::Link | Offered::File(_) => mismatch(s, made_with),
        Offered::Example(_) | Offered::Fresh | Offered::Workshop(_) => None,
    };
    // A file is imported at once, as it always was, unless its rubric is another.
    let replaces =
        has_answers(&s.answers) && s.answers != answers && !matches!(from, Offered::File(_));
    if mismatch.is_some() || replaces {
        s.pending = Some(Offer { answers, from, mismatch });
        return false;
    }
    open(s, answers, from);
    true
}

/// Offers the link or file that waited for the page's rubric, once it is settled.
fn offer_deferred(s: &mut State) -> bool {
    if s.rubric_loading.is_some() {
        return false;
    }
    match s.deferred.take() {
        Some((answers, from, made_with)) => offer(s, answers, from, made_with),
        None => false,
    }
}

/// How answers made with `made_with` (`None`: the standard rubric) differ from the rubric in
/// use; `None` when they were made with it.
fn mismatch(s: &State, made_with: Option<RubricRef>) -> Option<Mismatch> {
    let mut theirs = made_with.unwrap_or_else(RubricRef::standard);
    // The standard rubric ships with the page: answers made with any release's standard rubric
    // are read with this release's (its wording and figures improve; the answers mean the same).
    if theirs.id == crate::app::rubric::standard_meta().id {
        theirs = RubricRef::standard();
    }
    if theirs.names(&s.rubric.rubric) {
        return None;
    }
    let standard = InUse::standard();
    let switch =
        [s.page_rubric.clone(), standard].into_iter().find(|known| theirs.names(&known.rubric));
    let theirs_label = switch
        .as_ref()
        .map_or_else(|| words(s).rubric_named.render(&[("name", &theirs.label())]), InUse::label);
    Some(Mismatch { theirs: theirs_label, ours: s.rubric.label(), switch })
}

/// Makes `new` the page's rubric or the one in use, and says so.
fn use_rubric(s: &mut State, new: InUse) {
    if new.origin.is_page_rubric() {
        s.rubric_loading = None;
        s.page_rubric = new.clone();
        if !s.rubric.origin.is_page_rubric() {
            s.undo = None;
            let text = words(s)
                .page_rubric_loaded
                .render(&[("page", &new.label()), ("rubric", &s.rubric.label())]);
            s.notice = Some(Notice::info(text));
            return;
        }
        s.rubric = new;
        set_questions(s);
        if let RubricOrigin::Address(_) = s.rubric.origin {
            s.undo = None;
            let text = words(s).organisation_rubric.render(&[("rubric", &s.rubric.label())]);
            s.notice = Some(Notice::info(text));
        }
        return;
    }
    s.undo = None;
    switch_rubric(s, new);
    s.notice =
        Some(Notice {
            undo: true,
            ..Notice::info(words(s).now_using.render(&[
                ("rubric", &s.rubric.label()),
                ("origin", &s.rubric.origin.words(words(s))),
            ]))
        });
}

/// Uses `new`, keeping the rubric it replaces for the undo of the notice the caller sets.
fn switch_rubric(s: &mut State, new: InUse) {
    let before = std::mem::replace(&mut s.rubric, new);
    set_questions(s);
    s.rubric_undo = Some(before);
}

/// The factor questions follow the rubric in use; a question beyond the last is the last.
fn set_questions(s: &mut State) {
    s.questions = s.rubric.rubric.catalogue.factors.len();
    s.cursor = within(s.cursor, s.questions);
}

/// Opens offered answers, and says so.
fn open(s: &mut State, answers: Answers, from: Offered) {
    s.pending = None;
    match from {
        Offered::Link => {
            s.history.push(HistoryCmd::DropFragment);
            replace(s, answers, Source::Link);
        }
        Offered::Example(title) => {
            replace(s, answers, Source::Example);
            let undo = s.undo.is_some();
            let text = example_notice(words(s), Some(&title));
            s.notice = Some(Notice { undo, ..Notice::info(text) });
        }
        Offered::Fresh => replace(s, answers, Source::Fresh),
        Offered::File(name) => replace(s, answers, Source::File(name)),
        Offered::Workshop(n) => replace(s, answers, Source::Workshop(n)),
    }
}

/// What the page says while it shows an example's answers.
fn example_notice(w: &WizardTexts, title: Option<&str>) -> String {
    let which =
        title.map_or_else(|| w.an_example.text(), |t| w.the_example.render(&[("title", t)]));
    w.looking_at_example.render(&[("which", &which)])
}

/// The wizard's words of the rubric in use: notices are written in them.
fn words(s: &State) -> &WizardTexts {
    &s.rubric.rubric.catalogue.texts.wizard
}

/// Shows `cursor` after a move by the user; true when the answers changed (see [`show`]).
fn go(s: &mut State, cursor: Cursor) -> bool {
    s.moved = true;
    let from = s.cursor;
    let changed = show(s, cursor);
    if s.cursor != from {
        s.history.push(HistoryCmd::Push(s.cursor));
    }
    changed
}

/// Shows `cursor`, clearing the errors of the page being left. Arriving on the readiness page
/// marks every capability as seen: a box left unticked there means "not in place".
fn show(s: &mut State, cursor: Cursor) -> bool {
    s.errors = SortedMap::new();
    s.refusals = 0;
    if matches!(cursor.step, Step::Check | Step::Start | Step::Results) {
        s.returning = None;
    }
    s.cursor = cursor;
    s.reached = s.reached.max(cursor.step);
    see_capabilities(s)
}

fn see_capabilities(s: &mut State) -> bool {
    if s.cursor.step != Step::Readiness {
        return false;
    }
    let caps = &mut s.answers.readiness.capabilities;
    let unseen = Capability::ALL.iter().any(|c| !caps.contains_key(c));
    for c in Capability::ALL {
        caps.entry_or_default(c);
    }
    unseen
}

fn replace(s: &mut State, mut answers: Answers, from: Source) {
    // A replacement without a start month keeps the one the plan had.
    if answers.plan_start.is_none() {
        answers.plan_start = s.answers.plan_start;
    }
    // What the user asked for can be undone when it replaced answers of their own.
    let undo = !from.is_storage() && has_answers(&s.answers) && s.answers != answers;
    let previous = std::mem::replace(&mut s.answers, answers);
    s.undo = undo.then_some(Undo { answers: previous, cursor: s.cursor });
    s.redraws += 1;
    let w = words(s);
    let notice = match &from {
        Source::Link => Some(w.opened_link.text()),
        Source::File(name) => Some(w.imported_file.render(&[("name", name)])),
        Source::OtherTab(_) => Some(w.other_tab_updated.text()),
        Source::Example => Some(example_notice(w, None)),
        Source::Workshop(n) => {
            let participants = s.rubric.rubric.catalogue.texts.nouns.participant.count(*n);
            Some(w.opened_workshop.render(&[("participants", &participants)]))
        }
        Source::Fresh if undo => Some(w.started_fresh.text()),
        Source::Saved(_) | Source::Fresh => None,
    };
    if let Some(text) = notice {
        s.notice = Some(Notice { undo, ..Notice::info(text) });
    }
    match from {
        Source::Link | Source::File(_) | Source::Example | Source::Workshop(_) => {
            s.pending = None;
            go(s, Cursor::at(Step::Results));
        }
        Source::Fresh => {
            s.pending = None;
            // A new assessment: only its first steps are visited.
            s.reached = Step::Start;
            go(s, Cursor::at(Step::Context));
        }
        Source::Saved(step) | Source::OtherTab(step) => {
            // The fields redraw from the new answers: errors of the old text are gone.
            let from = s.cursor;
            let cursor = step.map_or(s.cursor, Cursor::at);
            show(s, cursor);
            if s.cursor != from {
                s.history.push(HistoryCmd::Replace(s.cursor));
            }
        }
    }
}

/// The sandbox's transitions.
fn what_if(s: &mut State, w: WhatIf) -> bool {
    match w {
        WhatIf::Edit(edit) => {
            if !edit.is_simple() {
                return false;
            }
            let copy = s.sandbox.take().unwrap_or_else(|| s.answers.clone());
            // Apply the edit to the copy with the same rules as a real edit, then put both back.
            let real = std::mem::replace(&mut s.answers, copy);
            let errors = s.errors.clone();
            edit_answers(s, edit);
            s.errors = errors;
            let copy = std::mem::replace(&mut s.answers, real);
            s.sandbox = (copy != s.answers).then_some(copy);
            false
        }
        WhatIf::Reset => {
            s.sandbox = None;
            false
        }
        WhatIf::Use => {
            let Some(copy) = s.sandbox.take() else { return false };
            s.before_sandbox = Some(s.answers.clone());
            s.answers = copy;
            s.redraws += 1;
            s.notice = Some(Notice::info(words(s).whatif_used.text()));
            true
        }
        WhatIf::Undo => {
            let Some(before) = s.before_sandbox.take() else { return false };
            s.answers = before;
            s.redraws += 1;
            s.notice = Some(Notice::info(words(s).whatif_undone.text()));
            true
        }
    }
}

fn set_error(s: &mut State, field: &str, error: Option<String>) {
    match error {
        Some(message) => s.errors.insert(field.to_string(), message),
        None => {
            s.errors.remove(field);
        }
    }
}

/// Sets `slot` to `value`; true when that changed it.
fn assign<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

fn edit_answers(s: &mut State, edit: Edit) -> bool {
    let a = &mut s.answers;
    match edit {
        Edit::Engineers(v) => assign(&mut a.context.engineers, v),
        Edit::Teams(v) => assign(&mut a.context.teams, v),
        Edit::Stage(v) => assign(&mut a.context.stage, v),
        Edit::DailyRequests(v) => assign(&mut a.context.daily_requests, v),
        Edit::Architecture(v) => {
            if !v.is_some_and(CurrentArchitecture::runs_services) {
                // A hidden field cannot be corrected, so it must not hold the page.
                s.errors.remove(field::SERVICES_TODAY);
            }
            assign(&mut s.answers.context.architecture, v)
        }
        Edit::ServicesToday(v) => assign(&mut a.context.services_today, v),
        Edit::Stack(v) => assign(&mut a.context.stack, Some(v)),
        Edit::Factor(id, Some(option)) if !option.is_empty() => {
            if a.factors.get(&id) == Some(&option) {
                return false;
            }
            a.factors.insert(id, option);
            true
        }
        Edit::Factor(id, _) => a.factors.remove(&id).is_some(),
        Edit::Capability(c, on) => {
            if a.readiness.capabilities.get(&c) == Some(&on) {
                return false;
            }
            a.readiness.capabilities.insert(c, on);
            true
        }
        Edit::OpsHeadcount(v) => assign(&mut a.readiness.ops_headcount, v),
        Edit::PlanStart(month) => assign(&mut a.plan_start, Some(month)),
        Edit::AddModule(raw) => {
            let result = domain_edit::add_module(&mut a.domain, &raw);
            let changed = result.is_ok();
            set_error(s, field::NEW_MODULE, result.err().map(|e| e.to_string()));
            changed
        }
        Edit::RenameModule(id, raw) => {
            let result = domain_edit::rename_module(&mut a.domain, id, &raw);
            let changed = result.is_ok();
            set_error(s, &field::module(id, "name"), result.err().map(|e| e.to_string()));
            changed
        }
        Edit::Module(id, edit) => {
            let Some(m) = a.domain.modules.iter_mut().find(|m| m.id == id) else { return false };
            edit_module(m, edit)
        }
        Edit::Modules(ids, edit) => {
            let mut changed = false;
            for m in a.domain.modules.iter_mut().filter(|m| ids.contains(&m.id)) {
                changed |= edit_module(m, edit.clone());
            }
            if changed {
                // The cards show what they were drawn with: draw them again.
                s.map_redraws += 1;
            }
            changed
        }
        Edit::RemoveModule(id) => {
            let before = a.domain.modules.len();
            domain_edit::remove_module(&mut a.domain, id);
            let changed = a.domain.modules.len() != before;
            s.errors.remove(&field::module(id, "name"));
            s.errors.remove(&field::module(id, "load"));
            changed
        }
        Edit::AddDependency { from, to, kind } => {
            let result = domain_edit::add_dependency(&mut a.domain, from, to, kind);
            let changed = result.is_ok();
            set_error(s, field::NEW_DEPENDENCY, result.err().map(|e| e.to_string()));
            changed
        }
        Edit::RemoveDependency(index) => {
            let before = a.domain.dependencies.len();
            domain_edit::remove_dependency(&mut a.domain, index);
            // The places after it move up: their kind errors no longer name them.
            let stale: Vec<String> = s
                .errors
                .iter()
                .filter(|(k, _)| k.starts_with("dependency-"))
                .map(|(k, _)| k.clone())
                .collect();
            for k in stale {
                s.errors.remove(&k);
            }
            a.domain.dependencies.len() != before
        }
        Edit::DependencyKind(index, kind) => {
            let before = a.domain.dependencies.get(index).map(|d| d.kind);
            let result = domain_edit::set_dependency_kind(&mut a.domain, index, kind);
            let changed = result.is_ok() && before != Some(kind) && before.is_some();
            set_error(s, &field::dependency(index), result.err().map(|e| e.to_string()));
            changed
        }
    }
}

fn edit_module(m: &mut Module, edit: ModuleEdit) -> bool {
    match edit {
        ModuleEdit::Load(v) => assign(&mut m.load, v),
        ModuleEdit::Availability(v) => assign(&mut m.availability, v),
        ModuleEdit::Cadence(v) => assign(&mut m.cadence, v),
        ModuleEdit::Team(v) => assign(&mut m.team, v),
        ModuleEdit::Resource(v) => assign(&mut m.resource, v),
        ModuleEdit::Core(v) => assign(&mut m.core, v),
        ModuleEdit::RunsApart(v) => assign(&mut m.runs_apart, v),
    }
}

/// The state every component can reach through [`use_store`]: read handles, and
/// [`dispatch`](Store::dispatch), the only way to change anything.
#[derive(Clone, Copy)]
pub struct Store {
    state: RwSignal<State>,
    /// Everything the user answered.
    pub answers: Memo<Answers>,
    /// The page on screen.
    pub cursor: Memo<Cursor>,
    /// The engine's output for the current answers.
    pub evaluation: Memo<Evaluation>,
    /// Errors on the page on screen, by field id.
    pub errors: Memo<SortedMap<String, String>>,
    /// How many times Continue was refused on this page (0: the error summary is hidden).
    pub refusals: Memo<usize>,
    /// The page Continue returns to after a "Change" link.
    pub returning: Memo<Option<Step>>,
    /// The latest message for the user.
    pub notice: Memo<Option<Notice>>,
    /// What is on offer over the user's answers, while it waits for their decision.
    pub pending: Memo<Option<Offer>>,
    /// True while the notice can undo the last replacement.
    pub can_undo: Memo<bool>,
    /// The furthest step shown in this assessment.
    pub reached: Memo<Step>,
    /// Counts the changes to save; the autosave follows it.
    pub edits: Memo<usize>,
    /// Counts the replacements from outside the fields; the page redraws its fields on each.
    pub redraws: Memo<usize>,
    /// Counts the replacements of the whole domain map; its cards redraw on each.
    pub map_redraws: Memo<usize>,
    /// The what-if copy of the answers, while there is one.
    pub sandbox: Memo<Option<Answers>>,
    /// The engine's output for the what-if copy, while there is one.
    pub sandbox_evaluation: Memo<Option<Evaluation>>,
    /// True while "Use these answers" can be undone.
    pub sandbox_undo: Memo<bool>,
    /// The rubric in use, and where it came from.
    pub rubric: Memo<InUse>,
    /// The page's own rubric.
    pub page_rubric: Memo<InUse>,
    /// The address of the page's rubric while it loads.
    pub rubric_loading: Memo<Option<String>>,
    /// How many factor questions the factors step asks.
    questions: Memo<usize>,
    /// Performs history commands: set by the browser layer (`app::nav`), absent in tests.
    history: StoredValue<Option<HistoryPerformer>, LocalStorage>,
}

/// What performs the history commands `update` leaves.
type HistoryPerformer = Box<dyn Fn(HistoryCmd)>;

/// The catalogue of the rubric in use, as a component reads it once when it is drawn (every
/// page redraws when the rubric changes).
#[derive(Clone)]
pub struct CatalogueRef(Arc<Rubric>);

impl std::ops::Deref for CatalogueRef {
    type Target = Catalogue;
    fn deref(&self) -> &Catalogue {
        &self.0.catalogue
    }
}

impl Store {
    /// Creates the state with the standard rubric and the given answers.
    pub fn new(answers: Answers) -> Store {
        Store::with_rubric(answers, InUse::standard(), None)
    }

    /// Creates the state with the given answers and the page's own rubric, and the rubric the
    /// user imported earlier, which is used instead when there is one.
    pub fn with_rubric(answers: Answers, page: InUse, imported: Option<InUse>) -> Store {
        let mut initial = State::with_rubric(answers, page);
        if let Some(imported) = imported {
            initial.rubric = imported;
            set_questions(&mut initial);
        }
        let state = RwSignal::new(initial);
        let answers = Memo::new(move |_| state.with(|s| s.answers.clone()));
        let rubric = Memo::new(move |_| state.with(|s| s.rubric.clone()));
        let evaluation = Memo::new(move |_| {
            rubric.with(|r| answers.with(|a| engine::evaluate_with(a, &r.rubric.catalogue)))
        });
        let sandbox = Memo::new(move |_| state.with(|s| s.sandbox.clone()));
        Store {
            state,
            answers,
            cursor: Memo::new(move |_| state.with(|s| s.cursor)),
            evaluation,
            errors: Memo::new(move |_| state.with(|s| s.errors.clone())),
            refusals: Memo::new(move |_| state.with(|s| s.refusals)),
            returning: Memo::new(move |_| state.with(|s| s.returning)),
            notice: Memo::new(move |_| state.with(|s| s.notice.clone())),
            pending: Memo::new(move |_| state.with(|s| s.pending.clone())),
            can_undo: Memo::new(move |_| {
                state.with(|s| s.undo.is_some() || s.rubric_undo.is_some())
            }),
            reached: Memo::new(move |_| state.with(|s| s.reached)),
            edits: Memo::new(move |_| state.with(|s| s.edits)),
            redraws: Memo::new(move |_| state.with(|s| s.redraws)),
            map_redraws: Memo::new(move |_| state.with(|s| s.map_redraws)),
            sandbox,
            sandbox_evaluation: Memo::new(move |_| {
                rubric.with(|r| {
                    sandbox
                        .with(|x| x.as_ref().map(|a| engine::evaluate_with(a, &r.rubric.catalogue)))
                })
            }),
            sandbox_undo: Memo::new(move |_| state.with(|s| s.before_sandbox.is_some())),
            rubric,
            page_rubric: Memo::new(move |_| state.with(|s| s.page_rubric.clone())),
            rubric_loading: Memo::new(move |_| state.with(|s| s.rubric_loading.clone())),
            questions: Memo::new(move |_| state.with(|s| s.questions)),
            history: StoredValue::new_local(None),
        }
    }

    /// Changes the state: the one writer. The history commands the change leaves are handed
    /// to the browser layer, if there is one.
    pub fn dispatch(&self, msg: Msg) {
        let mut commands = Vec::new();
        self.state.update(|s| {
            update(s, msg);
            commands = std::mem::take(&mut s.history);
        });
        if !commands.is_empty() {
            self.history.with_value(|perform| {
                if let Some(perform) = perform {
                    commands.into_iter().for_each(perform);
                }
            });
        }
    }

    /// Has `perform` carry out every history command from now on (the browser layer's hook).
    pub fn on_history(&self, perform: impl Fn(HistoryCmd) + 'static) {
        self.history.set_value(Some(Box::new(perform)));
    }

    /// The catalogue of the rubric the answers are evaluated against (not a reactive read:
    /// the page redraws when the rubric changes).
    pub fn catalogue(&self) -> CatalogueRef {
        CatalogueRef(self.rubric.with_untracked(|r| Arc::clone(&r.rubric)))
    }

    /// How many factor questions the factors step asks (a reactive read).
    pub fn questions(&self) -> usize {
        self.questions.get()
    }

    /// True once the user has moved between pages.
    pub fn has_moved(&self) -> bool {
        self.state.with_untracked(|s| s.moved)
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

#[cfg(test)]
mod tests {
    use super::*;

    const QUESTIONS: usize = 3;

    fn at(step: Step) -> State {
        let mut s = State::new(Answers::default(), QUESTIONS);
        s.cursor = Cursor::at(step);
        s
    }

    fn with_engineers(n: u32) -> Answers {
        let mut a = Answers::default();
        a.context.engineers = Some(n);
        a
    }

    /// Applies `msgs` in order; the state they leave.
    fn run(mut s: State, msgs: Vec<Msg>) -> State {
        for msg in msgs {
            update(&mut s, msg);
        }
        s
    }

    fn edit(e: Edit) -> Msg {
        Msg::Edit(e)
    }

    fn error(field: &str, text: &str) -> Msg {
        Msg::SetError { field: field.to_string(), error: Some(text.to_string()) }
    }

    /// One row of a table: messages from a page, and what the autosave and the page's fields
    /// are told (edits to save, redraws).
    #[track_caller]
    fn counts(from: Step, msgs: Vec<Msg>, edits: usize, redraws: usize) {
        let s = run(at(from), msgs);
        assert_eq!((s.edits, s.redraws), (edits, redraws));
    }

    #[test]
    fn what_the_autosave_and_the_fields_are_told_follows_from_the_message() {
        let answers = with_engineers(9);
        let factor =
            |o: Option<&str>| edit(Edit::Factor(FactorId::ScalingProfile, o.map(Into::into)));
        // An edit is saved and redraws nothing: the field already shows it.
        counts(Step::Context, vec![edit(Edit::Engineers(Some(4)))], 1, 0);
        // An edit that changes nothing is not a change.
        counts(Step::Context, vec![edit(Edit::Engineers(None))], 0, 0);
        counts(Step::Factors, vec![factor(None), factor(Some(""))], 0, 0);
        counts(Step::Factors, vec![factor(Some("one_hot")), factor(Some("one_hot"))], 1, 0);
        // Errors and notices are not saved.
        counts(Step::Context, vec![error("engineers", "Enter a number"), Msg::Dismiss], 0, 0);
        // The step is saved: another step is a change, another factor question is not.
        counts(Step::Context, vec![Msg::Continue], 1, 0);
        counts(Step::Factors, vec![Msg::Continue, Msg::Back], 0, 0);
        // Replacements from outside redraw; those read from storage are not saved again.
        for from in [Source::Link, Source::File("a.json".into()), Source::Example, Source::Fresh] {
            counts(Step::Check, vec![Msg::Replace { answers: answers.clone(), from }], 1, 1);
        }
        for from in [Source::Saved(Some(Step::Results)), Source::OtherTab(None)] {
            counts(Step::Check, vec![Msg::Replace { answers: answers.clone(), from }], 0, 1);
        }
        // A map replaced whole redraws the map's cards, not the page.
        let s = run(at(Step::DomainMap), vec![Msg::ReplaceMap(examples_map())]);
        assert_eq!((s.edits, s.redraws, s.map_redraws), (1, 0, 1));
    }

    #[test]
    fn an_imported_call_can_become_an_event_and_a_duplicate_kind_is_refused_beside_it() {
        let mut start = at(Step::DomainMap);
        let map = &mut start.answers.domain;
        let a = domain_edit::add_module(map, "orders").unwrap();
        let b = domain_edit::add_module(map, "billing").unwrap();
        domain_edit::add_dependency(map, a, b, DepKind::Sync).unwrap();
        domain_edit::add_dependency(map, a, b, DepKind::Async).unwrap();
        map.dependencies[0].imports = 12;
        // The call becomes shared reads and keeps its twelve imports.
        let shared = DepKind::SharedTables { shared_writes: false };
        let s = run(start, vec![Msg::Edit(Edit::DependencyKind(0, shared))]);
        assert_eq!(
            (s.answers.domain.dependencies[0].kind, s.answers.domain.dependencies[0].imports),
            (shared, 12)
        );
        assert_eq!(s.edits, 1);
        // The event already links the two: refused, with the message beside that dependency.
        let s = run(s, vec![Msg::Edit(Edit::DependencyKind(0, DepKind::Async))]);
        assert_eq!(s.answers.domain.dependencies[0].kind, shared);
        assert!(s.errors.get(&field::dependency(0)).is_some_and(|e| !e.is_empty()));
        assert_eq!(s.edits, 1);
        // Removing a dependency clears what was said of the places after it.
        let s = run(s, vec![Msg::Edit(Edit::RemoveDependency(1))]);
        assert!(s.errors.get(&field::dependency(0)).is_none());
    }

    #[test]
    fn a_bulk_edit_sets_every_selected_module_once_and_redraws_the_cards() {
        let mut start = at(Step::DomainMap);
        for name in ["billing", "orders", "search"] {
            domain_edit::add_module(&mut start.answers.domain, name).unwrap();
        }
        let ids: Vec<u32> = start.answers.domain.modules.iter().map(|m| m.id).collect();
        let team = ModuleEdit::Team(Some("payments".into()));
        let s = run(start.clone(), vec![Msg::Edit(Edit::Modules(ids[..2].to_vec(), team.clone()))]);
        let teams: Vec<Option<&str>> =
            s.answers.domain.modules.iter().map(|m| m.team.as_deref()).collect();
        assert_eq!(teams, [Some("payments"), Some("payments"), None]);
        assert_eq!((s.edits, s.map_redraws), (1, 1));
        // Setting what is already set changes nothing, saves nothing and redraws nothing.
        let again = run(s, vec![Msg::Edit(Edit::Modules(ids[..2].to_vec(), team))]);
        assert_eq!((again.edits, again.map_redraws), (1, 1));
        // Ids no longer on the map are passed over.
        let gone = run(start, vec![Msg::Edit(Edit::Modules(vec![999], ModuleEdit::Core(true)))]);
        assert_eq!(gone.edits, 0);
    }

    fn examples_map() -> DomainMap {
        let mut map = DomainMap::default();
        domain_edit::add_module(&mut map, "billing").unwrap();
        map
    }

    #[test]
    fn continue_moves_on_unless_the_page_has_errors() {
        let s = run(at(Step::Context), vec![error("engineers", "Enter a number"), Msg::Continue]);
        assert_eq!((s.cursor, s.refusals), (Cursor::at(Step::Context), 1));
        let s = run(s, vec![Msg::Continue]);
        assert_eq!(s.refusals, 2, "each refusal shows (and focuses) the summary again");
        let s =
            run(s, vec![Msg::SetError { field: "engineers".into(), error: None }, Msg::Continue]);
        assert_eq!((s.cursor, s.refusals), (Cursor::at(Step::Factors), 0));
        assert!(s.moved);
        // Back is never held by errors, and leaves them behind.
        let s = run(s, vec![error("x", "y"), Msg::Back]);
        assert_eq!(s.cursor, Cursor::at(Step::Context));
        assert!(s.errors.is_empty());
        // The last factor question comes before readiness, both ways.
        let s = run(at(Step::Readiness), vec![Msg::Back]);
        assert_eq!(s.cursor, Cursor { step: Step::Factors, question: QUESTIONS - 1 });
    }

    #[test]
    fn a_change_link_returns_to_the_page_it_was_on() {
        let s = run(at(Step::Check), vec![Msg::Change(Cursor::at(Step::Context))]);
        assert_eq!((s.cursor.step, s.returning), (Step::Context, Some(Step::Check)));
        let s = run(s, vec![Msg::Continue]);
        assert_eq!((s.cursor.step, s.returning), (Step::Check, None));
        let s =
            run(at(Step::Results), vec![Msg::Change(Cursor::at(Step::Readiness)), Msg::Continue]);
        assert_eq!(s.cursor.step, Step::Results);
    }

    #[test]
    fn each_source_opens_its_page_and_says_what_happened() {
        let answers = with_engineers(9);
        let replace =
            |from| run(at(Step::Context), vec![Msg::Replace { answers: answers.clone(), from }]);
        let notice = |s: &State| s.notice.as_ref().map(|n| n.text.clone());

        let s = replace(Source::Link);
        assert_eq!(s.cursor.step, Step::Results);
        assert_eq!(notice(&s).as_deref(), Some("Opened the answers from the link."));
        let s = replace(Source::File("team.json".into()));
        assert_eq!(s.cursor.step, Step::Results);
        assert_eq!(
            notice(&s).as_deref(),
            Some("Imported the answers from \u{201c}team.json\u{201d}.")
        );
        let s = replace(Source::Example);
        assert_eq!(s.cursor.step, Step::Results);
        assert!(notice(&s).is_some_and(|n| n.starts_with("You are looking at an example")));
        let s = replace(Source::Fresh);
        assert_eq!(s.cursor.step, Step::Context);
        let s = replace(Source::Saved(Some(Step::Check)));
        assert_eq!((s.cursor.step, s.moved, notice(&s)), (Step::Check, false, None));
        let s = replace(Source::OtherTab(None));
        assert_eq!(s.cursor.step, Step::Context, "no step saved: the page stays");
        assert_eq!(notice(&s).as_deref(), Some("Your answers were updated from another tab."));
        assert_eq!(s.answers, answers);
    }

    #[test]
    fn a_replacement_keeps_the_start_month_and_drops_the_old_fields_errors() {
        let month = YearMonth { year: 2027, month: 4 };
        let mut s = at(Step::Context);
        s.answers.plan_start = Some(month);
        let s = run(
            s,
            vec![
                error("engineers", "Enter a number"),
                Msg::Replace { answers: with_engineers(3), from: Source::OtherTab(None) },
            ],
        );
        assert_eq!(s.answers.plan_start, Some(month));
        assert!(s.errors.is_empty(), "the fields redraw from the new answers");
    }

    fn offer(answers: &Answers, from: Offered) -> Msg {
        Msg::Offer { answers: answers.clone(), from, made_with: None }
    }

    fn example(title: &str) -> Offered {
        Offered::Example(title.to_string())
    }

    #[test]
    fn offered_answers_open_at_once_or_wait_when_they_would_replace_work() {
        let link = with_engineers(40);
        let s = run(at(Step::Start), vec![offer(&link, Offered::Link)]);
        assert_eq!((s.answers.clone(), s.cursor.step, s.edits), (link.clone(), Step::Results, 1));
        assert_eq!(s.undo, None, "nothing was replaced, so there is nothing to undo");

        let busy = State { answers: with_engineers(7), ..at(Step::Context) };
        for from in [Offered::Link, example("Blog"), Offered::Fresh] {
            let s = run(busy.clone(), vec![offer(&link, from.clone())]);
            assert_eq!(s.pending.as_ref().map(|o| &o.from), Some(&from));
            assert_eq!(
                (s.answers.context.engineers, s.edits, s.cursor.step),
                (Some(7), 0, Step::Context)
            );
            let kept = run(s.clone(), vec![Msg::Decline]);
            assert_eq!((kept.pending, kept.answers.context.engineers), (None, Some(7)));
            let opened = run(s, vec![Msg::Accept]);
            assert_eq!(opened.pending, None);
            assert_eq!(opened.undo.as_ref().map(|u| u.answers.context.engineers), Some(Some(7)));
            assert!(
                opened.notice.as_ref().is_some_and(|n| n.undo),
                "{from:?}: the notice offers undo"
            );
        }
        assert_eq!(run(busy.clone(), vec![Msg::Accept, Msg::Decline]).edits, 0, "nothing on offer");
        // The same answers replace nothing: no question.
        let s = run(busy, vec![offer(&with_engineers(7), Offered::Link)]);
        assert_eq!((s.pending, s.cursor.step), (None, Step::Results));
    }

    #[test]
    fn an_example_says_it_is_one_and_undo_puts_the_answers_and_the_page_back() {
        let mine = with_engineers(7);
        let blog = with_engineers(3);
        let s = run(
            State { answers: mine.clone(), ..at(Step::Start) },
            vec![offer(&blog, example("Blog"))],
        );
        let s = run(s, vec![Msg::Accept]);
        assert_eq!((s.answers.clone(), s.cursor.step), (blog.clone(), Step::Results));
        let notice = s.notice.clone().unwrap();
        assert!(
            notice.text.starts_with("You are looking at the example \u{201c}Blog\u{201d}"),
            "{notice:?}"
        );
        assert!(notice.undo && !notice.problem);

        let redraws = s.redraws;
        let back = run(s.clone(), vec![Msg::Undo]);
        assert_eq!(
            (back.answers.clone(), back.cursor.step, back.undo),
            (mine.clone(), Step::Start, None)
        );
        assert_eq!(back.redraws, redraws + 1, "the fields redraw from the answers put back");
        assert_eq!(back.notice.map(|n| n.text).as_deref(), Some("Your previous answers are back."));
        assert_eq!(back.edits, s.edits + 1, "and they are saved");
        // Dismissing the notice, or another message, takes the undo away.
        assert_eq!(run(s.clone(), vec![Msg::Dismiss, Msg::Undo]).answers, blog);
        assert_eq!(run(s, vec![Msg::Notify(Notice::info("x")), Msg::Undo]).answers, blog);

        // Without answers of one's own, an example is simply opened, and still says what it is.
        let s = run(at(Step::Start), vec![offer(&blog, example("Blog"))]);
        assert!(s.notice.as_ref().is_some_and(|n| n.text.contains("example") && !n.undo));
        // A file replacing work can be undone too; answers from storage never can.
        let busy = State { answers: mine.clone(), ..at(Step::Check) };
        let s = run(
            busy.clone(),
            vec![Msg::Replace { answers: blog.clone(), from: Source::File("a.json".into()) }],
        );
        assert_eq!(run(s, vec![Msg::Undo]).answers, mine);
        let s = run(busy, vec![Msg::Replace { answers: blog, from: Source::OtherTab(None) }]);
        assert_eq!(s.undo, None);
    }

    /// The history commands that `msgs` leave, from `state`.
    fn history(state: State, msgs: Vec<Msg>) -> Vec<HistoryCmd> {
        run(state, msgs).history
    }

    fn factor(question: usize) -> Cursor {
        Cursor { step: Step::Factors, question }
    }

    #[test]
    fn every_move_is_a_history_entry_and_every_other_change_of_page_replaces_one() {
        use HistoryCmd::*;
        let table: Vec<(State, Vec<Msg>, Vec<HistoryCmd>)> = vec![
            // Moves by the user: one entry per page, each question its own.
            (at(Step::Context), vec![Msg::Continue], vec![Push(factor(0))]),
            (
                at(Step::Context),
                vec![Msg::Continue, Msg::Continue],
                vec![Push(factor(0)), Push(factor(1))],
            ),
            (at(Step::Readiness), vec![Msg::Back], vec![Push(factor(QUESTIONS - 1))]),
            (at(Step::Check), vec![Msg::Change(factor(2))], vec![Push(factor(2))]),
            (
                at(Step::Check),
                vec![Msg::Go(Cursor::at(Step::Start))],
                vec![Push(Cursor::at(Step::Start))],
            ),
            // No move, no entry: the same page, a refused Continue, the first page's Back.
            (at(Step::Check), vec![Msg::Go(Cursor::at(Step::Check))], vec![]),
            (at(Step::Context), vec![error("engineers", "Enter a number"), Msg::Continue], vec![]),
            (at(Step::Start), vec![Msg::Back], vec![]),
            (at(Step::Context), vec![edit(Edit::Engineers(Some(3)))], vec![]),
            // Back and Forward: the browser already shows the entry.
            (at(Step::Context), vec![Msg::Popped(factor(1))], vec![]),
            // The autosave and other tabs change the page without an entry of their own.
            (
                at(Step::Start),
                vec![Msg::Replace {
                    answers: with_engineers(2),
                    from: Source::Saved(Some(Step::Check)),
                }],
                vec![Replace(Cursor::at(Step::Check))],
            ),
            (
                at(Step::Check),
                vec![Msg::Replace { answers: with_engineers(2), from: Source::OtherTab(None) }],
                vec![],
            ),
            // A link opened or declined leaves the address, then the page moves on.
            (
                at(Step::Start),
                vec![offer(&with_engineers(2), Offered::Link)],
                vec![DropFragment, Push(Cursor::at(Step::Results))],
            ),
            (
                State { answers: with_engineers(9), ..at(Step::Check) },
                vec![offer(&with_engineers(2), Offered::Link), Msg::Continue, Msg::Decline],
                vec![Push(Cursor::at(Step::Results)), DropFragment],
            ),
            (
                State { answers: with_engineers(9), ..at(Step::Check) },
                vec![offer(&with_engineers(2), example("Blog")), Msg::Decline],
                vec![],
            ),
        ];
        for (i, (state, msgs, expected)) in table.into_iter().enumerate() {
            assert_eq!(history(state, msgs), expected, "row {i}");
        }
    }

    #[test]
    fn the_address_opens_its_page_when_there_are_answers_to_show_on_it() {
        use HistoryCmd::Replace;
        let with = |answers: Answers, step: Step| State { answers, ..at(step) };
        let arrive = |s: State, page: Option<Cursor>| run(s, vec![Msg::Arrived(page)]);
        // A bookmark with answers opens its page; the address then names the page shown.
        let s = arrive(with(with_engineers(4), Step::Start), Some(factor(2)));
        assert_eq!((s.cursor, s.history.clone()), (factor(2), vec![Replace(factor(2))]));
        assert!(!s.moved, "opening is not a move: focus stays at the top of the document");
        // Without answers it opens at the start, and the address says so.
        let s = arrive(at(Step::Start), Some(Cursor::at(Step::Results)));
        assert_eq!(
            (s.cursor, s.history),
            (Cursor::at(Step::Start), vec![Replace(Cursor::at(Step::Start))])
        );
        // A reload on the step the autosave reopened keeps its question, answers or not.
        let s = arrive(at(Step::Factors), Some(factor(1)));
        assert_eq!(s.cursor, factor(1));
        // No page in the address: the autosave's page stays, and is written into it.
        let s = arrive(with(with_engineers(4), Step::Check), None);
        assert_eq!(
            (s.cursor, s.history),
            (Cursor::at(Step::Check), vec![Replace(Cursor::at(Step::Check))])
        );
        // A question beyond the last is the last.
        let s = arrive(with(with_engineers(4), Step::Start), Some(factor(99)));
        assert_eq!(s.cursor, factor(QUESTIONS - 1));
    }

    #[test]
    fn back_and_forward_show_the_page_of_the_entry() {
        let s = run(
            at(Step::Context),
            vec![error("engineers", "Enter a number"), Msg::Popped(factor(1))],
        );
        assert_eq!((s.cursor, s.moved, s.errors.is_empty()), (factor(1), true, true));
        assert_eq!(s.edits, 1, "the step is saved");
        // An entry of the page on screen (a fragment typed in) changes nothing, errors included.
        let s = run(
            at(Step::Context),
            vec![error("engineers", "Enter a number"), Msg::Popped(Cursor::at(Step::Context))],
        );
        assert_eq!((s.errors.is_empty(), s.moved), (false, false));
        let s = run(at(Step::Context), vec![Msg::Popped(factor(50))]);
        assert_eq!(s.cursor, factor(QUESTIONS - 1));
    }

    #[test]
    fn the_progress_links_the_steps_reached_in_this_assessment() {
        let s = run(at(Step::Start), vec![Msg::Go(Cursor::at(Step::Context)), Msg::Continue]);
        assert_eq!(s.reached, Step::Factors);
        let s = run(s, vec![Msg::Back, Msg::Back]);
        assert_eq!(s.reached, Step::Factors, "going back keeps what was reached");
        let s = run(s, vec![offer(&with_engineers(3), example("Blog"))]);
        assert_eq!(s.reached, Step::Results);
        let s = run(s, vec![offer(&Answers::default(), Offered::Fresh), Msg::Accept]);
        assert_eq!(
            (s.cursor.step, s.reached),
            (Step::Context, Step::Context),
            "a new assessment starts over"
        );
        let s = run(
            at(Step::Start),
            vec![Msg::Replace {
                answers: with_engineers(1),
                from: Source::Saved(Some(Step::Check)),
            }],
        );
        assert_eq!(s.reached, Step::Check);
    }

    #[test]
    fn the_store_hands_history_commands_to_the_browser_layer_and_keeps_none() {
        use std::cell::RefCell;
        use std::rc::Rc;
        let owner = Owner::new();
        owner.with(|| {
            let store = Store::new(Answers::default());
            // Without a browser layer, navigation stays in memory.
            store.dispatch(Msg::Go(Cursor::at(Step::Context)));
            let seen = Rc::new(RefCell::new(Vec::new()));
            let log = Rc::clone(&seen);
            store.on_history(move |cmd| log.borrow_mut().push(cmd));
            store.dispatch(Msg::Continue);
            store.dispatch(Msg::Continue);
            assert_eq!(
                *seen.borrow(),
                vec![HistoryCmd::Push(factor(0)), HistoryCmd::Push(factor(1))]
            );
            assert!(store.state.with_untracked(|s| s.history.is_empty()));
        });
    }

    #[test]
    fn domain_edits_apply_whole_or_become_their_fields_error() {
        let s = run(
            at(Step::DomainMap),
            vec![edit(Edit::AddModule("Billing".into())), edit(Edit::AddModule("billing".into()))],
        );
        assert_eq!(s.answers.domain.modules.len(), 1);
        assert!(s.errors.get(field::NEW_MODULE).is_some_and(|e| e.contains("already exists")));
        assert_eq!(s.edits, 1, "the refused name is no change");

        let s = run(s, vec![edit(Edit::AddModule("Search".into()))]);
        assert_eq!(s.errors.get(field::NEW_MODULE), None, "the next good name clears it");
        let s = run(s, vec![edit(Edit::RenameModule(2, "BILLING".into()))]);
        assert!(s.errors.get(&field::module(2, "name")).is_some());
        let s = run(
            s,
            vec![
                error(&field::module(2, "load"), "Enter a number"),
                edit(Edit::AddDependency { from: 2, to: 2, kind: DepKind::Sync }),
            ],
        );
        assert!(s.errors.get(field::NEW_DEPENDENCY).is_some_and(|e| e.contains("itself")));
        let s = run(s, vec![edit(Edit::AddDependency { from: 2, to: 1, kind: DepKind::Sync })]);
        assert_eq!(
            (s.answers.domain.dependencies.len(), s.errors.get(field::NEW_DEPENDENCY)),
            (1, None)
        );
        let s = run(
            s,
            vec![
                edit(Edit::Module(2, ModuleEdit::Load(5))),
                edit(Edit::Module(9, ModuleEdit::Load(5))),
            ],
        );
        assert_eq!(s.answers.domain.modules[1].load, 5);

        // Removing a module takes its dependencies and its fields' errors with it.
        let s = run(s, vec![edit(Edit::RemoveModule(2))]);
        assert_eq!((s.answers.domain.modules.len(), s.answers.domain.dependencies.len()), (1, 0));
        assert!(s.errors.get(&field::module(2, "name")).is_none());
        assert!(s.errors.get(&field::module(2, "load")).is_none());
    }

    #[test]
    fn a_hidden_services_question_does_not_hold_the_page() {
        let s = run(
            at(Step::Context),
            vec![
                edit(Edit::Architecture(Some(CurrentArchitecture::SomeServices))),
                error(field::SERVICES_TODAY, "Enter a number"),
                edit(Edit::Architecture(Some(CurrentArchitecture::Microservices))),
            ],
        );
        assert!(s.errors.get(field::SERVICES_TODAY).is_some(), "still asked: still wrong");
        let s = run(s, vec![edit(Edit::Architecture(Some(CurrentArchitecture::Monolith)))]);
        assert!(s.errors.is_empty());
    }

    #[test]
    fn arriving_on_readiness_marks_every_capability_as_seen() {
        let s = run(at(Step::Factors), vec![Msg::Go(Cursor::at(Step::Readiness))]);
        assert_eq!(s.answers.readiness.capabilities.iter().count(), Capability::ALL.len());
        assert!(s.answers.readiness.capabilities.iter().all(|(_, on)| !on));
        let ticked =
            run(s, vec![edit(Edit::Capability(Capability::CiCd, true)), Msg::Back, Msg::Continue]);
        assert_eq!(ticked.answers.readiness.capabilities.get(&Capability::CiCd), Some(&true));
    }

    #[test]
    fn the_store_is_the_state_behind_read_handles() {
        let owner = Owner::new();
        owner.with(|| {
            let store = Store::new(Answers::default());
            let before = store.evaluation.get_untracked();
            store.dispatch(Msg::Go(Cursor::at(Step::Context)));
            store.dispatch(edit(Edit::Engineers(Some(60))));
            store.dispatch(edit(Edit::Teams(Some(8))));
            assert_eq!(store.cursor.get_untracked(), Cursor::at(Step::Context));
            assert_eq!(store.answers.get_untracked().context.engineers, Some(60));
            assert_eq!(store.edits.get_untracked(), 3);
            assert_eq!(store.redraws.get_untracked(), 0);
            assert!(store.has_moved());
            // The evaluation follows the answers.
            let after = store.evaluation.get_untracked();
            assert_eq!(after, engine::evaluate(&store.answers.get_untracked()));
            assert_ne!(after, before);
        });
    }

    /// A rubric other than the standard one, as if read from a file with this name.
    fn acme(version: &str) -> Rubric {
        let mut r = Rubric::standard();
        r.meta.id = "acme-architecture".to_string();
        r.meta.name = "Acme architecture rubric".to_string();
        r.meta.version = version.to_string();
        r.sha256 = format!("{:0<64}", version.replace('.', ""));
        r.catalogue.thresholds.small_team_below = 30;
        r
    }

    fn imported(name: &str) -> RubricOrigin {
        RubricOrigin::Imported { name: name.to_string(), text: "{}".into() }
    }

    fn in_use(s: &State) -> (String, RubricOrigin) {
        (s.rubric.rubric.meta.version.clone(), s.rubric.origin.clone())
    }

    fn notice_text(s: &State) -> String {
        s.notice.as_ref().map(|n| n.text.clone()).unwrap_or_default()
    }

    #[test]
    fn notices_are_written_in_the_words_of_the_rubric_in_use() {
        let mut r = acme("2.1.0");
        r.catalogue.texts.wizard.now_using =
            engine::Template::new("Jetzt gilt {rubric} ({origin}).");
        r.catalogue.texts.wizard.rubric_named =
            engine::Template::new("die Rubrik \u{201e}{name}\u{201c}");
        r.catalogue.texts.wizard.origin_imported =
            engine::Template::new("aus \u{201e}{name}\u{201c} importiert");
        let s = run(at(Step::Results), vec![Msg::UseRubric(Box::new(r), imported("entwurf.json"))]);
        assert_eq!(
            notice_text(&s),
            "Jetzt gilt die Rubrik \u{201e}Acme architecture rubric 2.1.0 (210000000000)\u{201c} \
             (aus \u{201e}entwurf.json\u{201c} importiert)."
        );
    }

    #[test]
    fn a_rubric_is_used_through_a_message_and_can_be_undone() {
        let s = run(
            at(Step::Results),
            vec![Msg::UseRubric(Box::new(acme("2.1.0")), imported("draft.json"))],
        );
        assert_eq!(in_use(&s), ("2.1.0".to_string(), imported("draft.json")));
        assert!(s.page_rubric.rubric.is_standard(), "the page's own rubric stays the standard");
        let n = s.notice.clone().expect("a notice");
        assert!(!n.problem && n.undo, "{n:?}");
        assert!(
            n.text.contains("Acme architecture rubric 2.1.0") && n.text.contains("draft.json"),
            "{n:?}"
        );
        assert_eq!(s.edits, 0, "a rubric is not an answer to save");
        // Undo puts the standard rubric back and says so.
        let back = run(s.clone(), vec![Msg::Undo]);
        assert!(back.rubric.rubric.is_standard() && back.rubric_undo.is_none());
        assert!(notice_text(&back).contains("the standard rubric"), "{}", notice_text(&back));
        // Its undo lives as long as its notice.
        let gone = run(s.clone(), vec![Msg::Dismiss, Msg::Undo]);
        assert_eq!(in_use(&gone).0, "2.1.0");
        let gone = run(s.clone(), vec![Msg::Notify(Notice::info("x")), Msg::Undo]);
        assert_eq!(in_use(&gone).0, "2.1.0");
        // Back to the page's own rubric, which can be undone too.
        let page = run(s, vec![Msg::UsePageRubric]);
        assert!(page.rubric.rubric.is_standard());
        assert_eq!(in_use(&run(page, vec![Msg::Undo])).0, "2.1.0");
    }

    #[test]
    fn the_evaluation_follows_the_rubric_in_use() {
        let owner = Owner::new();
        owner.with(|| {
            let store = Store::new(with_engineers(25));
            let standard = store.evaluation.get_untracked();
            let mut tuned = acme("2.1.0");
            tuned
                .catalogue
                .verdicts
                .iter_mut()
                .for_each(|v| v.label = format!("Acme: {}", v.label));
            store.dispatch(Msg::UseRubric(Box::new(tuned.clone()), imported("acme.json")));
            let acme = store.evaluation.get_untracked();
            assert_eq!(acme, engine::evaluate_with(&with_engineers(25), &tuned.catalogue));
            assert!(acme.verdict.label.starts_with("Acme: "), "{}", acme.verdict.label);
            assert_ne!(acme, standard);
            assert_eq!(store.catalogue().thresholds.small_team_below, 30);
            store.dispatch(Msg::Undo);
            assert_eq!(store.evaluation.get_untracked(), standard);
        });
    }

    #[test]
    fn a_refused_rubric_keeps_the_one_in_use_and_says_why() {
        let s =
            run(at(Step::Start), vec![Msg::UseRubric(Box::new(acme("2.1.0")), imported("a.json"))]);
        let refused = run(
            s,
            vec![Msg::RefuseRubric {
                from: imported("broken.json"),
                reason: "The rubric file is empty.".to_string(),
            }],
        );
        assert_eq!(in_use(&refused).0, "2.1.0", "a refused rubric never replaces the working one");
        let n = refused.notice.clone().expect("a notice");
        assert!(n.problem && !n.undo);
        assert_eq!(
            n.text,
            "The rubric file \u{201c}broken.json\u{201d} was not used. The rubric file is empty. This page uses the rubric \u{201c}Acme architecture rubric 2.1.0 (210000000000)\u{201d}."
        );
        // A page rubric that fails to load ends the wait, and names the standard rubric in use.
        let address = RubricOrigin::Address("rubric.json".to_string());
        let s = run(
            at(Step::Start),
            vec![
                Msg::RubricLoading("rubric.json".to_string()),
                Msg::RefuseRubric {
                    from: address,
                    reason: "There is no file at that address.".into(),
                },
            ],
        );
        assert_eq!(s.rubric_loading, None);
        assert!(notice_text(&s)
            .contains("This page uses the standard rubric \u{201c}Seams standard rubric 1.0.0 ("));
    }

    #[test]
    fn the_page_s_rubric_loads_in_the_background_and_an_imported_one_stays_in_use() {
        let address = RubricOrigin::Address("rubric.json".to_string());
        let s = run(at(Step::Results), vec![Msg::RubricLoading("rubric.json".into())]);
        assert_eq!(s.rubric_loading.as_deref(), Some("rubric.json"));
        let s = run(s, vec![Msg::UseRubric(Box::new(acme("1.0.0")), address.clone())]);
        assert_eq!(
            (s.rubric_loading.clone(), in_use(&s)),
            (None, ("1.0.0".to_string(), address.clone()))
        );
        assert_eq!(s.page_rubric, s.rubric);
        assert!(s.rubric_undo.is_none(), "the page's own rubric is not a change to undo");
        // An imported rubric in use stays when the page's loads after it.
        let mut s = at(Step::Results);
        s.rubric = InUse::new(acme("9.0.0"), imported("draft.json"));
        let s = run(s, vec![Msg::UseRubric(Box::new(acme("1.0.0")), address.clone())]);
        assert_eq!(in_use(&s).0, "9.0.0");
        assert_eq!(s.page_rubric.origin, address);
        assert!(notice_text(&s).contains("still use the one you imported"));
        let s = run(s, vec![Msg::UsePageRubric]);
        assert_eq!(in_use(&s).0, "1.0.0");
    }

    #[test]
    fn answers_made_with_an_earlier_standard_rubric_open_with_this_one() {
        // A file saved by an earlier release names that release's standard rubric (another
        // hash): on a page that uses the standard rubric it opens at once, with no question.
        let earlier = RubricRef {
            id: crate::app::rubric::standard_meta().id,
            version: "1.0.0".to_string(),
            sha256: "0".repeat(64),
        };
        let s = run(
            State { answers: with_engineers(7), ..at(Step::Start) },
            vec![Msg::Offer {
                answers: with_engineers(40),
                from: Offered::File("old.json".into()),
                made_with: Some(earlier),
            }],
        );
        assert_eq!((s.pending.clone(), s.answers.clone()), (None, with_engineers(40)));
    }

    #[test]
    fn answers_made_with_another_rubric_ask_first_and_can_switch_to_theirs() {
        let acme_ref = |r: &Rubric| Some(r.short_reference());
        let link = with_engineers(40);
        let on_acme = |answers: Answers| {
            let mut s = State { answers, ..at(Step::Start) };
            s.rubric = InUse::new(acme("2.1.0"), RubricOrigin::Address("rubric.json".into()));
            s.page_rubric = s.rubric.clone();
            s
        };
        // A link made with the rubric in use opens at once, as before.
        let s = run(
            on_acme(Answers::default()),
            vec![Msg::Offer {
                answers: link.clone(),
                from: Offered::Link,
                made_with: acme_ref(&acme("2.1.0")),
            }],
        );
        assert_eq!((s.pending.clone(), s.cursor.step), (None, Step::Results));
        // A link of the standard rubric (every link from before rubrics) asks, even with no
        // answers to replace, and offers the standard rubric.
        let s = run(on_acme(Answers::default()), vec![offer(&link, Offered::Link)]);
        let m = s.pending.as_ref().and_then(|o| o.mismatch.clone()).expect("a mismatch");
        assert!(
            m.theirs.starts_with("the standard rubric \u{201c}Seams standard rubric 1.0.0"),
            "{m:?}"
        );
        assert_eq!(
            m.ours,
            "the rubric \u{201c}Acme architecture rubric 2.1.0 (210000000000)\u{201d}"
        );
        assert!(m.switch.as_ref().is_some_and(|r| r.rubric.is_standard()));
        // Open them with the rubric in use …
        let kept = run(s.clone(), vec![Msg::Accept]);
        assert_eq!((kept.answers.clone(), in_use(&kept).0), (link.clone(), "2.1.0".to_string()));
        // … or with the standard rubric; undo brings both back.
        let switched = run(s.clone(), vec![Msg::AcceptSwitching]);
        assert!(switched.rubric.rubric.is_standard());
        assert_eq!(switched.answers, link);
        assert!(notice_text(&switched).contains("which they were made with"));
        let back = run(switched, vec![Msg::Undo]);
        assert_eq!(in_use(&back).0, "2.1.0");
        // … or keep the answers.
        let declined = run(s, vec![Msg::Decline]);
        assert_eq!(
            (declined.answers.clone(), in_use(&declined).0),
            (Answers::default(), "2.1.0".to_string())
        );

        // A file of another, unknown rubric asks, and offers no switch; a file of the rubric in
        // use is imported at once over answers, as files always were.
        let mine = with_engineers(7);
        let other = acme("3.0.0").short_reference();
        let s = run(
            on_acme(mine.clone()),
            vec![Msg::Offer {
                answers: link.clone(),
                from: Offered::File("x.json".into()),
                made_with: Some(other),
            }],
        );
        let m = s.pending.as_ref().and_then(|o| o.mismatch.clone()).expect("a mismatch");
        assert_eq!(m.theirs, "the rubric \u{201c}acme-architecture 3.0.0 (300000000000)\u{201d}");
        assert!(m.switch.is_none());
        assert_eq!(run(s, vec![Msg::AcceptSwitching]).answers, mine, "nothing to switch to");
        let s = run(
            on_acme(mine.clone()),
            vec![Msg::Offer {
                answers: link.clone(),
                from: Offered::File("x.json".into()),
                made_with: acme_ref(&acme("2.1.0")),
            }],
        );
        assert_eq!((s.pending.clone(), s.answers.clone()), (None, link.clone()));
        assert!(s.notice.as_ref().is_some_and(|n| n.undo), "and can be undone");
        // A link that arrives while the page's rubric loads waits for it, then asks.
        let s = run(
            at(Step::Start),
            vec![Msg::RubricLoading("rubric.json".into()), offer(&link, Offered::Link)],
        );
        assert_eq!((s.pending.clone(), s.answers.clone()), (None, Answers::default()));
        let s = run(
            s,
            vec![Msg::UseRubric(
                Box::new(acme("2.1.0")),
                RubricOrigin::Address("rubric.json".into()),
            )],
        );
        assert!(s.pending.as_ref().is_some_and(|o| o.mismatch.is_some()), "{:?}", s.pending);
        // When the page's rubric fails instead, the waiting link opens with the standard one,
        // and the notice says both.
        let failed_load = |start: State| {
            run(
                start,
                vec![
                    Msg::RubricLoading("rubric.json".into()),
                    offer(&link, Offered::Link),
                    Msg::RefuseRubric {
                        from: RubricOrigin::Address("rubric.json".into()),
                        reason: "It could not be fetched.".into(),
                    },
                ],
            )
        };
        let s = failed_load(at(Step::Start));
        assert_eq!(s.answers, link);
        let n = s.notice.clone().expect("a notice");
        assert!(n.problem, "{n:?}");
        assert!(n.text.starts_with("The rubric at “rubric.json” was not used."), "{}", n.text);
        assert!(n.text.contains("link"), "{}", n.text);
        // Over answers of its own, the link asks first; accepted, it can be undone.
        let mut mine = at(Step::Start);
        mine.answers = with_engineers(9);
        assert!(failed_load(mine).pending.is_some(), "asks before replacing");
        // Examples belong to no rubric: they open with the one in use.
        let s = run(on_acme(Answers::default()), vec![offer(&link, example("Blog"))]);
        assert_eq!(s.pending, None);
    }

    #[test]
    fn the_what_if_sandbox_leaves_the_answers_alone_until_they_are_used() {
        let try_it = |n| Msg::WhatIf(WhatIf::Edit(Edit::Engineers(Some(n))));
        let mut start = at(Step::Results);
        start.answers = with_engineers(9);

        // A what-if change goes to the copy: the answers and the autosave do not move.
        let s = run(start.clone(), vec![try_it(60)]);
        assert_eq!(s.answers.context.engineers, Some(9));
        assert_eq!(s.sandbox.as_ref().and_then(|a| a.context.engineers), Some(60));
        assert_eq!(s.edits, 0);

        // Back to the real value: nothing left to compare.
        let s = run(start.clone(), vec![try_it(60), try_it(9)]);
        assert_eq!(s.sandbox, None);

        // Reset drops the copy.
        let s = run(start.clone(), vec![try_it(60), Msg::WhatIf(WhatIf::Reset)]);
        assert_eq!((s.sandbox.clone(), s.answers.context.engineers), (None, Some(9)));

        // "Use these answers" makes them real, saved and redrawn, and Undo brings the old back.
        let s = run(start.clone(), vec![try_it(60), Msg::WhatIf(WhatIf::Use)]);
        assert_eq!((s.answers.context.engineers, s.edits, s.redraws), (Some(60), 1, 1));
        assert!(s.sandbox.is_none() && s.before_sandbox.is_some());
        let s = run(s, vec![Msg::WhatIf(WhatIf::Undo)]);
        assert_eq!((s.answers.context.engineers, s.edits), (Some(9), 2));
        assert!(s.before_sandbox.is_none());

        // Editing the real answers elsewhere drops a copy made from the old ones.
        let s = run(start.clone(), vec![try_it(60), Msg::Edit(Edit::Teams(Some(3)))]);
        assert_eq!(s.sandbox, None);

        // The sandbox offers answers, not the domain map.
        let s = run(start, vec![Msg::WhatIf(WhatIf::Edit(Edit::AddModule("Billing".into())))]);
        assert!(s.sandbox.is_none() && s.answers.domain.modules.is_empty());
    }
}
