//! The audit's views as [`Table`]s: what the app shows beside its charts and the exports write.
//!
//! [`tables`] gives them in the app's order: the summary, share of voice by kind of source, the top
//! sources, every speaker, the articles, the merges. [`quotes_table`] lists every quote of the set
//! with its speaker (the CSV export's quotes).

use super::{Article, Audit, Speaker};
use crate::analysis::report::VoiceKind;
use crate::analysis::sort::CompactSort;
use crate::workbench::voice::{percent, share_row, word_count, KINDS};
use crate::workbench::Table;

/// How many speakers the top-sources table lists.
pub const TOP: usize = 10;

/// A kind's name, or "Not known".
pub fn kind_label(kind: Option<VoiceKind>) -> &'static str {
    kind.map_or("Not known", VoiceKind::label)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// An article's title for a table cell.
pub fn article_name(articles: &[Article], i: usize) -> String {
    articles.get(i).map_or_else(String::new, |a| a.title.clone())
}

/// Every view's table, in the app's order.
pub fn tables(articles: &[Article], audit: &Audit) -> Vec<Table> {
    vec![
        summary_table(articles, audit),
        kinds_table(audit),
        top_table(audit, TOP),
        speakers_table(articles, audit),
        articles_table(articles, audit),
        merges_table(articles, audit),
    ]
}

/// The set's figures, one per row.
pub fn summary_table(articles: &[Article], audit: &Audit) -> Table {
    let quoting = audit.articles.iter().filter(|r| !r.speakers.is_empty()).count();
    let anonymous: usize = audit.articles.iter().map(|r| r.anonymous).sum();
    let rows = [
        ("Articles", articles.len()),
        ("Articles quoting someone", quoting),
        ("Speakers", audit.speakers.len()),
        ("Quotes", audit.total.quotes),
        ("Quoted words", audit.total.words),
        ("Anonymous sources", anonymous),
        ("Articles quoting no ordinary person", audit.no_ordinary.len()),
        ("Articles quoting only officials", audit.only_officials.len()),
    ];
    Table {
        title: "Voices audit".into(),
        columns: strings(&["Figure", "Value"]),
        rows: rows
            .iter()
            .map(|(k, v)| vec![k.to_string(), v.to_string()])
            .collect(),
    }
}

/// Share of voice by kind of source.
pub fn kinds_table(audit: &Audit) -> Table {
    let rows = audit
        .kinds
        .iter()
        .map(|k| {
            share_row(
                kind_label(k.kind),
                k.speakers,
                k.total,
                &k.by_kind,
                audit.total.words,
            )
        })
        .collect();
    Table {
        title: "Share of voice by kind of source".into(),
        columns: strings(&[
            "Kind of source",
            "Speakers",
            "Quotes",
            "Quoted words",
            "Share of words",
            "Direct",
            "Partial",
            "Reported",
        ]),
        rows,
    }
}

/// The `n` most quoted speakers.
pub fn top_table(audit: &Audit, n: usize) -> Table {
    let rows = audit
        .speakers
        .iter()
        .take(n)
        .enumerate()
        .map(|(i, s)| {
            vec![
                (i + 1).to_string(),
                s.name.clone(),
                kind_label(s.kind()).to_string(),
                s.articles.len().to_string(),
                s.total.quotes.to_string(),
                s.total.words.to_string(),
                percent(s.total.words, audit.total.words),
            ]
        })
        .collect();
    Table {
        title: "Top sources".into(),
        columns: strings(&[
            "Rank",
            "Speaker",
            "Kind of source",
            "Articles",
            "Quotes",
            "Quoted words",
            "Share of words",
        ]),
        rows,
    }
}

fn speaker_row(articles: &[Article], audit: &Audit, s: &Speaker) -> Vec<String> {
    let suggested = s.suggested.as_ref();
    let mut row = vec![
        s.name.clone(),
        s.names.join("; "),
        s.speaker_type.label().to_string(),
        kind_label(s.kind()).to_string(),
        kind_label(suggested.map(|g| g.kind)).to_string(),
        suggested.map_or_else(String::new, |g| g.rule.clone()),
        suggested.map_or_else(String::new, |g| g.evidence.text.clone()),
        s.user_kind.map_or_else(String::new, |k| k.label().to_string()),
        s.articles.len().to_string(),
        s.total.quotes.to_string(),
        s.total.words.to_string(),
        percent(s.total.words, audit.total.words),
    ];
    row.extend(s.by_kind.iter().map(|c| c.quotes.to_string()));
    row.push(article_name(articles, s.first_article));
    row.push(article_name(articles, s.last_article));
    row.push(s.tags.join("; "));
    row
}

