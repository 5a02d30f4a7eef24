//! The decision matrix: one row per dimension, the "stay" and "split" columns, and the team's
//! own position marked on a five-step scale between them.

use leptos::prelude::*;

use super::{page, part, ResultSection, ScrollRegion};
use crate::engine::{Position, Texts};

/// The decision matrix section (`data-testid="matrix"` on the table).
#[component]
pub fn MatrixSection() -> impl IntoView {
    let rows = part(|e| e.matrix.clone());
    let p = page();
    let (stay, split) = (p.matrix_stay_short.text(), p.matrix_split_short.text());
    view! {
        <ResultSection id="results-matrix" testid="matrix-section" finding=part(|e| e.findings.matrix.clone())>
            <p>{p.matrix_intro.text()}</p>
            <ScrollRegion label=p.section_matrix.text()>
                <table class="table matrix" data-testid="matrix">
                    <caption class="table-caption">{p.matrix_caption.text()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{p.matrix_dimension.text()}</th>
                            <th scope="col">{p.matrix_stay.text()}</th>
                            <th scope="col">{p.matrix_split.text()}</th>
                            <th scope="col">{p.matrix_position.text()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|row| view! {
                            <tr data-row=row.id.clone()>
                                <th scope="row">{row.dimension}</th>
                                <td class="matrix-pole" data-label=stay.clone()>{row.stay}</td>
                                <td class="matrix-pole" data-label=split.clone()>{row.split}</td>
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
fn words(position: Position, t: &Texts) -> String {
    let word = t.position(position);
    match step(position) {
        Some(i) => t.page.position_of.render(&[("n", &(i + 1).to_string()), ("position", &word)]),
        None => t.page.position_none.render(&[("position", &word)]),
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
        <span class="visually-hidden">{words(position, &crate::app::use_store().catalogue().texts)} " "</span>
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
        let texts = crate::engine::Catalogue::standard().texts;
        for p in order {
            let n = step(p).map(|s| s + 1).unwrap_or(0);
            assert!(words(p, &texts).starts_with(&format!("Position {n} of 5")));
        }
        assert_eq!(words(Position::LeaningSplit, &texts), "Position 4 of 5: leaning split.");
    }
}
