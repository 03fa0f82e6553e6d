//! The voices audit: who gets quoted across a whole set of articles.
//!
//! Input: a list of [`Article`]s (id, title, date, text and its [`Report`]) and the user's [`Edits`]
//! (merges undone, kinds of source changed, tags of their own). Output: an [`Audit`]:
//!
//! - **speakers** merged across articles by name ([`names`]): "Mr Blinken" in one article and
//!   "Antony Blinken" in another are one source when no other Blinken with another given name is
//!   quoted; organisations by name ("the Ministry of Transport" = "Ministry of Transport"). Every join
//!   is listed as a [`Merge`] (which name joined which speaker, and why) and can be undone by putting
//!   the name in [`Edits::unmerged`]. Unnamed sources ("a senior official") are never merged: each
//!   is a speaker of its own article, of kind anonymous;
//! - per speaker: the articles quoting them, quotes, quoted words, direct / partial / reported, the
//!   first and last article (by date, articles without a date after the dated ones, then by their
//!   place in the set), the suggested kind of source with its rule and evidence (the first article
//!   whose text says it, [`crate::analysis::kinds`]), the user's kind, the tags; every number traces
//!   back to its quotes ([`QuoteRef`]: article index and quote index in that article's report);
//! - share of voice by kind and by speaker, per-article rows (speakers, kinds, anonymous sources:
//!   unnamed speakers plus the report's anonymous source phrases that are not one of them), and the
//!   articles that quote no ordinary person or only officials (among the articles quoting anyone).
//!
//! Quotes without any speaker ("Unattributed") count in the per-article rows only. The views are
//! [`crate::workbench::Table`]s ([`views`]), the exports CSV, Markdown and JSON ([`export`]). Pure
//! code: the app, `lede audit` and the tests share it.
//!
//! ```
//! use lede::audit::{audit, Article, Edits};
//! let a = Article::analyse("1", None, "Minister Ana Ruiz said the ferry would run.", Some("2024-03-14"));
//! let b = Article::analyse("2", None, "Ms Ruiz said: \"We are ready.\"", Some("2024-03-15"));
//! let result = audit(&[a, b], &Edits::default());
//! assert_eq!(result.speakers.len(), 1);
//! assert_eq!(result.speakers[0].name, "Ana Ruiz");
//! assert_eq!(result.speakers[0].articles, [0, 1]);
//! ```

pub mod export;
pub mod names;
pub mod views;

use crate::analysis::sort::CompactSort;
use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::analysis::report::{Evidence, QuoteKind, Report, SourceKind, VoiceKind};
use crate::analysis::{analyse, Date, Options};
use crate::workbench::voice::{self, Count, SpeakerKey, SpeakerType};

/// One article of the set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub title: String,
    /// Publication date, `YYYY-MM-DD`, or none.
    pub date: Option<String>,
    pub text: String,
    pub report: Report,
}

impl Article {
    /// Analyses `text` as an article of the set: the title is `title` or else the text's first line
    /// ([`title_of`]); the date is `date` (`YYYY-MM-DD`) or else the one the analysis finds in a
    /// byline or dateline (the report's reference date).
    pub fn analyse(id: &str, title: Option<&str>, text: &str, date: Option<&str>) -> Article {
        let options = Options {
            reference_date: date.and_then(Date::parse_iso),
        };
        let report = analyse(text, &options);
        Article {
            id: id.to_string(),
            title: title.map_or_else(|| title_of(text), str::to_string),
            date: report.reference_date.clone(),
            text: text.to_string(),
            report,
        }
    }
}

/// An article's title: its first non-blank line without Markdown heading marks, cut to 120
/// characters; "Untitled article" for an empty text.
pub fn title_of(text: &str) -> String {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    crate::workbench::export::title(first.trim_start_matches('#'))
}

/// What the user changed: merges undone, kinds of source, tags. Plain data, kept with the set and
/// written into the JSON export.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edits {
    /// Names kept apart from the speaker they were merged into ([`Merge::name`], as written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmerged: Vec<String>,
    /// The user's kind of source per speaker ([`Speaker::key`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub kinds: BTreeMap<String, VoiceKind>,
    /// The user's own tags, in the order they defined them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The tags given to each speaker ([`Speaker::key`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tagged: BTreeMap<String, Vec<String>>,
}

/// A quote of the set: its article (index into the articles) and its index in that article's
/// `report.quotes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuoteRef {
    pub article: usize,
    pub quote: usize,
}

