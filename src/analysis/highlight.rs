//! Highlight layout: how a report's findings lie over the original text.
//!
//! The web app shows the article with every finding marked in its category colour. Findings nest
//! (a quote holds actors, dates and countries) and, when an extractor errs, may even cross. This module
//! turns the report's byte spans into a well-nested structure that a renderer can walk without
//! checking anything: [`segments`] cuts the text into runs, each with the stack of findings covering
//! it (outermost first), and [`nest`] folds those runs into a tree of marks. A finding that crosses
//! the boundary of an outer one is split into two marks; spans that are empty, out of range or not on
//! char boundaries are skipped. Nothing here panics.
//!
//! ```
//! use lede::analysis::highlight::{nest, segments, Category, Node};
//! use lede::analysis::{analyse, Options};
//! let text = "Nothing to see.";
//! let report = analyse(text, &Options::default());
//! let tree = nest(&segments(text, &report));
//! assert!(tree.iter().all(|node| matches!(node, Node::Text(_))));
//! ```

use crate::analysis::report::Report;
use crate::analysis::sort::CompactSort;
use crate::analysis::Span;

/// The kinds of finding, in nesting order: a quote is the outermost layer, then a source phrase
/// ("a senior official said", which may hold an actor or a country). A hedge is a word or two of the
/// writer's own, never inside a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Quote,
    Source,
    Actor,
    Country,
    Date,
    Hedge,
}

impl Category {
    /// The lower-case name used in CSS classes: `ent--actor`.
    pub fn name(self) -> &'static str {
        match self {
            Category::Quote => "quote",
            Category::Source => "source",
            Category::Actor => "actor",
            Category::Country => "country",
            Category::Date => "date",
            Category::Hedge => "hedge",
        }
    }
}

/// One item of the report: `index` points into `report.actors`, `quotes`, `sources`, `dates`,
/// `countries` or `hedges`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Item {
    pub category: Category,
    pub index: usize,
}

impl Item {
    pub const fn new(category: Category, index: usize) -> Item {
        Item { category, index }
    }
}

/// One highlighted mention: the item it belongs to and which of the item's mentions it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mark {
    /// Unique per mention in one layout; both halves of a split mention share it.
    pub piece: usize,
    pub item: Item,
    /// Index into the item's mentions (0 for quotes and dates, which are their own mention).
    pub mention: usize,
}

/// A run of text under one unchanging stack of marks (outermost first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub marks: Vec<Mark>,
}

/// The highlight tree: plain text, or a mark around more nodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(Span),
    Mark {
        mark: Mark,
        span: Span,
        children: Vec<Node>,
    },
}

struct Piece {
    span: Span,
    mark: Mark,
}

/// Every mention in the report with a usable span, in text order (outer before inner).
fn pieces(text: &str, report: &Report) -> Vec<Piece> {
    pieces_in(text, report, 0..text.len())
}

/// The mentions with a usable span that start in `starts`, in text order (outer before inner).
fn pieces_in(text: &str, report: &Report, starts: std::ops::Range<usize>) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize, item: Item, mention: usize| {
        let usable = starts.contains(&start)
            && start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if usable {
            let piece = out.len();
            out.push(Piece {
                span: Span::new(start, end),
                mark: Mark { piece, item, mention },
            });
        }
    };
    for (i, q) in report.quotes.iter().enumerate() {
        push(q.start, q.end, Item::new(Category::Quote, i), 0);
    }
    for (i, s) in report.sources.iter().enumerate() {
        push(s.start, s.end, Item::new(Category::Source, i), 0);
    }
    for (i, a) in report.actors.iter().enumerate() {
        for (m, mention) in a.mentions.iter().enumerate() {
            push(mention.start, mention.end, Item::new(Category::Actor, i), m);
        }
    }
    for (i, c) in report.countries.iter().enumerate() {
        for (m, mention) in c.mentions.iter().enumerate() {
            push(mention.start, mention.end, Item::new(Category::Country, i), m);
        }
    }
    for (i, d) in report.dates.iter().enumerate() {
        push(d.start, d.end, Item::new(Category::Date, i), 0);
    }
    for (i, h) in report.hedges.iter().enumerate() {
        push(h.start, h.end, Item::new(Category::Hedge, i), 0);
    }
    // Outer first: earlier start, then longer, then by category (a quote wraps an actor of equal span).
    out.compact_sort_by_key(|p| {
        (
            p.span.start,
            std::cmp::Reverse(p.span.end),
            p.mark.item.category,
            p.mark.piece,
        )
    });
    out
}

