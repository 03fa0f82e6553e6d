//! Kinds of source: for each actor, the kind of voice the text makes it (official, expert, business,
//! advocacy, ordinary person), and for each unnamed speaker, anonymous.
//!
//! The kind comes only from words the text gives about the speaker, never from a name: a title
//! before a mention ("Minister Ana Ruiz", "police spokesperson Tom Berg"), an apposition after one
//! ("Lena Hart, a professor at ...", "Karl Moss, who runs a bakery", "said Mia Chen, a parent of
//! two"), or an organisation's own name ("Ministry of Transport", "Northwind Ltd"). The words of
//! each kind are data files (`data/source-kind-*.txt`); role words that name no kind by themselves
//! ("spokesperson", "chief": `data/source-kind-roles.txt`) are read past, so "a spokesperson for the
//! charity" is advocacy. The first mention that says something decides; the suggestion names its
//! rule ([`RULES`]) and the words it read (`Actor.source_kind`, `Quote.source_kind`).
//!
//! Each mention looks at a few words on either side: linear time.

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::report::{
    Actor, ActorKind, Evidence, KindOfSource, Mention, Quote, RuleName, VoiceKind,
};
use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};

pub const TITLE_ROLE: &str = "kinds/title-role";
pub const APPOSITION_ROLE: &str = "kinds/apposition-role";
pub const ORGANISATION_NAME: &str = "kinds/organisation-name";
pub const UNNAMED_SOURCE: &str = "kinds/unnamed-source";

/// The rules of this pass, with their examples (see [`crate::analysis::rules`]).
pub static RULES: &[Rule] = &[
    Rule {
        name: TITLE_ROLE,
        description: "A role title right before a name says what kind of source the person is: \"Minister Ana Ruiz\", \"police spokesperson Tom Berg\", \"economist Lena Hart\".",
        examples: &[
            (
                "Minister Ana Ruiz said the ferry would run again.",
                "kind official \"Ana Ruiz\" <- \"Minister\"",
            ),
            (
                "\"We will not wait,\" said police spokesperson Tom Berg.",
                "kind official \"Tom Berg\" <- \"police spokesperson\"",
            ),
            (
                "Economist Lena Hart said prices would rise.",
                "kind expert \"Lena Hart\" <- \"Economist\"",
            ),
        ],
        counter_examples: &[
            "Parents thanked Ana Ruiz for the new ferry.",
            "Ana Ruiz said the ferry would run again.",
        ],
    },
    Rule {
        name: APPOSITION_ROLE,
        description: "A description after a name and a comma says what kind of source the person is: \"Lena Hart, a professor at Northfield University\", \"Karl Moss, who runs a bakery\", \"said Mia Chen, a parent of two\".",
        examples: &[
            (
                "\"Prices will rise,\" said Lena Hart, a professor of economics.",
                "kind expert \"Lena Hart\" <- \"a professor of economics\"",
            ),
            (
                "Karl Moss, who runs a bakery on the quay, said he was worried.",
                "kind business \"Karl Moss\" <- \"who runs a bakery on the quay\"",
            ),
            (
                "\"It is too late,\" said Mia Chen, a parent of two.",
                "kind ordinary \"Mia Chen\" <- \"a parent of two\"",
            ),
            (
                "Jo Lind, a spokesperson for the charity, said the river was dying.",
                "kind advocacy \"Jo Lind\" <- \"a spokesperson for the charity\"",
            ),
        ],
        counter_examples: &[
            "\"It is too late,\" said Mia Chen, and the parents agreed.",
            "Karl Moss, who lives on the quay, said he was worried.",
        ],
    },
    Rule {
        name: ORGANISATION_NAME,
        description: "An organisation's name says what kind of source it is: a ministry or police force is official, a company business, a university expert, a charity advocacy (the last such word of the name decides).",
        examples: &[
            (
                "The Ministry of Transport said it would act.",
                "kind official \"Ministry of Transport\" <- \"Ministry of Transport\"",
            ),
            (
                "Northwind Ltd said profits fell.",
                "kind business \"Northwind Ltd\" <- \"Northwind Ltd\"",
            ),
        ],
        counter_examples: &["Harbour United said it would appeal."],
    },
    Rule {
        name: UNNAMED_SOURCE,
        description: "A speaker the text does not name, only describes (\"a senior official\", \"one resident\"), is an anonymous source.",
        examples: &[(
            "A senior official said the talks would fail.",
            "kind anonymous <- \"A senior official\"",
        )],
        counter_examples: &[
            "Ana Ruiz said the talks would fail.",
            "\"The talks will fail,\" he said.",
        ],
    },
];

