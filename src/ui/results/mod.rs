//! The results page: everything the engine computed from the answers, section by section.
//!
//! Every section reads its own slice of `store.evaluation` through a memo ([`part`]), so the page
//! follows the answers live and a section only redraws when its own numbers change. Nothing here
//! decides anything: the words come from the engine's output, and this module adds only headings,
//! labels and number formatting ([`format`]).
//!
//! Page structure, in order: an "On this page" list, then one `<section>` per family of results
//! (verdict, need × readiness, decision matrix, triggers and blockers, service count, dependency
//! structure, costs, plan, pitfalls, what would change the verdict, stack advice, sources), and
//! the what-if panel, a sticky side panel on wide screens and the last section on narrow ones.

mod brief;
mod checks;
mod costs;
mod dsm;
pub mod format;
mod matrix;
mod pitfalls;
mod plan;
mod quadrant;
mod sensitivity;
mod services;
mod sources;
mod verdict;
mod whatif;

use leptos::prelude::*;

use crate::app::state::{focus_by_id, CatalogueRef};
use crate::app::use_store;
use crate::engine::{Evaluation, PageTexts, Source, Template};
use crate::ui::steps::terms::{self, Terms};

/// The sections of the page, in order: the id of each `<section>`, its heading, and whether its
/// details are printed. The "On this page" list is built from this, so it always matches the page.
///
/// On paper the record stays within six A4 pages: every section prints its finding, and the
/// sections a reader acts on (the verdict's reasons, the matrix, the service list, the costs, the
/// plan, the pitfalls, what would change the verdict, the advice and the sources) print their
/// details too. The quadrant, the trigger cards and the dependency matrix repeat on screen what
/// those already say, so paper keeps only their finding.
const SECTIONS: [Section; 13] = [
    ("results-verdict", |p| &p.section_verdict, Paper::Full),
    ("results-quadrant", |p| &p.section_quadrant, Paper::Finding),
    ("results-matrix", |p| &p.section_matrix, Paper::Full),
    ("results-checks", |p| &p.section_checks, Paper::Finding),
    ("results-services", |p| &p.section_services, Paper::Full),
    ("results-dsm", |p| &p.section_dsm, Paper::Finding),
    ("results-costs", |p| &p.section_costs, Paper::Full),
    ("results-plan", |p| &p.section_plan, Paper::Full),
    ("results-pitfalls", |p| &p.section_pitfalls, Paper::Full),
    ("results-sensitivity", |p| &p.section_sensitivity, Paper::Full),
    ("results-advice", |p| &p.section_advice, Paper::Full),
    ("results-sources", |p| &p.section_sources, Paper::Full),
    ("results-whatif", |p| &p.section_whatif, Paper::Finding),
];

/// A section: its id, where the rubric words its heading, and what it prints.
type Section = (&'static str, fn(&PageTexts) -> &Template, Paper);

/// What a section prints: its details as well as its finding, or the finding alone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Paper {
    Full,
    Finding,
}

/// The heading of a section, in the rubric's words, from [`SECTIONS`].
fn heading(id: &str, p: &PageTexts) -> String {
    SECTIONS.iter().find(|(s, ..)| *s == id).map(|(_, h, _)| h(p).text()).unwrap_or_default()
}

/// Whether a section prints its details, from [`SECTIONS`].
fn paper(id: &str) -> Paper {
    SECTIONS.iter().find(|(s, ..)| *s == id).map(|(.., p)| *p).unwrap_or(Paper::Full)
}

/// The results page's own words, from the rubric in use: shared with the catalogue, not copied.
#[derive(Clone)]
struct Page(CatalogueRef);

impl std::ops::Deref for Page {
    type Target = PageTexts;
    fn deref(&self) -> &PageTexts {
        &self.0.texts.page
    }
}

fn page() -> Page {
    Page(use_store().catalogue())
}

/// Whether the what-if sandbox is open as a sheet (on a phone; on a wide screen it is always
/// beside the results). Page-local view state: it changes no answer and nothing is saved.
#[derive(Clone, Copy)]
pub struct WhatIfSheet(pub RwSignal<bool>);