/// Why a name was joined to a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MergeReason {
    /// The same name apart from titles, case and a leading "the": "Dr Lena Hart" and "Lena Hart".
    SameName,
    /// A surname alone or after a title ("Mr Blinken") and the one full name quoted with it
    /// ("Antony Blinken").
    Surname,
}

impl MergeReason {
    /// Why, in plain words.
    pub fn describe(self) -> &'static str {
        match self {
            MergeReason::SameName => "the same name apart from titles and case",
            MergeReason::Surname => "the surname of the only full name quoted with it",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MergeReason::SameName => "same-name",
            MergeReason::Surname => "surname",
        }
    }
}

/// One name joined to a speaker: undo it by putting `name` in [`Edits::unmerged`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merge {
    /// The speaker's key.
    pub speaker: String,
    /// The name as the articles write it ("Mr Blinken").
    pub name: String,
    /// The speaker's name it was joined to ("Antony Blinken").
    pub into: String,
    pub reason: MergeReason,
    /// The articles that use the name.
    pub articles: Vec<usize>,
}

/// A suggested kind of source and where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub kind: VoiceKind,
    /// The rule that suggested it (`kinds/title-role`).
    pub rule: String,
    /// The words it read, in `article`'s text.
    pub evidence: Evidence,
    pub article: usize,
}

/// One speaker of the set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Stable across edits: `person:`, `organisation:`, `anonymous:ARTICLE:` or `unnamed:ARTICLE:`
    /// ("the minister": a description only) and the name in lower case. Edits refer to speakers by it.
    pub key: String,
    /// The fullest name ("Antony Blinken"), or an unnamed source's words ("a senior official").
    pub name: String,
    /// Named person, organisation or state, or unnamed source.
    pub speaker_type: SpeakerType,
    /// Every name the articles use for them, in order of first use.
    pub names: Vec<String>,
    /// Indices of the articles quoting them, in set order.
    pub articles: Vec<usize>,
    /// Their quotes, in set order, then text order.
    pub quotes: Vec<QuoteRef>,
    pub total: Count,
    /// Direct, partial and reported, in the order of [`voice::KINDS`].
    pub by_kind: [Count; 3],
    pub first_article: usize,
    pub last_article: usize,
    pub suggested: Option<Suggestion>,
    /// The user's kind, when they set one.
    pub user_kind: Option<VoiceKind>,
    pub tags: Vec<String>,
}

impl Speaker {
    /// The kind the views count: the user's, else the suggested one.
    pub fn kind(&self) -> Option<VoiceKind> {
        self.user_kind.or(self.suggested.as_ref().map(|s| s.kind))
    }
}

/// The share of one kind of source (none: no kind known).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindShare {
    pub kind: Option<VoiceKind>,
    pub speakers: usize,
    pub total: Count,
    pub by_kind: [Count; 3],
    pub quotes: Vec<QuoteRef>,
}

/// One article's row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRow {
    pub article: usize,
    /// Keys of the speakers it quotes, most quoted first.
    pub speakers: Vec<String>,
    /// The distinct kinds of its speakers, in the order of [`VoiceKind::ALL`].
    pub kinds: Vec<VoiceKind>,
    /// Unnamed speakers and anonymous source phrases.
    pub anonymous: usize,
    pub quotes: usize,
    /// Quotes without any speaker.
    pub unattributed: usize,
}

/// The whole audit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audit {
    /// Most quoted words first (ties: more quotes, then first quoted first).
    pub speakers: Vec<Speaker>,
    pub merges: Vec<Merge>,
    /// Every kind of [`VoiceKind::ALL`], then the speakers of no known kind.
    pub kinds: Vec<KindShare>,
    pub articles: Vec<ArticleRow>,
    /// Quotes and words of every speaker.
    pub total: Count,
    /// Articles quoting someone but no ordinary person.
    pub no_ordinary: Vec<usize>,
    /// Articles quoting someone, and only officials.
    pub only_officials: Vec<usize>,
    /// The user's tags.
    pub tags: Vec<String>,
}

impl Audit {
    /// The speaker with `key`.
    pub fn speaker(&self, key: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.key == key)
    }

    /// The attributed quotes of article `article` with their speakers, in text order: the quotes
    /// behind an article row.
    pub fn quotes_in(&self, article: usize) -> Vec<(QuoteRef, &Speaker)> {
        let mut out: Vec<(QuoteRef, &Speaker)> = self
            .speakers
            .iter()
            .flat_map(|s| {
                s.quotes
                    .iter()
                    .filter(|q| q.article == article)
                    .map(move |&q| (q, s))
            })
            .collect();
        out.compact_sort_by_key(|(q, _)| *q);
        out
    }
}

