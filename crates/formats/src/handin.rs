//! Hand-in codes: a workshop participant's answers as a short code to type or read out.
//!
//! A participant answers the context, factor and readiness questions on their own device and
//! hands the answers to the facilitator; the domain map and the plan's start stay with the
//! facilitator. The code is as short as the answers allow: every answer is packed into bits (a
//! factor's answer as its place among the rubric's options, a count in an Elias gamma code), then
//! written in Crockford's base32 (digits and upper-case letters without I, L, O and U, read
//! case-blind, with O read as 0 and I and L as 1), in groups of four, with Crockford's check
//! symbol at the end. The check symbol catches every single mistyped character and every swap of
//! two neighbours; a 10-bit checksum inside catches most other damage.
//!
//! A factor's answer travels as its place among the options of the rubric in use, so a code
//! names its rubric (bits of the SHA-256 of its id and of its file): the facilitator's page
//! refuses a code made under another rubric instead of reading it wrongly.
//!
//! Layout (bits, most significant first): format version (3), rubric id hash (8), rubric file
//! hash (16), engineers, teams, services today, operations headcount (each gamma: 1 = not
//! answered, n + 2 = n), stage, traffic, architecture, stack (each gamma: 1 = not answered, link
//! code + 2), for every factor in link-code order its option (0 = not answered, place + 1, in as
//! many bits as the factor's options need), for every capability in link-code order 2 bits (0 =
//! not answered, 1 = not in place, 2 = in place), the nickname (gamma of length + 1, then UTF-8
//! bytes), then zero bits up to a whole base32 digit, and the 10-bit checksum over everything
//! before it.

use std::fmt;

use crate::engine::order::SortedMap;
use crate::engine::{
    Answers, Capability, Catalogue, Context, CurrentArchitecture, FactorId, ProductStage,
    Readiness, Stack, TrafficBand,
};
use crate::sha256;

/// The format version this release writes and reads.
pub const VERSION: u64 = 1;
/// The longest nickname a code carries, in characters.
pub const MAX_NICKNAME_CHARS: usize = 24;
/// The longest code read (without its dashes and spaces); longer text is refused before
/// decoding.
pub const MAX_CHARS: usize = 160;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CHECK_EXTRA: &[u8; 5] = b"*~$=U";

/// A participant's hand-in: who (optionally) and what they answered.
#[derive(Debug, Clone, PartialEq)]
pub struct HandIn {
    /// A nickname, or `None` for an anonymous participant.
    pub nickname: Option<String>,
    /// The context, factor and readiness answers; the domain map and plan start are empty.
    pub answers: Answers,
}

/// Which rubric a code was made under: bits of the SHA-256 of the rubric's id and of its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RubricMark {
    /// 8 bits of the SHA-256 of the rubric's id.
    pub id: u8,
    /// 16 bits of the SHA-256 of the rubric file.
    pub file: u16,
}

impl RubricMark {
    /// The mark of the rubric with this id and this file hash (hexadecimal SHA-256).
    pub fn of(id: &str, sha256_hex: &str) -> RubricMark {
        let id_hash = sha256::digest(id.as_bytes());
        let file = u16::from_str_radix(sha256_hex.get(..4).unwrap_or("0"), 16).unwrap_or(0);
        RubricMark { id: id_hash[0], file }
    }
}

/// Why a hand-in code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandInError {
    /// Nothing to read.
    Empty,
    /// Longer than any code Seams writes.
    TooLong { chars: usize },
    /// A character that is not part of a code.
    NotACode { character: char },
    /// A character was mistyped, left out or swapped with its neighbour: the check fails.
    Mistyped,
    /// Made by a newer release of Seams.
    NewerVersion { version: u64 },
    /// Made under another rubric (`same_id`: another version of the same rubric).
    OtherRubric { same_id: bool },
    /// The code holds a value no release writes.
    Invalid,
}

