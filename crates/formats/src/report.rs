//! The Markdown report: the evaluation as an architecture decision record, for a wiki page or a
//! ticket.
//!
//! Every piece of text that may carry user input (module and team names reach the engine's
//! sentences too) goes through [`text`] or [`cell`], which neutralise Markdown and HTML: a module
//! named `<script>`, `|` or `](javascript:…)` prints as those characters and nothing else.

use std::fmt::Write;

use crate::engine::texts::Template;
use crate::engine::{
    Answers, Catalogue, ConfidenceLevel, CountKind, CurrentArchitecture, Evaluation, Status,
    Verdict,
};
use crate::labels;
use crate::rubric::Rubric;
use crate::validate::has_answers;

/// Escapes text for a Markdown paragraph or list item: markup characters become literal, angle
/// brackets become entities, an ampersand only where it would start one ("&copy;"), so that
/// "Search & Ads" stays readable in a plain-text diff, and line breaks become spaces.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if starts_entity(&s[i + 1..]) => out.push_str("&amp;"),
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

/// True when the text after an ampersand would make it an HTML entity ("amp;", "#169;").
fn starts_entity(rest: &str) -> bool {
    let name: String =
        rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').collect();
    !name.is_empty() && rest[name.len()..].starts_with(';')
}

/// Escapes text as [`text`] does, but keeps the template's own `**` bold markers (the rubric's
/// counts sentence marks its numbers bold).
fn text_keeping_bold(s: &str) -> String {
    s.split("**").map(text).collect::<Vec<_>>().join("**")
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
    // The record's own words come from the rubric, so a translated rubric translates them too.
    let r = &cat.texts.record;
    let say = |t: &Template| text(&t.render(&[]));
    let mut out = String::new();
    let v = &e.verdict;
    let _ = writeln!(out, "# {}\n", text(&r.title.render(&[("verdict", &v.label)])));
    let b = &e.brief;
    let no_flip = r.no_flip.render(&[]);
    for (label, value) in [
        (&r.brief_decision, &b.decision),
        (&r.brief_services, &b.services),
        (&r.brief_plan, &b.duration),
        (&r.brief_risk, &b.risk),
        (&r.brief_flip, b.flip.as_ref().unwrap_or(&no_flip)),
    ] {
        let _ = writeln!(out, "- **{}:** {}", say(label), text(value));
    }
    let _ = writeln!(out, "- **{}:** {}\n", say(&r.brief_confidence), text(&b.confidence));
    if let Some(url) = link {
        // An autolink; the characters that could end it early are percent-encoded.
        let safe = url.replace('<', "%3C").replace('>', "%3E").replace(' ', "%20");
        let _ = writeln!(out, "- **{}:** <{safe}>", say(&r.live));
    }
    let _ = writeln!(out, "- **{}:** {}", say(&r.status), say(&r.proposed));
    let _ = writeln!(out, "- **{}:** {}", say(&r.date), text(date));
    let _ = writeln!(out, "- **{}:** {}", say(&r.prepared), say(&r.prepared_value));
    let _ = writeln!(
        out,
        "- **{}:** {}\n",
        say(&r.rubric),
        text(&r.rubric_value.render(&[("rubric", &rubric.full_label()), ("sha", &rubric.sha256)]))
    );

    // Context
    let _ = writeln!(out, "## {}\n", say(&r.context));
    let c = &answers.context;
    let or_unknown =
        |v: Option<String>| v.map(|s| text(&s)).unwrap_or_else(|| say(&r.not_answered));
    let item = |out: &mut String, label: &Template, value: String| {
        let _ = writeln!(out, "- {}: {}", say(label), value);
    };
    item(&mut out, &r.engineers, or_unknown(c.engineers.map(|n| n.to_string())));
    item(&mut out, &r.teams, or_unknown(c.teams.map(|n| n.to_string())));
    item(
        &mut out,
        &r.stage,
        or_unknown(c.stage.and_then(|s| cat.stage(s)).map(|s| s.label.clone())),
    );
    item(
        &mut out,
        &r.traffic,
        or_unknown(c.daily_requests.and_then(|b| cat.traffic_band(b)).map(|t| t.label.clone())),
    );
    item(
        &mut out,
        &r.architecture,
        or_unknown(c.architecture.map(|x| labels::architecture(x, &cat.texts).0)),
    );
    if c.architecture.is_some_and(CurrentArchitecture::runs_services) {
        item(&mut out, &r.services_today, or_unknown(c.services_today.map(|n| n.to_string())));
    }
    let in_place: Vec<String> = cat
        .capabilities
        .iter()
        .filter(|d| answers.readiness.capabilities.get(&d.capability) == Some(&true))
        .map(|d| text(&d.label))
        .collect();
    item(
        &mut out,
        &r.capabilities,
        if in_place.is_empty() { say(&r.none_recorded) } else { in_place.join(", ") },
    );
    item(&mut out, &r.ops, or_unknown(answers.readiness.ops_headcount.map(|n| n.to_string())));
    let map = &answers.domain;
    if map.modules.is_empty() {
        item(&mut out, &r.map, say(&r.map_none));
    } else {
        let n = &cat.texts.nouns;
        let count = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
        let names = map.modules.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join(", ");
        item(
            &mut out,
            &r.map,
            text(&r.map_value.render(&[
                ("modules", &n.module.count(count(map.modules.len()))),
                ("names", &names),
                ("dependencies", &n.dependency.count(count(map.dependencies.len()))),
            ])),
        );
    }
    // Rounded down, as the page and the readiness line read them.
    let _ = writeln!(
        out,
        "- {}\n",
        text(&r.position.render(&[
            ("need", &format!("{:.0}", e.need.floor())),
            ("readiness", &format!("{:.0}", e.readiness.floor())),
            ("region", &e.quadrant.label),
            ("explanation", &e.quadrant.explanation),
        ]))
    );
    if !has_answers(answers) {
        let _ = writeln!(out, "{}\n", say(&r.no_answers));
    }

    // Drivers
    let _ = writeln!(out, "## {}\n", say(&r.drivers));
    let holding: Vec<_> =
        e.triggers.iter().chain(&e.blockers).filter(|c| c.status == Status::Holds).collect();
    // "- Split trigger: **Its label**. Its evidence."
    let driver = |out: &mut String, kind: &Template, title: &str, detail: &str| {
        let _ = writeln!(out, "- {}: **{}**. {}", say(kind), text(title), text(detail));
    };
    if v.verdict.about_estate() {
        for pit in &e.pitfalls {
            driver(&mut out, &r.signal, &pit.title, &pit.detail);
        }
        if let Some(first) = v.reasons.first() {
            let _ = writeln!(out, "- {}", text(&first.text));
        }
    } else if holding.is_empty() {
        let _ = writeln!(out, "- {}", say(&r.nothing_holds));
    }
    for check in e.triggers.iter().filter(|c| c.status == Status::Holds) {
        driver(&mut out, &r.trigger, &check.label, &check.evidence);
    }
    for r in v.reasons.iter().filter(|r| r.rule == "rule.hot_spot") {
        // The reason names itself ("One part stands out …"): no label before it.
        let _ = writeln!(out, "- {}", text(&r.text));
    }
    for check in e.blockers.iter().filter(|c| c.status == Status::Holds) {
        driver(&mut out, &r.blocker, &check.label, &check.evidence);
    }
    out.push('\n');

    // Options
    let _ = writeln!(out, "## {}\n", say(&r.options));
    for verdict in Verdict::ALL {
        let Some(t) = cat.verdicts.iter().find(|t| t.verdict == verdict) else { continue };
        let Some(fit) = v.fits.iter().find(|f| f.verdict == verdict) else { continue };
        let fit = Some(fit);
        let chosen =
            if verdict == v.verdict { format!(" — {}", say(&r.chosen)) } else { String::new() };
        if verdict.about_estate() {
            let share = fit.map(|f| f.fit.round() as u32).unwrap_or(0);
            let mut what = if fit.is_some_and(|f| f.eligible) {
                if verdict == Verdict::KeepServices {
                    r.all_kept.render(&[])
                } else {
                    r.merge_share.render(&[("share", &share.to_string())])
                }
            } else {
                r.does_not_apply.render(&[])
            };
            if let Some(f) = fit.filter(|f| !f.eligible) {
                let _ = write!(what, " ({})", f.ruled_out_by);
            }
            let _ = writeln!(
                out,
                "### {}{}\n\n{}\n",
                text(&t.label),
                chosen,
                text(&r.own_rule.render(&[("what", &what)]))
            );
            pros_and_cons(&mut out, t, cat);
            continue;
        }
        let mut fit_text = r.fit.render(&[(
            "fit",
            &fit.map(|f| format!("{:.0}/100", f.fit)).unwrap_or_else(|| "–".into()),
        )]);
        if let Some(f) = fit.filter(|f| !f.eligible) {
            let _ = write!(fit_text, " ({})", r.ruled_out.render(&[("rule", &f.ruled_out_by)]));
        }
        let _ = writeln!(out, "### {}{}\n\n{}.\n", text(&t.label), chosen, text(&fit_text));
        pros_and_cons(&mut out, t, cat);
    }

    // Decision
    let _ = writeln!(out, "## {}\n", say(&r.decision));
    let _ = writeln!(out, "**{}.** {}\n", text(&v.label), text(&v.summary));
    let level = match v.confidence.level {
        ConfidenceLevel::High => &cat.texts.confidence.high,
        ConfidenceLevel::Medium => &cat.texts.confidence.medium,
        ConfidenceLevel::Low => &cat.texts.confidence.low,
    }
    .render(&[]);
    let level = crate::engine::words::capitalise(&level);
    let _ = writeln!(
        out,
        "{}\n",
        text(&r.confidence.render(&[
            ("lead", &v.lead),
            ("level", &level),
            ("score", &format!("{:.0}", v.confidence.score * 100.0)),
        ]))
    );
    for reason in &v.reasons {
        let _ =
            writeln!(out, "- {} *({})*", text(&reason.text), text(e.source_title(reason.source)));
    }
    for caveat in &v.caveats {
        let _ = writeln!(out, "- {}: {}", say(&r.caveat), text(caveat));
    }
    out.push('\n');

    // Consequences
    let _ = writeln!(out, "## {}\n", say(&r.consequences));
    let s = &e.services;
    let estimated = if s.estimated { r.estimated.render(&[]) } else { String::new() };
    let n = |x: u32| x.to_string();
    let counts = match s.kind {
        CountKind::Stay => {
            if s.ceiling == 0 && !s.estimated {
                r.counts_stay_stuck.render(&[("estimated", &estimated)])
            } else if s.ceiling <= 1 {
                // No "up to 1": one service beside the system is the most there is room for.
                r.counts_stay_one.render(&[("estimated", &estimated)])
            } else {
                r.counts_stay.render(&[("ceiling", &n(s.ceiling)), ("estimated", &estimated)])
            }
        }
        CountKind::Consolidate => r.counts_estate.render(&[
            ("today", &n(s.today.unwrap_or(s.target))),
            ("keep", &n(s.target)),
            ("estimated", &estimated),
        ]),
        CountKind::Extract => r.counts_extract.render(&[
            ("first_wave", &n(s.first_wave)),
            ("target", &n(s.target)),
            ("ceiling", &n(s.ceiling)),
            ("estimated", &estimated),
        ]),
    };
    // The counts' template carries its own bold markup; only the words are escaped.
    let _ = writeln!(out, "{} {}\n", text_keeping_bold(&counts), text(&s.note));
    if !s.bounds.is_empty() {
        header(&mut out, &[&say(&r.bound), &say(&r.limit), &say(&r.why)]);
        for b in &s.bounds {
            row(&mut out, &[cell(&b.what), b.limit.to_string(), cell(&b.explanation)]);
        }
        out.push('\n');
    }
    if !s.candidates.is_empty() {
        let merging = s.kind == CountKind::Consolidate;
        let heading = if merging { &r.merge_list } else { &r.candidates };
        let _ = writeln!(out, "{}:\n", say(heading));
        for c in &s.candidates {
            let when = if merging { &r.round } else { &r.wave };
            let _ = writeln!(
                out,
                "{}. **{}** ({}): {}",
                c.order,
                text(&c.label(&cat.texts)),
                text(&when.render(&[("n", &c.wave.to_string())])),
                text(&c.reasons.join(" "))
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}:\n", text(&r.costs.render(&[("basis", &e.costs.basis)])));
    header(&mut out, &[&say(&r.category), &cell(&e.costs.columns.0), &cell(&e.costs.columns.1)]);
    for r in &e.costs.rows {
        row(&mut out, &[cell(&r.category), cell(&r.monolith), cell(&r.distributed)]);
    }
    out.push('\n');

    // Matrices
    let _ = writeln!(out, "## {}\n", say(&r.matrix));
    header(
        &mut out,
        &[
            &say(&r.dimension),
            &say(&r.stay),
            &say(&r.split),
            &say(&r.our_position),
            &say(&r.our_answer),
        ],
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
    let _ = writeln!(out, "## {}\n", say(&r.checks));
    header(&mut out, &[&say(&r.kind), &say(&r.check), &say(&r.check_status), &say(&r.evidence)]);
    for (kind, checks) in [(&r.trigger, &e.triggers), (&r.blocker, &e.blockers)] {
        for c in checks.iter() {
            row(
                &mut out,
                &[cell(&kind.render(&[])), cell(&c.label), cell(&c.status_text), cell(&c.evidence)],
            );
        }
    }
    out.push('\n');

    // Plan
    let p = &e.plan;
    let _ = writeln!(out, "## {}\n", say(&r.plan));
    let _ = writeln!(
        out,
        "{}\n",
        text(&r.total.render(&[
            ("summary", &p.summary),
            ("months", &cat.texts.months(p.total_months.0, p.total_months.1)),
        ]))
    );
    for risk in &p.risks {
        let _ = writeln!(out, "- {}: {}", say(&r.risk), text(risk));
    }
    if !p.risks.is_empty() {
        out.push('\n');
    }
    header(&mut out, &[&say(&r.phase), &say(&r.duration), &say(&r.when), &say(&r.services)]);
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
        for (title, items) in
            [(&r.activities, &ph.activities), (&r.exit, &ph.exit_criteria), (&r.risks, &ph.risks)]
        {
            if !items.is_empty() {
                let _ = writeln!(out, "{}:\n", say(title));
                for i in items.iter() {
                    let _ = writeln!(out, "- {}", text(i));
                }
                out.push('\n');
            }
        }
    }

    // Pitfalls
    let _ = writeln!(out, "## {}\n", say(&r.pitfalls));
    if e.pitfalls.is_empty() {
        let _ = writeln!(out, "{}\n", say(&r.no_pitfalls));
    }
    for pit in &e.pitfalls {
        let _ = writeln!(out, "- **{}.** {}", text(&pit.title), text(&pit.detail));
    }
    if !e.pitfalls.is_empty() {
        out.push('\n');
    }

    // Revisit
    let _ = writeln!(out, "## {}\n", say(&r.revisit));
    for x in &p.revisit {
        let _ = writeln!(out, "- {}", text(&x.text));
    }
    if p.revisit.is_empty() {
        let _ = writeln!(out, "- {}", say(&r.revisit_default));
    }
    out.push('\n');

    // What would change it
    let _ = writeln!(out, "## {}\n", say(&r.flips));
    if e.sensitivity.is_empty() {
        let _ = writeln!(out, "- {}", say(&r.no_flip));
    }
    for f in &e.sensitivity {
        let _ = writeln!(
            out,
            "- {}",
            text(&r.flip.render(&[
                ("question", &f.factor),
                ("from", &f.from),
                ("to", &f.to),
                ("verdict", &cat.verdict_label(f.verdict)),
            ]))
        );
    }
    out.push('\n');

    // Stack advice, each piece with its source, as on the page.
    if !e.advice.is_empty() {
        let _ = writeln!(out, "## {}\n", say(&r.advice));
        for a in &e.advice {
            let _ = writeln!(out, "- {} *({})*", text(&a.text), text(e.source_title(a.source)));
        }
        out.push('\n');
    }

    // Sources
    let _ = writeln!(out, "## {}\n", say(&r.sources));
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
fn pros_and_cons(out: &mut String, t: &crate::engine::catalogue::VerdictText, cat: &Catalogue) {
    let r = &cat.texts.record;
    let (pro_label, con_label) = (text(&r.pro.render(&[])), text(&r.con.render(&[])));
    // A pro or con may quote the cost model's figures by name (`{hop_latency}`).
    for pro in &t.pros {
        let _ = writeln!(out, "- {pro_label}: {}", text(&cat.fill(pro, &[])));
    }
    for con in &t.cons {
        let _ = writeln!(out, "- {con_label}: {}", text(&cat.fill(con, &[])));
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
        // An ampersand stays readable unless it would start an entity.
        assert_eq!(text("Search & Ads"), "Search & Ads");
        assert_eq!(text("&copy; &#169; R&D;"), "&amp;copy; &amp;#169; R&amp;D;");
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

/// "How we decided": the section a workshop's consensus adds to the record. `members` are the
/// participants' nicknames (`None`: anonymous) and answers, in the order they handed in;
/// `agreed`, the record's answers, is their consensus (`engine::workshop::consensus`) over the
/// facilitator's domain map and plan start.
pub fn how_we_decided(
    members: &[(Option<String>, Answers)],
    overrides: &[crate::engine::workshop::Override],
    agreed: &Answers,
    cat: &Catalogue,
) -> String {
    use crate::compare::{pick_words, question_name};
    use crate::engine::workshop::{discussion, spread, Question};
    let (r, w) = (&cat.texts.record, &cat.texts.wizard);
    let say = |t: &Template| text(&t.render(&[]));
    let room: Vec<Answers> = members.iter().map(|(_, a)| a.clone()).collect();
    let n = u32::try_from(room.len()).unwrap_or(u32::MAX);
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", say(&r.how_heading));
    let participants = cat.texts.nouns.participant.count(n);
    let _ = writeln!(out, "{}\n", text(&r.how_lede.render(&[("participants", &participants)])));
    let _ = writeln!(out, "### {}\n", say(&r.how_participants));
    for (i, (nickname, answers)) in members.iter().enumerate() {
        let name = nickname
            .clone()
            .unwrap_or_else(|| w.room_anonymous.render(&[("n", &(i + 1).to_string())]));
        let verdict = cat.verdict_label(crate::engine::evaluate_with(answers, cat).verdict.verdict);
        let _ = writeln!(out, "- {}: {}", text(&name), text(&verdict));
    }
    out.push('\n');
    let _ = writeln!(out, "### {}\n", say(&r.how_spread));
    let split: Vec<_> = Question::all(cat)
        .into_iter()
        .map(|q| spread(q, &room, cat))
        .filter(|s| s.counts.len() > 1)
        .collect();
    if split.is_empty() {
        let _ = writeln!(out, "{}\n", say(&r.how_agreed));
    }
    for s in &split {
        let counts = crate::compare::spread_words(s, cat);
        let agree = w
            .room_agree_value
            .render(&[("agree", &s.agree.to_string()), ("answered", &s.answered.to_string())]);
        let _ = writeln!(
            out,
            "- **{}:** {} — {}: {} ({})",
            text(&question_name(s.question, cat)),
            text(&counts),
            say(&w.room_middle),
            text(&pick_words(s.question, s.middle, cat)),
            text(&agree)
        );
    }
    if !split.is_empty() {
        out.push('\n');
    }
    if !overrides.is_empty() {
        let _ = writeln!(out, "### {}\n", say(&r.how_overrides));
        for o in overrides {
            let middle = spread(o.question, &room, cat).middle;
            let line = r.how_override.render(&[
                ("question", &question_name(o.question, cat)),
                ("answer", &pick_words(o.question, o.pick, cat)),
                ("middle", &pick_words(o.question, middle, cat)),
                ("note", o.note.trim()),
            ]);
            let _ = writeln!(out, "- {}", text(line.trim_end()));
        }
        out.push('\n');
    }
    let discussed = discussion(agreed, &room, cat);
    let _ = writeln!(out, "### {}\n", say(&r.how_discussed));
    if discussed.is_empty() {
        let _ = writeln!(out, "{}\n", say(&w.room_discuss_none));
    }
    for d in &discussed {
        let outcomes = crate::compare::outcome_words(d, cat);
        let _ =
            writeln!(out, "- **{}:** {}", text(&question_name(d.question, cat)), text(&outcomes));
    }
    if !discussed.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod how_tests {
    use super::*;
    use crate::engine::examples;
    use crate::engine::workshop::{consensus, Pick, Question};

    #[test]
    fn a_workshop_record_names_the_room_its_spreads_and_what_changes_the_verdict() {
        let cat = Catalogue::standard();
        let ex = |id: &str| examples().into_iter().find(|e| e.id == id).expect("example").answers;
        let members = vec![
            (Some("Ana".to_string()), ex("ecommerce-payments")),
            (None, ex("blogging-platform")),
            (Some("Cy".to_string()), ex("sixty-engineer-platform")),
        ];
        let room: Vec<Answers> = members.iter().map(|(_, a)| a.clone()).collect();
        let note = crate::engine::workshop::Override {
            question: Question::Engineers,
            pick: Some(Pick::Count(40)),
            note: "Forty by spring.".into(),
        };
        let agreed = consensus(&Answers::default(), &room, &[note.clone()], &cat);
        let md = how_we_decided(&members, &[note], &agreed, &cat);
        assert!(md.contains("- Engineers: 40 instead of 12. Forty by spring."), "{md}");
        assert!(md.starts_with("## How we decided\n\n3 participants answered"), "{md}");
        assert!(md.contains("- Ana: "), "{md}");
        assert!(md.contains("- Anonymous participant 2: Monolith"), "{md}");
        // Engineers differ (12, 6 and 60): the middle one is 12, one of three agrees.
        assert!(
            md.contains("- **Engineers:** 6 (1); 12 (1); 60 (1) — Middle answer: 12 (1 of 3)"),
            "{md}"
        );
        assert!(md.contains("### Where the disagreement changes the verdict"), "{md}");
        // One room, one answer: nothing differs.
        let alone = how_we_decided(&members[..1], &[], &room[0], &cat);
        assert!(alone.contains("The room answered every question alike."), "{alone}");
    }

    #[test]
    fn a_record_for_a_team_too_small_for_services_offers_no_up_to_one() {
        let mut a = Answers::default();
        a.context.engineers = Some(3);
        a.context.teams = Some(1);
        let rubric = crate::rubric::Rubric::standard();
        let e = crate::engine::evaluate_with(&a, &rubric.catalogue);
        assert_eq!(e.services.ceiling, 1);
        let md = markdown(&a, &e, &rubric, "2026-12-02");
        assert!(!md.contains("up to **1**"), "{md}");
        assert!(md.contains("a single service beside it is the most the organisation could run"));
    }
}