/// Every speaker, most quoted first.
pub fn speakers_table(articles: &[Article], audit: &Audit) -> Table {
    Table {
        title: "Speakers".into(),
        columns: strings(&[
            "Speaker",
            "Named as",
            "Type",
            "Kind of source",
            "Suggested kind",
            "Rule",
            "Evidence",
            "Kind set by user",
            "Articles",
            "Quotes",
            "Quoted words",
            "Share of words",
            "Direct",
            "Partial",
            "Reported",
            "First article",
            "Last article",
            "Tags",
        ]),
        rows: audit
            .speakers
            .iter()
            .map(|s| speaker_row(articles, audit, s))
            .collect(),
    }
}

/// One row per article.
pub fn articles_table(articles: &[Article], audit: &Audit) -> Table {
    let names: std::collections::HashMap<&str, &str> = audit
        .speakers
        .iter()
        .map(|s| (s.key.as_str(), s.name.as_str()))
        .collect();
    let no_ordinary: std::collections::HashSet<usize> = audit.no_ordinary.iter().copied().collect();
    let only_officials: std::collections::HashSet<usize> = audit.only_officials.iter().copied().collect();
    let rows = audit
        .articles
        .iter()
        .map(|r| {
            let speakers: Vec<&str> = r
                .speakers
                .iter()
                .filter_map(|k| names.get(k.as_str()).copied())
                .collect();
            let kinds: Vec<&str> = r.kinds.iter().map(|k| k.label()).collect();
            let quoting = !r.speakers.is_empty();
            vec![
                article_name(articles, r.article),
                articles
                    .get(r.article)
                    .and_then(|a| a.date.clone())
                    .unwrap_or_default(),
                r.quotes.to_string(),
                speakers.join("; "),
                kinds.join("; "),
                r.anonymous.to_string(),
                r.unattributed.to_string(),
                yes_no(quoting && !no_ordinary.contains(&r.article)),
                yes_no(only_officials.contains(&r.article)),
            ]
        })
        .collect();
    Table {
        title: "Articles".into(),
        columns: strings(&[
            "Article",
            "Date",
            "Quotes",
            "Speakers",
            "Kinds of source",
            "Anonymous sources",
            "Unattributed quotes",
            "Quotes an ordinary person",
            "Only officials",
        ]),
        rows,
    }
}

/// Every name joined to a speaker, and why.
pub fn merges_table(articles: &[Article], audit: &Audit) -> Table {
    let rows = audit
        .merges
        .iter()
        .map(|m| {
            let used: Vec<String> = m.articles.iter().map(|&a| article_name(articles, a)).collect();
            vec![
                m.name.clone(),
                m.into.clone(),
                m.reason.describe().to_string(),
                used.join("; "),
            ]
        })
        .collect();
    Table {
        title: "Names merged".into(),
        columns: strings(&["Name", "Merged into", "Why", "Articles"]),
        rows,
    }
}

/// Every attributed quote of the set with its speaker, in set order; "Article no." and "Quote no."
/// count from 1 (the [`super::QuoteRef`] plus one).
pub fn quotes_table(articles: &[Article], audit: &Audit) -> Table {
    let mut refs: Vec<(super::QuoteRef, &Speaker)> = audit
        .speakers
        .iter()
        .flat_map(|s| s.quotes.iter().map(move |&q| (q, s)))
        .collect();
    refs.compact_sort_by_key(|(q, _)| *q);
    let rows = refs
        .into_iter()
        .filter_map(|(r, s)| {
            let article = articles.get(r.article)?;
            let q = article.report.quotes.get(r.quote)?;
            let kind = KINDS.iter().find(|(k, _)| *k == q.kind).map_or("", |(_, n)| n);
            Some(vec![
                (r.article + 1).to_string(),
                (r.quote + 1).to_string(),
                article.title.clone(),
                article.date.clone().unwrap_or_default(),
                s.name.clone(),
                kind_label(s.kind()).to_string(),
                kind.to_string(),
                q.cue.clone().unwrap_or_default(),
                word_count(&q.text).to_string(),
                q.text.clone(),
            ])
        })
        .collect();
    Table {
        title: "Quotes".into(),
        columns: strings(&[
            "Article no.",
            "Quote no.",
            "Article",
            "Date",
            "Speaker",
            "Kind of source",
            "Quote kind",
            "Verb",
            "Words",
            "Quote",
        ]),
        rows,
    }
}
