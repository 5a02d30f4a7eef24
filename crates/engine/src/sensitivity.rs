//! What would change the verdict: for each factor and each key context answer, the nearest
//! other answer that flips it.
//!
//! "Nearest" means the closest option (or band) by position: one step toward "split" is tried
//! before one step toward "stay", then two steps, and so on. An unanswered question is tried
//! from its first option. Readiness is tried one capability at a time (the heaviest first,
//! as toggling it moves the score most) and by operations-headcount band.
//!
//! Each trial re-runs only [`assess`] and [`decide`] on a copy of the small [`Inputs`]; the
//! domain map is analysed once and its evidence reused through [`MapHints`], so the whole
//! analysis stays a few dozen cheap evaluations whatever the size of the map.

use super::answers::{CurrentArchitecture, ProductStage, TrafficBand};
use super::assess::{assess, Inputs, MapHints};
use super::catalogue::{band_index, Band, Catalogue};
use super::services::context;
use super::texts::Template;
use super::verdict::{decide, Verdict};
use serde::{Deserialize, Serialize};

/// The most engineers one team can be: beyond it the answers describe several teams
/// (Seams' own).
const MAX_TEAM_SIZE: u32 = 25;

/// One answer change that flips the verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flip {
    /// Stable id of the question ("factor.scaling_profile", "context.engineers",
    /// "readiness.capabilities", "readiness.ops_headcount").
    pub id: String,
    /// The question's name.
    pub factor: String,
    /// The current answer in words.
    pub from: String,
    /// The answer that would flip the verdict.
    pub to: String,
    /// The verdict it would give.
    pub verdict: Verdict,
    /// How far the new answer is from the current one: 1 for the next option or band (or
    /// one capability, or answering a question left open), more for answers further along.
    pub steps: u32,
}

/// The answer a move to band `j` is tried at: the edge of the band nearest the current answer
/// (the smallest change that reaches it), or its representative when nothing was answered.
fn nearest_in_band(bands: &[Band], j: usize, value: Option<u32>) -> u32 {
    let Some(band) = bands.get(j) else { return 0 };
    let max = bands.get(j + 1).map_or(u32::MAX, |b| b.min.saturating_sub(1));
    match value {
        Some(v) if v < band.min => band.min,
        Some(v) if v > max => max,
        _ => band.representative.max(band.min),
    }
}

/// Engineers and teams together could describe a real organisation: no team of fewer than
/// two engineers, none larger than a team can be (Seams' own).
fn possible(teams: (u32, u32), engineers: (u32, u32)) -> bool {
    teams.0.saturating_mul(2) <= engineers.1 && engineers.0 <= teams.1.saturating_mul(MAX_TEAM_SIZE)
}

/// The verdict for a set of inputs: the same assessment and rules as the evaluation itself.
pub(crate) fn verdict_of(inputs: &Inputs, hints: &MapHints, cat: &Catalogue) -> Verdict {
    let a = assess(inputs, hints, cat);
    decide(&a, &context(&a, inputs, hints, cat), cat).verdict
}

/// A count moved from `now` to `to` is a small change when it moves by at most a quarter (or by
/// two, for small counts): 25 engineers to 19 is, 40 to 19 is not (Seams' own).
fn small_move(now: Option<u32>, to: u32) -> bool {
    now.is_none_or(|n| n.abs_diff(to) <= (n / 4).max(2))
}

