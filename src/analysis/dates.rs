//! Temporal expressions: detection and TIMEX3 normalisation against the reference date.

use crate::analysis::report::DateMention;
use crate::analysis::text::Doc;
use crate::analysis::{Date, Diagnostics};

/// The publication date from a byline or dateline in the text, if any.
pub fn detect_reference_date(_doc: &Doc) -> Option<Date> {
    None
}

/// Every temporal expression in the text, in text order.
pub fn extract(_doc: &Doc, _reference: Option<Date>, _diagnostics: &mut Diagnostics) -> Vec<DateMention> {
    Vec::new()
}
