//! Share of voice: who is quoted, how much and how.
//!
//! Every quote of the report goes to one speaker: the actor it is attributed to (`Quote.speaker`);
//! else, when the text names a source that is no known actor ("a spokesman", "officials"), that
//! unnamed source (quotes whose mentions read the same, ignoring case and a leading article, share
//! one); else "Unattributed". Per speaker: quotes, quoted words (the words of the quote's text as the
//! report gives it), and both split by kind (direct, partial, reported); who speaks first and who has
//! the last word (the speakers of the first and last quote in the text). Per speaker type (named
//! person, organisation or state, unnamed source, unattributed): the same sums.

use crate::analysis::sort::CompactSort;
use crate::report::{ActorKind, Quote, QuoteKind, Report};
use crate::workbench::Table;

/// Who a speaker is, as far as the report says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// An actor of kind person.
    Person,
    /// An actor of kind organisation or group (governments, agencies, companies, parties).
    Organisation,
    /// A source the text describes but does not name ("a senior official").
    Unnamed,
    /// No source at all.
    Unattributed,
}

impl SpeakerType {
    pub const ALL: [SpeakerType; 4] = [
        SpeakerType::Person,
        SpeakerType::Organisation,
        SpeakerType::Unnamed,
        SpeakerType::Unattributed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SpeakerType::Person => "Named person",
            SpeakerType::Organisation => "Organisation or state",
            SpeakerType::Unnamed => "Unnamed source",
            SpeakerType::Unattributed => "Unattributed",
        }
    }

    /// A stable lower-case id (CSS classes, tests).
    pub fn slug(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organisation => "organisation",
            SpeakerType::Unnamed => "unnamed",
            SpeakerType::Unattributed => "unattributed",
        }
    }
}

/// Which speaker a quote belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SpeakerKey {
    /// Index into `report.actors`.
    Actor(usize),
    /// An unnamed source: its mention in lower case, without a leading article.
    Unnamed(String),
    Unattributed,
}

/// Quotes and quoted words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Count {
    pub quotes: usize,
    pub words: usize,
}

impl Count {
    fn add(&mut self, other: Count) {
        self.quotes += other.quotes;
        self.words += other.words;
    }
}

/// The kinds in the order the view shows them, with the names it uses.
pub const KINDS: [(QuoteKind, &str); 3] = [
    (QuoteKind::Direct, "direct"),
    (QuoteKind::Partial, "partial"),
    (QuoteKind::Indirect, "reported"),
];

fn kind_slot(kind: QuoteKind) -> usize {
    match kind {
        QuoteKind::Direct => 0,
        QuoteKind::Partial => 1,
        QuoteKind::Indirect => 2,
    }
}

/// One speaker's share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub key: SpeakerKey,
    /// The actor's name, the unnamed source's first mention, or "Unattributed".
    pub name: String,
    pub kind: SpeakerType,
    /// Indices into `report.quotes`, in text order.
    pub quotes: Vec<usize>,
    pub total: Count,
    /// Direct, partial and reported, in the order of [`KINDS`].
    pub by_kind: [Count; 3],
    /// The first quote of the text is theirs.
    pub first: bool,
    /// The last quote of the text is theirs.
    pub last: bool,
}

/// The sums of one speaker type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeShare {
    pub kind: SpeakerType,
    pub speakers: usize,
    pub total: Count,
    pub by_kind: [Count; 3],
}

/// The whole view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Voice {
    /// Most quoted words first (ties: first quoted first); "Unattributed" last.
    pub speakers: Vec<Speaker>,
    /// Every type, in the order of [`SpeakerType::ALL`], also when it has no quote.
    pub types: Vec<TypeShare>,
    pub total: Count,
}

/// The words of a quote: whitespace-separated pieces with a letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(is_word_char))
        .count()
}

/// An ASCII letter or digit, or any other non-ASCII character than Latin-1 signs (U+00A0–U+00BF,
/// "«", "»", "×", "÷") and general punctuation (U+2000–U+206F: dashes, curly quotes, ellipsis). Cheaper in
/// the app than the Unicode tables of `char::is_alphanumeric`, and the same on news text.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || !c.is_ascii() && !matches!(c, '\u{80}'..='\u{BF}' | '×' | '÷' | '\u{2000}'..='\u{206F}')
}

/// The key of an unnamed source's mention: lower case (ASCII letters), without "a", "an" or "the".
/// An unnamed source's mention as a label: without the relative pronoun that may close it ("a
/// diplomat who" is "a diplomat"; a lone "who" stays).
fn unnamed_label(mention: &str) -> &str {
    let t = mention.trim();
    for pronoun in [" who", " which", " whom"] {
        if let Some(rest) = t.strip_suffix(pronoun) {
            return rest.trim_end_matches([',', ' ']);
        }
    }
    t
}

fn unnamed_key(mention: &str) -> String {
    let lower = mention
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    for article in ["a ", "an ", "the "] {
        if let Some(rest) = lower.strip_prefix(article) {
            return rest.to_string();
        }
    }
    lower
}

