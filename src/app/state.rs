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
use crate::app::step::{Cursor, Step};
use crate::app::validate::has_answers;
use crate::engine::order::SortedMap;
use crate::engine::{
    self, Answers, AvailabilityTarget, Cadence, Capability, Catalogue, CurrentArchitecture,
    DepKind, DomainMap, Evaluation, FactorId, Module, ProductStage, ResourceProfile, Stack,
    TrafficBand, YearMonth,
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
}

/// Answers offered over the user's own, and what they are.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub answers: Answers,
    pub from: Offered,
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
        }
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
    /// Checked answers offered over the user's own (a share link, an example, a fresh start):
    /// opened at once when they would replace nothing (no answers, or the same), otherwise
    /// asked about first.
    Offer { answers: Answers, from: Offered },
    /// Opens the answers on offer; the notice after offers to undo it.
    Accept,
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
    /// Removes a module, its dependencies and the errors of its fields.
    RemoveModule(u32),
    /// A refused dependency is the "add a dependency" form's error.
    AddDependency {
        from: u32,
        to: u32,
        kind: DepKind,
    },
    RemoveDependency(usize),
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
}

/// The transition: applies `msg` to `state`. Pure: no signal, no browser, no clock.
pub fn update(state: &mut State, msg: Msg) {
    let step = state.cursor.step;
    let from_storage = matches!(&msg, Msg::Replace { from, .. } if from.is_storage());
    let answers_changed = apply(state, msg);
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
        Msg::Offer { answers, from } => offer(s, answers, from),
        Msg::Accept => match s.pending.take() {
            Some(Offer { answers, from }) => {
                open(s, answers, from);
                true
            }
            None => false,
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
        Msg::Undo => match s.undo.take() {
            Some(Undo { answers, cursor }) => {
                s.answers = answers;
                s.redraws += 1;
                s.notice = Some(Notice::info("Your previous answers are back."));
                go(s, cursor);
                true
            }
            None => false,
        },
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
fn offer(s: &mut State, mut answers: Answers, from: Offered) -> bool {
    if answers.plan_start.is_none() {
        answers.plan_start = s.answers.plan_start;
    }
    if has_answers(&s.answers) && s.answers != answers {
        s.pending = Some(Offer { answers, from });
        return false;
    }
    open(s, answers, from);
    true
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
            s.notice = Some(Notice { undo, ..Notice::info(example_notice(Some(&title))) });
        }
        Offered::Fresh => replace(s, answers, Source::Fresh),
    }
}

/// What the page says while it shows an example's answers.
fn example_notice(title: Option<&str>) -> String {
    let which =
        title.map_or("an example".to_string(), |t| format!("the example \u{201c}{t}\u{201d}"));
    format!(
        "You are looking at {which}, not at your own answers. Change any answer to make it yours."
    )
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
    let notice = match &from {
        Source::Link => Some("Opened the answers from the link.".to_string()),
        Source::File(name) => Some(format!("Imported the answers from \u{201c}{name}\u{201d}.")),
        Source::OtherTab(_) => Some("Your answers were updated from another tab.".to_string()),
        Source::Example => Some(example_notice(None)),
        Source::Fresh if undo => {
            Some("Started a new assessment: your previous answers are cleared.".to_string())
        }
        Source::Saved(_) | Source::Fresh => None,
    };
    if let Some(text) = notice {
        s.notice = Some(Notice { undo, ..Notice::info(text) });
    }
    match from {
        Source::Link | Source::File(_) | Source::Example => {
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
            s.notice = Some(Notice::info(
                "The results now use the what-if answers, and they are saved. Undo brings back \
                 the answers from before.",
            ));
            true
        }
        WhatIf::Undo => {
            let Some(before) = s.before_sandbox.take() else { return false };
            s.answers = before;
            s.redraws += 1;
            s.notice = Some(Notice::info("Your answers from before the what-if are back."));
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
            a.domain.dependencies.len() != before
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
    pub pending: Memo<Option<Offered>>,
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
    catalogue: StoredValue<Arc<Catalogue>>,
    /// Performs history commands: set by the browser layer (`app::nav`), absent in tests.
    history: StoredValue<Option<HistoryPerformer>, LocalStorage>,
}

/// What performs the history commands `update` leaves.
type HistoryPerformer = Box<dyn Fn(HistoryCmd)>;

impl Store {
    /// Creates the state with the standard rubric and the given answers.
    pub fn new(answers: Answers) -> Store {
        let catalogue = Arc::new(Catalogue::standard());
        let state = RwSignal::new(State::new(answers, catalogue.factors.len()));
        let answers = Memo::new(move |_| state.with(|s| s.answers.clone()));
        let for_memo = Arc::clone(&catalogue);
        let evaluation = Memo::new(move |_| answers.with(|a| engine::evaluate_with(a, &for_memo)));
        let sandbox = Memo::new(move |_| state.with(|s| s.sandbox.clone()));
        let for_sandbox = Arc::clone(&catalogue);
        Store {
            state,
            answers,
            cursor: Memo::new(move |_| state.with(|s| s.cursor)),
            evaluation,
            errors: Memo::new(move |_| state.with(|s| s.errors.clone())),
            refusals: Memo::new(move |_| state.with(|s| s.refusals)),
            returning: Memo::new(move |_| state.with(|s| s.returning)),
            notice: Memo::new(move |_| state.with(|s| s.notice.clone())),
            pending: Memo::new(move |_| state.with(|s| s.pending.as_ref().map(|o| o.from.clone()))),
            can_undo: Memo::new(move |_| state.with(|s| s.undo.is_some())),
            reached: Memo::new(move |_| state.with(|s| s.reached)),
            edits: Memo::new(move |_| state.with(|s| s.edits)),
            redraws: Memo::new(move |_| state.with(|s| s.redraws)),
            map_redraws: Memo::new(move |_| state.with(|s| s.map_redraws)),
            sandbox,
            sandbox_evaluation: Memo::new(move |_| {
                sandbox.with(|x| x.as_ref().map(|a| engine::evaluate_with(a, &for_sandbox)))
            }),
            sandbox_undo: Memo::new(move |_| state.with(|s| s.before_sandbox.is_some())),
            catalogue: StoredValue::new(catalogue),
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

    /// The rubric the answers are evaluated against.
    pub fn catalogue(&self) -> Arc<Catalogue> {
        self.catalogue.get_value()
    }

    /// How many factor questions the factors step asks.
    pub fn questions(&self) -> usize {
        self.catalogue.with_value(|c| c.factors.len())
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
        Msg::Offer { answers: answers.clone(), from }
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
