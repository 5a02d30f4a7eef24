//! `seams`, the command line of Seams, for CI and scripts: it checks a rubric file and writes the
//! Markdown decision record of an answer file, with the same engine and formats as the web app.
//!
//! ```text
//! seams check-rubric FILE
//! seams report ANSWERS.json [--rubric FILE] [--date YYYY-MM-DD]
//! ```
//!
//! Exit codes: 0 done; 1 a rubric or an answer file was read and refused (its problems on
//! stderr); 2 the command line is wrong or a file cannot be read.

mod args;
mod date;

use std::io::Write;
use std::process::ExitCode;

use args::Command;
use seams_engine::evaluate_with;
use seams_formats::rubric::{self, Rubric, RubricError};
use seams_formats::{file, report};

const USAGE: &str = "\
Seams: monolith, modular monolith or microservices, decided from a team's answers.

Usage:
  seams check-rubric FILE
      Checks a rubric file whole. When every check passes, prints the rubric's
      name, version and the first 12 hex digits of the file's SHA-256.
  seams report ANSWERS.json [--rubric FILE] [--date YYYY-MM-DD]
      Prints the Markdown decision record of an answer file on stdout.
      --rubric FILE      decide by this rubric (checked first), not the standard one
      --date YYYY-MM-DD  the record's date (default: today, in UTC)
  seams help, seams --help    this text
  seams --version                 the version

Exit codes:
  0  done
  1  the rubric or the answer file was read and refused; stderr says why
  2  the command line is wrong, or a file cannot be read
";

/// How a command ended.
enum Failure {
    /// A file was read and refused; each line goes to stderr (exit 1).
    Refused(Vec<String>),
    /// A file could not be read (exit 2).
    Unreadable(String),
    /// The command line is wrong; the usage follows the message (exit 2).
    Usage(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = args::parse(&args).map_err(Failure::Usage).and_then(run);
    match result {
        Ok(out) => {
            // A closed pipe (`seams report … | head`) is not a failure of the command.
            let _ = std::io::stdout().lock().write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(failure) => {
            let (lines, code) = match failure {
                Failure::Refused(lines) => (lines, 1),
                Failure::Unreadable(line) => (vec![line], 2),
                Failure::Usage(line) => (vec![line, String::new(), USAGE.to_string()], 2),
            };
            let mut err = std::io::stderr().lock();
            for line in lines {
                let _ = writeln!(err, "{}", line.trim_end());
            }
            ExitCode::from(code)
        }
    }
}

/// Runs a command; `Ok` is what it prints on stdout.
fn run(command: Command) -> Result<String, Failure> {
    match command {
        Command::Help => Ok(USAGE.to_string()),
        Command::Version => Ok(format!("seams {}\n", env!("CARGO_PKG_VERSION"))),
        Command::CheckRubric { rubric } => {
            let read = read_rubric(&rubric)?;
            Ok(format!("{}: every check passed.\n", read.label()))
        }
        Command::Report { answers, rubric, date } => {
            let date = match date {
                Some(d) if date::is_date(&d) => d,
                Some(d) => {
                    return Err(Failure::Usage(format!(
                        "--date must be a day written YYYY-MM-DD, such as 2026-12-01; the command \
                         line has \"{d}\"."
                    )))
                }
                None => date::today(),
            };
            let rubric = match rubric {
                Some(path) => read_rubric(&path)?,
                None => Rubric::standard(),
            };
            let catalogue = &rubric.catalogue;
            let text = read_text(&answers, file::MAX_BYTES)
                .map_err(|e| e.refusal(&answers, |bytes| file::FileError::TooLarge { bytes }))?;
            let given = file::from_json(&text, catalogue)
                .map_err(|e| Failure::Refused(vec![format!("{answers}: {e}")]))?;
            let evaluation = evaluate_with(&given, catalogue);
            Ok(report::markdown(&given, &evaluation, &rubric, &date))
        }
    }
}

/// Reads and checks a rubric file; each of its problems becomes a line of its own.
fn read_rubric(path: &str) -> Result<Rubric, Failure> {
    let text = read_text(path, rubric::MAX_BYTES)
        .map_err(|e| e.refusal(path, |bytes| RubricError::TooLarge { bytes }))?;
    rubric::read(&text).map_err(|e| match e {
        RubricError::Problems(problems) => {
            let mut lines = vec![format!("{path} is not a usable rubric:")];
            lines.extend(problems.iter().map(ToString::to_string));
            Failure::Refused(lines)
        }
        other => Failure::Refused(vec![format!("{path}: {other}")]),
    })
}

/// Why a file's text could not be had.
enum ReadError {
    /// Missing, a folder, or not allowed: the sentence says which.
    Unreadable(String),
    /// Larger than the format reads, by this many bytes.
    TooLarge(u64),
    /// Not UTF-8 text.
    NotText,
}

impl ReadError {
    /// The failure, with the format's own words for a file that is too large.
    fn refusal<E: std::fmt::Display>(self, path: &str, too_large: impl Fn(u64) -> E) -> Failure {
        match self {
            ReadError::Unreadable(why) => {
                Failure::Unreadable(format!("Cannot read {path}: {why}."))
            }
            ReadError::TooLarge(bytes) => {
                Failure::Refused(vec![format!("{path}: {}", too_large(bytes))])
            }
            ReadError::NotText => Failure::Refused(vec![format!(
                "{path}: the file is not UTF-8 text, so it is neither a rubric nor an answer file."
            )]),
        }
    }
}

/// The text of the file at `path`, refused without reading it whole when it is over `max` bytes.
fn read_text(path: &str, max: u64) -> Result<String, ReadError> {
    use std::io::ErrorKind;
    let why = |e: std::io::Error| {
        ReadError::Unreadable(match e.kind() {
            ErrorKind::NotFound => "there is no such file".to_string(),
            ErrorKind::PermissionDenied => "permission denied".to_string(),
            kind => kind.to_string(),
        })
    };
    let meta = std::fs::metadata(path).map_err(why)?;
    if meta.is_dir() {
        return Err(ReadError::Unreadable("it is a folder, not a file".to_string()));
    }
    if meta.len() > max {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let bytes = std::fs::read(path).map_err(why)?;
    String::from_utf8(bytes).map_err(|_| ReadError::NotText)
}
