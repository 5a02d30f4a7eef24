//! The rubric file (`seams-rubric`): an organisation's own factors, weights, thresholds,
//! durations, wording and sources, with a name, a version and a changelog. docs/rubric.md is its
//! reference and `rubrics/schema.json` its JSON Schema; `rubrics/standard.json` is the standard
//! rubric, which the built-in [`Catalogue::standard`] is checked against.
//!
//! A rubric is read whole or not at all: [`read`] parses it, then checks it as a whole (ranges,
//! ids that are unique and resolve, options ordered from stay to split, thresholds that
//! increase, durations whose ends are in order), and returns every problem it found, each with
//! the JSON path of the value and a sentence in the page's own words. What a rubric leaves out
//! is the standard rubric's, so a file written today keeps loading when a later release adds a
//! setting.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::engine::{
    BlockerId, Capability, Catalogue, FactorId, PhaseId, PitfallId, ProductStage, Quadrant,
    RevisitWhen, Source, TrafficBand, TriggerId, THRESHOLD_SLOTS,
};
use crate::file::{byte_offset, path_text, spot_at, syntax_problem, token_at, Seg};
use crate::sha256;
use crate::validate::thousands;

/// The `format` every rubric file carries.
pub const FORMAT: &str = "seams-rubric";
/// The newest version of the rubric format this release reads (and the one it writes).
pub const FORMAT_VERSION: u64 = 1;
/// The largest rubric file read, checked before parsing.
pub const MAX_BYTES: u64 = 1024 * 1024;
/// How many hexadecimal digits of the SHA-256 name a rubric on the page and in exports.
pub const SHORT_HASH: usize = 12;

/// One release of a rubric, as its changelog lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The rubric's version of that release.
    pub version: String,
    /// When it was published (free text; ISO dates read best).
    #[serde(default)]
    pub date: String,
    /// What changed, a line each.
    #[serde(default)]
    pub changes: Vec<String>,
}

/// Who made a rubric and which version it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricMeta {
    /// A stable id ("acme-architecture"): the same for every version of the rubric.
    pub id: String,
    /// Its version, as semantic versioning spells it ("1.4.0").
    pub version: String,
    /// Its name as the page shows it.
    pub name: String,
    /// Who publishes it.
    #[serde(default)]
    pub publisher: String,
    /// The language of its wording, as a language tag ("en", "de-CH").
    #[serde(default = "english")]
    pub language: String,
    /// Its releases, newest first.
    #[serde(default)]
    pub changelog: Vec<Change>,
}

fn english() -> String {
    "en".to_string()
}

/// The file as written: its format and version, its metadata, and the catalogue.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RubricFile {
    format: String,
    format_version: u64,
    id: String,
    version: String,
    name: String,
    #[serde(default)]
    publisher: String,
    #[serde(default = "english")]
    language: String,
    #[serde(default)]
    changelog: Vec<Change>,
    #[serde(default)]
    catalogue: Catalogue,
}

impl RubricFile {
    fn meta(&self) -> RubricMeta {
        RubricMeta {
            id: self.id.clone(),
            version: self.version.clone(),
            name: self.name.clone(),
            publisher: self.publisher.clone(),
            language: self.language.clone(),
            changelog: self.changelog.clone(),
        }
    }
}

/// A rubric that passed every check, with the SHA-256 of the file it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Rubric {
    /// Its name, version and history.
    pub meta: RubricMeta,
    /// Its rules and wording.
    pub catalogue: Catalogue,
    /// The SHA-256 of its file, in hexadecimal.
    pub sha256: String,
}

/// The standard rubric's metadata, as `rubrics/standard.json` carries it.
pub fn standard_meta() -> RubricMeta {
    RubricMeta {
        id: "seams-standard".to_string(),
        version: "1.0.0".to_string(),
        name: "Seams standard rubric".to_string(),
        publisher: "Seams".to_string(),
        language: "en".to_string(),
        changelog: vec![Change {
            version: "1.0.0".to_string(),
            date: "2026-12-01".to_string(),
            changes: vec![
                "The first published rubric: the rules of the five source articles, with Seams' own \
                 rules where they are silent (docs/decision-model.md)."
                    .to_string(),
            ],
        }],
    }
}

/// The SHA-256 of `rubrics/standard.json`, kept beside it (a test checks both).
pub const STANDARD_SHA256: &str = include_str!("../../../rubrics/standard.sha256");

impl Rubric {
    /// The built-in standard rubric.
    pub fn standard() -> Rubric {
        Rubric {
            meta: standard_meta(),
            catalogue: Catalogue::standard(),
            sha256: STANDARD_SHA256.trim().to_string(),
        }
    }

    /// The first digits of the file's SHA-256, enough to tell two files apart.
    pub fn short_hash(&self) -> &str {
        self.sha256.get(..SHORT_HASH).unwrap_or(&self.sha256)
    }

    /// Whether this is the standard rubric, byte for byte.
    pub fn is_standard(&self) -> bool {
        self.sha256 == STANDARD_SHA256.trim()
    }

    /// "Acme architecture rubric 1.2.0 (3f2a9c01b7de)": how a report names the rubric.
    pub fn label(&self) -> String {
        format!("{} {} ({})", self.meta.name, self.meta.version, self.short_hash())
    }
}

