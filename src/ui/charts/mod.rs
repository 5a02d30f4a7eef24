//! Charts drawn as SVG. Geometry is computed by pure functions in [`geometry`]; the components
//! only draw it, each with a title and a text alternative.

pub mod geometry;
pub mod quadrant;
pub mod timeline;

pub use quadrant::QuadrantChart;
pub use timeline::TimelineChart;

use leptos::prelude::*;

/// An SVG `<title>` element. Written out because inside `view!` the tag is ambiguous and comes
/// out as an HTML `<title>`, which gives the drawing no accessible name.
pub(crate) fn svg_title(id: String, text: String) -> impl IntoView {
    use leptos::tachys::html::attribute::global::GlobalAttributes;
    use leptos::tachys::html::element::ElementChild;
    leptos::tachys::svg::title().id(id).child(text)
}
