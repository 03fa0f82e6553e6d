//! Irregular past-tense forms of English verbs: the one list of them (`data/verbs-irregular-past.txt`),
//! read by the dates' tense cues and the quotes' source phrases.

use std::sync::LazyLock;

use crate::analysis::gazetteer::{self, TableMap};

/// What an irregular past form is besides a past form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PastForm {
    /// A past form only: "fled", "wrote".
    Past,
    /// The past is also the base form: "burst", "cut".
    Bare,
}

static IRREGULAR_PAST: LazyLock<TableMap<&'static str, PastForm>> = LazyLock::new(|| {
    gazetteer::rows(gazetteer::data_file!("data/verbs-irregular-past.txt"))
        .filter_map(|row| {
            let form = match row.get(1).copied() {
                Some("bare") => PastForm::Bare,
                _ => PastForm::Past,
            };
            Some((*row.first()?, form))
        })
        .collect()
});

/// Every irregular past form (lower case) with its kind, in no particular order.
pub fn irregular_pasts() -> impl Iterator<Item = (&'static str, PastForm)> {
    IRREGULAR_PAST.iter().map(|(&w, &f)| (w, f))
}

/// The kind of an irregular past form (lower case): "fled" → `Past`, "cut" → `Bare`.
pub fn irregular_past(word: &str) -> Option<PastForm> {
    IRREGULAR_PAST.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_list() {
        assert_eq!(irregular_past("fled"), Some(PastForm::Past));
        assert_eq!(irregular_past("cut"), Some(PastForm::Bare));
        assert_eq!(irregular_past("walked"), None);
        assert!(irregular_pasts().count() > 100);
    }
}
