//! The facilitator's workshop room: the participants' hand-ins, gathered on this device.
//!
//! A participant answers on their own device and hands in a code, a link or a file
//! (`seams_formats::handin`); the facilitator adds them here. Like the assessment's state, the
//! room is plain data ([`Room`]) changed only by [`update`], one [`RoomMsg`] at a time, and tested
//! natively; the engine computes the spreads, the discussion list and the consensus from the
//! members' answers (`engine::workshop`). [`start`] is the browser layer: it reads the saved room
//! and saves it after every change.
//!
//! The room is saved as its hand-in codes, in the versioned format of docs/file-format.md
//! ("The workshop room"). A code the rubric in use cannot read (it names another) is kept as it
//! is and shown again once that rubric is back: a change of rubric loses no participant.

use leptos::prelude::*;

use crate::engine::workshop::{Override, Pick, Question};
use crate::engine::{Answers, Catalogue, WizardTexts};
use seams_formats::handin::{self, HandIn, RubricMark};

/// The key the room is saved under.
pub const STORAGE_KEY: &str = "seams.workshop";
/// The `kind` of a saved room.
pub const KIND: &str = "seams-workshop";
/// The format version this release writes and reads.
pub const VERSION: u64 = 1;
/// The most participants a room holds.
pub const MAX_MEMBERS: usize = 200;

/// One participant's hand-in.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The nickname, or `None` for an anonymous participant.
    pub nickname: Option<String>,
    /// The code as handed in, in groups.
    pub code: String,
    /// Their answers (no domain map, no plan start).
    pub answers: Answers,
}

/// One line of what the last addition did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub problem: bool,
    pub text: String,
}

/// The room on the facilitator's device.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Room {
    /// The room is shown on the start page.
    pub open: bool,
    /// The participants, in the order they handed in.
    pub members: Vec<Member>,
    /// Saved codes the rubric in use cannot read, kept for when it can.
    pub unread: Vec<String>,
    /// What the last change did, line by line.
    pub said: Vec<Said>,
    /// The facilitator's answers in place of the room's middle one, each with its note.
    pub overrides: Vec<Override>,
    /// How many changes to save.
    pub edits: usize,
}

/// Every change the room can make.
#[derive(Debug, Clone, PartialEq)]
pub enum RoomMsg {
    /// Show or hide the room.
    Open(bool),
    /// Hand-ins to add: each text with where it came from (`None`: the paste box, read line by
    /// line; `Some(name)`: a file).
    Add(Vec<(Option<String>, String)>),
    /// A file too large to be a hand-in, by name: refused unread.
    TooLarge(String),
    /// Take the participant at this place out.
    Remove(usize),
    /// Take every participant out.
    Clear,
    /// The saved room, read at start or after the rubric changed.
    Restore { codes: Vec<String>, open: bool, overrides: Vec<Override> },
    /// The facilitator's answer to a question (`None`: back to the room's middle answer).
    Override { question: Question, pick: Option<Option<Pick>> },
    /// The note that explains an override.
    Note { question: Question, note: String },
}

