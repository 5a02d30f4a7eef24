//! The decision brief: the first thing on the results page, sized to fit the first screen on a
//! laptop and on a phone. The verdict, the decision in a sentence, the services, the plan's
//! length and months, the biggest risk, the nearest change that would flip it, and the
//! confidence; with the what-if sandbox and the slide one click away.

use leptos::prelude::*;

use super::{page, part, WhatIfSheet};
use crate::app::{slide, use_store};
use crate::ui::keep::{download, today};

/// The brief (`data-testid="brief"`).
#[component]
pub fn BriefSection() -> impl IntoView {
    let store = use_store();
    let brief = part(|e| e.brief.clone());
    let label = part(|e| e.verdict.label.clone());
    let sheet = use_context::<WhatIfSheet>();
    let p = page();
    let r = use_store().catalogue().texts.record.clone();
    let row = |term: String, testid: &'static str, value: Memo<String>| {
        view! {
            <div class="brief-row">
                <dt>{term}</dt>
                <dd data-testid=testid>{move || value.get()}</dd>
            </div>
        }
    };
    let services = Memo::new(move |_| brief.with(|b| b.services.clone()));
    let duration = Memo::new(move |_| brief.with(|b| b.duration.clone()));
    let risk = Memo::new(move |_| brief.with(|b| b.risk.clone()));
    let no_flip = r.no_flip.text();
    let flip =
        Memo::new(move |_| brief.with(|b| b.flip.clone().unwrap_or_else(|| no_flip.clone())));
    let confidence = Memo::new(move |_| brief.with(|b| b.confidence.clone()));
    view! {
        <section class="brief" id="results-brief" aria-labelledby="results-brief-heading" data-testid="brief">
            <p class="brief-kicker">{r.brief_decision.text()}</p>
            <h2 id="results-brief-heading" class="brief-verdict" tabindex="-1" data-testid="brief-verdict">
                {move || label.get()}
            </h2>
            <p class="brief-decision" data-testid="brief-decision">{move || brief.with(|b| b.decision.clone())}</p>
            <dl class="brief-facts">
                {row(r.brief_services.text(), "brief-services", services)}
                {row(r.brief_plan.text(), "brief-plan", duration)}
                {row(r.brief_risk.text(), "brief-risk", risk)}
                {row(r.brief_flip.text(), "brief-flip", flip)}
                {row(r.brief_confidence.text(), "brief-confidence", confidence)}
            </dl>
            <div class="brief-actions">
                <button type="button" class="button button-secondary brief-whatif" data-testid="open-whatif"
                    aria-controls="results-whatif"
                    on:click=move |_| {
                        if let Some(WhatIfSheet(open)) = sheet {
                            open.set(true);
                        }
                        crate::app::state::focus_by_id("results-whatif-heading");
                    }
                >{p.open_whatif.text()}</button>
                <button type="button" class="button button-secondary" data-testid="svg-slide"
                    on:click=move |_| {
                        let texts = &store.catalogue().texts;
                        let svg = store.evaluation.with_untracked(|e| slide::svg(e, &today(), texts));
                        download("seams-decision-slide.svg", "image/svg+xml", &svg);
                    }
                >{p.download_slide.text()} <span class="visually-hidden">{format!(" {}", p.slide_format.text())}</span></button>
            </div>
        </section>
    }
}
