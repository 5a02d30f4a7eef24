//! Share links: the answers packed into a short text for the URL fragment.
//!
//! The fragment never reaches a server, so the answers stay between the people who share the
//! link. The text is `s1.` (or `s2.`) followed by base64url of a compact binary form: a format
//! version, the answers field by field (small numbers as varints, enums as bytes, names as UTF-8)
//! and an FNV-1a checksum, so a truncated or edited link is refused instead of read wrongly.
//! Decoding checks the length before it starts, never panics, and either returns answers or says
//! what is wrong.
//!
//! A link, once written, means the same answers forever (tests/link_compat.rs holds links of
//! every format). Format 2 is format 1 with one field appended (the services running today), and
//! it is written only when that answer is given: every other link is still format 1, byte for
//! byte, so older releases keep opening it. An older release meeting `s2.` says the link was made
//! by a newer version. Format 3 is format 2 with the rubric appended (its id, version and the
//! first 12 digits of its SHA-256, as three texts), written only for answers made with a rubric
//! other than the standard one: a link without a rubric is a link made with the standard rubric.
//! Format 4 is written only when a module of the domain map is marked as already running on its
//! own or a dependency carries its number of imports: after the services running today comes
//! the rubric behind a presence byte (0 for the standard rubric, 1 then the three texts), then
//! the places in the module list (from 0) of the modules that run on their own, then the
//! counted imports: how many dependencies carry a count, then for each its place in the
//! dependency list (from 0, ascending) and its count.
//!
//! Every enum travels as its own explicit link code (`code()` / `from_code()`, declared beside
//! the enum in the engine's `answers` module), never as its place in an `ALL` list: reordering
//! a list, or renaming a variant, cannot change what a link means.

use crate::engine::limits;
use crate::engine::order::{self, SortedMap};
use crate::rubric::{Rubric, RubricRef, SHORT_HASH};
use crate::validate::thousands;
use std::fmt;

use crate::engine::{
    Answers, AvailabilityTarget, Cadence, Capability, Context, CurrentArchitecture, DepKind,
    Dependency, DomainMap, FactorId, Module, ProductStage, Readiness, ResourceProfile, Stack,
    TrafficBand, YearMonth,
};

/// The newest format this version reads and writes.
pub const VERSION: u8 = 4;
/// The longest share code accepted; anything longer is refused before decoding, and answers that
/// need a longer one are not offered as a link ([`share_code`]).
pub const MAX_CHARS: usize = 24_000;
/// The longest text (a name, a factor's answer) a link carries, in characters; the editor's
/// names are far shorter ([`limits::MAX_NAME_CHARS`]).
const MAX_TEXT: u64 = 200;

/// The prefix of a share code of this format version: `s1.`, `s2.`.
pub fn prefix(version: u8) -> String {
    format!("s{version}.")
}

/// Why a share code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing after the `#`.
    Empty,
    /// Longer than any link Seams writes.
    TooLong { chars: usize },
    /// Not a Seams share code at all.
    NotASeamsLink,
    /// Made by a newer version of Seams.
    NewerVersion { version: u8 },
    /// Cut short, or edited: the checksum does not match.
    Damaged,
    /// Well formed, but holds a value no version of Seams writes.
    Invalid { field: &'static str },
    /// More modules or dependencies than any edge accepts.
    TooMany { what: &'static str, max: usize },
    /// The answers need a longer link than a link may be (`chars` characters): for writing,
    /// not reading.
    TooMuchForALink { chars: usize },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "The link holds no answers."),
            LinkError::TooLong { chars } => write!(
                f,
                "The link is too long to be a Seams link ({} characters; at most {}).",
                thousands(*chars as u64),
                thousands(MAX_CHARS as u64)
            ),
            LinkError::NotASeamsLink => {
                write!(f, "The link does not hold Seams answers: it may have been copied only in part.")
            }
            LinkError::NewerVersion { version } => write!(
                f,
                "The link was made by a newer version of Seams (format {version}); this page reads formats up to {VERSION}. Open it with the newer version."
            ),
            LinkError::Damaged => write!(
                f,
                "The link is damaged: it was cut short or changed after it was made. Ask for the link again."
            ),
            LinkError::Invalid { field } => {
                write!(f, "The link holds an impossible value for {field}. Ask for the link again.")
            }
            LinkError::TooMany { what, max } => write!(
                f,
                "The link holds more {what} than Seams accepts (at most {}).",
                thousands(*max as u64)
            ),
            LinkError::TooMuchForALink { chars } => write!(
                f,
                "These answers are too large for a share link: it would take {} characters, and a link holds at most {}. Export the answers as a file instead; the file holds them all.",
                thousands(*chars as u64),
                thousands(MAX_CHARS as u64)
            ),
        }
    }
}

