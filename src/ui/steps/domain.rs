//! The domain-map editor: modules with their attributes, and the dependencies between them.
//! Every edit is a message to the store, which applies it through `app::domain_edit`; refused
//! input becomes the field's error, beside the field and in the page's error summary.

use leptos::prelude::*;

use crate::app::state::{field, Edit, ModuleEdit, Msg};
use crate::app::validate::{thousands, MAX_NAME_CHARS, MODULE_LOAD};
use crate::app::{use_store, Store};
use crate::engine::limits::MAX_MODULES;
use crate::engine::{
    examples, AvailabilityTarget, Cadence, CurrentArchitecture, DomainMap, Module, ResourceProfile,
};
use crate::ui::form::NumberField;
use crate::ui::steps::labels::{capitalise, dep_kind, DEP_KINDS};
use crate::ui::steps::terms::{self, Terms};

/// The "Domain map" step.
#[component]
pub fn DomainStep() -> impl IntoView {
    let store = use_store();
    let ids = Memo::new(move |_| {
        store.answers.with(|a| a.domain.modules.iter().map(|m| m.id).collect::<Vec<_>>())
    });
    let w = store.catalogue().texts.wizard.clone();
    let (heading, no_modules) = (w.modules_heading.clone(), w.no_modules.text());
    // The modules picked for a bulk edit: the editor's own state, not an answer.
    let selected = RwSignal::new(Vec::<u32>::new());
    provide_context(Selection(selected));
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{w.step_domain.text()}</h1>
            <p class="lede">{w.domain_lede.text()}</p>
            <Terms terms=terms::DOMAIN_MAP/>
            <ExamplePicker/>
            <crate::ui::steps::import::ImportPanel/>
            <h2 id="modules-heading" tabindex="-1">
                {move || heading.render(&[("n", &ids.get().len().to_string())])}
            </h2>
            {move || ids.get().is_empty().then(|| view! {
                <p class="empty">{no_modules.clone()}</p>
            })}
            <BulkEdit selected=selected ids=ids/>
            <div class="module-list">
                // A map replaced whole (an example, an undo) redraws every card: the same id
                // may now name another module.
                <For each=move || {
                    let drawn = store.map_redraws.get();
                    ids.get().into_iter().map(|id| (id, drawn)).collect::<Vec<_>>()
                } key=|card| *card let:card>
                    <ModuleCard id=card.0 selected=selected/>
                </For>
            </div>
            <AddModule/>
            <h2 id="dependencies-heading">{w.dependencies_heading.text()}</h2>
            <Dependencies/>
        </section>
    }
}

/// The modules picked for a bulk edit, for the parts of the step that replace the map: a new
/// map reuses ids, so a pick never outlives the map it was made on.
#[derive(Clone, Copy)]
struct Selection(RwSignal<Vec<u32>>);

/// How a part of this step replaces the map: the bulk edit's picks go with the old map. Made
/// while the component is built, where the step's context is in reach.
pub fn map_replacer(store: Store) -> impl Fn(DomainMap) + Copy + 'static {
    let selection = use_context::<Selection>();
    move |map| {
        if let Some(Selection(s)) = selection {
            s.set(Vec::new());
        }
        store.dispatch(Msg::ReplaceMap(map));
    }
}

