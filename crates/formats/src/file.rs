//! The answer file: the answers as versioned JSON, for keeping, mailing and importing.
//!
//! ```json
//! { "format": "seams-answers", "version": 1, "saved": "2026-11-22T10:00:00Z", "answers": { … } }
//! ```
//!
//! docs/file-format.md describes every field. Reading checks the size before parsing, refuses a
//! file from a newer version, names the field of any wrong value in the page's own words (never
//! serde's), and then checks the answers as a whole ([`check_answers`]): an import applies whole
//! or not at all.

use std::fmt;

use serde::{Deserialize, Serialize};

use serde::de::IgnoredAny;

use crate::engine::{Answers, Catalogue};
use crate::rubric::RubricRef;
use crate::validate::{
    check_answers, shorten, thousands, year_range, CountField, Origin, ENGINEERS, IMPORTS,
    MODULE_LOAD, OPS_HEADCOUNT, PLAN_MONTH, SERVICES_TODAY, TEAMS,
};

/// The `format` every answer file carries.
pub const FORMAT: &str = "seams-answers";
/// The version this build writes and the newest it reads.
pub const VERSION: u64 = 1;
/// The largest file read; anything larger is refused before it is read.
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;

/// Why a file could not be imported. Every message is in the page's own words and names the
/// field it is about by its path in the file, as docs/file-format.md spells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: u64 },
    /// Nothing in it but spaces.
    Empty,
    /// Not JSON, or JSON cut short; `problem` says where.
    NotJson { problem: String },
    /// JSON, but not a Seams answer file.
    NotAnAnswerFile,
    /// Written by a newer version of Seams.
    NewerVersion { version: u64 },
    /// A field holds the wrong kind of value, or a required field is missing. `path` is the
    /// field's path in the file (empty for the file as a whole); `problem` continues the
    /// sentence: "must be a whole number; the file has the text \"many\"".
    Field { path: String, problem: String },
    /// Well-formed, but the answers break the rules of the wizard (see
    /// [`check_answers`]), one sentence each.
    Invalid { problems: Vec<String> },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(
                f,
                "The file is too large to be a Seams answer file ({} KB; at most {} KB).",
                bytes.div_ceil(1024),
                MAX_BYTES / 1024
            ),
            FileError::Empty => write!(f, "The file is empty: it holds no answers."),
            FileError::NotJson { problem } => {
                write!(f, "The file is not a readable answer file: {problem}.")
            }
            FileError::NotAnAnswerFile => write!(
                f,
                "The file is JSON, but not a Seams answer file (it has no \"format\": \"{FORMAT}\")."
            ),
            FileError::NewerVersion { version } => write!(
                f,
                "The file was saved by a newer version of Seams (version {version}); this page reads up to version {VERSION}."
            ),
            FileError::Field { path, problem } => {
                let subject = if path.is_empty() { "it" } else { path };
                write!(f, "The file cannot be read: {subject} {problem}.")
            }
            FileError::Invalid { problems } => {
                write!(f, "The file's answers cannot be used: {}.", problems.join(". "))
            }
        }
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rubric: Option<&'a RubricRef>,
    answers: &'a Answers,
}

#[derive(Deserialize)]
struct Format {
    format: Option<String>,
}

#[derive(Deserialize)]
struct Version {
    version: Option<u64>,
}

#[derive(Deserialize)]
struct FileIn {
    #[serde(default)]
    rubric: Option<RubricRef>,
    answers: Answers,
}

/// An answer file as read: its answers, and the rubric it names, if it names one (files
/// written before rubrics existed do not).
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub answers: Answers,
    pub rubric: Option<RubricRef>,
}

/// The answers as an answer file. `saved` is an ISO 8601 time, when the caller knows it.
pub fn to_json(answers: &Answers, saved: Option<&str>) -> String {
    to_json_with(answers, saved, None)
}

/// The answers as an answer file that names the rubric they were made with.
pub fn to_json_with(answers: &Answers, saved: Option<&str>, rubric: Option<&RubricRef>) -> String {
    let file = FileOut { format: FORMAT, version: VERSION, saved, rubric, answers };
    // Serialising plain data into a string cannot fail.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// What the browser keeps between visits: an answer file with two more fields, the revision
/// (raised by every save, so a tab can tell newer answers from older ones) and the page the
/// user was on. Readers of answer files ignore both.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub answers: Answers,
    pub revision: u64,
    pub step: Option<String>,
}

#[derive(Serialize)]
struct SavedOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved: Option<&'a str>,
    revision: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<&'a str>,
    answers: &'a Answers,
}

#[derive(Deserialize, Default)]
struct SavedMeta {
    revision: Option<u64>,
    step: Option<String>,
}

