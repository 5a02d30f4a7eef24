//! Keeping and sharing work on the page: the notices about saving and links, and the controls to
//! export, import and share the answers. The decisions (what to save, whether a file or link is
//! acceptable) are made in `app::persist`, `app::file` and `app::link`; this only shows them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::file;
use crate::app::link;
use crate::app::persist::{has_answers, use_persist, SaveState};
use crate::app::state::{focus_by_id, Msg, Notice, Offer, Offered};
use crate::app::{csv, report};
use crate::app::{use_store, Store};

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies `text` to the clipboard, then says how it went: `done`, or `refused` when the
/// browser did not allow it.
pub fn copy_text(text: String, said: RwSignal<Option<String>>, done: String, refused: String) {
    let clipboard = window().navigator().clipboard();
    leptos::task::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
        said.set(Some(if copied.is_ok() { done } else { refused }));
    });
}

/// The page's address for a link: from the full address, not `origin` (in a sandboxed frame
/// the origin reads "null"), without the page parameters (a link opens where its fragment
/// says, whatever page made it) and without a fragment.
pub fn page_base() -> String {
    let href = window().location().href().unwrap_or_default();
    let page = href.split(['?', '#']).next().unwrap_or_default();
    let search = window().location().search().unwrap_or_default();
    format!("{page}{}", crate::app::nav::without_page(&search))
}

/// Downloads the current answers as an answer file.
pub fn export_answers(store: Store) {
    let now = js_sys::Date::new_0().to_iso_string().as_string();
    let rubric = store.rubric.with_untracked(|r| r.rubric.reference());
    let text =
        store.answers.with_untracked(|a| file::to_json_with(a, now.as_deref(), Some(&rubric)));
    download("seams-answers.json", "application/json", &text);
}

/// The messages at the top of every page: a link waiting for a decision, a problem, and the
/// state of the autosave when it needs the user.
#[component]
pub fn Notices() -> impl IntoView {
    let store = use_store();
    let p = use_persist();
    let status = move || p.map_or(SaveState::Idle, |p| p.status());
    let unreadable = move || p.and_then(|p| p.unreadable());
    let host = crate::app::host::use_host();
    let update_ready = move || host.is_some_and(|h| h.update_ready());
    let w = store.catalogue().texts.wizard.clone();
    let (w1, w2, w3, w4) = (w.clone(), w.clone(), w.clone(), w.clone());
    view! {
        <div class="notices" data-testid="notices">
            {move || update_ready().then(|| view! {
                <div class="notice notice-info" role="status" data-testid="update-ready">
                    <p><strong>{w1.update_ready.text()}</strong>
                    {format!(" {}", w1.update_saved.text())}</p>
                    <button type="button" class="button button-secondary"
                        on:click=move |_| crate::app::host::apply_update()>{w1.update_reload.text()}</button>
                </div>
            })}
            {move || store.pending.get().map(|offer| view! { <OfferPrompt offer=offer/> })}
            {move || store.notice.get().map(|n| {
                let class = if n.problem { "notice notice-problem" } else { "notice notice-info" };
                let undo = n.undo && store.can_undo.get();
                view! {
                    <div class=class role=if n.problem { "alert" } else { "status" } data-testid="notice">
                        <p>{n.text}</p>
                        <div class="notice-actions">
                            {undo.then(|| view! {
                                <button type="button" class="button button-secondary button-small" data-testid="undo"
                                    on:click=move |_| store.dispatch(Msg::Undo)>
                                    {w2.undo.text()}<span class="visually-hidden">{format!(" {}", w2.undo_hint.text())}</span>
                                </button>
                            })}
                            <button type="button" class="button-link" on:click=move |_| store.dispatch(Msg::Dismiss)>
                                {w2.dismiss.text()}<span class="visually-hidden">{format!(" {}", w2.dismiss_hint.text())}</span>
                            </button>
                        </div>
                    </div>
                }
            })}
            {move || unreadable().map(|raw| view! {
                <div class="notice notice-problem">
                    <p>{w3.unreadable_kept.text()}</p>
                    <button type="button" class="button button-secondary" data-testid="download-unreadable"
                        on:click=move |_| download("seams-unreadable-save.txt", "text/plain", &raw)>
                        {w3.unreadable_download.text()}
                    </button>
                </div>
            })}
            {move || match status() {
                SaveState::Unavailable => Some(view! {
                    <div class="notice notice-warning" role="status" data-testid="save-state">
                        <p><strong>{w4.not_saving.text()}</strong>
                        {format!(" {}", w4.not_saving_text.text())}</p>
                        <button type="button" class="button button-secondary" on:click=move |_| export_answers(store)>{w4.export.text()}</button>
                    </div>
                }.into_any()),
                SaveState::Full => Some(view! {
                    <div class="notice notice-problem" role="alert" data-testid="save-state">
                        <p><strong>{w4.storage_full.text()}</strong>
                        {format!(" {}", w4.storage_full_text.text())}</p>
                        <button type="button" class="button button-secondary" on:click=move |_| export_answers(store)>{w4.export.text()}</button>
                    </div>
                }.into_any()),
                SaveState::Conflict => Some(view! {
                    <div class="notice notice-question" role="alert" data-testid="save-state">
                        <p><strong>{w4.other_tab.text()}</strong>
                        {format!(" {}", w4.other_tab_text.text())}</p>
                        <div class="notice-actions">
                            <button type="button" class="button button-primary"
                                on:click=move |_| if let Some(p) = p { p.take_other_tab() }>
                                {w4.use_newer.text()}
                            </button>
                            <button type="button" class="button button-secondary"
                                on:click=move |_| if let Some(p) = p { p.keep_this_tab() }>
                                {w4.keep_this_tab.text()}
                            </button>
                        </div>
                    </div>
                }.into_any()),
                SaveState::Idle | SaveState::Saved => None,
            }}
        </div>
    }
}

