//! Two spreadsheets, for teams whose map lives in a sheet: the modules and the dependencies.
//!
//! **Modules** (`name,team,load,availability,cadence,resource,core`): columns found by their
//! header, in any order and any case; only `name` is required, other columns are ignored.
//! **Dependencies** (`from,to,kind,count`): `from` and `to` required. Each cell takes the
//! answer file's id of a value or the words people use for it (see [`availability`],
//! [`cadence`], [`resource`], [`kind`]; docs/import.md lists them); an empty cell leaves the
//! value unsaid.
//!
//! Read as RFC 4180 says (quoted cells with `""` for a quote and line breaks inside), with a
//! byte-order mark, CRLF or LF, and a `;` or tab between cells when the header uses it (as
//! spreadsheets set to a decimal comma write).

use super::{checked_text, Annotations, Builder, Format, Graph, ImportError};
use crate::engine::limits::MAX_NAME_CHARS;
use crate::engine::order;
use crate::engine::{AvailabilityTarget, Cadence, DepKind, ResourceProfile};
use crate::validate::{shorten, CountField, MODULE_LOAD};

/// Which of the two spreadsheets a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvFile {
    Modules,
    Dependencies,
}

impl CsvFile {
    /// "modules file", as in "Line 3 of the modules file".
    pub fn noun(self) -> &'static str {
        match self {
            CsvFile::Modules => "modules file",
            CsvFile::Dependencies => "dependencies file",
        }
    }
}

/// The number of imports one row of the dependencies file may stand for.
const COUNT: CountField = CountField { name: "the count", min: 1, max: 1_000_000 };

const MODULE_COLUMNS: [&str; 7] =
    ["name", "team", "load", "availability", "cadence", "resource", "core"];
const DEPENDENCY_COLUMNS: [&str; 4] = ["from", "to", "kind", "count"];

/// The two templates a page offers for download, `(modules, dependencies)`: a header and two
/// example rows each, with a byte-order mark and CRLF line ends so that spreadsheets open them
/// as UTF-8.
pub fn csv_templates() -> (String, String) {
    let modules = "\u{feff}name,team,load,availability,cadence,resource,core\r\n\
                   Orders,Checkout,3,99.95%,daily,balanced,yes\r\n\
                   Billing,Payments,1,99.9%,weekly,cpu-heavy,no\r\n";
    let dependencies = "\u{feff}from,to,kind,count\r\n\
                        Orders,Billing,sync,12\r\n\
                        Billing,Orders,async,1\r\n";
    (modules.to_string(), dependencies.to_string())
}

/// Reads the modules sheet, the dependencies sheet, or both (at least one). With both, every
/// module a dependency names must be in the modules sheet (compared without case).
pub fn parse_csv_pair(
    modules: Option<&str>,
    dependencies: Option<&str>,
) -> Result<Graph, ImportError> {
    let modules = modules.map(checked_text).transpose()?;
    let dependencies = dependencies.map(checked_text).transpose()?;
    if modules.is_none() && dependencies.is_none() {
        return Err(ImportError::Empty);
    }
    let mut b = Builder::default();
    // Module names by their lower case, sorted, with the spelling the sheets use first.
    let mut known: Vec<(String, String)> = Vec::new();
    if let Some(text) = modules {
        read_modules(text, &mut b, &mut known)?;
    }
    if let Some(text) = dependencies {
        read_dependencies(text, &mut b, &mut known, modules.is_some())?;
    }
    b.finish(Format::Csv, |id, _| id.to_string())
}

/// True unless the first row names a `from` or `to` column (and no `name`): a sheet that is
/// neither is read, and refused, as a modules sheet.
pub(super) fn looks_like_modules(text: &str) -> bool {
    let Ok(rows) = records(text, CsvFile::Modules, 1) else { return true };
    let has = |name: &str| {
        rows.first().is_some_and(|r| r.fields.iter().any(|f| f.trim().eq_ignore_ascii_case(name)))
    };
    has("name") || !(has("from") || has("to"))
}

fn problem(file: CsvFile, line: usize, problem: impl Into<String>) -> ImportError {
    ImportError::Csv { file, line, problem: problem.into() }
}