/// Which rubric answers were made with, as an answer file and a share link name it: the
/// rubric's id, its version and its SHA-256 (the whole name in a file, the first
/// [`SHORT_HASH`] digits in a link).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

impl RubricRef {
    /// The standard rubric's name: what answers made before rubrics existed were made with.
    pub fn standard() -> RubricRef {
        Rubric::standard().reference()
    }

    /// True when `rubric` is the rubric named: the same id, and a SHA-256 that starts with the
    /// digits named (at least [`SHORT_HASH`] of them, so a cut name never matches by chance).
    pub fn names(&self, rubric: &Rubric) -> bool {
        self.id == rubric.meta.id
            && self.sha256.len() >= SHORT_HASH
            && rubric.sha256.starts_with(&self.sha256.to_ascii_lowercase())
    }

    /// True when this names the standard rubric.
    pub fn is_standard(&self) -> bool {
        self.names(&Rubric::standard())
    }

    /// "acme-architecture 2.1.0 (3f2a9c01b7de)": how the page names a rubric it only knows by
    /// reference.
    pub fn label(&self) -> String {
        let short = self.sha256.get(..SHORT_HASH).unwrap_or(&self.sha256);
        format!("{} {} ({short})", self.id, self.version)
    }
}

impl Rubric {
    /// Its name, for an answer file (the whole SHA-256).
    pub fn reference(&self) -> RubricRef {
        RubricRef {
            id: self.meta.id.clone(),
            version: self.meta.version.clone(),
            sha256: self.sha256.clone(),
        }
    }

    /// Its name, for a share link (the short SHA-256).
    pub fn short_reference(&self) -> RubricRef {
        RubricRef { sha256: self.short_hash().to_string(), ..self.reference() }
    }

    /// "Acme architecture rubric 1.2.0 (3f2a9c01b7de), Acme platform group": the label and the
    /// publisher, as the page and the record name the rubric in use.
    pub fn full_label(&self) -> String {
        if self.meta.publisher.trim().is_empty() {
            self.label()
        } else {
            format!("{}, {}", self.label(), self.meta.publisher)
        }
    }
}

/// How many of a rubric's problems the page lists before "and N more".
pub const PROBLEMS_SHOWN: usize = 3;

impl RubricError {
    /// The refusal as the page says it: the same words as [`fmt::Display`], with at most
    /// [`PROBLEMS_SHOWN`] problems listed and the number of the others.
    pub fn brief(&self) -> String {
        match self {
            RubricError::Problems(problems) if problems.len() > PROBLEMS_SHOWN => {
                let shown = RubricError::Problems(problems[..PROBLEMS_SHOWN].to_vec()).to_string();
                let shown = shown.replacen(
                    &format!("has {PROBLEMS_SHOWN} problems"),
                    &format!("has {} problems", problems.len()),
                    1,
                );
                format!("{shown} And {} more.", problems.len() - PROBLEMS_SHOWN)
            }
            other => other.to_string(),
        }
    }
}

/// The rubric file for `meta` and `catalogue`, as this release writes it (pretty-printed).
pub fn to_json(meta: &RubricMeta, catalogue: &Catalogue) -> String {
    let file = RubricFile {
        format: FORMAT.to_string(),
        format_version: FORMAT_VERSION,
        id: meta.id.clone(),
        version: meta.version.clone(),
        name: meta.name.clone(),
        publisher: meta.publisher.clone(),
        language: meta.language.clone(),
        changelog: meta.changelog.clone(),
        catalogue: catalogue.clone(),
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// One problem of a rubric: where it is and what is wrong, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The JSON path of the value ("catalogue.factors[2].weight"); empty for the file itself.
    pub path: String,
    /// What is wrong and what it must be, as the rest of a sentence after the path.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "The rubric {}.", self.message)
        } else {
            write!(f, "{} {}.", self.path, self.message)
        }
    }
}

/// Why a rubric was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricError {
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: u64 },
    /// Nothing in it.
    Empty,
    /// Not JSON at all.
    NotJson { problem: String },
    /// JSON, but not a rubric file.
    NotARubric,
    /// Written by a later release, in a format this one does not know.
    NewerFormat { version: u64 },
    /// A rubric, with these problems (at least one).
    Problems(Vec<Problem>),
}

impl fmt::Display for RubricError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RubricError::TooLarge { bytes } => write!(
                f,
                "The rubric is {} bytes; a rubric can be at most {} bytes.",
                thousands(*bytes),
                thousands(MAX_BYTES)
            ),
            RubricError::Empty => write!(f, "The rubric file is empty."),
            RubricError::NotJson { problem } => {
                write!(f, "The rubric is not a JSON file: {problem}.")
            }
            RubricError::NotARubric => write!(
                f,
                "This is not a Seams rubric: a rubric is a JSON object with \"format\": \"{FORMAT}\"."
            ),
            RubricError::NewerFormat { version } => write!(
                f,
                "The rubric is in format version {version}, from a newer release of Seams; this \
                 one reads versions up to {FORMAT_VERSION}."
            ),
            RubricError::Problems(problems) => {
                let n = problems.len();
                write!(f, "The rubric has {} ", if n == 1 { "a problem".to_string() } else { format!("{n} problems") })?;
                write!(f, "and was not used:")?;
                for p in problems {
                    write!(f, " {p}")?;
                }
                Ok(())
            }
        }
    }
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: Option<String>,
}