/// One speaker of one article, before merging.
#[derive(Clone, Debug)]
pub(crate) struct Voice {
    pub(crate) article: usize,
    pub(crate) name: String,
    pub(crate) speaker_type: SpeakerType,
    pub(crate) quotes: Vec<usize>,
    pub(crate) suggestion: Option<Suggestion>,
}

/// Audits `articles` with the user's `edits`.
pub fn audit(articles: &[Article], edits: &Edits) -> Audit {
    let voices = voices(articles);
    let groups = names::group(&voices, &edits.unmerged);
    let order = set_order(articles);
    let mut speakers: Vec<Speaker> = groups
        .iter()
        .map(|g| speaker(articles, &voices, g, &order, edits))
        .collect();
    speakers.compact_sort_by(|a, b| {
        (
            std::cmp::Reverse(a.total.words),
            std::cmp::Reverse(a.total.quotes),
            a.quotes.first(),
        )
            .cmp(&(
                std::cmp::Reverse(b.total.words),
                std::cmp::Reverse(b.total.quotes),
                b.quotes.first(),
            ))
    });
    let merges = groups.into_iter().flat_map(|g| g.merges).collect();
    let rows = article_rows(articles, &speakers);
    let mut total = Count::default();
    for s in &speakers {
        add(&mut total, s.total);
    }
    let quoting = |r: &&ArticleRow| !r.speakers.is_empty();
    let kinds: HashMap<&str, Option<VoiceKind>> =
        speakers.iter().map(|s| (s.key.as_str(), s.kind())).collect();
    Audit {
        kinds: kind_shares(&speakers),
        no_ordinary: rows
            .iter()
            .filter(quoting)
            .filter(|r| !r.kinds.contains(&VoiceKind::Ordinary))
            .map(|r| r.article)
            .collect(),
        only_officials: rows
            .iter()
            .filter(quoting)
            .filter(|r| {
                r.speakers
                    .iter()
                    .all(|k| kinds.get(k.as_str()) == Some(&Some(VoiceKind::Official)))
            })
            .map(|r| r.article)
            .collect(),
        articles: rows,
        speakers,
        merges,
        total,
        tags: edits.tags.clone(),
    }
}

fn add(sum: &mut Count, c: Count) {
    sum.quotes += c.quotes;
    sum.words += c.words;
}

fn slot(kind: QuoteKind) -> usize {
    voice::KINDS.iter().position(|(k, _)| *k == kind).unwrap_or(0)
}

/// Every speaker of every article (unattributed quotes left out), in set order.
fn voices(articles: &[Article]) -> Vec<Voice> {
    let mut out = Vec::new();
    for (ai, article) in articles.iter().enumerate() {
        let report = &article.report;
        let mut index: HashMap<SpeakerKey, usize> = HashMap::new();
        for (qi, q) in report.quotes.iter().enumerate() {
            let (key, name, speaker_type) = voice::speaker_of(report, q);
            if speaker_type == SpeakerType::Unattributed {
                continue;
            }
            let vi = *index.entry(key.clone()).or_insert_with(|| {
                let kind = match key {
                    SpeakerKey::Actor(i) => report.actors[i].source_kind.as_ref(),
                    _ => q.source_kind.as_ref(),
                };
                let suggestion = kind.map(|k| Suggestion {
                    kind: k.kind,
                    rule: k.rule.to_string(),
                    evidence: k.evidence.clone(),
                    article: ai,
                });
                // An unnamed source is called by the words that describe it ("people familiar
                // with the talks"), not by the mention a reporting verb took ("the talks").
                let name = match (&key, kind) {
                    (SpeakerKey::Unnamed(_), Some(k)) => k.evidence.text.clone(),
                    _ => name,
                };
                out.push(Voice {
                    article: ai,
                    name,
                    speaker_type,
                    quotes: Vec::new(),
                    suggestion,
                });
                out.len() - 1
            });
            out[vi].quotes.push(qi);
        }
    }
    out
}

/// Each article's place in time: by date, undated after dated, then by place in the set.
fn set_order(articles: &[Article]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..articles.len()).collect();
    idx.compact_sort_by_key(|&i| (articles[i].date.is_none(), articles[i].date.clone(), i));
    let mut rank = vec![0; articles.len()];
    for (r, &i) in idx.iter().enumerate() {
        rank[i] = r;
    }
    rank
}

