//! Importing the domain map from the code: a dependency graph (or the two spreadsheets) picked,
//! dropped or pasted, read whole by `formats::import`, grouped into modules with a live
//! preview, then used, replacing or merged into the map, with an undo.
//!
//! The graph being grouped is this panel's own state, like an unfinished form; only the map
//! the user chooses reaches the store, as one `Msg::ReplaceMap`.

use leptos::prelude::*;

use crate::app::use_store;
use crate::app::validate::thousands;
use crate::engine::{DomainMap, Texts};
use crate::ui::keep::{download, FileDrop};
use crate::ui::steps::domain::{map_replacer, MapReplaced};
use crate::ui::steps::labels::capitalise;
use seams_formats::import::{self, CsvFile, Format, Graph, GroupOptions, Tool};

/// A read graph and where it came from.
#[derive(Clone, PartialEq)]
struct Read {
    graph: Graph,
    /// "Read models.dot (Graphviz DOT from pydeps): …".
    summary: String,
    /// Said when one spreadsheet came without the other.
    partner: Option<String>,
}

/// The grouped map the options give, or why it cannot be a map.
#[derive(Clone, PartialEq)]
struct Grouping {
    preview: import::Preview,
    map: Result<(DomainMap, import::Notes), String>,
}

/// The deepest grouping offered: import paths seldom nest deeper in a way that names modules.
const MAX_DEPTH: usize = 6;
/// Rows shown in each preview table; the rest are counted.
const SHOWN: usize = 12;