/// A share link as read: its answers, and the rubric it names. Formats 1 and 2 name none: they
/// are made with the standard rubric (format 3 is written only for another rubric).
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub answers: Answers,
    /// The rubric's id, version and short SHA-256; `None` for the standard rubric.
    pub rubric: Option<RubricRef>,
}

/// Packs the answers into a share code (without the leading `#`), whatever its length: format 2
/// when the services running today are given, otherwise format 1.
pub fn encode(answers: &Answers) -> String {
    encode_with(answers, None)
}

/// Packs the answers made with `rubric` into a share code. The standard rubric (or none) writes
/// format 1 or 2 exactly as [`encode`] does, so those links stay what they always were; any
/// other rubric writes format 3, format 2 with the rubric's id, version and short SHA-256
/// appended.
pub fn encode_with(answers: &Answers, rubric: Option<&Rubric>) -> String {
    let named = rubric.filter(|r| !r.is_standard()).map(Rubric::short_reference);
    let apart: Vec<usize> = (0..answers.domain.modules.len())
        .filter(|&i| answers.domain.modules[i].runs_apart)
        .collect();
    let counted: Vec<(usize, u32)> = (0..answers.domain.dependencies.len())
        .map(|i| (i, answers.domain.dependencies[i].imports))
        .filter(|&(_, n)| n > 0)
        .collect();
    let version = if !apart.is_empty() || !counted.is_empty() {
        4
    } else if named.is_some() {
        3
    } else if answers.context.services_today.is_some() {
        2
    } else {
        1
    };
    let mut w = Writer::default();
    w.byte(version);
    let c = &answers.context;
    w.opt_num(c.engineers.map(u64::from));
    w.opt_num(c.teams.map(u64::from));
    w.opt_enum(c.stage.map(ProductStage::code));
    w.opt_enum(c.daily_requests.map(TrafficBand::code));
    w.opt_enum(c.architecture.map(CurrentArchitecture::code));
    w.opt_enum(c.stack.map(Stack::code));

    // By code, so the bytes never depend on the order the enum declares its factors in.
    let mut factors: Vec<(u8, &String)> =
        answers.factors.iter().map(|(f, option)| (f.code(), option)).collect();
    order::sort_by_key(&mut factors, |(code, _)| *code);
    w.num(factors.len() as u64);
    for (code, option) in factors {
        w.num(u64::from(code));
        w.text(option);
    }

    // Two bit sets: bit `code()` of each capability.
    let (mut answered, mut present) = (0u64, 0u64);
    for (cap, on) in answers.readiness.capabilities.iter() {
        answered |= 1 << cap.code();
        if *on {
            present |= 1 << cap.code();
        }
    }
    w.num(answered);
    w.num(present);
    w.opt_num(answers.readiness.ops_headcount.map(u64::from));

    match answers.plan_start {
        Some(ym) => {
            w.byte(1);
            w.num(zigzag(ym.year));
            w.byte(ym.month);
        }
        None => w.byte(0),
    }

    let map = &answers.domain;
    w.num(map.modules.len() as u64);
    for m in &map.modules {
        w.num(u64::from(m.id));
        w.text(&m.name);
        w.num(u64::from(m.load));
        w.byte(m.availability.code());
        w.byte(m.cadence.code());
        w.byte(m.resource.code());
        w.byte(u8::from(m.core));
        match &m.team {
            Some(team) => {
                w.byte(1);
                w.text(team);
            }
            None => w.byte(0),
        }
    }
    w.num(map.dependencies.len() as u64);
    for d in &map.dependencies {
        w.num(u64::from(d.from));
        w.num(u64::from(d.to));
        w.byte(d.kind.code());
    }
    // Format 2 appends; nothing before this point may ever change.
    if version >= 2 {
        w.opt_num(answers.context.services_today.map(u64::from));
    }
    // Format 3 appends the rubric; format 4 says first whether there is one.
    if version >= 4 {
        w.byte(u8::from(named.is_some()));
    }
    if let Some(r) = &named {
        w.text(&r.id);
        w.text(&r.version);
        w.text(&r.sha256);
    }
    // Format 4 appends the modules that run on their own.
    if version >= 4 {
        w.num(apart.len() as u64);
        for &i in &apart {
            w.num(i as u64);
        }
        w.num(counted.len() as u64);
        for &(i, n) in &counted {
            w.num(i as u64);
            w.num(u64::from(n));
        }
    }
    let sum = fnv1a(&w.bytes);
    w.bytes.extend_from_slice(&sum.to_be_bytes());
    format!("{}{}", prefix(version), base64url_encode(&w.bytes))
}