/// True when one small change of answer would give another verdict: the next option of any
/// factor (either way), the next band of engineers, teams or operations people, the next
/// product stage or traffic band, one capability switched, or any answer to a question left
/// open.
pub(crate) fn fragile(base: Verdict, inputs: &Inputs, hints: &MapHints, cat: &Catalogue) -> bool {
    let differs = |trial: &Inputs| verdict_of(trial, hints, cat) != base;
    let near = |current: Option<usize>, len: usize| -> Vec<usize> {
        match current {
            None => (0..len).collect(),
            Some(c) => {
                [c.checked_sub(1), Some(c + 1).filter(|&x| x < len)].into_iter().flatten().collect()
            }
        }
    };
    for factor in &cat.factors {
        for j in near(inputs.choices.get(&factor.id).copied(), factor.options.len()) {
            let mut trial = inputs.clone();
            trial.choices.insert(factor.id, j);
            if differs(&trial) {
                return true;
            }
        }
    }
    type SetBand = fn(&mut Inputs, u32);
    let bands: [(&[Band], Option<u32>, SetBand); 3] = [
        (&cat.engineer_bands, inputs.engineers, |i, v| i.engineers = Some(v)),
        (&cat.team_bands, inputs.teams, |i, v| i.teams = Some(v)),
        (&cat.ops_bands, inputs.ops, |i, v| i.ops = Some(v)),
    ];
    for (bands, value, set) in bands {
        for j in near(value.and_then(|v| band_index(bands, v)), bands.len()) {
            let mut trial = inputs.clone();
            set(&mut trial, nearest_in_band(bands, j, value));
            // A change that leaves no real organisation is no small change, nor is halving it.
            let real = match (trial.teams, trial.engineers) {
                (Some(t), Some(e)) => possible((t, t), (e, e)),
                _ => true,
            };
            let near_enough = small_move(value, nearest_in_band(bands, j, value));
            if real && near_enough && differs(&trial) {
                return true;
            }
        }
    }
    let stage = inputs.stage.and_then(|s| ProductStage::ALL.iter().position(|x| *x == s));
    for j in near(stage, ProductStage::ALL.len()) {
        let mut trial = inputs.clone();
        trial.stage = ProductStage::ALL.get(j).copied();
        if differs(&trial) {
            return true;
        }
    }
    let traffic = inputs.traffic.and_then(|t| TrafficBand::ALL.iter().position(|x| *x == t));
    for j in near(traffic, TrafficBand::ALL.len()) {
        let mut trial = inputs.clone();
        trial.traffic = TrafficBand::ALL.get(j).copied();
        if differs(&trial) {
            return true;
        }
    }
    // A capability in place is a fact, not an uncertain answer: only building one that is
    // missing is a change the answers may undergo (Seams' own).
    for def in &cat.capabilities {
        if inputs.capabilities.get(&def.capability) == Some(&true) {
            continue;
        }
        let mut trial = inputs.clone();
        trial.capabilities.insert(def.capability, true);
        if differs(&trial) {
            return true;
        }
    }
    false
}

/// Steps between two positions; answering an open question is one step.
fn distance(current: Option<usize>, to: usize) -> u32 {
    current.map(|c| u32::try_from(c.abs_diff(to)).unwrap_or(u32::MAX)).unwrap_or(1)
}

/// Option indices in order of distance from `current` (split-ward first on a tie); all
/// options in order when unanswered.
fn nearest(current: Option<usize>, len: usize) -> Vec<usize> {
    match current {
        None => (0..len).collect(),
        Some(c) => {
            let mut out = Vec::new();
            for d in 1..len {
                if c + d < len {
                    out.push(c + d);
                }
                if d <= c {
                    out.push(c - d);
                }
            }
            out
        }
    }
}

