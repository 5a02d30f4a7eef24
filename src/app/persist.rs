//! Keeping work in the browser: the autosave, the share link a page was opened with, and the
//! messages about both.
//!
//! Two layers. [`Persistence`] is a pure state machine: events in (the page opened and found
//! this in storage, the answers changed, the timer fired, the page is being hidden, a write
//! succeeded or failed, another tab saved, the user settled a conflict), commands out (write
//! this revision, schedule a flush, move unreadable text aside, show a notice, replace the
//! answers). It is tested natively with tables. [`Persist`] is the browser layer: it reads
//! `localStorage`, the URL and the clock, feeds the machine events and performs its commands.
//!
//! Promises kept here: saving is debounced while the user types and flushed when the page is
//! hidden or closed; unreadable saved data is kept aside, never overwritten; a blocked or full
//! store is said on the page and the app goes on in memory; a tab never overwrites answers that
//! another tab saved later (every save carries a revision, checked against storage before
//! writing); answers read from storage are never saved back (the store does not count them as
//! edits).

use std::time::Duration;

use leptos::prelude::*;
use seams_formats::handin;
use wasm_bindgen::JsCast;

use crate::app::file::{self, Saved};
use crate::app::link;
use crate::app::state::{Msg, Notice, Offered, Source};
pub use crate::app::validate::has_answers;
use crate::app::validate::{check_answers, Origin};
use crate::app::{Step, Store};
use crate::engine::Answers;

/// The localStorage key of the autosave.
pub const KEY: &str = "seams.answers";
/// Where unreadable saved text is moved, so that the next save cannot destroy it.
pub const UNREADABLE_KEY: &str = "seams.answers.unreadable";
/// How long typing must pause before a save.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// Where the autosave stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SaveState {
    /// Nothing to save yet.
    #[default]
    Idle,
    /// The answers on screen are saved in this browser.
    Saved,
    /// This browser refuses storage here (private mode, a sandboxed or cross-site frame).
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// Another tab saved newer answers; this tab does not overwrite them without asking.
    Conflict,
}

/// What storage held when the page opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// Storage is refused here.
    Blocked,
    /// Nothing saved yet.
    Empty,
    /// A save that reads.
    Readable(Saved),
    /// Saved text that does not read, and why.
    Unreadable { text: String, error: String },
}

/// The revision storage holds at the moment of a flush.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// Storage is refused here.
    Blocked,
    /// The revision of the save in storage; 0 when there is none.
    At(u64),
}

/// What the page and storage hold when a flush is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    /// The store's count of changes to save ([`Store::edits`]).
    pub edits: usize,
    pub stored: Stored,
}

/// Why a write failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The quota for this site is used up.
    Full,
    /// Storage refused the write.
    Blocked,
}

/// What the browser tells the machine.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The page opened and storage held this.
    Opened(Found),
    /// The answers or the step changed in this tab.
    Edited,
    /// The debounce timer fired.
    TimerFired(Now),
    /// The page is being hidden or closed.
    PageHidden(Now),
    /// The write of this revision, holding this many edits, succeeded.
    Wrote { revision: u64, edits: usize },
    /// The write failed.
    WriteFailed(Failure),
    /// Another tab saved: its revision, its save if it reads, and this tab's edits.
    OtherTab { revision: u64, saved: Option<Saved>, edits: usize },
    /// In a conflict, the user chose the other tab's save (as storage holds it now).
    TakeOtherTab { saved: Option<Saved>, edits: usize },
    /// In a conflict, the user chose to save this tab's answers over the other tab's.
    KeepThisTab(Now),
}

/// What the machine asks the browser to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Save the answers on screen as this revision; they hold `edits` changes.
    Write { revision: u64, edits: usize },
    /// Flush once typing pauses (a new schedule replaces the pending one).
    ScheduleFlush,
    /// Keep this unreadable text under [`UNREADABLE_KEY`] and clear [`KEY`].
    MoveAside(String),
    /// Show a message at the top of the page.
    Show(Notice),
    /// Put these answers on screen.
    Replace { answers: Answers, from: Source },
}

