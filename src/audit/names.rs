//! Speakers merged across articles by name.
//!
//! A person's name is compared without titles ("Mr", "Dr", "Minister") and case: "Dr Lena Hart" and
//! "Lena Hart" are one speaker (same name). A surname alone ("Blinken", "Mr Blinken") joins the one
//! full name with that surname ("Antony Blinken"); when two full names share it ("Anna Berg", "Tom
//! Berg") it joins neither and stays a speaker of its own, and the two full names stay apart (their
//! given names differ). Organisations are compared without case and a leading "the". Unnamed
//! sources of kind anonymous ("a senior official") and speakers called only by a description ("the
//! minister", "we") are never merged: each is its article's own. A speaker mention that looks like a
//! name (capitalised words, no role: "Jo Park") counts as a person.
//! A name the user keeps apart ([`super::Edits::unmerged`], as written) is a speaker of its own in
//! every article that writes it so.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::{Merge, MergeReason, Voice};
use crate::analysis::gazetteer;
use crate::analysis::kinds;
use crate::analysis::report::VoiceKind;
use crate::workbench::voice::SpeakerType;

/// Voices that are one speaker.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub(crate) key: String,
    pub(crate) name: String,
    pub(crate) speaker_type: SpeakerType,
    /// Every name as written, in order of first use.
    pub(crate) names: Vec<String>,
    /// Indices into the voices, in set order.
    pub(crate) voices: Vec<usize>,
    pub(crate) merges: Vec<Merge>,
}

/// How a voice is compared.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum NameKey {
    /// A person: the words of the name without titles, in lower case.
    Person(Vec<String>),
    Organisation(String),
    /// An anonymous source of one article, or a name kept apart: never joined with another key.
    Apart(String),
}

/// Titles before a name, in lower case ("mr", "minister"): the first column of the actors' titles
/// file, read here alone so that the app's page does not carry the whole actors lexicon.
static TITLES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    gazetteer::rows(gazetteer::data_file!("../analysis/data/actors-titles.txt"))
        .filter_map(|row| row.first().map(|title| title.to_lowercase()))
        .collect()
});

/// A person's name words without titles, in lower case: "Mr Blinken" → ["blinken"].
pub fn person_words(name: &str) -> Vec<String> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let keep: Vec<String> = words
        .iter()
        .filter(|w| !TITLES.contains(w.as_str()) && !TITLES.contains(w.trim_end_matches('.')))
        .cloned()
        .collect();
    if keep.is_empty() {
        words
    } else {
        keep
    }
}

/// Capitalised words, none a role ("Jo Park", not "Officials"): a name the actor pass missed.
fn looks_like_a_name(written: &str) -> bool {
    let mut words = written.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            let lower = w.to_lowercase();
            w.chars().next().is_some_and(char::is_uppercase)
                && kinds::kind_of_word(&lower).is_none()
                && !kinds::is_role(&lower)
        })
}

/// An organisation's name in lower case without a leading "the".
pub fn organisation_key(name: &str) -> String {
    let lower = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    lower.strip_prefix("the ").map_or(lower.clone(), str::to_string)
}

fn name_key(v: &Voice, unmerged: &[String]) -> NameKey {
    let written = v.name.trim();
    let anonymous = v.speaker_type == SpeakerType::Unnamed
        && v.suggestion
            .as_ref()
            .is_some_and(|s| s.kind == VoiceKind::Anonymous);
    if anonymous {
        return NameKey::Apart(format!("anonymous:{}:{}", v.article, written.to_lowercase()));
    }
    if v.speaker_type == SpeakerType::Unnamed && !looks_like_a_name(written) {
        // "the minister", "we": someone of this article only.
        return NameKey::Apart(format!("unnamed:{}:{}", v.article, written.to_lowercase()));
    }
    let prefix = match v.speaker_type {
        SpeakerType::Organisation => "organisation",
        _ => "person",
    };
    if unmerged.iter().any(|u| u.trim() == written) {
        return NameKey::Apart(format!("{prefix}:{}", written.to_lowercase()));
    }
    match v.speaker_type {
        SpeakerType::Organisation => NameKey::Organisation(organisation_key(written)),
        _ => NameKey::Person(person_words(written)),
    }
}

