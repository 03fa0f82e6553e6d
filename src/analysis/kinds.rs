//! Kinds of source: for each actor, the kind of voice the text makes it (official, expert, business,
//! advocacy, ordinary person), and for each speaker the text does not name, anonymous.
//!
//! The kind comes only from words the text gives about the speaker, never from a name: a title
//! before a mention ("Minister Ana Ruiz", "police spokesperson Tom Berg"), an apposition after one
//! ("Lena Hart, a professor at ...", "Karl Moss, who runs a bakery", "said Mia Chen, a parent of
//! two"), an organisation's own name ("Ministry of Transport", "Northwind Ltd"), else a role the actor
//! pass gave it in the sentence of a mention ("The company's chief executive, Omar Said,"). A speaker
//! with no actor is anonymous when the text only describes it ("a senior official", "residents",
//! "people familiar with the talks"); a description that points back ("the minister") or an
//! institution ("police said") takes the kind of its words instead. The words of each kind are data
//! files (`data/source-kind-*.txt`); role words that name no kind by themselves ("spokesperson",
//! "chief": `data/source-kind-roles.txt`) are read past, so "a spokesperson for the charity" is
//! advocacy. The first mention that says something decides; the suggestion names its rule
//! ([`RULES`]) and the words it read (`Actor.source_kind`, `Quote.source_kind`).
//!
//! Each mention looks at a few words or bytes on either side: linear time.

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::report::{
    Actor, ActorKind, Evidence, KindOfSource, Mention, Quote, RuleName, Source, SourceKind, VoiceKind,
};
use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};
pub use crate::analysis::voices::{is_role, kind_of_word};

pub const TITLE_ROLE: &str = "kinds/title-role";
pub const APPOSITION_ROLE: &str = "kinds/apposition-role";
pub const ORGANISATION_NAME: &str = "kinds/organisation-name";
pub const UNNAMED_SOURCE: &str = "kinds/unnamed-source";
pub const ACTOR_ROLE: &str = "kinds/actor-role";
pub const SPEAKER_DESCRIPTION: &str = "kinds/speaker-description";