/// The autosave as a pure state machine.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Persistence {
    pub status: SaveState,
    /// The revision this tab last read or wrote.
    pub revision: u64,
    /// The store's count of changes that the last save (or load) covers; anything above it is
    /// unsaved.
    pub saved_edits: usize,
    /// Saved text that could not be read, offered for download.
    pub unreadable: Option<String>,
}

impl Persistence {
    /// Takes one event; the commands to perform, in order.
    pub fn handle(&mut self, event: Event) -> Vec<Command> {
        match event {
            Event::Opened(Found::Blocked) => {
                self.status = SaveState::Unavailable;
                vec![]
            }
            Event::Opened(Found::Empty) => vec![],
            Event::Opened(Found::Readable(saved)) => {
                self.status = SaveState::Saved;
                vec![self.load(saved, Source::Saved)]
            }
            Event::Opened(Found::Unreadable { text, error }) => {
                self.unreadable = Some(text.clone());
                vec![
                    Command::MoveAside(text),
                    Command::Show(Notice::problem(format!(
                        "Your saved answers could not be read, so Seams started afresh. The saved text is kept: download it below to inspect or repair it. ({error})"
                    ))),
                ]
            }
            Event::Edited if self.status == SaveState::Conflict => vec![],
            Event::Edited => vec![Command::ScheduleFlush],
            Event::TimerFired(now) | Event::PageHidden(now) => self.flush(now),
            Event::Wrote { revision, edits } => {
                self.revision = revision;
                self.saved_edits = self.saved_edits.max(edits);
                self.status = SaveState::Saved;
                vec![]
            }
            Event::WriteFailed(Failure::Full) => {
                self.status = SaveState::Full;
                vec![]
            }
            Event::WriteFailed(Failure::Blocked) => {
                self.status = SaveState::Unavailable;
                vec![]
            }
            Event::OtherTab { revision, saved, edits } => {
                if revision <= self.revision {
                    vec![]
                } else if edits > self.saved_edits || self.status == SaveState::Conflict {
                    // Both tabs changed the answers: the user decides.
                    self.status = SaveState::Conflict;
                    vec![]
                } else if let Some(saved) = saved {
                    self.status = SaveState::Saved;
                    vec![self.load(saved, Source::OtherTab)]
                } else {
                    vec![]
                }
            }
            Event::TakeOtherTab { saved: Some(saved), edits } => {
                // This tab's changes are given up.
                self.saved_edits = edits;
                self.status = SaveState::Saved;
                vec![self.load(saved, Source::OtherTab)]
            }
            Event::TakeOtherTab { saved: None, .. } => vec![],
            Event::KeepThisTab(now) => {
                self.status = SaveState::Idle;
                self.write(now)
            }
        }
    }

    fn load(&mut self, saved: Saved, from: fn(Option<Step>) -> Source) -> Command {
        self.revision = saved.revision;
        let step = saved.step.as_deref().and_then(Step::from_slug);
        Command::Replace { answers: saved.answers, from: from(step) }
    }

    fn flush(&mut self, now: Now) -> Vec<Command> {
        if now.edits <= self.saved_edits || self.status == SaveState::Conflict {
            return vec![];
        }
        if let Stored::At(stored) = now.stored {
            if stored > self.revision {
                self.status = SaveState::Conflict;
                return vec![];
            }
        }
        self.write(now)
    }

    fn write(&mut self, now: Now) -> Vec<Command> {
        match now.stored {
            Stored::Blocked => {
                self.status = SaveState::Unavailable;
                vec![]
            }
            Stored::At(stored) => {
                vec![Command::Write { revision: stored.max(self.revision) + 1, edits: now.edits }]
            }
        }
    }
}

