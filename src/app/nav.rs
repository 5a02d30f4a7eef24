//! Navigation as on any web page: every step and every factor question has an address and an
//! entry in the browser's history, so Back, Forward, reload and bookmarks work.
//!
//! **The address.** The page lives in the query: `?step=factors&q=3` is the third factor
//! question, `?step=check` the check page, no `step` at all the start page. Every other
//! parameter (`embed`, `autoheight`, `parent`) is kept as written, and the fragment is never
//! touched by navigation: it belongs to share links (`#s1.…`, `#s2.…`), which keep opening as
//! before. A fragment is taken out of the address only once its link has been dealt with
//! (opened, or declined), and then from the entry it came in, so Back never offers it again.
//!
//! Two layers, as in `persist`. The pure part reads and writes the page parameters of a query
//! string and is tested natively; which history entry a message makes (a new one, a replaced
//! one, none) is decided by `state::update` as [`HistoryCmd`]s. [`start`] is the browser layer:
//! it reads the address the page opened at, performs the commands with the History API, and
//! turns Back and Forward (`popstate`) into messages. Where the History API is restricted (a
//! file opened from `file://` or a sandboxed frame in some browsers), it falls back to entries
//! without an address, then to navigation in memory, without an error.

use crate::app::state::{HistoryCmd, Msg};
use crate::app::{Cursor, Step, Store};

/// The query parameter that names the step, by its slug.
pub const STEP: &str = "step";
/// The query parameter that names the factor question, counted from 1.
pub const QUESTION: &str = "q";

/// The query's parameters, without the leading `?`, each as written.
fn params(search: &str) -> impl Iterator<Item = &str> {
    search.strip_prefix('?').unwrap_or(search).split('&').filter(|p| !p.is_empty())
}

/// The key of a parameter as written (`step` of `step=check`).
fn key(param: &str) -> &str {
    param.split_once('=').map_or(param, |(k, _)| k)
}

/// The value of the first parameter called `name`, as written.
fn value<'a>(search: &'a str, name: &str) -> Option<&'a str> {
    params(search).find(|p| key(p) == name).map(|p| p.split_once('=').map_or("", |(_, v)| v))
}

/// The page a query names, if it names one: `?step=factors&q=3` is `Cursor { Factors, 2 }`.
/// An unknown step names none; a question is read only on the factors step, and a missing or
/// unreadable one is the first. Whether the page can open is `state::update`'s decision.
pub fn page_in(search: &str) -> Option<Cursor> {
    let step = Step::from_slug(value(search, STEP)?)?;
    let question = match step {
        Step::Factors => value(search, QUESTION)
            .and_then(|q| q.parse::<usize>().ok())
            .map_or(0, |q| q.saturating_sub(1)),
        _ => 0,
    };
    Some(Cursor { step, question })
}

/// `search` without its page parameters, every other one kept in its order: `?embed` of
/// `?embed&step=check`, the empty string of `?step=check`. The base of a share link.
pub fn without_page(search: &str) -> String {
    let kept: Vec<&str> = params(search).filter(|p| !matches!(key(p), STEP | QUESTION)).collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// `search` showing `cursor`: its page parameters replaced, every other one kept in its order.
/// The start page has none, so its address is the page's own (`?embed` stays `?embed`).
pub fn search_for(search: &str, cursor: Cursor) -> String {
    let base = without_page(search);
    if cursor.step == Step::Start {
        return base;
    }
    let mut page = format!("{STEP}={}", cursor.step.slug());
    if cursor.step == Step::Factors {
        page.push_str(&format!("&{QUESTION}={}", cursor.question + 1));
    }
    if base.is_empty() {
        format!("?{page}")
    } else {
        format!("{base}&{page}")
    }
}

/// How much of the History API this page may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Entries with their own address.
    Addresses,
    /// Entries without an address (the browser refused to change it): Back and Forward still
    /// work, a reload opens where the autosave left off.
    EntriesOnly,
    /// No history at all: the page navigates in memory.
    Memory,
}

/// Starts following and writing the browser's history for `store`: the page named by the
/// address opens (when there are answers to show on it), every move the store reports becomes
/// an entry, and Back and Forward move the page.
pub fn start(store: Store) {
    use leptos::prelude::*;
    use std::cell::Cell;
    use std::rc::Rc;

    let history = window().history();
    let mode = Rc::new(Cell::new(if history.is_ok() { Mode::Addresses } else { Mode::Memory }));
    // The page scrolls itself to the top of each page it shows, Back and Forward included;
    // the browser restoring an entry's old position afterwards would undo that.
    if let Ok(history) = history {
        let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    }
    let perform_mode = Rc::clone(&mode);
    store.on_history(move |cmd| perform(cmd, &perform_mode));

    // Back and Forward: the entry's state is the query it showed, also when the address could
    // not carry it; an entry of another kind (a fragment typed into the address bar) shows
    // the page its address names.
    let traversed = Rc::new(Cell::new(false));
    let popped = Rc::clone(&traversed);
    std::mem::forget(window_event_listener(leptos::ev::popstate, move |e| {
        let ours = e.state().as_string();
        popped.set(ours.is_some());
        let shown = ours.unwrap_or_else(search);
        store.dispatch(Msg::Popped(page_in(&shown).unwrap_or(Cursor::at(Step::Start))));
    }));
    // A link pasted into this tab's address bar changes only the fragment: no reload, and
    // the link opens. Moving Back or Forward to an entry that still carries a link (one the user
    // moved on from while deciding) does not offer it again.
    std::mem::forget(window_event_listener_untyped("hashchange", move |_| {
        if !traversed.replace(false) {
            crate::app::persist::open_link(store);
        }
    }));
    store.dispatch(Msg::Arrived(page_in(&search())));
}

