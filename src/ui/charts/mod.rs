//! Charts drawn as SVG. Geometry is computed by pure functions in [`geometry`]; the components
//! only draw it, each with a title and a text alternative.

pub mod geometry;