/// The browser layer of the autosave, provided as context by [`start`].
#[derive(Clone, Copy)]
pub struct Persist {
    /// The machine; its readers are told only when what they show changes.
    machine: RwSignal<Persistence>,
    store: Store,
    /// Flushes once typing pauses (Leptos' `debounce`).
    flush_later: StoredValue<Option<Later>, LocalStorage>,
}

/// A debounced call.
type Later = Box<dyn FnMut(())>;

/// The persistence state, if the app was started with it.
pub fn use_persist() -> Option<Persist> {
    use_context::<Persist>()
}

fn storage() -> Option<web_sys::Storage> {
    // Reading `localStorage` itself throws in sandboxed frames; a write can throw in some
    // private modes. Either way: no storage.
    let s = window().local_storage().ok().flatten()?;
    s.set_item("seams.probe", "1").ok()?;
    s.remove_item("seams.probe").ok()?;
    Some(s)
}

fn is_quota_error(e: &wasm_bindgen::JsValue) -> bool {
    e.dyn_ref::<web_sys::DomException>()
        .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22)
}

fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

/// Loads the autosave into `store`, and keeps saving from then on. The share link in the
/// address, if any, is opened by [`open_link`] once the page shown is settled (`app::nav`).
pub fn start(store: Store) -> Persist {
    let p = Persist {
        machine: RwSignal::new(Persistence::default()),
        store,
        flush_later: StoredValue::new_local(None),
    };
    provide_context(p);
    let flush_later = debounce(DEBOUNCE, move |()| p.send(Event::TimerFired(p.now())));
    p.flush_later.set_value(Some(Box::new(flush_later)));
    p.send(Event::Opened(p.found()));

    // Every change the store counts as an edit is one to save.
    Effect::new(move |seen: Option<usize>| {
        let edits = store.edits.get();
        if edits != seen.unwrap_or(0) {
            p.send(Event::Edited);
        }
        edits
    });

    // Flush when the page may be going away.
    let hidden = move || p.send(Event::PageHidden(p.now()));
    std::mem::forget(window_event_listener_untyped("pagehide", move |_| hidden()));
    std::mem::forget(window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            hidden();
        }
    }));
    // Another tab saved.
    std::mem::forget(window_event_listener(leptos::ev::storage, move |e| {
        if e.key().as_deref() != Some(KEY) {
            return;
        }
        let Some(text) = e.new_value() else { return };
        let saved = file::from_saved_json(&text, &store.catalogue()).ok();
        let edits = store.edits.get_untracked();
        p.send(Event::OtherTab { revision: file::saved_revision(&text), saved, edits });
    }));
    p
}

impl Persist {
    /// Where the autosave stands (a reactive read).
    pub fn status(&self) -> SaveState {
        self.machine.with(|m| m.status)
    }

    /// Saved text that could not be read, offered for download (a reactive read).
    pub fn unreadable(&self) -> Option<String> {
        self.machine.with(|m| m.unreadable.clone())
    }

    /// Feeds one event to the machine and performs what it asks.
    fn send(&self, event: Event) {
        let mut commands = Vec::new();
        self.machine.maybe_update(|m| {
            let shown = (m.status, m.unreadable.is_some());
            commands = m.handle(event);
            (m.status, m.unreadable.is_some()) != shown
        });
        for command in commands {
            self.perform(command);
        }
    }

    fn perform(&self, command: Command) {
        match command {
            Command::Write { revision, edits } => self.send(self.write(revision, edits)),
            Command::ScheduleFlush => {
                self.flush_later.update_value(|f| {
                    if let Some(f) = f {
                        f(());
                    }
                });
            }
            Command::MoveAside(text) => {
                if let Some(s) = storage() {
                    let _ = s.set_item(UNREADABLE_KEY, &text);
                    let _ = s.remove_item(KEY);
                }
            }
            Command::Show(notice) => self.store.dispatch(Msg::Notify(notice)),
            Command::Replace { answers, from } => {
                self.store.dispatch(Msg::Replace { answers, from });
            }
        }
    }