/// The results page. It reads the store; it has no props.
#[component]
pub fn Results() -> impl IntoView {
    provide_context(WhatIfSheet(RwSignal::new(false)));
    view! {
        <div class="results-layout">
            <div class="results-main">
                <brief::BriefSection/>
                <OnThisPage/>
                <Terms terms=terms::RESULTS/>
                <verdict::VerdictSection/>
                <quadrant::QuadrantSection/>
                <matrix::MatrixSection/>
                <checks::ChecksSection/>
                <services::ServicesSection/>
                <dsm::DsmSection/>
                <costs::CostsSection/>
                <plan::PlanSection/>
                <pitfalls::PitfallsSection/>
                <sensitivity::SensitivitySection/>
                <sources::AdviceSection/>
                <sources::SourcesSection/>
            </div>
            <whatif::WhatIfPanel/>
        </div>
    }
}

/// A memo of one slice of the evaluation: it changes only when that slice does.
fn part<T>(slice: impl Fn(&Evaluation) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let store = use_store();
    Memo::new(move |_| store.evaluation.with(|e| slice(e)))
}

/// The in-page contents list. A link moves focus to its section's heading (which scrolls it into
/// view) without touching the URL, whose fragment may carry the answers.
#[component]
fn OnThisPage() -> impl IntoView {
    let p = page();
    view! {
        <nav class="results-contents" aria-labelledby="results-contents-heading">
            <details class="results-contents-details">
            <summary class="results-contents-summary">
                <h2 id="results-contents-heading" class="results-contents-heading">{p.contents.text()}</h2>
            </summary>
            <ol class="results-contents-list">
                {SECTIONS
                    .iter()
                    .map(|&(id, ..)| {
                        let target = format!("{id}-heading");
                        let title = heading(id, &p);
                        view! {
                            <li>
                                <a href=format!("#{id}") on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_by_id(&target);
                                }>{title}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            </details>
        </nav>
    }
}

/// One section of the results: a `<section>` labelled by its `<h2>`, its finding in one line
/// (`data-testid="{testid}-finding"`), and the details in a native `<details>`, closed until
/// the reader opens it, so the page reads as a list of findings.
#[component]
fn ResultSection(
    /// The section's id, one of [`SECTIONS`]; its heading's id is `{id}-heading` and its text
    /// comes from [`SECTIONS`].
    id: &'static str,
    /// The `data-testid` of the section.
    testid: &'static str,
    /// The section's finding in one line, from the engine.
    finding: Memo<String>,
    /// The section's content.
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let p = page();
    let title = heading(id, &p);
    let name = p.details_of.render(&[("section", &title.to_lowercase())]);
    view! {
        <section
            class="results-section"
            class:prints-finding-only=paper(id) == Paper::Finding
            id=id
            aria-labelledby=labelled_by
            data-testid=testid
        >
            <h2 id=heading_id tabindex="-1">{title}</h2>
            <p class="finding" data-testid=format!("{testid}-finding")>{move || finding.get()}</p>
            <details class="section-details" data-testid=format!("{testid}-details")>
                <summary class="section-summary">
                    {p.details.text()} <span class="visually-hidden">{format!(" {name}")}</span>
                </summary>
                <div class="section-body">{children()}</div>
            </details>
        </section>
    }
}

/// "Source: <title>", for a rule, a check or a phase.
#[component]
fn SourceNote(
    /// The article the item comes from.
    source: Source,
) -> impl IntoView {
    let cat = use_store().catalogue();
    let title = cat.source_info(source).title;
    view! { <p class="source">{cat.texts.page.source.text()} " " <cite>{title}</cite></p> }
}

/// A horizontally scrollable box for a wide table or chart. Keyboard users can focus it and
/// scroll with the arrow keys; screen readers hear its label.
#[component]
fn ScrollRegion(
    /// What the region holds, e.g. "Decision matrix".
    label: String,
    /// The table or chart.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="scroll-region" role="region" tabindex="0" aria-label=label>
            {children()}
        </div>
    }
}