impl fmt::Display for HandInError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HandInError::Empty => write!(f, "There is no code to read."),
            HandInError::TooLong { chars } => write!(
                f,
                "This is too long to be a hand-in code ({chars} characters; at most {MAX_CHARS})."
            ),
            HandInError::NotACode { character } => write!(
                f,
                "“{character}” is not part of a hand-in code: a code has digits and letters, in groups."
            ),
            HandInError::Mistyped => write!(
                f,
                "The code does not check out: a character is probably mistyped, missing or \
                 swapped with its neighbour. Compare it with the participant's screen."
            ),
            HandInError::NewerVersion { version } => write!(
                f,
                "The code was made by a newer release of Seams (format {version}); update this \
                 page to read it."
            ),
            HandInError::OtherRubric { same_id: true } => write!(
                f,
                "The code was made with another version of this page's rubric; ask the \
                 participant to reload their page, then hand in again."
            ),
            HandInError::OtherRubric { same_id: false } => write!(
                f,
                "The code was made with another rubric than this page's; the participant must \
                 answer on a page that uses the same rubric."
            ),
            HandInError::Invalid => {
                write!(f, "The code holds an answer no release of Seams writes; it cannot be read.")
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bits

#[derive(Default)]
struct Bits {
    bits: Vec<bool>,
}

impl Bits {
    fn put(&mut self, value: u64, width: u32) {
        for i in (0..width).rev() {
            self.bits.push(value >> i & 1 == 1);
        }
    }

    /// Elias gamma of `n` ≥ 1: as many zeros as `n` has bits after the first, then `n`.
    fn gamma(&mut self, n: u64) {
        let width = 64 - n.max(1).leading_zeros();
        self.put(0, width - 1);
        self.put(n.max(1), width);
    }

    fn maybe_count(&mut self, n: Option<u32>) {
        self.gamma(n.map_or(1, |n| u64::from(n) + 2));
    }

    fn maybe_code(&mut self, code: Option<u8>) {
        self.gamma(code.map_or(1, |c| u64::from(c) + 2));
    }
}

struct Reader<'a> {
    bits: &'a [bool],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, width: u32) -> Option<u64> {
        let mut v = 0u64;
        for _ in 0..width {
            let bit = *self.bits.get(self.at)?;
            self.at += 1;
            v = v << 1 | u64::from(bit);
        }
        Some(v)
    }

    fn gamma(&mut self) -> Option<u64> {
        let mut zeros = 0u32;
        while !*self.bits.get(self.at)? {
            zeros += 1;
            self.at += 1;
            if zeros > 40 {
                return None;
            }
        }
        self.take(zeros + 1)
    }

    fn maybe_count(&mut self) -> Option<Option<u32>> {
        match self.gamma()? {
            1 => Some(None),
            n => u32::try_from(n - 2).ok().map(Some),
        }
    }

    fn maybe_code(&mut self) -> Option<Option<u8>> {
        match self.gamma()? {
            1 => Some(None),
            n => u8::try_from(n - 2).ok().map(Some),
        }
    }
}

/// Bits a factor's answer needs: enough for "not answered" and each option.
fn option_width(options: usize) -> u32 {
    usize::BITS - options.leading_zeros()
}

fn factors_by_code() -> Vec<FactorId> {
    let mut all = FactorId::ALL.to_vec();
    all.sort_by_key(|f| f.code());
    all
}

fn capabilities_by_code() -> Vec<Capability> {
    let mut all = Capability::ALL.to_vec();
    all.sort_by_key(|c| c.code());
    all
}