#[derive(Deserialize)]
struct HeadVersion {
    #[serde(default)]
    format_version: Option<u64>,
}

/// Phases a release added after rubric format 1 was first published. A rubric written before
/// them leaves them out, and keeps loading: it gets the standard rubric's definition.
const PHASES_ADDED_LATER: [PhaseId; 1] = [PhaseId::TakeStock];

fn take_later_phases(cat: &mut Catalogue) {
    let standard = Catalogue::standard();
    for id in PHASES_ADDED_LATER {
        if !cat.phases.iter().any(|p| p.id == id) {
            cat.phases.extend(standard.phases.iter().filter(|p| p.id == id).cloned());
        }
    }
}

/// Reads a rubric file and checks it whole.
pub fn read(text: &str) -> Result<Rubric, RubricError> {
    let bytes = text.len() as u64;
    if bytes > MAX_BYTES {
        return Err(RubricError::TooLarge { bytes });
    }
    if text.trim().is_empty() {
        return Err(RubricError::Empty);
    }
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(RubricError::NotJson { problem: syntax_problem(&e) });
    }
    let head: Head = serde_json::from_str(text).map_err(|_| RubricError::NotARubric)?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(RubricError::NotARubric);
    }
    match serde_json::from_str::<HeadVersion>(text).map(|h| h.format_version) {
        Ok(None) => {
            return Err(one(
                "",
                "has no \"format_version\"; a rubric of this release has \"format_version\": 1",
            ))
        }
        Ok(Some(v)) if v > FORMAT_VERSION => return Err(RubricError::NewerFormat { version: v }),
        Ok(Some(v)) if v >= 1 => {}
        _ => return Err(one("format_version", "must be a whole number, 1 or more")),
    }
    let mut file: RubricFile = serde_json::from_str(text)
        .map_err(|e| RubricError::Problems(vec![serde_problem(text, &e)]))?;
    take_later_phases(&mut file.catalogue);
    let meta = file.meta();
    let sha256 = sha256::hex(&sha256::digest(text.as_bytes()));
    let mut problems = meta_problems(&meta);
    problems.extend(catalogue_problems(&file.catalogue));
    if meta.id == standard_meta().id && sha256 != STANDARD_SHA256.trim() {
        problems.push(Problem {
            path: "id".to_string(),
            message: format!(
                "is \"{}\", the standard rubric's own id, but the file differs from this \
                 release's standard rubric; give your rubric an id of its own",
                meta.id
            ),
        });
    }
    if !problems.is_empty() {
        return Err(RubricError::Problems(problems));
    }
    Ok(Rubric { meta, catalogue: file.catalogue, sha256 })
}

fn one(path: &str, message: &str) -> RubricError {
    RubricError::Problems(vec![Problem { path: path.to_string(), message: message.to_string() }])
}

// ---------------------------------------------------------------------------------------------
// serde's errors, in the page's words

/// One of serde_json's errors as a problem: the path from the error's position, the kind of
/// value from serde's description of what it expected, the value from the text.
fn serde_problem(text: &str, e: &serde_json::Error) -> Problem {
    let spot = spot_at(text, byte_offset(text, e.line(), e.column()));
    let raw = e.to_string();
    let msg = raw.rsplit_once(" at line ").map_or(raw.as_str(), |(m, _)| m);
    let ticked =
        |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_string).collect() };
    let found = || {
        let at = spot.values.last().copied().unwrap_or(0);
        token_at(text, at).describe(false)
    };
    let path_of = |segs: &[Seg]| path_text(segs);
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let names = ticked(rest);
        let (name, allowed) = names.split_first().map_or(("", &[][..]), |(n, a)| (n.as_str(), a));
        let parent = path_of(&spot.path[..spot.path.len().saturating_sub(1)]);
        let mut message = format!("has a field \"{name}\" that a rubric cannot have here");
        if let Some(close) = nearest(name, allowed) {
            message.push_str(&format!(" (did you mean \"{close}\"?)"));
        } else if !allowed.is_empty() {
            message.push_str(&format!("; it can have {}", quoted_list(allowed)));
        }
        return Problem { path: parent, message };
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let name = ticked(rest).into_iter().next().unwrap_or_default();
        return Problem {
            path: path_of(&spot.path),
            message: format!("has no \"{name}\", which it must have"),
        };
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let names = ticked(rest);
        let (name, allowed) = names.split_first().map_or(("", &[][..]), |(n, a)| (n.as_str(), a));
        let close =
            nearest(name, allowed).map(|c| format!(" (did you mean \"{c}\"?)")).unwrap_or_default();
        return Problem {
            path: path_of(&spot.path),
            message: format!("has \"{name}\", which is not one of {}{close}", quoted_list(allowed)),
        };
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ") {
        let name = ticked(rest).into_iter().next().unwrap_or_default();
        return Problem {
            path: path_of(&spot.path[..spot.path.len().saturating_sub(1)]),
            message: format!("has the field \"{name}\" twice"),
        };
    }
    if msg.starts_with("invalid length") {
        return Problem {
            path: path_of(&spot.path),
            message: format!(
                "must be a pair of numbers, [smallest, largest]; the file has {}",
                found()
            ),
        };
    }
    if msg.starts_with("invalid type") || msg.starts_with("invalid value") {
        let expected = msg.rsplit_once(", expected ").map_or("", |(_, x)| x);
        return Problem {
            path: path_of(&spot.path),
            message: format!("must be {}; the file has {}", kind_words(expected), found()),
        };
    }
    Problem {
        path: path_of(&spot.path),
        message: format!("holds a value Seams cannot read here; the file has {}", found()),
    }
}