/// A module name as the map writes it: spaces collapsed, at most 60 characters.
fn clean_name(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The positions of the named columns in the header, refusing a header without a required
/// one or with one twice.
fn columns<const N: usize>(
    header: &Row,
    names: [&str; N],
    required: &[&str],
    file: CsvFile,
) -> Result<[Option<usize>; N], ImportError> {
    let mut at = [None; N];
    for (i, cell) in header.fields.iter().enumerate() {
        let cell = cell.trim().to_ascii_lowercase();
        if let Some(k) = names.iter().position(|n| *n == cell) {
            if at[k].is_some() {
                return Err(problem(
                    file,
                    header.line,
                    format!("the header names the \"{}\" column twice", names[k]),
                ));
            }
            at[k] = Some(i);
        }
    }
    for r in required {
        let k = names.iter().position(|n| n == r).unwrap_or(0);
        if at[k].is_none() {
            return Err(problem(
                file,
                header.line,
                format!(
                    "the header has no \"{r}\" column; the first line names the columns, as in {}",
                    names.join(",")
                ),
            ));
        }
    }
    Ok(at)
}

fn cell(row: &Row, at: Option<usize>) -> &str {
    at.and_then(|i| row.fields.get(i)).map_or("", |c| c.trim())
}

fn read_modules(
    text: &str,
    b: &mut Builder,
    known: &mut Vec<(String, String)>,
) -> Result<(), ImportError> {
    let file = CsvFile::Modules;
    let rows = records(text, file, usize::MAX)?;
    let Some((header, rows)) = rows.split_first() else { return Err(ImportError::Empty) };
    let [name, team, load, availability_at, cadence_at, resource_at, core] =
        columns(header, MODULE_COLUMNS, &["name"], file)?;
    check_widths(header, rows, file)?;
    let mut seen: Vec<(String, usize, String)> = Vec::new();
    for row in rows {
        let line = row.line;
        let n = clean_name(cell(row, name));
        if n.is_empty() {
            return Err(problem(file, line, "the name is empty: every module needs one"));
        }
        if n.chars().count() > MAX_NAME_CHARS {
            return Err(problem(
                file,
                line,
                format!(
                    "the name \"{}\" has {} characters; a module's name has at most {MAX_NAME_CHARS}",
                    shorten(&n),
                    n.chars().count()
                ),
            ));
        }
        let t = clean_name(cell(row, team));
        if t.chars().count() > MAX_NAME_CHARS {
            return Err(problem(
                file,
                line,
                format!(
                    "the team has {} characters; a team's name has at most {MAX_NAME_CHARS}",
                    t.chars().count()
                ),
            ));
        }
        let load_text = cell(row, load);
        let load_value = MODULE_LOAD.parse(load_text).map_err(|_| {
            problem(
                file,
                line,
                format!(
                    "the load must be {}; the file has \"{}\"",
                    MODULE_LOAD.range(),
                    shorten(load_text)
                ),
            )
        })?;
        let annotations = Annotations {
            team: Some(t).filter(|t| !t.is_empty()),
            load: load_value,
            availability: value(
                cell(row, availability_at),
                availability,
                "availability",
                AVAILABILITY_WORDS,
            )
            .map_err(|p| problem(file, line, p))?,
            cadence: value(cell(row, cadence_at), cadence, "cadence", CADENCE_WORDS)
                .map_err(|p| problem(file, line, p))?,
            resource: value(cell(row, resource_at), resource, "resource", RESOURCE_WORDS)
                .map_err(|p| problem(file, line, p))?,
            core: value(cell(row, core), yes_no, "core", CORE_WORDS)
                .map_err(|p| problem(file, line, p))?,
        };
        seen.push((n.to_lowercase(), line, n.clone()));
        let m = b.mention(&n);
        if !annotations.is_empty() {
            b.annotations.push((m, annotations));
        }
        known.push((n.to_lowercase(), n));
    }
    order::sort_by(&mut seen, |a, b| a.cmp(b));
    if let Some(pair) = seen.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(problem(
            file,
            pair[1].1,
            format!(
                "the module \"{}\" is already on line {}: each module has one row",
                shorten(&pair[1].2),
                pair[0].1
            ),
        ));
    }
    order::sort_by(known, |a, b| a.0.cmp(&b.0));
    Ok(())
}