    /// Writes the answers on screen as `revision`; the event that reports how it went.
    fn write(&self, revision: u64, edits: usize) -> Event {
        let Some(s) = storage() else { return Event::WriteFailed(Failure::Blocked) };
        let step = self.store.cursor.get_untracked().step.slug();
        let text = self
            .store
            .answers
            .with_untracked(|a| file::to_saved_json(a, revision, Some(step), Some(&now_iso())));
        match s.set_item(KEY, &text) {
            Ok(()) => Event::Wrote { revision, edits },
            Err(e) if is_quota_error(&e) => Event::WriteFailed(Failure::Full),
            Err(_) => Event::WriteFailed(Failure::Blocked),
        }
    }

    /// What storage held when the page opened.
    fn found(&self) -> Found {
        let Some(s) = storage() else { return Found::Blocked };
        let Ok(Some(text)) = s.get_item(KEY) else { return Found::Empty };
        // While the address's rubric is still loading, the saved answers may use options only
        // that rubric has: read them without checking option ids against the standard rubric
        // (the engine reads an option it does not know as unanswered, with a caveat), so they
        // open instead of being moved aside.
        let loading = self.store.rubric_loading.with_untracked(Option::is_some);
        let in_use = self.store.catalogue();
        let lenient;
        let cat: &crate::engine::Catalogue = if loading {
            lenient = crate::engine::Catalogue { factors: Vec::new(), ..(*in_use).clone() };
            &lenient
        } else {
            &in_use
        };
        match file::from_saved_json(&text, cat) {
            Ok(saved) => Found::Readable(saved),
            Err(e) => Found::Unreadable { text, error: e.to_string() },
        }
    }

    /// The store's edits and the revision in storage, now.
    fn now(&self) -> Now {
        let stored = match storage() {
            None => Stored::Blocked,
            Some(s) => {
                Stored::At(s.get_item(KEY).ok().flatten().map_or(0, |t| file::saved_revision(&t)))
            }
        };
        Now { edits: self.store.edits.get_untracked(), stored }
    }

    /// Resolves a conflict by taking the answers the other tab saved.
    pub fn take_other_tab(&self) {
        let text = storage().and_then(|s| s.get_item(KEY).ok().flatten());
        let saved = text.and_then(|t| file::from_saved_json(&t, &self.store.catalogue()).ok());
        self.send(Event::TakeOtherTab { saved, edits: self.store.edits.get_untracked() });
    }

    /// Resolves a conflict by saving this tab's answers over the other tab's.
    pub fn keep_this_tab(&self) {
        self.send(Event::KeepThisTab(self.now()));
    }
}

