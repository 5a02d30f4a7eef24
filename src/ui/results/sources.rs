//! Stack advice for the verdict, and the articles every rule on the page comes from.

use leptos::prelude::*;

use super::{page, part, ResultSection, SourceNote};

/// The stack advice section (`data-testid="advice"`).
#[component]
pub fn AdviceSection() -> impl IntoView {
    let advice = part(|e| e.advice.clone());
    let none = page().no_advice.text();
    view! {
        <ResultSection id="results-advice" testid="advice" finding=part(|e| e.findings.advice.clone())>
            {move || {
                let list = advice.get();
                if list.is_empty() {
                    return view! { <p>{none.clone()}</p> }.into_any();
                }
                view! {
                    <ul class="advice-list">
                        {list
                            .into_iter()
                            .map(|a| view! {
                                <li class="advice">
                                    <p>{a.text}</p>
                                    <SourceNote source=a.source/>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </ResultSection>
    }
}

/// The sources section (`data-testid="sources"`): every article's full title, author and year
/// when known, and a note where the title needs one.
#[component]
pub fn SourcesSection() -> impl IntoView {
    let sources = part(|e| e.sources.clone());
    view! {
        <ResultSection id="results-sources" testid="sources" finding=part(|e| e.findings.sources.clone())>
            <ul class="source-list">
                {move || {
                    sources
                        .get()
                        .into_iter()
                        .map(|s| {
                            let byline = match (s.author, s.year) {
                                (Some(a), Some(y)) => Some(format!("{a}, {y}")),
                                (Some(a), None) => Some(a),
                                (None, Some(y)) => Some(y.to_string()),
                                (None, None) => None,
                            };
                            view! {
                                <li class="source-item" data-testid="source">
                                    <cite>{s.title}</cite>
                                    {byline.map(|b| view! { <span class="source-byline">" (" {b} ")"</span> })}
                                    {s.note.map(|n| view! { <p class="source-note">{n}</p> })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </ResultSection>
    }
}