/// Replace the map with one from an example, with an undo.
#[component]
fn ExamplePicker() -> impl IntoView {
    let store = use_store();
    let maps: Vec<(String, DomainMap)> = examples()
        .into_iter()
        .filter(|e| !e.answers.domain.is_empty())
        .map(|e| (e.title, e.answers.domain))
        .collect();
    let (chosen, set_chosen) = signal(0usize);
    let undo = RwSignal::new(None::<DomainMap>);
    let replace = map_replacer(store);
    let status = RwSignal::new(String::new());
    let maps_for_use = maps.clone();
    let w = store.catalogue().texts.wizard.clone();
    let loaded = w.map_loaded.clone();
    let use_map = move |_| {
        let Some((title, map)) = maps_for_use.get(chosen.get_untracked()).cloned() else { return };
        let previous = store.answers.with_untracked(|a| a.domain.clone());
        replace(map.clone());
        undo.set(Some(previous));
        status.set(loaded.render(&[
            ("title", &title),
            ("modules", &map.modules.len().to_string()),
            ("dependencies", &map.dependencies.len().to_string()),
        ]));
    };
    view! {
        <div class="example-picker card">
            <div class="field field-inline">
                <label class="label" for="example-map">{w.example_map.text()}</label>
                <select id="example-map" class="select" on:change=move |ev| {
                    set_chosen.set(event_target_value(&ev).parse().unwrap_or(0));
                }>
                    {maps.iter().enumerate().map(|(i, (title, _))| view! {
                        <option value=i.to_string()>{title.clone()}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="button button-secondary" data-testid="use-example-map" on:click=use_map>
                    {w.use_map.text()}
                </button>
            </div>
            <p class="hint">{w.example_map_hint.text()}</p>
            <MapReplaced status=status undo=undo testid="example-map-status" undo_testid="example-map-undo"/>
        </div>
    }
}

/// What replaced the map, said in a live region, with an undo that puts the previous map back.
#[component]
pub fn MapReplaced(
    status: RwSignal<String>,
    undo: RwSignal<Option<DomainMap>>,
    testid: &'static str,
    undo_testid: &'static str,
) -> impl IntoView {
    let store = use_store();
    let replace = map_replacer(store);
    let w = &store.catalogue().texts.wizard;
    let (restored, undo_word) =
        (StoredValue::new(w.map_restored.text()), StoredValue::new(w.undo.text()));
    view! {
        <div role="status" class="live-message" data-testid=testid>
            {move || (!status.get().is_empty()).then(|| view! {
                <p>
                    {status.get()} " "
                    {move || undo.get().is_some().then(|| view! {
                        <button type="button" class="button-link" data-testid=undo_testid on:click=move |_| {
                            if let Some(previous) = undo.get_untracked() {
                                replace(previous);
                                undo.set(None);
                                status.set(restored.get_value());
                            }
                        }>{undo_word.get_value()}</button>
                    })}
                </p>
            })}
        </div>
    }
}

/// The module with this id, if it is still in the map.
fn module(store: Store, id: u32) -> Option<Module> {
    store.answers.with(|a| a.domain.modules.iter().find(|m| m.id == id).cloned())
}

/// Changes one attribute of the module with this id.
fn update_module(store: Store, id: u32, edit: ModuleEdit) {
    store.dispatch(Msg::Edit(Edit::Module(id, edit)));
}

/// One module's attributes.
#[component]
fn ModuleCard(id: u32, selected: RwSignal<Vec<u32>>) -> impl IntoView {
    let store = use_store();
    let Some(initial) = module(store, id) else { return ().into_any() };
    let name_id = field::module(id, "name");
    let name_error_key = name_id.clone();
    let name_error = Memo::new(move |_| store.errors.with(|e| e.get(&name_error_key).cloned()));
    let legend = Memo::new(move |_| module(store, id).map(|m| m.name).unwrap_or_default());
    let field = |suffix: &str| field::module(id, suffix);
    let texts = store.catalogue().texts.clone();
    let w = texts.wizard.clone();
    let error_word = format!("{} ", w.error.text());
    // Only a monolith with services beside it has modules that already run on their own.
    let (apart_id, apart_label) = (field("runs-apart"), w.module_runs_apart.text());
    let initial_apart = initial.runs_apart;
    let beside = Memo::new(move |_| {
        store.answers.with(|a| a.context.architecture == Some(CurrentArchitecture::SomeServices))
    });

    view! {
        <fieldset class="card module" data-testid="module">
            <legend class="module-legend">{move || legend.get()}</legend>
            <div class="module-grid">
                <div class="field" class:field-error=move || name_error.get().is_some()>
                    <label class="label" for=name_id.clone()>{w.module_name.text()}</label>
                    {move || name_error.get().map(|m| view! {
                        <p class="error-message" id=format!("module-{id}-name-error")>
                            <span class="visually-hidden">{error_word.clone()}</span>{m}
                        </p>
                    })}
                    <input class="input" type="text" id=name_id.clone() value=initial.name.clone()
                        autocomplete="off" maxlength="80"
                        aria-invalid=move || name_error.get().is_some().then_some("true")
                        aria-describedby=move || name_error.get().map(|_| format!("module-{id}-name-error"))
                        on:input=move |ev| {
                            store.dispatch(Msg::Edit(Edit::RenameModule(id, event_target_value(&ev))));
                        }/>
                </div>
                <NumberField
                    id=field("load")
                    label=w.module_load.text()
                    hint=w.module_load_hint.text()
                    field=MODULE_LOAD
                    initial=Some(initial.load)
                    compact=true
                    on_change={move |v: Option<u32>| update_module(store, id, ModuleEdit::Load(v.unwrap_or(1)))}
                />
                <Select
                    id=field("availability")
                    label=w.module_availability.text()
                    options=AvailabilityTarget::ALL.iter().map(|t| texts.availability(*t)).collect()
                    selected=AvailabilityTarget::ALL.iter().position(|t| *t == initial.availability).unwrap_or(0)
                    on_change=move |i: usize| if let Some(t) = AvailabilityTarget::ALL.get(i) {
                        update_module(store, id, ModuleEdit::Availability(*t));
                    }
                />
                <Select
                    id=field("cadence")
                    label=w.module_cadence.text()
                    options=Cadence::ALL.iter().map(|c| capitalise(&texts.cadence(*c))).collect()
                    selected=Cadence::ALL.iter().position(|c| *c == initial.cadence).unwrap_or(0)
                    on_change=move |i: usize| if let Some(c) = Cadence::ALL.get(i) {
                        update_module(store, id, ModuleEdit::Cadence(*c));
                    }
                />
                <div class="field">
                    <label class="label" for=field("team")>{w.module_team.text()}</label>
                    <input class="input" type="text" id=field("team") maxlength=MAX_NAME_CHARS.to_string() autocomplete="off"
                        value=initial.team.clone().unwrap_or_default()
                        on:input=move |ev| {
                            let team = event_target_value(&ev).split_whitespace().collect::<Vec<_>>().join(" ");
                            update_module(store, id, ModuleEdit::Team((!team.is_empty()).then_some(team)));
                        }/>
                </div>
                <Select
                    id=field("resource")
                    label=w.module_resource.text()
                    options=ResourceProfile::ALL.iter().map(|r| capitalise(&texts.resource(*r))).collect()
                    selected=ResourceProfile::ALL.iter().position(|r| *r == initial.resource).unwrap_or(0)
                    on_change=move |i: usize| if let Some(r) = ResourceProfile::ALL.get(i) {
                        update_module(store, id, ModuleEdit::Resource(*r));
                    }
                />
            </div>
            <div class="module-actions">
                <div class="module-flags">
                <div class="checkbox">
                    <input type="checkbox" id=field("select")
                        prop:checked=move || selected.with(|s| s.contains(&id))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            selected.update(|s| {
                                s.retain(|x| *x != id);
                                if on {
                                    s.push(id);
                                }
                            });
                        }/>
                    <label for=field("select")>
                        {w.bulk_select.text()}
                        <span class="visually-hidden">" " {move || legend.get()}</span>
                    </label>
                </div>
                <div class="checkbox">
                    <input type="checkbox" id=field("core") prop:checked=initial.core
                        on:change=move |ev| {
                            update_module(store, id, ModuleEdit::Core(event_target_checked(&ev)));
                        }/>
                    <label for=field("core")>{w.module_core.text()}</label>
                </div>
                {move || beside.get().then(|| view! {
                    <div class="checkbox">
                        <input type="checkbox" id=apart_id.clone() prop:checked=initial_apart
                            on:change=move |ev| {
                                update_module(store, id, ModuleEdit::RunsApart(event_target_checked(&ev)));
                            }/>
                        <label for=apart_id.clone()>{apart_label.clone()}</label>
                    </div>
                })}
                </div>
                <button type="button" class="button button-secondary button-small" data-testid="remove-module"
                    on:click=move |_| store.dispatch(Msg::Edit(Edit::RemoveModule(id)))>
                    {w.remove.text()} <span class="visually-hidden">" " {move || legend.get()}</span>
                </button>
            </div>
        </fieldset>
    }
    .into_any()
}

/// The same change to every selected module: team, availability, cadence, resources, core.
#[component]
fn BulkEdit(selected: RwSignal<Vec<u32>>, ids: Memo<Vec<u32>>) -> impl IntoView {
    let store = use_store();
    let texts = store.catalogue().texts.clone();
    let w = texts.wizard.clone();
    // Modules removed since they were selected drop out.
    let chosen = Memo::new(move |_| {
        let ids = ids.get();
        selected.with(|s| s.iter().copied().filter(|id| ids.contains(id)).collect::<Vec<_>>())
    });
    let team = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let t = StoredValue::new(texts.clone());
    let set = move |edit: ModuleEdit| {
        let targets = chosen.get_untracked();
        let n = u32::try_from(targets.len()).unwrap_or(u32::MAX);
        store.dispatch(Msg::Edit(Edit::Modules(targets, edit)));
        t.with_value(|t| {
            status.set(t.wizard.bulk_done.render(&[("modules", &t.nouns.module.count(n))]))
        });
    };
    let with_choice =
        |first: String, rest: Vec<String>| std::iter::once(first).chain(rest).collect::<Vec<_>>();
    let choose = w.bulk_choose.text();
    let availability = with_choice(
        choose.clone(),
        AvailabilityTarget::ALL.iter().map(|a| texts.availability(*a)).collect(),
    );
    let cadence = with_choice(
        choose.clone(),
        Cadence::ALL.iter().map(|c| capitalise(&texts.cadence(*c))).collect(),
    );
    let resource = with_choice(
        choose,
        ResourceProfile::ALL.iter().map(|r| capitalise(&texts.resource(*r))).collect(),
    );
    let heading = w.bulk_heading.clone();
    view! {
        {move || (ids.get().len() >= 2).then(|| view! {
            <div class="bulk-bar" data-testid="bulk-select">
                <button type="button" class="button-link" data-testid="select-all"
                    on:click=move |_| selected.set(ids.get_untracked())>{t.with_value(|t| t.wizard.bulk_all.text())}</button>
            </div>
        })}
        {move || (!chosen.get().is_empty()).then(|| {
            let n = u32::try_from(chosen.get().len()).unwrap_or(u32::MAX);
            let w = t.with_value(|t| t.wizard.clone());
            view! {
                <section class="card bulk-edit" data-testid="bulk-edit" aria-labelledby="bulk-heading">
                    <h3 id="bulk-heading">{t.with_value(|t| heading.render(&[("modules", &t.nouns.module.count(n))]))}</h3>
                    <div class="module-grid">
                        <div class="field">
                            <label class="label" for="bulk-team">{w.module_team.text()}</label>
                            <div class="input-with-button">
                                <input class="input" type="text" id="bulk-team" maxlength=MAX_NAME_CHARS.to_string() autocomplete="off"
                                    prop:value=move || team.get()
                                    on:input=move |ev| team.set(event_target_value(&ev))/>
                                <button type="button" class="button button-secondary" data-testid="bulk-set-team" on:click=move |_| {
                                    let name = team.get_untracked().split_whitespace().collect::<Vec<_>>().join(" ");
                                    set(ModuleEdit::Team((!name.is_empty()).then_some(name)));
                                }>{w.bulk_set_team.text()}</button>
                            </div>
                        </div>
                        <Select id="bulk-availability".to_string() label=w.module_availability.text()
                            options=availability.clone() selected=0
                            on_change=move |i: usize| if let Some(a) = i.checked_sub(1).and_then(|i| AvailabilityTarget::ALL.get(i)) {
                                set(ModuleEdit::Availability(*a));
                            }/>
                        <Select id="bulk-cadence".to_string() label=w.module_cadence.text()
                            options=cadence.clone() selected=0
                            on_change=move |i: usize| if let Some(c) = i.checked_sub(1).and_then(|i| Cadence::ALL.get(i)) {
                                set(ModuleEdit::Cadence(*c));
                            }/>
                        <Select id="bulk-resource".to_string() label=w.module_resource.text()
                            options=resource.clone() selected=0
                            on_change=move |i: usize| if let Some(r) = i.checked_sub(1).and_then(|i| ResourceProfile::ALL.get(i)) {
                                set(ModuleEdit::Resource(*r));
                            }/>
                    </div>
                    <div class="module-actions">
                        <div class="keep-actions">
                            <button type="button" class="button button-secondary button-small" data-testid="bulk-core"
                                on:click=move |_| set(ModuleEdit::Core(true))>{w.bulk_core.text()}</button>
                            <button type="button" class="button button-secondary button-small" data-testid="bulk-not-core"
                                on:click=move |_| set(ModuleEdit::Core(false))>{w.bulk_not_core.text()}</button>
                        </div>
                        <button type="button" class="button-link" data-testid="bulk-clear"
                            on:click=move |_| { selected.set(Vec::new()); status.set(String::new()); }>{w.bulk_clear.text()}</button>
                    </div>
                </section>
            }
        })}
        <div role="status" class="live-message" data-testid="bulk-status">{move || status.get()}</div>
    }
}

/// A labelled `<select>` over a fixed list, reporting the chosen index.
#[component]
fn Select(
    id: String,
    label: String,
    options: Vec<String>,
    selected: usize,
    #[prop(into)] on_change: Callback<usize>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label class="label" for=id.clone()>{label}</label>
            <select class="select" id=id on:change=move |ev| {
                if let Ok(i) = event_target_value(&ev).parse() {
                    on_change.run(i);
                }
            }>
                {options.into_iter().enumerate().map(|(i, text)| view! {
                    <option value=i.to_string() selected=i == selected>{text}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The "add a module" form.
#[component]
fn AddModule() -> impl IntoView {
    let store = use_store();
    let w = store.catalogue().texts.wizard.clone();
    let name = RwSignal::new(String::new());
    let error = Memo::new(move |_| store.errors.with(|e| e.get(field::NEW_MODULE).cloned()));
    let add = move || {
        store.dispatch(Msg::Edit(Edit::AddModule(name.get_untracked())));
        // Added: the box empties for the next one. Refused: the name stays, with its error.
        if !store.errors.with_untracked(|e| e.contains_key(field::NEW_MODULE)) {
            name.set(String::new());
        }
    };
    view! {
        <form class="add-form card" on:submit=move |ev| { ev.prevent_default(); add(); }>
            <div class="field" class:field-error=move || error.get().is_some()>
                <label class="label" for="new-module">{w.add_module_label.text()}</label>
                <p class="hint" id="new-module-hint">{w.add_module_hint.render(&[("max", &thousands(MAX_MODULES as u64))])}</p>
                {let error_word = format!("{} ", w.error.text()); move || error.get().map(|m| view! {
                    <p class="error-message" id="new-module-error"><span class="visually-hidden">{error_word.clone()}</span>{m}</p>
                })}
                <div class="input-with-button">
                    <input class="input" type="text" id="new-module" autocomplete="off" maxlength="80"
                        aria-describedby=move || if error.get().is_some() { "new-module-hint new-module-error" } else { "new-module-hint" }
                        aria-invalid=move || error.get().is_some().then_some("true")
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            // An empty box adds nothing, so nothing is wrong any more: a refused
                            // name must not hold the page once it is gone.
                            if text.trim().is_empty() {
                                store.dispatch(Msg::SetError { field: field::NEW_MODULE.to_string(), error: None });
                            }
                            name.set(text);
                        }/>
                    <button type="submit" class="button button-secondary" data-testid="add-module">{w.add_module.text()}</button>
                </div>
            </div>
        </form>
    }
}

/// The dependency list and the "add a dependency" form.
#[component]
fn Dependencies() -> impl IntoView {
    let store = use_store();
    let w = StoredValue::new(store.catalogue().texts.wizard.clone());
    let add_two_first = w.with_value(|w| w.add_two_first.text());
    let add_two_first = StoredValue::new(add_two_first);
    let from = RwSignal::new(None::<u32>);
    let to = RwSignal::new(None::<u32>);
    let kind = RwSignal::new(0usize);
    let error = Memo::new(move |_| store.errors.with(|e| e.get(field::NEW_DEPENDENCY).cloned()));
    let modules = Memo::new(move |_| {
        store
            .answers
            .with(|a| a.domain.modules.iter().map(|m| (m.id, m.name.clone())).collect::<Vec<_>>())
    });
    let add = move || {
        // Until a choice is made the selects show the first and the second module.
        let first = modules.with_untracked(|ms| ms.first().map(|m| m.0));
        let second = modules.with_untracked(|ms| ms.get(1).map(|m| m.0));
        let (Some(f), Some(t)) = (from.get_untracked().or(first), to.get_untracked().or(second))
        else {
            store.dispatch(Msg::SetError {
                field: field::NEW_DEPENDENCY.to_string(),
                error: Some(add_two_first.get_value()),
            });
            return;
        };
        let kind = DEP_KINDS.get(kind.get_untracked()).copied().unwrap_or(DEP_KINDS[0]);
        store.dispatch(Msg::Edit(Edit::AddDependency { from: f, to: t, kind }));
    };
    let module_select = move |id: &'static str,
                              label: String,
                              target: RwSignal<Option<u32>>,
                              default: usize| {
        view! {
            <div class="field">
                <label class="label" for=id>{label}</label>
                <select class="select" id=id on:change=move |ev| target.set(event_target_value(&ev).parse().ok())>
                    {move || modules.get().into_iter().enumerate().map(|(i, (mid, name))| view! {
                        <option value=mid.to_string()
                            selected=move || target.get().map_or(i == default, |t| t == mid)>{name}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        {move || (modules.with(Vec::len) < 2).then(|| view! {
            <p class="empty">{w.with_value(|w| w.need_two_modules.text())}</p>
        })}
        <Show when=move || { modules.with(Vec::len) >= 2 }>
            <form class="add-form card" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <fieldset class="field" class:field-error=move || error.get().is_some()
                    aria-describedby=move || error.get().map(|_| "new-dependency-error")>
                    <legend class="legend-text">{w.with_value(|w| w.add_dependency_legend.text())}</legend>
                    <p class="hint">{w.with_value(|w| w.add_dependency_hint.text())}</p>
                    {let error_word = format!("{} ", w.with_value(|w| w.error.text())); move || error.get().map(|m| view! {
                        <p class="error-message" id="new-dependency-error"><span class="visually-hidden">{error_word.clone()}</span>{m}</p>
                    })}
                    <div class="dependency-grid">
                        {module_select("new-dependency", w.with_value(|w| w.dependency_from.text()), from, 0)}
                        <div class="field">
                            <label class="label" for="dependency-kind">{w.with_value(|w| w.dependency_how.text())}</label>
                            <select class="select" id="dependency-kind" on:change=move |ev| {
                                kind.set(event_target_value(&ev).parse().unwrap_or(0));
                            }>
                                {DEP_KINDS.iter().enumerate().map(|(i, k)| view! {
                                    <option value=i.to_string()>{w.with_value(|w| dep_kind(*k, w))}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        {module_select("dependency-to", w.with_value(|w| w.dependency_to.text()), to, 1)}
                    </div>
                    <button type="submit" class="button button-secondary" data-testid="add-dependency">{w.with_value(|w| w.add_dependency.text())}</button>
                </fieldset>
            </form>
        </Show>
        {move || {
            let deps = store.answers.with(|a| a.domain.dependencies.clone());
            // Looked up by id once per drawing, not searched for on every row: an imported map
            // may hold thousands of dependencies.
            let mut names = modules.get();
            crate::engine::order::sort_by_key(&mut names, |(id, _)| *id);
            let name_of = move |id: u32| {
                names
                    .binary_search_by_key(&id, |(m, _)| *m)
                    .map(|at| names[at].1.clone())
                    .unwrap_or_default()
            };
            (!deps.is_empty()).then(|| view! {
                // A list, not a table: at phone widths a table of four columns would need a
                // sideways scroller and would hide its Remove buttons.
                <ul class="dependency-list" aria-labelledby="dependencies-heading" data-testid="dependency-list">
                    {deps.into_iter().enumerate().map(|(i, d)| {
                        let (f, t) = (name_of(d.from), name_of(d.to));
                        let label = format!(" {}", w.with_value(|w| w.dependency_label.render(&[("from", &f), ("to", &t)])));
                        let kind_label = w.with_value(|w| w.dependency_kind_label.render(&[("from", &f), ("to", &t)]));
                        let kind_id = field::dependency(i);
                        let error_key = kind_id.clone();
                        let error = Memo::new(move |_| store.errors.with(|e| e.get(&error_key).cloned()));
                        let imports = (d.imports > 0).then(|| store.catalogue().texts.nouns.import.count(d.imports));
                        view! {
                            <li class="dependency">
                                <span class="dependency-modules">
                                    <strong>{f}</strong>
                                    <span aria-hidden="true">" → "</span>
                                    <span class="visually-hidden">{format!(" {} ", w.with_value(|w| w.dependency_needs.text()))}</span>
                                    <strong>{t}</strong>
                                </span>
                                <span class="dependency-kind">
                                    <label class="visually-hidden" for=kind_id.clone()>{kind_label}</label>
                                    <select class="select select-compact" id=kind_id.clone()
                                        aria-invalid=move || error.get().is_some().then_some("true")
                                        on:change=move |ev| {
                                            if let Some(k) = event_target_value(&ev).parse::<usize>().ok().and_then(|k| DEP_KINDS.get(k)) {
                                                store.dispatch(Msg::Edit(Edit::DependencyKind(i, *k)));
                                            }
                                        }>
                                        {DEP_KINDS.iter().enumerate().map(|(k, kind)| view! {
                                            <option value=k.to_string() selected=*kind == d.kind>{w.with_value(|w| dep_kind(*kind, w))}</option>
                                        }).collect_view()}
                                    </select>
                                    {imports.map(|n| view! { <span class="dependency-imports">" " {n}</span> })}
                                </span>
                                {move || error.get().map(|m| view! { <p class="error-message">{m}</p> })}
                                <button type="button" class="button button-secondary button-small" on:click=move |_| {
                                    store.dispatch(Msg::Edit(Edit::RemoveDependency(i)));
                                }>{w.with_value(|w| w.remove.text())}<span class="visually-hidden">{label}</span></button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })
        }}
    }
}