/// "Saved in this browser", beside the progress rather than above the page, so that the page
/// does not move down when the autosave catches up.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let store = use_store();
    let p = use_persist();
    let saved = move || p.is_some_and(|p| p.status() == SaveState::Saved);
    move || {
        (saved() && store.answers.with(has_answers)).then(|| {
            view! {
                <p class="save-status" data-testid="saved">{store.catalogue().texts.wizard.saved.text()}</p>
            }
        })
    }
}

/// The question asked before offered answers replace the user's own: a share link, an
/// example, or a fresh start. It takes focus when it appears, wherever the page was scrolled.
#[component]
fn OfferPrompt(offer: Offer) -> impl IntoView {
    let store = use_store();
    let Offer { answers, from: offered, mismatch } = offer;
    let w = store.catalogue().texts.wizard.clone();
    let (what, replaces, accept) = match &offered {
        Offered::Link => (w.offer_link.text(), &w.offer_link_replaces, &w.offer_link_accept),
        Offered::Example(title) => (
            w.offer_example.render(&[("title", title)]),
            &w.offer_example_replaces,
            &w.offer_example_accept,
        ),
        Offered::Fresh => (w.offer_fresh.text(), &w.offer_fresh_replaces, &w.offer_fresh_accept),
        Offered::File(name) => {
            (w.offer_file.render(&[("name", name)]), &w.offer_link_replaces, &w.offer_file_accept)
        }
        Offered::Workshop(n) => {
            let participants = store.catalogue().texts.nouns.participant.count(*n);
            (
                w.offer_workshop.render(&[("participants", &participants)]),
                &w.offer_example_replaces,
                &w.offer_workshop_accept,
            )
        }
    };
    let (replaces, accept) = (replaces.text(), accept.text());
    let kind = match offered {
        Offered::Link => "link",
        Offered::Example(_) => "example",
        Offered::Fresh => "fresh",
        Offered::File(_) => "file",
        Offered::Workshop(_) => "workshop",
    };
    let replaces_work = store.answers.with_untracked(|mine| has_answers(mine) && *mine != answers);
    let replaces = replaces_work.then(|| format!(" {replaces} {}", w.offer_undo.text()));
    let accept = if mismatch.is_some() { w.offer_with_ours.text() } else { accept };
    let switch = mismatch.as_ref().and_then(|m| m.switch.as_ref()).map(|theirs| {
        let label = w.offer_with_theirs.render(&[("rubric", &theirs.label())]);
        view! {
            <button type="button" class="button button-secondary" data-testid="offer-switch"
                on:click=move |_| store.dispatch(Msg::AcceptSwitching)>{label}</button>
        }
    });
    let rubric_words = mismatch.as_ref().map(|m| {
        view! {
            <p data-testid="offer-rubric">
                {w.offer_rubric.render(&[("theirs", &m.theirs.to_string()), ("ours", &m.ours.to_string())])}
            </p>
        }
    });
    request_animation_frame(|| focus_by_id("offer-prompt"));
    let keep = move |_| {
        store.dispatch(Msg::Decline);
        focus_by_id("step-heading");
    };
    view! {
        <div class="notice notice-question" role="alert" id="offer-prompt" tabindex="-1"
            data-testid="offer" data-offer=kind>
            <p><strong>{what}</strong>{replaces}</p>
            {rubric_words}
            <div class="notice-actions">
                <button type="button" class="button button-primary" data-testid="offer-accept"
                    on:click=move |_| store.dispatch(Msg::Accept)>{accept}</button>
                {switch}
                <button type="button" class="button button-secondary" data-testid="offer-decline"
                    on:click=keep>{w.keep_mine.text()}</button>
                {replaces_work.then(|| view! {
                    <button type="button" class="button-link" on:click=move |_| export_answers(store)>
                        {w.export.text()}
                    </button>
                })}
            </div>
        </div>
    }
}

