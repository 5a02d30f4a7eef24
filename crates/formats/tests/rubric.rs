#![cfg(not(target_arch = "wasm32"))]
//! The rubric file: the standard one in the repo is the built-in rubric, a tuned one changes what
//! it should and nothing else, and a malformed one is refused whole with messages that name the
//! field and say what it must be.

use seams_engine::{
    evaluate, evaluate_with, examples, Answers, BlockerId, Catalogue, PhaseId, Status,
};
use seams_formats::rubric::{self, Rubric, RubricError, STANDARD_SHA256};
use seams_formats::sha256;

const STANDARD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../rubrics/standard.json");
const STANDARD_HASH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../rubrics/standard.sha256");

fn standard_text() -> String {
    std::fs::read_to_string(STANDARD).expect("rubrics/standard.json")
}

/// `rubrics/standard.json` is what the built-in rubric writes, byte for byte, and its hash is
/// the one the app names it by. `UPDATE_RUBRIC=1 cargo test -p seams-formats --test rubric`
/// rewrites both after a deliberate change to the standard rubric.
#[test]
fn the_standard_file_is_the_built_in_rubric() {
    let written = rubric::to_json(&rubric::standard_meta(), &Catalogue::standard());
    if std::env::var_os("UPDATE_RUBRIC").is_some() {
        std::fs::write(STANDARD, &written).expect("write standard.json");
        let hash = sha256::hex(&sha256::digest(written.as_bytes()));
        std::fs::write(STANDARD_HASH, format!("{hash}\n")).expect("write standard.sha256");
        return;
    }
    let text = standard_text();
    assert!(
        text == written,
        "rubrics/standard.json differs from Catalogue::standard(); after a deliberate change run \
         UPDATE_RUBRIC=1 cargo test -p seams-formats --test rubric"
    );
    let read = rubric::read(&text).expect("the standard rubric passes its own checks");
    assert_eq!(read.catalogue, Catalogue::standard());
    assert_eq!(read.meta, rubric::standard_meta());
    assert_eq!(read.sha256, STANDARD_SHA256.trim(), "rubrics/standard.sha256 is stale");
    assert!(read.is_standard());
    assert_eq!(Rubric::standard(), read);
}

#[test]
fn the_standard_file_gives_todays_results_for_every_example() {
    let read = rubric::read(&standard_text()).expect("reads");
    for ex in examples() {
        assert_eq!(evaluate_with(&ex.answers, &read.catalogue), evaluate(&ex.answers), "{}", ex.id);
    }
}

fn minimal(catalogue: &str) -> String {
    format!(
        r#"{{"format": "seams-rubric", "format_version": 1, "id": "acme", "version": "2.1.0",
            "name": "Acme architecture rubric", "publisher": "Acme platform group",
            "catalogue": {catalogue}}}"#
    )
}

#[test]
fn a_rubric_gives_only_what_it_changes_and_the_rest_is_standard() {
    let r = rubric::read(&minimal("{}")).expect("reads");
    assert_eq!(r.catalogue, Catalogue::standard());
    assert_eq!(r.meta.language, "en");
    assert_eq!(r.meta.name, "Acme architecture rubric");
    assert!(!r.is_standard());
    assert_eq!(r.short_hash().len(), 12);
    assert!(r.label().starts_with("Acme architecture rubric 2.1.0 ("), "{}", r.label());
    // Without a catalogue at all, too.
    let bare = r#"{"format": "seams-rubric", "format_version": 1, "id": "acme", "version": "1.0.0", "name": "Acme"}"#;
    assert_eq!(rubric::read(bare).expect("reads").catalogue, Catalogue::standard());
}

