//! Browser tests of the results page (wasm-bindgen-test in headless Chromium): mount the app with
//! prepared answers, open the results, and compare what the page shows with what the engine
//! computes for the same answers. Run by
//! `cargo test --target wasm32-unknown-unknown --test results`.
#![cfg(target_arch = "wasm32")]

use std::collections::HashSet;

use leptos::prelude::*;
use leptos::task::tick;
use seams::app::state::{Edit, Msg, Source};
use seams::app::{Cursor, Step, Store};
use seams::engine::{evaluate, examples, Answers, CountKind, FactorId, YearMonth};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The results page of a freshly mounted app, with its store. Dropping `_handle` unmounts it.
struct Page<M: Mountable> {
    root: HtmlElement,
    store: Store,
    _handle: leptos::mount::UnmountHandle<M>,
}

impl<M: Mountable> Drop for Page<M> {
    fn drop(&mut self) {
        self.root.remove();
    }
}

async fn open_results(answers: Answers) -> Page<impl Mountable> {
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let store = Store::new(answers);
    let handle =
        leptos::mount::mount_to(root.clone(), move || view! { <seams::ui::AppWith store=store/> });
    store.dispatch(Msg::Go(Cursor::at(Step::Results)));
    settle().await;
    Page { root, store, _handle: handle }
}

async fn settle() {
    // Two turns: one for the render, one for the effects that follow it.
    tick().await;
    tick().await;
}

fn example(id: &str) -> Answers {
    examples().into_iter().find(|e| e.id == id).unwrap_or_else(|| panic!("no example {id}")).answers
}