pub(crate) fn flips(
    base: Verdict,
    inputs: &Inputs,
    hints: &MapHints,
    cat: &Catalogue,
) -> Vec<Flip> {
    let verdict_of = |trial: &Inputs| verdict_of(trial, hints, cat);
    let w = &cat.texts.sensitivity;
    let not_answered = || w.not_answered.render(&[]);
    let mut out = Vec::new();

    // Each factor.
    for factor in &cat.factors {
        let current = inputs.choices.get(&factor.id).copied();
        for j in nearest(current, factor.options.len()) {
            let mut trial = inputs.clone();
            trial.choices.insert(factor.id, j);
            let v = verdict_of(&trial);
            if v != base {
                out.push(Flip {
                    id: format!("factor.{}", factor.id.as_str()),
                    factor: factor.dimension.clone(),
                    from: current
                        .and_then(|c| factor.options.get(c))
                        .map(|o| o.label.clone())
                        .unwrap_or_else(not_answered),
                    to: factor.options.get(j).map(|o| o.label.clone()).unwrap_or_default(),
                    verdict: v,
                    steps: distance(current, j),
                });
                break;
            }
        }
    }

    // Engineers and teams, by band; a change that would leave a team with fewer than two
    // engineers, or more than a team can be, cannot happen, so it is never offered (Seams' own).
    let teams_now = inputs.teams.map(|t| (t, t));
    let engineers_now = inputs.engineers.map(|e| (e, e));
    let band_flip = |id: &str,
                     name: &Template,
                     bands: &[Band],
                     value: Option<u32>,
                     set: &dyn Fn(&mut Inputs, u32)|
     -> Option<Flip> {
        let current = value.and_then(|v| band_index(bands, v));
        for j in nearest(current, bands.len()) {
            let band = bands.get(j)?;
            // The band's range, to ask whether any team in it could have the other answer.
            let range = (band.min, bands.get(j + 1).map_or(u32::MAX, |b| b.min.saturating_sub(1)));
            let (teams, engineers) = if id == "context.teams" {
                (Some(range), engineers_now)
            } else {
                (teams_now, Some(range))
            };
            if let (Some(t), Some(e)) = (teams, engineers) {
                if !possible(t, e) {
                    continue;
                }
            }
            // The band as a whole: its edge nearest today's answer and its typical value must
            // both give the other verdict, so the sentence holds for the band it names.
            let mut trial = inputs.clone();
            set(&mut trial, band.representative.max(band.min));
            let v = verdict_of(&trial);
            let mut edge = inputs.clone();
            set(&mut edge, nearest_in_band(bands, j, value));
            if v != base && verdict_of(&edge) == v {
                return Some(Flip {
                    id: id.to_string(),
                    factor: name.render(&[]),
                    from: current
                        .and_then(|c| bands.get(c))
                        .map(|b| b.label.clone())
                        .unwrap_or_else(not_answered),
                    to: band.label.clone(),
                    verdict: v,
                    // A far move within the next band is more than one step.
                    steps: distance(current, j)
                        + u32::from(!small_move(value, nearest_in_band(bands, j, value))),
                });
            }
        }
        None
    };
    out.extend(band_flip(
        "context.engineers",
        &w.engineers,
        &cat.engineer_bands,
        inputs.engineers,
        &|i, v| i.engineers = Some(v),
    ));
    out.extend(band_flip("context.teams", &w.teams, &cat.team_bands, inputs.teams, &|i, v| {
        i.teams = Some(v)
    }));

    // Stage and traffic, by option.
    let stage_pos = inputs.stage.and_then(|s| ProductStage::ALL.iter().position(|x| *x == s));
    for j in nearest(stage_pos, ProductStage::ALL.len()) {
        let Some(&stage) = ProductStage::ALL.get(j) else {
            continue;
        };
        // Nothing built yet cannot be mature and operating at scale.
        let greenfield = inputs.architecture == Some(CurrentArchitecture::Greenfield);
        if greenfield && stage == ProductStage::MatureAtScale {
            continue;
        }
        let mut trial = inputs.clone();
        trial.stage = Some(stage);
        let v = verdict_of(&trial);
        if v != base {
            let label = |s: ProductStage| cat.stage(s).map(|d| d.label.clone()).unwrap_or_default();
            out.push(Flip {
                id: "context.stage".to_string(),
                factor: w.stage.render(&[]),
                from: inputs.stage.map(label).unwrap_or_else(not_answered),
                to: label(stage),
                verdict: v,
                steps: distance(stage_pos, j),
            });
            break;
        }
    }
    let traffic_pos = inputs.traffic.and_then(|t| TrafficBand::ALL.iter().position(|x| *x == t));
    for j in nearest(traffic_pos, TrafficBand::ALL.len()) {
        let Some(&band) = TrafficBand::ALL.get(j) else {
            continue;
        };
        let mut trial = inputs.clone();
        trial.traffic = Some(band);
        let v = verdict_of(&trial);
        if v != base {
            let label =
                |b: TrafficBand| cat.traffic_band(b).map(|d| d.label.clone()).unwrap_or_default();
            out.push(Flip {
                id: "context.daily_requests".to_string(),
                factor: w.traffic.render(&[]),
                from: inputs.traffic.map(label).unwrap_or_else(not_answered),
                to: label(band),
                verdict: v,
                steps: distance(traffic_pos, j),
            });
            break;
        }
    }

    // Readiness: one capability at a time, heaviest first.
    let mut caps: Vec<_> = cat.capabilities.iter().collect();
    super::order::sort_by(&mut caps, |a, b| {
        b.weight.partial_cmp(&a.weight).unwrap_or(std::cmp::Ordering::Equal)
    });
    for def in caps {
        let present = inputs.capabilities.get(&def.capability) == Some(&true);
        if present {
            continue;
        }
        let mut trial = inputs.clone();
        trial.capabilities.insert(def.capability, true);
        let v = verdict_of(&trial);
        if v != base {
            out.push(Flip {
                id: "readiness.capabilities".to_string(),
                factor: w.readiness.render(&[]),
                from: cat.texts.capability_state(&def.label, present),
                to: cat.texts.capability_state(&def.label, !present),
                verdict: v,
                steps: 1,
            });
            break;
        }
    }
    out.extend(band_flip(
        "readiness.ops_headcount",
        &w.ops,
        &cat.ops_bands,
        inputs.ops,
        &|i, v| i.ops = Some(v),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_prefers_one_step_split_ward() {
        assert_eq!(nearest(Some(1), 4), vec![2, 0, 3]);
        assert_eq!(nearest(Some(0), 3), vec![1, 2]);
        assert_eq!(nearest(Some(2), 3), vec![1, 0]);
        assert_eq!(nearest(None, 3), vec![0, 1, 2]);
        assert!(nearest(Some(0), 1).is_empty());
    }

    #[test]
    fn a_small_move_is_a_quarter_or_two_at_most() {
        assert!(small_move(Some(25), 19), "25 engineers to 19");
        assert!(small_move(Some(60), 49), "60 to 49");
        assert!(!small_move(Some(40), 19), "40 to 19 halves the team");
        assert!(!small_move(Some(30), 50), "30 to 50");
        assert!(small_move(Some(1), 2) && small_move(Some(3), 5), "small counts move by two");
        assert!(!small_move(Some(3), 6));
        assert!(small_move(None, 1000), "an open question: any answer is one step");
    }
}