/// serde's name for the kind of value it expected, in words.
fn kind_words(expected: &str) -> String {
    let whole = |max: u64| format!("a whole number from 0 to {}", thousands(max));
    match expected {
        "f64" | "f32" => "a number".to_string(),
        "u8" => whole(u8::MAX.into()),
        "u16" => whole(u16::MAX.into()),
        "u32" => whole(u32::MAX.into()),
        "u64" => whole(u64::MAX),
        "a string" => "text, in double quotes".to_string(),
        "a boolean" => "true or false".to_string(),
        "a sequence" => "a list, in square brackets".to_string(),
        x if x.starts_with("a tuple") || x.starts_with("tuple") => {
            "a pair of numbers, [smallest, largest]".to_string()
        }
        x if x.starts_with("struct") || x.starts_with("a map") => {
            "an object, in curly braces".to_string()
        }
        x if x.starts_with("enum") || x.contains("variant") => {
            "one of the names docs/rubric.md lists for it".to_string()
        }
        _ => "a value of another kind (docs/rubric.md describes each field)".to_string(),
    }
}

fn quoted_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    match quoted.as_slice() {
        [] => "the names docs/rubric.md lists".to_string(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// The allowed name closest to a misspelt one, when it is close enough to be a typo.
fn nearest<'a>(name: &str, allowed: &'a [String]) -> Option<&'a str> {
    let distance = |a: &str, b: &str| -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    };
    allowed
        .iter()
        .map(|a| (distance(&name.to_lowercase(), &a.to_lowercase()), a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 4) && *d < a.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a.as_str())
}

// ---------------------------------------------------------------------------------------------
// The checks of a rubric as a whole

struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem { path: path.into(), message: message.into() });
    }

    fn unit(&mut self, path: impl Into<String>, v: f64) {
        if !(v.is_finite() && (0.0..=1.0).contains(&v)) {
            self.add(path, format!("must be a number from 0 to 1; the file has {}", show(v)));
        }
    }

    fn weight(&mut self, path: impl Into<String>, v: f64) {
        if !(v.is_finite() && v >= 0.0) {
            self.add(path, format!("must be a number, 0 or more; the file has {}", show(v)));
        }
    }

    fn finite(&mut self, path: impl Into<String>, v: f64) {
        if !v.is_finite() {
            self.add(path, "must be a finite number");
        }
    }

    fn range(&mut self, path: impl Into<String>, (lo, hi): (u32, u32)) {
        if lo > hi {
            self.add(
                path,
                format!("must be [smallest, largest]; the file has [{lo}, {hi}], largest first"),
            );
        }
    }

    fn text(&mut self, path: impl Into<String>, text: &str) {
        if text.trim().is_empty() {
            self.add(path, "must not be empty");
        }
    }

    fn source(&mut self, path: impl Into<String>, source: Source, known: &[Source]) {
        if !known.contains(&source) {
            self.add(
                path,
                format!(
                    "cites the source \"{}\", which catalogue.sources does not list",
                    source.id()
                ),
            );
        }
    }

    /// Every one of `all` appears exactly once among `ids`.
    fn once_each<T: PartialEq + Copy + Serialize>(&mut self, path: &str, ids: &[T], all: &[T]) {
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) {
                self.add(format!("{path}[{i}]"), format!("repeats {}, listed earlier", name(id)));
            }
        }
        for id in all {
            if !ids.contains(id) {
                self.add(path, format!("has no entry for {}; the rubric needs one", name(id)));
            }
        }
    }
}

fn name<T: Serialize>(id: &T) -> String {
    serde_json::to_string(id).unwrap_or_default()
}

fn show(v: f64) -> String {
    if v.is_nan() {
        "a value that is not a number".to_string()
    } else {
        v.to_string()
    }
}

