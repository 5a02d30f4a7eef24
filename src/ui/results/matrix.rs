//! The decision matrix: one row per dimension, the "stay" and "split" columns, and the team's
//! own position marked on a five-step scale between them.

use leptos::prelude::*;

use super::{part, ResultSection, ScrollRegion};
use crate::engine::Position;

/// The decision matrix section (`data-testid="matrix"` on the table).
#[component]
pub fn MatrixSection() -> impl IntoView {
    let rows = part(|e| e.matrix.clone());
    view! {
        <ResultSection id="results-matrix" testid="matrix-section" finding=part(|e| e.findings.matrix.clone())>
            <p>
                "Each row sets the case for staying a monolith against the case for breaking up. "
                "Your position is marked on a five-step scale from stay (left) to break up (right)."
            </p>
            <ScrollRegion label="Decision matrix".to_string()>
                <table class="table matrix" data-testid="matrix">
                    <caption class="table-caption">"Decision matrix with your position on each dimension"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Dimension"</th>
                            <th scope="col">"Stay monolith"</th>
                            <th scope="col">"Break to microservices"</th>
                            <th scope="col">"Your position"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|row| view! {
                            <tr data-row=row.id.clone()>
                                <th scope="row">{row.dimension}</th>
                                <td class="matrix-pole" data-label="Stay">{row.stay}</td>
                                <td class="matrix-pole" data-label="Break up">{row.split}</td>
                                <td class="matrix-position">
                                    <PositionScale position=row.position/>
                                    <span class="position-answer" class:is-unanswered=row.position == Position::Unknown>
                                        {row.answer}
                                    </span>
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </ScrollRegion>
        </ResultSection>
    }
}

/// Where a position falls on the five steps, counted from 0 (stay); `None` when not answered.
fn step(position: Position) -> Option<usize> {
    match position {
        Position::Stay => Some(0),
        Position::LeaningStay => Some(1),
        Position::Middle => Some(2),
        Position::LeaningSplit => Some(3),
        Position::Split => Some(4),
        Position::Unknown => None,
    }
}

/// The position in words, for screen readers and for anyone who cannot tell the marked step.
fn words(position: Position) -> &'static str {
    match position {
        Position::Stay => "Position 1 of 5: squarely stay monolith.",
        Position::LeaningStay => "Position 2 of 5: leaning towards staying.",
        Position::Middle => "Position 3 of 5: in between.",
        Position::LeaningSplit => "Position 4 of 5: leaning towards breaking up.",
        Position::Split => "Position 5 of 5: squarely break to microservices.",
        Position::Unknown => "No position: not answered.",
    }
}

/// Five boxes from stay to split, the team's one filled and dotted; hidden from screen readers,
/// which get the same fact in words.
#[component]
fn PositionScale(
    /// The team's position on this row.
    position: Position,
) -> impl IntoView {
    let marked = step(position);
    view! {
        <span class="position-scale" aria-hidden="true">
            {(0..5)
                .map(|i| {
                    let on = marked == Some(i);
                    view! {
                        <span class="position-step" class:is-marked=on>{if on { "●" } else { "" }}</span>
                    }
                })
                .collect_view()}
        </span>
        <span class="visually-hidden">{words(position)} " "</span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_map_to_five_steps_in_order() {
        let order = [
            Position::Stay,
            Position::LeaningStay,
            Position::Middle,
            Position::LeaningSplit,
            Position::Split,
        ];
        let steps: Vec<_> = order.iter().map(|p| step(*p)).collect();
        assert_eq!(steps, vec![Some(0), Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(step(Position::Unknown), None);
        for p in order {
            let n = step(p).map(|s| s + 1).unwrap_or(0);
            assert!(words(p).starts_with(&format!("Position {n} of 5")));
        }
    }
}