/// The autosave text for these answers.
pub fn to_saved_json(
    answers: &Answers,
    revision: u64,
    step: Option<&str>,
    saved: Option<&str>,
) -> String {
    let out = SavedOut { format: FORMAT, version: VERSION, saved, revision, step, answers };
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads the autosave text, with the same checks as an imported file.
pub fn from_saved_json(text: &str, cat: &Catalogue) -> Result<Saved, FileError> {
    let answers = from_json(text, cat)?;
    let meta: SavedMeta = serde_json::from_str(text).unwrap_or_default();
    Ok(Saved { answers, revision: meta.revision.unwrap_or(0), step: meta.step })
}

/// The revision of an autosave text, without checking the answers (0 when unreadable).
pub fn saved_revision(text: &str) -> u64 {
    serde_json::from_str::<SavedMeta>(text).ok().and_then(|m| m.revision).unwrap_or(0)
}

/// Checks a file's size before reading it.
pub fn check_size(bytes: u64) -> Result<(), FileError> {
    if bytes > MAX_BYTES {
        return Err(FileError::TooLarge { bytes });
    }
    Ok(())
}

/// Reads an answer file and checks its answers.
pub fn from_json(text: &str, cat: &Catalogue) -> Result<Answers, FileError> {
    read(text, cat).map(|opened| opened.answers)
}

/// Reads an answer file, checks its answers, and says which rubric it names.
pub fn read(text: &str, cat: &Catalogue) -> Result<Opened, FileError> {
    check_size(text.len() as u64)?;
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    if let Err(e) = serde_json::from_str::<IgnoredAny>(text) {
        return Err(FileError::NotJson { problem: syntax_problem(&e) });
    }
    if !text.trim_start().starts_with('{') {
        return Err(FileError::NotAnAnswerFile);
    }
    let format = serde_json::from_str::<Format>(text).map_err(|_| FileError::NotAnAnswerFile)?;
    if format.format.as_deref() != Some(FORMAT) {
        return Err(FileError::NotAnAnswerFile);
    }
    let version_rule = "must be a whole number, 1 or more";
    let version = match serde_json::from_str::<Version>(text) {
        Ok(Version { version: Some(v) }) => v,
        Ok(Version { version: None }) => {
            return Err(FileError::Field {
                path: String::new(),
                problem: "has no \"version\", which every answer file has, as in \"version\": 1"
                    .to_string(),
            })
        }
        Err(e) => {
            let spot = spot_at(text, byte_offset(text, e.line(), e.column()));
            let found = spot.values.last().map_or(Token::Nothing, |at| token_at(text, *at));
            return Err(FileError::Field {
                path: "version".to_string(),
                problem: format!("{version_rule}; the file has {}", found.describe(false)),
            });
        }
    };
    if version > VERSION {
        return Err(FileError::NewerVersion { version });
    }
    if version == 0 {
        return Err(FileError::Field {
            path: "version".to_string(),
            problem: format!("{version_rule}; the file has 0"),
        });
    }
    let file: FileIn = serde_json::from_str(text).map_err(|e| field_error(text, &e, cat))?;
    let problems = check_answers(&file.answers, cat, Origin::File);
    if !problems.is_empty() {
        return Err(FileError::Invalid { problems });
    }
    Ok(Opened { answers: file.answers, rubric: file.rubric })
}

/// The byte offset of serde_json's error position (a one-based line, a byte column).
pub(crate) fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize =
        text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column).min(text.len())
}

/// Where broken JSON breaks, in words.
pub(crate) fn syntax_problem(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    if e.classify() == Category::Eof {
        return format!("the file ends too early, at line {}, as if it was cut short", e.line());
    }
    format!("the JSON is broken at line {}, column {}", e.line(), e.column())
}

/// One step of a path in the file: a field's name or a position in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

/// Where serde_json stopped: the path of the value being read there, and where each value along
/// that path starts in the text (`values[i]` is the start of the value at `path[..=i]`; the
/// whole file starts at 0).
#[derive(Debug, Default)]
pub(crate) struct Spot {
    pub(crate) path: Vec<Seg>,
    pub(crate) values: Vec<usize>,
}