fn meta_problems(meta: &RubricMeta) -> Vec<Problem> {
    let mut p = Problems(Vec::new());
    let id_ok = !meta.id.is_empty()
        && meta.id.len() <= 64
        && meta.id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_' || b == b'.'
        });
    if !id_ok {
        p.add("id", "must be 1 to 64 lower-case letters, digits, dots, hyphens or underscores (\"acme-architecture\")");
    }
    if !is_semver(&meta.version) {
        p.add(
            "version",
            format!(
                "must be a version such as \"1.0.0\" (major.minor.patch); the file has \"{}\"",
                meta.version
            ),
        );
    }
    p.text("name", &meta.name);
    if meta.name.chars().count() > 80 {
        p.add("name", "must be at most 80 characters");
    }
    let lang_ok = !meta.language.is_empty()
        && meta.language.len() <= 35
        && meta.language.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric())
        });
    if !lang_ok {
        p.add(
            "language",
            format!(
                "must be a language tag such as \"en\" or \"de-CH\"; the file has \"{}\"",
                meta.language
            ),
        );
    }
    for (i, c) in meta.changelog.iter().enumerate() {
        if !is_semver(&c.version) {
            p.add(format!("changelog[{i}].version"), "must be a version such as \"1.0.0\"");
        }
    }
    p.0
}

