//! Share links: the answers packed into a short text for the URL fragment.
//!
//! The fragment never reaches a server, so the answers stay between the people who share the
//! link. The text is `s1.` followed by base64url of a compact binary form: a format version, the
//! answers field by field (small numbers as varints, enums as bytes, names as UTF-8) and an FNV-1a
//! checksum, so a truncated or edited link is refused instead of read wrongly. Decoding checks
//! the length before it starts, never panics, and either returns answers or says what is wrong.

use crate::engine::order::SortedMap;
use std::fmt;

use crate::engine::{
    Answers, AvailabilityTarget, Cadence, Capability, Context, CurrentArchitecture, DepKind,
    Dependency, DomainMap, FactorId, Module, ProductStage, Readiness, ResourceProfile, Stack,
    TrafficBand, YearMonth,
};

/// The prefix of every share code this version writes.
pub const PREFIX: &str = "s1.";
/// The format version inside the binary form.
pub const VERSION: u8 = 1;
/// The longest share code accepted; anything longer is refused before decoding.
pub const MAX_CHARS: usize = 24_000;
/// How many modules and dependencies a link may carry (as many as the editor allows, and more).
const MAX_ITEMS: u64 = 2_000;
const MAX_TEXT: u64 = 200;

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
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "The link holds no answers."),
            LinkError::TooLong { chars } => write!(
                f,
                "The link is too long to be a Seams link ({chars} characters; at most {MAX_CHARS})."
            ),
            LinkError::NotASeamsLink => {
                write!(f, "The link does not hold Seams answers: it may have been copied only in part.")
            }
            LinkError::NewerVersion { version } => write!(
                f,
                "The link was made by a newer version of Seams (format {version}); this page reads format {VERSION}. Open it with the newer version."
            ),
            LinkError::Damaged => write!(
                f,
                "The link is damaged: it was cut short or changed after it was made. Ask for the link again."
            ),
            LinkError::Invalid { field } => {
                write!(f, "The link holds an impossible value for {field}. Ask for the link again.")
            }
        }
    }
}