/// The speaker of a quote: its key, display name and type.
pub fn speaker_of(report: &Report, q: &Quote) -> (SpeakerKey, String, SpeakerType) {
    let actor = q
        .speaker
        .as_deref()
        .and_then(|id| report.actors.iter().position(|a| a.id == id));
    if let Some(i) = actor {
        let a = &report.actors[i];
        let kind = match a.kind {
            ActorKind::Person => SpeakerType::Person,
            ActorKind::Organization | ActorKind::Group => SpeakerType::Organisation,
        };
        return (SpeakerKey::Actor(i), a.name.clone(), kind);
    }
    match &q.speaker_mention {
        Some(m) if !unnamed_label(&m.text).is_empty() => (
            SpeakerKey::Unnamed(unnamed_key(unnamed_label(&m.text))),
            unnamed_label(&m.text).to_string(),
            SpeakerType::Unnamed,
        ),
        _ => (
            SpeakerKey::Unattributed,
            "Unattributed".to_string(),
            SpeakerType::Unattributed,
        ),
    }
}

/// Groups the quotes by speaker, in order of each speaker's first quote.
fn group(report: &Report) -> Vec<Speaker> {
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for (qi, q) in report.quotes.iter().enumerate() {
        let (key, name, kind) = speaker_of(report, q);
        let si = *index.entry(key.clone()).or_insert_with(|| {
            speakers.push(Speaker {
                key,
                name,
                kind,
                quotes: Vec::new(),
                total: Count::default(),
                by_kind: [Count::default(); 3],
                first: false,
                last: false,
            });
            speakers.len() - 1
        });
        let s = &mut speakers[si];
        let count = Count {
            quotes: 1,
            words: word_count(&q.text),
        };
        s.quotes.push(qi);
        s.total.add(count);
        s.by_kind[kind_slot(q.kind)].add(count);
    }
    speakers
}

/// The share of voice of every speaker and speaker type in `report`.
pub fn share_of_voice(report: &Report) -> Voice {
    let mut speakers = group(report);
    // The first speaker is the one of quote 0; the last, the one whose quotes end last.
    let last = report.quotes.len().checked_sub(1);
    for s in &mut speakers {
        s.first = s.quotes.first() == Some(&0);
        s.last = last.is_some_and(|l| s.quotes.last() == Some(&l));
    }
    // A speaker's first quote is theirs alone, so the order is total (unstable sort: less code).
    speakers.compact_sort_by_key(|s| {
        (
            s.kind == SpeakerType::Unattributed,
            std::cmp::Reverse(s.total.words),
            std::cmp::Reverse(s.total.quotes),
            s.quotes.first().copied(),
        )
    });
    let types = SpeakerType::ALL
        .iter()
        .map(|&kind| {
            let mut share = TypeShare {
                kind,
                speakers: 0,
                total: Count::default(),
                by_kind: [Count::default(); 3],
            };
            for s in speakers.iter().filter(|s| s.kind == kind) {
                share.speakers += 1;
                share.total.add(s.total);
                for (sum, c) in share.by_kind.iter_mut().zip(s.by_kind) {
                    sum.add(c);
                }
            }
            share
        })
        .collect();
    let mut total = Count::default();
    for s in &speakers {
        total.add(s.total);
    }
    Voice {
        speakers,
        types,
        total,
    }
}

/// `part` of `whole` as a whole percentage ("34%"); "0%" of nothing.
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "0%".to_string();
    }
    format!("{}%", (part * 100 + whole / 2) / whole)
}

fn yes(b: bool) -> String {
    if b { "yes" } else { "" }.to_string()
}

/// One row per speaker.
pub fn speaker_table(voice: &Voice) -> Table {
    let columns = [
        "Speaker",
        "Type",
        "Quotes",
        "Quoted words",
        "Share of words",
        "Direct",
        "Partial",
        "Reported",
        "Speaks first",
        "Last word",
    ];
    let rows = voice
        .speakers
        .iter()
        .map(|s| {
            let mut row = vec![
                s.name.clone(),
                s.kind.label().to_string(),
                s.total.quotes.to_string(),
                s.total.words.to_string(),
                percent(s.total.words, voice.total.words),
            ];
            row.extend(s.by_kind.iter().map(|c| c.quotes.to_string()));
            row.push(yes(s.first));
            row.push(yes(s.last));
            row
        })
        .collect();
    Table {
        title: "Share of voice per speaker".to_string(),
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
    }
}

/// One row of a share table: the group's label, its speakers, quotes, quoted words, share of all
/// quoted words, then its quotes by kind (direct, partial, reported).
pub fn share_row(
    label: &str,
    speakers: usize,
    total: Count,
    by_kind: &[Count; 3],
    all_words: usize,
) -> Vec<String> {
    let mut row = vec![
        label.to_string(),
        speakers.to_string(),
        total.quotes.to_string(),
        total.words.to_string(),
        percent(total.words, all_words),
    ];
    row.extend(by_kind.iter().map(|c| c.quotes.to_string()));
    row
}

/// One row per speaker type.
pub fn type_table(voice: &Voice) -> Table {
    let columns = [
        "Speaker type",
        "Speakers",
        "Quotes",
        "Quoted words",
        "Share of words",
        "Direct",
        "Partial",
        "Reported",
    ];
    let rows = voice
        .types
        .iter()
        .map(|t| share_row(t.kind.label(), t.speakers, t.total, &t.by_kind, voice.total.words))
        .collect();
    Table {
        title: "Share of voice per speaker type".to_string(),
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
    }
}

/// The view's tables: per speaker, then per speaker type.
pub fn tables(report: &Report) -> Vec<Table> {
    let voice = share_of_voice(report);
    vec![speaker_table(&voice), type_table(&voice)]
}