/// "1.2.3", optionally with a pre-release or build suffix ("1.2.3-rc.1").
fn is_semver(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 9
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

/// Every problem of a catalogue that parsed: ranges, ids, order and internal consistency.
pub fn catalogue_problems(cat: &Catalogue) -> Vec<Problem> {
    let mut p = Problems(Vec::new());
    let known: Vec<Source> = cat.sources.iter().map(|s| s.id).collect();
    for (i, s) in cat.sources.iter().enumerate() {
        if known[..i].contains(&s.id) {
            p.add(
                format!("catalogue.sources[{i}].id"),
                format!("repeats the source \"{}\"", s.id.id()),
            );
        }
        p.text(format!("catalogue.sources[{i}].title"), &s.title);
        if let Some(link) = &s.link {
            if !safe_link(link) {
                p.add(
                    format!("catalogue.sources[{i}].link"),
                    "must be an https:// or http:// address, or a path on the same site",
                );
            }
        }
    }

    let ids: Vec<FactorId> = cat.factors.iter().map(|f| f.id).collect();
    p.once_each("catalogue.factors", &ids, &FactorId::ALL);
    for (i, f) in cat.factors.iter().enumerate() {
        let at = format!("catalogue.factors[{i}]");
        p.text(format!("{at}.question"), &f.question);
        p.weight(format!("{at}.weight"), f.weight);
        for (j, s) in f.sources.iter().enumerate() {
            p.source(format!("{at}.sources[{j}]"), *s, &known);
        }
        if !(2..=5).contains(&f.options.len()) {
            p.add(
                format!("{at}.options"),
                format!("must list 2 to 5 options; it lists {}", f.options.len()),
            );
        }
        for (j, o) in f.options.iter().enumerate() {
            let oat = format!("{at}.options[{j}]");
            if o.id.is_empty()
                || o.id.len() > 40
                || !o.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            {
                p.add(
                    format!("{oat}.id"),
                    "must be 1 to 40 lower-case letters, digits or underscores",
                );
            }
            if f.options[..j].iter().any(|x| x.id == o.id) {
                p.add(format!("{oat}.id"), format!("repeats the option \"{}\"", o.id));
            }
            p.text(format!("{oat}.label"), &o.label);
            p.unit(format!("{oat}.need"), o.need);
        }
        for (j, pair) in f.options.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            let oat = format!("{at}.options[{}]", j + 1);
            if b.need < a.need {
                p.add(format!("{oat}.need"), format!("is {} after \"{}\"'s {}: options go from the stay end to the split end, so need never falls along the list", show(b.need), a.id, show(a.need)));
            }
            if let Some(t) = a.raises_triggers.iter().find(|t| !b.raises_triggers.contains(t)) {
                p.add(format!("{oat}.raises_triggers"), format!("drops {}, which \"{}\" before it raises: further along, triggers only add up", name(t), a.id));
            }
            if let Some(x) = b.raises_blockers.iter().find(|x| !a.raises_blockers.contains(x)) {
                p.add(format!("{oat}.raises_blockers"), format!("adds {}, which \"{}\" before it does not raise: further along, reasons not to break only fall away", name(x), a.id));
            }
        }
    }

    let caps: Vec<Capability> = cat.capabilities.iter().map(|c| c.capability).collect();
    p.once_each("catalogue.capabilities", &caps, &Capability::ALL);
    for (i, c) in cat.capabilities.iter().enumerate() {
        let at = format!("catalogue.capabilities[{i}]");
        p.text(format!("{at}.label"), &c.label);
        if !c.in_sentence.is_empty() {
            p.text(format!("{at}.in_sentence"), &c.in_sentence);
        }
        p.weight(format!("{at}.weight"), c.weight);
        p.source(format!("{at}.source"), c.source, &known);
    }

    for (field, bands) in [
        ("engineer_bands", &cat.engineer_bands),
        ("team_bands", &cat.team_bands),
        ("ops_bands", &cat.ops_bands),
    ] {
        if bands.is_empty() {
            p.add(format!("catalogue.{field}"), "must list at least one band");
        }
        for (i, b) in bands.iter().enumerate() {
            let at = format!("catalogue.{field}[{i}]");
            p.unit(format!("{at}.need"), b.need);
            p.unit(format!("{at}.growth"), b.growth);
            p.text(format!("{at}.label"), &b.label);
            if i > 0 && b.min <= bands[i - 1].min {
                p.add(format!("{at}.min"), format!("is {} after {}: bands go from the smallest up, each starting above the one before", b.min, bands[i - 1].min));
            }
            if i > 0 && b.need < bands[i - 1].need {
                p.add(
                    format!("{at}.need"),
                    "falls from the band before: a larger band never needs splitting less",
                );
            }
        }
    }

    let stages: Vec<ProductStage> = cat.stages.iter().map(|s| s.stage).collect();
    p.once_each("catalogue.stages", &stages, &ProductStage::ALL);
    for (i, s) in cat.stages.iter().enumerate() {
        p.unit(format!("catalogue.stages[{i}].need"), s.need);
        p.unit(format!("catalogue.stages[{i}].growth"), s.growth);
    }
    let bands: Vec<TrafficBand> = cat.traffic.iter().map(|t| t.band).collect();
    p.once_each("catalogue.traffic", &bands, &TrafficBand::ALL);
    for (i, t) in cat.traffic.iter().enumerate() {
        p.unit(format!("catalogue.traffic[{i}].need"), t.need);
    }
    for (field, w) in [
        ("engineers_weight", cat.engineers_weight),
        ("teams_weight", cat.teams_weight),
        ("stage_weight", cat.stage_weight),
        ("traffic_weight", cat.traffic_weight),
    ] {
        p.weight(format!("catalogue.{field}"), w);
    }

    let triggers: Vec<TriggerId> = cat.triggers.iter().map(|t| t.id).collect();
    p.once_each("catalogue.triggers", &triggers, &TriggerId::ALL);
    for (i, t) in cat.triggers.iter().enumerate() {
        p.text(format!("catalogue.triggers[{i}].label"), &t.label);
        slots(&mut p, format!("catalogue.triggers[{i}].label"), &t.label, THRESHOLD_SLOTS);
        let at = format!("catalogue.triggers[{i}].explanation");
        slots(&mut p, at, &t.explanation, THRESHOLD_SLOTS);
        p.source(format!("catalogue.triggers[{i}].source"), t.source, &known);
    }
    let blockers: Vec<BlockerId> = cat.blockers.iter().map(|b| b.id).collect();
    p.once_each("catalogue.blockers", &blockers, &BlockerId::ALL);
    for (i, b) in cat.blockers.iter().enumerate() {
        p.text(format!("catalogue.blockers[{i}].label"), &b.label);
        slots(&mut p, format!("catalogue.blockers[{i}].label"), &b.label, THRESHOLD_SLOTS);
        let at = format!("catalogue.blockers[{i}].explanation");
        slots(&mut p, at, &b.explanation, THRESHOLD_SLOTS);
        p.source(format!("catalogue.blockers[{i}].source"), b.source, &known);
    }
    for (i, m) in cat.matrix.iter().enumerate() {
        let at = format!("catalogue.matrix[{i}]");
        if cat.matrix[..i].iter().any(|x| x.id == m.id) {
            p.add(format!("{at}.id"), format!("repeats the row \"{}\"", m.id));
        }
        p.text(format!("{at}.dimension"), &m.dimension);
        slots(&mut p, format!("{at}.stay"), &m.stay, THRESHOLD_SLOTS);
        slots(&mut p, format!("{at}.split"), &m.split, THRESHOLD_SLOTS);
        p.source(format!("{at}.source"), m.source, &known);
    }
    for (i, row) in cat.scorecard.iter().enumerate() {
        let at = format!("catalogue.scorecard[{i}].points");
        let pts = &row.points;
        for (k, v) in [
            ("monolith", pts.monolith),
            ("modular_monolith", pts.modular_monolith),
            ("selective_extraction", pts.selective_extraction),
            ("migration", pts.migration),
            ("not_ready", pts.not_ready),
        ] {
            p.finite(format!("{at}.{k}"), v);
        }
        if cat.scorecard[..i].iter().any(|x| x.feature == row.feature) {
            p.add(
                format!("catalogue.scorecard[{i}].feature"),
                format!("repeats {}", name(&row.feature)),
            );
        }
    }
    for (i, v) in cat.verdicts.iter().enumerate() {
        if cat.verdicts[..i].iter().any(|x| x.verdict == v.verdict) {
            p.add(
                format!("catalogue.verdicts[{i}].verdict"),
                format!("repeats {}", name(&v.verdict)),
            );
        }
        p.text(format!("catalogue.verdicts[{i}].label"), &v.label);
        for (list, texts) in [("pros", &v.pros), ("cons", &v.cons)] {
            for (j, text) in texts.iter().enumerate() {
                let at = format!("catalogue.verdicts[{i}].{list}[{j}]");
                slots(&mut p, at, text, THRESHOLD_SLOTS);
            }
        }
    }
    for q in [
        Quadrant::KeepItSimple,
        Quadrant::CapableNoNeed,
        Quadrant::FoundationFirst,
        Quadrant::ReadyToSplit,
    ] {
        if !cat.quadrants.iter().any(|t| t.quadrant == q && t.verdicts.is_empty()) {
            p.add(
                "catalogue.quadrants",
                format!("has no general entry (without verdicts) for {}", name(&q)),
            );
        }
    }

    let phases: Vec<PhaseId> = cat.phases.iter().map(|x| x.id).collect();
    p.once_each("catalogue.phases", &phases, &PHASES);
    for (i, ph) in cat.phases.iter().enumerate() {
        let at = format!("catalogue.phases[{i}]");
        p.text(format!("{at}.name"), &ph.name);
        p.range(format!("{at}.months"), ph.months);
        if let Some(m) = ph.months_small {
            p.range(format!("{at}.months_small"), m);
        }
        if let Some(w) = ph.per_service_weeks {
            p.range(format!("{at}.per_service_weeks"), w);
        }
        if ph.months.1 > 120 {
            p.add(format!("{at}.months"), "must be at most 120 months");
        }
        p.source(format!("{at}.source"), ph.source, &known);
        for (j, a) in ph.activities.iter().enumerate() {
            slots(&mut p, format!("{at}.activities[{j}].text"), &a.text, &["service", "unit"]);
        }
    }
    let pitfalls: Vec<PitfallId> = cat.pitfalls.iter().map(|x| x.id).collect();
    p.once_each("catalogue.pitfalls", &pitfalls, &PITFALLS);
    for (i, pf) in cat.pitfalls.iter().enumerate() {
        let at = format!("catalogue.pitfalls[{i}]");
        p.text(format!("{at}.title"), &pf.title);
        slots(&mut p, format!("{at}.detail"), &pf.detail, &["modules"]);
        slots(&mut p, format!("{at}.detail_present"), &pf.detail_present, &["modules"]);
        p.source(format!("{at}.source"), pf.source, &known);
    }
    for (i, a) in cat.advice.iter().enumerate() {
        p.text(format!("catalogue.advice[{i}].text"), &a.text);
        p.source(format!("catalogue.advice[{i}].source"), a.source, &known);
    }
    for (i, r) in cat.revisit.iter().enumerate() {
        let at = format!("catalogue.revisit[{i}]");
        p.text(format!("{at}.text"), &r.text);
        // A revisit on the engineers may also name its own number.
        let mut allowed = THRESHOLD_SLOTS.to_vec();
        if matches!(r.when, RevisitWhen::Engineers(_)) {
            allowed.push("engineers");
        }
        slots(&mut p, format!("{at}.text"), &r.text, &allowed);
        if let RevisitWhen::Factor(f, option) = &r.when {
            match cat.factor(*f) {
                Some(def) if def.options.iter().any(|o| &o.id == option) => {}
                Some(_) => p.add(
                    format!("{at}.when"),
                    format!(
                        "names the option \"{option}\", which the factor {} does not have",
                        name(f)
                    ),
                ),
                None => {}
            }
        }
    }
    let w = &cat.candidate_weights;
    for (k, v) in [
        ("hot_load", w.hot_load),
        ("availability", w.availability),
        ("cadence", w.cadence),
        ("resource", w.resource),
        ("owned_apart", w.owned_apart),
        ("sync_edge", w.sync_edge),
        ("async_edge", w.async_edge),
        ("shared_read", w.shared_read),
        ("shared_write", w.shared_write),
    ] {
        p.finite(format!("catalogue.candidate_weights.{k}"), v);
    }
    let c = &cat.costs;
    p.range("catalogue.costs.latency_per_hop_ms", c.latency_per_hop_ms);
    p.range("catalogue.costs.ops_monolith", c.ops_monolith);
    p.range("catalogue.costs.ops_ten_services", c.ops_ten_services);

    for (path, message) in cat.texts.problems() {
        p.add(format!("catalogue.texts.{path}"), message);
    }
    let t = &cat.thresholds;
    let at = "catalogue.thresholds";
    if t.tiny_team_at_most >= t.small_team_below {
        p.add(
            format!("{at}.tiny_team_at_most"),
            format!(
                "must be below small_team_below ({}); the file has {}",
                t.small_team_below, t.tiny_team_at_most
            ),
        );
    }
    if t.small_team_below > t.org_trigger_at {
        p.add(format!("{at}.small_team_below"), format!("must be at most org_trigger_at ({}): a team cannot be both small and past the organisation line; the file has {}", t.org_trigger_at, t.small_team_below));
    }
    if !(t.hot_load_ratio.is_finite() && t.hot_load_ratio > 1.0) {
        p.add(
            format!("{at}.hot_load_ratio"),
            format!("must be a number above 1; the file has {}", show(t.hot_load_ratio)),
        );
    }
    for (k, v) in [
        ("need_prior_value", t.need_prior_value),
        ("trigger_share_of_need", t.trigger_share_of_need),
        ("capability_share", t.capability_share),
        ("confidence_completeness_share", t.confidence_completeness_share),
        ("confidence_robust_share", t.confidence_robust_share),
    ] {
        p.unit(format!("{at}.{k}"), v);
    }
    p.weight(format!("{at}.need_prior_weight"), t.need_prior_weight);
    for (k, v) in [
        ("devops_blocker_below", t.devops_blocker_below),
        ("migration_min_readiness", t.migration_min_readiness),
        ("quadrant_need_at", t.quadrant_need_at),
        ("quadrant_readiness_at", t.quadrant_readiness_at),
        ("infra_first_below", t.infra_first_below),
        ("infra_short_at", t.infra_short_at),
        ("readiness_gate[0]", t.readiness_gate.0),
        ("readiness_gate[1]", t.readiness_gate.1),
    ] {
        if !(v.is_finite() && (0.0..=100.0).contains(&v)) {
            p.add(
                format!("{at}.{k}"),
                format!("must be a score from 0 to 100; the file has {}", show(v)),
            );
        }
    }
    if t.readiness_gate.0 > t.readiness_gate.1 {
        p.add(format!("{at}.readiness_gate"), "must be [lower, upper], lower first");
    }
    if t.infra_first_below > t.infra_short_at {
        p.add(
            format!("{at}.infra_short_at"),
            format!("must be at least infra_first_below ({})", show(t.infra_first_below)),
        );
    }
    if !(t.confidence_medium_at.is_finite()
        && t.confidence_high_at.is_finite()
        && 0.0 <= t.confidence_medium_at
        && t.confidence_medium_at <= t.confidence_high_at
        && t.confidence_high_at <= 1.0)
    {
        p.add(
            format!("{at}.confidence_high_at"),
            "must be at least confidence_medium_at, both from 0 to 1",
        );
    }
    p.weight(format!("{at}.clear_margin"), t.clear_margin);
    p.weight(format!("{at}.confidence_margin_half"), t.confidence_margin_half);
    if t.trigger_curve.is_empty() {
        p.add(format!("{at}.trigger_curve"), "must list at least one value");
    }
    for (i, v) in t.trigger_curve.iter().enumerate() {
        p.unit(format!("{at}.trigger_curve[{i}]"), *v);
        if i > 0 && *v < t.trigger_curve[i - 1] {
            p.add(
                format!("{at}.trigger_curve[{i}]"),
                "falls from the value before: more triggers never mean less need",
            );
        }
    }
    for (i, v) in t.essential_caps.iter().enumerate() {
        if !(v.is_finite() && (0.0..=100.0).contains(v)) {
            p.add(
                format!("{at}.essential_caps[{i}]"),
                format!("must be a score from 0 to 100; the file has {}", show(*v)),
            );
        } else if i > 0 && *v > t.essential_caps[i - 1] {
            p.add(
                format!("{at}.essential_caps[{i}]"),
                "rises from the value before: a missing essential never raises readiness",
            );
        }
    }
    p.range(format!("{at}.typical_services"), t.typical_services);
    for (k, v) in [
        ("engineers_per_team", t.engineers_per_team),
        ("services_per_team", t.services_per_team),
        ("engineers_per_service", t.engineers_per_service),
        ("engineers_per_ops", t.engineers_per_ops),
        ("max_parallel_extractions", t.max_parallel_extractions),
        ("migration_min_triggers", t.migration_min_triggers),
    ] {
        if v == 0 {
            p.add(format!("{at}.{k}"), "must be 1 or more");
        }
    }
    p.0
}

