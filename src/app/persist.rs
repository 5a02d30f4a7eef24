//! Keeping work in the browser: the autosave, the share link a page was opened with, and the
//! messages about both. This is the I/O edge: it talks to `localStorage`, the URL and the clock,
//! and hands text to the pure codecs in [`file`](crate::app::file) and [`link`](crate::app::link).
//!
//! Promises kept here: saving is debounced while the user types and flushed when the page is
//! hidden or closed; unreadable saved data is kept aside, never overwritten; a blocked or full
//! store is said on the page and the app goes on in memory; a tab never overwrites answers that
//! another tab saved later (every save carries a revision, checked before writing).

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::file::{self, Saved};
use crate::app::link;
pub use crate::app::validate::has_answers;
use crate::app::validate::{check_answers, Origin};
use crate::app::{Cursor, Step, Store};
use crate::engine::Answers;

/// The localStorage key of the autosave.
pub const KEY: &str = "seams.answers";
/// Where unreadable saved text is moved, so that the next save cannot destroy it.
pub const UNREADABLE_KEY: &str = "seams.answers.unreadable";
/// How long typing must pause before a save.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// Where the autosave stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing to save yet.
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

/// A message shown at the top of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// A problem (announced as an alert) rather than information.
    pub problem: bool,
    pub text: String,
}

/// The persistence state, provided as context by [`start`].
#[derive(Clone, Copy)]
pub struct Persist {
    pub state: RwSignal<SaveState>,
    /// Saved text that could not be read, offered for download.
    pub unreadable: RwSignal<Option<String>>,
    /// The latest message for the user, if any.
    pub notice: RwSignal<Option<Notice>>,
    /// Answers from a share link, waiting for the user to accept them over their own.
    pub pending_link: RwSignal<Option<Answers>>,
    store: Store,
    /// The revision this tab last read or wrote.
    base: StoredValue<u64>,
    /// Answers changed since the last save.
    dirty: StoredValue<bool>,
    /// The next change comes from outside (another tab, a link): do not treat it as an edit.
    external: StoredValue<bool>,
    generation: StoredValue<u64>,
}

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

/// Loads the autosave and any share link into `store`, and keeps saving from then on.
pub fn start(store: Store) -> Persist {
    let p = Persist {
        state: RwSignal::new(SaveState::Idle),
        unreadable: RwSignal::new(None),
        notice: RwSignal::new(None),
        pending_link: RwSignal::new(None),
        store,
        base: StoredValue::new(0),
        dirty: StoredValue::new(false),
        external: StoredValue::new(false),
        generation: StoredValue::new(0),
    };
    provide_context(p);
    p.load();
    p.open_link();

    // Any change of answers or page is an edit to save, unless it came from outside.
    Effect::new(move |first: Option<()>| {
        store.answers.track();
        store.cursor.track();
        if first.is_none() {
            return;
        }
        if p.external.get_value() {
            p.external.set_value(false);
            return;
        }
        p.dirty.set_value(true);
        p.schedule();
    });

    // Flush when the page may be going away.
    let flush = move |_| p.flush();
    std::mem::forget(window_event_listener_untyped("pagehide", flush));
    std::mem::forget(window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            p.flush();
        }
    }));
    // A link pasted into this tab's address bar changes only the fragment: no reload.
    std::mem::forget(window_event_listener_untyped("hashchange", move |_| p.open_link()));
    // Another tab saved.
    std::mem::forget(window_event_listener(leptos::ev::storage, move |e| {
        if e.key().as_deref() == Some(KEY) {
            p.on_other_tab(e.new_value());
        }
    }));
    p
}

impl Persist {
    fn load(&self) {
        let Some(s) = storage() else {
            self.state.set(SaveState::Unavailable);
            return;
        };
        let Ok(Some(text)) = s.get_item(KEY) else { return };
        match file::from_saved_json(&text, &self.store.catalogue()) {
            Ok(saved) => self.apply_saved(saved),
            Err(e) => {
                // Keep the text where the next save cannot reach it, and offer it for download.
                let _ = s.set_item(UNREADABLE_KEY, &text);
                let _ = s.remove_item(KEY);
                self.unreadable.set(Some(text));
                self.notice.set(Some(Notice {
                    problem: true,
                    text: format!(
                        "Your saved answers could not be read, so Seams started afresh. The saved text is kept: download it below to inspect or repair it. ({e})"
                    ),
                }));
            }
        }
    }

