//! A set of articles for a voices audit, as the app keeps it: each article with a title (its first
//! line, or its file name), the publication date the user gave it (none: the one found in the text)
//! and its text, within a size limit.
//!
//! Pure data and rules (no storage, no DOM): the app stores the set in IndexedDB and analyses it in
//! its worker; [`fingerprint`] says when a kept report still belongs to its article.

use serde::{Deserialize, Serialize};

/// At most this many articles in a set.
pub const MAX_ARTICLES: usize = 1_000;

/// At most this many bytes of text in a whole set (20 MB).
pub const MAX_SET_BYTES: usize = 20 * 1024 * 1024;

/// A title longer than this (characters) is cut, with an ellipsis.
const MAX_TITLE_CHARS: usize = 100;

/// One article of the set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetArticle {
    /// Unique within the set, never reused while the set lives.
    pub id: u32,
    pub title: String,
    /// The publication date the user set (`YYYY-MM-DD`); none: the date found in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub text: String,
}

/// Why an article cannot join the set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Full {
    /// The set has [`MAX_ARTICLES`] articles already.
    Articles,
    /// The text would take the set over [`MAX_SET_BYTES`].
    Bytes,
}

impl std::fmt::Display for Full {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Full::Articles => write!(
                f,
                "The set is full: it holds at most {MAX_ARTICLES} articles. Remove some to add others."
            ),
            Full::Bytes => write!(
                f,
                "The set is full: it holds at most {} MB of text. Remove some articles to add others.",
                MAX_SET_BYTES / (1024 * 1024)
            ),
        }
    }
}

/// Whether an article of `bytes` bytes fits into a set of `count` articles and `set_bytes` bytes.
pub fn room_for(count: usize, set_bytes: usize, bytes: usize) -> Result<(), Full> {
    if count >= MAX_ARTICLES {
        Err(Full::Articles)
    } else if set_bytes.saturating_add(bytes) > MAX_SET_BYTES {
        Err(Full::Bytes)
    } else {
        Ok(())
    }
}

/// The bytes of text in `articles`.
pub fn set_bytes(articles: &[SetArticle]) -> usize {
    articles.iter().map(|a| a.text.len()).sum()
}

/// An article's title: its first non-empty line when that is short enough to be a headline, else
/// the file name without its extension, else the first line cut to 100 characters.
pub fn title_of(text: &str, file_name: Option<&str>) -> String {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let stem = file_name
        .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n))
        .map(|n| n.rsplit_once('.').map_or(n, |(stem, _)| stem))
        .filter(|n| !n.trim().is_empty());
    if !first.is_empty() && first.chars().count() <= MAX_TITLE_CHARS {
        return first.to_string();
    }
    if let Some(stem) = stem {
        return stem.trim().to_string();
    }
    if first.is_empty() {
        return "Untitled".to_string();
    }
    let cut: String = first.chars().take(MAX_TITLE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// A fingerprint of what an analysis depends on (the text and the user's date): a kept report whose
/// fingerprint differs from its article's is stale. FNV-1a, 64 bits, as 16 hex digits.
pub fn fingerprint(text: &str, date: Option<&str>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = text
        .bytes()
        .chain(std::iter::once(0xff))
        .chain(date.unwrap_or("").bytes());
    for b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Whether `value` is a plain calendar date the analysis accepts (`YYYY-MM-DD`).
pub fn valid_date(value: &str) -> bool {
    crate::analysis::Date::parse_iso(value).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "Harbour talks end\n\nThe talks ended.",
                Some("a.txt"),
                "Harbour talks end",
            ),
            ("\n\n  Harbour talks end  \nbody", None, "Harbour talks end"),
            ("", Some("folder/council-vote.md"), "council-vote"),
            ("", Some("noext"), "noext"),
            ("", None, "Untitled"),
            ("   \n", Some(".txt"), "Untitled"),
        ];
        for &(text, name, want) in cases {
            assert_eq!(title_of(text, name), want, "{text:?} {name:?}");
        }
        let long = "word ".repeat(40);
        assert_eq!(title_of(&long, Some("long.txt")), "long");
        let cut = title_of(&long, None);
        assert!(
            cut.ends_with('…') && cut.chars().count() <= MAX_TITLE_CHARS,
            "{cut}"
        );
    }

    #[test]
    fn room() {
        assert_eq!(room_for(0, 0, 10), Ok(()));
        assert_eq!(room_for(MAX_ARTICLES, 0, 1), Err(Full::Articles));
        assert_eq!(room_for(1, MAX_SET_BYTES - 5, 6), Err(Full::Bytes));
        assert_eq!(room_for(1, MAX_SET_BYTES - 5, 5), Ok(()));
        assert!(Full::Bytes.to_string().contains("20 MB"));
    }

    #[test]
    fn fingerprints_follow_text_and_date() {
        let a = fingerprint("text", None);
        assert_eq!(a, fingerprint("text", None));
        assert_eq!(a.len(), 16);
        assert_ne!(a, fingerprint("text", Some("2024-01-01")));
        assert_ne!(a, fingerprint("texT", None));
        // The separator keeps "ab" + "" apart from "a" + "b".
        assert_ne!(fingerprint("ab", None), fingerprint("a", Some("b")));
    }

    #[test]
    fn dates() {
        assert!(valid_date("2024-03-14"));
        assert!(!valid_date("2024-13-14"));
        assert!(!valid_date(""));
    }
}
