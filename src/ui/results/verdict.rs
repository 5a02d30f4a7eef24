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
    let store = use_store();
    let report = part(|e| e.verdict.clone());
    let label = Memo::new(move |_| report.with(|r| r.label.clone()));
    view! {
        <ResultSection id="results-verdict" testid="verdict-section">
            <div class="verdict-panel">
                <p class="verdict-label" data-testid="verdict">{move || label.get()}</p>
                <p class="verdict-summary" data-testid="verdict-summary">
                    {move || report.with(|r| r.summary.clone())}
                </p>
            </div>
            <p class="verdict-margin" data-testid="verdict-margin">
                {move || report.with(|r| {
                    let runner_up = store.catalogue().verdict_label(r.runner_up);
                    margin_sentence(r.clear_winner, &runner_up, r.margin)
                })}
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

/// The winner's lead in words. Below the catalogue's margin it is "no clear winner".
fn margin_sentence(clear: bool, runner_up: &str, margin: f64) -> String {
    let points = if margin.is_finite() { margin.max(0.0).round() as u32 } else { 0 };
    let by = if points == 0 {
        "less than 1 point".to_string()
    } else {
        format::count(points, "point", "points")
    };
    if clear {
        format!("Leads \u{201c}{runner_up}\u{201d} by {by}.")
    } else {
        let only = if points == 0 { "" } else { "only " };
        format!("No clear winner: it leads \u{201c}{runner_up}\u{201d} by {only}{by}.")
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
                    view! {
                        <li class="fit" class:is-winner=f.verdict == winner class:is-ineligible=!f.eligible>
                            <span class="fit-label">
                                {cat.verdict_label(f.verdict)}
                                <span class="fit-note">{note}</span>
                            </span>
                            <span class="fit-track" aria-hidden="true">
                                <span class="fit-bar" style:width=width></span>
                            </span>
                            <span class="fit-value">{format::score(f.fit)} " out of 100"</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_margin_reads_as_a_lead_or_as_no_clear_winner() {
        assert_eq!(margin_sentence(true, "Monolith", 25.1), "Leads “Monolith” by 25 points.");
        assert_eq!(
            margin_sentence(false, "Monolith", 1.2),
            "No clear winner: it leads “Monolith” by only 1 point."
        );
        assert_eq!(
            margin_sentence(false, "Monolith", 0.2),
            "No clear winner: it leads “Monolith” by less than 1 point."
        );
        assert_eq!(margin_sentence(true, "X", f64::NAN), "Leads “X” by less than 1 point.");
    }
}
