//! The verdict: its name and meaning, its lead over the runner-up, how sure the engine is, how
//! every shape fits, the reasons behind it and the caveats.

use leptos::prelude::*;

use super::{format, page, part, ResultSection, SourceNote};
use crate::app::use_store;
use crate::engine::{ConfidenceLevel, Texts, VerdictFit};
use crate::ui::charts::geometry::bar_percent;

/// The verdict section (`data-testid="verdict-section"`; the label itself is
/// `data-testid="verdict"`).
#[component]
pub fn VerdictSection() -> impl IntoView {
    let report = part(|e| e.verdict.clone());
    let label = Memo::new(move |_| report.with(|r| r.label.clone()));
    let cat = use_store().catalogue();
    let p = page();
    let confidence = p.confidence.clone();
    let keep_in_mind = p.keep_in_mind.text();
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
                {move || report.with(|r| {
                    let level = format::capitalise(&level(&cat.texts, r.confidence.level));
                    confidence.render(&[
                        ("level", &level),
                        ("score", &format::score(r.confidence.score * 100.0)),
                    ])
                })}
            </p>
            {move || report.with(|r| view! {
                <FitList fits=r.fits.clone() winner=r.verdict/>
            })}
            <h3>{p.why.text()}</h3>
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
                        {format!(" {keep_in_mind}")}
                    </h3>
                    <ul>
                        {r.caveats.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                    </ul>
                </div>
            }))}
        </ResultSection>
    }
}

fn level(t: &Texts, level: ConfidenceLevel) -> String {
    match level {
        ConfidenceLevel::High => &t.confidence.high,
        ConfidenceLevel::Medium => &t.confidence.medium,
        ConfidenceLevel::Low => &t.confidence.low,
    }
    .text()
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
    let p = page();
    view! {
        <h3>{p.fits.text()}</h3>
        <ul class="fit-list" data-testid="fits">
            {fits
                .into_iter()
                .map(|f| {
                    // Set through the CSSOM (`style:`), which a strict Content-Security-Policy allows.
                    let width = format!("{}%", bar_percent(f.fit, 100.0));
                    let mut note = String::new();
                    if f.verdict == winner {
                        note.push_str(&format!(" {}", p.fit_winner.text()));
                    }
                    if !f.eligible {
                        let rule = p.fit_ruled_out.render(&[("rule", &f.ruled_out_by)]);
                        note.push_str(&format!(" {rule}"));
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
                                {
                                    let score = format::score(f.fit);
                                    if consolidate { &p.fit_merge } else if keep { &p.fit_keep } else { &p.fit_score }
                                        .render(&[("share", &score), ("score", &score)])
                                }
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