fn read_dependencies(
    text: &str,
    b: &mut Builder,
    known: &mut Vec<(String, String)>,
    closed: bool,
) -> Result<(), ImportError> {
    let file = CsvFile::Dependencies;
    let rows = records(text, file, usize::MAX)?;
    let Some((header, rows)) = rows.split_first() else { return Err(ImportError::Empty) };
    let [from, to, kind_at, count] = columns(header, DEPENDENCY_COLUMNS, &["from", "to"], file)?;
    check_widths(header, rows, file)?;
    if !closed {
        // Without a modules sheet, the names are the ones the rows use, the first spelling of
        // each kept.
        let mut all: Vec<(String, String)> = Vec::new();
        for row in rows {
            for at in [from, to] {
                let n = clean_name(cell(row, at));
                if !n.is_empty() {
                    all.push((n.to_lowercase(), n));
                }
            }
        }
        order::sort_by(&mut all, |a, b| a.0.cmp(&b.0));
        all.dedup_by(|a, b| a.0 == b.0);
        *known = all;
    }
    for row in rows {
        let line = row.line;
        let mut ends = [0usize; 2];
        let mut names = [String::new(), String::new()];
        for (k, (at, column)) in [(from, "from"), (to, "to")].into_iter().enumerate() {
            let n = clean_name(cell(row, at));
            if n.is_empty() {
                return Err(problem(
                    file,
                    line,
                    format!("the \"{column}\" cell is empty: name the module"),
                ));
            }
            let lower = n.to_lowercase();
            let Ok(i) = known.binary_search_by(|(l, _)| l.as_str().cmp(&lower)) else {
                return Err(problem(
                    file,
                    line,
                    format!(
                        "\"{}\" is not in the modules file: add it there or correct the name",
                        shorten(&n)
                    ),
                ));
            };
            names[k] = known[i].1.clone();
            ends[k] = b.mention(&names[k]);
        }
        if names[0] == names[1] {
            return Err(problem(
                file,
                line,
                format!(
                    "\"{}\" depends on itself: a dependency links two different modules",
                    shorten(&names[0])
                ),
            ));
        }
        let k = value(cell(row, kind_at), kind, "kind", KIND_WORDS)
            .map_err(|p| problem(file, line, p))?
            .unwrap_or(DepKind::Sync);
        let count_text = cell(row, count);
        let n = COUNT.parse(count_text).map_err(|_| {
            problem(
                file,
                line,
                format!(
                    "the count must be {}; the file has \"{}\"",
                    COUNT.range(),
                    shorten(count_text)
                ),
            )
        })?;
        if !b.edge(ends[0], ends[1], n.unwrap_or(1), Some(k)) {
            return Err(ImportError::TooManyImports);
        }
    }
    Ok(())
}

/// Refuses a row with more filled cells than the header has columns: its values would be
/// read under no name.
fn check_widths(header: &Row, rows: &[Row], file: CsvFile) -> Result<(), ImportError> {
    let width = header.fields.len();
    for row in rows {
        if row.fields.iter().skip(width).any(|f| !f.trim().is_empty()) {
            return Err(problem(
                file,
                row.line,
                format!(
                    "this row has {} values but the header names {width} columns",
                    row.fields.iter().rposition(|f| !f.trim().is_empty()).map_or(0, |p| p + 1)
                ),
            ));
        }
    }
    Ok(())
}

/// One cell's value: `None` when empty, the problem's words when no value fits.
fn value<T>(
    text: &str,
    read: fn(&str) -> Option<T>,
    column: &str,
    words: &str,
) -> Result<Option<T>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    read(&words_of(text)).map(Some).ok_or_else(|| {
        format!("the {column} \"{}\" is not one Seams knows: write {words}", shorten(text))
    })
}

/// The letters, digits, dots and percent signs of a cell, in lower case: "CPU-heavy",
/// "cpu heavy" and "CpuHeavy" all read `cpuheavy`.
fn words_of(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || *c == '.' || *c == '%')
        .flat_map(char::to_lowercase)
        .collect()
}

const AVAILABILITY_WORDS: &str =
    "99%, 99.9%, 99.95% or 99.99% (or Tolerant, Standard, High, Critical), or leave it empty";
const CADENCE_WORDS: &str = "daily, weekly, monthly or quarterly, or leave it empty";
const RESOURCE_WORDS: &str = "balanced, CPU-heavy, memory-heavy or I/O-bound, or leave it empty";
const CORE_WORDS: &str = "yes or no, or leave it empty";
const KIND_WORDS: &str =
    "sync, async, shared tables (one module writes) or shared writes (both write), or leave it empty";

