//! The verdict: its name and meaning, its lead over the runner-up, how sure the engine is, how
//! every shape fits, the reasons behind it and the caveats.

use leptos::prelude::*;

use super::{format, part, ResultSection, SourceNote};
use crate::app::use_store;
use crate::engine::{ConfidenceLevel, VerdictFit};
use crate::ui::charts::geometry::bar_percent;

/// The verdict section (`data-testid="verdict-section"`; the label itself is
/// `data-testid="verdict"`).
#[component]
pub fn VerdictSection() -> impl IntoView {
    let report = part(|e| e.verdict.clone());
    let label = Memo::new(move |_| report.with(|r| r.label.clone()));
    view! {
        <ResultSection id="results-verdict" testid="verdict-section" finding=part(|e| e.findings.verdict.clone())>
            <div class="verdict-panel">
                <p class="verdict-label" data-testid="verdict">{move || label.get()}</p>
                <p class="verdict-summary" data-testid="verdict-summary">
                    {move || report.with(|r| r.summary.clone())}
                </p>
            </div>
            <p class="verdict-margin" data-testid="verdict-margin">
                {move || report.with(|r| r.lead.clone())}
            </p>
            <p data-testid="confidence">
                "Confidence: "
                <strong>{move || report.with(|r| level(r.confidence.level))}</strong>
                {move || report.with(|r| {
                    format!(" (score {} out of 100)", format::score(r.confidence.score * 100.0))
                })}
            </p>
            {move || report.with(|r| view! {
                <FitList fits=r.fits.clone() winner=r.verdict/>
            })}
            <h3>"Why"</h3>
            <ol class="reason-list" data-testid="reasons">
                {move || report.with(|r| {
                    r.reasons
                        .iter()
                        .map(|reason| view! {
                            <li class="reason">
                                <p>{reason.text.clone()}</p>
                                <SourceNote source=reason.source/>
                            </li>
                        })
                        .collect_view()
                })}
            </ol>
            {move || report.with(|r| (!r.caveats.is_empty()).then(|| view! {
                <div class="callout callout-warning" data-testid="caveats">
                    <h3 class="callout-heading">
                        <span class="callout-icon" aria-hidden="true">"!"</span>
                        " Keep in mind"
                    </h3>
                    <ul>
                        {r.caveats.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                    </ul>
                </div>
            }))}
        </ResultSection>
    }
}

fn level(level: ConfidenceLevel) -> &'static str {
    match level {
        ConfidenceLevel::High => "High",
        ConfidenceLevel::Medium => "Medium",
        ConfidenceLevel::Low => "Low",
    }
}

/// How well each of the five shapes fits, as labelled bars out of 100.
#[component]
fn FitList(
    /// Every verdict's fit, in the engine's order.
    fits: Vec<VerdictFit>,
    /// The verdict the engine chose, marked in words.
    winner: crate::engine::Verdict,
) -> impl IntoView {
    let cat = use_store().catalogue();
    view! {
        <h3>"How each shape fits"</h3>
        <ul class="fit-list" data-testid="fits">
            {fits
                .into_iter()
                .map(|f| {
                    // Set through the CSSOM (`style:`), which a strict Content-Security-Policy allows.
                    let width = format!("{}%", bar_percent(f.fit, 100.0));
                    let mut note = String::new();
                    if f.verdict == winner {
                        note.push_str(" (the verdict)");
                    }
                    if !f.eligible {
                        note.push_str(&format!(" (ruled out: {})", f.ruled_out_by));
                    }
                    // Consolidating and keeping are decided by their own rules; their bars are the
                    // shares of today's services that merge away or stay, not scorecard fits.
                    let consolidate = f.verdict == crate::engine::Verdict::Consolidate;
                    let keep = f.verdict == crate::engine::Verdict::KeepServices;
                    view! {
                        <li class="fit" class:is-winner=f.verdict == winner class:is-ineligible=!f.eligible>
                            <span class="fit-label">
                                {cat.verdict_label(f.verdict)}
                                <span class="fit-note">{note}</span>
                            </span>
                            <span class="fit-track" aria-hidden="true">
                                <span class="fit-bar" style:width=width></span>
                            </span>
                            <span class="fit-value">
                                {if consolidate { format!("{}% merge away", format::score(f.fit)) } else if keep { format!("{}% worth keeping", format::score(f.fit)) } else { format!("{} out of 100", format::score(f.fit)) }}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