/// The longest override note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// Applies one message.
pub fn update(room: &mut Room, msg: RoomMsg, cat: &Catalogue, mark: RubricMark) {
    let w = &cat.texts.wizard;
    match msg {
        RoomMsg::Open(open) => {
            room.open = open;
            room.said.clear();
            room.edits += 1;
        }
        RoomMsg::Add(texts) => {
            room.said.clear();
            let mut any = false;
            for (from, text) in texts {
                let codes = handin::codes_in(&text);
                if codes.is_empty() && from.is_none() {
                    room.said.push(Said { problem: true, text: w.room_nothing.text() });
                }
                let several = codes.len() > 1;
                for (i, code) in codes.into_iter().enumerate() {
                    let place = match &from {
                        Some(name) => name.clone(),
                        None if several => w.room_line.render(&[("n", &(i + 1).to_string())]),
                        None => String::new(),
                    };
                    any |= add(room, &place, &code, cat, mark, w);
                }
            }
            if any {
                room.edits += 1;
            }
        }
        RoomMsg::TooLarge(name) => {
            let max = handin::MAX_FILE_BYTES.to_string();
            let reason = w.room_file_large.render(&[("max", &max)]);
            let text = w.room_refused.render(&[("where", &name), ("reason", &reason)]);
            room.said.push(Said { problem: true, text });
        }
        RoomMsg::Remove(i) => {
            if i < room.members.len() {
                room.members.remove(i);
                room.said.clear();
                room.edits += 1;
            }
        }
        RoomMsg::Clear => {
            let n = u32::try_from(room.members.len()).unwrap_or(u32::MAX);
            room.members.clear();
            let participants = cat.texts.nouns.participant.count(n);
            room.said = vec![Said {
                problem: false,
                text: w.room_cleared.render(&[("participants", &participants)]),
            }];
            room.edits += 1;
        }
        RoomMsg::Override { question, pick } => {
            let note = room
                .overrides
                .iter()
                .find(|o| o.question == question)
                .map(|o| o.note.clone())
                .unwrap_or_default();
            room.overrides.retain(|o| o.question != question);
            if let Some(pick) = pick {
                room.overrides.push(Override { question, pick, note });
            }
            room.edits += 1;
        }
        RoomMsg::Note { question, note } => {
            if let Some(o) = room.overrides.iter_mut().find(|o| o.question == question) {
                o.note = note.chars().take(MAX_NOTE_CHARS).collect();
                room.edits += 1;
            }
        }
        RoomMsg::Restore { codes, open, overrides } => {
            room.overrides = overrides;
            room.members.clear();
            room.unread.clear();
            for code in codes.into_iter().take(MAX_MEMBERS) {
                match handin::decode(&code, cat, mark) {
                    Ok(h) => place_code(room, &code, h),
                    Err(_) => room.unread.push(code),
                }
            }
            room.open = open;
        }
    }
}

/// Adds one code; true when the room changed.
fn add(
    room: &mut Room,
    place: &str,
    code: &str,
    cat: &Catalogue,
    mark: RubricMark,
    w: &WizardTexts,
) -> bool {
    let name = |h: &HandIn| match &h.nickname {
        Some(n) => cat.texts.quoted(n),
        None => w.room_someone.text(),
    };
    let refuse = |reason: String| {
        let text = if place.is_empty() {
            w.room_refused_one.render(&[("reason", &reason)])
        } else {
            w.room_refused.render(&[("where", place), ("reason", &reason)])
        };
        Said { problem: true, text }
    };
    let hand_in = match handin::decode(code, cat, mark) {
        Ok(h) => h,
        Err(e) => {
            room.said.push(refuse(e.to_string()));
            return false;
        }
    };
    let bare =
        |c: &str| c.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_uppercase();
    if room.members.iter().any(|m| bare(&m.code) == bare(code)) {
        room.said.push(Said {
            problem: false,
            text: w.room_duplicate.render(&[("name", &name(&hand_in))]),
        });
        return false;
    }
    let again =
        hand_in.nickname.is_some() && room.members.iter().any(|m| m.nickname == hand_in.nickname);
    if !again && room.members.len() >= MAX_MEMBERS {
        let max = MAX_MEMBERS.to_string();
        room.said.push(refuse(w.room_full.render(&[("max", &max)])));
        return false;
    }
    let text =
        if again { &w.room_replaced } else { &w.room_added }.render(&[("name", &name(&hand_in))]);
    room.said.push(Said { problem: false, text });
    place_code(room, code, hand_in);
    true
}

/// Puts a read hand-in in the room: in place of the same nickname's earlier one, else last.
fn place_code(room: &mut Room, code: &str, h: HandIn) {
    let member = Member { nickname: h.nickname, code: code.to_string(), answers: h.answers };
    match room.members.iter().position(|m| m.nickname.is_some() && m.nickname == member.nickname) {
        Some(i) => room.members[i] = member,
        None => room.members.push(member),
    }
}

