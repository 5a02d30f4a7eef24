//! The decision matrix: each dimension with its "stay" and "split" columns and the team's own
//! position between them. Article 003's seven rows come first, then the other factors.

use super::assess::{Assessment, Inputs};
use super::catalogue::{band_index, Catalogue, MatrixBasis, Position, Source};
use super::verdict::readiness_gate;
use serde::{Deserialize, Serialize};

/// One row of the decision matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow {
    /// Stable id ("team_size").
    pub id: String,
    /// The dimension's name.
    pub dimension: String,
    /// The "stay a monolith" column.
    pub stay: String,
    /// The "break to microservices" column.
    pub split: String,
    /// The team's position.
    pub position: Position,
    /// The position in the rubric's words ("leaning split").
    pub position_text: String,
    /// The position on a 0 (stay) to 1 (split) axis; `None` when not answered.
    pub value: Option<f64>,
    /// The team's own answer in words.
    pub answer: String,
    /// Where the row comes from.
    pub source: Source,
}

/// Every row of the catalogue's matrix, filled in from the answers.
pub(crate) fn rows(inputs: &Inputs, a: &Assessment, cat: &Catalogue) -> Vec<MatrixRow> {
    let w = &cat.texts.matrix;
    cat.matrix
        .iter()
        .map(|def| {
            let (position, value, answer) = place(def.basis, inputs, a, cat)
                .unwrap_or_else(|| (Position::Unknown, None, w.not_answered.render(&[])));
            MatrixRow {
                id: def.id.clone(),
                dimension: def.dimension.clone(),
                stay: cat.fill(&def.stay, &[]),
                split: cat.fill(&def.split, &[]),
                position,
                position_text: cat.texts.position(position),
                value,
                answer,
                source: def.source,
            }
        })
        .collect()
}

/// The position, its value and the answer in words; `None` when not answered.
fn place(
    basis: MatrixBasis,
    inputs: &Inputs,
    a: &Assessment,
    cat: &Catalogue,
) -> Option<(Position, Option<f64>, String)> {
    let w = &cat.texts.matrix;
    Some(match basis {
        MatrixBasis::Engineers => {
            let e = inputs.engineers?;
            let p = band_index(&cat.engineer_bands, e)
                .and_then(|i| cat.engineer_bands.get(i))
                .map(|b| b.position)
                .unwrap_or(Position::Unknown);
            (p, p.value(), cat.texts.nouns.engineer.count(e))
        }
        MatrixBasis::Stage => {
            let def = inputs.stage.and_then(|s| cat.stage(s))?;
            (def.position, def.position.value(), def.label.clone())
        }
        MatrixBasis::Traffic => {
            let def = inputs.traffic.and_then(|t| cat.traffic_band(t))?;
            (def.position, def.position.value(), capitalise(&def.label))
        }
        MatrixBasis::Readiness => {
            if inputs.capabilities.is_empty() && inputs.ops.is_none() {
                return None;
            }
            let (lo, hi) = cat.thresholds.readiness_gate;
            let gate = readiness_gate(a.readiness, (lo, hi));
            let p = if gate <= 0.0 {
                Position::Stay
            } else if gate < 0.5 {
                Position::LeaningStay
            } else if gate < 1.0 {
                Position::LeaningSplit
            } else {
                Position::Split
            };
            let score = format!("{:.0}", a.readiness.floor());
            // An essential capability missing is a reason not to break that holds: the row
            // leans no further than in between, and says what is missing.
            if a.missing_essentials.is_empty() {
                (p, Some(a.readiness / 100.0), w.readiness.render(&[("score", &score)]))
            } else {
                let missing: Vec<String> =
                    a.missing_essentials.iter().map(|c| cat.capability_in_sentence(*c)).collect();
                let p = p.min(Position::Middle);
                let value = (a.readiness / 100.0).min(0.5);
                let answer = w
                    .readiness_missing
                    .render(&[("score", &score), ("missing", &cat.texts.list(&missing))]);
                (p, Some(value), answer)
            }
        }
        MatrixBasis::OpsHeadcount => {
            let o = inputs.ops?;
            let band = band_index(&cat.ops_bands, o).and_then(|i| cat.ops_bands.get(i));
            let p = band.map(|b| b.position).unwrap_or(Position::Unknown);
            let answer = band
                .map(|b| capitalise(&b.label))
                .unwrap_or_else(|| w.ops.render(&[("people", &o.to_string())]));
            (p, p.value(), answer)
        }
        MatrixBasis::Capability(c) => {
            let label = cat.capability(c).map(|d| d.label.clone()).unwrap_or_default();
            let (p, v) = match inputs.capabilities.get(&c)? {
                true => (Position::Split, 1.0),
                false => (Position::Stay, 0.0),
            };
            (p, Some(v), cat.texts.capability_state(&label, v > 0.5))
        }
        MatrixBasis::Factor(f) => {
            let choice = a.effective.get(&f)?;
            let option = cat.factor(f).and_then(|d| d.options.get(choice.option))?;
            let answer = if choice.from_map {
                w.from_map.render(&[("answer", &option.label)])
            } else {
                option.label.clone()
            };
            (option.position, option.position.value(), answer)
        }
    })
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