static OFFICIAL: WordSet = word_set!("data/source-kind-official.txt");
static EXPERT: WordSet = word_set!("data/source-kind-expert.txt");
static BUSINESS: WordSet = word_set!("data/source-kind-business.txt");
static ADVOCACY: WordSet = word_set!("data/source-kind-advocacy.txt");
static ORDINARY: WordSet = word_set!("data/source-kind-ordinary.txt");
static ROLES: WordSet = word_set!("data/source-kind-roles.txt");

/// The most words a title or an apposition is read over.
const WINDOW: usize = 10;

/// The kind a lower-case word names, in the singular or the plural ("parents").
pub fn kind_of_word(lower: &str) -> Option<VoiceKind> {
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower);
    let lookup = |w: &str| {
        let lists: [(&WordSet, VoiceKind); 5] = [
            (&OFFICIAL, VoiceKind::Official),
            (&EXPERT, VoiceKind::Expert),
            (&BUSINESS, VoiceKind::Business),
            (&ADVOCACY, VoiceKind::Advocacy),
            (&ORDINARY, VoiceKind::Ordinary),
        ];
        lists.into_iter().find(|(l, _)| l.contains(w)).map(|(_, k)| k)
    };
    lookup(lower)
        .or_else(|| lower.strip_suffix('s').and_then(lookup))
        .or_else(|| lower.strip_suffix("es").and_then(lookup))
}

/// A role word that names no kind by itself ("spokesperson", "chief"), singular or plural.
fn is_role(lower: &str) -> bool {
    ROLES.contains(lower) || lower.strip_suffix('s').is_some_and(|w| ROLES.contains(w))
}

/// Suggests a kind for every actor and every unnamed speaker.
pub fn classify(doc: &Doc, actors: &mut [Actor], quotes: &mut [Quote]) {
    for actor in actors.iter_mut() {
        actor.source_kind = match actor.kind {
            ActorKind::Person => actor.mentions.iter().find_map(|m| person_kind(doc, m)),
            ActorKind::Organization | ActorKind::Group => {
                actor.mentions.first().and_then(|m| organisation_kind(doc, m))
            }
        };
    }
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        q.source_kind = q.speaker_mention.as_ref().and_then(|m| unnamed_kind(doc, m));
    }
}

fn finding(doc: &Doc, kind: VoiceKind, rule: &'static str, from: usize, to: usize) -> KindOfSource {
    let span = doc.span_of(from..to);
    KindOfSource {
        kind,
        rule: RuleName::Borrowed(rule),
        evidence: Evidence {
            start: span.start,
            end: span.end,
            text: doc.slice(span).to_string(),
        },
    }
}

/// The kind a person's mention is given by a title before it or an apposition after it.
fn person_kind(doc: &Doc, m: &Mention) -> Option<KindOfSource> {
    let first = doc.token_at_or_after(m.start);
    let after = doc.token_at_or_after(m.end);
    title_before(doc, first).or_else(|| apposition_after(doc, after))
}

