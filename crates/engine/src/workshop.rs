//! A workshop: many participants' answers to the same questions, where they disagree, and one
//! consensus.
//!
//! Every question a participant answers (the context, the factors and the readiness; the domain
//! map stays with the facilitator) is a [`Question`]. Per question the room's answers give a
//! [`Spread`]: how many chose each answer, the middle answer (the median for ordered answers,
//! the most common one otherwise) and how many agree with it. The consensus starts from the middle
//! answers; the facilitator may override any question with a note. Not every spread matters: the
//! discussion list keeps the questions where putting one participant's answer into the consensus
//! changes the verdict, ordered by how many participants' answers would.

use crate::answers::{
    Answers, Capability, CurrentArchitecture, FactorId, ProductStage, Stack, TrafficBand,
};
use crate::catalogue::Catalogue;
use crate::outcome::Verdict;
use crate::{evaluate_with, order};

/// One question of the workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    /// Engineers on the product.
    Engineers,
    /// Teams that ship it.
    Teams,
    /// The product's stage.
    Stage,
    /// Daily traffic.
    Traffic,
    /// What runs today.
    Architecture,
    /// Services running today.
    ServicesToday,
    /// The main stack.
    Stack,
    /// One decision factor.
    Factor(FactorId),
    /// One operational capability.
    Capability(Capability),
    /// People on operations.
    OpsHeadcount,
}

/// One participant's answer to one question, comparable across participants: a count, a place
/// in an ordered list of answers (a factor's options from stay to split, a stage, a band), or a
/// capability in place or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pick {
    /// A number.
    Count(u32),
    /// A place in the question's list of answers, from the first.
    Place(u16),
    /// In place (`true`) or not.
    Flag(bool),
}

impl Question {
    /// Every question, in the order the wizard asks them.
    pub fn all(cat: &Catalogue) -> Vec<Question> {
        let mut out = vec![
            Question::Engineers,
            Question::Teams,
            Question::Stage,
            Question::Traffic,
            Question::Architecture,
            Question::ServicesToday,
            Question::Stack,
        ];
        out.extend(cat.factors.iter().map(|f| Question::Factor(f.id)));
        out.extend(cat.capabilities.iter().map(|c| Question::Capability(c.capability)));
        out.push(Question::OpsHeadcount);
        out
    }

    /// Whether its answers are ordered, so that a median means something (the stack is not).
    pub fn ordered(self) -> bool {
        !matches!(self, Question::Stack | Question::Capability(_))
    }

    /// The answer of `a` to this question, `None` when not answered (or not one the rubric
    /// offers).
    pub fn pick(self, a: &Answers, cat: &Catalogue) -> Option<Pick> {
        let place = |i: Option<usize>| i.and_then(|i| u16::try_from(i).ok()).map(Pick::Place);
        let c = &a.context;
        match self {
            Question::Engineers => c.engineers.map(Pick::Count),
            Question::Teams => c.teams.map(Pick::Count),
            Question::ServicesToday => c.services_today.map(Pick::Count),
            Question::OpsHeadcount => a.readiness.ops_headcount.map(Pick::Count),
            Question::Stage => {
                place(c.stage.and_then(|s| ProductStage::ALL.iter().position(|x| *x == s)))
            }
            Question::Traffic => {
                place(c.daily_requests.and_then(|s| TrafficBand::ALL.iter().position(|x| *x == s)))
            }
            Question::Architecture => place(
                c.architecture.and_then(|s| CurrentArchitecture::ALL.iter().position(|x| *x == s)),
            ),
            Question::Stack => place(c.stack.and_then(|s| Stack::ALL.iter().position(|x| *x == s))),
            Question::Factor(f) => {
                let id = a.factors.get(&f)?;
                place(cat.factor(f)?.options.iter().position(|o| &o.id == id))
            }
            Question::Capability(cap) => {
                a.readiness.capabilities.get(&cap).copied().map(Pick::Flag)
            }
        }
    }

