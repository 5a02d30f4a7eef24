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
    /// The position on a 0 (stay) to 1 (split) axis; `None` when not answered.
    pub value: Option<f64>,
    /// The team's own answer in words.
    pub answer: String,
    /// Where the row comes from.
    pub source: Source,
}

const NOT_ANSWERED: &str = "Not answered yet";

/// Every row of the catalogue's matrix, filled in from the answers.
pub(crate) fn rows(inputs: &Inputs, a: &Assessment, cat: &Catalogue) -> Vec<MatrixRow> {
    cat.matrix
        .iter()
        .map(|def| {
            let (position, value, answer) = place(def.basis, inputs, a, cat);
            MatrixRow {
                id: def.id.clone(),
                dimension: def.dimension.clone(),
                stay: def.stay.clone(),
                split: def.split.clone(),
                position,
                value,
                answer,
                source: def.source,
            }
        })
        .collect()
}

fn unknown() -> (Position, Option<f64>, String) {
    (Position::Unknown, None, NOT_ANSWERED.to_string())
}

fn place(
    basis: MatrixBasis,
    inputs: &Inputs,
    a: &Assessment,
    cat: &Catalogue,
) -> (Position, Option<f64>, String) {
    match basis {
        MatrixBasis::Engineers => match inputs.engineers {
            Some(e) => {
                let p = band_index(&cat.engineer_bands, e)
                    .and_then(|i| cat.engineer_bands.get(i))
                    .map(|b| b.position)
                    .unwrap_or(Position::Unknown);
                (p, p.value(), super::words::count(e, "engineer", "engineers"))
            }
            None => unknown(),
        },
        MatrixBasis::Stage => match inputs.stage.and_then(|s| cat.stage(s)) {
            Some(def) => (def.position, def.position.value(), def.label.clone()),
            None => unknown(),
        },
        MatrixBasis::Traffic => match inputs.traffic.and_then(|t| cat.traffic_band(t)) {
            Some(def) => (def.position, def.position.value(), capitalise(&def.label)),
            None => unknown(),
        },
        MatrixBasis::Readiness => {
            if inputs.capabilities.is_empty() && inputs.ops.is_none() {
                return unknown();
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
            (p, Some(a.readiness / 100.0), format!("Readiness {:.0}/100", a.readiness))
        }
        MatrixBasis::OpsHeadcount => match inputs.ops {
            Some(o) => {
                let band = band_index(&cat.ops_bands, o).and_then(|i| cat.ops_bands.get(i));
                let p = band.map(|b| b.position).unwrap_or(Position::Unknown);
                (
                    p,
                    p.value(),
                    band.map(|b| capitalise(&b.label))
                        .unwrap_or_else(|| format!("{o} people on operations")),
                )
            }
            None => unknown(),
        },
        MatrixBasis::Capability(c) => {
            let label = cat.capability(c).map(|d| d.label.clone()).unwrap_or_default();
            match inputs.capabilities.get(&c) {
                Some(true) => (Position::Split, Some(1.0), format!("{label}: in place")),
                Some(false) => (Position::Stay, Some(0.0), format!("{label}: not in place")),
                None => unknown(),
            }
        }
        MatrixBasis::Factor(f) => {
            let Some(choice) = a.effective.get(&f) else {
                return unknown();
            };
            let Some(option) = cat.factor(f).and_then(|d| d.options.get(choice.option)) else {
                return unknown();
            };
            let answer = if choice.from_map {
                format!("{} (from the domain map)", option.label)
            } else {
                option.label.clone()
            };
            (option.position, option.position.value(), answer)
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