/// Reads answers from the URL fragment, if there are any, and offers them to the store.
///
/// A link that opens stays in the address until it has been dealt with: `update` asks for the
/// fragment to go once the answers are open or declined, so a reload while the user decides
/// offers them again. A link that cannot be used is said at once and its fragment goes.
pub fn open_link(store: Store) {
    let location = window().location();
    let hash = location.hash().unwrap_or_default();
    if hash.len() <= 1 {
        return;
    }
    // The fragment leaves the address once it has been read (the entry keeps its state).
    let drop_fragment = || {
        if let Ok(history) = window().history() {
            let clean = format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            );
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&clean));
        }
    };
    let problem = |text: String| {
        drop_fragment();
        store.dispatch(Msg::Notify(Notice::problem(text)));
    };
    // A participant's hand-in link, opened on the facilitator's device: into the room.
    if let Some(code) = hash.strip_prefix('#').filter(|h| h.starts_with(handin::LINK_TAG)) {
        let room = crate::app::workshop::use_room();
        room.dispatch(crate::app::workshop::RoomMsg::Open(true));
        room.dispatch(crate::app::workshop::RoomMsg::Add(vec![(None, format!("#{code}"))]));
        drop_fragment();
        return;
    }
    match link::decode_shared(&hash) {
        Err(e) => problem(format!("{e} Your own answers are unchanged.")),
        Ok(link::Shared { answers: shared, rubric }) => {
            let problems = check_answers(&shared, &store.catalogue(), Origin::Link);
            if problems.is_empty() {
                store.dispatch(Msg::Offer {
                    answers: shared,
                    from: Offered::Link,
                    made_with: rubric,
                });
            } else {
                problem(format!(
                    "The link's answers cannot be used: {}. Your own answers are unchanged.",
                    problems.join(". ")
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::Context;

    fn answers(engineers: u32) -> Answers {
        Answers {
            context: Context { engineers: Some(engineers), ..Context::default() },
            ..Answers::default()
        }
    }

    fn saved(revision: u64, engineers: u32) -> file::Saved {
        file::Saved { answers: answers(engineers), revision, step: Some("context".to_string()) }
    }

    fn at(edits: usize, stored: u64) -> Now {
        Now { edits, stored: Stored::At(stored) }
    }

    fn blocked(edits: usize) -> Now {
        Now { edits, stored: Stored::Blocked }
    }

    fn write(revision: u64, edits: usize) -> Command {
        Command::Write { revision, edits }
    }

    fn wrote(revision: u64, edits: usize) -> Event {
        Event::Wrote { revision, edits }
    }

    fn replace(engineers: u32, from: Source) -> Command {
        Command::Replace { answers: answers(engineers), from }
    }

    /// Feeds `events` to a fresh machine: every command it gave, in order, and where it ends.
    fn run(events: Vec<Event>) -> (Vec<Command>, Persistence) {
        let mut machine = Persistence::default();
        let commands = events.into_iter().flat_map(|e| machine.handle(e)).collect();
        (commands, machine)
    }

    /// One row of a table: these events give these commands and leave the autosave here.
    #[track_caller]
    fn check(events: Vec<Event>, commands: Vec<Command>, status: SaveState) {
        let (given, machine) = run(events);
        assert_eq!(given, commands);
        assert_eq!(machine.status, status);
    }

    use Event::*;
    use SaveState::*;

    #[test]
    fn saving_follows_the_edits() {
        // Nothing saved yet: the first edit is scheduled, then written as revision 1.
        check(vec![Opened(Found::Empty)], vec![], Idle);
        check(vec![Opened(Found::Empty), Edited], vec![Command::ScheduleFlush], Idle);
        check(
            vec![Opened(Found::Empty), Edited, TimerFired(at(1, 0)), wrote(1, 1)],
            vec![Command::ScheduleFlush, write(1, 1)],
            Saved,
        );
        // Closing the page flushes at once, without waiting for the timer.
        check(vec![Opened(Found::Empty), PageHidden(at(3, 0))], vec![write(1, 3)], Idle);
        // Nothing changed since the last save: nothing to write, however often asked.
        check(
            vec![TimerFired(at(2, 0)), wrote(1, 2), TimerFired(at(2, 1)), PageHidden(at(2, 1))],
            vec![write(1, 2)],
            Saved,
        );
        // A write reported after later edits covers only its own: the rest is written next.
        check(
            vec![TimerFired(at(2, 0)), wrote(1, 2), TimerFired(at(3, 1))],
            vec![write(1, 2), write(2, 3)],
            Saved,
        );
    }

    #[test]
    fn a_saved_revision_is_loaded_and_continued() {
        check(
            vec![Opened(Found::Readable(saved(4, 7)))],
            vec![replace(7, Source::Saved(Some(Step::Context)))],
            Saved,
        );
        check(
            vec![Opened(Found::Readable(saved(4, 7))), TimerFired(at(1, 4))],
            vec![replace(7, Source::Saved(Some(Step::Context))), write(5, 1)],
            Saved,
        );
    }

    #[test]
    fn blocked_and_full_storage_are_said_and_work_goes_on() {
        check(vec![Opened(Found::Blocked)], vec![], Unavailable);
        check(
            vec![Opened(Found::Blocked), Edited, TimerFired(blocked(1))],
            vec![Command::ScheduleFlush],
            Unavailable,
        );
        check(vec![TimerFired(at(1, 0)), WriteFailed(Failure::Full)], vec![write(1, 1)], Full);
        check(
            vec![TimerFired(at(1, 0)), WriteFailed(Failure::Blocked)],
            vec![write(1, 1)],
            Unavailable,
        );
        // After a full store, the next edit tries again; once there is room it is saved.
        check(
            vec![
                TimerFired(at(1, 0)),
                WriteFailed(Failure::Full),
                TimerFired(at(2, 0)),
                wrote(1, 2),
            ],
            vec![write(1, 1), write(1, 2)],
            Saved,
        );
    }

    #[test]
    fn unreadable_saved_text_is_moved_aside_and_offered() {
        let junk = "{\"format\":\"seams-answers\"".to_string();
        let (commands, machine) = run(vec![Opened(Found::Unreadable {
            text: junk.clone(),
            error: "It is damaged.".to_string(),
        })]);
        assert_eq!(commands.len(), 2);
        assert_eq!(commands[0], Command::MoveAside(junk.clone()));
        let Command::Show(notice) = &commands[1] else { panic!("{commands:?}") };
        assert!(notice.problem);
        assert!(notice.text.starts_with("Your saved answers could not be read"), "{notice:?}");
        assert!(notice.text.ends_with("(It is damaged.)"), "{notice:?}");
        assert_eq!(machine.unreadable, Some(junk));
        assert_eq!(machine.status, Idle);
    }

    #[test]
    fn another_tab_newer_save_is_followed_while_this_tab_is_idle() {
        let other = |revision, engineers| OtherTab {
            revision,
            saved: Some(saved(revision, engineers)),
            edits: 0,
        };
        check(
            vec![Opened(Found::Readable(saved(2, 7))), other(3, 9)],
            vec![
                replace(7, Source::Saved(Some(Step::Context))),
                replace(9, Source::OtherTab(Some(Step::Context))),
            ],
            Saved,
        );
        // Then this tab's next save comes after the other tab's.
        check(
            vec![other(3, 9), TimerFired(at(1, 3))],
            vec![replace(9, Source::OtherTab(Some(Step::Context))), write(4, 1)],
            Saved,
        );
        // An older or the same revision (this tab's own echo) changes nothing.
        check(vec![TimerFired(at(1, 0)), wrote(1, 1), other(1, 5)], vec![write(1, 1)], Saved);
        // A newer save that does not read is left alone.
        check(vec![OtherTab { revision: 3, saved: None, edits: 0 }], vec![], Idle);
    }

    #[test]
    fn a_tab_never_overwrites_a_newer_save_without_asking() {
        let newer = OtherTab { revision: 5, saved: Some(saved(5, 55)), edits: 1 };
        // This tab has unsaved edits when the other tab saves: a conflict, and no writes.
        check(
            vec![Edited, newer.clone(), TimerFired(at(1, 5)), Edited, PageHidden(at(2, 5))],
            vec![Command::ScheduleFlush],
            Conflict,
        );
        // A newer revision found in storage at flush time is a conflict too.
        check(vec![TimerFired(at(1, 7))], vec![], Conflict);
        // Keeping this tab's answers writes them after the other tab's.
        check(vec![newer.clone(), KeepThisTab(at(1, 5)), wrote(6, 1)], vec![write(6, 1)], Saved);
        // Taking the other tab's answers gives this tab's edits up: nothing left to write.
        check(
            vec![newer, TakeOtherTab { saved: Some(saved(5, 55)), edits: 1 }, TimerFired(at(1, 5))],
            vec![replace(55, Source::OtherTab(Some(Step::Context)))],
            Saved,
        );
        // Keeping this tab's answers where storage is now refused says so.
        check(vec![TimerFired(at(1, 7)), KeepThisTab(blocked(1))], vec![], Unavailable);
    }
}