/// The speaker of one group of voices.
fn speaker(
    articles: &[Article],
    voices: &[Voice],
    g: &names::Group,
    order: &[usize],
    edits: &Edits,
) -> Speaker {
    let mut quotes = Vec::new();
    let mut by_kind = [Count::default(); 3];
    let mut total = Count::default();
    let mut articles_of: Vec<usize> = Vec::new();
    for &vi in &g.voices {
        let v = &voices[vi];
        for &qi in &v.quotes {
            let q = &articles[v.article].report.quotes[qi];
            let c = Count {
                quotes: 1,
                words: voice::word_count(&q.text),
            };
            add(&mut total, c);
            add(&mut by_kind[slot(q.kind)], c);
            quotes.push(QuoteRef {
                article: v.article,
                quote: qi,
            });
        }
        articles_of.push(v.article);
    }
    quotes.compact_sort();
    articles_of.compact_sort();
    articles_of.dedup();
    let by_time = |&a: &usize| order[a];
    let suggested = g
        .voices
        .iter()
        .filter_map(|&vi| voices[vi].suggestion.clone())
        .min_by_key(|s| order[s.article]);
    let tags = edits.tagged.get(&g.key).cloned().unwrap_or_default();
    Speaker {
        key: g.key.clone(),
        name: g.name.clone(),
        speaker_type: g.speaker_type,
        names: g.names.clone(),
        first_article: articles_of.iter().copied().min_by_key(by_time).unwrap_or(0),
        last_article: articles_of.iter().copied().max_by_key(by_time).unwrap_or(0),
        articles: articles_of,
        quotes,
        total,
        by_kind,
        suggested,
        user_kind: edits.kinds.get(&g.key).copied(),
        tags,
    }
}

/// The share of every kind, then of the speakers of no known kind.
fn kind_shares(speakers: &[Speaker]) -> Vec<KindShare> {
    let kinds = VoiceKind::ALL.into_iter().map(Some).chain([None]);
    kinds
        .map(|kind| {
            let mut share = KindShare {
                kind,
                speakers: 0,
                total: Count::default(),
                by_kind: [Count::default(); 3],
                quotes: Vec::new(),
            };
            for s in speakers.iter().filter(|s| s.kind() == kind) {
                share.speakers += 1;
                add(&mut share.total, s.total);
                for (sum, c) in share.by_kind.iter_mut().zip(s.by_kind) {
                    add(sum, c);
                }
                share.quotes.extend(&s.quotes);
            }
            share.quotes.compact_sort();
            share
        })
        .collect()
}

/// One row per article.
fn article_rows(articles: &[Article], speakers: &[Speaker]) -> Vec<ArticleRow> {
    let mut rows: Vec<ArticleRow> = (0..articles.len())
        .map(|i| ArticleRow {
            article: i,
            speakers: Vec::new(),
            kinds: Vec::new(),
            anonymous: 0,
            quotes: articles[i].report.quotes.len(),
            unattributed: 0,
        })
        .collect();
    for s in speakers {
        for &a in &s.articles {
            rows[a].speakers.push(s.key.clone());
            if let Some(k) = s.kind() {
                if !rows[a].kinds.contains(&k) {
                    rows[a].kinds.push(k);
                }
            }
            if s.key.starts_with("anonymous:") {
                rows[a].anonymous += 1;
            }
        }
    }
    for (row, article) in rows.iter_mut().zip(articles) {
        row.kinds.compact_sort();
        row.unattributed = unattributed(&article.report);
        row.anonymous += anonymous_phrases(&article.report);
    }
    rows
}

fn unattributed(report: &Report) -> usize {
    report
        .quotes
        .iter()
        .filter(|q| voice::speaker_of(report, q).2 == SpeakerType::Unattributed)
        .count()
}

/// The report's anonymous source phrases that are no quote's speaker ("people familiar with the
/// matter said" without a quote of theirs).
fn anonymous_phrases(report: &Report) -> usize {
    let mut speakers: Vec<(usize, usize)> = report
        .quotes
        .iter()
        .filter(|q| q.speaker.is_none())
        .filter_map(|q| q.speaker_mention.as_ref().map(|m| (m.start, m.end)))
        .collect();
    speakers.compact_sort();
    // The longest mention ending so far, for each prefix: a binary search then finds any overlap.
    let mut reach = Vec::with_capacity(speakers.len());
    let mut furthest = 0;
    for &(_, end) in &speakers {
        furthest = furthest.max(end);
        reach.push(furthest);
    }
    let overlaps = |start: usize, end: usize| {
        let before = speakers.partition_point(|&(a, _)| a < end);
        before > 0 && reach[before - 1] > start
    };
    report
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Anonymous && !overlaps(s.start, s.end))
        .count()
}
