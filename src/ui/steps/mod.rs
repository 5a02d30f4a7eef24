//! One module per wizard step. Each renders its questions from the catalogue and writes the
//! checked answers to the store; none of them computes a result.

pub mod check;
pub mod context;
pub mod domain;
pub mod factors;
pub mod import;
mod labels;
pub mod readiness;
pub mod start;
pub mod terms;