/// Cuts `text` into runs that each lie under one stack of marks; the runs cover the whole text.
pub fn segments(text: &str, report: &Report) -> Vec<Segment> {
    runs(&pieces(text, report), Span::new(0, text.len()))
}

/// The [`segments`] of a stretch of the text that starts at `start` and ends at a line break after
/// `start + at_least` (or at the end of the text) outside every mention, so that a long text can be
/// laid out a stretch at a time; the stretch's end is the next one's start. Each call reads the whole
/// report once, so a caller takes a bounded number of stretches per text (the article view: 64 at
/// most) to stay linear.
pub fn segments_from(text: &str, report: &Report, start: usize, at_least: usize) -> (Vec<Segment>, usize) {
    let line_end = |from: usize| {
        let from = from.min(text.len());
        text.as_bytes()[from..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| from + i + 1)
    };
    let mut end = line_end(start.saturating_add(at_least));
    loop {
        let pieces = pieces_in(text, report, start..end);
        match pieces.iter().map(|p| p.span.end).max() {
            Some(far) if far > end => end = line_end(far),
            _ => return (runs(&pieces, Span::new(start, end)), end),
        }
    }
}

/// The runs of `within` under `pieces` (sorted outer first, all inside `within`).
fn runs(pieces: &[Piece], within: Span) -> Vec<Segment> {
    let mut cuts: Vec<usize> = Vec::with_capacity(pieces.len() * 2 + 2);
    cuts.push(within.start);
    cuts.push(within.end);
    for p in pieces {
        cuts.push(p.span.start);
        cuts.push(p.span.end);
    }
    cuts.compact_sort();
    cuts.dedup();

    let mut out: Vec<Segment> = Vec::with_capacity(cuts.len());
    // Pieces are sorted by start, so the ones still open are a window that only moves forward.
    let mut next = 0;
    let mut open: Vec<&Piece> = Vec::new();
    for w in cuts.windows(2) {
        let (start, end) = (w[0], w[1]);
        open.retain(|p| p.span.end > start);
        while next < pieces.len() && pieces[next].span.start <= start {
            if pieces[next].span.end > start {
                open.push(&pieces[next]);
            }
            next += 1;
        }
        // `open` keeps the sort order of `pieces`, which is already outermost first.
        let marks = open.iter().map(|p| p.mark).collect();
        out.push(Segment {
            span: Span::new(start, end),
            marks,
        });
    }
    out
}

/// Folds runs from [`segments`] into a tree: consecutive runs under the same mark share one node.
pub fn nest(segments: &[Segment]) -> Vec<Node> {
    nest_at(segments, 0)
}

fn nest_at(segments: &[Segment], depth: usize) -> Vec<Node> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let Some(mark) = segments[i].marks.get(depth).copied() else {
            // Plain text at this depth: merge consecutive runs.
            let start = segments[i].span.start;
            while i < segments.len() && segments[i].marks.len() <= depth {
                i += 1;
            }
            let end = segments[i - 1].span.end;
            out.push(Node::Text(Span::new(start, end)));
            continue;
        };
        let first = i;
        while i < segments.len() && segments[i].marks.get(depth).map(|m| m.piece) == Some(mark.piece) {
            i += 1;
        }
        let group = &segments[first..i];
        let span = Span::new(group[0].span.start, group[group.len() - 1].span.end);
        out.push(Node::Mark {
            mark,
            span,
            children: nest_at(group, depth + 1),
        });
    }
    out
}

