//! Triggers and blockers: which split triggers hold, which reasons not to break apply, each with
//! its evidence, and the rule that counts the triggers.

use leptos::prelude::*;

use super::{page, part, ResultSection, SourceNote};
use crate::engine::{Check, Status, Template};

/// The triggers and blockers section (lists `data-testid="triggers"` and `"blockers"`).
#[component]
pub fn ChecksSection() -> impl IntoView {
    let checks = part(|e| (e.triggers.clone(), e.blockers.clone()));
    let p = page();
    let (t1, tn) = (p.triggers_holding_one.clone(), p.triggers_holding.clone());
    let (b1, bn) = (p.blockers_holding_one.clone(), p.blockers_holding.clone());
    view! {
        <ResultSection id="results-checks" testid="checks-section" finding=part(|e| e.findings.checks.clone())>
            <h3>{p.triggers.text()}</h3>
            <p>
                <strong data-testid="trigger-count">
                    {move || checks.with(|(t, _)| holding(t, &t1, &tn))}
                </strong>
                "."
            </p>
            {move || checks.with(|(t, _)| view! { <CheckList checks=t.clone() testid="triggers"/> })}
            <h3>{p.blockers.text()}</h3>
            <p>
                <strong data-testid="blocker-count">
                    {move || checks.with(|(_, b)| holding(b, &b1, &bn))}
                </strong>
                "."
            </p>
            {move || checks.with(|(_, b)| view! { <CheckList checks=b.clone() testid="blockers"/> })}
        </ResultSection>
    }
}

/// "2 of 5 split triggers hold", "1 of 5 split triggers holds".
fn holding(checks: &[Check], one: &Template, many: &Template) -> String {
    let n = checks.iter().filter(|c| c.status == Status::Holds).count();
    let total = checks.len();
    if n == 1 { one } else { many }.render(&[("n", &n.to_string()), ("of", &total.to_string())])
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
        let (one, many) =
            (Template::new("{n} of {of} checks holds"), Template::new("{n} of {of} checks hold"));
        assert_eq!(holding(&list, &one, &many), "1 of 3 checks holds");
        assert_eq!(holding(&list[..1], &one, &many), "1 of 1 checks holds");
        assert_eq!(holding(&[], &one, &many), "0 of 0 checks hold");
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
