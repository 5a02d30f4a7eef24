#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the decision engine over arbitrary, often absurd, answers.
//!
//! The strategy below generates every kind of input the UI (or a tampered link) could hand
//! the engine: missing answers, unknown option ids, zero and `u32::MAX` counts, up to 40
//! modules with duplicate ids, and dependencies that dangle, loop onto themselves or repeat.

mod strategies;

use proptest::prelude::*;
use seams_engine::*;
use strategies::answers;

fn finite_in(x: f64, lo: f64, hi: f64) -> bool {
    x.is_finite() && x >= lo && x <= hi
}

/// Checks every invariant of one evaluation.
fn invariants(a: &Answers, e: &Evaluation) -> Result<(), TestCaseError> {
    let cat = Catalogue::standard();
    prop_assert!(finite_in(e.need, 0.0, 100.0), "need {}", e.need);
    prop_assert!(finite_in(e.readiness, 0.0, 100.0), "readiness {}", e.readiness);
    prop_assert!(finite_in(e.verdict.margin, 0.0, 100.0), "margin {}", e.verdict.margin);
    prop_assert!(finite_in(e.verdict.confidence.score, 0.0, 1.0));
    prop_assert!(
        finite_in(e.costs.chain_availability, 0.0, 1.0),
        "availability {}",
        e.costs.chain_availability
    );
    for f in &e.verdict.fits {
        prop_assert!(finite_in(f.fit, 0.0, 100.0));
    }
    for row in &e.matrix {
        if let Some(v) = row.value {
            prop_assert!(finite_in(v, 0.0, 1.0));
        }
    }

    let s = &e.services;
    prop_assert!(
        s.first_wave <= s.target && s.target <= s.ceiling,
        "{} {} {}",
        s.first_wave,
        s.target,
        s.ceiling
    );
    if let Some(d) = &e.domain {
        if s.kind != CountKind::Consolidate {
            prop_assert!(s.ceiling as usize <= d.order.len());
        }
        prop_assert_eq!(d.labels.len(), d.order.len());
        for c in &d.cells {
            prop_assert!(c.row < d.order.len() && c.col < d.order.len());
        }
        let clustered: usize = d.clusters.iter().map(Vec::len).sum();
        prop_assert_eq!(clustered, d.order.len());
        prop_assert_eq!(d.chain_hops as usize, d.longest_sync_chain.len().saturating_sub(1));
    } else {
        prop_assert!(a.domain.modules.is_empty());
    }
    prop_assert!(e.costs.latency_ms.0 <= e.costs.latency_ms.1);

    for p in &e.plan.phases {
        let def = cat.phase(p.id).expect("phase in catalogue");
        // A phase lies between the short length of a small job and the full length (the
        // per-wave phases can be shorter than a full range but never longer).
        let lo = def.months_small.map_or(def.months.0, |s| s.0.min(def.months.0)).min(1).max(1);
        let hi = def.months.1;
        prop_assert!(
            lo <= p.months.0
                && p.months.0 <= p.months.1
                && (p.months.1 <= hi || p.id == PhaseId::DatabaseDecomposition),
            "{:?} {:?} outside {:?}",
            p.id,
            p.months,
            def.months
        );
        prop_assert_eq!(p.end, (p.start.0 + p.months.0, p.start.1 + p.months.1));
        prop_assert_eq!(p.dates.is_some(), a.plan_start.is_some());
    }
    let total = e.plan.phases.iter().fold((0, 0), |t, p| (t.0 + p.months.0, t.1 + p.months.1));
    prop_assert_eq!(e.plan.total_months, total);
    Ok(())
}

/// Moves one answered factor further toward "split", if it can.
fn split_ward(a: &Answers, factor: usize, step: usize) -> Option<Answers> {
    let cat = Catalogue::standard();
    let f = *FactorId::ALL.get(factor % FactorId::ALL.len())?;
    let def = cat.factor(f)?;
    let current = def.options.iter().position(|o| Some(&o.id) == a.factors.get(&f))?;
    let next = current + 1 + step % def.options.len();
    let option = def.options.get(next)?;
    let mut b = a.clone();
    b.factors.insert(f, option.id.clone());
    Some(b)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_keeps_its_invariants(a in answers()) {
        let e = evaluate(&a);
        invariants(&a, &e)?;
    }

    #[test]
    fn is_deterministic(a in answers()) {
        prop_assert_eq!(evaluate(&a), evaluate(&a.clone()));
    }

    #[test]
    fn a_more_split_prone_answer_never_lowers_need(
        a in answers(),
        factor in 0usize..9,
        step in 0usize..4,
    ) {
        if let Some(b) = split_ward(&a, factor, step) {
            let (before, after) = (evaluate(&a), evaluate(&b));
            prop_assert!(
                after.need >= before.need,
                "need fell from {} to {}",
                before.need,
                after.need
            );
            let holds = |e: &Evaluation| {
                e.triggers.iter().filter(|t| t.status == Status::Holds).count()
            };
            prop_assert!(holds(&after) >= holds(&before));
        }
    }

    #[test]
    fn passing_fifty_engineers_never_lowers_need(a in answers(), extra in 0u32..1000) {
        let mut b = a.clone();
        b.context.engineers = Some(50 + extra);
        let (before, after) = (evaluate(&a), evaluate(&b));
        prop_assert!(after.need >= before.need, "need fell from {} to {}", before.need, after.need);
        let org = after.triggers.iter().find(|t| t.id == "org_size").map(|t| t.status);
        prop_assert_eq!(org, Some(Status::Holds));
    }

    #[test]
    fn high_need_with_low_readiness_is_never_a_migration(a in answers()) {
        let e = evaluate(&a);
        if e.readiness < Catalogue::standard().thresholds.migration_min_readiness {
            prop_assert_ne!(e.verdict.verdict, Verdict::Migration);
        }
        let holding = e.triggers.iter().filter(|t| t.status == Status::Holds).count();
        if holding < 2 {
            prop_assert!(!matches!(e.verdict.verdict, Verdict::Migration | Verdict::NotReady));
        }
    }

    #[test]
    fn survives_json_round_trip(a in answers()) {
        let json = serde_json::to_string(&a).expect("answers serialise");
        let back: Answers = serde_json::from_str(&json).expect("answers deserialise");
        prop_assert_eq!(&back, &a);
        // serde_json's default float parser may differ in the last bit, so the evaluation is
        // compared on everything but its floats.
        let e = evaluate(&a);
        let json = serde_json::to_string(&e).expect("evaluation serialises");
        let back: Evaluation = serde_json::from_str(&json).expect("evaluation deserialises");
        prop_assert_eq!(back.verdict.verdict, e.verdict.verdict);
        prop_assert_eq!(back.verdict.reasons, e.verdict.reasons);
        prop_assert_eq!(back.services, e.services);
        prop_assert_eq!(back.plan, e.plan);
        prop_assert_eq!(back.pitfalls, e.pitfalls);
        prop_assert_eq!(back.sensitivity, e.sensitivity);
        prop_assert!((back.need - e.need).abs() < 1e-9);
    }
}