/// The path of the value being read at byte `end` of `text`, as `answers.domain.modules[0].name`.
///
/// serde_json reports where a wrong value ends (or, for a list or object, where it starts);
/// this walks the text up to there, keeping the key or index of each open object and list. (A
/// wrapping deserializer that tracks the path would compile a second copy of every
/// `Deserialize` impl into the wasm: about 60 KB.) A missing field is reported after its object
/// closes, so the path names that object.
pub(crate) fn spot_at(text: &str, end: usize) -> Spot {
    enum Open {
        Object { key: Option<String>, expect_key: bool, value: Option<usize> },
        Array { index: usize, value: usize },
    }
    let bytes = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < end.min(bytes.len()) {
        match bytes[i] {
            b'{' => open.push(Open::Object { key: None, expect_key: true, value: None }),
            b'[' => open.push(Open::Array { index: 0, value: i + 1 }),
            b'}' | b']' => {
                open.pop();
            }
            b':' => {
                if let Some(Open::Object { value, .. }) = open.last_mut() {
                    *value = Some(i + 1);
                }
            }
            b',' => match open.last_mut() {
                Some(Open::Array { index, value }) => {
                    *index += 1;
                    *value = i + 1;
                }
                Some(Open::Object { expect_key, value, .. }) => {
                    *expect_key = true;
                    *value = None;
                }
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Open::Object { key, expect_key: expect @ true, .. }) = open.last_mut() {
                    *key = text.get(start..i.min(bytes.len())).map(unescape);
                    *expect = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut spot = Spot::default();
    for frame in open {
        match frame {
            Open::Object { key: Some(key), value, .. } => {
                spot.path.push(Seg::Key(key));
                spot.values.push(value.unwrap_or(usize::MAX));
            }
            Open::Object { key: None, .. } => break,
            Open::Array { index, value } => {
                spot.path.push(Seg::Index(index));
                spot.values.push(value);
            }
        }
    }
    spot
}

/// The text of a JSON string's inside, with its escapes read.
fn unescape(raw: &str) -> String {
    serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string())
}

pub(crate) fn path_text(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// One JSON value of the file, as much of it as a message needs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Token {
    Text(String),
    Number(String),
    Bool(bool),
    Null,
    /// An object and its keys.
    Object(Vec<String>),
    List,
    Nothing,
}

impl Token {
    /// The value as a message shows it. Where text is what the field wants, a text value is
    /// shown as is ("Alpha"); elsewhere it is called text (the text "many").
    pub(crate) fn describe(&self, wants_text: bool) -> String {
        match self {
            Token::Text(s) if wants_text => format!("\"{}\"", shorten(s)),
            Token::Text(s) => format!("the text \"{}\"", shorten(s)),
            Token::Number(n) => shorten(n),
            Token::Bool(b) => b.to_string(),
            Token::Null => "null".to_string(),
            Token::Object(keys) if keys.is_empty() => "an empty object".to_string(),
            Token::Object(keys) => {
                let shown: Vec<String> =
                    keys.iter().take(3).map(|k| format!("\"{}\"", shorten(k))).collect();
                let more = if keys.len() > 3 { ", …" } else { "" };
                format!("an object with {}{more}", shown.join(", "))
            }
            Token::List => "a list".to_string(),
            Token::Nothing => "nothing".to_string(),
        }
    }
}

/// Reads the value that starts at byte `at` (after any spaces). The text is valid JSON here.
pub(crate) fn token_at(text: &str, at: usize) -> Token {
    let Some(rest) = text.get(at..) else { return Token::Nothing };
    let rest = rest.trim_start();
    let bytes = rest.as_bytes();
    match bytes.first() {
        None => Token::Nothing,
        Some(b'"') => Token::Text(string_at(rest).0),
        Some(b'[') => Token::List,
        Some(b'{') => Token::Object(keys_of(rest)),
        Some(b't') => Token::Bool(true),
        Some(b'f') => Token::Bool(false),
        Some(b'n') => Token::Null,
        Some(_) => {
            let end = rest
                .find(|c: char| c == ',' || c == '}' || c == ']' || c.is_whitespace())
                .unwrap_or(rest.len());
            Token::Number(rest[..end].to_string())
        }
    }
}

/// The string at the start of `text` (which starts with its quote), and the bytes it takes.
fn string_at(text: &str) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut i = 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    let end = i.min(bytes.len());
    (text.get(1..end).map(unescape).unwrap_or_default(), end + 1)
}

/// The keys of the object at the start of `text`.
fn keys_of(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let (mut keys, mut depth, mut expect_key, mut i) = (Vec::new(), 0usize, false, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => {
                depth += 1;
                expect_key = depth == 1;
            }
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            b',' if depth == 1 => expect_key = true,
            b'"' => {
                let (s, len) = string_at(&text[i..]);
                if depth == 1 && expect_key {
                    keys.push(s);
                    expect_key = false;
                }
                i += len;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    keys
}

/// What a field of the file must hold.
enum Expect {
    /// A whole number within the field's range.
    Count(CountField),
    /// A module's id: any whole number from 0 up.
    Id,
    /// The year a plan starts.
    Year,
    /// One of these names.
    OneOf(Vec<String>),
    /// Text (`or_null`: or null, meaning none).
    Text {
        or_null: &'static str,
    },
    Bool,
    /// An object with these required fields (`or_null`: or null, meaning none).
    Object {
        required: &'static [&'static str],
        or_null: bool,
    },
    List,
    /// A dependency's kind.
    DepKind,
    /// The key itself is not one this map takes: "a question this page asks", and the names
    /// it does take.
    Key {
        noun: &'static str,
        plural: &'static str,
        names: Vec<String>,
    },
}

/// The names serde gives the values of an enum (the names the file uses).
fn names<T: Serialize>(all: &[T]) -> Vec<String> {
    all.iter()
        .filter_map(|v| serde_json::to_string(v).ok())
        .map(|s| s.trim_matches('"').to_string())
        .collect()
}

/// What the field at `path` must hold, or `None` for a path the answers do not have.
fn expect(path: &[Seg], cat: &Catalogue) -> Option<Expect> {
    use crate::engine::{
        AvailabilityTarget, Cadence, Capability, CurrentArchitecture, FactorId, ProductStage,
        ResourceProfile, Stack, TrafficBand,
    };
    let keys: Vec<&str> = path
        .iter()
        .map(|s| match s {
            Seg::Key(k) => k.as_str(),
            Seg::Index(_) => "[]",
        })
        .collect();
    let object = Expect::Object { required: &[], or_null: false };
    Some(match keys.as_slice() {
        [] => Expect::Object { required: &["answers"], or_null: false },
        ["answers"] | ["answers", "context" | "factors" | "readiness" | "domain"] => object,
        ["rubric"] => Expect::Object { required: &["id", "version", "sha256"], or_null: true },
        ["rubric", "id" | "version" | "sha256"] => Expect::Text { or_null: "" },
        ["answers", "context", "engineers"] => Expect::Count(ENGINEERS),
        ["answers", "context", "teams"] => Expect::Count(TEAMS),
        ["answers", "context", "services_today"] => Expect::Count(SERVICES_TODAY),
        ["answers", "context", "stage"] => Expect::OneOf(names(&ProductStage::ALL)),
        ["answers", "context", "daily_requests"] => Expect::OneOf(names(&TrafficBand::ALL)),
        ["answers", "context", "architecture"] => Expect::OneOf(names(&CurrentArchitecture::ALL)),
        ["answers", "context", "stack"] => Expect::OneOf(names(&Stack::ALL)),
        ["answers", "factors", key] => {
            let factor = FactorId::ALL.into_iter().find(|f| names(&[*f])[0] == *key);
            match factor.and_then(|f| cat.factor(f)) {
                Some(def) => Expect::OneOf(def.options.iter().map(|o| o.id.clone()).collect()),
                None => Expect::Key {
                    noun: "a question this page asks",
                    plural: "the questions",
                    names: names(&FactorId::ALL),
                },
            }
        }
        ["answers", "readiness", "capabilities"] => object,
        ["answers", "readiness", "capabilities", key] => {
            if names(&Capability::ALL).iter().any(|n| n == key) {
                Expect::Bool
            } else {
                Expect::Key {
                    noun: "a capability this page lists",
                    plural: "the capabilities",
                    names: names(&Capability::ALL),
                }
            }
        }
        ["answers", "readiness", "ops_headcount"] => Expect::Count(OPS_HEADCOUNT),
        ["answers", "domain", "modules" | "dependencies"] => Expect::List,
        ["answers", "domain", "modules" | "dependencies", "[]"] => object,
        ["answers", "domain", "modules", "[]", field] => match *field {
            "id" => Expect::Id,
            "name" => Expect::Text { or_null: "" },
            "load" => Expect::Count(MODULE_LOAD),
            "availability" => Expect::OneOf(names(&AvailabilityTarget::ALL)),
            "cadence" => Expect::OneOf(names(&Cadence::ALL)),
            "team" => Expect::Text { or_null: ", or null for no owning team" },
            "resource" => Expect::OneOf(names(&ResourceProfile::ALL)),
            "core" | "runs_apart" => Expect::Bool,
            _ => return None,
        },
        ["answers", "domain", "dependencies", "[]", "from" | "to"] => Expect::Id,
        ["answers", "domain", "dependencies", "[]", "kind"] => Expect::DepKind,
        ["answers", "domain", "dependencies", "[]", "imports"] => Expect::Count(IMPORTS),
        ["answers", "domain", "dependencies", "[]", "kind", "SharedTables"] => {
            Expect::Object { required: &["shared_writes"], or_null: false }
        }
        ["answers", "domain", "dependencies", "[]", "kind", "SharedTables", "shared_writes"] => {
            Expect::Bool
        }
        ["answers", "plan_start"] => Expect::Object { required: &["year", "month"], or_null: true },
        ["answers", "plan_start", "year"] => Expect::Year,
        ["answers", "plan_start", "month"] => Expect::Count(PLAN_MONTH),
        _ => return None,
    })
}

/// What must be at a field, and what the file has there instead, for one of serde_json's
/// errors: the path comes from the error's position, the rule from [`expect`], the value from
/// the text. None of serde's own words reach the page.
fn field_error(text: &str, e: &serde_json::Error, cat: &Catalogue) -> FileError {
    let spot = spot_at(text, byte_offset(text, e.line(), e.column()));
    // The innermost field with a rule (a key the answers do not have, such as a dependency
    // kind's unknown variant, is reported on the field that holds it).
    for depth in (0..=spot.path.len()).rev() {
        let Some(rule) = expect(&spot.path[..depth], cat) else { continue };
        let at = if depth == 0 { 0 } else { spot.values[depth - 1] };
        let found = token_at(text, at);
        let problem = problem(&rule, &found).unwrap_or_else(|| {
            format!("holds a value this page cannot read; the file has {}", found.describe(false))
        });
        return FileError::Field { path: path_text(&spot.path[..depth]), problem };
    }
    FileError::NotAnAnswerFile
}

/// The rest of the sentence after a field's path; `None` when the value seems to fit the rule
/// (the rule and serde disagree: the caller says so in general words).
fn problem(rule: &Expect, found: &Token) -> Option<String> {
    let has = |wants_text: bool| format!("the file has {}", found.describe(wants_text));
    Some(match (rule, found) {
        (Expect::Count(field), Token::Number(_)) => format!("must be {}; {}", field.range(), has(false)),
        (Expect::Count(_), _) => format!("must be a whole number; {}", has(false)),
        (Expect::Id, Token::Number(_)) => format!(
            "must be a whole number from 0 to {}; {}",
            thousands(u32::MAX),
            has(false)
        ),
        (Expect::Year, Token::Number(_)) => format!("must be {}; {}", year_range(), has(false)),
        (Expect::Id | Expect::Year, _) => format!("must be a whole number; {}", has(false)),
        (Expect::OneOf(names), _) => format!("must be one of {}; {}", names.join(", "), has(true)),
        (Expect::Text { .. }, Token::Text(_)) => return None,
        (Expect::Text { or_null }, Token::Null) if !or_null.is_empty() => return None,
        (Expect::Text { or_null }, _) => format!("must be text{or_null}; {}", has(false)),
        (Expect::Bool, _) => format!("must be true or false; {}", has(false)),
        (Expect::Object { required, .. }, Token::Object(keys)) => {
            let missing = required.iter().find(|r| !keys.iter().any(|k| k == *r))?;
            format!("has no \"{missing}\", which it must have")
        }
        (Expect::Object { required, or_null }, _) => {
            let fields: Vec<String> = required.iter().map(|r| format!("\"{r}\"")).collect();
            let with = if fields.is_empty() {
                String::new()
            } else {
                format!(" with {}", fields.join(" and "))
            };
            let or_null = if *or_null { ", or null" } else { "" };
            format!("must be an object{with}{or_null}; {}", has(false))
        }
        (Expect::List, _) => format!("must be a list; {}", has(false)),
        (Expect::DepKind, _) => format!(
            "must be \"Sync\", \"Async\" or {{\"SharedTables\": {{\"shared_writes\": true or false}}}}; {}",
            has(true)
        ),
        (Expect::Key { noun, plural, names }, _) => {
            format!("is not {noun}; {plural} are {}", names.join(", "))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples;

    fn read(text: &str) -> Result<Answers, String> {
        from_json(text, &Catalogue::standard()).map_err(|e| e.to_string())
    }

    /// An answer file around this `answers` JSON.
    fn file(answers: &str) -> String {
        format!(r#"{{"format":"seams-answers","version":1,"answers":{answers}}}"#)
    }

    /// The message the page shows for `input`.
    fn check(input: &str, expected: &str) {
        assert_eq!(read(input), Err(expected.to_string()), "input {input}");
    }

    const SERDE_PHRASES: [&str; 6] = [
        "invalid type",
        "invalid value",
        "expected",
        "unknown variant",
        "missing field",
        "at line 1 column",
    ];

    #[test]
    fn every_example_round_trips() {
        for e in examples() {
            let text = to_json(&e.answers, Some("2026-11-22T10:00:00Z"));
            assert!(text.contains("\"format\": \"seams-answers\""));
            assert_eq!(read(&text), Ok(e.answers), "{}", e.id);
        }
    }

    #[test]
    fn the_autosave_keeps_revision_and_page_and_reads_as_a_file_too() {
        let a = examples().remove(0).answers;
        let text = to_saved_json(&a, 7, Some("results"), None);
        let saved = from_saved_json(&text, &Catalogue::standard()).expect("readable");
        assert_eq!(saved, Saved { answers: a.clone(), revision: 7, step: Some("results".into()) });
        assert_eq!(saved_revision(&text), 7);
        assert_eq!(saved_revision("not json"), 0);
        assert_eq!(read(&text), Ok(a), "an autosave is also a valid answer file");
    }

    #[test]
    fn a_minimal_file_reads_as_empty_answers_and_old_files_without_new_fields_open() {
        assert_eq!(read(&file("{}")), Ok(Answers::default()));
        let before_services_today = file(
            r#"{"context":{"engineers":12,"teams":2,"stage":"GrowingStable","daily_requests":"Under10M","architecture":"SomeServices","stack":"Python"}}"#,
        );
        let a = read(&before_services_today).expect("a file from before the field opens");
        assert_eq!(a.context.services_today, None);
        let a = read(&file(r#"{"context":{"architecture":"Microservices","services_today":40}}"#))
            .expect("the new value and field");
        assert_eq!(a.context.architecture, Some(crate::engine::CurrentArchitecture::Microservices));
        assert_eq!(a.context.services_today, Some(40));
    }

    /// The cases of every message a broken or wrong file gets, input by input.
    fn cases() -> Vec<(String, String)> {
        let pretty = to_json(&examples().remove(1).answers, None);
        let cut: Vec<&str> = pretty.lines().take(12).collect();
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let not_a_file = "The file is JSON, but not a Seams answer file (it has no \"format\": \"seams-answers\").";
        let read_fail = |m: &str| format!("The file cannot be read: {m}.");
        let unusable = |m: &str| format!("The file's answers cannot be used: {m}.");
        let dep = |kind: &str| {
            file(&format!(
                r#"{{"domain":{{"modules":[{{"id":1,"name":"A"}},{{"id":2,"name":"B"}}],"dependencies":[{{"from":1,"to":2,"kind":{kind}}}]}}}}"#
            ))
        };
        let one_of_kinds =
            r#"must be "Sync", "Async" or {"SharedTables": {"shared_writes": true or false}}"#;
        vec![
            // Not JSON at all, or cut short.
            ("".into(), "The file is empty: it holds no answers.".into()),
            ("  \n ".into(), "The file is empty: it holds no answers.".into()),
            (cut.join("\n"), "The file is not a readable answer file: the file ends too early, at line 12, as if it was cut short.".into()),
            (r#"{"format":"seams-answers","version":1,"answers":{"context":{"engineers":"#.into(), "The file is not a readable answer file: the file ends too early, at line 1, as if it was cut short.".into()),
            ("<html>".into(), "The file is not a readable answer file: the JSON is broken at line 1, column 1.".into()),
            (file("{},}"), "The file is not a readable answer file: the JSON is broken at line 1, column 52.".into()),
            (deep, not_a_file.into()),
            // JSON, but not an answer file.
            (r#"{"hello":1}"#.into(), not_a_file.into()),
            ("[1,2]".into(), not_a_file.into()),
            (r#"["seams-answers", 1]"#.into(), not_a_file.into()),
            (r#""seams-answers""#.into(), not_a_file.into()),
            (r#"{"format":7,"version":1,"answers":{}}"#.into(), not_a_file.into()),
            // The header.
            (r#"{"format":"seams-answers","version":7,"answers":{}}"#.into(), "The file was saved by a newer version of Seams (version 7); this page reads up to version 1.".into()),
            (r#"{"format":"seams-answers","answers":{}}"#.into(), read_fail(r#"it has no "version", which every answer file has, as in "version": 1"#)),
            (r#"{"format":"seams-answers","version":"1","answers":{}}"#.into(), read_fail(r#"version must be a whole number, 1 or more; the file has the text "1""#)),
            (r#"{"format":"seams-answers","version":0,"answers":{}}"#.into(), read_fail("version must be a whole number, 1 or more; the file has 0")),
            (r#"{"format":"seams-answers","version":-1,"answers":{}}"#.into(), read_fail("version must be a whole number, 1 or more; the file has -1")),
            (r#"{"format":"seams-answers","version":1}"#.into(), read_fail(r#"it has no "answers", which it must have"#)),
            (file("5"), read_fail("answers must be an object; the file has 5")),
            (file(r#"{"context":"small"}"#), read_fail(r#"answers.context must be an object; the file has the text "small""#)),
            // Counts: a wrong type, a negative or too large number, zero.
            (file(r#"{"context":{"engineers":"many"}}"#), read_fail(r#"answers.context.engineers must be a whole number; the file has the text "many""#)),
            (file(r#"{"context":{"engineers":-3}}"#), read_fail("answers.context.engineers must be a whole number from 1 to 100,000; the file has -3")),
            (file(r#"{"context":{"engineers":1.5}}"#), read_fail("answers.context.engineers must be a whole number from 1 to 100,000; the file has 1.5")),
            (file(r#"{"context":{"engineers":99999999999}}"#), read_fail("answers.context.engineers must be a whole number from 1 to 100,000; the file has 99999999999")),
            (file(r#"{"context":{"engineers":true}}"#), read_fail("answers.context.engineers must be a whole number; the file has true")),
            (file(r#"{"context":{"engineers":{"n":4}}}"#), read_fail(r#"answers.context.engineers must be a whole number; the file has an object with "n""#)),
            (file(r#"{"context":{"engineers":0}}"#), unusable("answers.context.engineers must be a whole number from 1 to 100,000; the file has 0")),
            (file(r#"{"context":{"engineers":100001}}"#), unusable("answers.context.engineers must be a whole number from 1 to 100,000; the file has 100,001")),
            (file(r#"{"context":{"teams":-3}}"#), read_fail("answers.context.teams must be a whole number from 1 to 5,000; the file has -3")),
            (file(r#"{"context":{"teams":0}}"#), unusable("answers.context.teams must be a whole number from 1 to 5,000; the file has 0")),
            (file(r#"{"context":{"services_today":-1}}"#), read_fail("answers.context.services_today must be a whole number from 0 to 10,000; the file has -1")),
            (file(r#"{"context":{"services_today":10001}}"#), unusable("answers.context.services_today must be a whole number from 0 to 10,000; the file has 10,001")),
            (file(r#"{"readiness":{"ops_headcount":"two"}}"#), read_fail(r#"answers.readiness.ops_headcount must be a whole number; the file has the text "two""#)),
            // Names from a list.
            (file(r#"{"context":{"stage":"Alpha"}}"#), read_fail(r#"answers.context.stage must be one of Prototype, FindingFit, GrowingStable, MatureAtScale; the file has "Alpha""#)),
            (file(r#"{"context":{"stage":5}}"#), read_fail("answers.context.stage must be one of Prototype, FindingFit, GrowingStable, MatureAtScale; the file has 5")),
            (file(r#"{"context":{"architecture":"Micro"}}"#), read_fail(r#"answers.context.architecture must be one of Greenfield, Monolith, ModularMonolith, SomeServices, Microservices; the file has "Micro""#)),
            (file(r#"{"context":{"daily_requests":"lots"}}"#), read_fail(r#"answers.context.daily_requests must be one of Under100k, Under1M, Under10M, Over10M; the file has "lots""#)),
            (file(r#"{"context":{"stack":"Rust"}}"#), read_fail(r#"answers.context.stack must be one of Python, Other; the file has "Rust""#)),
            (file(r#"{"factors":{"Foo":"x"}}"#), read_fail("answers.factors.Foo is not a question this page asks; the questions are DomainStability, ScalingProfile, Availability, DeploymentCadence, TechDiversity, ResourceIsolation, DataConsistency, TimeHorizon, ScalingBottleneck")),
            (file(r#"{"factors":{"TimeHorizon":5}}"#), read_fail("answers.factors.TimeHorizon must be one of speed_now, balanced, flexibility_later; the file has 5")),
            (file(r#"{"factors":{"TimeHorizon":"someday"}}"#), unusable(r#"answers.factors.TimeHorizon must be one of speed_now, balanced, flexibility_later; the file has "someday""#)),
            (file(r#"{"readiness":{"capabilities":{"CiCd":"yes"}}}"#), read_fail(r#"answers.readiness.capabilities.CiCd must be true or false; the file has the text "yes""#)),
            (file(r#"{"readiness":{"capabilities":{"Kubernetes":true}}}"#), read_fail("answers.readiness.capabilities.Kubernetes is not a capability this page lists; the capabilities are CiCd, Containers, Orchestration, CentralLogging, Metrics, Tracing, OnCall, ApiVersioning, FeatureFlags, ContractTests")),
            // The domain map.
            (file(r#"{"domain":{"modules":"x"}}"#), read_fail(r#"answers.domain.modules must be a list; the file has the text "x""#)),
            (file(r#"{"domain":{"modules":[3]}}"#), read_fail("answers.domain.modules[0] must be an object; the file has 3")),
            (file(r#"{"domain":{"modules":[{"id":1,"name":"A","cadence":"Hourly"}]}}"#), read_fail(r#"answers.domain.modules[0].cadence must be one of Daily, Weekly, Monthly, Quarterly; the file has "Hourly""#)),
            (file(r#"{"domain":{"modules":[{"id":1,"name":"A"},{"id":2,"load":null}]}}"#), read_fail("answers.domain.modules[1].load must be a whole number; the file has null")),
            (file(r#"{"domain":{"modules":[{"id":-1,"name":"A"}]}}"#), read_fail("answers.domain.modules[0].id must be a whole number from 0 to 4,294,967,295; the file has -1")),
            (file(r#"{"domain":{"modules":[{"id":1,"name":5}]}}"#), read_fail("answers.domain.modules[0].name must be text; the file has 5")),
            (file(r#"{"domain":{"modules":[{"id":1,"name":"A","team":5}]}}"#), read_fail("answers.domain.modules[0].team must be text, or null for no owning team; the file has 5")),
            (file(r#"{"domain":{"modules":[{"id":1,"name":"A","core":"yes"}]}}"#), read_fail(r#"answers.domain.modules[0].core must be true or false; the file has the text "yes""#)),
            (file(r#"{"domain":{"modules":[{"id":1,"name":"A","runs_apart":1}]}}"#), read_fail(r#"answers.domain.modules[0].runs_apart must be true or false; the file has 1"#)),
            (file(r#"{"domain":{"modules":[{"id":1,"name":"A","resource":["Gpu"]}]}}"#), read_fail("answers.domain.modules[0].resource must be one of Balanced, CpuHeavy, MemoryHeavy, IoBound; the file has a list")),
            (file(r#"{"domain":{"modules":[{"id":1,"name":"A","availability":"99.9"}]}}"#), read_fail(r#"answers.domain.modules[0].availability must be one of Tolerant, Standard, High, Critical; the file has "99.9""#)),
            (dep(r#""Shared""#), read_fail(&format!(r#"answers.domain.dependencies[0].kind {one_of_kinds}; the file has "Shared""#))),
            (dep(r#"{"Foo":{}}"#), read_fail(&format!(r#"answers.domain.dependencies[0].kind {one_of_kinds}; the file has an object with "Foo""#))),
            (dep(r#"{"SharedTables":{}}"#), read_fail(r#"answers.domain.dependencies[0].kind.SharedTables has no "shared_writes", which it must have"#)),
            (dep(r#"{"SharedTables":{"shared_writes":"yes"}}"#), read_fail(r#"answers.domain.dependencies[0].kind.SharedTables.shared_writes must be true or false; the file has the text "yes""#)),
            (file(r#"{"domain":{"dependencies":[{"from":"a","to":2}]}}"#), read_fail(r#"answers.domain.dependencies[0].from must be a whole number; the file has the text "a""#)),
            (file(r#"{"domain":{"dependencies":[{"from":1,"to":2,"imports":"many"}]}}"#), read_fail(r#"answers.domain.dependencies[0].imports must be a whole number; the file has the text "many""#)),
            (file(r#"{"domain":{"dependencies":[{"from":1,"to":2,"imports":-2}]}}"#), read_fail("answers.domain.dependencies[0].imports must be a whole number from 0 to 1,000,000; the file has -2")),
            (file(r#"{"domain":{"dependencies":[{"from":1,"to":2,"imports":5000000000}]}}"#), read_fail("answers.domain.dependencies[0].imports must be a whole number from 0 to 1,000,000; the file has 5000000000")),
            (file(r#"{"domain":{"modules":[{"id":1,"name":"A"},{"id":2,"name":"B"}],"dependencies":[{"from":1,"to":2,"imports":1000001}]}}"#), unusable("answers.domain.dependencies[0].imports must be a whole number from 0 to 1,000,000; the file has 1,000,001")),
            // The plan's start.
            (file(r#"{"plan_start":{"year":2026}}"#), read_fail(r#"answers.plan_start has no "month", which it must have"#)),
            (file(r#"{"plan_start":{"month":2}}"#), read_fail(r#"answers.plan_start has no "year", which it must have"#)),
            (file(r#"{"plan_start":{"year":3000000000,"month":3}}"#), read_fail("answers.plan_start.year must be a whole number from 1970 to 2200; the file has 3000000000")),
            (file(r#"{"plan_start":{"year":1800,"month":3}}"#), unusable("answers.plan_start.year must be a whole number from 1970 to 2200; the file has 1800")),
            (file(r#"{"plan_start":{"year":2026,"month":300}}"#), read_fail("answers.plan_start.month must be a whole number from 1 to 12; the file has 300")),
            (file(r#"{"plan_start":{"year":2026,"month":13}}"#), unusable("answers.plan_start.month must be a whole number from 1 to 12; the file has 13")),
            (file(r#"{"plan_start":"soon"}"#), read_fail(r#"answers.plan_start must be an object with "year" and "month", or null; the file has the text "soon""#)),
        ]
        .into_iter()
        .map(|(input, expected): (String, String)| (input, expected))
        .collect()
    }

    #[test]
    fn every_broken_or_wrong_file_gets_a_message_in_the_page_s_words() {
        for (input, expected) in cases() {
            check(&input, &expected);
        }
    }

    #[test]
    fn no_message_uses_serde_s_words() {
        for (input, _) in cases() {
            let message = read(&input).expect_err(&input);
            for phrase in SERDE_PHRASES {
                assert!(!message.contains(phrase), "{message:?} contains {phrase:?}");
            }
        }
    }

    #[test]
    fn wrong_values_are_named_by_their_path_on_any_line() {
        let pretty = "{\n  \"format\": \"seams-answers\",\n  \"version\": 1,\n  \"answers\": {\n    \"domain\": {\n      \"modules\": [\n        { \"id\": 1, \"name\": \"Caf\u{e9} \\\"A\\\" [x], {y}\" },\n        { \"id\": 2, \"name\": \"B\", \"load\": -3 }\n      ]\n    }\n  }\n}";
        check(pretty, "The file cannot be read: answers.domain.modules[1].load must be a whole number from 1 to 1,000,000; the file has -3.");
        let in_a_map = file(
            r#"{"context":{"engineers":4},"factors":{"TimeHorizon":"speed_now","DomainStability":5}}"#,
        );
        check(&in_a_map, "The file cannot be read: answers.factors.DomainStability must be one of shifting, settling, stable; the file has 5.");
        let escaped_key = file(r#"{"context":{"st\u0061ge":"Alpha"}}"#);
        check(
            &escaped_key,
            r#"The file cannot be read: answers.context.stage must be one of Prototype, FindingFit, GrowingStable, MatureAtScale; the file has "Alpha"."#,
        );
        let long = file(&format!(r#"{{"context":{{"engineers":"{}"}}}}"#, "x".repeat(100)));
        assert_eq!(
            read(&long),
            Err(format!("The file cannot be read: answers.context.engineers must be a whole number; the file has the text \"{}…\".", "x".repeat(40)))
        );
    }

    #[test]
    fn every_field_of_the_answers_has_a_rule_for_its_message() {
        // Walk a file holding every field (the largest example, plus the fields it leaves
        // out): each path must have a rule, or a wrong value there would get the general words.
        let mut a =
            examples().into_iter().max_by_key(|e| e.answers.domain.modules.len()).unwrap().answers;
        a.context.services_today = Some(3);
        a.domain.dependencies.push(crate::engine::Dependency {
            from: a.domain.modules[0].id,
            to: a.domain.modules[1].id,
            kind: crate::engine::DepKind::SharedTables { shared_writes: true },
            imports: 12,
        });
        a.readiness.ops_headcount = Some(2);
        a.plan_start = Some(crate::engine::YearMonth { year: 2027, month: 1 });
        let value: serde_json::Value = serde_json::from_str(&to_json(&a, None)).unwrap();
        fn walk(v: &serde_json::Value, path: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
            out.push(path.clone());
            match v {
                serde_json::Value::Object(map) => {
                    for (k, v) in map {
                        path.push(Seg::Key(k.clone()));
                        walk(v, path, out);
                        path.pop();
                    }
                }
                serde_json::Value::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        path.push(Seg::Index(i));
                        walk(v, path, out);
                        path.pop();
                    }
                }
                _ => {}
            }
        }
        let mut paths = Vec::new();
        walk(&value["answers"], &mut vec![Seg::Key("answers".into())], &mut paths);
        let cat = Catalogue::standard();
        for path in &paths {
            assert!(expect(path, &cat).is_some(), "no rule for {}", path_text(path));
        }
        for field in [
            "services_today",
            "ops_headcount",
            "SharedTables",
            "shared_writes",
            "plan_start",
            "imports",
        ] {
            assert!(paths.iter().any(|p| path_text(p).contains(field)), "{field} was walked");
        }
    }

    #[test]
    fn counted_imports_travel_and_an_uncounted_dependency_reads_and_writes_as_before() {
        use crate::engine::{DepKind, Dependency, DomainMap, Module};
        let cat = Catalogue::standard();
        let module = |id, name: &str| Module { id, name: name.into(), ..Module::default() };
        let a = Answers {
            domain: DomainMap {
                modules: vec![module(1, "Orders"), module(2, "Billing")],
                dependencies: vec![
                    Dependency { from: 1, to: 2, kind: DepKind::Sync, imports: 40 },
                    Dependency { from: 2, to: 1, kind: DepKind::Sync, imports: 1 },
                    Dependency { from: 2, to: 1, kind: DepKind::Async, imports: 0 },
                ],
            },
            ..Answers::default()
        };
        let text = to_json(&a, None);
        assert!(text.contains("\"imports\": 40") && text.contains("\"imports\": 1"), "{text}");
        assert_eq!(text.matches("\"imports\"").count(), 2, "0 is left out: {text}");
        assert_eq!(from_json(&text, &cat), Ok(a.clone()));
        // A file without counts reads as not counted.
        let plain = file(
            r#"{"domain":{"modules":[{"id":1,"name":"A"},{"id":2,"name":"B"}],"dependencies":[{"from":1,"to":2,"kind":"Sync"}]}}"#,
        );
        let read = from_json(&plain, &cat).unwrap();
        assert_eq!(read.domain.dependencies[0].imports, 0);
        assert!(!to_json(&read, None).contains("imports"));
    }

    #[test]
    fn hostile_names_are_data_not_markup_and_broken_rules_are_refused() {
        let ok = file(r#"{"domain":{"modules":[{"id":1,"name":"<script>alert(1)</script>"}]}}"#);
        let answers = read(&ok).expect("a strange name is still a name");
        assert_eq!(answers.domain.modules[0].name, "<script>alert(1)</script>");

        let bad = file(r#"{"domain":{"modules":[{"id":1,"name":"A"},{"id":2,"name":"a"}]}}"#);
        check(&bad, "The file's answers cannot be used: answers.domain.modules[1].name must differ from every other module's name; the file has \"a\" twice.");
        let two = file(r#"{"context":{"engineers":0,"teams":0}}"#);
        check(&two, "The file's answers cannot be used: answers.context.engineers must be a whole number from 1 to 100,000; the file has 0. answers.context.teams must be a whole number from 1 to 5,000; the file has 0.");
    }

    #[test]
    fn size_and_nesting_limits_hold() {
        assert!(matches!(check_size(MAX_BYTES + 1), Err(FileError::TooLarge { .. })));
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(read(&deep).is_err(), "deep nesting is refused, not a stack overflow");
        let big = format!(
            r#"{{"format":"seams-answers","version":1,"pad":"{}"}}"#,
            "x".repeat(MAX_BYTES as usize)
        );
        check(&big, "The file is too large to be a Seams answer file (2049 KB; at most 2048 KB).");
    }
}