fn all(root: &HtmlElement, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

fn find(root: &HtmlElement, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default().trim().to_string()
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

/// The text of the first element inside `el` that matches `selector` ("" when none does).
fn inner(el: &Element, selector: &str) -> String {
    el.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The texts of every element inside `el` that matches `selector`.
fn inners(el: &Element, selector: &str) -> Vec<String> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

/// Each item of a list of checks says what the engine's check says: its id, status, label,
/// evidence, explanation and source, in the engine's order.
fn assert_checks(
    items: &[Element],
    checks: &[seams::engine::Check],
    cat: &seams::engine::Catalogue,
    what: &str,
) {
    use seams::engine::Status;
    assert_eq!(items.len(), checks.len(), "{what}: one item per check");
    for (li, c) in items.iter().zip(checks) {
        let status = match c.status {
            Status::Holds => "holds",
            Status::DoesNotHold => "does-not-hold",
            Status::Unknown => "unknown",
        };
        assert_eq!(li.get_attribute("data-check").as_deref(), Some(c.id.as_str()), "{what}");
        assert_eq!(li.get_attribute("data-status").as_deref(), Some(status), "{what}: {}", c.id);
        assert_eq!(inner(li, ".check-label"), c.label, "{what}: {}", c.id);
        assert_eq!(inner(li, ".check-evidence"), c.evidence, "{what}: {}", c.id);
        assert_eq!(inner(li, ".check-explanation"), c.explanation, "{what}: {}", c.id);
        assert_eq!(inner(li, ".source cite"), cat.source_info(c.source).title, "{what}: {}", c.id);
    }
}

#[wasm_bindgen_test]
async fn every_example_shows_the_engines_verdict_and_counts() {
    for ex in examples() {
        let expected = evaluate(&ex.answers);
        let page = open_results(ex.answers.clone()).await;
        let r = &page.root;
        assert_eq!(text(r, "#step-heading"), "Results");
        assert_eq!(text(r, "[data-testid=verdict]"), expected.verdict.label, "{}", ex.id);
        assert_eq!(text(r, "[data-testid=verdict-summary]"), expected.verdict.summary, "{}", ex.id);
        let s = &expected.services;
        // A consolidation shows the services running today where an extraction shows its
        // first wave.
        let (first, first_value) = match s.kind {
            CountKind::Consolidate => ("[data-testid=count-today]", s.today.unwrap_or_default()),
            _ => ("[data-testid=count-first]", s.first_wave),
        };
        let counts = [
            text(r, first),
            text(r, "[data-testid=count-target]"),
            text(r, "[data-testid=count-ceiling]"),
        ];
        assert_eq!(
            counts,
            [first_value.to_string(), s.target.to_string(), s.ceiling.to_string()],
            "{}",
            ex.id
        );
        let cat = page.store.catalogue();
        // Each reason's words and source, in the engine's order.
        let reasons = all(r, "[data-testid=reasons] > li");
        assert_eq!(reasons.len(), expected.verdict.reasons.len(), "{}: one item per reason", ex.id);
        for (li, reason) in reasons.iter().zip(&expected.verdict.reasons) {
            assert_eq!(inner(li, "p"), reason.text, "{}", ex.id);
            assert_eq!(
                inner(li, ".source cite"),
                cat.source_info(reason.source).title,
                "{}",
                ex.id
            );
        }
        let caveats = texts(r, "[data-testid=caveats] li");
        assert_eq!(caveats, expected.verdict.caveats, "{}: the caveats", ex.id);
        assert_checks(&all(r, "[data-testid=triggers] > li"), &expected.triggers, &cat, &ex.id);
        assert_checks(&all(r, "[data-testid=blockers] > li"), &expected.blockers, &cat, &ex.id);
        // Each row of the matrix: its dimension, both columns and the team's own answer.
        let rows = all(r, "[data-testid=matrix] tbody tr");
        assert_eq!(rows.len(), expected.matrix.len(), "{}: one row per dimension", ex.id);
        for (tr, row) in rows.iter().zip(&expected.matrix) {
            assert_eq!(tr.get_attribute("data-row").as_deref(), Some(row.id.as_str()));
            assert_eq!(inner(tr, "th"), row.dimension, "{}", ex.id);
            assert_eq!(inners(tr, "td").get(..2), Some(&[row.stay.clone(), row.split.clone()][..]));
            assert_eq!(inner(tr, ".position-answer"), row.answer, "{}: {}", ex.id, row.id);
        }
        // Each source: its title, and its author and year where known.
        let sources = all(r, "[data-testid=source]");
        assert_eq!(sources.len(), expected.sources.len(), "{}: one item per source", ex.id);
        for (li, source) in sources.iter().zip(&expected.sources) {
            assert_eq!(inner(li, "cite"), source.title, "{}", ex.id);
            let byline = match (&source.author, source.year) {
                (Some(a), Some(y)) => format!("({a}, {y})"),
                (Some(a), None) => format!("({a})"),
                (None, Some(y)) => format!("({y})"),
                (None, None) => String::new(),
            };
            assert_eq!(inner(li, ".source-byline"), byline, "{}: {}", ex.id, source.title);
            assert_eq!(inner(li, ".source-note"), source.note.clone().unwrap_or_default());
        }
        // Each flip: the question, the answer now, the answer that flips it and the verdict then.
        let flips = all(r, "[data-testid=flip]");
        assert_eq!(flips.len(), expected.sensitivity.len(), "{}: one item per flip", ex.id);
        for (li, f) in flips.iter().zip(&expected.sensitivity) {
            assert_eq!(li.get_attribute("data-flip").as_deref(), Some(f.id.as_str()));
            let says = format!(
                "{}: {} \u{2192} {} gives {}",
                f.factor,
                f.from,
                f.to,
                cat.verdict_label(f.verdict)
            );
            assert_eq!(inner(li, ".flip-text"), says, "{}", ex.id);
        }
        if expected.sensitivity.is_empty() {
            assert!(!text(r, "[data-testid=no-flips]").is_empty(), "{}", ex.id);
        }
    }
}

#[wasm_bindgen_test]
async fn candidates_are_listed_in_extraction_order() {
    let mut seen_any = false;
    for ex in examples() {
        let expected = evaluate(&ex.answers);
        let page = open_results(ex.answers.clone()).await;
        let names = texts(&page.root, "[data-testid=candidates] > li [data-testid=candidate-name]");
        let want: Vec<String> = expected
            .services
            .candidates
            .iter()
            .map(|c| c.label(&seams::engine::Catalogue::standard().texts))
            .collect();
        assert_eq!(names, want, "{}", ex.id);
        if let Some(first) = want.first() {
            seen_any = true;
            let first_item = text(&page.root, "[data-testid=candidates] > li:first-child");
            assert!(first_item.starts_with(first.as_str()), "{}: {first_item}", ex.id);
        } else {
            assert!(page.root.query_selector("[data-testid=candidates]").unwrap().is_none());
            assert!(!text(&page.root, "[data-testid=candidates-empty]").is_empty());
        }
    }
    assert!(seen_any, "at least one example names candidates");
}

#[wasm_bindgen_test]
async fn phases_follow_the_engines_plan_in_order() {
    for ex in examples() {
        let expected = evaluate(&ex.answers);
        let page = open_results(ex.answers.clone()).await;
        let headings = texts(&page.root, "[data-testid=phase] h3");
        let names: Vec<String> = expected.plan.phases.iter().map(|p| p.name.clone()).collect();
        assert!(!names.is_empty(), "{}: every plan has phases", ex.id);
        assert_eq!(headings, names, "{}", ex.id);
        // The timeline draws one labelled bar per phase.
        assert_eq!(
            all(&page.root, "[data-testid=timeline] .chart-timeline-wide .chart-bar").len(),
            names.len()
        );
        // And so does the phone's narrower drawing.
        assert_eq!(
            all(&page.root, "[data-testid=timeline] .chart-timeline-narrow .chart-bar").len(),
            names.len()
        );
    }
}

#[wasm_bindgen_test]
async fn the_page_follows_the_answers_live() {
    let before = example("blogging-platform");
    let page = open_results(before.clone()).await;
    let first = evaluate(&before);
    assert_eq!(text(&page.root, "[data-testid=verdict]"), first.verdict.label);

    // The engine's own sensitivity analysis names an answer that flips the verdict.
    let flip = first
        .sensitivity
        .iter()
        .find(|f| f.id.starts_with("factor."))
        .expect("the blogging platform has a factor that flips it");
    let cat = page.store.catalogue();
    let factor =
        cat.factors.iter().find(|f| flip.id == format!("factor.{}", f.id.as_str())).unwrap();
    let option = factor.options.iter().find(|o| o.label == flip.to).unwrap();
    let after = before.clone().with_factor(factor.id, &option.id);
    let second = evaluate(&after);
    assert_ne!(second.verdict.label, first.verdict.label);

    page.store.dispatch(Msg::Edit(Edit::Factor(factor.id, Some(option.id.clone()))));
    settle().await;
    assert_eq!(text(&page.root, "[data-testid=verdict]"), second.verdict.label);
    assert_eq!(text(&page.root, "[data-testid=whatif-verdict] strong"), second.verdict.label);
    assert_eq!(
        texts(&page.root, "[data-testid=phase] h3"),
        second.plan.phases.iter().map(|p| p.name.clone()).collect::<Vec<_>>()
    );
}

#[wasm_bindgen_test]
async fn the_what_if_sandbox_leaves_the_answers_alone_until_they_are_used() {
    let answers = example("blogging-platform");
    let page = open_results(answers.clone()).await;
    let before = evaluate(&answers);
    let id = FactorId::ScalingProfile;
    let select: web_sys::HtmlSelectElement =
        find(&page.root, &format!("#whatif-{}", id.as_str())).unchecked_into();
    assert_eq!(Some(select.value()), answers.factors.get(&id).cloned(), "shows the answer");
    assert!(!text(&page.root, &format!("label[for=whatif-{}]", id.as_str())).is_empty());

    select.set_value("one_hot");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    let tried = answers.clone().with_factor(id, "one_hot");
    let after = evaluate(&tried);
    assert_ne!(after.verdict.label, before.verdict.label, "the example flips on this answer");
    // The answers and the page keep their verdict; the sandbox shows the other one, was → now.
    assert_eq!(page.store.answers.get_untracked(), answers);
    assert_eq!(text(&page.root, "[data-testid=verdict]"), before.verdict.label);
    assert_eq!(text(&page.root, "[data-testid=whatif-verdict] strong"), after.verdict.label);
    let first_row = texts(&page.root, "[data-testid=whatif-compare] tbody tr:first-child td");
    assert_eq!(first_row, vec![before.verdict.label.clone(), after.verdict.label.clone()]);

    // "Use these answers" makes them real; Undo brings the old ones back.
    find(&page.root, "[data-testid=whatif-use]").unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(page.store.answers.get_untracked(), tried);
    assert_eq!(text(&page.root, "[data-testid=verdict]"), after.verdict.label);
    find(&page.root, "[data-testid=whatif-undo]").unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(page.store.answers.get_untracked(), answers);

    // Reset drops what was tried.
    select.set_value("one_hot");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    find(&page.root, "[data-testid=whatif-reset]").unchecked_into::<HtmlElement>().click();
    settle().await;
    assert!(page.root.query_selector("[data-testid=whatif-compare]").unwrap().is_none());
    assert_eq!(page.store.answers.get_untracked(), answers);
}

#[wasm_bindgen_test]
async fn the_dependency_matrix_appears_only_with_a_domain_map() {
    let without = example("five-person-mvp");
    assert!(without.domain.is_empty());
    let page = open_results(without).await;
    assert!(page.root.query_selector("[data-testid=dsm]").unwrap().is_none());
    assert!(!text(&page.root, "[data-testid=dsm-missing]").is_empty());
    find(&page.root, "[data-testid=add-domain-map]").unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(page.store.cursor.get_untracked(), Cursor::at(Step::DomainMap));
    drop(page);

    let with = example("sixty-engineer-platform");
    let domain = evaluate(&with).domain.expect("the platform has a map");
    let page = open_results(with).await;
    find(&page.root, "[data-testid=dsm]");
    assert!(page.root.query_selector("[data-testid=dsm-missing]").unwrap().is_none());
    // One row per module, in the engine's order, and one mark per distinct cell.
    let rows = texts(&page.root, "[data-testid=dsm] tbody th[scope=row]");
    assert_eq!(rows.len(), domain.order.len());
    for (row, label) in rows.iter().zip(&domain.labels) {
        assert!(row.ends_with(label.as_str()), "{row} / {label}");
    }
    let cells: HashSet<(usize, usize)> = domain.cells.iter().map(|c| (c.row, c.col)).collect();
    let marked = all(&page.root, "[data-testid=dsm] td.dsm-cell")
        .iter()
        .filter(|td| !td.text_content().unwrap_or_default().is_empty())
        .count();
    assert_eq!(marked, cells.len());
    let chain = text(&page.root, "[data-testid=dsm-chain]");
    let hops = domain.chain_hops;
    assert!(chain.contains(&format!("{hops} hop")), "{chain}");
}

#[wasm_bindgen_test]
async fn the_quadrant_chart_has_a_title_and_a_description_in_words() {
    let answers = example("pressure-without-foundation");
    let expected = evaluate(&answers);
    let page = open_results(answers).await;
    let svg = find(&page.root, "[data-testid=quadrant] svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let ids = svg.get_attribute("aria-labelledby").unwrap_or_default();
    let parts: Vec<&str> = ids.split_whitespace().collect();
    assert_eq!(parts.len(), 2, "labelled by its title and its description");
    let title = document().get_element_by_id(parts[0]).expect("the title exists");
    let desc = document().get_element_by_id(parts[1]).expect("the description exists");
    assert_eq!(title.tag_name(), "title");
    assert_eq!(desc.tag_name(), "desc");
    assert!(!title.text_content().unwrap_or_default().is_empty());
    let words = desc.text_content().unwrap_or_default();
    assert!(words.contains(&expected.quadrant.label), "{words}");
    // Rounded down, as the engine reads need against its line.
    assert!(words.contains(&format!("need {:.0} out of 100", expected.need.floor())), "{words}");
    let sentence = text(&page.root, "[data-testid=quadrant-sentence]");
    assert!(sentence.contains(&expected.quadrant.explanation), "{sentence}");
    // Changed answers move the point and the shading, and the words follow; the frame stays.
    let frame = find(&page.root, "[data-testid=quadrant] svg .chart-frame");
    let point = find(&page.root, "[data-testid=quadrant] .chart-point");
    let (cx, cy) = (point.get_attribute("cx"), point.get_attribute("cy"));
    let shaded = || {
        let current = find(&page.root, "[data-testid=quadrant] .is-current");
        (current.get_attribute("x"), current.get_attribute("y"))
    };
    let before_shaded = shaded();
    let other = example("five-person-mvp");
    let now = evaluate(&other);
    assert_ne!(now.quadrant.label, expected.quadrant.label, "the two examples differ");
    page.store.dispatch(Msg::Replace { answers: other, from: Source::Example });
    settle().await;
    let words = desc.text_content().unwrap_or_default();
    assert!(words.contains(&now.quadrant.label), "{words}");
    assert!(words.contains(&format!("need {:.0} out of 100", now.need.floor())), "{words}");
    assert!(text(&page.root, "[data-testid=quadrant-sentence]").contains(&now.quadrant.label));
    assert_ne!((point.get_attribute("cx"), point.get_attribute("cy")), (cx, cy), "the point moved");
    assert_ne!(shaded(), before_shaded, "another quadrant is shaded");
    assert!(frame.is_connected(), "the chart's frame is kept, not redrawn");
    // The timeline is described the same way.
    let timeline = find(&page.root, "[data-testid=timeline] svg");
    assert_eq!(timeline.get_attribute("role").as_deref(), Some("img"));
    assert!(timeline.query_selector("title").unwrap().is_some());
    assert!(timeline.query_selector("desc").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_start_month_dates_the_plan_and_bad_input_changes_nothing() {
    let mut answers = example("ecommerce-payments");
    answers.plan_start = Some(YearMonth { year: 2026, month: 1 });
    let page = open_results(answers.clone()).await;
    let input: web_sys::HtmlInputElement = find(&page.root, "#plan-start").unchecked_into();
    assert_eq!(input.value(), "2026-01");

    input.set_value("2027-03");
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    let moved = YearMonth { year: 2027, month: 3 };
    assert_eq!(page.store.answers.get_untracked().plan_start, Some(moved));
    let expected = evaluate(&Answers { plan_start: Some(moved), ..answers.clone() });
    let want: Vec<String> = expected
        .plan
        .phases
        .iter()
        .map(|p| p.dates.as_ref().expect("dated").label.clone())
        .collect();
    let shown = texts(&page.root, "[data-testid=phase-dates]");
    assert_eq!(shown.len(), want.len());
    for (s, w) in shown.iter().zip(&want) {
        assert!(s.ends_with(w.as_str()), "{s} / {w}");
    }

    // An emptied field is not a month: the answer stays.
    input.set_value("");
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(page.store.answers.get_untracked().plan_start, Some(moved));
}

#[wasm_bindgen_test]
async fn a_change_button_opens_the_question_that_flips_the_verdict() {
    let answers = example("b2b-saas");
    let expected = evaluate(&answers);
    let page = open_results(answers).await;
    let flips = all(&page.root, "[data-testid=flip]");
    assert_eq!(flips.len(), expected.sensitivity.len());
    for (li, f) in flips.iter().zip(&expected.sensitivity) {
        assert_eq!(li.get_attribute("data-flip").as_deref(), Some(f.id.as_str()));
        assert_eq!(
            inner(li, "[data-testid=flip-verdict]"),
            page.store.catalogue().verdict_label(f.verdict)
        );
    }
    let at = expected
        .sensitivity
        .iter()
        .position(|f| f.id.starts_with("factor."))
        .expect("a factor flips this verdict");
    let first = &expected.sensitivity[at];
    let shown = flips[at].text_content().unwrap_or_default();
    assert!(shown.contains(&first.from) && shown.contains(&first.to), "{shown}");
    let cat = page.store.catalogue();
    assert!(shown.contains(&cat.verdict_label(first.verdict)), "{shown}");
    let question = first
        .id
        .strip_prefix("factor.")
        .and_then(|name| cat.factors.iter().position(|f| f.id.as_str() == name))
        .expect("the first flip is a factor");
    flips[at].query_selector("button").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(page.store.cursor.get_untracked(), Cursor { step: Step::Factors, question });
}

#[wasm_bindgen_test]
async fn the_page_has_unique_ids_and_headings_in_order() {
    for id in ["sixty-engineer-platform", "blogging-platform"] {
        let page = open_results(example(id)).await;
        let mut seen = HashSet::new();
        for el in all(&page.root, "[id]") {
            assert!(seen.insert(el.id()), "{id}: duplicate id {}", el.id());
        }
        // No heading skips a level on the way down.
        let mut level = 1;
        for h in all(&page.root, "h1, h2, h3, h4, h5, h6") {
            let this: u32 = h.tag_name()[1..].parse().unwrap();
            assert!(this <= level + 1, "{id}: {} after h{level}", h.tag_name());
            level = this;
        }
        // Every section is labelled by its own heading.
        for section in all(&page.root, ".results-section") {
            let by = section.get_attribute("aria-labelledby").unwrap();
            let h = document().get_element_by_id(&by).expect("the heading exists");
            assert_eq!(h.tag_name(), "H2");
        }
        // Every scrolling region can take focus and has a name.
        for region in all(&page.root, ".scroll-region") {
            assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
            assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
            assert!(region.get_attribute("aria-label").is_some_and(|l| !l.is_empty()));
        }
        // Every what-if control has a label.
        for select in all(&page.root, ".whatif select") {
            let label = page.root.query_selector(&format!("label[for='{}']", select.id())).unwrap();
            assert!(label.is_some(), "{id}: select {} has no label", select.id());
        }
    }
}

#[wasm_bindgen_test]
async fn costs_and_pitfalls_show_the_engines_numbers() {
    let answers = example("sixty-engineer-platform");
    let e = evaluate(&answers);
    let page = open_results(answers).await;
    let r = &page.root;
    assert_eq!(
        text(r, "[data-testid=cost-latency]"),
        format!("{}–{} ms", e.costs.latency_ms.0, e.costs.latency_ms.1)
    );
    assert_eq!(text(r, "[data-testid=cost-units]"), e.costs.deployment_units.to_string());
    let availability = text(r, "[data-testid=cost-availability]");
    let shown: f64 = availability.trim_end_matches('%').parse().unwrap();
    assert!((shown - e.costs.chain_availability * 100.0).abs() < 0.01, "{availability}");
    let rows = all(r, "[data-testid=cost-rows] tbody tr");
    assert_eq!(rows.len(), e.costs.rows.len());
    for (tr, row) in rows.iter().zip(&e.costs.rows) {
        assert_eq!(inner(tr, "th"), row.category);
        assert_eq!(inners(tr, "td"), vec![row.monolith.clone(), row.distributed.clone()]);
    }
    // Each pitfall: its title, what it means here, the modules it names and its source.
    let cat = page.store.catalogue();
    let domain = e.domain.as_ref().expect("the platform has a map");
    let pitfalls = all(r, "[data-testid=pitfall]");
    assert_eq!(pitfalls.len(), e.pitfalls.len());
    assert!(!e.pitfalls.is_empty(), "the platform has pitfalls to show");
    for (li, p) in pitfalls.iter().zip(&e.pitfalls) {
        assert_eq!(inner(li, "h3"), format!("! {}", p.title));
        assert_eq!(inner(li, "h3 + p"), p.detail);
        let names: Vec<String> = p
            .modules
            .iter()
            .map(|id| {
                let at = domain.order.iter().position(|m| m == id).expect("a module of the map");
                domain.labels[at].clone()
            })
            .collect();
        let modules =
            if names.is_empty() { String::new() } else { format!("Modules: {}", names.join(", ")) };
        assert_eq!(inner(li, "[data-testid=pitfall-modules]"), modules, "{}", p.title);
        assert_eq!(inner(li, ".source cite"), cat.source_info(p.source).title);
    }
    drop(page);

    let quiet = example("blogging-platform");
    assert!(evaluate(&quiet).pitfalls.is_empty());
    let page = open_results(quiet).await;
    assert_eq!(
        text(&page.root, "[data-testid=no-pitfalls]"),
        "✓ No distributed-monolith signals found."
    );
}

#[wasm_bindgen_test]
async fn a_large_domain_map_gets_a_summary_instead_of_a_grid() {
    use seams::engine::{DepKind, Dependency, Module};
    let mut answers = example("sixty-engineer-platform");
    answers.domain.modules = (1..=45)
        .map(|id| Module { id, name: format!("Module number {id}"), ..Module::default() })
        .collect();
    answers.domain.dependencies = (1..45)
        .map(|id| Dependency { from: id, to: id + 1, kind: DepKind::Sync, imports: 0 })
        .collect();
    let expected = evaluate(&answers).domain.expect("a map");
    assert_eq!(expected.order.len(), 45);
    let page = open_results(answers).await;
    assert!(page.root.query_selector("[data-testid=dsm] table").unwrap().is_none());
    assert!(!text(&page.root, "[data-testid=dsm-too-large]").is_empty());
    let chain = text(&page.root, "[data-testid=dsm-chain]");
    assert!(chain.contains(&format!("{} hops", expected.chain_hops)), "{chain}");
}

#[wasm_bindgen_test]
async fn on_this_page_lists_every_section_and_moves_focus_to_it() {
    let page = open_results(example("ecommerce-payments")).await;
    let links = all(&page.root, ".results-contents a");
    let headings = texts(&page.root, ".results-section > h2, .whatif h2");
    let names: Vec<String> =
        links.iter().map(|a| a.text_content().unwrap_or_default().trim().to_string()).collect();
    assert_eq!(names, headings, "one link per section, in page order");
    let plan = links.iter().find(|a| a.text_content().as_deref() == Some("Phased plan")).unwrap();
    plan.unchecked_ref::<HtmlElement>().click();
    settle().await;
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("results-plan-heading"));
}

#[wasm_bindgen_test]
async fn answers_too_large_for_a_link_offer_the_file_instead() {
    use seams::engine::Module;
    let mut big = Answers::default();
    big.domain.modules = (1..=300)
        .map(|id| Module {
            id,
            name: format!("{id:0>60}"),
            team: Some(format!("{id:x>60}")),
            ..Module::default()
        })
        .collect();
    let page = open_results(big).await;
    let r = &page.root;
    assert!(all(r, "[data-testid=share-link]").is_empty(), "no link that would not open");
    let message = text(r, "[data-testid=share-too-large]");
    assert!(message.contains("These answers are too large for a share link"), "{message}");
    assert!(message.contains("a link holds at most 24,000"), "{message}");
    assert_eq!(text(r, "[data-testid=share-export]"), "Export answers (JSON)");

    let answers = example("blogging-platform");
    page.store.dispatch(Msg::Replace { answers, from: Source::Example });
    settle().await;
    assert!(all(r, "[data-testid=share-too-large]").is_empty());
    let link = find(r, "[data-testid=share-link]").unchecked_into::<web_sys::HtmlInputElement>();
    assert!(link.value().contains("#s1."), "{}", link.value());
}