/// A short description of a mark for a tooltip: "Actor: Antony Blinken (person)",
/// "Quote by Antony Blinken", "Date: 2022-01-21", "Country: Russia (demonym)".
pub fn describe(report: &Report, mark: &Mark) -> String {
    let i = mark.item.index;
    match mark.item.category {
        Category::Actor => match report.actors.get(i) {
            Some(a) => format!("Actor: {} ({})", a.name, a.kind.as_str()),
            None => "Actor".to_string(),
        },
        Category::Quote => {
            let speaker = report.quotes.get(i).and_then(|q| q.speaker.as_deref());
            match speaker.and_then(|id| report.actors.iter().find(|a| a.id == id)) {
                Some(a) => format!("Quote by {}", a.name),
                None => "Quote (speaker unknown)".to_string(),
            }
        }
        Category::Source => match report.sources.get(i) {
            Some(s) => format!("Source: {}", source_kind_label(s.kind)),
            None => "Source".to_string(),
        },
        Category::Date => match report.dates.get(i) {
            Some(d) => match &d.value {
                Some(v) => format!("Date: {v}"),
                None => format!("Date: {} (unresolved)", d.text),
            },
            None => "Date".to_string(),
        },
        Category::Country => match report.countries.get(i) {
            Some(c) => match c.mentions.get(mark.mention) {
                Some(m) => format!("Country: {} ({})", c.name, m.via.as_str()),
                None => format!("Country: {}", c.name),
            },
            None => "Country".to_string(),
        },
        Category::Hedge => match report.hedges.get(i) {
            Some(h) => format!("Hedge in the writer's voice: {} ({})", h.text, h.kind.as_str()),
            None => "Hedge".to_string(),
        },
    }
}