/// A question's stable name in a saved room: `engineers`, `factor:availability`,
/// `capability:CiCd`.
pub fn question_id(q: Question) -> String {
    let serde_name = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
    match q {
        Question::Engineers => "engineers".into(),
        Question::Teams => "teams".into(),
        Question::Stage => "stage".into(),
        Question::Traffic => "traffic".into(),
        Question::Architecture => "architecture".into(),
        Question::ServicesToday => "services_today".into(),
        Question::Stack => "stack".into(),
        Question::OpsHeadcount => "ops_headcount".into(),
        Question::Factor(f) => format!("factor:{}", f.as_str()),
        Question::Capability(c) => {
            format!("capability:{}", serde_name(serde_json::to_value(c).unwrap_or_default()))
        }
    }
}

fn pick_json(pick: Option<Pick>) -> serde_json::Value {
    match pick {
        None => serde_json::Value::Null,
        Some(Pick::Count(n)) => serde_json::json!({ "count": n }),
        Some(Pick::Place(p)) => serde_json::json!({ "place": p }),
        Some(Pick::Flag(b)) => serde_json::json!({ "flag": b }),
    }
}

fn pick_of(v: &serde_json::Value) -> Option<Option<Pick>> {
    if v.is_null() {
        return Some(None);
    }
    let n = |k: &str| v.get(k).and_then(serde_json::Value::as_u64);
    if let Some(c) = n("count") {
        return Some(Some(Pick::Count(u32::try_from(c).ok()?)));
    }
    if let Some(p) = n("place") {
        return Some(Some(Pick::Place(u16::try_from(p).ok()?)));
    }
    v.get("flag").and_then(serde_json::Value::as_bool).map(|b| Some(Pick::Flag(b)))
}

/// The room as saved: its codes, those not read under this rubric included, and the overrides.
pub fn to_json(room: &Room) -> String {
    let codes: Vec<&str> = room
        .members
        .iter()
        .map(|m| m.code.as_str())
        .chain(room.unread.iter().map(String::as_str))
        .collect();
    let overrides: Vec<serde_json::Value> = room
        .overrides
        .iter()
        .map(|o| {
            serde_json::json!({
                "question": question_id(o.question),
                "answer": pick_json(o.pick),
                "note": o.note,
            })
        })
        .collect();
    serde_json::json!({
        "kind": KIND, "version": VERSION, "open": room.open, "codes": codes, "overrides": overrides,
    })
    .to_string()
}