/// Reads a dropped or picked file and imports it, whole or not at all.
fn import_file(store: Store, file: web_sys::File) {
    let w = store.catalogue().texts.wizard.clone();
    let unchanged = w.unchanged.clone();
    let problem = move |text: String| {
        let text = unchanged.render(&[("problem", &text)]);
        store.dispatch(Msg::Notify(Notice::problem(text)))
    };
    if let Err(e) = file::check_size(file.size() as u64) {
        problem(e.to_string());
        return;
    }
    let name = file.name();
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let Some(text) = text.ok().and_then(|t| t.as_string()) else {
            problem(w.unreadable_file.text());
            return;
        };
        match file::read(&text, &store.catalogue()) {
            Ok(file::Opened { answers, rubric }) => {
                store.dispatch(Msg::Offer { answers, from: Offered::File(name), made_with: rubric })
            }
            Err(e) => problem(e.to_string()),
        }
    });
}

/// A file picker and a drop zone for answer files.
#[component]
pub fn ImportControl() -> impl IntoView {
    let store = use_store();
    let w = store.catalogue().texts.wizard.clone();
    view! {
        <FileDrop id="import-file" testid="import-file" drop_testid="drop-zone"
            label=w.import_label.text()
            hint=w.import_hint.text()
            on_file=move |file| import_file(store, file)/>
    }
}