const PHASES: [PhaseId; 21] = [
    PhaseId::Discovery,
    PhaseId::FirstExtraction,
    PhaseId::InfrastructureFoundation,
    PhaseId::IterativeExtraction,
    PhaseId::DatabaseDecomposition,
    PhaseId::Stabilisation,
    PhaseId::DataSplit,
    PhaseId::ModuleBoundaries,
    PhaseId::EnforceBoundaries,
    PhaseId::Observability,
    PhaseId::PeriodicReview,
    PhaseId::FoundationDelivery,
    PhaseId::FoundationObservability,
    PhaseId::FoundationIncidents,
    PhaseId::Reevaluate,
    PhaseId::KeepInOrder,
    PhaseId::MapServices,
    PhaseId::MergeServices,
    PhaseId::OwnSharedData,
    PhaseId::FlattenChains,
    PhaseId::TakeStock,
];

const PITFALLS: [PitfallId; 5] = [
    PitfallId::DeployTogether,
    PitfallId::SharedWrites,
    PitfallId::DeepSyncChain,
    PitfallId::CrossServiceTransactions,
    PitfallId::NoOwner,
];

/// A template names only the slots it may use.
fn slots(p: &mut Problems, path: String, text: &str, allowed: &[&str]) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            p.add(path, "has a \"{\" that is never closed");
            return;
        };
        let slot = &after[..close];
        if !allowed.contains(&slot) {
            let may = if allowed.is_empty() {
                "no slots".to_string()
            } else {
                allowed.iter().map(|s| format!("{{{s}}}")).collect::<Vec<_>>().join(" and ")
            };
            p.add(
                path.clone(),
                format!(
                    "names the slot {{{slot}}}, which this text does not have; it may use {may}"
                ),
            );
        }
        rest = &after[close + 1..];
    }
}

/// Links the page may show: web addresses and paths on the same site, never scripts.
fn safe_link(link: &str) -> bool {
    let lower = link.trim().to_ascii_lowercase();
    !lower.is_empty()
        && (lower.starts_with("https://")
            || lower.starts_with("http://")
            || ((lower.starts_with('/') || lower.starts_with("./")) && !lower.starts_with("//")))
        && !link.chars().any(|c| c.is_control() || c == '"' || c == '<' || c == '>')
}
