#![cfg(not(target_arch = "wasm32"))]
//! The catalogue is data: it round-trips through JSON, it is internally consistent, an
//! organisation can tune it, and a broken one never makes the engine panic.

use seams_engine::*;

#[test]
fn standard_catalogue_round_trips_through_json() {
    let cat = Catalogue::standard();
    let json = serde_json::to_string_pretty(&cat).expect("serialises");
    let back: Catalogue = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, cat);
    // And the engine gives the same answers with the copy.
    for ex in examples() {
        assert_eq!(evaluate_with(&ex.answers, &back), evaluate(&ex.answers), "{}", ex.id);
    }
}

#[test]
fn factors_are_complete_and_ordered_from_stay_to_split() {
    let cat = Catalogue::standard();
    for id in FactorId::ALL {
        let f = cat.factor(id).unwrap_or_else(|| panic!("factor {id:?} missing"));
        assert!((2..=5).contains(&f.options.len()), "{id:?}: 2 to 5 options");
        assert!(!f.question.is_empty() && !f.why.is_empty() && !f.sources.is_empty());
        for pair in f.options.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            // Further along, need never falls, triggers only grow and blockers only shrink;
            // this is what makes "a more split-prone answer never lowers the need" true.
            assert!(b.need >= a.need, "{id:?}: need falls from {} to {}", a.id, b.id);
            assert!(
                a.raises_triggers.iter().all(|t| b.raises_triggers.contains(t)),
                "{id:?}: {}",
                b.id
            );
            assert!(
                b.raises_blockers.iter().all(|x| a.raises_blockers.contains(x)),
                "{id:?}: {}",
                b.id
            );
        }
        let mut ids: Vec<&str> = f.options.iter().map(|o| o.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), f.options.len(), "{id:?}: duplicate option ids");
    }
}

#[test]
fn bands_curves_and_capabilities_are_consistent() {
    let cat = Catalogue::standard();
    for bands in [&cat.engineer_bands, &cat.team_bands, &cat.ops_bands] {
        for pair in bands.windows(2) {
            assert!(pair[0].min < pair[1].min && pair[0].need <= pair[1].need);
        }
    }
    let curve = &cat.thresholds.trigger_curve;
    assert!(curve.windows(2).all(|w| w[0] <= w[1]), "trigger curve must not fall");
    for c in Capability::ALL {
        let def = cat.capability(c).unwrap_or_else(|| panic!("{c:?} missing"));
        assert!(def.weight > 0.0 && !def.explanation.is_empty());
    }
    assert_eq!(cat.triggers.len(), 5);
    assert_eq!(cat.blockers.len(), 5);
    assert_eq!(cat.matrix.len(), 15);
    assert_eq!(cat.sources.len(), 5);
}

#[test]
fn migration_phases_follow_article_003() {
    let cat = Catalogue::standard();
    let months = |id| cat.phase(id).expect("phase").months;
    assert_eq!(months(PhaseId::Discovery), (2, 3));
    assert_eq!(months(PhaseId::FirstExtraction), (2, 3));
    assert_eq!(months(PhaseId::InfrastructureFoundation), (1, 2));
    assert_eq!(months(PhaseId::DatabaseDecomposition), (3, 6));
    assert_eq!(months(PhaseId::Stabilisation), (2, 3));
    assert_eq!(
        cat.phase(PhaseId::IterativeExtraction).and_then(|p| p.per_service_weeks),
        Some((6, 8))
    );
}

#[test]
fn an_organisation_can_tune_the_rubric() {
    // A company whose own line for "large" is 40 engineers, not 50.
    let mut cat = Catalogue::standard();
    cat.thresholds.org_trigger_at = 40;
    let mut a = Answers::default();
    a.context.engineers = Some(45);
    let org = |e: &Evaluation| e.triggers.iter().find(|t| t.id == "org_size").map(|t| t.status);
    assert_eq!(org(&evaluate(&a)), Some(Status::DoesNotHold));
    assert_eq!(org(&evaluate_with(&a, &cat)), Some(Status::Holds));
}