/// A labelled file picker inside a drop target: a picked or dropped file goes to `on_file`.
#[component]
pub fn FileDrop(
    id: &'static str,
    testid: &'static str,
    drop_testid: &'static str,
    label: String,
    hint: String,
    on_file: impl Fn(web_sys::File) + Clone + 'static,
    /// The kinds of file offered; answer files (JSON) when left out.
    #[prop(optional)]
    accept: Option<&'static str>,
    /// Several files at once, each handed to `on_file` in turn.
    #[prop(optional)]
    many: bool,
) -> impl IntoView {
    let over = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let dropped = on_file.clone();
    view! {
        <div class="drop-zone" class:is-over=move || over.get() data-testid=drop_testid
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                over.set(false);
                if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
                    each_file(&files, many, &dropped);
                }
            }>
            <label class="label" for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <input type="file" id=id class="file-input" accept=accept.unwrap_or(".json,application/json")
                multiple=many aria-describedby=hint_id data-testid=testid
                on:change=move |ev| {
                    let input: web_sys::HtmlInputElement = event_target(&ev);
                    if let Some(files) = input.files() {
                        each_file(&files, many, &on_file);
                    }
                    input.set_value("");
                }/>
        </div>
    }
}

/// The first file of a list, or with `many` each of them.
fn each_file(files: &web_sys::FileList, many: bool, on_file: &impl Fn(web_sys::File)) {
    let n = if many { files.length() } else { files.length().min(1) };
    for i in 0..n {
        if let Some(file) = files.get(i) {
            on_file(file);
        }
    }
}

/// The share link of the current answers, with a copy button; or, when the answers are too
/// large for a link, a message that says so and the file export instead.
#[component]
pub fn ShareLink() -> impl IntoView {
    let store = use_store();
    let copied = RwSignal::new(None::<String>);
    let p = store.catalogue().texts.page.clone();
    let code = Memo::new(move |_| {
        store.rubric.with(|r| store.answers.with(|a| link::share_code_with(a, Some(&r.rubric))))
    });
    let url = Memo::new(move |_| {
        let base = page_base();
        code.with(|c| c.as_ref().map(|code| format!("{base}#{code}")).unwrap_or_default())
    });
    let (done, refused) = (p.link_copied.text(), p.link_not_copied.text());
    let copy = move |_| copy_text(url.get_untracked(), copied, done.clone(), refused.clone());
    // Redrawn only when the answers start or stop fitting in a link, so the field keeps its
    // focus and selection while the answers change.
    let fits = Memo::new(move |_| code.with(Result::is_ok));
    let too_large = move || code.with(|c| c.as_ref().err().map(ToString::to_string));
    move || {
        let p = p.clone();
        let copy = copy.clone();
        match fits.get() {
        true => view! {
            <div class="field">
                <label class="label" for="share-link">{p.share_link.text()}</label>
                <p class="hint" id="share-hint">{p.share_hint.text()}</p>
                <div class="input-with-button">
                    <input class="input input-wide" id="share-link" type="text" readonly
                        aria-describedby="share-hint" data-testid="share-link" prop:value=move || url.get()
                        on:focus=move |ev| { let i: web_sys::HtmlInputElement = event_target(&ev); i.select(); }/>
                    <button type="button" class="button button-secondary" data-testid="copy-link" on:click=copy>
                        {p.copy_link.text()}
                    </button>
                </div>
                <p role="status" class="live-message">{move || copied.get()}</p>
            </div>
        }
        .into_any(),
        false => view! {
            <div class="field" data-testid="share-too-large">
                <h3 class="label">{p.share_link.text()}</h3>
                <p>{too_large}</p>
                <button type="button" class="button button-secondary" data-testid="share-export"
                    on:click=move |_| export_answers(store)>
                    {p.export_json.text()}
                </button>
            </div>
        }
        .into_any(),
    }
    }
}

/// Today as YYYY-MM-DD, from the browser's clock.
pub fn today() -> String {
    let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    iso.chars().take(10).collect()
}