/// The "Import the map from the code" panel of the domain-map step.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let store = use_store();
    let texts = store.catalogue().texts.clone();
    let w = texts.wizard.clone();
    let read = RwSignal::new(None::<Read>);
    let problem = RwSignal::new(None::<String>);
    let options = RwSignal::new(GroupOptions::default());
    // The spreadsheets read so far, (file name, text), so the two may come one at a time.
    let sheets = RwSignal::new((None::<(String, String)>, None::<(String, String)>));
    let pasted = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let undo = RwSignal::new(None::<DomainMap>);
    let replace = map_replacer(store);

    let t = StoredValue::new(texts.clone());
    // A text read whole; a refusal leaves whatever was read before as it was.
    let take = move |source: String, text: String| {
        let tx = t.get_value();
        let result = if import::detect(&text) == Format::Csv {
            let mut both = sheets.get_untracked();
            match import::sheet_kind(&text) {
                CsvFile::Modules => both.0 = Some((source.clone(), text)),
                CsvFile::Dependencies => both.1 = Some((source.clone(), text)),
            }
            let graph = import::parse_csv_pair(
                both.0.as_ref().map(|s| s.1.as_str()),
                both.1.as_ref().map(|s| s.1.as_str()),
            );
            if graph.is_ok() {
                sheets.set(both.clone());
            }
            graph.map(|g| {
                let names: Vec<&str> = [&both.0, &both.1]
                    .iter()
                    .filter_map(|s| s.as_ref())
                    .map(|s| s.0.as_str())
                    .collect();
                let partner = match (&both.0, &both.1) {
                    (Some(_), None) => Some(tx.wizard.import_sheet_dependencies.text()),
                    (None, Some(_)) => Some(tx.wizard.import_sheet_modules.text()),
                    _ => None,
                }
                .map(|missing| tx.wizard.import_one_sheet.render(&[("missing", &missing)]));
                (g, names.join(" + "), partner)
            })
        } else {
            import::parse_any(&text).map(|g| {
                // A graph replaces the sheets read before it; a refused one leaves them.
                sheets.set((None, None));
                (g, source, None)
            })
        };
        match result {
            Ok((graph, source, partner)) => {
                options.set(GroupOptions::suggested(&graph));
                let summary = summary(&graph, &source, &tx);
                read.set(Some(Read { graph, summary, partner }));
                problem.set(None);
                // The last change's status stays, with its undo, until another is made.
            }
            Err(e) => problem.set(Some(e.to_string())),
        }
    };
    let unreadable = w.unreadable_file.text();
    let on_file = move |file: web_sys::File| {
        if let Err(e) = import::check_size(file.size() as u64) {
            problem.set(Some(e.to_string()));
            return;
        }
        let name = file.name();
        let unreadable = unreadable.clone();
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
            {
                Some(text) => take(name, text),
                None => problem.set(Some(unreadable)),
            }
        });
    };
    let pasted_source = w.import_pasted.text();
    let read_pasted = move |_| take(pasted_source.clone(), pasted.get_untracked());

    let grouping = Memo::new(move |_| {
        read.with(|r| {
            r.as_ref().map(|r| {
                let grouped = options.with(|o| import::group(&r.graph, o));
                Grouping {
                    preview: grouped.preview(),
                    map: grouped
                        .to_domain_map()
                        .map(|(map, _, notes)| (map, notes))
                        .map_err(|e| e.to_string()),
                }
            })
        })
    });
    let has_map = Memo::new(move |_| store.answers.with(|a| !a.domain.is_empty()));

    // Replace (or merge into) the map; the previous one stays for the undo.
    let apply = move |merge: bool| {
        let Some(Grouping { map: Ok((imported, notes)), .. }) = grouping.get_untracked() else {
            return;
        };
        let tx = t.get_value();
        let (n, w) = (&tx.nouns, &tx.wizard);
        let count = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let previous = store.answers.with_untracked(|a| a.domain.clone());
        let (map, mut said) = if merge {
            let (map, m) = import::merge_with_notes(&previous, &imported);
            let said = w.import_merged.render(&[
                ("matched", &n.module.count(count(m.matched.len()))),
                ("added", &n.module.count(count(m.added.len()))),
                ("removed", &n.module.count(count(m.removed.len()))),
            ]);
            (map, said)
        } else {
            let said = w.import_done.render(&[
                ("modules", &n.module.count(count(imported.modules.len()))),
                ("dependencies", &n.dependency.count(count(imported.dependencies.len()))),
            ]);
            (imported, said)
        };
        if !notes.renamed.is_empty() {
            let names: Vec<String> = notes
                .renamed
                .iter()
                .map(|r| format!("{} → {}", tx.quoted(&r.from), tx.quoted(&r.to)))
                .collect();
            said.push(' ');
            said.push_str(&w.import_renamed.render(&[("names", &tx.names(&names, 4))]));
        }
        replace(map);
        undo.set(Some(previous));
        status.set(said);
        // The button is gone with the preview: the editor of the new map takes the focus.
        request_animation_frame(|| crate::app::state::focus_by_id("modules-heading"));
        read.set(None);
        sheets.set((None, None));
    };
    let (modules_csv, dependencies_csv) = import::csv_templates();
    let templates = StoredValue::new((modules_csv, dependencies_csv));
    let wv = StoredValue::new(w.clone());
    let max = format!("{} MB", import::MAX_IMPORT_BYTES / (1024 * 1024));

    view! {
        <details class="card import-panel" data-testid="import-panel">
            <summary class="import-summary">{w.import_heading.text()}</summary>
            <p class="hint">{w.import_intro.text()}</p>
            <FileDrop id="import-graph" testid="import-graph" drop_testid="graph-drop"
                label=w.import_file_label.text()
                hint=w.import_file_hint.render(&[("max", &max)])
                accept=".dot,.gv,.json,.csv,.txt,text/plain,text/csv,application/json"
                many=true
                on_file=on_file/>
            <div class="field">
                <label class="label" for="import-paste">{w.import_paste_label.text()}</label>
                <textarea id="import-paste" class="textarea" rows="4" spellcheck="false"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="button" class="button button-secondary" data-testid="read-pasted"
                    on:click=read_pasted>{w.import_read.text()}</button>
            </div>
            <p class="hint import-templates">
                {w.import_templates.text()} " "
                <button type="button" class="button-link" data-testid="template-modules"
                    on:click=move |_| templates.with_value(|t| download("seams-modules.csv", "text/csv;charset=utf-8", &t.0))>
                    {w.import_template_modules.text()}
                </button>
                " · "
                <button type="button" class="button-link" data-testid="template-dependencies"
                    on:click=move |_| templates.with_value(|t| download("seams-dependencies.csv", "text/csv;charset=utf-8", &t.1))>
                    {w.import_template_dependencies.text()}
                </button>
            </p>
            {move || problem.get().map(|p| view! {
                <p class="error-message" role="alert" data-testid="import-problem">{p}</p>
            })}
            {move || read.get().map(|r| {
                view! {
                    <p data-testid="import-read">{r.summary.clone()}</p>
                    {r.partner.clone().map(|p| view! { <p class="hint">{p}</p> })}
                    <Grouping options=options/>
                    {move || grouping.get().map(|g| view! { <PreviewView grouping=g/> })}
                    {move || grouping.with(|g| matches!(g, Some(Grouping { map: Ok(_), .. }))).then(|| {
                        let w = wv.get_value();
                        view! {
                            <div class="button-row import-actions">
                                {move || if has_map.get() {
                                    view! {
                                        <button type="button" class="button button-primary" data-testid="import-replace"
                                            on:click=move |_| apply(false)>{wv.get_value().import_replace.text()}</button>
                                        <button type="button" class="button button-secondary" data-testid="import-merge"
                                            on:click=move |_| apply(true)>{wv.get_value().import_merge.text()}</button>
                                    }.into_any()
                                } else {
                                    view! {
                                        <button type="button" class="button button-primary" data-testid="import-use"
                                            on:click=move |_| apply(false)>{wv.get_value().import_use.text()}</button>
                                    }.into_any()
                                }}
                            </div>
                            {move || has_map.get().then(|| view! {
                                <p class="hint">{w.import_merge_hint.text()}</p>
                            })}
                        }
                    })}
                }
            })}
            <MapReplaced status=status undo=undo testid="import-status" undo_testid="import-undo"/>
        </details>
    }
}

