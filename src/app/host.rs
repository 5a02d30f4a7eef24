//! Where the page runs: a normal tab, an embed in a wiki's iframe, or offline. This module reads
//! the embed options from the URL, tells an embedding page how tall the app is (when asked to),
//! and registers the service worker that keeps the app working offline.
//!
//! The options are documented in docs/deploy.md:
//! - `?embed` — a compact layout without the site header and footer, for a ~600 px frame;
//! - `?embed&autoheight` — also post `{ "type": "seams:height", "height": <px> }` to the parent
//!   whenever the page's height changes;
//! - `&parent=<origin>` — post only to that origin (otherwise to any, since the height is not a
//!   secret). Seams listens to no incoming messages, so a parent's messages are all ignored.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How the page was asked to present itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    pub embed: bool,
    pub auto_height: bool,
    /// The only origin height messages go to, when given.
    pub parent_origin: Option<String>,
}

/// Reads the options from a query string (`?embed&autoheight&parent=https%3A%2F%2Fwiki.example`),
/// decoded by the browser's own `URLSearchParams`.
pub fn parse_query(search: &str) -> EmbedOptions {
    match web_sys::UrlSearchParams::new_with_str(search) {
        Ok(params) => options(|key| params.get(key)),
        Err(_) => EmbedOptions::default(),
    }
}

/// The options, given each parameter's decoded value (`None` when it is absent).
pub fn options(get: impl Fn(&str) -> Option<String>) -> EmbedOptions {
    let on = |key: &str| get(key).is_some_and(|value| value != "0" && value != "false");
    // Only a real origin: scheme and host, nothing after them.
    let parent_origin = get("parent").and_then(|origin| {
        let origin = origin.trim_end_matches('/');
        let ok = (origin.starts_with("https://") || origin.starts_with("http://"))
            && !origin.split_once("//").is_some_and(|(_, rest)| rest.contains('/'));
        ok.then(|| origin.to_string())
    });
    let embed = on("embed");
    // Height messages only make sense inside an embed.
    EmbedOptions { embed, auto_height: embed && on("autoheight"), parent_origin }
}

/// The host state, provided as context by [`start`].
#[derive(Clone, Copy)]
pub struct Host {
    pub options: StoredValue<EmbedOptions>,
    /// A new version of the app is installed and waiting for the user's go-ahead; written
    /// only here, by the service worker's events.
    update_ready: RwSignal<bool>,
}

impl Host {
    /// True once a new version waits for the user's go-ahead (a reactive read).
    pub fn update_ready(&self) -> bool {
        self.update_ready.get()
    }
}

/// The host state, when the app was started with it.
pub fn use_host() -> Option<Host> {
    use_context::<Host>()
}

/// Applies the embed options and registers the service worker.
pub fn start() -> Host {
    let options = parse_query(&window().location().search().unwrap_or_default());
    let host =
        Host { options: StoredValue::new(options.clone()), update_ready: RwSignal::new(false) };
    provide_context(host);
    if options.embed {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().add_1("is-embedded");
        }
    }
    if options.auto_height {
        post_height(options.parent_origin.clone());
    }
    register_service_worker(host);
    host
}

/// Posts the page's height to the parent now and whenever it changes.
fn post_height(target: Option<String>) {
    let Ok(Some(parent)) = window().parent() else { return };
    let target = target.unwrap_or_else(|| "*".to_string());
    let mut last = 0;
    let mut send = move || {
        let Some(root) = document().document_element() else { return };
        let height = root.scroll_height();
        if height == last {
            return;
        }
        last = height;
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"seams:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        let _ = parent.post_message(&message, &target);
    };
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| send());
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// `navigator.serviceWorker`, if this page may use it. Reading it throws in sandboxed frames,
/// so it is read through `Reflect`, which turns the exception into `None`.
fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    let value = js_sys::Reflect::get(&window().navigator(), &"serviceWorker".into()).ok()?;
    value.dyn_into().ok()
}

fn register_service_worker(host: Host) {
    // Only a built site names its worker; the development server and the single file do not.
    let Some(url) = document()
        .query_selector("meta[name=seams-service-worker]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
    else {
        return;
    };
    let protocol = window().location().protocol().unwrap_or_default();
    if protocol != "https:" && protocol != "http:" {
        return;
    }
    let Some(container) = service_workers() else { return };
    let promise = container.register(&url);
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        watch_for_updates(host, &container, &registration);
    });
}

/// Flags a new version once it is installed while an older one controls the page. The new
/// version waits until the user chooses to reload; assets never change under an open page.
fn watch_for_updates(
    host: Host,
    container: &web_sys::ServiceWorkerContainer,
    registration: &web_sys::ServiceWorkerRegistration,
) {
    let controlled = container.controller().is_some();
    if controlled && registration.waiting().is_some() {
        host.update_ready.set(true);
    }
    let reg = registration.clone();
    let on_update = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = reg.installing() else { return };
        let worker = installing.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == web_sys::ServiceWorkerState::Installed && controlled {
                host.update_ready.set(true);
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
    on_update.forget();
}

/// Switches to the waiting version and reloads once it has taken over.
pub fn apply_update() {
    let Some(container) = service_workers() else { return };
    let on_change = Closure::<dyn FnMut()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let promise = container.get_registration();
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            let _ = waiting.post_message(&"skip-waiting".into());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The options of a query given as decoded pairs, as `URLSearchParams` hands them over.
    fn query(pairs: &[(&str, &str)]) -> EmbedOptions {
        options(|key| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn the_query_turns_on_embed_and_auto_height() {
        assert_eq!(query(&[]), EmbedOptions::default());
        assert_eq!(query(&[("embed", "")]), EmbedOptions { embed: true, ..Default::default() });
        assert_eq!(
            query(&[("embed", ""), ("autoheight", ""), ("parent", "https://wiki.example")]),
            EmbedOptions {
                embed: true,
                auto_height: true,
                parent_origin: Some("https://wiki.example".into())
            }
        );
        assert_eq!(query(&[("embed", "0")]), EmbedOptions::default());
        assert_eq!(query(&[("embed", "false")]), EmbedOptions::default());
    }

    #[test]
    fn auto_height_needs_embed_and_the_parent_must_be_an_origin() {
        assert!(!query(&[("autoheight", "")]).auto_height);
        let parent = |origin| query(&[("embed", ""), ("parent", origin)]).parent_origin;
        assert_eq!(parent("javascript:alert(1)"), None);
        assert_eq!(parent("https://wiki.example/page"), None);
        assert_eq!(parent("http://127.0.0.1:9000/").as_deref(), Some("http://127.0.0.1:9000"));
        // `URLSearchParams` leaves a broken escape as it is: not an origin either.
        assert_eq!(parent("%ZZ"), None);
    }
}