#[test]
fn a_broken_catalogue_never_panics() {
    let mut weird = Catalogue::standard();
    for f in &mut weird.factors {
        f.weight = f64::NAN;
        for o in &mut f.options {
            o.need = f64::INFINITY;
        }
    }
    weird.thresholds.trigger_curve.clear();
    weird.thresholds.essential_caps.clear();
    weird.thresholds.readiness_gate = (f64::NAN, -3.0);
    weird.thresholds.hot_load_ratio = f64::NAN;
    weird.thresholds.typical_services = (20, 3);
    for p in &mut weird.phases {
        p.months = (p.months.1, p.months.0);
    }
    let mut empty = Catalogue::standard();
    empty.factors.clear();
    empty.capabilities.clear();
    empty.engineer_bands.clear();
    empty.phases.clear();
    empty.scorecard.clear();
    empty.verdicts.clear();
    empty.pitfalls.clear();
    for cat in [weird, empty] {
        for ex in examples() {
            let e = evaluate_with(&ex.answers, &cat);
            assert!(e.need.is_finite() && e.readiness.is_finite() && e.verdict.margin.is_finite());
            assert!(
                e.services.first_wave <= e.services.target
                    && e.services.target <= e.services.ceiling
            );
            assert!(!e.verdict.label.is_empty());
        }
        let _ = evaluate_with(&Answers::default(), &cat);
    }
}

#[test]
fn partial_answers_load_from_json() {
    let a: Answers = serde_json::from_str("{}").expect("empty object");
    assert_eq!(a, Answers::default());
    let a: Answers = serde_json::from_str(
        r#"{"context":{"engineers":12},"factors":{"ScalingProfile":"one_hot"},
            "readiness":{"capabilities":{"CiCd":true}},
            "domain":{"modules":[{"id":3,"name":"Payments"}],
                      "dependencies":[{"from":3,"to":9,
                                        "kind":{"SharedTables":{"shared_writes":true}}}]}}"#,
    )
    .expect("partial answers");
    assert_eq!(a.context.engineers, Some(12));
    assert_eq!(a.domain.modules[0].load, 1);
    assert_eq!(a.readiness.capabilities.get(&Capability::CiCd), Some(&true));
    let e = evaluate(&a);
    assert_eq!(e.domain.map(|d| d.ignored.len()), Some(1));
}

#[test]
fn examples_are_distinct_and_described() {
    let all = examples();
    assert!(all.len() >= 5);
    let mut ids: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
    assert!(all.iter().all(|e| !e.title.is_empty() && !e.summary.is_empty()));
}

#[test]
fn python_and_other_stacks_get_different_advice() {
    let mut a = examples()
        .into_iter()
        .find(|e| e.id == "sixty-engineer-platform")
        .expect("example")
        .answers;
    let python = evaluate(&a).advice;
    assert!(python.iter().any(|x| x.text.contains("FastAPI")));
    assert!(python.iter().any(|x| x.text.contains("OpenTelemetry")));
    assert!(python.iter().any(|x| x.text.contains("Kafka")));
    a.context.stack = Some(Stack::Other);
    let other = evaluate(&a).advice;
    assert!(!other.is_empty());
    assert!(other.iter().all(|x| !x.text.contains("Django") && !x.text.contains("FastAPI")));
}

#[test]
fn a_capability_inside_a_sentence_keeps_abbreviations_and_a_rubric_own_form() {
    let mut cat = Catalogue::standard();
    assert_eq!(cat.capability_in_sentence(Capability::ContractTests), "contract tests");
    assert_eq!(cat.capability_in_sentence(Capability::CiCd), "CI/CD pipeline");
    assert_eq!(cat.capability_in_sentence(Capability::ApiVersioning), "API versioning");
    // A language whose nouns keep their capital says so in its rubric.
    let def = cat.capabilities.iter_mut().find(|c| c.capability == Capability::ContractTests);
    let def = def.expect("contract tests");
    def.label = "Vertragstests".into();
    def.in_sentence = "Vertragstests".into();
    assert_eq!(cat.capability_in_sentence(Capability::ContractTests), "Vertragstests");
}