/// How a source kind reads for people: "unnamed source", "vague source", "no comment".
pub fn source_kind_label(kind: crate::analysis::report::SourceKind) -> &'static str {
    use crate::analysis::report::SourceKind;
    match kind {
        SourceKind::Anonymous => "unnamed source",
        SourceKind::Vague => "vague source",
        SourceKind::NoComment => "no comment",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::report::{
        Actor, ActorKind, Country, CountryMention, DateKind, DateMention, Mention, Quote, QuoteKind, Via,
    };

    /// A report with findings at the given byte spans: `q` quotes, `a` actor mentions (one actor each),
    /// `c` country mentions, `d` dates.
    fn report(
        text: &str,
        q: &[(usize, usize)],
        a: &[(usize, usize)],
        c: &[(usize, usize)],
        d: &[(usize, usize)],
    ) -> Report {
        let t = |s: usize, e: usize| text.get(s..e).unwrap_or("").to_string();
        Report {
            quotes: q
                .iter()
                .map(|&(s, e)| Quote {
                    start: s,
                    end: e,
                    text: t(s, e),
                    kind: QuoteKind::Direct,
                    speaker: Some("a1".into()),
                    speaker_mention: None,
                    cue: None,
                    rule: Default::default(),
                    speaker_rule: Default::default(),
                    source_kind: None,
                })
                .collect(),
            actors: a
                .iter()
                .enumerate()
                .map(|(i, &(s, e))| Actor {
                    id: format!("a{}", i + 1),
                    name: t(s, e),
                    kind: ActorKind::Person,
                    roles: vec![],
                    country: None,
                    mentions: vec![Mention::of(text, Span::new(s, e))],
                    references: vec![],
                    source_kind: None,
                })
                .collect(),
            countries: c
                .iter()
                .map(|&(s, e)| Country {
                    code: "XX".into(),
                    name: t(s, e),
                    mentions: vec![CountryMention {
                        start: s,
                        end: e,
                        text: t(s, e),
                        via: Via::Demonym,
                        rule: Default::default(),
                    }],
                })
                .collect(),
            dates: d
                .iter()
                .map(|&(s, e)| DateMention {
                    start: s,
                    end: e,
                    text: t(s, e),
                    kind: DateKind::Date,
                    value: Some("2024-03-12".into()),
                    inferred: false,
                    rule: Default::default(),
                })
                .collect(),
            ..Report::default()
        }
    }

    /// Renders the tree as text with brackets: `[q:...]`, `[a:...]`, `[c:...]`, `[d:...]`.
    fn show(text: &str, nodes: &[Node]) -> String {
        let mut out = String::new();
        for node in nodes {
            match node {
                Node::Text(span) => out.push_str(span.slice(text)),
                Node::Mark { mark, children, .. } => {
                    out.push('[');
                    out.push(mark.item.category.name().chars().next().unwrap_or('?'));
                    out.push(':');
                    out.push_str(&show(text, children));
                    out.push(']');
                }
            }
        }
        out
    }

    fn check(text: &str, r: &Report, expected: &str) {
        let segs = segments(text, r);
        // The runs tile the text exactly.
        let mut at = 0;
        for s in &segs {
            assert_eq!(s.span.start, at, "gap or overlap in {segs:?}");
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            at = s.span.end;
        }
        assert_eq!(at, text.len());
        assert_eq!(show(text, &nest(&segs)), expected);
    }

    macro_rules! t {
        ($name:ident, $text:expr, q $q:expr, a $a:expr, c $c:expr, d $d:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let text = $text;
                check(text, &report(text, &$q, &$a, &$c, &$d), $expected);
            }
        };
    }

    t!(empty_text, "", q [], a [], c [], d [], "");
    t!(plain_text, "No findings.", q [], a [], c [], d [], "No findings.");
    t!(one_actor, "Ms Solberg spoke.", q [], a [(0, 10)], c [], d [], "[a:Ms Solberg] spoke.");
    t!(adjacent, "OsloMonday", q [], a [], c [(0, 4)], d [(4, 10)], "[c:Oslo][d:Monday]");
    t!(
        quote_holds_actor_and_date,
        "\"Ask Kenya on Monday,\" she said.",
        q [(1, 20)], a [], c [(5, 10)], d [(11, 20)],
        "\"[q:Ask [c:Kenya] [d:on Monday]],\" she said."
    );
    t!(same_span_quote_outside, "Oslo", q [(0, 4)], a [(0, 4)], c [(0, 4)], d [], "[q:[a:[c:Oslo]]]");
    t!(actor_holds_country, "the Kenya Trade Office", q [], a [(4, 22)], c [(4, 9)], d [], "the [a:[c:Kenya] Trade Office]");
    t!(
        crossing_is_split,
        "abcdefghij",
        q [], a [(0, 6)], c [(3, 9)], d [],
        "[a:abc[c:def]][c:ghi]j"
    );
    t!(
        quote_crossed_by_actor,
        "xx quoted words yy",
        q [(3, 15)], a [(10, 18)], c [], d [],
        "xx [q:quoted [a:words]][a: yy]"
    );
    t!(multibyte, "Zürich – Genève", q [], a [], c [(0, 7), (12, 19)], d [], "[c:Zürich] – [c:Genève]");
    t!(not_on_char_boundary_is_skipped, "Zürich", q [], a [], c [(0, 2)], d [], "Zürich");
    t!(out_of_range_is_skipped, "Oslo", q [], a [(2, 40)], c [], d [(3, 2)], "Oslo");
    t!(duplicate_spans, "Oslo", q [], a [], c [(0, 4), (0, 4)], d [], "[c:[c:Oslo]]");

    #[test]
    fn split_halves_share_the_piece() {
        let text = "abcdefghij";
        let r = report(text, &[], &[(0, 6)], &[(3, 9)], &[]);
        let tree = nest(&segments(text, &r));
        let mut pieces = Vec::new();
        fn walk(nodes: &[Node], out: &mut Vec<(Category, usize)>) {
            for n in nodes {
                if let Node::Mark { mark, children, .. } = n {
                    out.push((mark.item.category, mark.piece));
                    walk(children, out);
                }
            }
        }
        walk(&tree, &mut pieces);
        let country: Vec<_> = pieces.iter().filter(|(c, _)| *c == Category::Country).collect();
        assert_eq!(country.len(), 2);
        assert_eq!(country[0].1, country[1].1);
    }

    #[test]
    fn whole_analysis_nests_and_keeps_the_text() {
        let text = "OSLO — Norwegian Foreign Minister Ingrid Solberg met Kenya's trade minister on Tuesday. \
                    \"We agreed on fish, flowers and fertiliser,\" Ms Solberg said in Oslo.\n\n\
                    She said talks would resume next month in Nairobi.";
        let report = crate::analysis::analyse(text, &crate::analysis::Options::default());
        let tree = nest(&segments(text, &report));
        fn flatten(text: &str, nodes: &[Node], out: &mut String) {
            for n in nodes {
                match n {
                    Node::Text(span) => out.push_str(span.slice(text)),
                    Node::Mark { span, children, .. } => {
                        let before = out.len();
                        flatten(text, children, out);
                        assert_eq!(&out[before..], span.slice(text));
                    }
                }
            }
        }
        let mut shown = String::new();
        flatten(text, &tree, &mut shown);
        assert_eq!(shown, text);
    }

    #[test]
    fn a_source_holds_the_country_it_names() {
        let text = "Critics in Norway said the deal was weak.";
        let report = crate::analysis::analyse(text, &crate::analysis::Options::default());
        let shown = show(text, &nest(&segments(text, &report)));
        assert_eq!(shown, "[s:Critics in [c:Norway] said] [q:the deal was weak].");
        let mark = Mark {
            piece: 0,
            item: Item::new(Category::Source, 0),
            mention: 0,
        };
        assert_eq!(describe(&report, &mark), "Source: vague source");
    }

    #[test]
    fn descriptions() {
        let text = "Ingrid Solberg in Oslo on Tuesday";
        let r = report(text, &[(0, 14)], &[(0, 14)], &[(18, 22)], &[(23, 33)]);
        let d = |category, index| {
            describe(
                &r,
                &Mark {
                    piece: 0,
                    item: Item::new(category, index),
                    mention: 0,
                },
            )
        };
        assert_eq!(d(Category::Actor, 0), "Actor: Ingrid Solberg (person)");
        assert_eq!(d(Category::Quote, 0), "Quote by Ingrid Solberg");
        assert_eq!(d(Category::Country, 0), "Country: Oslo (demonym)");
        assert_eq!(d(Category::Date, 0), "Date: 2024-03-12");
        assert_eq!(d(Category::Date, 7), "Date");
    }

    #[test]
    fn hedges_are_marked_and_described() {
        let text = "The plant could close. \"We may leave,\" she said.";
        let r = crate::analysis::analyse(text, &crate::analysis::Options::default());
        let hedges: Vec<Mark> = segments(text, &r)
            .into_iter()
            .flat_map(|s| s.marks)
            .filter(|m| m.item.category == Category::Hedge)
            .collect();
        assert_eq!(
            hedges.len(),
            1,
            "only the writer's \"could\", not the quoted \"may\""
        );
        assert_eq!(
            describe(&r, &hedges[0]),
            "Hedge in the writer's voice: could (possibility)"
        );
    }

    /// Segments as (span, [(item, mention)]), neighbours under the same marks merged: piece numbers
    /// differ between layouts, and a stretch's end cuts a run of plain text.
    fn plain(segments: &[Segment]) -> Vec<(Span, Vec<(Item, usize)>)> {
        let mut out: Vec<(Span, Vec<(Item, usize)>)> = Vec::new();
        for s in segments {
            let marks: Vec<(Item, usize)> = s.marks.iter().map(|m| (m.item, m.mention)).collect();
            match out.last_mut() {
                Some((span, last)) if *last == marks && span.end == s.span.start => span.end = s.span.end,
                _ => out.push((s.span, marks)),
            }
        }
        out
    }

    /// (text, stretch length): a text laid out a stretch at a time gives the runs of the whole.
    const STRETCH_CASES: &[(&str, usize)] = &[
        ("", 10),
        ("No findings here.\nNone at all.", 1),
        (
            "\"We will win,\" said Ingrid Solberg in Oslo on Friday.\nNorway's minister,\nMr Lars Berg, met her.\n",
            5,
        ),
        (
            "\"A quote over\ntwo lines,\" said Ms Berg.\nParis and London on 3 May.\n\nThe end, said Mr Dahl.",
            1,
        ),
        ("\"A quote over\ntwo lines,\" said Ms Berg.\nParis and London on 3 May.", 1_000),
    ];

    #[test]
    fn stretches_give_the_runs_of_the_whole_text() {
        for &(text, at_least) in STRETCH_CASES {
            let report = crate::analysis::analyse(text, &crate::analysis::Options::default());
            let mut joined = Vec::new();
            let mut start = 0;
            while start < text.len() {
                let (runs, end) = segments_from(text, &report, start, at_least);
                assert!(
                    end > start && (end == text.len() || text.as_bytes()[end - 1] == b'\n'),
                    "{text:?}"
                );
                joined.extend(runs);
                start = end;
            }
            assert_eq!(
                plain(&joined),
                plain(&segments(text, &report)),
                "{text:?} by {at_least}"
            );
        }
    }
}