#[test]
fn a_team_size_line_at_30_changes_the_small_team_reason_and_nothing_else() {
    let tuned =
        rubric::read(&minimal(r#"{"thresholds": {"small_team_below": 30}}"#)).expect("reads");
    assert_eq!(tuned.catalogue.thresholds.small_team_below, 30);
    let small = |e: &seams_engine::Evaluation| {
        e.blockers.iter().find(|b| b.id == BlockerId::SmallTeam.as_str()).map(|b| b.status)
    };
    let mut a = Answers::default();
    a.context.engineers = Some(25);
    assert_eq!(small(&evaluate(&a)), Some(Status::DoesNotHold));
    assert_eq!(small(&evaluate_with(&a, &tuned.catalogue)), Some(Status::Holds));
    // A team outside 20 to 30 gets the same verdict, counts, scores and plan as under the
    // standard rubric; only the sentence that names the line says 30.
    for ex in examples() {
        let engineers = ex.answers.context.engineers.unwrap_or(0);
        if (20..30).contains(&engineers) {
            continue;
        }
        let (t, s) = (evaluate_with(&ex.answers, &tuned.catalogue), evaluate(&ex.answers));
        assert_eq!(
            (t.verdict.verdict, t.need, t.readiness),
            (s.verdict.verdict, s.need, s.readiness),
            "{}",
            ex.id
        );
        let shape = |e: &seams_engine::Evaluation| {
            let c = &e.services;
            let phases: Vec<_> = e.plan.phases.iter().map(|p| (p.id, p.months)).collect();
            let checks: Vec<_> = e.triggers.iter().chain(&e.blockers).map(|c| c.status).collect();
            (c.first_wave, c.target, c.ceiling, phases, e.plan.total_months, checks)
        };
        assert_eq!(shape(&t), shape(&s), "{}", ex.id);
        if engineers < 20 {
            let line = |e: &seams_engine::Evaluation| {
                e.blockers.iter().find(|b| b.id == "small_team").map(|b| b.evidence.clone())
            };
            assert!(line(&t).is_some_and(|l| l.contains("30")), "{}: {:?}", ex.id, line(&t));
        }
    }
}

#[test]
fn a_team_size_line_at_30_is_the_number_the_labels_and_the_matrix_name() {
    let tuned =
        rubric::read(&minimal(r#"{"thresholds": {"small_team_below": 30}}"#)).expect("reads");
    let mut a = Answers::default();
    a.context.engineers = Some(25);
    let e = evaluate_with(&a, &tuned.catalogue);
    let label = &e.blockers.iter().find(|b| b.id == BlockerId::SmallTeam.as_str()).unwrap().label;
    assert_eq!(label, "Fewer than 30 engineers");
    let row = e.matrix.iter().find(|m| m.id == "team_size").expect("the team size row");
    assert_eq!(row.stay, "Fewer than 30 engineers");
    for text in [label, &row.stay, &row.split] {
        assert!(!text.contains("20"), "{text}");
    }
    // The organisation trigger and the revisit texts follow their own numbers.
    let tuned = rubric::read(&minimal(
        r#"{"thresholds": {"org_trigger_at": 80, "hot_load_ratio": 4.0},
            "revisit": [{"when": {"Engineers": 25}, "text": "Past {engineers} engineers."}]}"#,
    ))
    .expect("reads");
    let e = evaluate_with(&Answers::default(), &tuned.catalogue);
    let org = e.triggers.iter().find(|t| t.id == "org_size").unwrap();
    assert_eq!(org.label, "Engineering organisation of 80 people or more");
    let scaling = e.triggers.iter().find(|t| t.id == "scaling_profiles").unwrap();
    assert!(scaling.explanation.contains("roughly four times"), "{}", scaling.explanation);
    let row = e.matrix.iter().find(|m| m.id == "team_size").unwrap();
    assert_eq!(row.split, "80 engineers or more");
    let texts: Vec<&str> = e.plan.revisit.iter().map(|r| r.text.as_str()).collect();
    assert!(texts.contains(&"Past 25 engineers."), "{texts:?}");
}

#[test]
fn reworded_verdict_and_an_internal_source_reach_the_results() {
    let first = examples().remove(0);
    let verdict = evaluate(&first.answers).verdict.verdict;
    let mut cat = Catalogue::standard();
    for v in &mut cat.verdicts {
        if v.verdict == verdict {
            v.label = "Unser Urteil".to_string();
        }
    }
    cat.sources.push(seams_engine::SourceInfo {
        id: seams_engine::Source::new("acme-adr-12"),
        title: "ADR-12: how Acme splits services".to_string(),
        author: Some("Acme architecture board".to_string()),
        year: Some(2026),
        link: Some("/wiki/adr-12".to_string()),
        note: None,
    });
    cat.triggers[0].source = seams_engine::Source::new("acme-adr-12");
    let text = rubric::to_json(&rubric::standard_meta(), &cat).replace("seams-standard", "acme");
    let r = rubric::read(&text).expect("reads");
    let e = evaluate_with(&first.answers, &r.catalogue);
    assert_eq!(e.verdict.label, "Unser Urteil");
    assert!(
        e.sources.iter().any(|s| s.title == "ADR-12: how Acme splits services"),
        "{:?}",
        e.sources
    );
}

/// What `read` says about `text`.
fn refusal(text: &str) -> String {
    match rubric::read(text) {
        Ok(_) => panic!("accepted: {text}"),
        Err(e) => e.to_string(),
    }
}

fn with(catalogue: &str) -> String {
    refusal(&minimal(catalogue))
}

fn assert_says(said: String, expected: &str) {
    assert!(said.contains(expected), "expected «{expected}» in «{said}»");
    for serde_word in
        ["invalid type", "expected f64", "expected u32", "unknown field `", "missing field `"]
    {
        assert!(
            !said.contains(serde_word) || expected.contains(serde_word),
            "serde's words in «{said}»"
        );
    }
}

#[test]
fn malformed_rubrics_are_refused_with_their_path_in_plain_words() {
    let cases: Vec<(String, &str)> = vec![
        (refusal(""), "The rubric file is empty."),
        (refusal("{\"format\": \"seams-rubric\", "), "ends too early"),
        (refusal("[1, 2]"), "This is not a Seams rubric"),
        (refusal(r#"{"format": "seams-answers", "version": 1}"#), "This is not a Seams rubric"),
        (refusal(r#"{"format": "seams-rubric", "format_version": 7, "id": "a", "version": "1.0.0", "name": "A"}"#), "format version 7, from a newer release"),
        (refusal(r#"{"format": "seams-rubric", "id": "a", "version": "1.0.0", "name": "A"}"#), "has no \"format_version\""),
        (refusal(&" ".repeat(1024 * 1024 + 1)), "a rubric can be at most 1,048,576 bytes"),
        (refusal(r#"{"format": "seams-rubric", "format_version": 1, "id": "a", "version": "1.0.0"}"#), "has no \"name\", which it must have"),
        (refusal(r#"{"format": "seams-rubric", "format_version": 1, "id": "Acme Corp", "version": "1.0.0", "name": "A"}"#), "id must be 1 to 64 lower-case letters"),
        (refusal(r#"{"format": "seams-rubric", "format_version": 1, "id": "a", "version": "v2", "name": "A"}"#), "version must be a version such as \"1.0.0\""),
        (refusal(r#"{"format": "seams-rubric", "format_version": 1, "id": "a", "version": "1.0.0", "name": "A", "colour": "red"}"#), "has a field \"colour\" that a rubric cannot have here"),
        (with(r#"{"thresholds": {"small_team_belwo": 30}}"#), "catalogue.thresholds has a field \"small_team_belwo\" that a rubric cannot have here (did you mean \"small_team_below\"?)"),
        (with(r#"{"thresholds": {"small_team_below": "thirty"}}"#), "catalogue.thresholds.small_team_below must be a whole number from 0 to 4,294,967,295; the file has the text \"thirty\""),
        (with(r#"{"thresholds": {"small_team_below": -3}}"#), "catalogue.thresholds.small_team_below must be a whole number from 0 to 4,294,967,295; the file has -3"),
        (with(r#"{"thresholds": {"hot_load_ratio": 0.5}}"#), "catalogue.thresholds.hot_load_ratio must be a number above 1; the file has 0.5"),
        (with(r#"{"thresholds": {"readiness_gate": [70, 40]}}"#), "catalogue.thresholds.readiness_gate must be [lower, upper], lower first"),
        (with(r#"{"thresholds": {"readiness_gate": [40]}}"#), "catalogue.thresholds.readiness_gate must be a pair of numbers"),
        (with(r#"{"thresholds": {"small_team_below": 60}}"#), "catalogue.thresholds.small_team_below must be at most org_trigger_at (50)"),
        (with(r#"{"thresholds": {"trigger_curve": [0, 0.5, 0.3]}}"#), "catalogue.thresholds.trigger_curve[2] falls from the value before"),
        (with(r#"{"costs": {"latency_per_hop_ms": [100, 20]}}"#), "catalogue.costs.latency_per_hop_ms must be [smallest, largest]; the file has [100, 20], largest first"),
        (with(r#"{"engineers_weight": -1}"#), "catalogue.engineers_weight must be a number, 0 or more; the file has -1"),
        (with(r#"{"engineers_weight": true}"#), "catalogue.engineers_weight must be a number; the file has true"),
        (with(r#"{"factors": []}"#), "catalogue.factors has no entry for \"DomainStability\"; the rubric needs one"),
        (with(r#"{"sources": [{"id": "x"}]}"#), "catalogue.sources[0] has no \"title\", which it must have"),
        (with(r#"{"sources": [{"id": "x", "title": "X", "link": "javascript:alert(1)"}]}"#), "catalogue.sources[0].link must be an https:// or http:// address"),
        (with(r#"{"sources": [{"id": "x", "title": "X"}]}"#), "cites the source \"FriendlyGuide\", which catalogue.sources does not list"),
        (with(r#"{"quadrants": []}"#), "catalogue.quadrants has no general entry (without verdicts) for \"KeepItSimple\""),
    ];
    for (said, expected) in cases {
        assert_says(said, expected);
    }
}

/// Edits one value of the standard file (found by a unique text) and returns what `read` says.
fn edited(find: &str, replace: &str) -> String {
    let text = standard_text();
    assert_eq!(text.matches(find).count(), 1, "«{find}» must be unique in standard.json");
    refusal(&text.replacen(find, replace, 1))
}

#[test]
fn broken_entries_of_the_standard_file_are_named_by_their_path() {
    let text = standard_text();
    // The first option of the first factor, as the standard file spells it.
    let first_need = text.find("\"need\": 0.0").expect("a need of 0");
    let path_of_first = {
        let r = rubric::read(&format!(
            "{}\"need\": 2.0{}",
            &text[..first_need],
            &text[first_need + "\"need\": 0.0".len()..]
        ));
        match r {
            Err(RubricError::Problems(p)) => p[0].to_string(),
            other => panic!("{other:?}"),
        }
    };
    assert_says(
        path_of_first,
        "catalogue.factors[0].options[0].need must be a number from 0 to 1; the file has 2",
    );
    assert_says(
        edited(
            "\"name\": \"Discovery and modular refactor\",\n        \"months\": [\n          2,\n          3\n",
            "\"name\": \"Discovery and modular refactor\",\n        \"months\": [\n          3,\n          2\n",
        ),
        "catalogue.phases[0].months must be [smallest, largest]; the file has [3, 2], largest first",
    );
    assert_says(
        edited("\"id\": \"uniform\"", "\"id\": \"Uniform!\""),
        "must be 1 to 40 lower-case letters, digits or underscores",
    );
    assert_says(
        edited("\"id\": \"ScalingBottleneck\",", "\"id\": \"ScalingBottlenecks\","),
        "has \"ScalingBottlenecks\", which is not one of",
    );
}

#[test]
fn a_template_may_name_only_its_slots() {
    let mut cat = Catalogue::standard();
    cat.pitfalls[0].detail = "Watch {modulez} closely.".to_string();
    let text = rubric::to_json(&rubric::standard_meta(), &cat);
    assert_says(refusal(&text), "catalogue.pitfalls[0].detail names the slot {modulez}, which this text does not have; it may use {modules}");
    let mut cat = Catalogue::standard();
    cat.blockers[0].label = "Fewer than {small_team} engineers".to_string();
    cat.revisit[0].text = "Past {engineers} people.".to_string();
    let said = refusal(&rubric::to_json(&rubric::standard_meta(), &cat));
    assert_says(said.clone(), "catalogue.blockers[0].label names the slot {small_team}");
    assert_says(said, "catalogue.revisit[0].text names the slot {engineers}");
}

#[test]
fn a_text_template_may_name_only_its_slots_and_unknown_texts_are_refused() {
    let said = with(r#"{"texts": {"findings": {"domain": "{clusters} and {hopz}"}}}"#);
    assert_says(said, "catalogue.texts.findings.domain names");
    assert_says(with(r#"{"texts": {"findings": {"domian": "x"}}}"#), "catalogue.texts.findings has a field \"domian\" that a rubric cannot have here (did you mean \"domain\"?)");
    let ok = rubric::read(&minimal(
        r#"{"texts": {"nouns": {"service": {"one": "Dienst", "many": "Dienste"}}}}"#,
    ));
    assert!(ok.is_ok(), "{ok:?}");
}

#[test]
fn a_changed_copy_of_the_standard_rubric_must_take_an_id_of_its_own() {
    let text = standard_text().replacen("\"small_team_below\": 20", "\"small_team_below\": 30", 1);
    assert_says(refusal(&text), "id is \"seams-standard\", the standard rubric's own id");
    let own = text.replacen("\"id\": \"seams-standard\"", "\"id\": \"acme\"", 1);
    assert!(rubric::read(&own).is_ok());
}

#[test]
fn every_problem_is_reported_at_once() {
    let said = with(
        r#"{"engineers_weight": -1, "teams_weight": -2, "thresholds": {"hot_load_ratio": 0.5}}"#,
    );
    assert_says(said.clone(), "has 3 problems and was not used");
    assert_says(said.clone(), "catalogue.engineers_weight");
    assert_says(said.clone(), "catalogue.teams_weight");
    assert_says(said, "catalogue.thresholds.hot_load_ratio");
}

/// A rubric written before a release added a phase (or a verdict) leaves it out and still loads:
/// the missing phase is the standard rubric's, and the new verdict speaks with the standard words.
#[test]
fn a_rubric_written_before_the_keep_verdict_still_loads_and_keeps_its_own_words() {
    let mut v: serde_json::Value = serde_json::from_str(&standard_text()).expect("json");
    v["id"] = "acme".into();
    let cat = &mut v["catalogue"];
    cat["phases"].as_array_mut().expect("phases").retain(|p| p["id"] != "TakeStock");
    cat["verdicts"].as_array_mut().expect("verdicts").retain(|p| p["verdict"] != "KeepServices");
    for q in cat["quadrants"].as_array_mut().expect("quadrants") {
        q["verdicts"].as_array_mut().expect("verdicts").retain(|x| x != "KeepServices");
    }
    cat["phases"][10]["name"] = "Half-yearly review".into();
    let r = rubric::read(&v.to_string()).expect("an older rubric reads");
    let standard = Catalogue::standard();
    let take_stock = |c: &Catalogue| c.phases.iter().find(|p| p.id == PhaseId::TakeStock).cloned();
    assert_eq!(take_stock(&r.catalogue), take_stock(&standard));

    // A team that keeps its services gets a whole plan, with the rubric's own phase names.
    let answers: Answers = serde_json::from_str(KEEPS).expect("answers");
    let e = evaluate_with(&answers, &r.catalogue);
    assert_eq!(e.verdict.label, "Keep the services you run");
    let names: Vec<&str> = e.plan.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.first(), Some(&"Take stock of the services"), "{names:?}");
    assert_eq!(names.last(), Some(&"Half-yearly review"), "{names:?}");
}

/// 60 engineers in six teams running ten services, with a full platform and six people on
/// operations: every service has an owner and people to run it.
const KEEPS: &str = r#"{
  "context": {"engineers": 60, "teams": 6, "stage": "MatureAtScale", "daily_requests": "Over10M",
              "architecture": "Microservices", "stack": "Other", "services_today": 10},
  "factors": {"DomainStability": "stable", "ScalingProfile": "one_hot", "Availability": "different",
              "DeploymentCadence": "mismatch", "TechDiversity": "different_runtime",
              "ResourceIsolation": "isolate", "DataConsistency": "eventual",
              "TimeHorizon": "flexibility_later", "ScalingBottleneck": "clear"},
  "readiness": {"capabilities": {"CiCd": true, "Containers": true, "Orchestration": true,
                "CentralLogging": true, "Metrics": true, "Tracing": true, "OnCall": true,
                "ApiVersioning": true, "FeatureFlags": true, "ContractTests": true},
                "ops_headcount": 6}
}"#;

/// The words of the tables are the rubric's too: a translated rubric's status and position
/// words reach the record and the CSV, and nothing of the English ones is left in those cells.
#[test]
fn translated_status_and_position_words_reach_the_record_and_the_csv() {
    let r = rubric::read(&minimal(
        r#"{"texts": {"labels": {"status_holds": "trifft zu", "status_does_not_hold": "trifft nicht zu",
            "position_split": "aufteilen", "position_stay": "beibehalten"},
            "record": {"title": "Entscheidung: {verdict}", "context": "Kontext", "plan": "Plan",
                "total": "{summary} Insgesamt: {months}.", "pro": "Dafür", "con": "Dagegen",
                "counts_extract": "Auszulagern: **{first_wave}** zuerst, **{target}** am Ende{estimated}."},
            "confidence": {"high": "hoch", "medium": "mittel", "low": "niedrig"}}}"#,
    ))
    .expect("reads");
    let a = examples().into_iter().find(|x| x.id == "large-marketplace").unwrap().answers;
    let e = evaluate_with(&a, &r.catalogue);
    let record = seams_formats::report::markdown(&a, &e, &r, "2026-12-01");
    assert!(record.contains("| trifft zu |") && record.contains("| trifft nicht zu |"));
    assert!(record.contains("| aufteilen |"));
    assert!(!record.contains("| holds |") && !record.contains("| does not hold |"));
    // The record's own words are the rubric's too.
    assert!(record.starts_with("# Entscheidung: "), "{}", &record[..80]);
    assert!(record.contains("\n## Kontext\n") && !record.contains("\n## Context\n"));
    assert!(record.contains(" Insgesamt: ") && record.contains("- Dafür: "));
    assert!(record.contains("Auszulagern: **1** zuerst, **"), "the counts keep their bold");
    assert!(record.contains("Confidence Mittel (") || record.contains("Confidence Hoch ("));
    let csv = seams_formats::csv::checks(&e, &r.label());
    assert!(csv.contains(",trifft zu,") && !csv.contains(",holds,"), "{csv}");
    let matrix = seams_formats::csv::matrix(&e, &r.label());
    assert!(matrix.contains(",aufteilen,") && !matrix.contains(",split,"), "{matrix}");
}