/// The availability target a cell names: the file ids, or the percentage with or without `%`.
pub(super) fn availability(w: &str) -> Option<AvailabilityTarget> {
    Some(match w.trim_end_matches('%') {
        "tolerant" | "99" => AvailabilityTarget::Tolerant,
        "standard" | "99.9" => AvailabilityTarget::Standard,
        "high" | "99.95" => AvailabilityTarget::High,
        "critical" | "99.99" => AvailabilityTarget::Critical,
        _ => return None,
    })
}

/// The cadence a cell names: the file ids (which are the words) or the period alone.
pub(super) fn cadence(w: &str) -> Option<Cadence> {
    Some(match w {
        "daily" | "day" | "everyday" => Cadence::Daily,
        "weekly" | "week" | "everyweek" => Cadence::Weekly,
        "monthly" | "month" | "everymonth" => Cadence::Monthly,
        "quarterly" | "quarter" | "everyquarter" => Cadence::Quarterly,
        _ => return None,
    })
}

/// The resource profile a cell names: the file ids or the page's words.
pub(super) fn resource(w: &str) -> Option<ResourceProfile> {
    Some(match w {
        "balanced" => ResourceProfile::Balanced,
        "cpuheavy" | "cpu" | "cpubound" => ResourceProfile::CpuHeavy,
        "memoryheavy" | "memory" | "memorybound" => ResourceProfile::MemoryHeavy,
        "iobound" | "io" | "ioheavy" => ResourceProfile::IoBound,
        _ => return None,
    })
}

