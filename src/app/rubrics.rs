//! Where the rubric in use comes from, in the browser: the rubric this build carries (an inline
//! JSON data block, `<script type="application/json" id="seams-rubric">`, written by
//! `scripts/postbuild.mjs --rubric FILE`), the address in `?rubric=<path>` (fetched from the
//! page's own site only), and a rubric file the user imported (kept in localStorage under
//! [`KEY`] until they go back to the page's rubric). Every rubric is read whole with
//! `rubric::read`; what it means for the state is decided by `state::update`
//! (`Msg::UseRubric`, `Msg::RefuseRubric`).
//!
//! Precedence: an imported rubric (the user's explicit choice) over the address's, the
//! address's over the build's, the build's over the standard rubric.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::rubric::{self, Rubric};
use crate::app::state::{InUse, Msg, RubricOrigin};
use crate::app::Store;

/// The localStorage key of an imported rubric, beside the autosave's.
pub const KEY: &str = "seams.rubric";

/// An imported rubric as kept in storage, and the build's data block: the file's name and its
/// text exactly as read (its SHA-256 is the rubric's name).
#[derive(Serialize, Deserialize)]
struct Kept {
    name: String,
    text: String,
}

/// Why `?rubric=` names no rubric the page may read, or `None` when it is a path on this site.
/// The browser then resolves it against the page and checks the origin again.
pub fn address_problem(path: &str) -> Option<String> {
    let refuse = || {
        Some(format!(
            "\u{201c}{path}\u{201d} is not a path on this site: a rubric is read only from the site \
             this page comes from, as a path such as rubric.json or /tools/rubric.json."
        ))
    };
    let path = path.trim();
    if path.is_empty() {
        return Some("The address names no rubric file after ?rubric=.".to_string());
    }
    if path.starts_with("//") || path.contains('\\') || path.chars().any(char::is_control) {
        return refuse();
    }
    // A scheme ("https:", "javascript:", "data:") before any "/", "?" or "#".
    let head = path.split(['/', '?', '#']).next().unwrap_or_default();
    if head.contains(':') {
        return refuse();
    }
    None
}

/// The rubric the page starts with, read synchronously before the first render: the build's,
/// or the standard one; and the rubric the user imported earlier, if it still reads.
pub fn at_start() -> (InUse, Option<InUse>, Option<String>) {
    let mut problem = None;
    let page = match build_text().map(|k| rubric::read(&k.text)) {
        Some(Ok(r)) => InUse::new(r, RubricOrigin::Build),
        Some(Err(e)) => {
            problem = Some(format!(
                "The rubric built into this page was not used. {} This page uses the standard rubric.",
                e.brief()
            ));
            InUse::standard()
        }
        None => InUse::standard(),
    };
    let imported = kept().and_then(|k| match rubric::read(&k.text) {
        Ok(r) => Some(InUse::new(r, RubricOrigin::Imported { name: k.name, text: k.text.into() })),
        Err(_) => {
            forget();
            None
        }
    });
    (page, imported, problem)
}

/// Starts what needs the store: the address's rubric is fetched, and the imported rubric is
/// kept in storage for as long as it is in use.
pub fn start(store: Store, problem: Option<String>) {
    if let Some(text) = problem {
        store.dispatch(Msg::Notify(crate::app::state::Notice::problem(text)));
    }
    Effect::new(move |_| {
        store.rubric.with(|r| match &r.origin {
            RubricOrigin::Imported { name, text } => keep(name, text),
            _ => forget(),
        });
    });
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return };
    let Some(path) = params.get("rubric") else { return };
    let from = RubricOrigin::Address(path.clone());
    let url = match address_problem(&path) {
        Some(reason) => Err(reason),
        None => same_origin_url(&path),
    };
    match url {
        Err(reason) => store.dispatch(Msg::RefuseRubric { from, reason }),
        Ok(url) => {
            store.dispatch(Msg::RubricLoading(path));
            leptos::task::spawn_local(async move {
                let read = fetch_text(&url)
                    .await
                    .and_then(|text| rubric::read(&text).map_err(|e| e.brief()));
                store.dispatch(match read {
                    Ok(r) => Msg::UseRubric(Box::new(r), from),
                    Err(reason) => Msg::RefuseRubric { from, reason },
                });
            });
        }
    }
}