/// Packs the answers into a share code (without the leading `#`).
pub fn encode(answers: &Answers) -> String {
    let mut w = Writer::default();
    w.byte(VERSION);
    let c = &answers.context;
    w.opt_num(c.engineers.map(u64::from));
    w.opt_num(c.teams.map(u64::from));
    w.opt_enum(c.stage.and_then(|s| index_of(&ProductStage::ALL, s)));
    w.opt_enum(c.daily_requests.and_then(|s| index_of(&TrafficBand::ALL, s)));
    w.opt_enum(c.architecture.and_then(|s| index_of(&CurrentArchitecture::ALL, s)));
    w.opt_enum(c.stack.and_then(|s| index_of(&[Stack::Python, Stack::Other], s)));

    let factors: Vec<(usize, &String)> = answers
        .factors
        .iter()
        .filter_map(|(f, o)| index_of(&FactorId::ALL, *f).map(|i| (i, o)))
        .collect();
    w.num(factors.len() as u64);
    for (i, option) in factors {
        w.num(i as u64);
        w.text(option);
    }

    let (mut answered, mut present) = (0u64, 0u64);
    for (i, cap) in Capability::ALL.iter().enumerate() {
        if let Some(on) = answers.readiness.capabilities.get(cap) {
            answered |= 1 << i;
            if *on {
                present |= 1 << i;
            }
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
        w.byte(index_of(&AvailabilityTarget::ALL, m.availability).unwrap_or(1) as u8);
        w.byte(index_of(&Cadence::ALL, m.cadence).unwrap_or(1) as u8);
        w.byte(index_of(&ResourceProfile::ALL, m.resource).unwrap_or(0) as u8);
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
        w.byte(match d.kind {
            DepKind::Sync => 0,
            DepKind::Async => 1,
            DepKind::SharedTables { shared_writes: false } => 2,
            DepKind::SharedTables { shared_writes: true } => 3,
        });
    }
    let sum = fnv1a(&w.bytes);
    w.bytes.extend_from_slice(&sum.to_be_bytes());
    format!("{PREFIX}{}", base64url_encode(&w.bytes))
}

/// Reads a share code (with or without the leading `#`).
pub fn decode(code: &str) -> Result<Answers, LinkError> {
    let code = code.trim().trim_start_matches('#');
    if code.is_empty() {
        return Err(LinkError::Empty);
    }
    let chars = code.chars().count();
    if chars > MAX_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    let body = match code.strip_prefix('s').and_then(|rest| rest.split_once('.')) {
        Some((version, body)) => {
            let version: u8 = version.parse().map_err(|_| LinkError::NotASeamsLink)?;
            if version > VERSION {
                return Err(LinkError::NewerVersion { version });
            }
            if version != VERSION {
                return Err(LinkError::NotASeamsLink);
            }
            body
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
    let mut r = Reader { bytes: data, at: 0 };
    let version = r.byte("the format version")?;
    if version > VERSION {
        return Err(LinkError::NewerVersion { version });
    }

    let context = Context {
        engineers: r.opt_u32("the number of engineers")?,
        teams: r.opt_u32("the number of teams")?,
        stage: r.opt_enum(&ProductStage::ALL, "the product stage")?,
        daily_requests: r.opt_enum(&TrafficBand::ALL, "the daily requests")?,
        architecture: r.opt_enum(&CurrentArchitecture::ALL, "the current architecture")?,
        stack: r.opt_enum(&[Stack::Python, Stack::Other], "the language stack")?,
        services_today: None,
    };

    let mut factors = SortedMap::new();
    for _ in 0..r.count("the decision factors", FactorId::ALL.len() as u64)? {
        let factor = r.pick(&FactorId::ALL, "a decision factor")?;
        let option = r.text("a decision factor's answer")?;
        factors.insert(factor, option);
    }

    let answered = r.num("the readiness checklist")?;
    let present = r.num("the readiness checklist")?;
    let mut capabilities = SortedMap::new();
    for (i, cap) in Capability::ALL.iter().enumerate() {
        if answered & (1 << i) != 0 {
            capabilities.insert(*cap, present & (1 << i) != 0);
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
    for _ in 0..r.count("the modules", MAX_ITEMS)? {
        let id = r.u32("a module's id")?;
        let name = r.text("a module's name")?;
        let load = r.u32("a module's load")?;
        let availability = r.pick(&AvailabilityTarget::ALL, "a module's availability")?;
        let cadence = r.pick(&Cadence::ALL, "a module's cadence")?;
        let resource = r.pick(&ResourceProfile::ALL, "a module's resource profile")?;
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
        modules.push(Module { id, name, load, availability, cadence, team, resource, core });
    }
    let mut dependencies = Vec::new();
    for _ in 0..r.count("the dependencies", MAX_ITEMS * 4)? {
        let from = r.u32("a dependency")?;
        let to = r.u32("a dependency")?;
        let kind = match r.byte("a dependency's kind")? {
            0 => DepKind::Sync,
            1 => DepKind::Async,
            2 => DepKind::SharedTables { shared_writes: false },
            3 => DepKind::SharedTables { shared_writes: true },
            _ => return Err(LinkError::Invalid { field: "a dependency's kind" }),
        };
        dependencies.push(Dependency { from, to, kind });
    }
    if r.at != r.bytes.len() {
        return Err(LinkError::Damaged);
    }
    Ok(Answers {
        context,
        factors,
        readiness,
        domain: DomainMap { modules, dependencies },
        plan_start,
    })
}

fn index_of<T: PartialEq>(all: &[T], value: T) -> Option<usize> {
    all.iter().position(|x| *x == value)
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

    fn opt_enum(&mut self, i: Option<usize>) {
        self.byte(i.map_or(0, |i| i as u8 + 1));
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

    fn count(&mut self, field: &'static str, max: u64) -> Result<u64, LinkError> {
        let n = self.num(field)?;
        if n > max {
            return Err(LinkError::Invalid { field });
        }
        Ok(n)
    }

    fn pick<T: Copy>(&mut self, all: &[T], field: &'static str) -> Result<T, LinkError> {
        let i = self.byte(field)?;
        all.get(usize::from(i)).copied().ok_or(LinkError::Invalid { field })
    }

    fn opt_enum<T: Copy>(
        &mut self,
        all: &[T],
        field: &'static str,
    ) -> Result<Option<T>, LinkError> {
        match self.byte(field)? {
            0 => Ok(None),
            i => all.get(usize::from(i) - 1).copied().map(Some).ok_or(LinkError::Invalid { field }),
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
            assert!(code.starts_with(PREFIX));
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
        assert!(LinkError::NewerVersion { version: 2 }
            .to_string()
            .contains("newer version of Seams"));
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }
    }
}