fn yes_no(w: &str) -> Option<bool> {
    match w {
        "yes" | "y" | "true" | "1" | "x" | "core" => Some(true),
        "no" | "n" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// The dependency kind a cell names: the file ids (`Sync`, `Async`, `SharedTables`) or the
/// page's words.
pub(super) fn kind(w: &str) -> Option<DepKind> {
    Some(match w {
        "sync" | "synchronous" | "call" => DepKind::Sync,
        "async" | "asynchronous" | "event" | "events" | "message" | "messages" | "queue" => {
            DepKind::Async
        }
        "sharedtables"
        | "sharedtable"
        | "tables"
        | "sharedtablesonewriter"
        | "sharedtablesonemodulewrites" => DepKind::SharedTables { shared_writes: false },
        "sharedwrites"
        | "sharedtablessharedwrites"
        | "sharedtableswrites"
        | "sharedtablesbothwrite"
        | "sharedwritesbothwrite" => DepKind::SharedTables { shared_writes: true },
        _ => return None,
    })
}

/// One record of a sheet, with the line it starts on.
#[derive(Debug)]
struct Row {
    line: usize,
    fields: Vec<String>,
}

/// The sheet's records (at most `limit`), skipping rows with no value at all.
fn records(text: &str, file: CsvFile, limit: usize) -> Result<Vec<Row>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = delimiter(text);
    let mut rows = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    let mut at_start = true;
    let end_row = |rows: &mut Vec<Row>, fields: &mut Vec<String>, row_line: usize| {
        if fields.iter().any(|f| !f.trim().is_empty()) {
            rows.push(Row { line: row_line, fields: std::mem::take(fields) });
        } else {
            fields.clear();
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if at_start => {
                let opened = line;
                loop {
                    match chars.next() {
                        None => return Err(problem(
                            file,
                            opened,
                            "a quoted value opened on this line never closes: add the closing '\"'",
                        )),
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(ch) => {
                            if ch == '\n' {
                                line += 1;
                            }
                            field.push(ch);
                        }
                    }
                }
                at_start = false;
            }
            c if c == delimiter => {
                fields.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                fields.push(std::mem::take(&mut field));
                end_row(&mut rows, &mut fields, row_line);
                if rows.len() >= limit {
                    return Ok(rows);
                }
                line += 1;
                row_line = line;
                at_start = true;
            }
            c => {
                field.push(c);
                if !c.is_whitespace() {
                    at_start = false;
                }
            }
        }
    }
    fields.push(field);
    end_row(&mut rows, &mut fields, row_line);
    Ok(rows)
}

/// The cell separator the first line uses most: `,`, `;` or a tab.
fn delimiter(text: &str) -> char {
    let first = text.lines().next().unwrap_or("");
    let count = |d: char| first.chars().filter(|c| *c == d).count();
    let mut best = ',';
    for d in [';', '\t'] {
        if count(d) > count(best) {
            best = d;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(modules: Option<&str>, deps: Option<&str>) -> String {
        parse_csv_pair(modules, deps).map(|_| "read".to_string()).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn quoting_follows_rfc_4180() {
        let rows = records(
            "a,\"b,\"\"c\"\"\",d\r\n\"multi\nline\",x\n\n,,\nlast",
            CsvFile::Modules,
            usize::MAX,
        )
        .unwrap();
        let got: Vec<(usize, Vec<&str>)> =
            rows.iter().map(|r| (r.line, r.fields.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            got,
            [(1, vec!["a", "b,\"c\"", "d"]), (2, vec!["multi\nline", "x"]), (6, vec!["last"])]
        );
        assert_eq!(
            records("a;b;c\n1;2;3", CsvFile::Modules, 9).unwrap()[1].fields,
            ["1", "2", "3"]
        );
    }

    #[test]
    fn values_are_read_by_id_and_by_word() {
        for (w, want) in [
            ("99%", AvailabilityTarget::Tolerant),
            ("Standard", AvailabilityTarget::Standard),
            ("99.95", AvailabilityTarget::High),
            ("99.99 %", AvailabilityTarget::Critical),
        ] {
            assert_eq!(availability(&words_of(w)), Some(want), "{w}");
        }
        assert_eq!(resource(&words_of("I/O-bound")), Some(ResourceProfile::IoBound));
        assert_eq!(resource(&words_of("CpuHeavy")), Some(ResourceProfile::CpuHeavy));
        assert_eq!(resource(&words_of("memory heavy")), Some(ResourceProfile::MemoryHeavy));
        assert_eq!(cadence(&words_of("Quarterly")), Some(Cadence::Quarterly));
        assert_eq!(
            kind(&words_of("Shared tables")),
            Some(DepKind::SharedTables { shared_writes: false })
        );
        assert_eq!(
            kind(&words_of("shared_writes")),
            Some(DepKind::SharedTables { shared_writes: true })
        );
        assert_eq!(
            kind(&words_of("SharedTables")),
            Some(DepKind::SharedTables { shared_writes: false })
        );
        assert_eq!(kind(&words_of("Async")), Some(DepKind::Async));
    }

    #[test]
    fn broken_sheets_are_refused_with_the_line() {
        assert_eq!(
            refusal(Some("module,team\nBilling,Pay"), None),
            "Line 1 of the modules file: the header has no \"name\" column; the first line names the columns, as in name,team,load,availability,cadence,resource,core."
        );
        assert_eq!(
            refusal(Some("name,availability\nBilling,99.9%\nOrders,five nines"), None),
            "Line 3 of the modules file: the availability \"five nines\" is not one Seams knows: write 99%, 99.9%, 99.95% or 99.99% (or Tolerant, Standard, High, Critical), or leave it empty."
        );
        assert_eq!(
            refusal(Some("name\nBilling\n\"Orders\n"), None),
            "Line 3 of the modules file: a quoted value opened on this line never closes: add the closing '\"'."
        );
        assert_eq!(
            refusal(Some("name\nBilling\nbilling"), None),
            "Line 3 of the modules file: the module \"billing\" is already on line 2: each module has one row."
        );
        assert_eq!(
            refusal(Some("name,load\nBilling,0"), None),
            "Line 2 of the modules file: the load must be a whole number from 1 to 1,000,000; the file has \"0\"."
        );
        assert_eq!(
            refusal(Some("name\nBilling\nOrders"), Some("from,to\nBilling,Search")),
            "Line 2 of the dependencies file: \"Search\" is not in the modules file: add it there or correct the name."
        );
        assert_eq!(
            refusal(None, Some("from,to,kind\nA,B,carrier pigeon")),
            "Line 2 of the dependencies file: the kind \"carrier pigeon\" is not one Seams knows: write sync, async, shared tables (one module writes) or shared writes (both write), or leave it empty."
        );
        assert_eq!(
            refusal(None, Some("from,to\nA,a")),
            "Line 2 of the dependencies file: \"A\" depends on itself: a dependency links two different modules."
        );
        assert_eq!(
            refusal(None, Some("from,to\nA,B,C")),
            "Line 2 of the dependencies file: this row has 3 values but the header names 2 columns."
        );
        assert_eq!(refusal(None, None), "The file is empty: it holds no modules.");
    }
}
