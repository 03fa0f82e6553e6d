//! The reader's text, date and corrections, and the Compare view's second article, kept in the
//! browser's `localStorage` so that a reload (or a crash) loses nothing. Storage may be missing or full
//! (private windows, quotas): every call then does nothing, and the app still works.

const TEXT_KEY: &str = "lede.text";
const DATE_KEY: &str = "lede.date";
/// The corrections of the kept text, as [`corrections::encode`] writes them.
const CORRECTIONS_KEY: &str = "lede.corrections";
/// The second article of the Compare view.
const COMPARE_KEY: &str = "lede.compare";

use crate::workbench::corrections::{self, Correction};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The text and date saved by an earlier visit (empty text and no date when there are none).
pub fn load() -> (String, Option<String>) {
    let Some(s) = storage() else {
        return (String::new(), None);
    };
    let text = s.get_item(TEXT_KEY).ok().flatten().unwrap_or_default();
    let date = s.get_item(DATE_KEY).ok().flatten().filter(|d| !d.is_empty());
    (text, date)
}

/// Saves the text and date; an empty text and no date remove the entries.
pub fn save(text: &str, date: Option<&str>) {
    let Some(s) = storage() else { return };
    let _ = if text.is_empty() {
        s.remove_item(TEXT_KEY)
    } else {
        s.set_item(TEXT_KEY, text)
    };
    let _ = match date {
        Some(d) => s.set_item(DATE_KEY, d),
        None => s.remove_item(DATE_KEY),
    };
}

/// The corrections saved with the text (none when there are none).
pub fn load_corrections() -> Vec<Correction> {
    storage()
        .and_then(|s| s.get_item(CORRECTIONS_KEY).ok().flatten())
        .map(|line| corrections::decode(&line))
        .unwrap_or_default()
}

/// Saves the corrections of the current text; none removes the entry.
pub fn save_corrections(list: &[Correction]) {
    let Some(s) = storage() else { return };
    let _ = if list.is_empty() {
        s.remove_item(CORRECTIONS_KEY)
    } else {
        s.set_item(CORRECTIONS_KEY, &corrections::encode(list))
    };
}

/// Forgets everything saved.
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(TEXT_KEY);
        let _ = s.remove_item(DATE_KEY);
        let _ = s.remove_item(CORRECTIONS_KEY);
        let _ = s.remove_item(COMPARE_KEY);
    }
}

/// The second article of the Compare view saved by an earlier visit (empty when none).
pub fn load_compare() -> String {
    storage()
        .and_then(|s| s.get_item(COMPARE_KEY).ok().flatten())
        .unwrap_or_default()
}

/// Saves the Compare view's second article; an empty text removes the entry.
pub fn save_compare(text: &str) {
    let Some(s) = storage() else { return };
    let _ = if text.is_empty() {
        s.remove_item(COMPARE_KEY)
    } else {
        s.set_item(COMPARE_KEY, text)
    };
}
