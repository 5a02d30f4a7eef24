#![cfg(not(target_arch = "wasm32"))]
//! The rubric's texts: a reworded template changes exactly its sentence, a rubric that leaves
//! texts out reads as the standard one, a template naming a slot it does not have is reported,
//! and a translated rubric writes no English counted nouns.

mod strategies;

use seams_engine::*;
use serde_json::Value;

use strategies::strings;

/// Every team the tests read: the examples and a team that answered nothing.
fn teams() -> Vec<Answers> {
    let mut teams: Vec<Answers> = examples().into_iter().map(|e| e.answers).collect();
    teams.push(Answers::default());
    teams
}

fn shown(answers: &Answers, cat: &Catalogue) -> Vec<(String, String)> {
    let mut out = Vec::new();
    strings(&serde_json::to_value(evaluate_with(answers, cat)).unwrap(), "", &mut out);
    out
}

/// The paths whose text differs between the standard rubric and `cat`, over every team; the
/// evaluations must have the same shape.
fn differing(cat: &Catalogue) -> Vec<String> {
    let standard = Catalogue::standard();
    let mut paths = Vec::new();
    for answers in teams() {
        let (a, b) = (shown(&answers, &standard), shown(&answers, cat));
        assert_eq!(a.len(), b.len(), "the rewording changed the evaluation's shape");
        for ((path, x), (path_b, y)) in a.iter().zip(&b) {
            assert_eq!(path, path_b);
            // Items of a list count as one place: "[2]" reads as "[]".
            let place: String = path
                .split('[')
                .map(|p| p.trim_start_matches(|c: char| c.is_ascii_digit()))
                .collect::<Vec<_>>()
                .join("[");
            if x != y && !paths.contains(&place) {
                paths.push(place);
            }
        }
    }
    paths
}

fn with_texts(texts: Value) -> Catalogue {
    let mut json = serde_json::to_value(Catalogue::standard()).unwrap();
    json["texts"] = texts;
    serde_json::from_value(json).unwrap()
}

#[test]
fn a_reworded_template_changes_exactly_its_sentence() {
    let cases: &[(Value, &[&str])] = &[
        (
            serde_json::json!({ "findings": { "sources": "Each rule cites one of {articles}." } }),
            &[".findings.sources"],
        ),
        (
            serde_json::json!({ "brief": { "duration": "{length}, counted from your start." } }),
            &[".brief.duration"],
        ),
        (
            serde_json::json!({ "evaluation": { "caveat_no_map": "Add a map." } }),
            &[".verdict.caveats[]"],
        ),
        (
            serde_json::json!({ "services": { "what_owners": "Teams that own them" } }),
            &[".services.bounds[].what"],
        ),
        (
            serde_json::json!({ "costs": { "category_debugging": "Finding bugs" } }),
            &[".costs.rows[].category"],
        ),
        (
            serde_json::json!({ "checks": { "not_answered": "Open." } }),
            &[".blockers[].evidence", ".triggers[].evidence"],
        ),
        (serde_json::json!({ "matrix": { "not_answered": "Open" } }), &[".matrix[].answer"]),
        (
            serde_json::json!({ "plan": { "note_stay": "Look again in six months." } }),
            &[".plan.note"],
        ),
    ];
    for (texts, expected) in cases {
        let cat = with_texts(texts.clone());
        assert_eq!(differing(&cat), *expected, "rewording {texts}");
    }
    let cat = with_texts(serde_json::json!({
        "findings": { "sources": "Each rule cites one of {articles}." }
    }));
    let e = evaluate_with(&examples()[0].answers, &cat);
    let n = evaluate(&examples()[0].answers).sources.len();
    assert_eq!(e.findings.sources, format!("Each rule cites one of {n} articles."));
}

#[test]
fn a_rubric_without_texts_or_with_one_text_reads_as_the_standard() {
    let standard = Catalogue::standard();
    let mut json = serde_json::to_value(&standard).unwrap();
    json.as_object_mut().unwrap().remove("texts");
    let without: Catalogue = serde_json::from_value(json).unwrap();
    assert_eq!(without, standard);

    let one = with_texts(serde_json::json!({ "findings": { "advice_none": "Nothing to add." } }));
    assert_eq!(one.texts.findings.advice_none.0, "Nothing to add.");
    let mut expected = standard.clone();
    expected.texts.findings.advice_none = Template::new("Nothing to add.");
    assert_eq!(one, expected);
    for answers in teams() {
        assert_eq!(evaluate_with(&answers, &without), evaluate_with(&answers, &standard));
    }
}

