//! Quotations and reported speech, attributed to their speakers.

use crate::analysis::actors::Actors;
use crate::analysis::report::Quote;
use crate::analysis::text::Doc;
use crate::analysis::Diagnostics;

/// Every direct, partial and reported quote in text order.
pub fn extract(_doc: &Doc, _actors: &Actors, _diagnostics: &mut Diagnostics) -> Vec<Quote> {
    Vec::new()
}