/// Reads a picked or dropped rubric file (its size checked before reading) and uses it.
pub fn import(store: Store, file: web_sys::File) {
    let name = file.name();
    let refuse = move |name: String, reason: String| {
        let from = RubricOrigin::Imported { name, text: "".into() };
        store.dispatch(Msg::RefuseRubric { from, reason });
    };
    let bytes = file.size() as u64;
    if bytes > rubric::MAX_BYTES {
        refuse(name, rubric::RubricError::TooLarge { bytes }.brief());
        return;
    }
    leptos::task::spawn_local(async move {
        let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
        let Some(text) = text else {
            refuse(name, "The file could not be read.".to_string());
            return;
        };
        match rubric::read(&text) {
            Ok(r) => store.dispatch(Msg::UseRubric(
                Box::new(r),
                RubricOrigin::Imported { name, text: text.into() },
            )),
            Err(e) => refuse(name, e.brief()),
        }
    });
}

/// `path` resolved against the page, when it stays on the page's origin.
fn same_origin_url(path: &str) -> Result<String, String> {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let refused = || {
        format!(
            "\u{201c}{path}\u{201d} is not on this site: a rubric is read only from the site this \
             page comes from."
        )
    };
    let url = web_sys::Url::new_with_base(path, &here).map_err(|_| refused())?;
    let origin = location.origin().unwrap_or_default();
    let scheme = url.protocol();
    if url.origin() != origin || origin == "null" || !(scheme == "https:" || scheme == "http:") {
        return Err(refused());
    }
    Ok(url.href())
}

/// The text at `url`, or why there is none, in the page's words.
async fn fetch_text(url: &str) -> Result<String, String> {
    let unreachable = "The page could not fetch it: the site cannot be reached (offline?) and no \
                       copy is kept in this browser."
        .to_string();
    let response =
        JsFuture::from(window().fetch_with_str(url)).await.map_err(|_| unreachable.clone())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| unreachable.clone())?;
    if !response.ok() {
        let status = response.status();
        return Err(if status == 404 {
            "There is no file at that address (the site answered 404, not found).".to_string()
        } else {
            format!("The site answered {status} instead of the file.")
        });
    }
    let length = response.headers().get("content-length").ok().flatten();
    if let Some(bytes) = length.and_then(|l| l.trim().parse::<u64>().ok()) {
        if bytes > rubric::MAX_BYTES {
            return Err(rubric::RubricError::TooLarge { bytes }.brief());
        }
    }
    keep_offline(url, &response).await;
    let text = response.text().map_err(|_| unreachable.clone())?;
    let text = JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or(unreachable)?;
    // `rubric::read` checks the text's length too: Content-Length may be absent or compressed.
    Ok(text)
}

/// Keeps a copy of the rubric where the service worker finds it offline (scripts/sw.template.js,
/// `seams-data`), so even the first visit's rubric works offline afterwards. Best effort: where
/// the page may not use the cache (a sandboxed frame, file://), the network stays the source.
async fn keep_offline(url: &str, response: &web_sys::Response) {
    let Ok(caches) = window().caches() else { return };
    let Ok(copy) = response.clone() else { return };
    let Ok(cache) = JsFuture::from(caches.open(OFFLINE_CACHE)).await else { return };
    let cache: web_sys::Cache = cache.unchecked_into();
    let _ = JsFuture::from(cache.put_with_str(url, &copy)).await;
}

/// The cache the service worker keeps fetched rubrics in (`DATA` in scripts/sw.template.js).
const OFFLINE_CACHE: &str = "seams-data";

/// The build's data block, if the page carries one.
fn build_text() -> Option<Kept> {
    let block = document().get_element_by_id("seams-rubric")?;
    serde_json::from_str(&block.text_content()?).ok()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn kept() -> Option<Kept> {
    serde_json::from_str(&storage()?.get_item(KEY).ok()??).ok()
}

fn keep(name: &str, text: &str) {
    let kept = Kept { name: name.to_string(), text: text.to_string() };
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(&kept)) {
        let _ = s.set_item(KEY, &json);
    }
}

fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

/// The standard rubric's label, for the page's words.
pub fn standard_label() -> String {
    Rubric::standard().label()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_name_a_rubric() {
        for ok in
            ["rubric.json", "./rubric.json", "/tools/rubric.json", "../r/acme.json", "r.json?v=2"]
        {
            assert_eq!(address_problem(ok), None, "{ok}");
        }
        for refused in [
            "https://evil.example/rubric.json",
            "http://127.0.0.1:1/rubric.json",
            "//evil.example/rubric.json",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:application/json,{}",
            "\\\\evil.example\\r.json",
            "file:///etc/passwd",
            "a\nb",
        ] {
            let said = address_problem(refused);
            assert!(
                said.as_deref().is_some_and(|s| s.contains("this site")),
                "{refused}: {said:?}"
            );
        }
        assert!(address_problem(" ").is_some_and(|s| s.contains("names no rubric")));
    }
}