#[test]
fn a_template_naming_a_slot_it_does_not_have_is_reported_with_its_path() {
    let mut texts = Texts::default();
    assert_eq!(texts.problems(), Vec::<(String, String)>::new());
    texts.findings.domain = Template::new("{clusters}{chain}{cycles}{shared} in {team}.");
    texts.brief.risk_none = Template::new("{{literal}} braces are fine, {nothing} is not.");
    let problems = texts.problems();
    let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["findings.domain", "brief.risk_none"]);
    assert!(problems[0].1.contains("{team}"), "{}", problems[0].1);
    assert!(problems[1].1.contains("{nothing}") && problems[1].1.contains("no slots"));
    // The engine still writes it, leaving the unknown slot as written.
    let cat = Catalogue { texts, ..Catalogue::standard() };
    let e = evaluate_with(&examples()[0].answers, &cat);
    assert!(e.findings.domain.ends_with(" in {team}."), "{}", e.findings.domain);
}

/// German nouns, verbs, numbers and list words.
fn german() -> Value {
    let p = |one: &str, many: &str| serde_json::json!({ "one": one, "many": many });
    serde_json::json!({
        "words": { "list_last": "{rest} und {last}", "more": "{n} weitere",
                   "quoted": "\u{201e}{name}\u{201c}", "months": "{span} {unit}" },
        "findings": { "costs": "{shape}: {latency} mehr auf dem längsten Pfad, Verfügbarkeit \
                                 {availability}, {ops} Leute im Betrieb." },
        "numbers": ["", "ein", "zwei", "drei", "vier", "fünf"],
        "nouns": {
            "service": p("Dienst", "Dienste"), "module": p("Modul", "Module"),
            "team": p("Team", "Teams"), "month": p("Monat", "Monate"), "hop": p("Sprung", "Sprünge"),
            "split_trigger": p("Auslöser", "Auslöser"), "trigger": p("Auslöser", "Auslöser"),
            "reason": p("Grund", "Gründe"), "call_cycle": p("Aufrufzyklus", "Aufrufzyklen"),
            "cluster": p("Gruppe", "Gruppen"), "phase": p("Phase", "Phasen"),
            "signal": p("Warnzeichen", "Warnzeichen"), "advice": p("Rat", "Ratschläge"),
            "article": p("Artikel", "Artikel"), "point": p("Punkt", "Punkte"),
            "engineer": p("Entwickler", "Entwickler"), "unit": p("Einheit", "Einheiten"),
            "independent_unit": p("unabhängige Einheit", "unabhängige Einheiten"),
            "ops_person": p("Betriebsperson", "Betriebsleute"), "part": p("Teil", "Teile"),
            "sync_dependency": p("synchrone Abhängigkeit", "synchrone Abhängigkeiten")
        },
        "verbs": {
            "holds": p("gilt", "gelten"), "leans": p("neigt", "neigen"),
            "differs": p("weicht ab", "weichen ab"), "runs": p("läuft", "laufen"),
            "points": p("zeigt", "zeigen"), "crosses": p("quert", "queren"),
            "of_them": p("davon", "davon"), "it_them_all": p("ihn", "sie alle"),
            "it_becomes": p("er wird", "jede wird")
        }
    })
}

#[test]
fn a_translated_rubric_writes_no_english_counted_nouns_in_the_findings() {
    let cat = with_texts(german());
    let english = Texts::default().nouns;
    let english = serde_json::to_value(&english).unwrap();
    let mut nouns: Vec<String> = Vec::new();
    for forms in english.as_object().unwrap().values() {
        for form in forms.as_object().unwrap().values() {
            nouns.push(form.as_str().unwrap().to_string());
        }
    }
    let mut saw_german = false;
    for answers in teams() {
        let f = evaluate_with(&answers, &cat).findings;
        let all = serde_json::to_value(&f).unwrap();
        for text in all.as_object().unwrap().values() {
            let text = text.as_str().unwrap();
            saw_german |= text.contains(" Dienste") || text.contains(" Gründe");
            // Quoted text is the rubric's own labels (bands, options), translated with it.
            let mut unquoted = String::new();
            let mut depth = 0;
            for c in text.chars() {
                match c {
                    '\u{201c}' | '\u{201e}' if depth == 0 => depth = 1,
                    '\u{201c}' | '\u{201d}' => depth = 0,
                    c if depth == 0 => unquoted.push(c),
                    _ => {}
                }
            }
            let tokens: Vec<&str> = unquoted.split_whitespace().collect();
            for pair in tokens.windows(2) {
                let number = pair[0].chars().all(|c| c.is_ascii_digit() || c == '\u{2013}');
                let word = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric());
                assert!(
                    !(number && nouns.iter().any(|n| n.split(' ').next() == Some(word))),
                    "English counted noun in {text:?}"
                );
            }
        }
    }
    assert!(saw_german);
}