/// A 10-bit checksum of the bits (FNV-1a over them, folded).
fn checksum(bits: &[bool]) -> u64 {
    let mut h: u32 = 0x811c_9dc5;
    for chunk in bits.chunks(8) {
        let byte = chunk.iter().fold(0u8, |b, bit| b << 1 | u8::from(*bit));
        h = (h ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    u64::from((h ^ (h >> 10) ^ (h >> 20)) & 0x3ff)
}

// ---------------------------------------------------------------------------------------------
// Links and files

/// What starts a hand-in link's fragment: `#h1.` and the code without its dashes.
pub const LINK_TAG: &str = "h1.";
/// The `kind` of a hand-in file.
pub const FILE_KIND: &str = "seams-hand-in";
/// The largest hand-in file read, in bytes: a file holds one code and a few words.
pub const MAX_FILE_BYTES: usize = 4096;

/// The fragment of a hand-in link, without its `#`: `h1.7K3M9QXT…`.
pub fn link_fragment(code: &str) -> String {
    let bare: String = code.chars().filter(|c| *c != '-').collect();
    format!("{LINK_TAG}{bare}")
}

/// A hand-in file: the code, and the nickname for whoever opens the file by hand.
pub fn file_text(code: &str, nickname: Option<&str>) -> String {
    let file = HandInFile {
        kind: FILE_KIND.into(),
        version: VERSION,
        code: code.into(),
        nickname: nickname.map(str::to_string),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

#[derive(serde::Serialize, serde::Deserialize)]
struct HandInFile {
    kind: String,
    version: u64,
    code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    nickname: Option<String>,
}

/// The codes a pasted or dropped text holds, in order: a hand-in file's code; else, line by
/// line, every hand-in link in the line, or the line itself as one code (its groups may be
/// split by spaces). Blank lines hold none. Nothing here is decoded yet.
pub fn codes_in(text: &str) -> Vec<String> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.starts_with('{') {
        return match serde_json::from_str::<HandInFile>(trimmed) {
            Ok(file) if file.kind == FILE_KIND => vec![file.code],
            // Not a hand-in file: the decoder says why in its own words.
            _ => vec![trimmed.chars().take(MAX_CHARS + 1).collect()],
        };
    }
    let mut out = Vec::new();
    for line in trimmed.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let links: Vec<String> = line
            .match_indices(LINK_TAG)
            .filter(|(at, _)| line[..*at].ends_with('#'))
            .map(|(at, tag)| {
                line[at + tag.len()..]
                    .chars()
                    .take_while(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, '-' | '*' | '~' | '$' | '=')
                    })
                    .collect()
            })
            .collect();
        if links.is_empty() {
            out.push(line.to_string());
        } else {
            out.extend(links);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Writing

/// The hand-in code of a participant's answers under a rubric, in groups of four ("7K3M-9QXT-…").
/// Factor answers the rubric does not offer, the domain map and the plan's start are left out.
pub fn encode(hand_in: &HandIn, cat: &Catalogue, rubric: RubricMark) -> String {
    let a = &hand_in.answers;
    let c = &a.context;
    let mut b = Bits::default();
    b.put(VERSION, 3);
    b.put(u64::from(rubric.id), 8);
    b.put(u64::from(rubric.file), 16);
    b.maybe_count(c.engineers);
    b.maybe_count(c.teams);
    b.maybe_count(c.services_today);
    b.maybe_count(a.readiness.ops_headcount);
    b.maybe_code(c.stage.map(ProductStage::code));
    b.maybe_code(c.daily_requests.map(TrafficBand::code));
    b.maybe_code(c.architecture.map(CurrentArchitecture::code));
    b.maybe_code(c.stack.map(Stack::code));
    for f in factors_by_code() {
        let options = cat.factor(f).map_or(&[][..], |d| &d.options[..]);
        let chosen = a.factors.get(&f).and_then(|id| options.iter().position(|o| &o.id == id));
        b.put(chosen.map_or(0, |i| i as u64 + 1), option_width(options.len()));
    }
    for cap in capabilities_by_code() {
        b.put(a.readiness.capabilities.get(&cap).map_or(0, |in_place| 1 + u64::from(*in_place)), 2);
    }
    // Cut to length, then trim again: a cut can leave a space at the end.
    let nickname: String =
        hand_in.nickname.as_deref().unwrap_or("").trim().chars().take(MAX_NICKNAME_CHARS).collect();
    let nickname = nickname.trim_end();
    b.gamma(nickname.len() as u64 + 1);
    for byte in nickname.bytes() {
        b.put(u64::from(byte), 8);
    }
    while b.bits.len() % 5 != 0 {
        b.bits.push(false);
    }
    let sum = checksum(&b.bits);
    b.put(sum, 10);
    let digits: Vec<u8> = b
        .bits
        .chunks(5)
        .map(|chunk| chunk.iter().fold(0u8, |d, bit| d << 1 | u8::from(*bit)))
        .collect();
    let symbols: Vec<char> = digits
        .iter()
        .map(|d| ALPHABET[usize::from(*d)] as char)
        .chain(std::iter::once(check_symbol(&digits) as char))
        .collect();
    symbols.chunks(4).map(|g| g.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Crockford's check symbol: the code's value modulo 37, as one of 37 symbols.
fn check_symbol(digits: &[u8]) -> u8 {
    let rem = digits.iter().fold(0u32, |r, d| (r * 32 + u32::from(*d)) % 37);
    if rem < 32 {
        ALPHABET[rem as usize]
    } else {
        CHECK_EXTRA[(rem - 32) as usize]
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

/// A character's value in Crockford's base32, read case-blind with its look-alikes.
fn digit_value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET.iter().position(|a| *a as char == c).map(|p| p as u8)
}

fn check_value(c: char) -> Option<u32> {
    let upper = c.to_ascii_uppercase();
    if let Some(p) = CHECK_EXTRA.iter().position(|x| *x as char == upper) {
        return Some(32 + p as u32);
    }
    digit_value(c).map(u32::from)
}

/// Reads a hand-in code (dashes, spaces and case do not matter) under the page's rubric.
pub fn decode(text: &str, cat: &Catalogue, rubric: RubricMark) -> Result<HandIn, HandInError> {
    let chars: Vec<char> =
        text.chars().filter(|c| !matches!(c, '-' | ' ' | '\u{a0}' | '\t' | '\n' | '\r')).collect();
    if chars.is_empty() {
        return Err(HandInError::Empty);
    }
    if chars.len() > MAX_CHARS {
        return Err(HandInError::TooLong { chars: chars.len() });
    }
    let (check, body) = chars.split_last().ok_or(HandInError::Empty)?;
    let mut digits = Vec::with_capacity(body.len());
    for c in body {
        digits.push(digit_value(*c).ok_or(HandInError::NotACode { character: *c })?);
    }
    let check = check_value(*check).ok_or(HandInError::NotACode { character: *check })?;
    let rem = digits.iter().fold(0u32, |r, d| (r * 32 + u32::from(*d)) % 37);
    if rem != check || digits.len() < 3 {
        return Err(HandInError::Mistyped);
    }
    let bits: Vec<bool> =
        digits.iter().flat_map(|d| (0..5).rev().map(move |i| d >> i & 1 == 1)).collect();
    let (payload, sum) = bits.split_at(bits.len() - 10);
    let mut sum_reader = Reader { bits: sum, at: 0 };
    if sum_reader.take(10) != Some(checksum(payload)) {
        return Err(HandInError::Mistyped);
    }
    let mut r = Reader { bits: payload, at: 0 };
    let version = r.take(3).ok_or(HandInError::Invalid)?;
    if version > VERSION {
        return Err(HandInError::NewerVersion { version });
    }
    if version == 0 {
        return Err(HandInError::Invalid);
    }
    let id = r.take(8).ok_or(HandInError::Invalid)? as u8;
    let file = r.take(16).ok_or(HandInError::Invalid)? as u16;
    if id != rubric.id || file != rubric.file {
        return Err(HandInError::OtherRubric { same_id: id == rubric.id });
    }
    read_answers(&mut r, cat).ok_or(HandInError::Invalid)
}

fn read_answers(r: &mut Reader<'_>, cat: &Catalogue) -> Option<HandIn> {
    let engineers = r.maybe_count()?;
    let teams = r.maybe_count()?;
    let services_today = r.maybe_count()?;
    let ops_headcount = r.maybe_count()?;
    let stage = code_of(r.maybe_code()?, ProductStage::from_code)?;
    let daily_requests = code_of(r.maybe_code()?, TrafficBand::from_code)?;
    let architecture = code_of(r.maybe_code()?, CurrentArchitecture::from_code)?;
    let stack = code_of(r.maybe_code()?, Stack::from_code)?;
    let mut factors = SortedMap::new();
    for f in factors_by_code() {
        let options = cat.factor(f).map_or(&[][..], |d| &d.options[..]);
        let pick = r.take(option_width(options.len()))?;
        if pick > 0 {
            factors.insert(f, options.get(pick as usize - 1)?.id.clone());
        }
    }
    let mut capabilities = SortedMap::new();
    for cap in capabilities_by_code() {
        match r.take(2)? {
            0 => {}
            1 => {
                capabilities.insert(cap, false);
            }
            2 => {
                capabilities.insert(cap, true);
            }
            _ => return None,
        }
    }
    let len = r.gamma()?.checked_sub(1)?;
    if len > (MAX_NICKNAME_CHARS * 4) as u64 {
        return None;
    }
    let mut bytes = Vec::with_capacity(len as usize);
    for _ in 0..len {
        bytes.push(r.take(8)? as u8);
    }
    let nickname = String::from_utf8(bytes).ok()?;
    // Only the padding to a whole digit may follow, and it is zero.
    while r.at < r.bits.len() {
        if r.take(1)? != 0 {
            return None;
        }
    }
    Some(HandIn {
        nickname: (!nickname.is_empty()).then_some(nickname),
        answers: Answers {
            context: Context {
                engineers,
                teams,
                stage,
                daily_requests,
                architecture,
                stack,
                services_today,
            },
            factors,
            readiness: Readiness { capabilities, ops_headcount },
            ..Answers::default()
        },
    })
}

/// A decoded link code as its value: `Some(None)` for not answered, `None` for a code no release
/// writes.
fn code_of<T>(code: Option<u8>, from: fn(u8) -> Option<T>) -> Option<Option<T>> {
    match code {
        None => Some(None),
        Some(c) => from(c).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples;

    fn mark() -> RubricMark {
        RubricMark::of("seams-standard", "ee9e9f07")
    }

    fn participant(a: &Answers, nickname: Option<&str>) -> HandIn {
        HandIn {
            nickname: nickname.map(str::to_string),
            answers: Answers {
                context: a.context.clone(),
                factors: a.factors.clone(),
                readiness: a.readiness.clone(),
                ..Answers::default()
            },
        }
    }

    #[test]
    fn links_files_and_pasted_lists_give_their_codes() {
        let cat = Catalogue::standard();
        let ex = examples().into_iter().next().expect("an example");
        let code = encode(&participant(&ex.answers, Some("Ana")), &cat, mark());
        let link = format!("https://example.org/seams/?embed#{}", link_fragment(&code));
        assert!(!link.contains(&code) || !code.contains('-'));
        let file = file_text(&code, Some("Ana"));
        for (text, n) in [
            (link.clone(), 1),
            (file.clone(), 1),
            (format!("{code}\n\n{link}\n  {}  \n", code.replace('-', " ")), 3),
            (format!("{link} {link}"), 2),
        ] {
            let codes = codes_in(&text);
            assert_eq!(codes.len(), n, "{text:?} gave {codes:?}");
            for c in codes {
                assert_eq!(decode(&c, &cat, mark()).map(|h| h.nickname), Ok(Some("Ana".into())));
            }
        }
        assert!(codes_in("  \n ").is_empty());
        // A JSON file that is not a hand-in is refused by the decoder, in words.
        let other = codes_in("{\"format\": 3}");
        assert!(decode(&other[0], &cat, mark()).is_err());
    }

    #[test]
    fn every_example_round_trips_and_reads_out_in_groups_of_four() {
        let cat = Catalogue::standard();
        for ex in examples() {
            let h = participant(&ex.answers, Some("Ana"));
            let code = encode(&h, &cat, mark());
            assert_eq!(decode(&code, &cat, mark()), Ok(h.clone()), "{}: {code}", ex.id);
            let groups: Vec<&str> = code.split('-').collect();
            assert!(groups[..groups.len() - 1].iter().all(|g| g.len() == 4), "{code}");
            assert!(code.len() <= 44, "{}: {} characters: {code}", ex.id, code.len());
            // Typed in lower case, with spaces and look-alike letters, it reads the same.
            let typed = code.to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
            assert_eq!(decode(&typed, &cat, mark()), Ok(h), "{}", ex.id);
        }
    }

    #[test]
    fn a_long_nickname_is_cut_to_24_characters_without_a_trailing_space() {
        let cat = Catalogue::standard();
        let h = participant(&Answers::default(), Some("  Maria Fernanda Oliveira da Silva"));
        let back = decode(&encode(&h, &cat, mark()), &cat, mark()).unwrap();
        assert_eq!(back.nickname.as_deref(), Some("Maria Fernanda Oliveira"));
    }

    #[test]
    fn an_empty_hand_in_is_short() {
        let cat = Catalogue::standard();
        let code = encode(&HandIn { nickname: None, answers: Answers::default() }, &cat, mark());
        assert!(code.replace('-', "").len() <= 20, "{code}");
    }

    #[test]
    fn a_code_made_under_another_rubric_is_refused_and_says_which_kind() {
        let cat = Catalogue::standard();
        let h = participant(&examples()[0].answers, None);
        let code = encode(&h, &cat, RubricMark::of("seams-standard", "0123abcd"));
        assert_eq!(decode(&code, &cat, mark()), Err(HandInError::OtherRubric { same_id: true }));
        let code = encode(&h, &cat, RubricMark::of("acme", "ee9e9f07"));
        assert_eq!(decode(&code, &cat, mark()), Err(HandInError::OtherRubric { same_id: false }));
    }

    #[test]
    fn foreign_text_gets_a_message_in_words() {
        let cat = Catalogue::standard();
        assert_eq!(decode("  - ", &cat, mark()), Err(HandInError::Empty));
        assert_eq!(
            decode("https://example.com", &cat, mark()),
            Err(HandInError::NotACode { character: ':' })
        );
        assert!(decode("AB", &cat, mark()).is_err());
        assert!(decode(&"A".repeat(400), &cat, mark()).is_err());
        assert!(HandInError::Mistyped.to_string().contains("mistyped"));
    }
}
