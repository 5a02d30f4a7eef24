//! Words for the answers about the team's situation, shared by the wizard and the exports (the
//! catalogue describes what drives the decision; these only describe where the team stands),
//! in the rubric's words (`texts.labels`).

use crate::engine::{CurrentArchitecture, Stack, Texts};

/// The current architecture in words, with a hint.
pub fn architecture(a: CurrentArchitecture, t: &Texts) -> (String, String) {
    let w = &t.labels;
    let (label, hint) = match a {
        CurrentArchitecture::Greenfield => (&w.arch_greenfield, &w.arch_greenfield_hint),
        CurrentArchitecture::Monolith => (&w.arch_monolith, &w.arch_monolith_hint),
        CurrentArchitecture::ModularMonolith => (&w.arch_modular, &w.arch_modular_hint),
        CurrentArchitecture::SomeServices => (&w.arch_some_services, &w.arch_some_services_hint),
        CurrentArchitecture::Microservices => (&w.arch_microservices, &w.arch_microservices_hint),
    };
    (label.text(), hint.text())
}

/// The language stack in words, with a hint.
pub fn stack(s: Stack, t: &Texts) -> (String, String) {
    let w = &t.labels;
    let (label, hint) = match s {
        Stack::Python => (&w.stack_python, &w.stack_python_hint),
        Stack::Other => (&w.stack_other, &w.stack_other_hint),
    };
    (label.text(), hint.text())
}
