//! What would change the verdict: for each question, the nearest other answer that flips it,
//! with a button that opens that question.

use leptos::prelude::*;

use super::{part, ResultSection};
use crate::app::state::Msg;
use crate::app::{use_store, Cursor, Step};
use crate::engine::Catalogue;

/// The sensitivity section (`data-testid="sensitivity"`).
#[component]
pub fn SensitivitySection() -> impl IntoView {
    let store = use_store();
    let flips = part(|e| e.sensitivity.clone());
    view! {
        <ResultSection id="results-sensitivity" testid="sensitivity" finding=part(|e| e.findings.sensitivity.clone())>
            {move || {
                let cat = store.catalogue();
                let p = cat.texts.page.clone();
                let list = flips.get();
                if list.is_empty() {
                    return view! {
                        <p data-testid="no-flips">{p.no_flips.text()}</p>
                    }
                    .into_any();
                }
                view! {
                    <p>{p.flips_intro.text()}</p>
                    <ul class="flip-list">
                        {list
                            .into_iter()
                            .map(|f| {
                                let cursor = cursor_for(&f.id, &cat);
                                let verdict = cat.verdict_label(f.verdict);
                                let question = f.factor.to_lowercase();
                                // "{from} → {to} gives {verdict}", the verdict in bold.
                                let line = p.flip_gives.render(&[("from", &f.from), ("to", &f.to)]);
                                let (before, after) = line.split_once("{verdict}").map_or(
                                    (line.clone(), String::new()),
                                    |(a, b)| (a.to_string(), b.to_string()),
                                );
                                let change = p.change.text();
                                view! {
                                    <li class="flip" data-testid="flip" data-flip=f.id.clone()>
                                        <p class="flip-text">
                                            <strong>{f.factor.clone()}</strong> ": " {before}
                                            <strong data-testid="flip-verdict">{verdict}</strong>
                                            {after}
                                        </p>
                                        <button type="button" class="button button-secondary button-small"
                                            on:click=move |_| store.dispatch(Msg::Change(cursor))>
                                            {change} <span class="visually-hidden">" " {question}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </ResultSection>
    }
}

/// The wizard page that asks a flip's question. Ids are "factor.<FactorId::as_str>",
/// "context.<field>" or "readiness.<field>" (see `engine::sensitivity`); anything else opens the
/// check page, where every answer can be changed.
fn cursor_for(id: &str, cat: &Catalogue) -> Cursor {
    let (family, name) = id.split_once('.').unwrap_or((id, ""));
    match family {
        "factor" => cat
            .factors
            .iter()
            .position(|f| f.id.as_str() == name)
            .map(|question| Cursor { step: Step::Factors, question })
            .unwrap_or(Cursor::at(Step::Factors)),
        "context" => Cursor::at(Step::Context),
        "readiness" => Cursor::at(Step::Readiness),
        _ => Cursor::at(Step::Check),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flip_ids_open_the_question_they_name() {
        let cat = Catalogue::standard();
        for (i, f) in cat.factors.iter().enumerate() {
            let id = format!("factor.{}", f.id.as_str());
            assert_eq!(cursor_for(&id, &cat), Cursor { step: Step::Factors, question: i });
        }
        assert_eq!(cursor_for("context.engineers", &cat), Cursor::at(Step::Context));
        assert_eq!(cursor_for("readiness.ops_headcount", &cat), Cursor::at(Step::Readiness));
        assert_eq!(cursor_for("factor.nope", &cat), Cursor::at(Step::Factors));
        assert_eq!(cursor_for("weird", &cat), Cursor::at(Step::Check));
    }
}
