//! Triggers and blockers: which split triggers hold, which reasons not to break apply, each with
//! its evidence, and the rule that counts the triggers.

use leptos::prelude::*;

use super::{part, ResultSection, SourceNote};
use crate::engine::{Check, Status};

/// The triggers and blockers section (lists `data-testid="triggers"` and `"blockers"`).
#[component]
pub fn ChecksSection() -> impl IntoView {
    let checks = part(|e| (e.triggers.clone(), e.blockers.clone()));
    view! {
        <ResultSection id="results-checks" testid="checks-section" finding=part(|e| e.findings.checks.clone())>
            <h3>"Split triggers"</h3>
            <p>
                <strong data-testid="trigger-count">
                    {move || checks.with(|(t, _)| holding(t, "split triggers", "holds", "hold"))}
                </strong>
                "."
            </p>
            {move || checks.with(|(t, _)| view! { <CheckList checks=t.clone() testid="triggers"/> })}
            <h3>"Reasons not to break"</h3>
            <p>
                <strong data-testid="blocker-count">
                    {move || checks.with(|(_, b)| holding(b, "reasons not to break", "applies", "apply"))}
                </strong>
                "."
            </p>
            {move || checks.with(|(_, b)| view! { <CheckList checks=b.clone() testid="blockers"/> })}
        </ResultSection>
    }
}

/// "2 of 5 split triggers hold", "1 of 5 split triggers holds".
fn holding(checks: &[Check], noun: &str, verb_one: &str, verb_many: &str) -> String {
    let n = checks.iter().filter(|c| c.status == Status::Holds).count();
    let total = checks.len();
    format!("{n} of {total} {noun} {}", if n == 1 { verb_one } else { verb_many })
}

/// A status's symbol and its class, beside its word in the rubric's language, so it never
/// rests on colour alone.
pub(super) fn status_mark(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Holds => ("●", "holds"),
        Status::DoesNotHold => ("○", "does-not-hold"),
        Status::Unknown => ("?", "unknown"),
    }
}

/// A list of checks, each with its status, name, evidence, meaning and source.
#[component]
fn CheckList(
    /// The checks, in the engine's order.
    checks: Vec<Check>,
    /// The list's `data-testid`.
    testid: &'static str,
) -> impl IntoView {
    view! {
        <ul class="check-list" data-testid=testid>
            {checks
                .into_iter()
                .map(|c| {
                    let (icon, slug) = status_mark(c.status);
                    let word = crate::engine::words::capitalise(&c.status_text);
                    view! {
                        <li class="check" data-status=slug data-check=c.id.clone()>
                            <p class="check-head">
                                <span class=format!("status status-{slug}")>
                                    <span aria-hidden="true">{icon}</span>
                                    " " {word}
                                    <span class="visually-hidden">": "</span>
                                </span>
                                " "
                                <strong class="check-label">{c.label}</strong>
                            </p>
                            <p class="check-evidence">{c.evidence}</p>
                            <p class="check-explanation">{c.explanation}</p>
                            <SourceNote source=c.source/>
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
    use crate::engine::Source;

    fn check(status: Status) -> Check {
        Check {
            id: "x".into(),
            label: "X".into(),
            status,
            status_text: String::new(),
            evidence: String::new(),
            explanation: String::new(),
            source: Source::WhenToBreakTheMonolith,
        }
    }

    #[test]
    fn counts_only_what_holds() {
        let list = [check(Status::Holds), check(Status::Unknown), check(Status::DoesNotHold)];
        assert_eq!(holding(&list, "checks", "holds", "hold"), "1 of 3 checks holds");
        assert_eq!(holding(&list[..1], "checks", "holds", "hold"), "1 of 1 checks holds");
        assert_eq!(holding(&[], "checks", "holds", "hold"), "0 of 0 checks hold");
    }

    #[test]
    fn every_status_has_a_symbol_of_its_own() {
        let marks: Vec<_> =
            [Status::Holds, Status::DoesNotHold, Status::Unknown].map(status_mark).into();
        for (i, (icon, slug)) in marks.iter().enumerate() {
            assert!(!icon.is_empty() && !slug.contains(' '));
            assert!(marks[..i].iter().all(|(other, _)| other != icon), "{icon} twice");
        }
    }
}