/// The overrides of a saved room, under this rubric: one naming a question it does not ask is
/// left out.
pub fn overrides_in(text: &str, cat: &Catalogue) -> Vec<Override> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else { return Vec::new() };
    let questions = Question::all(cat);
    v.get("overrides")
        .and_then(serde_json::Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|o| {
                    let id = o.get("question")?.as_str()?;
                    let question = *questions.iter().find(|q| question_id(**q) == id)?;
                    let pick = pick_of(o.get("answer")?)?;
                    let note = o.get("note").and_then(serde_json::Value::as_str).unwrap_or("");
                    Some(Override {
                        question,
                        pick,
                        note: note.chars().take(MAX_NOTE_CHARS).collect(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A saved room's codes and whether it was open; `None` for text that is not a saved room or
/// was written by a newer release (then it is left as it is).
pub fn from_json(text: &str) -> Option<(Vec<String>, bool)> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    if v.get("kind")?.as_str()? != KIND || v.get("version")?.as_u64()? > VERSION {
        return None;
    }
    let codes = v
        .get("codes")?
        .as_array()?
        .iter()
        .filter_map(|c| c.as_str().map(str::to_string))
        .take(MAX_MEMBERS)
        .collect();
    Some((codes, v.get("open").and_then(serde_json::Value::as_bool).unwrap_or(false)))
}

/// The room, provided as context beside the assessment's store.
#[derive(Clone, Copy)]
pub struct RoomStore {
    room: RwSignal<Room>,
    /// The room as components read it.
    pub state: Memo<Room>,
    /// The assessment's store, for the rubric in use.
    store: crate::app::Store,
}

impl RoomStore {
    /// Applies `msg` under the rubric in use.
    pub fn dispatch(&self, msg: RoomMsg) {
        let cat = self.store.catalogue();
        let mark = rubric_mark(self.store);
        self.room.update(|r| update(r, msg, &cat, mark));
    }
}

thread_local! {
    /// The room, for the browser's own callbacks (a link opened later, a file read), which run
    /// outside any component and so see no context.
    static ROOM: std::cell::Cell<Option<RoomStore>> = const { std::cell::Cell::new(None) };
}

/// The mark of the rubric in use.
pub fn rubric_mark(store: crate::app::Store) -> RubricMark {
    store.rubric.with_untracked(|r| {
        let reference = r.rubric.reference();
        RubricMark::of(&reference.id, &reference.sha256)
    })
}

/// The room of this page.
pub fn use_room() -> RoomStore {
    match use_context::<RoomStore>().or_else(|| ROOM.with(std::cell::Cell::get)) {
        Some(room) => room,
        None => start(crate::app::use_store()),
    }
}

/// Makes the room, reads the saved one, saves it after every change, and reads it again under
/// a new rubric.
pub fn start(store: crate::app::Store) -> RoomStore {
    let room = RwSignal::new(Room::default());
    let rs = RoomStore { room, state: Memo::new(move |_| room.get()), store };
    let storage = || window().local_storage().ok().flatten();
    let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let restore = move |text: Option<String>| {
        let Some(text) = text else { return };
        if let Some((codes, open)) = from_json(&text) {
            let cat = store.catalogue();
            let mark = rubric_mark(store);
            let overrides = overrides_in(&text, &cat);
            room.update(|r| update(r, RoomMsg::Restore { codes, open, overrides }, &cat, mark));
        }
    };
    restore(saved);
    // A new rubric reads the saved codes again: some may now be readable, others not.
    Effect::new(move |first: Option<()>| {
        store.rubric.track();
        if first.is_some() {
            let text = room.with_untracked(to_json);
            restore(Some(text));
        }
    });
    Effect::new(move |last: Option<usize>| {
        let edits = room.with(|r| r.edits);
        if last.is_some_and(|l| l != edits) {
            if let Some(s) = storage() {
                // Full or blocked storage: the room stays on the page; nothing is lost now.
                let _ = s.set_item(STORAGE_KEY, &room.with_untracked(to_json));
            }
        }
        edits
    });
    provide_context(rs);
    ROOM.with(|cell| cell.set(Some(rs)));
    rs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples;

    fn mark() -> RubricMark {
        RubricMark::of("seams-standard", "0123abcd")
    }

    fn code(nickname: Option<&str>, engineers: u32) -> String {
        let cat = Catalogue::standard();
        let mut answers = Answers::default();
        let base = examples().into_iter().next().expect("an example").answers;
        answers.context = base.context;
        answers.context.engineers = Some(engineers);
        answers.factors = base.factors;
        handin::encode(&HandIn { nickname: nickname.map(str::to_string), answers }, &cat, mark())
    }

    fn run(room: &mut Room, msg: RoomMsg) {
        update(room, msg, &Catalogue::standard(), mark());
    }

    #[test]
    fn hand_ins_are_added_replaced_by_nickname_and_never_twice() {
        let mut room = Room::default();
        let text = format!("{}\n{}\n", code(Some("Ana"), 12), code(None, 40));
        run(&mut room, RoomMsg::Add(vec![(None, text)]));
        assert_eq!(room.members.len(), 2);
        assert_eq!(room.said[0].text, "Added “Ana”.");
        assert_eq!(room.said[1].text, "Added an anonymous participant.");
        let edits = room.edits;
        // Ana again, with another answer: replaces hers, in her place.
        run(&mut room, RoomMsg::Add(vec![(Some("ana.json".into()), code(Some("Ana"), 30))]));
        assert_eq!(room.members.len(), 2);
        assert_eq!(room.members[0].answers.context.engineers, Some(30));
        assert!(room.said[0].text.contains("handed in again"), "{:?}", room.said);
        // The same code twice changes nothing.
        run(&mut room, RoomMsg::Add(vec![(None, code(None, 40))]));
        assert_eq!((room.members.len(), room.edits), (2, edits + 1));
        assert!(room.said[0].text.contains("already in the room"));
    }

    #[test]
    fn a_bad_or_foreign_code_says_so_and_changes_nothing() {
        let mut room = Room::default();
        let mut typo = code(Some("Ana"), 12);
        typo.replace_range(0..1, if typo.starts_with('Z') { "Y" } else { "Z" });
        let foreign = handin::encode(
            &HandIn { nickname: None, answers: Answers::default() },
            &Catalogue::standard(),
            RubricMark::of("acme", "ffff0000"),
        );
        run(&mut room, RoomMsg::Add(vec![(None, format!("{typo}\n{foreign}"))]));
        assert!(room.members.is_empty());
        assert_eq!(room.edits, 0);
        assert!(room.said.iter().all(|s| s.problem), "{:?}", room.said);
        assert!(
            room.said[0].text.starts_with("Line 1: The code does not check out"),
            "{:?}",
            room.said
        );
        assert!(room.said[1].text.starts_with("Line 2:"), "{:?}", room.said);
        run(&mut room, RoomMsg::Add(vec![(None, "  ".into())]));
        assert_eq!(room.said[0].text, "There is nothing to add: paste a code or a link first.");
    }

    #[test]
    fn the_saved_room_keeps_codes_it_cannot_read_under_this_rubric() {
        let mut room = Room::default();
        run(&mut room, RoomMsg::Add(vec![(None, code(Some("Ana"), 12))]));
        room.unread.push("FOREIGN-CODE".into());
        room.open = true;
        let saved = to_json(&room);
        let (codes, open) = from_json(&saved).expect("a saved room");
        assert_eq!((codes.len(), open), (2, true));
        let mut again = Room::default();
        run(&mut again, RoomMsg::Restore { codes, open, overrides: Vec::new() });
        assert_eq!((again.members.len(), again.unread.len(), again.open), (1, 1, true));
        assert_eq!(to_json(&again), saved);
        assert_eq!(from_json("{\"kind\":\"seams-workshop\",\"version\":9,\"codes\":[]}"), None);
        assert_eq!(from_json("not json"), None);
    }

    #[test]
    fn an_override_keeps_its_note_survives_a_save_and_can_be_undone() {
        let cat = Catalogue::standard();
        let mut room = Room::default();
        let text = format!("{}\n{}", code(Some("Ana"), 12), code(Some("Bo"), 60));
        run(&mut room, RoomMsg::Add(vec![(None, text)]));
        let q = Question::Factor(crate::engine::FactorId::Availability);
        run(&mut room, RoomMsg::Override { question: q, pick: Some(Some(Pick::Place(2))) });
        run(&mut room, RoomMsg::Note { question: q, note: "Payments must stay up".into() });
        let engineers = Question::Engineers;
        run(
            &mut room,
            RoomMsg::Override { question: engineers, pick: Some(Some(Pick::Count(40))) },
        );
        let saved = to_json(&room);
        let overrides = overrides_in(&saved, &cat);
        assert_eq!(overrides, room.overrides);
        assert_eq!(overrides[0].note, "Payments must stay up");
        let agreed = crate::engine::workshop::consensus(&Answers::default(), &[], &overrides, &cat);
        assert_eq!(agreed.context.engineers, Some(40));
        // Back to the middle answer: the override and its note go.
        run(&mut room, RoomMsg::Override { question: q, pick: None });
        assert_eq!(room.overrides.len(), 1);
        // A saved override of a question this rubric does not ask is left out.
        let foreign = saved.replace("factor:availability", "factor:moon_phase");
        assert_eq!(overrides_in(&foreign, &cat).len(), 1);
    }

    #[test]
    fn a_full_room_and_an_oversized_file_say_so_in_words() {
        let mut room = Room::default();
        for i in 0..MAX_MEMBERS {
            let name = format!("P{i}");
            let c = code(Some(&name), 12);
            room.members.push(Member {
                nickname: Some(name),
                code: c,
                answers: Answers::default(),
            });
        }
        run(&mut room, RoomMsg::Add(vec![(None, code(Some("Late"), 12))]));
        assert_eq!(room.members.len(), MAX_MEMBERS);
        assert_eq!(
            room.said[0].text,
            "The room holds at most 200 participants. Nothing was added."
        );
        run(&mut room, RoomMsg::TooLarge("big.json".into()));
        assert_eq!(
            room.said.last().map(|s| s.text.as_str()),
            Some("big.json: This file is larger than a hand-in file can be (at most 4096 bytes). Nothing was added from it.")
        );
    }
}
