//! The Markdown report: the evaluation as an architecture decision record, for a wiki page or a
//! ticket.
//!
//! Every piece of text that may carry user input (module and team names reach the engine's
//! sentences too) goes through [`text`] or [`cell`], which neutralise Markdown and HTML: a module
//! named `<script>`, `|` or `](javascript:…)` prints as those characters and nothing else.

use std::fmt::Write;

use crate::engine::{
    Answers, Catalogue, CountKind, CurrentArchitecture, Evaluation, Status, Verdict,
};
use crate::labels;
use crate::rubric::Rubric;
use crate::validate::has_answers;

/// Escapes text for a Markdown paragraph or list item: markup characters become literal, angle
/// brackets and ampersands become entities, and line breaks become spaces.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            // Only what Markdown needs: a link or image needs `[`, so `(`, `)` and `!` stay
            // plain, and no escaped text ever starts a line, so `#` does too.
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a table cell (the same rules; `|` can never end the cell early).
pub fn cell(s: &str) -> String {
    let t = text(s);
    if t.trim().is_empty() {
        "–".to_string()
    } else {
        t
    }
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

fn header(out: &mut String, titles: &[&str]) {
    row(out, &titles.iter().map(|t| t.to_string()).collect::<Vec<_>>());
    row(out, &titles.iter().map(|_| "---".to_string()).collect::<Vec<_>>());
}

/// The report. `date` is the day it is written (the engine has no clock), e.g. "2026-11-22";
/// `rubric` is the rubric `e` was evaluated with, named in the record.
pub fn markdown(answers: &Answers, e: &Evaluation, rubric: &Rubric, date: &str) -> String {
    markdown_linked(answers, e, rubric, date, None)
}

/// The report with a link back to the live result (the share link), when there is one.
pub fn markdown_linked(
    answers: &Answers,
    e: &Evaluation,
    rubric: &Rubric,
    date: &str,
    link: Option<&str>,
) -> String {
    let cat: &Catalogue = &rubric.catalogue;
    let mut out = String::new();
    let v = &e.verdict;
    let _ = writeln!(out, "# Decision: {}\n", text(&v.label));
    let b = &e.brief;
    let _ = writeln!(out, "- **Decision:** {}", text(&b.decision));
    let _ = writeln!(out, "- **Services:** {}", text(&b.services));
    let _ = writeln!(out, "- **Plan:** {}", text(&b.duration));
    let _ = writeln!(out, "- **Biggest risk:** {}", text(&b.risk));
    let _ = writeln!(
        out,
        "- **What would change it:** {}",
        text(b.flip.as_deref().unwrap_or("No single change of answer gives another verdict."))
    );
    let _ = writeln!(out, "- **Confidence:** {}\n", text(&b.confidence));
    if let Some(url) = link {
        // An autolink; the characters that could end it early are percent-encoded.
        let safe = url.replace('<', "%3C").replace('>', "%3E").replace(' ', "%20");
        let _ = writeln!(out, "- **Live result:** <{safe}>");
    }
    let _ = writeln!(out, "- **Status:** proposed");
    let _ = writeln!(out, "- **Date:** {}", text(date));
    let _ = writeln!(out, "- **Prepared with:** Seams, from the answers summarised under Context");
    let _ = writeln!(
        out,
        "- **Rubric:** {} (SHA-256 {})\n",
        text(&rubric.full_label()),
        text(&rubric.sha256)
    );

    // Context
    let _ = writeln!(out, "## Context\n");
    let c = &answers.context;
    let or_unknown =
        |v: Option<String>| v.map(|s| text(&s)).unwrap_or_else(|| "not answered".into());
    let _ = writeln!(out, "- Engineers: {}", or_unknown(c.engineers.map(|n| n.to_string())));
    let _ = writeln!(out, "- Teams: {}", or_unknown(c.teams.map(|n| n.to_string())));
    let _ = writeln!(
        out,
        "- Product stage: {}",
        or_unknown(c.stage.and_then(|s| cat.stage(s)).map(|s| s.label.clone()))
    );
    let _ = writeln!(
        out,
        "- Daily requests: {}",
        or_unknown(c.daily_requests.and_then(|b| cat.traffic_band(b)).map(|t| t.label.clone()))
    );
    let _ = writeln!(
        out,
        "- Current architecture: {}",
        or_unknown(c.architecture.map(|x| labels::architecture(x).0.to_string()))
    );
    if c.architecture.is_some_and(CurrentArchitecture::runs_services) {
        let _ = writeln!(
            out,
            "- Services in production today: {}",
            or_unknown(c.services_today.map(|n| n.to_string()))
        );
    }
    let in_place: Vec<String> = cat
        .capabilities
        .iter()
        .filter(|d| answers.readiness.capabilities.get(&d.capability) == Some(&true))
        .map(|d| text(&d.label))
        .collect();
    let _ = writeln!(
        out,
        "- Operational capabilities in place: {}",
        if in_place.is_empty() { "none recorded".to_string() } else { in_place.join(", ") }
    );
    let _ = writeln!(
        out,
        "- People who run production: {}",
        or_unknown(answers.readiness.ops_headcount.map(|n| n.to_string()))
    );
    let map = &answers.domain;
    if map.modules.is_empty() {
        let _ = writeln!(out, "- Domain map: none; counts and costs are estimates");
    } else {
        let n = &cat.texts.nouns;
        let count = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
        let _ = writeln!(
            out,
            "- Domain map: {} ({}), {}",
            n.module.count(count(map.modules.len())),
            map.modules.iter().map(|m| text(&m.name)).collect::<Vec<_>>().join(", "),
            n.dependency.count(count(map.dependencies.len()))
        );
    }
    let _ = writeln!(
        out,
        "- Pressure to split (need): {:.0}/100; ability to operate services (readiness): {:.0}/100, \
         in the “{}” region of the need × readiness chart. {}\n",
        // Rounded down, as the page and the readiness line read them.
        e.need.floor(),
        e.readiness.floor(),
        text(&e.quadrant.label),
        text(&e.quadrant.explanation)
    );
    if !has_answers(answers) {
        let _ = writeln!(out, "No answers were given: this record shows the defaults only.\n");
    }

    // Drivers
    let _ = writeln!(out, "## Decision drivers\n");
    let holding: Vec<_> =
        e.triggers.iter().chain(&e.blockers).filter(|c| c.status == Status::Holds).collect();
    if v.verdict.about_estate() {
        for pit in &e.pitfalls {
            let _ = writeln!(
                out,
                "- Distributed-monolith signal: **{}**. {}",
                text(&pit.title),
                text(&pit.detail)
            );
        }
        if let Some(first) = v.reasons.first() {
            let _ = writeln!(out, "- {}", text(&first.text));
        }
    } else if holding.is_empty() {
        let _ = writeln!(out, "- No split trigger and no reason not to break holds.");
    }
    for check in e.triggers.iter().filter(|c| c.status == Status::Holds) {
        let _ =
            writeln!(out, "- Split trigger: **{}**. {}", text(&check.label), text(&check.evidence));
    }
    for r in v.reasons.iter().filter(|r| r.rule == "rule.hot_spot") {
        // The reason names itself ("One part stands out …"): no label before it.
        let _ = writeln!(out, "- {}", text(&r.text));
    }
    for check in e.blockers.iter().filter(|c| c.status == Status::Holds) {
        let _ = writeln!(
            out,
            "- Reason not to break: **{}**. {}",
            text(&check.label),
            text(&check.evidence)
        );
    }
    out.push('\n');

    // Options
    let _ = writeln!(out, "## Options considered\n");
    for verdict in Verdict::ALL {
        let Some(t) = cat.verdicts.iter().find(|t| t.verdict == verdict) else { continue };
        let Some(fit) = v.fits.iter().find(|f| f.verdict == verdict) else { continue };
        let fit = Some(fit);
        let chosen = if verdict == v.verdict { " — chosen" } else { "" };
        if verdict.about_estate() {
            let share = fit.map(|f| f.fit.round() as u32).unwrap_or(0);
            let _ = writeln!(
                out,
                "### {}{}\n\nDecided by its own rule, not the scorecard: {}{}.\n",
                text(&t.label),
                chosen,
                if fit.is_some_and(|f| f.eligible) {
                    if verdict == Verdict::KeepServices {
                        "every one of today's services is worth keeping".to_string()
                    } else {
                        format!("{share}% of today's services merge away")
                    }
                } else {
                    "it does not apply".to_string()
                },
                match fit {
                    Some(f) if !f.eligible => format!(" ({})", text(&f.ruled_out_by)),
                    _ => String::new(),
                }
            );
            pros_and_cons(&mut out, t);
            continue;
        }
        let _ = writeln!(
            out,
            "### {}{}\n\nFit: {}{}.\n",
            text(&t.label),
            chosen,
            fit.map(|f| format!("{:.0}/100", f.fit)).unwrap_or_else(|| "–".into()),
            match fit {
                Some(f) if !f.eligible => format!(" (ruled out: {})", text(&f.ruled_out_by)),
                _ => String::new(),
            }
        );
        pros_and_cons(&mut out, t);
    }

    // Decision
    let _ = writeln!(out, "## Decision\n");
    let _ = writeln!(out, "**{}.** {}\n", text(&v.label), text(&v.summary));
    let _ = writeln!(
        out,
        "{} Confidence {:?} ({:.0}/100).\n",
        text(&v.lead),
        v.confidence.level,
        v.confidence.score * 100.0
    );
    for reason in &v.reasons {
        let _ =
            writeln!(out, "- {} *({})*", text(&reason.text), text(e.source_title(reason.source)));
    }
    for caveat in &v.caveats {
        let _ = writeln!(out, "- Caveat: {}", text(caveat));
    }
    out.push('\n');

    // Consequences
    let _ = writeln!(out, "## Consequences\n");
    let s = &e.services;
    let estimated = if s.estimated { " (estimated without a domain map)" } else { "" };
    let counts = match s.kind {
        CountKind::Stay => format!(
            "Services to extract: **none**; the organisation could run up to **{}**{estimated}.",
            s.ceiling
        ),
        CountKind::Consolidate => format!(
            "Services: **{} running today**, **{} to keep**{estimated}.",
            s.today.unwrap_or(s.target),
            s.target
        ),
        CountKind::Extract => format!(
            "Services to extract: **{} in the first wave**, **{} as the target**, **{} at \
             most**{estimated}.",
            s.first_wave, s.target, s.ceiling
        ),
    };
    let _ = writeln!(out, "{counts} {}\n", text(&s.note));
    if !s.bounds.is_empty() {
        header(&mut out, &["Bound", "Limit", "Why"]);
        for b in &s.bounds {
            row(&mut out, &[cell(&b.what), b.limit.to_string(), cell(&b.explanation)]);
        }
        out.push('\n');
    }
    if !s.candidates.is_empty() {
        let heading = if s.kind == CountKind::Consolidate {
            "Services to merge, in order"
        } else {
            "Extraction candidates, in order"
        };
        let _ = writeln!(out, "{heading}:\n");
        for c in &s.candidates {
            let _ = writeln!(
                out,
                "{}. **{}** ({} {}): {}",
                c.order,
                text(&c.label(&cat.texts)),
                if s.kind == CountKind::Consolidate { "round" } else { "wave" },
                c.wave,
                text(&c.reasons.join(" "))
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "Cost of going distributed ({}):\n", text(&e.costs.basis));
    header(&mut out, &["Category", &e.costs.columns.0, &e.costs.columns.1]);
    for r in &e.costs.rows {
        row(&mut out, &[cell(&r.category), cell(&r.monolith), cell(&r.distributed)]);
    }
    out.push('\n');

    // Matrices
    let _ = writeln!(out, "## Decision matrix\n");
    header(
        &mut out,
        &["Dimension", "Stay monolith", "Break to microservices", "Our position", "Our answer"],
    );
    for m in &e.matrix {
        row(
            &mut out,
            &[
                cell(&m.dimension),
                cell(&m.stay),
                cell(&m.split),
                cell(&m.position_text),
                cell(&m.answer),
            ],
        );
    }
    out.push('\n');
    let _ = writeln!(out, "## Triggers and reasons not to break\n");
    header(&mut out, &["Kind", "Check", "Status", "Evidence"]);
    for (kind, checks) in [("Split trigger", &e.triggers), ("Reason not to break", &e.blockers)] {
        for c in checks.iter() {
            row(
                &mut out,
                &[kind.to_string(), cell(&c.label), cell(&c.status_text), cell(&c.evidence)],
            );
        }
    }
    out.push('\n');

    // Plan
    let p = &e.plan;
    let _ = writeln!(out, "## Plan\n");
    let _ = writeln!(
        out,
        "{} Total: {}.\n",
        text(&p.summary),
        cat.texts.months(p.total_months.0, p.total_months.1)
    );
    for risk in &p.risks {
        let _ = writeln!(out, "- Risk: {}", text(risk));
    }
    if !p.risks.is_empty() {
        out.push('\n');
    }
    header(&mut out, &["Phase", "Duration", "When", "Services"]);
    for ph in &p.phases {
        let when = ph.dates.as_ref().map(|d| d.label.clone()).unwrap_or_else(|| ph.when.clone());
        row(
            &mut out,
            &[
                cell(&ph.name),
                cat.texts.months(ph.months.0, ph.months.1),
                cell(&when),
                cell(&ph.services.join(", ")),
            ],
        );
    }
    out.push('\n');
    for ph in &p.phases {
        let _ = writeln!(out, "### {}\n", text(&ph.name));
        for (title, items) in [
            ("Activities", &ph.activities),
            ("Exit criteria", &ph.exit_criteria),
            ("Risks", &ph.risks),
        ] {
            if !items.is_empty() {
                let _ = writeln!(out, "{title}:\n");
                for i in items.iter() {
                    let _ = writeln!(out, "- {}", text(i));
                }
                out.push('\n');
            }
        }
    }

    // Pitfalls
    let _ = writeln!(out, "## Pitfalls to watch\n");
    if e.pitfalls.is_empty() {
        let _ = writeln!(
            out,
            "No distributed-monolith signal was found in the answers or the domain map.\n"
        );
    }
    for pit in &e.pitfalls {
        let _ = writeln!(out, "- **{}.** {}", text(&pit.title), text(&pit.detail));
    }
    if !e.pitfalls.is_empty() {
        out.push('\n');
    }

    // Revisit
    let _ = writeln!(out, "## When to revisit\n");
    for r in &p.revisit {
        let _ = writeln!(out, "- {}", text(&r.text));
    }
    if p.revisit.is_empty() {
        let _ = writeln!(
            out,
            "- When the team, the traffic or the operational capabilities change markedly."
        );
    }
    out.push('\n');

    // What would change it
    let _ = writeln!(out, "## What would change the verdict\n");
    if e.sensitivity.is_empty() {
        let _ = writeln!(out, "- No single change of answer gives another verdict.");
    }
    for f in &e.sensitivity {
        let _ = writeln!(
            out,
            "- If the answer to “{}” changed from “{}” to “{}”, the verdict would be {}.",
            text(&f.factor),
            text(&f.from),
            text(&f.to),
            text(&cat.verdict_label(f.verdict))
        );
    }
    out.push('\n');

    // Sources
    let _ = writeln!(out, "## Sources\n");
    for src in &e.sources {
        let mut line = format!("- *{}*", text(&src.title));
        if let Some(author) = &src.author {
            let _ = write!(line, ", {}", text(author));
        }
        if let Some(year) = src.year {
            let _ = write!(line, " ({year})");
        }
        let _ = writeln!(out, "{line}");
    }
    out
}

/// An option's pros and cons, a line each, then a blank line.
fn pros_and_cons(out: &mut String, t: &crate::engine::catalogue::VerdictText) {
    for pro in &t.pros {
        let _ = writeln!(out, "- Pro: {}", text(pro));
    }
    for con in &t.cons {
        let _ = writeln!(out, "- Con: {}", text(con));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_neutralised() {
        assert_eq!(text("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(text("a | b"), "a \\| b");
        assert_eq!(text("[x](javascript:alert(1))"), "\\[x\\](javascript:alert(1))");
        assert_eq!(text("team(s) 1–3 (about)"), "team(s) 1–3 (about)");
        assert_eq!(text("line\nbreak"), "line break");
        assert_eq!(text("**bold** _it_ `code`"), "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`");
        assert_eq!(cell(" "), "–");
    }

    fn context_lines(c: crate::engine::Context) -> Vec<String> {
        let answers = Answers { context: c, ..Answers::default() };
        let cat = Rubric::standard();
        let report = markdown(&answers, &crate::engine::evaluate(&answers), &cat, "2026-11-22");
        let context = report.split("## Context\n\n").nth(1).unwrap_or_default();
        context.lines().take_while(|l| l.starts_with("- ")).map(str::to_string).collect()
    }

    #[test]
    fn the_context_names_the_architecture_and_the_services_running_when_some_run() {
        use crate::engine::Context;
        let some = |services_today| Context {
            architecture: Some(CurrentArchitecture::SomeServices),
            services_today,
            ..Context::default()
        };
        let lines = context_lines(some(Some(12)));
        let at = lines
            .iter()
            .position(|l| l == "- Current architecture: A monolith with a few services");
        assert!(at.is_some(), "{lines:#?}");
        assert_eq!(lines[at.unwrap() + 1], "- Services in production today: 12");
        let lines = context_lines(Context {
            architecture: Some(CurrentArchitecture::Microservices),
            ..Context::default()
        });
        assert!(lines.contains(&"- Current architecture: Microservices already".to_string()));
        assert!(lines.contains(&"- Services in production today: not answered".to_string()));
        // A monolith runs no services: a kept answer is not reported.
        let lines = context_lines(Context {
            architecture: Some(CurrentArchitecture::Monolith),
            services_today: Some(12),
            ..Context::default()
        });
        assert!(lines.contains(&"- Current architecture: A monolith".to_string()));
        assert!(!lines.iter().any(|l| l.contains("Services in production")), "{lines:#?}");
        let lines = context_lines(Context::default());
        assert!(lines.contains(&"- Current architecture: not answered".to_string()));
    }

    #[test]
    fn the_record_links_back_to_the_live_result() {
        let a = crate::engine::examples().remove(0).answers;
        let e = crate::engine::evaluate(&a);
        let cat = Rubric::standard();
        let md =
            markdown_linked(&a, &e, &cat, "2026-12-01", Some("https://wiki.example/seams/#s1.abc"));
        assert!(md.contains("- **Live result:** <https://wiki.example/seams/#s1.abc>"));
        let hostile = markdown_linked(&a, &e, &cat, "2026-12-01", Some("https://x/a b>c"));
        assert!(hostile.contains("<https://x/a%20b%3Ec>"));
        assert!(!markdown(&a, &e, &cat, "2026-12-01").contains("Live result"));
    }

    #[test]
    fn the_record_names_the_rubric_it_was_made_with() {
        let a = crate::engine::examples().remove(0).answers;
        let mut acme = Rubric::standard();
        acme.meta.name = "Acme *architecture* rubric".to_string();
        acme.meta.version = "2.1.0".to_string();
        acme.meta.publisher = "Acme platform group".to_string();
        acme.sha256 = "ab".repeat(32);
        let e = crate::engine::evaluate_with(&a, &acme.catalogue);
        let md = markdown(&a, &e, &acme, "2026-12-01");
        assert!(
            md.contains(&format!(
                "- **Rubric:** Acme \\*architecture\\* rubric 2.1.0 (abababababab), Acme platform group (SHA-256 {})",
                "ab".repeat(32)
            )),
            "{md}"
        );
        let standard = markdown(&a, &e, &Rubric::standard(), "2026-12-01");
        assert!(standard.contains("- **Rubric:** Seams standard rubric 1.0.0 ("), "{standard}");
    }
}