    /// `a` with this question answered `pick` (or unanswered, for `None`).
    pub fn with(self, a: &Answers, pick: Option<Pick>, cat: &Catalogue) -> Answers {
        let mut out = a.clone();
        let count = match pick {
            Some(Pick::Count(n)) => Some(n),
            _ => None,
        };
        let place = match pick {
            Some(Pick::Place(p)) => Some(usize::from(p)),
            _ => None,
        };
        let c = &mut out.context;
        match self {
            Question::Engineers => c.engineers = count,
            Question::Teams => c.teams = count,
            Question::ServicesToday => c.services_today = count,
            Question::OpsHeadcount => out.readiness.ops_headcount = count,
            Question::Stage => c.stage = place.and_then(|p| ProductStage::ALL.get(p).copied()),
            Question::Traffic => {
                c.daily_requests = place.and_then(|p| TrafficBand::ALL.get(p).copied())
            }
            Question::Architecture => {
                c.architecture = place.and_then(|p| CurrentArchitecture::ALL.get(p).copied())
            }
            Question::Stack => c.stack = place.and_then(|p| Stack::ALL.get(p).copied()),
            Question::Factor(f) => match place.and_then(|p| cat.factor(f)?.options.get(p)) {
                Some(option) => {
                    out.factors.insert(f, option.id.clone());
                }
                None => {
                    out.factors.remove(&f);
                }
            },
            Question::Capability(cap) => match pick {
                Some(Pick::Flag(v)) => {
                    out.readiness.capabilities.insert(cap, v);
                }
                _ => {
                    out.readiness.capabilities.remove(&cap);
                }
            },
        }
        out
    }
}

/// How the room answered one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    /// The question.
    pub question: Question,
    /// Each answer given and how many gave it, in the answers' order.
    pub counts: Vec<(Pick, u32)>,
    /// Participants who answered.
    pub answered: u32,
    /// The middle answer: the (lower) median for ordered answers, else the most common one (the
    /// first in order on a tie); `None` when nobody answered.
    pub middle: Option<Pick>,
    /// Participants whose answer is the middle one.
    pub agree: u32,
    /// Participants whose answer is not the middle one, as a share of those who answered: 0 when
    /// the room agrees.
    pub split: f64,
}

/// The room's answers to one question.
pub fn spread(question: Question, room: &[Answers], cat: &Catalogue) -> Spread {
    let mut picks: Vec<Pick> = room.iter().filter_map(|a| question.pick(a, cat)).collect();
    order::sort(&mut picks);
    let mut counts: Vec<(Pick, u32)> = Vec::new();
    for p in &picks {
        match counts.last_mut() {
            Some((last, n)) if last == p => *n += 1,
            _ => counts.push((*p, 1)),
        }
    }
    let answered = u32::try_from(picks.len()).unwrap_or(u32::MAX);
    let middle = if picks.is_empty() {
        None
    } else if question.ordered() {
        Some(picks[(picks.len() - 1) / 2])
    } else {
        // The most common; on a tie, the first in order.
        let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
        counts.iter().find(|(_, n)| *n == best).map(|(p, _)| *p)
    };
    let agree = middle.map_or(0, |m| counts.iter().find(|(p, _)| *p == m).map_or(0, |(_, n)| *n));
    let split = if answered == 0 { 0.0 } else { f64::from(answered - agree) / f64::from(answered) };
    Spread { question, counts, answered, middle, agree, split }
}

/// The facilitator's decision on one question, with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    /// The question.
    pub question: Question,
    /// The answer the room settled on (`None`: leave it unanswered).
    pub pick: Option<Pick>,
    /// Why, as the decision record shows it.
    pub note: String,
}

/// The consensus: the middle answer of every question, then the facilitator's overrides. The
/// domain map and the plan's start come from `base` (the facilitator's own answers).
pub fn consensus(
    base: &Answers,
    room: &[Answers],
    overrides: &[Override],
    cat: &Catalogue,
) -> Answers {
    let mut out = base.clone();
    for q in Question::all(cat) {
        let pick = match overrides.iter().rev().find(|o| o.question == q) {
            Some(o) => o.pick,
            None => spread(q, room, cat).middle,
        };
        out = q.with(&out, pick, cat);
    }
    out
}

/// A question worth discussing: some participants' answers, put into the consensus, give
/// another verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Discussion {
    /// The question.
    pub question: Question,
    /// The verdict each answer given would lead to, with how many gave it, in the answers' order.
    pub outcomes: Vec<(Pick, u32, Verdict)>,
    /// Participants whose answer leads to another verdict than the consensus.
    pub flips: u32,
}

