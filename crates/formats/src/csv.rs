//! The result tables as CSV, for spreadsheets. Fields are quoted when they must be, and a field
//! that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) is prefixed with an apostrophe,
//! so a module named `=HYPERLINK(…)` stays text.
//!
//! Every table names the rubric it was computed with (`rubric`, as [`Rubric::label`] writes it):
//! the row tables in a last column, "Rubric", on every row, so a row keeps its provenance when
//! it is sorted, filtered or pasted among others; the dependency matrix, whose columns are
//! modules, in a last row of its own ("Rubric: …").
//!
//! [`Rubric::label`]: crate::rubric::Rubric::label

use crate::engine::{CellKind, Evaluation};

/// One CSV field.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The byte-order mark that tells Excel the file is UTF-8, so accents and dashes survive.
pub const BOM: char = '\u{feff}';

/// The header line, after the byte-order mark: every table starts with it.
fn head(fields: &[&str]) -> String {
    let mut out = String::from(BOM);
    out.push_str(&line(fields));
    out
}

fn line(fields: &[&str]) -> String {
    let mut out = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// The decision matrix, one row per dimension.
pub fn matrix(e: &Evaluation, rubric: &str) -> String {
    let mut out = head(&[
        "Dimension",
        "Stay monolith",
        "Break to microservices",
        "Your position",
        "Your answer",
        "Source",
        "Rubric",
    ]);
    for m in &e.matrix {
        out += &line(&[
            &m.dimension,
            &m.stay,
            &m.split,
            &m.position_text,
            &m.answer,
            e.source_title(m.source),
            rubric,
        ]);
    }
    out
}

/// The split triggers and the reasons not to break.
pub fn checks(e: &Evaluation, rubric: &str) -> String {
    let mut out = head(&["Kind", "Check", "Status", "Evidence", "Source", "Rubric"]);
    for (kind, list) in [("Split trigger", &e.triggers), ("Reason not to break", &e.blockers)] {
        for c in list.iter() {
            let source = e.source_title(c.source);
            out += &line(&[kind, &c.label, &c.status_text, &c.evidence, source, rubric]);
        }
    }
    out
}

/// The cost of going distributed.
pub fn costs(e: &Evaluation, rubric: &str) -> String {
    let mut out = head(&["Category", &e.costs.columns.0, &e.costs.columns.1, "Rubric"]);
    for r in &e.costs.rows {
        out += &line(&[&r.category, &r.monolith, &r.distributed, rubric]);
    }
    out
}

/// The dependency structure matrix, in its cluster order; `None` without a domain map.
pub fn dsm(e: &Evaluation, rubric: &str) -> Option<String> {
    let d = e.domain.as_ref()?;
    let n = d.labels.len();
    let mut grid = vec![vec![""; n]; n];
    for c in &d.cells {
        if let Some(slot) = grid.get_mut(c.row).and_then(|r| r.get_mut(c.col)) {
            *slot = match c.kind {
                CellKind::Sync => "S",
                CellKind::Async => "A",
                CellKind::SharedRead => "R",
                CellKind::SharedWrite => "W",
            };
        }
    }
    let mut head = vec!["Module (row depends on column)"];
    head.extend(d.labels.iter().map(String::as_str));
    let mut out = self::head(&head);
    for (label, cells) in d.labels.iter().zip(&grid) {
        let mut fields = vec![label.as_str()];
        fields.extend(cells.iter().copied());
        out += &line(&fields);
    }
    let note = format!("Rubric: {rubric}");
    let mut last = vec![""; n + 1];
    last[0] = &note;
    out += &line(&last);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{evaluate, examples};

    #[test]
    fn fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-5"), "'-5");
    }

    #[test]
    fn tables_have_a_row_per_item_and_the_dsm_is_square() {
        let e = evaluate(
            &examples().into_iter().find(|x| x.id == "large-marketplace").unwrap().answers,
        );
        let r = &crate::rubric::Rubric::standard().label();
        let (matrix, checks, costs) = (matrix(&e, r), checks(&e, r), costs(&e, r));
        assert_eq!(matrix.lines().count(), e.matrix.len() + 1);
        assert_eq!(checks.lines().count(), e.triggers.len() + e.blockers.len() + 1);
        assert_eq!(costs.lines().count(), e.costs.rows.len() + 1);
        let dsm = dsm(&e, r).expect("a map");
        let n = e.domain.as_ref().unwrap().labels.len();
        assert_eq!(dsm.lines().count(), n + 2, "a row per module, and the rubric's");
        assert!(dsm.lines().last().is_some_and(|l| l.starts_with("Rubric: Seams standard rubric")));
        assert!(dsm.lines().all(|l| l.split(',').count() == n + 1));
        let mvp =
            evaluate(&examples().into_iter().find(|x| x.id == "five-person-mvp").unwrap().answers);
        assert_eq!(super::dsm(&mvp, r), None);
        // Every table opens in Excel as UTF-8, and names the rubric.
        for table in [matrix, checks, costs, dsm.clone()] {
            assert!(table.starts_with('\u{feff}'), "a byte-order mark first");
            assert!(table.contains("Rubric"), "{table}");
        }
    }

    #[test]
    fn every_row_of_a_row_table_ends_with_the_rubric() {
        let e = evaluate(&examples().remove(0).answers);
        let label = "Acme architecture rubric 2.1.0 (0123456789ab)";
        for table in [matrix(&e, label), checks(&e, label), costs(&e, label)] {
            let mut lines = table.lines();
            assert!(lines.next().is_some_and(|h| h.ends_with(",Rubric")));
            assert!(lines.all(|l| l.ends_with(&format!(",{label}"))), "{table}");
        }
    }
}