/// The light palette of an exported chart: a file always prints and projects on white, whatever
/// the colour scheme of the page it came from (the values are the light tokens of tokens.css).
const EXPORT_STYLE: &str =
    "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}\
.chart-area{fill:#f4f6f9}.chart-area.is-current{fill:#dbe6ff}\
.chart-frame{fill:none;stroke:#6b7689;stroke-width:1}\
.chart-split{stroke:#6b7689;stroke-width:1.5;stroke-dasharray:5 4}\
.chart-tick,.chart-grid{stroke:#c3ccd9;stroke-width:1}\
.chart-label,.chart-axis-title,.chart-point-label{fill:#1a1f2b}\
.chart-axis-title,.chart-point-label{font-weight:600}.chart-tick-label{fill:#4a5468}\
.chart-point{fill:#1d4ed8;stroke:#ffffff;stroke-width:2.5}.chart-bar{fill:#1d4ed8}\
.chart-bar-range{fill:#dbe6ff;stroke:#1d4ed8;stroke-width:1;stroke-dasharray:3 2}";

/// Escapes text for SVG.
fn svg_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The chart matching `selector` as a standalone SVG file: the chart as drawn, under a title
/// and a line of context, on white, in the light palette, so it reads the same outside the page.
fn svg_file(selector: &str, title: &str, subtitle: &str) -> Option<String> {
    let live = document().query_selector(selector).ok()??;
    let view_box = live.get_attribute("viewBox")?;
    let parts: Vec<f64> = view_box.split_whitespace().filter_map(|x| x.parse().ok()).collect();
    let (w, h) = (*parts.get(2)?, *parts.get(3)?);
    const HEAD: f64 = 52.0;
    // Leptos leaves empty comments as placeholders in the DOM; a file has no use for them.
    let inner = live.inner_html().replace("<!---->", "");
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {}\" width=\"{}\" height=\"{}\">\
         <style>{EXPORT_STYLE}</style>\
         <rect width=\"{w}\" height=\"{}\" fill=\"#ffffff\"/>\
         <text x=\"4\" y=\"20\" font-size=\"16\" font-weight=\"700\" fill=\"#1a1f2b\">{}</text>\
         <text x=\"4\" y=\"40\" font-size=\"12\" fill=\"#4a5468\">{}</text>\
         <g transform=\"translate(0 {HEAD})\">{inner}</g></svg>\n",
        h + HEAD,
        (w * 1.5).round(),
        ((h + HEAD) * 1.5).round(),
        h + HEAD,
        svg_text(title),
        svg_text(subtitle),
    ))
}