/// The share code of these answers, or, when it would be longer than a link may be, the reason
/// to export a file instead.
pub fn share_code(answers: &Answers) -> Result<String, LinkError> {
    share_code_with(answers, None)
}

/// [`share_code`] for answers made with `rubric`.
pub fn share_code_with(answers: &Answers, rubric: Option<&Rubric>) -> Result<String, LinkError> {
    let code = encode_with(answers, rubric);
    let chars = code.chars().count();
    if chars > MAX_CHARS {
        return Err(LinkError::TooMuchForALink { chars });
    }
    Ok(code)
}

/// Reads a share code (with or without the leading `#`).
pub fn decode(code: &str) -> Result<Answers, LinkError> {
    decode_shared(code).map(|shared| shared.answers)
}

/// Reads a share code, with the rubric it names.
pub fn decode_shared(code: &str) -> Result<Shared, LinkError> {
    let code = code.trim().trim_start_matches('#');
    if code.is_empty() {
        return Err(LinkError::Empty);
    }
    let chars = code.chars().count();
    if chars > MAX_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    let (format, body) = match code.strip_prefix('s').and_then(|rest| rest.split_once('.')) {
        Some((version, body)) => {
            let version: u8 = version.parse().map_err(|_| LinkError::NotASeamsLink)?;
            if version > VERSION {
                return Err(LinkError::NewerVersion { version });
            }
            if version == 0 {
                return Err(LinkError::NotASeamsLink);
            }
            (version, body)
        }
        None => return Err(LinkError::NotASeamsLink),
    };
    let bytes = base64url_decode(body).ok_or(LinkError::Damaged)?;
    if bytes.len() < 5 {
        return Err(LinkError::Damaged);
    }
    let (data, sum) = bytes.split_at(bytes.len() - 4);
    if fnv1a(data).to_be_bytes() != sum {
        return Err(LinkError::Damaged);
    }
    read(data, format)
}

