//! The formats Seams reads and writes, pure and shared by the web app and the command-line tool:
//! answer files and the autosave ([`file`]), share links ([`link`]), the checks on raw input
//! ([`validate`]), the Markdown decision record ([`report`]), the CSV tables ([`csv`]), the
//! standalone slide ([`slide`]), the domain map's edits ([`domain_edit`]) and the import of a
//! monolith's import graph as a domain map ([`import`]).
//!
//! No Leptos, web-sys or wasm-bindgen here: the manifest keeps the formats testable natively and
//! usable from a command line.

/// The decision engine, under the name the modules use for it.
pub use seams_engine as engine;

pub mod compare;
pub mod csv;
pub mod domain_edit;
pub mod file;
pub mod handin;
pub mod import;
pub mod labels;
pub mod link;
pub mod report;
pub mod rubric;
pub mod sha256;
pub mod slide;
pub mod validate;