    fn apply_saved(&self, saved: Saved) {
        self.base.set_value(saved.revision);
        self.external.set_value(true);
        self.store.replace(saved.answers);
        if let Some(step) = saved.step.as_deref().and_then(Step::from_slug) {
            self.store.cursor.set(Cursor::at(step));
        }
        self.state.set(SaveState::Saved);
    }

    /// Reads answers from the URL fragment, if there are any.
    fn open_link(&self) {
        let location = window().location();
        let hash = location.hash().unwrap_or_default();
        if hash.len() <= 1 {
            return;
        }
        // The fragment has been read: take it out of the address bar, so a reload does not
        // offer the same answers again.
        let clean = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
        }
        match link::decode(&hash) {
            Err(e) => self.problem(format!("{e} Your own answers are unchanged.")),
            Ok(shared) => {
                let problems = check_answers(&shared, &self.store.catalogue(), Origin::Link);
                if !problems.is_empty() {
                    self.problem(format!(
                        "The link's answers cannot be used: {}. Your own answers are unchanged.",
                        problems.join(". ")
                    ));
                } else if self.store.answers.with_untracked(has_answers) {
                    self.pending_link.set(Some(shared));
                } else {
                    self.accept(shared, "Opened the answers from the link.");
                }
            }
        }
    }

    /// Replaces the answers with `answers` (a link, an import), shows the results and says so.
    pub fn accept(&self, answers: Answers, message: &str) {
        self.pending_link.set(None);
        self.store.replace(answers);
        self.store.go(Cursor::at(Step::Results));
        self.notice.set(Some(Notice { problem: false, text: message.to_string() }));
    }

    /// Shows a problem at the top of the page.
    pub fn problem(&self, text: String) {
        self.notice.set(Some(Notice { problem: true, text }));
    }

    fn schedule(&self) {
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        let p = *self;
        set_timeout(
            move || {
                if p.generation.get_value() == generation {
                    p.flush();
                }
            },
            DEBOUNCE,
        );
    }

    /// Saves now if anything changed.
    pub fn flush(&self) {
        if !self.dirty.get_value() || self.state.get_untracked() == SaveState::Conflict {
            return;
        }
        let Some(s) = storage() else {
            self.state.set(SaveState::Unavailable);
            return;
        };
        let stored = s.get_item(KEY).ok().flatten().map(|t| file::saved_revision(&t)).unwrap_or(0);
        if stored > self.base.get_value() {
            self.state.set(SaveState::Conflict);
            return;
        }
        self.write(&s, stored.max(self.base.get_value()) + 1);
    }

    fn write(&self, s: &web_sys::Storage, revision: u64) {
        let step = self.store.cursor.get_untracked().step.slug();
        let text = self
            .store
            .answers
            .with_untracked(|a| file::to_saved_json(a, revision, Some(step), Some(&now_iso())));
        match s.set_item(KEY, &text) {
            Ok(()) => {
                self.base.set_value(revision);
                self.dirty.set_value(false);
                self.state.set(SaveState::Saved);
            }
            Err(e) if is_quota_error(&e) => self.state.set(SaveState::Full),
            Err(_) => self.state.set(SaveState::Unavailable),
        }
    }

    fn on_other_tab(&self, text: Option<String>) {
        let Some(text) = text else { return };
        if file::saved_revision(&text) <= self.base.get_value() {
            return;
        }
        if self.dirty.get_value() {
            self.state.set(SaveState::Conflict);
        } else if let Ok(saved) = file::from_saved_json(&text, &self.store.catalogue()) {
            self.apply_saved(saved);
            self.notice.set(Some(Notice {
                problem: false,
                text: "Your answers were updated from another tab.".to_string(),
            }));
        }
    }

    /// Resolves a conflict by taking the answers the other tab saved.
    pub fn take_other_tab(&self) {
        let text = storage().and_then(|s| s.get_item(KEY).ok().flatten());
        if let Some(Ok(saved)) = text.map(|t| file::from_saved_json(&t, &self.store.catalogue())) {
            self.dirty.set_value(false);
            self.apply_saved(saved);
        }
    }

    /// Resolves a conflict by saving this tab's answers over the other tab's.
    pub fn keep_this_tab(&self) {
        if let Some(s) = storage() {
            let stored =
                s.get_item(KEY).ok().flatten().map(|t| file::saved_revision(&t)).unwrap_or(0);
            self.dirty.set_value(true);
            self.state.set(SaveState::Idle);
            self.write(&s, stored.max(self.base.get_value()) + 1);
        }
    }
}