/// Reads the binary form (checksum already checked) of a link whose prefix names `format`.
fn read(data: &[u8], format: u8) -> Result<Shared, LinkError> {
    let mut r = Reader { bytes: data, at: 0 };
    let version = r.byte("the format version")?;
    if version > VERSION {
        return Err(LinkError::NewerVersion { version });
    }
    if version != format {
        return Err(LinkError::Damaged);
    }

    let mut context = Context {
        engineers: r.opt_u32("the number of engineers")?,
        teams: r.opt_u32("the number of teams")?,
        stage: r.opt_enum(ProductStage::from_code, "the product stage")?,
        daily_requests: r.opt_enum(TrafficBand::from_code, "the daily requests")?,
        architecture: r.opt_enum(CurrentArchitecture::from_code, "the current architecture")?,
        stack: r.opt_enum(Stack::from_code, "the language stack")?,
        services_today: None,
    };

    let mut factors = SortedMap::new();
    for _ in 0..r.count("decision factors", FactorId::ALL.len())? {
        let factor = r.pick(FactorId::from_code, "a decision factor")?;
        let option = r.text("a decision factor's answer")?;
        factors.insert(factor, option);
    }

    let answered = r.num("the readiness checklist")?;
    let present = r.num("the readiness checklist")?;
    let mut capabilities = SortedMap::new();
    // Bits no release writes are ignored, as they always were.
    for cap in Capability::ALL {
        let bit = 1 << cap.code();
        if answered & bit != 0 {
            capabilities.insert(cap, present & bit != 0);
        }
    }
    let readiness =
        Readiness { capabilities, ops_headcount: r.opt_u32("the operations headcount")? };

    let plan_start = match r.byte("the plan's start")? {
        0 => None,
        1 => {
            let year = unzigzag(r.num("the plan's start year")?)
                .ok_or(LinkError::Invalid { field: "the plan's start year" })?;
            Some(YearMonth { year, month: r.byte("the plan's start month")? })
        }
        _ => return Err(LinkError::Invalid { field: "the plan's start" }),
    };

    let mut modules = Vec::new();
    for _ in 0..r.count("modules", limits::MAX_MODULES)? {
        let id = r.u32("a module's id")?;
        let name = r.text("a module's name")?;
        let load = r.u32("a module's load")?;
        let availability = r.pick(AvailabilityTarget::from_code, "a module's availability")?;
        let cadence = r.pick(Cadence::from_code, "a module's cadence")?;
        let resource = r.pick(ResourceProfile::from_code, "a module's resource profile")?;
        let core = match r.byte("a module's core flag")? {
            0 => false,
            1 => true,
            _ => return Err(LinkError::Invalid { field: "a module's core flag" }),
        };
        let team = match r.byte("a module's team")? {
            0 => None,
            1 => Some(r.text("a module's team")?),
            _ => return Err(LinkError::Invalid { field: "a module's team" }),
        };
        modules.push(Module {
            id,
            name,
            load,
            availability,
            cadence,
            team,
            resource,
            core,
            runs_apart: false,
        });
    }
    let mut dependencies = Vec::new();
    for _ in 0..r.count("dependencies", limits::MAX_DEPENDENCIES)? {
        let from = r.u32("a dependency")?;
        let to = r.u32("a dependency")?;
        let kind = r.pick(DepKind::from_code, "a dependency's kind")?;
        dependencies.push(Dependency { from, to, kind, imports: 0 });
    }
    if version >= 2 {
        context.services_today = r.opt_u32("the number of services in production")?;
    }
    let named = match version {
        3 => true,
        4.. => match r.byte("the rubric")? {
            0 => false,
            1 => true,
            _ => return Err(LinkError::Invalid { field: "the rubric" }),
        },
        _ => false,
    };
    let rubric = if named {
        let id = r.text("the rubric's id")?;
        let version = r.text("the rubric's version")?;
        let sha256 = r.text("the rubric's SHA-256")?;
        if id.is_empty()
            || sha256.len() != SHORT_HASH
            || !sha256.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return Err(LinkError::Invalid { field: "the rubric" });
        }
        Some(RubricRef { id, version, sha256 })
    } else {
        None
    };
    if version >= 4 {
        for _ in 0..r.count("modules that run on their own", limits::MAX_MODULES)? {
            let at = r.num("a module that runs on its own")?;
            let Some(m) = usize::try_from(at).ok().and_then(|i| modules.get_mut(i)) else {
                return Err(LinkError::Invalid { field: "a module that runs on its own" });
            };
            m.runs_apart = true;
        }
        let mut last = None;
        for _ in 0..r.count("counted imports", limits::MAX_DEPENDENCIES)? {
            let field = "a dependency's number of imports";
            let at = r.num(field)?;
            let n = r.u32(field)?;
            // Each place once and in order, each count at least 1 (the range is checked with
            // the answers, as a module's load is).
            if last.is_some_and(|l| at <= l) || n == 0 {
                return Err(LinkError::Invalid { field });
            }
            let Some(d) = usize::try_from(at).ok().and_then(|i| dependencies.get_mut(i)) else {
                return Err(LinkError::Invalid { field });
            };
            d.imports = n;
            last = Some(at);
        }
    }
    if r.at != r.bytes.len() {
        return Err(LinkError::Damaged);
    }
    let answers = Answers {
        context,
        factors,
        readiness,
        domain: DomainMap { modules, dependencies },
        plan_start,
    };
    Ok(Shared { answers, rubric })
}