/// The "Keep and share" section of the results page.
#[component]
pub fn KeepWork() -> impl IntoView {
    let store = use_store();
    let copied = RwSignal::new(None::<String>);
    let p = store.catalogue().texts.page.clone();
    let report_text = move || {
        let answers = store.answers.get_untracked();
        let rubric = store.rubric.with_untracked(|r| std::sync::Arc::clone(&r.rubric));
        store.evaluation.with_untracked(|e| {
            let link = link::share_code_with(&answers, Some(&rubric)).ok().map(|code| {
                let href = window().location().href().unwrap_or_default();
                format!("{}#{code}", href.split('#').next().unwrap_or_default())
            });
            let mut record =
                report::markdown_linked(&answers, e, &rubric, &today(), link.as_deref());
            // Answers that are a workshop's consensus say how the room reached them.
            let room = crate::app::workshop::use_room().state.get_untracked();
            let members: Vec<_> =
                room.members.iter().map(|m| (m.nickname.clone(), m.answers.clone())).collect();
            let cat = &rubric.catalogue;
            let room_answers: Vec<_> = members.iter().map(|(_, a)| a.clone()).collect();
            let agreed =
                crate::engine::workshop::consensus(&answers, &room_answers, &room.overrides, cat);
            if !members.is_empty() && agreed == answers {
                record.push('\n');
                record.push_str(&report::how_we_decided(&members, &room.overrides, &answers, cat));
            }
            record
        })
    };
    let (done, refused) = (p.record_copied.text(), p.record_not_copied.text());
    let copy_report = move |_| copy_text(report_text(), copied, done.clone(), refused.clone());
    let has_map = Memo::new(move |_| store.evaluation.with(|e| e.domain.is_some()));
    let rubric_label = move || store.rubric.with_untracked(|r| r.rubric.label());
    let table = move |name: &'static str, make: fn(&crate::engine::Evaluation, &str) -> String| {
        let text = store.evaluation.with_untracked(|e| make(e, &rubric_label()));
        download(&format!("seams-{name}.csv"), "text/csv", &text);
    };
    view! {
        <section class="keep card" aria-labelledby="keep-heading" data-testid="keep">
            <h2 id="keep-heading">{p.keep.text()}</h2>
            <ShareLink/>
            <h3>{p.record.text()}</h3>
            <p class="hint">{p.record_hint.text()}</p>
            <div class="keep-actions">
                <button type="button" class="button button-secondary" data-testid="copy-report" on:click=copy_report>
                    {p.copy_markdown.text()}
                </button>
                <button type="button" class="button button-secondary" data-testid="download-report"
                    on:click=move |_| download("seams-decision-record.md", "text/markdown", &report_text())>
                    {p.download_markdown.text()}
                </button>
            </div>
            <p role="status" class="live-message">{move || copied.get()}</p>
            <h3>{p.tables.text()}</h3>
            <div class="keep-actions">
                <button type="button" class="button button-secondary" data-testid="csv-matrix"
                    on:click=move |_| table("decision-matrix", csv::matrix)>{p.csv_matrix.text()}</button>
                <button type="button" class="button button-secondary" data-testid="csv-checks"
                    on:click=move |_| table("triggers-and-blockers", csv::checks)>{p.csv_checks.text()}</button>
                <button type="button" class="button button-secondary" data-testid="csv-costs"
                    on:click=move |_| table("costs", csv::costs)>{p.csv_costs.text()}</button>
                {let dsm = p.csv_dsm.text(); move || has_map.get().then(|| view! {
                    <button type="button" class="button button-secondary" data-testid="csv-dsm"
                        on:click=move |_| {
                            if let Some(text) = store.evaluation.with_untracked(|e| csv::dsm(e, &rubric_label())) {
                                download("seams-dependency-matrix.csv", "text/csv", &text);
                            }
                        }>{dsm.clone()}</button>
                })}
                <button type="button" class="button button-secondary" data-testid="svg-quadrant"
                    on:click=move |_| {
                        let p = store.catalogue().texts.page.clone();
                        let (title, subtitle) = store.evaluation.with_untracked(|e| (
                            p.svg_quadrant_title.render(&[("region", &e.quadrant.label)]),
                            p.svg_quadrant_subtitle.render(&[
                                ("need", &format!("{:.0}", e.need.floor())),
                                ("readiness", &format!("{:.0}", e.readiness.floor())),
                                ("verdict", &e.verdict.label),
                            ]),
                        ));
                        if let Some(svg) = svg_file("svg.chart-quadrant", &title, &subtitle) {
                            download("seams-need-readiness.svg", "image/svg+xml", &svg);
                        }
                    }>{p.svg_quadrant.text()}</button>
                <button type="button" class="button button-secondary" data-testid="svg-timeline"
                    on:click=move |_| {
                        let p = store.catalogue().texts.page.clone();
                        let (title, subtitle) = store.evaluation.with_untracked(|e| (
                            p.svg_timeline_title.render(&[("verdict", &e.verdict.label)]),
                            e.brief.duration.clone(),
                        ));
                        if let Some(svg) = svg_file("svg.chart-timeline-wide", &title, &subtitle) {
                            download("seams-plan-timeline.svg", "image/svg+xml", &svg);
                        }
                    }>{p.svg_timeline.text()}</button>
                <button type="button" class="button button-secondary" data-testid="print"
                    on:click=move |_| { let _ = window().print(); }>{p.print.text()}</button>
            </div>
            <h3>{p.your_answers.text()}</h3>
            <div class="keep-actions">
                <button type="button" class="button button-secondary" data-testid="export-answers"
                    on:click=move |_| export_answers(store)>
                    {p.export_json.text()}
                </button>
            </div>
        </section>
    }
}
