//! The answer file: the answers as versioned JSON, for keeping, mailing and importing.
//!
//! ```json
//! { "format": "seams-answers", "version": 1, "saved": "2026-11-22T10:00:00Z", "answers": { … } }
//! ```
//!
//! docs/file-format.md describes every field. Reading checks the size before parsing, refuses a
//! file from a newer version, names the field of any wrong value, and then checks the answers as
//! a whole ([`check_answers`]): an import applies whole or not at all.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::app::validate::check_answers;
use crate::engine::{Answers, Catalogue};

/// The `format` every answer file carries.
pub const FORMAT: &str = "seams-answers";
/// The version this build writes and the newest it reads.
pub const VERSION: u64 = 1;
/// The largest file read; anything larger is refused before it is read.
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: u64 },
    /// Not JSON, or JSON cut short.
    NotJson { detail: String },
    /// JSON, but not a Seams answer file.
    NotAnAnswerFile,
    /// Written by a newer version of Seams.
    NewerVersion { version: u64 },
    /// A field holds the wrong kind of value.
    Field { path: String, detail: String },
    /// Well-formed, but the answers break the rules of the wizard.
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
            FileError::NotJson { detail } => {
                write!(f, "The file is not a readable answer file: {detail}.")
            }
            FileError::NotAnAnswerFile => write!(
                f,
                "The file is JSON, but not a Seams answer file (it has no \"format\": \"{FORMAT}\")."
            ),
            FileError::NewerVersion { version } => write!(
                f,
                "The file was saved by a newer version of Seams (version {version}); this page reads up to version {VERSION}."
            ),
            FileError::Field { path, detail } => write!(f, "In the file, {path}: {detail}."),
            FileError::Invalid { problems } => {
                write!(f, "The file's answers cannot be used: {}.", problems.join("; "))
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
    answers: &'a Answers,
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

#[derive(Deserialize)]
struct FileIn {
    answers: Answers,
}

/// The answers as an answer file. `saved` is an ISO 8601 time, when the caller knows it.
pub fn to_json(answers: &Answers, saved: Option<&str>) -> String {
    let file = FileOut { format: FORMAT, version: VERSION, saved, answers };
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
    check_size(text.len() as u64)?;
    let header: Header = serde_json::from_str(text).map_err(|e| match e.classify() {
        // Valid JSON of another shape (an array, a number, a "format" that is not text).
        serde_json::error::Category::Data => FileError::NotAnAnswerFile,
        _ => FileError::NotJson { detail: json_detail(&e) },
    })?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(FileError::NotAnAnswerFile);
    }
    match header.version {
        Some(v) if v > VERSION => return Err(FileError::NewerVersion { version: v }),
        Some(0) | None => return Err(FileError::NotAnAnswerFile),
        Some(_) => {}
    }
    let file: FileIn = serde_json::from_str(text).map_err(|e| FileError::Field {
        path: path_at(text, byte_offset(text, e.line(), e.column())),
        detail: field_detail(&e),
    })?;
    let problems = check_answers(&file.answers, cat);
    if !problems.is_empty() {
        return Err(FileError::Invalid { problems });
    }
    Ok(file.answers)
}

/// The byte offset of serde_json's error position (a one-based line, a byte column).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize =
        text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column).min(text.len())
}