/// "Read models.dot (Graphviz DOT from pydeps): 412 files or modules and 1,034 imports."
fn summary(graph: &Graph, source: &str, tx: &Texts) -> String {
    let w = &tx.wizard;
    let format = match graph.format {
        Format::Dot => w.import_format_dot.text(),
        Format::PydepsJson | Format::MadgeJson => w.import_format_json.text(),
        Format::Csv => w.import_format_csv.text(),
    };
    let tool = match (graph.format, graph.tool) {
        (Format::PydepsJson, _) | (_, Some(Tool::Pydeps)) => Some("pydeps"),
        (Format::MadgeJson, _) | (_, Some(Tool::Madge)) => Some("madge"),
        (_, Some(Tool::Pyreverse)) => Some("pyreverse"),
        (_, Some(Tool::CargoModules)) => Some("cargo-modules"),
        _ => None,
    };
    let format = match tool {
        Some(tool) => w.import_format_by.render(&[("format", &format), ("tool", tool)]),
        None => format,
    };
    let imports: u64 = graph.edges.iter().map(|e| u64::from(e.count)).sum();
    w.import_read_summary.render(&[
        ("source", source),
        ("format", &format),
        ("nodes", &tx.nouns.code_unit.count(u32::try_from(graph.nodes.len()).unwrap_or(u32::MAX))),
        ("imports", &tx.nouns.import.count(u32::try_from(imports).unwrap_or(u32::MAX))),
    ])
}

/// The grouping controls: depth, the start of names to leave out, external modules.
#[component]
fn Grouping(options: RwSignal<GroupOptions>) -> impl IntoView {
    let store = use_store();
    let w = store.catalogue().texts.wizard.clone();
    // Deep enough for the suggestion, whatever it is.
    let depth = options.with_untracked(|o| o.depth.max(1));
    let deepest = depth.max(MAX_DEPTH);
    view! {
        <fieldset class="import-grouping">
            <legend class="label">{w.import_grouping.text()}</legend>
            <div class="field">
                <label class="label" for="import-depth">{w.import_depth.text()}</label>
                <p class="hint" id="import-depth-hint">{w.import_depth_hint.text()}</p>
                <select id="import-depth" class="select" aria-describedby="import-depth-hint"
                    on:change=move |ev| {
                        let d = event_target_value(&ev).parse().unwrap_or(1);
                        options.update(|o| o.depth = d);
                    }>
                    {(1..=deepest).map(|d| view! {
                        <option value=d.to_string() selected=d == depth>{d.to_string()}</option>
                    }).collect_view()}
                </select>
            </div>
            <NameOption id="import-main" label=w.import_main.text() hint=w.import_main_hint.text()
                options=options get=|o| &o.main_package set=|o, v| o.main_package = v/>
            <NameOption id="import-prefix" label=w.import_prefix.text() hint=w.import_prefix_hint.text()
                options=options get=|o| &o.strip_prefix set=|o, v| o.strip_prefix = v/>
            <div class="checkbox">
                <input type="checkbox" id="import-external"
                    prop:checked=options.with_untracked(|o| o.drop_external)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        options.update(|o| o.drop_external = on);
                    }/>
                <label for="import-external">{w.import_external.text()}</label>
            </div>
        </fieldset>
    }
}