/// "police spokesperson [Tom Berg]": the words right before token `first`, read back over role
/// words, kind words and capitalised words; the kind word nearest the name decides.
fn title_before(doc: &Doc, first: usize) -> Option<KindOfSource> {
    let sentence = doc.tokens.get(first)?.sentence;
    let mut found = None;
    for i in (first.saturating_sub(4)..first).rev() {
        let t = &doc.tokens[i];
        if t.sentence != sentence || t.kind != TokenKind::Word {
            break;
        }
        let lower = doc.lower(i);
        if let Some(kind) = kind_of_word(lower) {
            found = Some((kind, i));
            break;
        }
        let capitalised = doc.word(i).chars().next().is_some_and(char::is_uppercase);
        if !is_role(lower) && !capitalised {
            break;
        }
    }
    let (kind, from) = found?;
    Some(finding(doc, kind, TITLE_ROLE, from, first))
}

/// Words that may open an apposition: "a", "the", "who", "one", possessives.
const OPENERS: [&str; 11] = [
    "a", "an", "the", "who", "whose", "one", "his", "her", "their", "its", "former",
];

/// "[Lena Hart], a professor at Northfield University,": the phrase after a comma at token `after`,
/// up to the next punctuation; the first kind word in it decides.
fn apposition_after(doc: &Doc, after: usize) -> Option<KindOfSource> {
    if doc.word(after) != "," {
        return None;
    }
    let mut start = after + 1;
    // An age first: "Mia Chen, 41, a parent of two".
    if doc.tokens.get(start).is_some_and(|t| t.kind == TokenKind::Number) && doc.word(start + 1) == "," {
        start += 2;
    }
    let sentence = doc.tokens.get(start)?.sentence;
    let opener = doc.lower(start);
    if !OPENERS.contains(&opener) && kind_of_word(opener).is_none() && !is_role(opener) {
        return None;
    }
    let mut end = start;
    let mut kind = None;
    while end < doc.tokens.len() && end - start < WINDOW {
        let t = &doc.tokens[end];
        if t.sentence != sentence || t.kind == TokenKind::Punct && !matches!(doc.word(end), "-" | "'" | "’")
        {
            break;
        }
        if kind.is_none() {
            kind = kind_of_word(doc.lower(end));
        }
        end += 1;
    }
    Some(finding(doc, kind?, APPOSITION_ROLE, start, end))
}

/// An organisation named with a kind word: the last such word of its first mention decides.
fn organisation_kind(doc: &Doc, m: &Mention) -> Option<KindOfSource> {
    let kind = m
        .text
        .split_whitespace()
        .filter_map(|w| kind_of_word(&w.to_lowercase()))
        .next_back()?;
    let (from, to) = (doc.token_at_or_after(m.start), doc.token_at_or_after(m.end));
    Some(finding(doc, kind, ORGANISATION_NAME, from, to))
}

/// An unnamed speaker ("a senior official", "residents"): lower-case words after the first, the last
/// a role or kind word, and no pronoun.
fn unnamed_kind(doc: &Doc, m: &Mention) -> Option<KindOfSource> {
    let words: Vec<&str> = m.text.split_whitespace().collect();
    let head = words.last()?.to_lowercase();
    let lower_after_first = words
        .iter()
        .skip(1)
        .all(|w| !w.chars().next().is_some_and(char::is_uppercase));
    let pronoun = words.len() == 1 && LEXICON.pronoun(&words[0].to_lowercase()).is_some();
    if pronoun || !lower_after_first || kind_of_word(&head).is_none() && !is_role(&head) {
        return None;
    }
    let (from, to) = (doc.token_at_or_after(m.start), doc.token_at_or_after(m.end));
    Some(finding(doc, VoiceKind::Anonymous, UNNAMED_SOURCE, from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_name_their_kind_in_singular_and_plural() {
        let cases = [
            ("minister", Some(VoiceKind::Official)),
            ("ministers", Some(VoiceKind::Official)),
            ("parents", Some(VoiceKind::Ordinary)),
            ("witnesses", Some(VoiceKind::Ordinary)),
            ("company's", Some(VoiceKind::Business)),
            ("charity", Some(VoiceKind::Advocacy)),
            ("professor", Some(VoiceKind::Expert)),
            ("spokesperson", None),
            ("blinken", None),
        ];
        for (word, kind) in cases {
            assert_eq!(kind_of_word(word), kind, "{word}");
        }
    }
}