/// Every voice's key after surnames are joined to the one full name that has them.
fn joined_keys(keys: &[NameKey]) -> Vec<NameKey> {
    let mut full_by_surname: HashMap<&str, Vec<&Vec<String>>> = HashMap::new();
    for k in keys {
        if let NameKey::Person(words) = k {
            if let (true, Some(last)) = (words.len() > 1, words.last()) {
                let list = full_by_surname.entry(last.as_str()).or_default();
                if !list.contains(&words) {
                    list.push(words);
                }
            }
        }
    }
    keys.iter()
        .map(|k| match k {
            NameKey::Person(words) if words.len() == 1 => match full_by_surname.get(words[0].as_str()) {
                Some(full) if full.len() == 1 => NameKey::Person(full[0].clone()),
                _ => k.clone(),
            },
            _ => k.clone(),
        })
        .collect()
}

/// The voices grouped into speakers, in order of each speaker's first voice.
pub(crate) fn group(voices: &[Voice], unmerged: &[String]) -> Vec<Group> {
    let own: Vec<NameKey> = voices.iter().map(|v| name_key(v, unmerged)).collect();
    let joined = joined_keys(&own);
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<&NameKey, usize> = HashMap::new();
    for (vi, key) in joined.iter().enumerate() {
        let gi = *index.entry(key).or_insert_with(|| {
            groups.push(Group {
                key: String::new(),
                name: String::new(),
                speaker_type: voices[vi].speaker_type,
                names: Vec::new(),
                voices: Vec::new(),
                merges: Vec::new(),
            });
            groups.len() - 1
        });
        let g = &mut groups[gi];
        g.voices.push(vi);
        let written = voices[vi].name.trim().to_string();
        if !g.names.contains(&written) {
            g.names.push(written);
        }
    }
    for (key, &gi) in &index {
        finish(&mut groups[gi], key, voices, &own);
    }
    unique_keys(&mut groups);
    groups
}

/// Keys made unique in the rare case two groups would share one ("person:x", "person:x#2").
fn unique_keys(groups: &mut [Group]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for g in groups.iter_mut() {
        let n = seen.entry(g.key.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            g.key = format!("{}#{n}", g.key);
            for m in &mut g.merges {
                m.speaker = g.key.clone();
            }
        }
    }
}

/// The group's key, display name and merges.
fn finish(g: &mut Group, key: &NameKey, voices: &[Voice], own: &[NameKey]) {
    // The display name: the first voice whose own key is the group's (the full name).
    let display = g
        .voices
        .iter()
        .find(|&&vi| &own[vi] == key)
        .or(g.voices.first())
        .map(|&vi| voices[vi].name.trim().to_string())
        .unwrap_or_default();
    g.key = match key {
        NameKey::Person(_) => format!("person:{}", display.to_lowercase()),
        NameKey::Organisation(k) => format!("organisation:{k}"),
        NameKey::Apart(k) => k.clone(),
    };
    for name in g.names.iter().filter(|n| **n != display) {
        let using: Vec<usize> = g
            .voices
            .iter()
            .copied()
            .filter(|&vi| voices[vi].name.trim() == name)
            .collect();
        let reason = if using.iter().all(|&vi| &own[vi] == key) {
            MergeReason::SameName
        } else {
            MergeReason::Surname
        };
        let mut articles: Vec<usize> = using.iter().map(|&vi| voices[vi].article).collect();
        articles.dedup();
        g.merges.push(Merge {
            speaker: g.key.clone(),
            name: name.clone(),
            into: display.clone(),
            reason,
            articles,
        });
    }
    g.name = display;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_case_are_not_part_of_a_name() {
        let cases = [
            ("Mr Blinken", vec!["blinken"]),
            ("Antony Blinken", vec!["antony", "blinken"]),
            ("Dr. Lena Hart", vec!["lena", "hart"]),
            ("Mr", vec!["mr"]),
        ];
        for (name, words) in cases {
            assert_eq!(person_words(name), words, "{name}");
        }
        assert_eq!(
            organisation_key("The  Ministry of Transport"),
            "ministry of transport"
        );
    }
}
