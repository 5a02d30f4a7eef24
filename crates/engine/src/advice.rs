//! Stack advice tailored to the verdict: the Python frameworks and tools the articles
//! recommend when the stack is Python, neutral advice otherwise.

use super::answers::Stack;
use super::catalogue::{AdviceWhen, Catalogue, Source};
use super::outcome::Verdict;
use serde::{Deserialize, Serialize};

/// One piece of advice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Advice {
    /// The advice.
    pub text: String,
    /// Where it comes from.
    pub source: Source,
}

/// The catalogue's advice for this stack and verdict. Python gets the Python entries; any
/// other stack, or none given, gets the stack-neutral entries.
pub(crate) fn advice(
    stack: Option<Stack>,
    verdict: Verdict,
    early: bool,
    heavy: bool,
    only_heavy: bool,
    cat: &Catalogue,
) -> Vec<Advice> {
    let wanted = match stack {
        Some(Stack::Python) => Some(Stack::Python),
        _ => None,
    };
    cat.advice
        .iter()
        .filter(|a| a.stack == wanted)
        .filter(|a| a.verdicts.is_empty() || a.verdicts.contains(&verdict))
        .filter(|a| match a.when {
            AdviceWhen::Always => true,
            AdviceWhen::EarlyStage => early,
            AdviceWhen::NoHeavyPart => !only_heavy,
            AdviceWhen::HeavyPart => heavy,
        })
        .map(|a| Advice { text: a.text.clone(), source: a.source })
        .collect()
}