/// The questions whose disagreement changes the outcome, most participants flipping first.
pub fn discussion(consensus: &Answers, room: &[Answers], cat: &Catalogue) -> Vec<Discussion> {
    let agreed = evaluate_with(consensus, cat).verdict.verdict;
    let mut out: Vec<Discussion> = Vec::new();
    for q in Question::all(cat) {
        let s = spread(q, room, cat);
        if s.counts.len() < 2 {
            continue;
        }
        let outcomes: Vec<(Pick, u32, Verdict)> = s
            .counts
            .iter()
            .map(|(p, n)| {
                (*p, *n, evaluate_with(&q.with(consensus, Some(*p), cat), cat).verdict.verdict)
            })
            .collect();
        let flips: u32 = outcomes.iter().filter(|(_, _, v)| *v != agreed).map(|(_, n, _)| n).sum();
        if flips > 0 {
            out.push(Discussion { question: q, outcomes, flips });
        }
    }
    // Most flips first; the wizard's order breaks ties (a stable sort keeps it).
    order::sort_by_key(&mut out, |d| std::cmp::Reverse(d.flips));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    fn room() -> (Catalogue, Vec<Answers>) {
        let cat = Catalogue::standard();
        let base = examples().into_iter().find(|e| e.id == "b2b-saas").expect("example").answers;
        let mut room = vec![base.clone(), base.clone(), base.clone()];
        room[1].context.engineers = Some(40);
        room[2].context.engineers = Some(400);
        (cat, room)
    }

    #[test]
    fn the_spread_counts_each_answer_and_takes_the_median() {
        let (cat, room) = room();
        let s = spread(Question::Engineers, &room, &cat);
        assert_eq!(s.answered, 3);
        assert_eq!(s.counts.len(), 3);
        assert_eq!(s.middle, Some(Pick::Count(40)));
        assert_eq!(s.agree, 1);
        assert!((s.split - 2.0 / 3.0).abs() < 1e-9);
        // Everyone gave the same stage: no split.
        let stage = spread(Question::Stage, &room, &cat);
        assert_eq!((stage.counts.len(), stage.split), (1, 0.0));
    }

    #[test]
    fn an_unordered_question_takes_the_most_common_answer() {
        let cat = Catalogue::standard();
        let mut a = Answers::default();
        a.context.stack = Some(Stack::Other);
        let mut b = Answers::default();
        b.context.stack = Some(Stack::Python);
        let s = spread(Question::Stack, &[a.clone(), b, a], &cat);
        assert_eq!(s.middle, Some(Pick::Place(1)));
        assert_eq!(s.agree, 2);
    }

    #[test]
    fn the_consensus_takes_the_middle_answers_then_the_overrides() {
        let (cat, room) = room();
        let c = consensus(&Answers::default(), &room, &[], &cat);
        assert_eq!(c.context.engineers, Some(40));
        let note = Override {
            question: Question::Engineers,
            pick: Some(Pick::Count(120)),
            note: "Hiring plan".to_string(),
        };
        let c = consensus(&Answers::default(), &room, &[note], &cat);
        assert_eq!(c.context.engineers, Some(120));
        // Every question round-trips through pick and with.
        for q in Question::all(&cat) {
            let p = q.pick(&room[0], &cat);
            assert_eq!(q.pick(&q.with(&Answers::default(), p, &cat), &cat), p, "{q:?}");
        }
    }

    #[test]
    fn only_disagreements_that_change_the_verdict_are_listed() {
        let (cat, room) = room();
        let c = consensus(&Answers::default(), &room, &[], &cat);
        let agreed = evaluate_with(&c, &cat).verdict.verdict;
        let list = discussion(&c, &room, &cat);
        for d in &list {
            assert!(d.flips > 0);
            assert!(d.outcomes.iter().any(|(_, _, v)| *v != agreed));
        }
        // The stage, which everyone answered alike, is never on the list.
        assert!(list.iter().all(|d| d.question != Question::Stage));
        // The list runs from most flips to fewest.
        assert!(list.windows(2).all(|w| w[0].flips >= w[1].flips));
    }

    #[test]
    fn one_participant_who_sees_a_hot_part_puts_the_scaling_question_first() {
        let cat = Catalogue::standard();
        let blog =
            examples().into_iter().find(|e| e.id == "blogging-platform").expect("example").answers;
        let mut room = vec![blog.clone(), blog.clone(), blog.clone()];
        room[2] = room[2].clone().with_factor(FactorId::ScalingProfile, "one_hot");
        // Two of three say "evenly": the consensus stays a monolith...
        let c = consensus(&blog, &room, &[], &cat);
        assert_eq!(evaluate_with(&c, &cat).verdict.verdict, Verdict::Monolith);
        // ...but the third participant's answer alone would change it: discuss it first.
        let list = discussion(&c, &room, &cat);
        let first = list.first().expect("a question to discuss");
        assert_eq!(first.question, Question::Factor(FactorId::ScalingProfile));
        assert_eq!(first.flips, 1);
        assert!(first
            .outcomes
            .iter()
            .any(|(_, n, v)| *n == 1 && *v == Verdict::SelectiveExtraction));
    }
}