/// A grouping option that is a name, or nothing when left empty.
#[component]
fn NameOption(
    id: &'static str,
    label: String,
    hint: String,
    options: RwSignal<GroupOptions>,
    get: fn(&GroupOptions) -> &Option<String>,
    set: fn(&mut GroupOptions, Option<String>),
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label class="label" for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <input class="input" type="text" id=id autocomplete="off" spellcheck="false"
                aria-describedby=hint_id
                value=options.with_untracked(|o| get(o).clone().unwrap_or_default())
                on:input=move |ev| {
                    let name = event_target_value(&ev).trim().to_string();
                    options.update(|o| set(o, (!name.is_empty()).then_some(name)));
                }/>
        </div>
    }
}

/// What the grouping gives: the counts, the modules and the heaviest dependencies.
#[component]
fn PreviewView(grouping: Grouping) -> impl IntoView {
    let store = use_store();
    let tx = store.catalogue().texts.clone();
    let (w, n) = (&tx.wizard, &tx.nouns);
    let p = &grouping.preview;
    let count = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    let imports = |x: u64| n.import.count(u32::try_from(x).unwrap_or(u32::MAX));
    let mut lines = vec![w.import_preview.render(&[
        ("nodes", &capitalise(&n.code_unit.count(count(p.counts.nodes)))),
        ("modules", &n.module.count(count(p.groups.len()))),
        ("dependencies", &n.dependency.count(count(p.edges.len()))),
    ])];
    if p.counts.inside > 0 {
        lines.push(w.import_folded.render(&[("imports", &capitalise(&imports(p.counts.inside)))]));
    }
    if p.counts.merged > 0 {
        lines.push(
            w.import_joined
                .render(&[("links", &capitalise(&n.dependency.count(count(p.counts.merged))))]),
        );
    }
    if p.counts.dropped > 0 {
        lines.push(w.import_dropped.render(&[
            ("nodes", &capitalise(&n.code_unit.count(count(p.counts.dropped)))),
            ("imports", &imports(p.counts.dropped_imports)),
        ]));
    }
    let mut edges = p.edges.clone();
    edges.sort_by(|a, b| b.count.cmp(&a.count).then(a.from.cmp(&b.from)).then(a.to.cmp(&b.to)));
    let name = |i: usize| p.groups.get(i).map(|g| g.name.clone()).unwrap_or_default();
    let more = |total: usize| {
        (total > SHOWN).then(|| w.import_more.render(&[("n", &thousands(count(total - SHOWN)))]))
    };
    let (more_groups, more_edges) = (more(p.groups.len()), more(edges.len()));
    view! {
        <div class="import-preview" data-testid="import-preview">
            {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            {grouping.map.clone().err().map(|e| view! {
                <p class="error-message" role="alert" data-testid="import-map-problem">{e}</p>
            })}
            <div class="table-wrap" tabindex="0" role="region" aria-label=w.import_groups_caption.text()>
                <table class="table">
                    <caption>{w.import_groups_caption.text()}</caption>
                    <thead><tr>
                        <th scope="col">{w.import_col_module.text()}</th>
                        <th scope="col" class="numeric">{w.import_col_members.text()}</th>
                    </tr></thead>
                    <tbody>
                        {p.groups.iter().take(SHOWN).map(|g| view! {
                            <tr><td>{g.name.clone()}</td><td class="numeric">{thousands(count(g.members))}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {more_groups.map(|m| view! { <p class="hint">{m}</p> })}
            {(!edges.is_empty()).then(|| view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=w.import_edges_caption.text()>
                    <table class="table">
                        <caption>{w.import_edges_caption.text()}</caption>
                        <thead><tr>
                            <th scope="col">{w.import_col_from.text()}</th>
                            <th scope="col">{w.import_col_to.text()}</th>
                            <th scope="col" class="numeric">{w.import_col_imports.text()}</th>
                        </tr></thead>
                        <tbody>
                            {edges.iter().take(SHOWN).map(|e| view! {
                                <tr>
                                    <td>{name(e.from)}</td>
                                    <td>{name(e.to)}</td>
                                    <td class="numeric">{thousands(e.count)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            {more_edges.map(|m| view! { <p class="hint">{m}</p> })}
        </div>
    }
}