/// The path of the value that ends at byte `end` of `text`, as `answers.domain.modules[0].name`.
///
/// serde_json reports where a wrong value ends; this walks the text up to there, keeping the
/// key or index of each open object and array. (A wrapping deserializer that tracks the path
/// would compile a second copy of every `Deserialize` impl into the wasm: about 60 KB.) A
/// missing field is reported after its object closes, so the path names that object, and the
/// message names the field.
fn path_at(text: &str, end: usize) -> String {
    enum Open {
        Object { key: Option<String>, expect_key: bool },
        Array { index: usize },
    }
    let bytes = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < end.min(bytes.len()) {
        match bytes[i] {
            b'{' => open.push(Open::Object { key: None, expect_key: true }),
            b'[' => open.push(Open::Array { index: 0 }),
            b'}' | b']' => {
                open.pop();
            }
            b',' => match open.last_mut() {
                Some(Open::Array { index }) => *index += 1,
                Some(Open::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Open::Object { key, expect_key: expect @ true }) = open.last_mut() {
                    *key = text.get(start..i.min(bytes.len())).map(str::to_string);
                    *expect = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &open {
        match frame {
            Open::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Open::Object { key: None, .. } => {}
            Open::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

fn json_detail(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "it ends too early, as if cut short".to_string(),
        Category::Syntax => {
            format!("the JSON is broken at line {}, column {}", e.line(), e.column())
        }
        Category::Data | Category::Io => e.to_string(),
    }
}

fn field_detail(e: &serde_json::Error) -> String {
    // serde's message ends with " at line L column C"; the path already says where.
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples;

    fn read(text: &str) -> Result<Answers, String> {
        from_json(text, &Catalogue::standard()).map_err(|e| e.to_string())
    }

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
    fn a_minimal_file_reads_as_empty_answers() {
        assert_eq!(
            read(r#"{"format":"seams-answers","version":1,"answers":{}}"#),
            Ok(Answers::default())
        );
    }

    #[test]
    fn bad_files_get_a_message_that_says_what_is_wrong() {
        assert_eq!(
            read(""),
            Err("The file is not a readable answer file: it ends too early, as if cut short."
                .into())
        );
        assert_eq!(
            read(r#"{"format":"seams-answers","version":1,"answers":{"context":{"engineers":"#),
            Err("The file is not a readable answer file: it ends too early, as if cut short."
                .into())
        );
        assert_eq!(
            read("<html>"),
            Err("The file is not a readable answer file: the JSON is broken at line 1, column 1."
                .into())
        );
        assert_eq!(read(r#"{"hello":1}"#), Err("The file is JSON, but not a Seams answer file (it has no \"format\": \"seams-answers\").".into()));
        assert_eq!(read("[1,2]"), Err("The file is JSON, but not a Seams answer file (it has no \"format\": \"seams-answers\").".into()));
        assert_eq!(
            read(r#"{"format":"seams-answers","version":7,"answers":{}}"#),
            Err("The file was saved by a newer version of Seams (version 7); this page reads up to version 1.".into())
        );
        assert_eq!(
            read(r#"{"format":"seams-answers","version":1,"answers":{"context":{"engineers":"many"}}}"#),
            Err("In the file, answers.context.engineers: invalid type: string \"many\", expected u32.".into())
        );
        assert_eq!(
            read(r#"{"format":"seams-answers","version":1,"answers":{"domain":{"modules":[{"id":1,"name":"A","cadence":"Hourly"}]}}}"#),
            Err("In the file, answers.domain.modules[0].cadence: unknown variant `Hourly`, expected one of `Daily`, `Weekly`, `Monthly`, `Quarterly`.".into())
        );
    }

    #[test]
    fn wrong_values_are_named_by_their_path_on_any_line() {
        let pretty = "{\n  \"format\": \"seams-answers\",\n  \"version\": 1,\n  \"answers\": {\n    \"domain\": {\n      \"modules\": [\n        { \"id\": 1, \"name\": \"Caf\u{e9} \\\"A\\\"\" },\n        { \"id\": 2, \"name\": \"B\", \"load\": -3 }\n      ]\n    }\n  }\n}";
        assert_eq!(
            read(pretty),
            Err("In the file, answers.domain.modules[1].load: invalid value: integer `-3`, expected u32.".into())
        );
        let in_a_map = r#"{"format":"seams-answers","version":1,"answers":{"context":{"engineers":4},"factors":{"TimeHorizon":"years","DomainStability":5}}}"#;
        assert_eq!(
            read(in_a_map),
            Err("In the file, answers.factors.DomainStability: invalid type: integer `5`, expected a string.".into())
        );
        let top = r#"{"format":"seams-answers","version":1,"answers":5}"#;
        assert_eq!(read(top).map_err(|e| e.starts_with("In the file, answers: ")), Err(true));
    }

    #[test]
    fn hostile_names_are_data_not_markup_and_broken_rules_are_refused() {
        let ok = r#"{"format":"seams-answers","version":1,"answers":{"domain":{"modules":[{"id":1,"name":"<script>alert(1)</script>"}]}}}"#;
        let answers = read(ok).expect("a strange name is still a name");
        assert_eq!(answers.domain.modules[0].name, "<script>alert(1)</script>");

        let bad = r#"{"format":"seams-answers","version":1,"answers":{"domain":{"modules":[{"id":1,"name":"A"},{"id":2,"name":"a"}]}}}"#;
        assert_eq!(
            read(bad),
            Err("The file's answers cannot be used: domain.modules[1].name: \u{201c}a\u{201d} is used by another module.".into())
        );
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
        assert_eq!(
            read(&big),
            Err("The file is too large to be a Seams answer file (2049 KB; at most 2048 KB)."
                .into())
        );
    }
}