/// Maps signed to unsigned so small negative years stay short: 0, -1, 1, -2 … → 0, 1, 2, 3 …
fn zigzag(n: i32) -> u64 {
    u64::from(((n << 1) ^ (n >> 31)) as u32)
}

fn unzigzag(n: u64) -> Option<i32> {
    let n = u32::try_from(n).ok()?;
    Some(((n >> 1) as i32) ^ -((n & 1) as i32))
}

/// 32-bit FNV-1a: enough to catch a cut or a typo, not meant to resist a forger (a forged link
/// can only hold answers a user could have typed anyway).
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

#[derive(Default)]
struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    /// LEB128: seven bits a byte, low bits first.
    fn num(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    fn opt_num(&mut self, n: Option<u64>) {
        self.num(n.map_or(0, |n| n + 1));
    }

    /// A value's link code plus one, or 0 for "not answered".
    fn opt_enum(&mut self, code: Option<u8>) {
        self.byte(code.map_or(0, |c| c + 1));
    }

    fn text(&mut self, s: &str) {
        // Names are capped by the editor; cap here too so a link always decodes.
        let s: String = s.chars().take(MAX_TEXT as usize).collect();
        self.num(s.len() as u64);
        self.bytes.extend_from_slice(s.as_bytes());
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self, _field: &'static str) -> Result<u8, LinkError> {
        let b = *self.bytes.get(self.at).ok_or(LinkError::Damaged)?;
        self.at += 1;
        Ok(b)
    }

    fn num(&mut self, field: &'static str) -> Result<u64, LinkError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte(field)?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(LinkError::Invalid { field })
    }

    fn u32(&mut self, field: &'static str) -> Result<u32, LinkError> {
        u32::try_from(self.num(field)?).map_err(|_| LinkError::Invalid { field })
    }

    fn opt_u32(&mut self, field: &'static str) -> Result<Option<u32>, LinkError> {
        match self.num(field)? {
            0 => Ok(None),
            n => u32::try_from(n - 1).map(Some).map_err(|_| LinkError::Invalid { field }),
        }
    }

    /// A number of items: at most `max`. (Each item takes a byte at least, so a count larger
    /// than what is left of the link is damage, not a large map.)
    fn count(&mut self, what: &'static str, max: usize) -> Result<u64, LinkError> {
        let n = self.num(what)?;
        if n > (self.bytes.len() - self.at) as u64 {
            return Err(LinkError::Damaged);
        }
        if n > max as u64 {
            return Err(LinkError::TooMany { what, max });
        }
        Ok(n)
    }

    /// A value by its link code (one byte).
    fn pick<T>(
        &mut self,
        from_code: fn(u8) -> Option<T>,
        field: &'static str,
    ) -> Result<T, LinkError> {
        let code = self.byte(field)?;
        from_code(code).ok_or(LinkError::Invalid { field })
    }

    /// A value by its link code plus one, or 0 for "not answered".
    fn opt_enum<T>(
        &mut self,
        from_code: fn(u8) -> Option<T>,
        field: &'static str,
    ) -> Result<Option<T>, LinkError> {
        match self.byte(field)? {
            0 => Ok(None),
            c => from_code(c - 1).map(Some).ok_or(LinkError::Invalid { field }),
        }
    }

    fn text(&mut self, field: &'static str) -> Result<String, LinkError> {
        let len = self.num(field)?;
        if len > MAX_TEXT * 4 {
            return Err(LinkError::Invalid { field });
        }
        let end = self.at.checked_add(len as usize).ok_or(LinkError::Damaged)?;
        let slice = self.bytes.get(self.at..end).ok_or(LinkError::Damaged)?;
        self.at = end;
        String::from_utf8(slice.to_vec()).map_err(|_| LinkError::Invalid { field })
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|v| v as u32);
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples;

    #[test]
    fn every_example_survives_the_round_trip() {
        for example in examples() {
            let code = encode(&example.answers);
            let format = if example.answers.domain.modules.iter().any(|m| m.runs_apart)
                || example.answers.domain.dependencies.iter().any(|d| d.imports > 0)
            {
                "s4."
            } else if example.answers.context.services_today.is_some() {
                "s2."
            } else {
                "s1."
            };
            assert!(code.starts_with(format), "{}: services today decide the format", example.id);
            assert_eq!(decode(&code), Ok(example.answers.clone()), "example {}", example.id);
            assert_eq!(decode(&format!("#{code}")), Ok(example.answers), "with the hash");
        }
    }

    #[test]
    fn links_are_far_smaller_than_the_same_answers_as_json() {
        let big = examples().into_iter().max_by_key(|e| e.answers.domain.modules.len()).unwrap();
        let code = encode(&big.answers);
        let json = serde_json::to_string(&big.answers).unwrap();
        assert!(code.len() * 3 < json.len(), "link {} characters, JSON {}", code.len(), json.len());
    }

    #[test]
    fn years_survive_zigzag() {
        for year in [0, 1, -1, 2026, -44, i32::MAX, i32::MIN] {
            assert_eq!(unzigzag(zigzag(year)), Some(year));
        }
    }

    #[test]
    fn damaged_links_are_refused_with_a_reason() {
        let code = encode(&examples()[1].answers);
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("#"), Err(LinkError::Empty));
        assert_eq!(decode(&code[..code.len() - 3]), Err(LinkError::Damaged), "truncated");
        let mut edited = code.clone().into_bytes();
        let i = edited.len() / 2;
        edited[i] = if edited[i] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            decode(std::str::from_utf8(&edited).unwrap()),
            Err(LinkError::Damaged),
            "one character changed"
        );
        assert_eq!(decode("hello"), Err(LinkError::NotASeamsLink));
        assert_eq!(
            decode(&code.replacen("s1.", "s9.", 1)),
            Err(LinkError::NewerVersion { version: 9 })
        );
        assert_eq!(
            decode(&"A".repeat(MAX_CHARS + 1)),
            Err(LinkError::TooLong { chars: MAX_CHARS + 1 })
        );
        assert!(decode("s1.!!!!").is_err());
    }

    #[test]
    fn messages_tell_the_user_what_to_do() {
        assert_eq!(
            LinkError::Damaged.to_string(),
            "The link is damaged: it was cut short or changed after it was made. Ask for the link again."
        );
        assert!(LinkError::NewerVersion { version: 3 }
            .to_string()
            .contains("newer version of Seams"));
    }

    #[test]
    fn the_services_running_today_travel_in_format_2_and_only_then() {
        let mut a = examples().remove(5).answers;
        let v1 = encode(&a);
        a.context.services_today = Some(12);
        let v2 = encode(&a);
        assert!(v1.starts_with("s1.") && v2.starts_with("s2."), "{v1} / {v2}");
        assert_eq!(decode(&v2), Ok(a.clone()));
        a.context.services_today = Some(0);
        assert_eq!(decode(&encode(&a)), Ok(a), "none running is an answer too");
        // Format 2 is format 1 with one field appended: same bytes up to the checksum.
        let (b1, b2) = (base64url_decode(&v1[3..]).unwrap(), base64url_decode(&v2[3..]).unwrap());
        assert_eq!((b1[0], b2[0]), (1, 2));
        assert_eq!(b1[1..b1.len() - 4], b2[1..b1.len() - 4]);
        assert_eq!(b2[b1.len() - 4..b2.len() - 4], [13], "12 + 1, as every optional count");
    }

    #[test]
    fn a_format_1_link_with_a_field_of_format_2_is_damaged() {
        let code = encode(&examples()[0].answers);
        let mut bytes = base64url_decode(&code[3..]).unwrap();
        bytes.truncate(bytes.len() - 4);
        bytes.push(13);
        let sum = fnv1a(&bytes);
        bytes.extend_from_slice(&sum.to_be_bytes());
        assert_eq!(decode(&format!("s1.{}", base64url_encode(&bytes))), Err(LinkError::Damaged));
        // And a format-2 prefix around format-1 bytes.
        assert_eq!(decode(&code.replacen("s1.", "s2.", 1)), Err(LinkError::Damaged));
    }

    #[test]
    fn answers_too_large_for_a_link_are_offered_as_a_file() {
        let small = &examples()[0].answers;
        assert_eq!(share_code(small), Ok(encode(small)));
        let mut big = Answers::default();
        big.domain.modules = (0..1_000)
            .map(|id| Module { id, name: format!("{id:0>60}"), ..Module::default() })
            .collect();
        let err = share_code(&big).unwrap_err();
        let LinkError::TooMuchForALink { chars } = err else { panic!("{err:?}") };
        assert!(chars > MAX_CHARS);
        let message = err.to_string();
        assert!(
            message.starts_with("These answers are too large for a share link: it would take "),
            "{message}"
        );
        assert!(message.ends_with(" characters, and a link holds at most 24,000. Export the answers as a file instead; the file holds them all."), "{message}");
    }

    #[test]
    fn a_link_holds_no_more_modules_and_dependencies_than_the_edges_accept() {
        let module = |id| Module { id, name: format!("m{id}"), ..Module::default() };
        let mut a = Answers::default();
        a.domain.modules = (0..1_000).map(module).collect();
        assert_eq!(decode(&encode(&a)).map(|d| d.domain.modules.len()), Ok(1_000));
        a.domain.modules.push(module(1_000));
        assert_eq!(decode(&encode(&a)), Err(LinkError::TooMany { what: "modules", max: 1_000 }));
        assert_eq!(
            LinkError::TooMany { what: "modules", max: 1_000 }.to_string(),
            "The link holds more modules than Seams accepts (at most 1,000)."
        );
        // 10,000 dependencies take more than a link's 24,000 characters, so only the binary
        // reader can be shown one too many.
        let binary = |a: &Answers| {
            let code = encode(a);
            let bytes = base64url_decode(&code[3..]).unwrap();
            read(&bytes[..bytes.len() - 4], 1)
        };
        let mut a = Answers::default();
        a.domain.dependencies = vec![Dependency::default(); 10_000];
        assert_eq!(binary(&a).map(|d| d.answers.domain.dependencies.len()), Ok(10_000));
        a.domain.dependencies.push(Dependency::default());
        assert_eq!(binary(&a), Err(LinkError::TooMany { what: "dependencies", max: 10_000 }));
    }

    /// The large marketplace, where sign-in, notifications and analytics run on their own.
    fn with_running_services() -> Answers {
        let a = examples().into_iter().find(|e| e.id == "large-marketplace").unwrap().answers;
        assert!(a.domain.modules.iter().any(|m| m.runs_apart));
        a
    }

    #[test]
    fn modules_that_run_on_their_own_travel_in_format_4_and_only_then() {
        let a = with_running_services();
        let code = encode(&a);
        assert!(code.starts_with("s4."), "{code}");
        assert_eq!(decode(&code), Ok(a.clone()));
        // Without the marks, the same answers keep their older format, byte for byte.
        let mut plain = a.clone();
        plain.domain.modules.iter_mut().for_each(|m| m.runs_apart = false);
        assert!(encode(&plain).starts_with("s2."));
        // With a rubric other than the standard one, both travel.
        let mut acme = Rubric::standard();
        acme.meta.id = "acme-architecture".to_string();
        acme.meta.version = "2.1.0".to_string();
        acme.sha256 =
            "3f2a9c01b7de5a66c0c2b1d4e8f9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0".to_string();
        let shared = decode_shared(&encode_with(&a, Some(&acme))).unwrap();
        assert_eq!(shared.answers, a);
        let r = shared.rubric.expect("the rubric travels in format 4");
        assert_eq!((r.id.as_str(), r.version.as_str()), ("acme-architecture", "2.1.0"));
        assert_eq!(decode_shared(&code).unwrap().rubric, None, "the standard rubric is none");
    }

    #[test]
    fn a_format_4_link_naming_a_module_it_does_not_hold_is_refused() {
        let mut a = Answers::default();
        a.domain.modules.push(Module {
            id: 7,
            name: "Search".into(),
            runs_apart: true,
            ..Module::default()
        });
        let code = encode(&a);
        let mut bytes = base64url_decode(&code[3..]).unwrap();
        bytes.truncate(bytes.len() - 4);
        // Before the count of counted imports (none) comes the place of the one running
        // module: point past the list.
        assert_eq!(bytes[bytes.len() - 1], 0, "no counted imports");
        let last = bytes.len() - 2;
        assert_eq!(bytes[last], 0);
        bytes[last] = 1;
        let sum = fnv1a(&bytes);
        bytes.extend_from_slice(&sum.to_be_bytes());
        assert_eq!(
            decode(&format!("s4.{}", base64url_encode(&bytes))),
            Err(LinkError::Invalid { field: "a module that runs on its own" })
        );
    }

    /// Orders imports Billing 40 times, Billing imports Orders once (and sends it an event).
    fn with_imports() -> Answers {
        let mut a = Answers::default();
        a.domain.modules = vec![
            Module { id: 1, name: "Orders".into(), ..Module::default() },
            Module { id: 2, name: "Billing".into(), ..Module::default() },
        ];
        a.domain.dependencies = vec![
            Dependency { from: 2, to: 1, kind: DepKind::Async, imports: 0 },
            Dependency { from: 1, to: 2, kind: DepKind::Sync, imports: 40 },
            Dependency { from: 2, to: 1, kind: DepKind::Sync, imports: 1 },
        ];
        a
    }

    #[test]
    fn counted_imports_travel_in_format_4_and_only_then() {
        let a = with_imports();
        let code = encode(&a);
        assert!(code.starts_with("s4."), "{code}");
        assert_eq!(decode(&code), Ok(a.clone()));
        let bytes = base64url_decode(&code[3..]).unwrap();
        // The end: no rubric, no running modules, two counted dependencies (places 1 and 2).
        assert_eq!(bytes[bytes.len() - 4 - 7..bytes.len() - 4], [0, 0, 2, 1, 40, 2, 1]);
        // Without the counts, the same answers keep format 1, byte for byte.
        let mut plain = a.clone();
        plain.domain.dependencies.iter_mut().for_each(|d| d.imports = 0);
        let v1 = encode(&plain);
        assert!(v1.starts_with("s1."), "{v1}");
        assert_eq!(decode(&v1), Ok(plain));
        // Both marks together, and a count past the u8 range.
        let mut both = with_running_services();
        both.domain.dependencies[3].imports = 1_000_000;
        both.domain.dependencies[0].imports = 300;
        assert_eq!(decode(&encode(&both)), Ok(both));
    }

    /// `with_imports`' link with its last seven bytes (from the rubric byte on) replaced.
    fn with_end(end: &[u8]) -> Result<Answers, LinkError> {
        let code = encode(&with_imports());
        let mut bytes = base64url_decode(&code[3..]).unwrap();
        bytes.truncate(bytes.len() - 4 - 7);
        bytes.extend_from_slice(end);
        let sum = fnv1a(&bytes);
        bytes.extend_from_slice(&sum.to_be_bytes());
        decode(&format!("s4.{}", base64url_encode(&bytes)))
    }

    #[test]
    fn a_format_4_link_counting_a_dependency_it_does_not_hold_is_refused() {
        assert_eq!(with_end(&[0, 0, 2, 1, 40, 2, 1]), Ok(with_imports()), "as written");
        let error = LinkError::Invalid { field: "a dependency's number of imports" };
        let invalid = Err(error.clone());
        assert_eq!(with_end(&[0, 0, 2, 1, 40, 3, 1]), invalid, "a place past the list");
        assert_eq!(with_end(&[0, 0, 2, 2, 1, 1, 40]), invalid, "places out of order");
        assert_eq!(with_end(&[0, 0, 2, 1, 40, 1, 40]), invalid, "a place twice");
        assert_eq!(with_end(&[0, 0, 2, 1, 0, 2, 1]), invalid, "a count of none");
        assert_eq!(
            error.to_string(),
            "The link holds an impossible value for a dependency's number of imports. Ask for the link again."
        );
        assert_eq!(with_end(&[0, 0, 2, 1, 40, 2]), Err(LinkError::Damaged), "cut short");
        assert_eq!(with_end(&[0, 0, 0]), {
            let mut a = with_imports();
            a.domain.dependencies.iter_mut().for_each(|d| d.imports = 0);
            Ok(a)
        });
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }
    }
}