/// The rules of this pass, with their examples (see [`crate::analysis::rules`]).
pub static RULES: &[Rule] = &[
    Rule {
        name: TITLE_ROLE,
        description: "A role title right before a name says what kind of source the person is: \"Minister Ana Ruiz\", \"police spokesperson Tom Berg\", \"economist Lena Hart\".",
        details: "",
        examples: &[
            (
                "Minister Ana Ruiz said the ferry would run again.",
                "kind official \"Ana Ruiz\" <- \"Minister\"",
            ),
            (
                "Transport Minister Ana Ruiz said the ferry would run again.",
                "kind official \"Ana Ruiz\" <- \"Transport Minister\"",
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
        details: "",
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
            "Karl Moss, who called the company twice, said he was worried.",
        ],
    },
    Rule {
        name: ORGANISATION_NAME,
        description: "An organisation's name says what kind of source it is: a ministry or police force is official, a company business, a university expert, a charity advocacy (the last such word of the name decides).",
        details: "",
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
        name: ACTOR_ROLE,
        description: "When no title or apposition says it, a role the text gives the actor in the same sentence (\"The company's chief executive, Omar Said,\") names its kind of source.",
        details: "",
        examples: &[(
            "The company's chief executive, Omar Said, said the ferry would run.",
            "kind business \"Omar Said\" <- \"chief executive\"",
        )],
        counter_examples: &["Omar Said said the ferry would run."],
    },
    Rule {
        name: SPEAKER_DESCRIPTION,
        description: "A speaker the text calls only by a description that points back (\"the minister\") or by an institution (\"police\", \"the company\") takes the kind its words name; it is not anonymous.",
        details: "",
        examples: &[
            (
                "The ferry will stop, the minister said.",
                "kind official <- \"the minister\"",
            ),
            ("Police said the road would close.", "kind official <- \"Police\""),
        ],
        counter_examples: &["The ferry will stop, the report said."],
    },
    Rule {
        name: UNNAMED_SOURCE,
        description: "A speaker the text does not name, only describes (\"a senior official\", \"residents\", \"people familiar with the talks\"), is an anonymous source.",
        details: "",
        examples: &[
            (
                "A senior official said the talks would fail.",
                "kind anonymous <- \"A senior official\"",
            ),
            (
                "People familiar with the talks said the ministry would not agree.",
                "kind anonymous <- \"People familiar with the talks\"",
            ),
        ],
        counter_examples: &[
            "Ana Ruiz said the talks would fail.",
            "The plan will fail, the statement said.",
            "\"The talks will fail,\" he said.",
            "The ferry will stop, Jo Park said.",
        ],
    },
];

static WHO_VERBS: WordSet = word_set!("data/source-kind-who-verbs.txt");

/// The sources rule of insiders ("people familiar with the matter").
const INSIDER_RULE: &str = "sources/familiar-with";

/// How many bytes before a mention [`ACTOR_ROLE`] looks for a role.
const ROLE_REACH: usize = 200;

/// The most words a title or an apposition is read over.
const WINDOW: usize = 12;

/// Suggests a kind for every actor and every unnamed speaker.
pub fn classify(doc: &Doc, actors: &mut [Actor], quotes: &mut [Quote], sources: &[Source]) {
    for actor in actors.iter_mut() {
        let own = match actor.kind {
            ActorKind::Person => actor.mentions.iter().find_map(|m| person_kind(doc, m)),
            ActorKind::Organization | ActorKind::Group => {
                actor.mentions.first().and_then(|m| organisation_kind(doc, m))
            }
        };
        actor.source_kind = own.or_else(|| role_kind(doc, actor));
    }
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        q.source_kind = q
            .speaker_mention
            .as_ref()
            .and_then(|m| unnamed_kind(doc, m, sources));
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
/// words, kind words and capitalised words; the kind word nearest the name decides, and the evidence
/// is the whole title ("Transport Minister").
fn title_before(doc: &Doc, first: usize) -> Option<KindOfSource> {
    let sentence = doc.tokens.get(first)?.sentence;
    let mut found = None;
    let mut from = first;
    for i in (first.saturating_sub(4)..first).rev() {
        let t = &doc.tokens[i];
        if t.sentence != sentence || t.kind != TokenKind::Word {
            break;
        }
        let lower = doc.lower(i);
        let word = doc.word(i);
        // A headline in capitals ("OFFICIALS LOOK TO ...") is no title.
        let shouted = word.len() > 3 && word.chars().all(|c| !c.is_lowercase());
        let kind = kind_of_word(lower).filter(|_| !shouted);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if kind.is_none() && !is_role(lower) && !capitalised || doc.tokens[i + 1].line_start {
            break;
        }
        from = i;
        found = found.or(kind);
    }
    Some(finding(doc, found?, TITLE_ROLE, from, first))
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
    // "who runs a bakery" says what the person does; "who contacted the campaign" does not.
    if opener == "who" && !WHO_VERBS.contains(doc.lower(start + 1)) {
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

/// An unnamed speaker: inside an anonymous source phrase of the report ("people familiar with the
/// talks"), or described in lower-case words ("a senior official", "residents"), never a pronoun
/// and never a name ("Jo Park": a capitalised word after the first, or a capitalised first word
/// inside a sentence).
fn unnamed_kind(doc: &Doc, m: &Mention, sources: &[Source]) -> Option<KindOfSource> {
    // Insiders are the whole phrase ("people familiar with [the talks]"), not the mention in it.
    // Sources are in text order and never overlap: the one that may hold the mention starts last
    // at or before it.
    let at = sources.partition_point(|s| s.start <= m.start);
    let phrase = at
        .checked_sub(1)
        .map(|i| &sources[i])
        .filter(|s| s.kind == SourceKind::Anonymous && s.rule == INSIDER_RULE && m.end <= s.end);
    if let Some(s) = phrase {
        let (from, to) = (doc.token_at_or_after(s.start), doc.token_at_or_after(s.end));
        return Some(finding(doc, VoiceKind::Anonymous, UNNAMED_SOURCE, from, to));
    }
    let words: Vec<&str> = m.text.split_whitespace().collect();
    let first = words.first()?;
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let (from, to) = (doc.token_at_or_after(m.start), doc.token_at_or_after(m.end));
    let named = words.iter().skip(1).any(capital) || capital(first) && !doc.is_sentence_start(from);
    let head = words.last()?.to_lowercase();
    let person = kind_of_word(&head).is_some() || is_role(&head);
    if named && kind_of_word(&first.to_lowercase()).is_none() || !person {
        return None;
    }
    // "the minister", "its spokesman": someone the text named before, by their role; "police",
    // "the company": an institution, not a person kept anonymous.
    let institution = LEXICON.is_org_noun(&head) || LEXICON.is_org_word_lower(&head) || head == "police";
    if institution || DEFINITE.contains(&first.to_lowercase().as_str()) {
        return description_kind(doc, m, SPEAKER_DESCRIPTION);
    }
    Some(finding(doc, VoiceKind::Anonymous, UNNAMED_SOURCE, from, to))
}

/// Words that open a description pointing back to someone ("the minister", "his lawyer").
const DEFINITE: [&str; 10] = [
    "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
];

/// The actor's roles (from the actor pass) that name a kind, found in the text of a mention's
/// sentence before the mention: the first found decides.
fn role_kind(doc: &Doc, actor: &Actor) -> Option<KindOfSource> {
    let roles: Vec<(&str, VoiceKind)> = actor
        .roles
        .iter()
        .filter_map(|r| {
            let kind = r
                .split_whitespace()
                .filter_map(|w| kind_of_word(&w.to_lowercase()))
                .next_back()?;
            Some((r.as_str(), kind))
        })
        .collect();
    for m in &actor.mentions {
        let sentence = doc.tokens.get(doc.token_at_or_after(m.start))?.sentence as usize;
        // A bounded look back keeps a huge sentence linear.
        let mut from = doc
            .sentences
            .get(sentence)?
            .span
            .start
            .max(m.start.saturating_sub(ROLE_REACH));
        while !doc.text.is_char_boundary(from) {
            from += 1;
        }
        let before = doc.text.get(from..m.start)?;
        for &(role, kind) in &roles {
            if let Some(at) = before.rfind(role) {
                let (a, b) = (
                    doc.token_at_or_after(from + at),
                    doc.token_at_or_after(from + at + role.len()),
                );
                return Some(finding(doc, kind, ACTOR_ROLE, a, b));
            }
        }
    }
    None
}

/// A description ("the minister", "the company") whose words name a kind: the last such word.
fn description_kind(doc: &Doc, m: &Mention, rule: &'static str) -> Option<KindOfSource> {
    let kind = m
        .text
        .split_whitespace()
        .filter_map(|w| kind_of_word(&w.to_lowercase()))
        .next_back()?;
    let (from, to) = (doc.token_at_or_after(m.start), doc.token_at_or_after(m.end));
    Some(finding(doc, kind, rule, from, to))
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
