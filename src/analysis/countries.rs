//! Country mentions: names, aliases, demonyms, capitals and cities mapped to ISO 3166-1 codes.

use crate::analysis::report::Country;
use crate::analysis::text::Doc;
use crate::analysis::Diagnostics;

/// Every country the text mentions, with all its mentions in text order.
pub fn extract(_doc: &Doc, _diagnostics: &mut Diagnostics) -> Vec<Country> {
    Vec::new()
}
