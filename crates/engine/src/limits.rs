//! The largest answers Seams accepts, one number per thing.
//!
//! Every edge uses these and nothing else: the form and the domain-map editor refuse more, the
//! answer file and the share link are refused with a message naming the field and the range,
//! and the engine's own clean-up of the domain map reads no more than this (it never fails: what
//! lies beyond is ignored or clamped, with a caveat). docs/file-format.md and
//! docs/decision-model.md state the same numbers.
//!
//! These are input limits, not rubric policy: they do not live in the [`Catalogue`]
//! (`crate::Catalogue`), which an organisation may replace.
//!
//! The smallest values are the edge's business (`crates/formats/src/validate.rs`): engineers and teams
//! start at 1, every other count at 0, a module's load at 1.

/// Modules in one domain map. The benchmark evaluates 1,000 modules, so the engine reads that
/// many; more are ignored with a caveat.
pub const MAX_MODULES: usize = 1_000;

/// Dependencies in one domain map; more are ignored with a caveat.
pub const MAX_DEPENDENCIES: usize = 10_000;

/// Imports one module's code makes of another's, counted by an import of the code (a
/// dependency's strength); larger counts are read as this.
pub const MAX_IMPORTS: u32 = 1_000_000;

/// A module's relative load (1 is the lightest module); larger loads are read as this.
pub const MAX_LOAD: u32 = 1_000_000;

/// Characters in a module or team name; the engine cuts longer names to this.
pub const MAX_NAME_CHARS: usize = 60;

/// Engineers working on the product.
pub const MAX_ENGINEERS: u32 = 100_000;

/// Teams that ship the product.
pub const MAX_TEAMS: u32 = 5_000;

/// People whose job includes running production.
pub const MAX_OPS_HEADCOUNT: u32 = 10_000;

/// Services running in production today.
pub const MAX_SERVICES_TODAY: u32 = 10_000;