/// The address's query, `?…` or empty.
fn search() -> String {
    leptos::prelude::window().location().search().unwrap_or_default()
}

/// Performs one history command, stepping down to a plainer mode when the browser refuses.
fn perform(cmd: HistoryCmd, mode: &std::cell::Cell<Mode>) {
    use leptos::prelude::window;
    use wasm_bindgen::JsValue;

    let Ok(history) = window().history() else { return };
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let (cursor, push) = match cmd {
        HistoryCmd::Push(c) => (c, true),
        HistoryCmd::Replace(c) => (c, false),
        HistoryCmd::DropFragment => {
            if !hash.is_empty() && mode.get() == Mode::Addresses {
                let state = history.state().unwrap_or(JsValue::NULL);
                let _ = history.replace_state_with_url(
                    &state,
                    "",
                    Some(&format!("{path}{}", search())),
                );
            }
            return;
        }
    };
    let query = search_for(&search(), cursor);
    let state = JsValue::from_str(&query);
    let write = |url: Option<&str>| {
        if push {
            history.push_state_with_url(&state, "", url)
        } else {
            history.replace_state_with_url(&state, "", url)
        }
    };
    if mode.get() == Mode::Addresses && write(Some(&format!("{path}{query}{hash}"))).is_err() {
        mode.set(Mode::EntriesOnly);
    }
    if mode.get() == Mode::EntriesOnly && write(None).is_err() {
        mode.set(Mode::Memory);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn factor(question: usize) -> Cursor {
        Cursor { step: Step::Factors, question }
    }

    #[test]
    fn the_query_names_the_page() {
        let table: [(&str, Option<Cursor>); 12] = [
            ("", None),
            ("?", None),
            ("?embed", None),
            ("?step=check", Some(Cursor::at(Step::Check))),
            ("step=check", Some(Cursor::at(Step::Check))),
            ("?embed&autoheight&step=domain-map", Some(Cursor::at(Step::DomainMap))),
            ("?step=factors&q=3", Some(factor(2))),
            ("?q=3&step=factors", Some(factor(2))),
            // A missing, zero or unreadable question is the first; the range is update's.
            ("?step=factors", Some(factor(0))),
            ("?step=factors&q=0&q=2", Some(factor(0))),
            ("?step=factors&q=x", Some(factor(0))),
            ("?step=results&q=4", Some(Cursor::at(Step::Results))),
        ];
        for (search, page) in table {
            assert_eq!(page_in(search), page, "{search}");
        }
        for unknown in ["?step=nope", "?step=", "?step", "?Step=check", "?step=Check"] {
            assert_eq!(page_in(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn a_page_replaces_only_the_page_parameters() {
        let table = [
            ("", Cursor::at(Step::Context), "?step=context"),
            ("", Cursor::at(Step::Start), ""),
            ("?step=check", Cursor::at(Step::Start), ""),
            ("?embed", Cursor::at(Step::Start), "?embed"),
            ("?embed", factor(0), "?embed&step=factors&q=1"),
            ("?step=factors&q=2&embed", factor(8), "?embed&step=factors&q=9"),
            (
                "?embed&autoheight&parent=https%3A%2F%2Fwiki.example&step=results",
                Cursor::at(Step::Readiness),
                "?embed&autoheight&parent=https%3A%2F%2Fwiki.example&step=readiness",
            ),
            // Empty parameters go; anything else is kept exactly as written.
            ("?&&embed=1&&", Cursor::at(Step::Check), "?embed=1&step=check"),
        ];
        for (search, cursor, written) in table {
            assert_eq!(search_for(search, cursor), written, "{search} → {cursor:?}");
        }
    }

    #[test]
    fn every_page_reads_back_from_its_own_address() {
        for step in Step::ALL {
            for question in [0, 4] {
                let cursor =
                    Cursor { step, question: if step == Step::Factors { question } else { 0 } };
                for search in ["", "?embed&autoheight"] {
                    let written = search_for(search, cursor);
                    let read = page_in(&written).unwrap_or(Cursor::at(Step::Start));
                    assert_eq!(read, cursor, "{written}");
                    assert_eq!(without_page(&written), search);
                }
            }
        }
    }

    #[test]
    fn the_share_link_base_keeps_only_the_other_parameters() {
        assert_eq!(without_page("?step=results"), "");
        assert_eq!(without_page("?embed&step=results"), "?embed");
        assert_eq!(without_page("?step=factors&q=2&parent=x"), "?parent=x");
        assert_eq!(without_page(""), "");
    }
}
