//! Quotations and reported speech, attributed to their speakers.
//!
//! Three passes over the token stream of [`Doc`]:
//!
//! 1. **Quotation marks** are paired into quoted segments: straight, curly, low and guillemet marks,
//!    double and single, nested, split by paragraph (a quote that runs over several paragraphs opens
//!    each paragraph and closes only at its end). Apostrophes ("don't", "Russia's", "the '90s",
//!    "the Democrats' plan") are told apart from single quotes by position and pairing. A mark that
//!    never closes ends its quote at the end of its paragraph, with a diagnostic, so one stray mark
//!    never swallows the rest of the article.
//! 2. **Reporting cues** are found from a table of reporting verbs (`data/quotes-verbs.txt`: speech,
//!    belief and quotation-only verbs), reporting nouns with a possessor ("her claim that ...",
//!    `data/quotes-nouns.txt`), "according to" and colon introductions ("Mr Lavrov: ..."). Each cue
//!    gets its source: the noun phrase before the verb ("Mr Blinken said"), after it ("... said the
//!    ministry"), after the closing mark ("“...,” Jo Park, the mayor, said"), or the subject of the
//!    main clause for participles and coordinated verbs (", saying ...", "and denied ..."). Verb forms
//!    that are as often nouns ("his tweets", "a poll shows that") and passives are told apart by
//!    their neighbours; the function-word sets for this live in `data/quotes-words.txt`.
//! 3. **Quotes** are built from cues and segments: a segment next to a cue is a direct quote of its
//!    source (both pieces of a split quote); otherwise the clause a cue introduces is reported speech,
//!    whose kind follows from how much of it stands in quotation marks (most: direct, some: partial,
//!    none: indirect). The clause runs from the verb (past a hearer, "told reporters", and time
//!    phrases, "said on Friday") to the end of the sentence or the next attribution; for a postposed
//!    attribution ("Growth will slow, the agency said.") it is what precedes. Quoted sentences without a cue of their own continue the previous speaker of
//!    their paragraph (or of the paragraph before). Short quoted phrases outside any reported clause
//!    are scare quotes or titles: not speech, and not reported.
//!
//! Sources are mapped to actors through the actors' mentions (names, resolved pronouns,
//! descriptions); a source that is no known actor ("a senior official") keeps its mention with no id.
//!
//! ```
//! use lede::analysis::{analyse, Options};
//! let report = analyse("\"We will not back down,\" the minister said on Monday.", &Options::default());
//! let q = &report.quotes[0];
//! assert_eq!(q.text, "We will not back down,");
//! assert_eq!(q.speaker_mention.as_ref().map(|m| m.text.as_str()), Some("the minister"));
//! assert_eq!(q.cue.as_deref(), Some("said"));
//! ```

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::analysis::actors::{ActorMention, Actors, MentionKind};
use crate::analysis::gazetteer;
use crate::analysis::report::{Mention, Quote, QuoteKind, RuleName};
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::{Diagnostics, Span};

mod rules;

pub use rules::RULES;
use rules::*;

/// What a reporting verb can introduce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VerbClass {
    /// Direct and reported speech: "said", "warned", "tweeted".
    Speech,
    /// A stance, belief or intention: reported content only ("fears that ...").
    Belief,
    /// A direct quotation only: "he continued: ...", "she laughed".
    Direct,
}

#[derive(Clone, Copy, Debug)]
struct Verb {
    lemma: &'static str,
    class: VerbClass,
}

/// Every inflected form of every reporting verb, lower case.
static VERBS: LazyLock<HashMap<&'static str, Verb>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for row in gazetteer::rows(include_str!("../data/quotes-verbs.txt")) {
        let Some(&lemma) = row.first() else { continue };
        let class = match row.get(1).copied() {
            Some("belief") => VerbClass::Belief,
            Some("direct") => VerbClass::Direct,
            _ => VerbClass::Speech,
        };
        let verb = Verb { lemma, class };
        map.insert(lemma, verb);
        for form in row.get(2).copied().unwrap_or("").split_whitespace() {
            map.insert(form, verb);
        }
    }
    map
});

/// Nouns that report speech when a that-clause follows: "her claim that ...".
static NOUNS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| gazetteer::words(include_str!("../data/quotes-nouns.txt")).collect());

/// Membership bits of `data/quotes-words.txt`.
const PRONOUN: u32 = 1;
const DETERMINER: u32 = 1 << 1;
const BETWEEN: u32 = 1 << 2;
const CHAIN: u32 = 1 << 3;
const AMBIGUOUS: u32 = 1 << 4;
const STOP: u32 = 1 << 5;
const NOT_HEAD: u32 = 1 << 6;
const TIME: u32 = 1 << 7;
const CLAUSE_ONLY: u32 = 1 << 8;
const HEARER: u32 = 1 << 9;
const PAST: u32 = 1 << 10;
const CONTRACTION: u32 = 1 << 11;
const SUBJECT: u32 = 1 << 12;
const RELATIVE_AUX: u32 = 1 << 13;
const AUX_AFTER_VERB: u32 = 1 << 14;
const FINITE: u32 = 1 << 15;
const POSSESSIVE: u32 = 1 << 16;
const ARTICLE: u32 = 1 << 17;
const OUT_PARTICLE: u32 = 1 << 18;
const NOT_ADVERB: u32 = 1 << 19;
const PASSIVE_AUX: u32 = 1 << 20;
const OBJECT_VERB: u32 = 1 << 21;
const TIME_OPENER: u32 = 1 << 22;
const CONTRAST: u32 = 1 << 23;
const CLAUSE_LINK: u32 = 1 << 24;
const LABEL: u32 = 1 << 25;
const LABEL_END: u32 = 1 << 26;
const TITLE_SMALL: u32 = 1 << 27;
const LISTENER: u32 = 1 << 28;
const NOT_CONTENT: u32 = 1 << 29;
const CLAUSE_OPENER: u32 = 1 << 30;

/// The function-word sets, by word: which sets each word belongs to.
static WORDS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for row in gazetteer::rows(include_str!("../data/quotes-words.txt")) {
        let Some(&word) = row.first() else { continue };
        let sets = row.get(1).copied().unwrap_or("").split_whitespace();
        map.insert(word, sets.filter_map(set_bit).fold(0, |bits, b| bits | b));
    }
    map
});

/// The membership bit of a set named in `data/quotes-words.txt`.
fn set_bit(name: &str) -> Option<u32> {
    Some(match name {
        "pronoun" => PRONOUN,
        "determiner" => DETERMINER,
        "between" => BETWEEN,
        "chain" => CHAIN,
        "ambiguous" => AMBIGUOUS,
        "stop" => STOP,
        "not-head" => NOT_HEAD,
        "time" => TIME,
        "clause-only" => CLAUSE_ONLY,
        "hearer" => HEARER,
        "past" => PAST,
        "contraction" => CONTRACTION,
        "subject" => SUBJECT,
        "relative-aux" => RELATIVE_AUX,
        "aux-after-verb" => AUX_AFTER_VERB,
        "finite" => FINITE,
        "possessive" => POSSESSIVE,
        "article" => ARTICLE,
        "out-particle" => OUT_PARTICLE,
        "not-adverb" => NOT_ADVERB,
        "passive-aux" => PASSIVE_AUX,
        "object-verb" => OBJECT_VERB,
        "time-opener" => TIME_OPENER,
        "contrast" => CONTRAST,
        "clause-link" => CLAUSE_LINK,
        "label" => LABEL,
        "label-end" => LABEL_END,
        "title-small" => TITLE_SMALL,
        "listener" => LISTENER,
        "not-content" => NOT_CONTENT,
        "clause-opener" => CLAUSE_OPENER,
        _ => return None,
    })
}

/// `word` (lower case) is in `set`.
fn is_in(word: &str, set: u32) -> bool {
    WORDS.get(word).is_some_and(|bits| bits & set != 0)
}

/// Opening and closing marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Straight,
    Curly,
    Guillemet,
    StraightSingle,
    CurlySingle,
    AngleSingle,
}

/// Every style, in declaration order.
const STYLES: [Style; 6] = [
    Style::Straight,
    Style::Curly,
    Style::Guillemet,
    Style::StraightSingle,
    Style::CurlySingle,
    Style::AngleSingle,
];

impl Style {
    fn double(self) -> bool {
        matches!(self, Style::Straight | Style::Curly | Style::Guillemet)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark: its position decides.
    Either,
}

fn mark_of(s: &str) -> Option<(Style, Role)> {
    Some(match s {
        "\"" | "＂" => (Style::Straight, Role::Either),
        "“" | "„" | "‟" => (Style::Curly, Role::Open),
        "”" => (Style::Curly, Role::Close),
        "«" => (Style::Guillemet, Role::Open),
        "»" => (Style::Guillemet, Role::Close),
        "'" => (Style::StraightSingle, Role::Either),
        "‘" | "‚" | "‛" => (Style::CurlySingle, Role::Open),
        "’" => (Style::CurlySingle, Role::Close),
        "‹" => (Style::AngleSingle, Role::Open),
        "›" => (Style::AngleSingle, Role::Close),
        _ => return None,
    })
}

/// A quoted stretch of text: the tokens between an opening mark and its closing mark (or the end of
/// the paragraph). Only outermost quotations become segments; nested ones stay inside them.
#[derive(Clone, Debug)]
struct Segment {
    /// The opening mark's token.
    open: usize,
    /// The closing mark's token; `None` when the quote continues in the next paragraph or never closes.
    close: Option<usize>,
    /// The quoted tokens, without the marks.
    content: Range<usize>,
    /// Pieces of one multi-paragraph quotation share a group.
    group: usize,
    /// Double marks (the usual primary marks) rather than single ones.
    double: bool,
}

/// The tokens of a doc with their lower-case text, computed once per analysis.
struct Words<'a> {
    doc: &'a Doc<'a>,
    lower: Vec<String>,
    /// The first token of each token's line, and one past its last.
    lines: Vec<(usize, usize)>,
}

impl<'a> Words<'a> {
    fn new(doc: &'a Doc<'a>) -> Words<'a> {
        let lower = doc
            .tokens
            .iter()
            .map(|t| doc.token_text(t).to_lowercase())
            .collect();
        let n = doc.tokens.len();
        let mut lines = vec![(0, n); n];
        let mut start = 0;
        for i in 0..=n {
            if i == n || i > 0 && doc.tokens[i].line_start {
                for slot in &mut lines[start..i] {
                    *slot = (start, i);
                }
                start = i;
            }
        }
        Words { doc, lower, lines }
    }

    fn len(&self) -> usize {
        self.lower.len()
    }

    fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    fn text(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.text(i) == p
    }

    fn sentence(&self, i: usize) -> usize {
        self.doc.tokens.get(i).map_or(usize::MAX, |t| t.sentence)
    }

    fn line_start(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.line_start)
    }

    /// The first token of the line (block) that token `i` is on.
    fn block_start(&self, i: usize) -> usize {
        self.lines.get(i).map_or(i, |l| l.0)
    }

    /// One past the last token of the line (block) that token `i` is on.
    fn block_end(&self, i: usize) -> usize {
        self.lines.get(i).map_or(i + 1, |l| l.1)
    }

    fn verb(&self, i: usize) -> Option<Verb> {
        if !self.is_word(i) {
            return None;
        }
        VERBS.get(self.lower(i)).copied()
    }
}

/// The segments of a text in order, indexed by their marks.
struct Segs {
    list: Vec<Segment>,
    open_at: HashMap<usize, usize>,
    close_at: HashMap<usize, usize>,
}

impl std::ops::Deref for Segs {
    type Target = [Segment];
    fn deref(&self) -> &[Segment] {
        &self.list
    }
}

impl Segs {
    fn new(list: Vec<Segment>) -> Segs {
        let open_at = list.iter().enumerate().map(|(i, s)| (s.open, i)).collect();
        let close_at = list
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.close.map(|c| (c, i)))
            .collect();
        Segs {
            list,
            open_at,
            close_at,
        }
    }

    /// The segment whose opening mark is token `k`.
    fn opening(&self, k: usize) -> Option<usize> {
        self.open_at.get(&k).copied()
    }

    /// The segment whose closing mark is token `k`.
    fn closing(&self, k: usize) -> Option<usize> {
        self.close_at.get(&k).copied()
    }

    /// The rule that found segment `si`: the marks it stands in.
    fn mark_rule(&self, si: usize) -> &'static str {
        let s = &self.list[si];
        let same_group = |sj: Option<usize>| {
            sj.and_then(|j| self.list.get(j))
                .is_some_and(|o| o.group == s.group)
        };
        if same_group(si.checked_sub(1)) || same_group(Some(si + 1)) {
            MULTI_PARAGRAPH
        } else if s.close.is_none() {
            UNCLOSED_AT_PARAGRAPH_END
        } else if s.double {
            DOUBLE_MARKS
        } else {
            SINGLE_MARKS
        }
    }

    /// The segments whose content overlaps tokens `r`.
    fn overlapping(&self, r: Range<usize>) -> Range<usize> {
        let first = self.list.partition_point(|s| s.content.end <= r.start);
        let mut last = first;
        while last < self.list.len() && self.list[last].content.start < r.end {
            last += 1;
        }
        first..last
    }
}

/// An opening mark that is not closed yet.
struct Open {
    style: Style,
    token: usize,
    /// Where the quoted content starts (after the mark).
    from: usize,
    group: usize,
}

/// The open marks, innermost last, with a count per style so that asking whether a style is open
/// takes constant time however deep the marks nest.
#[derive(Default)]
struct Stack {
    list: Vec<Open>,
    count: [usize; 6],
}

impl Stack {
    fn push(&mut self, open: Open) {
        self.count[open.style as usize] += 1;
        self.list.push(open);
    }

    fn truncate(&mut self, len: usize) {
        for o in self.list.drain(len.min(self.list.len())..) {
            self.count[o.style as usize] -= 1;
        }
    }

    fn clear(&mut self) {
        self.truncate(0);
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    fn first(&self) -> Option<&Open> {
        self.list.first()
    }

    fn has(&self, style: Style) -> bool {
        self.count[style as usize] > 0
    }

    fn has_family(&self, double: bool) -> bool {
        STYLES.iter().any(|&s| s.double() == double && self.has(s))
    }

    /// The innermost open mark of `style`, else of its family (double or single).
    fn innermost(&self, style: Style) -> Option<usize> {
        if self.has(style) {
            self.list.iter().rposition(|o| o.style == style)
        } else if self.has_family(style.double()) {
            self.list.iter().rposition(|o| o.style.double() == style.double())
        } else {
            None
        }
    }
}

/// Pairs the quotation marks of the text into outermost segments.
fn segments(w: &Words, diagnostics: &mut Diagnostics) -> Vec<Segment> {
    let doc = w.doc;
    let mut out: Vec<Segment> = Vec::new();
    let mut stack = Stack::default();
    let mut groups = 0;
    let mut unbalanced = 0;
    let n = w.len();
    let mut skip = false;
    for i in 0..n {
        if std::mem::take(&mut skip) {
            continue;
        }
        let t = &doc.tokens[i];
        // A new line: an open quotation either continues (the line opens with a mark) or was never closed.
        if i > 0 && t.line_start && !stack.is_empty() {
            let Some(bottom) = stack.first() else { continue };
            let continues = mark_of(w.text(i))
                .is_some_and(|(style, role)| role != Role::Close && style.double() == bottom.style.double());
            let (from, group, open) = (bottom.from, bottom.group, bottom.token);
            // A quotation that never closes runs to the end of its paragraph when it opened one (or
            // followed a colon or comma); a stray mark inside a sentence quotes nothing.
            let opened_block = w.line_start(open)
                || open > 0 && matches!(w.text(open - 1), ":" | "," | "—")
                || out.last().is_some_and(|s| s.group == group);
            if from < i && (continues || opened_block) {
                out.push(Segment {
                    open,
                    close: None,
                    content: from..i,
                    group,
                    double: bottom.style.double(),
                });
            }
            if continues {
                let style = mark_of(w.text(i)).map_or(Style::Straight, |m| m.0);
                stack.clear();
                stack.push(Open {
                    style,
                    token: i,
                    from: i + 1,
                    group,
                });
                continue;
            }
            unbalanced += 1;
            if unbalanced <= 3 {
                diagnostics.warning(format!(
                    "quotation mark at byte {} is never closed; its quote ends with its paragraph",
                    doc.tokens[open].span.start
                ));
            }
            stack.clear();
        }
        if t.kind != TokenKind::Punct {
            continue;
        }
        let Some((mut style, mut role)) = mark_of(w.text(i)) else {
            continue;
        };
        // Two straight single marks stand for a double one: ''Yes,'' he said.
        if style == Style::StraightSingle
            && w.text(i + 1) == "'"
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| !n.space_before && !n.line_start)
        {
            (style, role) = (Style::Straight, Role::Either);
            skip = true;
        }
        let next = doc.tokens.get(i + 1);
        let prev_open = i > 0 && mark_of(w.text(i - 1)).is_some_and(|m| m.1 != Role::Close);
        let glued_next = next.is_some_and(|n| !n.space_before && !n.line_start);
        let after_space = t.space_before || t.line_start || i == 0 || prev_open || w.is_punct(i - 1, "(");
        let has_open = |s: Style| stack.has(s);
        let has_open_family = |double: bool| stack.has_family(double);
        let role = match (style, role) {
            (Style::Straight, Role::Either) => {
                // An inch mark: `6'3"`, `a 55" screen`.
                let inches = !after_space
                    && i > 0
                    && (doc.tokens[i - 1].kind == TokenKind::Number
                        || w.text(i - 1) == "'" && i > 1 && doc.tokens[i - 2].kind == TokenKind::Number);
                if inches && !has_open(Style::Straight) {
                    continue;
                }
                // Any open straight mark closes here; glued to the word before, so does a curly one.
                if has_open(Style::Straight) || !after_space && has_open_family(true) {
                    Role::Close
                } else {
                    Role::Open
                }
            }
            (Style::StraightSingle, Role::Either) => {
                if has_open(Style::StraightSingle) && !t.space_before {
                    Role::Close
                } else if after_space
                    && glued_next
                    && next.is_some_and(|n| n.kind == TokenKind::Word)
                    && !is_contraction_start(w.lower(i + 1))
                {
                    Role::Open
                } else {
                    continue;
                }
            }
            (Style::CurlySingle, Role::Open) => {
                // "‘90s" is an apostrophe.
                if next.is_some_and(|n| n.kind == TokenKind::Number) || !glued_next {
                    continue;
                }
                Role::Open
            }
            (Style::CurlySingle, Role::Close) => {
                // A closing single mark without an open one is an apostrophe ("the Democrats’ plan").
                if !(has_open(Style::CurlySingle) || has_open(Style::StraightSingle))
                    || t.space_before && glued_next
                {
                    continue;
                }
                Role::Close
            }
            (_, r) => r,
        };
        match role {
            Role::Open => {
                if stack.is_empty() {
                    groups += 1;
                }
                let group = stack.first().map_or(groups, |o| o.group);
                stack.push(Open {
                    style,
                    token: i,
                    from: i + 1 + usize::from(skip),
                    group,
                });
            }
            _ => {
                // Close the innermost open quotation of the same family, preferring the same style.
                let pos = stack.innermost(style);
                let Some(pos) = pos else {
                    if style.double() {
                        unbalanced += 1;
                        if unbalanced <= 3 {
                            diagnostics.warning(format!(
                                "closing quotation mark at byte {} has no opening mark",
                                t.span.start
                            ));
                        }
                    }
                    continue;
                };
                if pos == 0 {
                    let o = &stack.list[0];
                    if o.from < i {
                        out.push(Segment {
                            open: o.token,
                            close: Some(i + usize::from(skip)),
                            content: o.from..i,
                            group: o.group,
                            double: o.style.double(),
                        });
                    }
                    stack.clear();
                } else {
                    stack.truncate(pos);
                }
            }
        }
    }
    if let Some(bottom) = stack.first() {
        let open = bottom.token;
        let opened_block = w.line_start(open)
            || open > 0 && matches!(w.text(open - 1), ":" | "," | "—")
            || out.last().is_some_and(|s| s.group == bottom.group);
        if bottom.from < n && opened_block {
            out.push(Segment {
                open: bottom.token,
                close: None,
                content: bottom.from..n,
                group: bottom.group,
                double: bottom.style.double(),
            });
        }
        unbalanced += 1;
        if unbalanced <= 3 {
            diagnostics.warning(format!(
                "quotation mark at byte {} is never closed; its quote ends with its paragraph",
                doc.tokens[bottom.token].span.start
            ));
        }
    }
    if unbalanced > 3 {
        diagnostics.warning(format!("{unbalanced} unbalanced quotation marks in all"));
    }
    // Single marks are the primary marks only where a text has no double ones; elsewhere they are
    // scare quotes, titles or apostrophes.
    if out.iter().any(|s| s.double) {
        out.retain(|s| s.double);
    }
    out.sort_by_key(|s| s.content.start);
    out
}

/// Words that start with an apostrophe in casual writing: "'em", "'cause", "'tis".
fn is_contraction_start(w: &str) -> bool {
    is_in(w, CONTRACTION)
}

/// A reporting cue and its source.
#[derive(Clone, Debug)]
struct Cue {
    /// The cue's tokens: the verb, with its particle ("pointed out", "according to").
    tokens: Range<usize>,
    class: VerbClass,
    lemma: &'static str,
    /// The source's noun phrase.
    source: Option<Range<usize>>,
    /// The source follows the verb: "..., said the minister".
    inverted: bool,
    /// The rule that found the source.
    source_rule: &'static str,
    /// Quotes attributed through this cue.
    used: bool,
}

/// A short line without a final full stop: a title.
fn is_headline(w: &Words, i: usize) -> bool {
    let start = w.block_start(i);
    let end = w.block_end(i);
    end - start <= 25 && !w.is_punct(end - 1, ".")
}

/// A word that is never part of a source's phrase; "US" and "IT" in capitals are names.
fn is_stop(w: &Words, i: usize) -> bool {
    let text = w.text(i);
    is_in(w.lower(i), STOP) && !(text.len() >= 2 && crate::analysis::text::is_all_caps(text))
}

/// Finds the source noun phrase that ends at token `h` (inclusive), scanning left.
fn np_left(w: &Words, h: usize, floor: usize) -> Option<Range<usize>> {
    // A parenthesis after a name: "Sen. Claire McCaskill (D-Mo.) said".
    if w.is_punct(h, ")") {
        let mut k = h;
        while k > floor && h - k < 8 && !w.is_punct(k, "(") {
            k -= 1;
        }
        if w.is_punct(k, "(") && k > floor {
            return np_left(w, k - 1, floor).map(|r| r.start..h + 1);
        }
        return None;
    }
    if !(w.is_word(h) || w.doc.tokens.get(h).is_some_and(|t| t.kind == TokenKind::Number)) {
        return None;
    }
    let head = w.lower(h);
    if is_in(head, PRONOUN) || head == "that" && h > floor && w.is_word(h - 1) {
        return is_in(head, PRONOUN).then_some(h..h + 1);
    }
    if is_stop(w, h)
        || is_in(head, DETERMINER)
        || is_in(head, TIME)
        // "in the past said" — but "The New York Times said", "Theresa May said".
        || is_in(head, NOT_HEAD) && !(is_capitalized(w.text(h)) && h > floor && is_capitalized(w.text(h - 1)))
        || w.verb(h).is_some() && !is_capitalized(w.text(h)) && !is_in(head, AMBIGUOUS)
        || !w.is_word(h)
    {
        return None;
    }
    let mut start = h;
    let mut k = h;
    while k > floor && h - k < 8 {
        let j = k - 1;
        let lw = w.lower(j);
        let text = w.text(j);
        let ok = if w.is_punct(j, ".") {
            // "Gov. Mike Pence", "Sen. Smith": an abbreviated title.
            j > floor && is_capitalized(w.text(j - 1)) && w.text(j - 1).len() <= 4
        } else if w.is_punct(j, "-") || w.is_punct(j, "&") || lw == "'s" || lw == "’s" {
            true
        } else if (text == "'" || text == "’") && j > floor {
            // "the farmers' union"
            w.lower(j - 1).ends_with('s') && !w.doc.tokens[j].space_before
        } else if is_in(lw, DETERMINER) {
            start = j;
            break;
        } else if w.is_word(j) {
            !is_stop(w, j) && (is_capitalized(text) || w.verb(j).is_none() && !is_in(lw, PAST))
        } else {
            w.doc.tokens[j].kind == TokenKind::Number
        };
        if !ok {
            break;
        }
        k = j;
        start = j;
    }
    // A stray abbreviation point or hyphen never starts the phrase.
    while start < h && !w.is_word(start) && w.doc.tokens[start].kind != TokenKind::Number {
        start += 1;
    }
    Some(start..h + 1)
}

/// Finds the source noun phrase that starts at token `s`, scanning right: "said the minister".
fn np_right(w: &Words, s: usize, limit: usize) -> Option<Range<usize>> {
    np_right_with(w, s, limit, false)
}

/// [`np_right`]; `loose` also takes a phrase that opens with a common noun ("says psychologist Jo Lee"),
/// for the position right after a quotation where a source is expected.
fn np_right_with(w: &Words, s: usize, limit: usize, loose: bool) -> Option<Range<usize>> {
    if s >= limit || !w.is_word(s) {
        return None;
    }
    let first = w.lower(s);
    if is_in(first, SUBJECT) {
        return Some(s..s + 1);
    }
    if is_in(first, TIME) && first != "this" || is_stop(w, s) && !is_in(first, DETERMINER) {
        return None;
    }
    if !(is_capitalized(w.text(s)) || is_in(first, DETERMINER) || loose && w.verb(s).is_none()) {
        return None;
    }
    let mut end = s + 1;
    while end < limit && end - s < 8 {
        let lw = w.lower(end);
        let ok = if w.is_punct(end, ".") {
            is_capitalized(w.text(end - 1)) && w.text(end - 1).len() <= 4 && w.is_word(end + 1)
        } else if w.is_punct(end, "-") || lw == "'s" || lw == "’s" {
            true
        } else if w.is_word(end) {
            !is_stop(w, end) && !is_in(lw, TIME) && (is_capitalized(w.text(end)) || w.verb(end).is_none())
        } else {
            false
        };
        if !ok {
            break;
        }
        end += 1;
    }
    // Ends on a word.
    while end > s + 1 && !w.is_word(end - 1) {
        end -= 1;
    }
    Some(s..end)
}

/// The subject at the start of the sentence of token `i`: for participles and coordinated verbs.
fn sentence_subject(w: &Words, i: usize, cues: &[Cue]) -> Option<Range<usize>> {
    let sentence = w.sentence(i);
    if let Some(c) = cues
        .iter()
        .rev()
        .take_while(|c| w.sentence(c.tokens.start) >= sentence && c.tokens.start + MAX_CLAUSE > i)
        .find(|c| c.tokens.start < i && w.sentence(c.tokens.start) == sentence && c.source.is_some())
    {
        return c.source.clone();
    }
    let s = w.doc.sentences.get(sentence)?.tokens.start;
    let mut k = s;
    while k < i && k - s < 6 && (w.is_word(k) || w.is_punct(k, ".")) && !is_stop(w, k) {
        let lw = w.lower(k);
        let past = (lw.ends_with("ed") || is_in(lw, PAST)) && !is_capitalized(w.text(k));
        if w.verb(k).is_some() && !is_capitalized(w.text(k))
            || is_in(lw, BETWEEN)
            || past
            || k > s && is_in(lw, DETERMINER)
        {
            break;
        }
        k += 1;
    }
    if k > s {
        np_left(w, k - 1, s)
    } else {
        None
    }
}

fn in_segment(inside: &[Option<usize>], i: usize) -> Option<usize> {
    inside.get(i).copied().flatten()
}

/// A reporting noun with its possessor and a that-clause: "Trump's claim that ...", "her warning that ...".
fn noun_cue(w: &Words, v: usize) -> Option<Cue> {
    if !w.is_word(v) || !NOUNS.contains(w.lower(v)) || w.lower(v + 1) != "that" || v == 0 {
        return None;
    }
    // "the claim that was made" is a relative clause.
    let after = w.lower(v + 2);
    if is_in(after, RELATIVE_AUX) || w.verb(v + 2).is_some() {
        return None;
    }
    let p = v - 1;
    let floor = w.block_start(v);
    let source = match w.lower(p) {
        x if is_in(x, POSSESSIVE) => Some(p..p + 1),
        "'s" | "’s" if p > floor => np_left(w, p - 1, floor),
        _ => None,
    }?;
    Some(Cue {
        tokens: v..v + 1,
        class: VerbClass::Belief,
        lemma: "claim",
        source: Some(source),
        inverted: false,
        source_rule: POSSESSIVE_CLAIM,
        used: false,
    })
}

/// The longest reported content, in tokens.
const MAX_CLAUSE: usize = 250;

/// Finds the reporting cues and their sources.
fn cues(w: &Words, inside: &[Option<usize>], segs: &Segs) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    let n = w.len();
    for v in 0..n {
        // Cues inside a long quotation belong to the quoted speaker's own words.
        if in_segment(inside, v).is_some() {
            continue;
        }
        let lw = w.lower(v);
        if lw == "according" && w.lower(v + 1) == "to" {
            let source = np_right_with(w, v + 2, n, true);
            out.push(Cue {
                tokens: v..v + 2,
                class: VerbClass::Speech,
                lemma: "according to",
                source,
                inverted: true,
                source_rule: ACCORDING_TO,
                used: false,
            });
            continue;
        }
        if let Some(cue) = noun_cue(w, v) {
            out.push(cue);
            continue;
        }
        let Some(verb) = w.verb(v) else { continue };
        let sentence = w.sentence(v);
        let floor = w
            .doc
            .sentences
            .get(sentence)
            .map_or(0, |s| s.tokens.start)
            .max(w.block_start(v));
        // A capitalised form is a cue at the start of a sentence or in a headline ("Trump Says ..."),
        // a name or a noun elsewhere ("Secretary of State", "The Post").
        if is_capitalized(w.text(v))
            && v != floor
            && !(is_headline(w, v) && verb.class == VerbClass::Speech && lw.ends_with('s'))
        {
            continue;
        }
        // Forms that are also nouns ("his tweets", "a demand", "big plans") are cues only after a name
        // or a pronoun.
        let noun_like = is_in(lw, AMBIGUOUS) && v > floor && {
            let p = w.lower(v - 1);
            let possessive = (p == "’s" || p == "'s") && !(v >= 2 && is_in(w.lower(v - 2), PRONOUN));
            let base = !lw.ends_with('s') && !lw.ends_with("ed") && !lw.ends_with("ing");
            let name_before = is_capitalized(w.text(v - 1))
                && p != "the"
                && (!base || v - 1 == floor || p.ends_with('s') && !p.ends_with("ss"));
            // "A poll shows that ...": an -s form after a common noun is a verb when a clause or an
            // object follows, a plural noun otherwise ("late-night tweets targeting ...").
            let next = w.lower(v + 1);
            let clause_follows = lw.ends_with('s')
                && !lw.ends_with("ss")
                && verb.class == VerbClass::Speech
                && !p.ends_with("ing")
                && w.is_word(v - 1)
                && (next == "that"
                    || is_in(next, DETERMINER)
                    || is_in(next, PRONOUN)
                    || is_capitalized(w.text(v + 1)))
                && !is_in(p, DETERMINER)
                && !possessive;
            !(is_in(p, PRONOUN) || name_before || is_in(p, BETWEEN) || p == "to" || clause_follows)
                || is_in(p, DETERMINER)
                || possessive
        };
        let aux_follows = is_in(w.lower(v + 1), AUX_AFTER_VERB);
        let article_before = v > floor && is_in(w.lower(v - 1), ARTICLE);
        if noun_like || aux_follows || article_before || lw == "state" {
            continue;
        }
        let mut end = v + 1;
        if w.lower(end) == "out" && is_in(verb.lemma, OUT_PARTICLE) {
            end += 1;
        }
        // Skip auxiliaries and adverbs back to the subject.
        let mut j = v;
        let mut passive = false;
        while j > floor {
            let p = w.lower(j - 1);
            let adverb = p.len() > 4
                && p.ends_with("ly")
                && !is_capitalized(w.text(j - 1))
                && !is_in(p, NOT_ADVERB)
                && !(j >= 2 && is_in(w.lower(j - 2), DETERMINER));
            if is_in(p, BETWEEN) || adverb {
                if is_in(p, PASSIVE_AUX) && !lw.ends_with("ing") {
                    passive = true;
                }
                j -= 1;
            } else {
                break;
            }
        }
        // "officials accused of taking bribes", "those asked to leave": a passive without its auxiliary.
        let object_verb = is_in(verb.lemma, OBJECT_VERB);
        let bare_passive =
            object_verb && !lw.ends_with("ing") && matches!(w.lower(v + 1), "of" | "by" | "to" | "with");
        if passive || bare_passive {
            continue;
        }
        // An infinitive chained to another verb: "declined to comment", "went on to say".
        if j > floor && w.lower(j - 1) == "to" && (v == j) {
            let mut k = j - 1;
            let mut hops = 0;
            while k > floor && hops < 3 && (is_in(w.lower(k - 1), CHAIN) || is_in(w.lower(k - 1), BETWEEN)) {
                k -= 1;
                hops += 1;
            }
            if hops == 0 {
                continue;
            }
            j = k;
        }
        let prev = j.checked_sub(1);
        let after_quote = prev.is_some_and(|p| {
            w.is_punct(p, ",") && p > 0 && mark_of(w.text(p - 1)).is_some_and(|m| m.1 != Role::Open)
                || mark_of(w.text(p)).is_some_and(|m| m.1 != Role::Open) && in_segment(inside, p).is_none()
                || segs.closing(p).is_some()
                || w.is_punct(p, ",") && segs.closing(p.saturating_sub(1)).is_some()
        });
        let mut source = None;
        let mut inverted = false;
        let mut participle = false;
        let mut source_rule = SUBJECT_BEFORE_VERB;
        let hearer = is_in(verb.lemma, HEARER);
        // "Speaking afterwards, Mr Lavrov said ...": the participle only sets the scene.
        if v == floor && lw.ends_with("ing") {
            continue;
        }
        if j == v && !hearer && (after_quote || prev.is_some_and(|p| w.is_punct(p, ",")) || v == floor) {
            let comma_before = prev.is_some_and(|p| w.is_punct(p, ","));
            if let Some(np) = np_right_with(w, end, n, after_quote || comma_before) {
                // "..., said it would" starts the content; "..., said he." is the source.
                let pronoun = is_in(w.lower(np.start), PRONOUN);
                let ok = !pronoun
                    || w.doc
                        .tokens
                        .get(np.end)
                        .is_none_or(|t| t.kind == TokenKind::Punct);
                let closes = w
                    .doc
                    .tokens
                    .get(np.end)
                    .is_none_or(|t| t.kind == TokenKind::Punct)
                    || comma_before && closes_clause(w, np.end);
                if ok
                    && (after_quote || v == floor || closes)
                    && (w.sentence(np.start) == sentence || after_quote)
                {
                    source = Some(np);
                    inverted = true;
                    source_rule = INVERTED_SAID_NAME;
                }
            }
        }
        if source.is_none() {
            match prev {
                Some(p) if p >= floor && w.is_word(p) && matches!(w.lower(p), "and" | "but" | "while") => {
                    source = sentence_subject(w, v, &out);
                    source_rule = SENTENCE_SUBJECT;
                }
                Some(p) if p >= floor && w.is_punct(p, ",") && lw.ends_with("ing") => {
                    participle = true;
                    source = sentence_subject(w, v, &out);
                    source_rule = SENTENCE_SUBJECT;
                }
                Some(p) if p >= floor && w.is_punct(p, ",") => {
                    // An apposition: "Phil Lovas, the campaign's chairman, said".
                    let mut k = p;
                    while k > floor && p - k < 10 && !w.is_punct(k - 1, ",") {
                        k -= 1;
                    }
                    if k > floor + 1 && w.is_punct(k - 1, ",") && k < p {
                        let inner = np_left(w, p - 1, k);
                        let outer = np_left(w, k - 2, floor);
                        source = match (outer, inner) {
                            (Some(o), Some(i)) if i.start == k => Some(o.start..i.end),
                            (o, _) => o,
                        };
                    }
                    // A long apposition: the subject opens the sentence ("Jo Lee, director of ..., said").
                    if source.is_none() {
                        source = sentence_subject(w, v, &out);
                        source_rule = SENTENCE_SUBJECT;
                    }
                }
                Some(p) if p >= floor => {
                    source = np_left(w, p, floor);
                    // "sent tweets saying ...": the sender speaks, not the tweets.
                    if lw.ends_with("ing") && is_in(w.lower(p), AMBIGUOUS) {
                        source = sentence_subject(w, v, &out);
                        source_rule = SENTENCE_SUBJECT;
                    }
                    // A time phrase between subject and verb: "Trump on Friday said", "Blitzer last week asked".
                    let timely = |x: usize| {
                        w.doc.tokens[x].kind == TokenKind::Number
                            || is_in(w.lower(x), TIME)
                            || is_in(w.lower(x), NOT_HEAD)
                    };
                    if source.is_none() && timely(p) {
                        let mut k = p;
                        while k > floor && p - k < 4 {
                            if is_in(w.lower(k), TIME_OPENER) {
                                source = if lw.ends_with("ing") {
                                    source_rule = SENTENCE_SUBJECT;
                                    sentence_subject(w, v, &out)
                                } else {
                                    np_left(w, k - 1, floor)
                                };
                                break;
                            }
                            k -= 1;
                        }
                    }
                }
                _ => {}
            }
        }
        // A participle without a subject of its own reports for the subject of its clause:
        // "Trump sent tweets saying ...".
        if source.is_none()
            && lw.ends_with("ing")
            && !participle
            && v > floor
            && w.is_word(v - 1)
            && !is_in(w.lower(v - 1), STOP)
            && !is_in(w.lower(v - 1), BETWEEN)
        {
            source = sentence_subject(w, v, &out);
            source_rule = SENTENCE_SUBJECT;
        }
        out.push(Cue {
            tokens: v..end,
            class: verb.class,
            lemma: verb.lemma,
            source,
            inverted,
            source_rule,
            used: false,
        });
    }
    out
}

/// Where the content a cue introduces ends: the end of its sentence, or before a following attribution.
fn clause_end(w: &Words, start: usize, segs: &[Segment], inside: &[Option<usize>]) -> usize {
    let n = w.len();
    let sentence = w.sentence(start);
    let mut k = start;
    // Sentences without an end (lists, tables) are cut: content stays linear in the text.
    let limit = start + MAX_CLAUSE;
    while k < n && k < limit && w.sentence(k) == sentence {
        let lw = w.lower(k);
        if w.is_punct(k, ";") {
            break;
        }
        if k > start && w.is_punct(k, ",") {
            let next = w.lower(k + 1);
            if next == "according"
                || w.verb(k + 1).is_some_and(|v| v.class == VerbClass::Speech) && next.ends_with("ing")
            {
                break;
            }
            // ", he said", ", the minister added", ", said Mr Smith".
            if w.verb(k + 1).is_some() && !next.ends_with("ing") {
                break;
            }
            if let Some(np) = np_left_of_verb(w, k + 1) {
                let _ = np;
                break;
            }
        }
        // "..., though she acknowledged it ...": a second attribution.
        if is_in(lw, CONTRAST)
            && k > start
            && is_in(w.lower(k + 1), PRONOUN)
            && np_left_of_verb(w, k + 1).is_some()
        {
            break;
        }
        if (lw == "and" || lw == "but") && k > start {
            let mut j = k + 1;
            while is_in(w.lower(j), BETWEEN) {
                j += 1;
            }
            if w.verb(j).is_some_and(|v| v.class == VerbClass::Speech) && !w.lower(j).ends_with("ing") {
                break;
            }
            // A new attribution: "..., but he added that ...", "and Democrats accused ...".
            if (is_in(w.lower(k + 1), PRONOUN) || is_capitalized(w.text(k + 1)))
                && np_left_of_verb(w, k + 1).is_some()
            {
                break;
            }
        }
        // A quotation that starts in this sentence runs to its end.
        if let Some(s) = in_segment(inside, k) {
            if segs[s].open == k || segs[s].content.start == k {
                let last = segs[s].close.unwrap_or(segs[s].content.end.saturating_sub(1));
                if last > k {
                    k = last;
                }
            }
        }
        k += 1;
    }
    k
}

/// A short noun phrase starting at `i` that is directly followed by a reporting verb: ", he said".
fn np_left_of_verb(w: &Words, i: usize) -> Option<Range<usize>> {
    let np = np_right(w, i, w.len())?;
    let mut j = np.end;
    while is_in(w.lower(j), BETWEEN) {
        j += 1;
    }
    (np.len() <= 6 && w.verb(j).is_some_and(|v| v.class != VerbClass::Belief) && !w.lower(j).ends_with("ing"))
        .then_some(np)
}

/// Builds one quote.
struct Draft {
    span: Span,
    kind: QuoteKind,
    source: Option<Range<usize>>,
    cue: Option<String>,
    /// The rule that found the quote.
    rule: &'static str,
    /// The rule that linked the source (meaningful when there is one).
    speaker_rule: &'static str,
}

/// Share of the non-space bytes of `span` that stand inside quotation marks.
fn quoted_share(w: &Words, span: Span, segs: &Segs) -> f64 {
    let text = w.doc.slice(span);
    let total = text.bytes().filter(|b| !b.is_ascii_whitespace()).count();
    if total == 0 {
        return 0.0;
    }
    let mut inside = 0;
    let tokens = w.doc.token_at_or_after(span.start)..w.doc.token_at_or_after(span.end);
    for s in &segs[segs.overlapping(tokens.clone())] {
        let c = w.doc.span_of(s.content.clone());
        let a = c.start.max(span.start);
        let b = c.end.min(span.end);
        if a < b {
            inside += Span::new(a, b)
                .slice(w.doc.text)
                .bytes()
                .filter(|b| !b.is_ascii_whitespace())
                .count();
        }
    }
    // Marks count as quoted: "“Yes.”" is all quotation.
    for i in tokens {
        let t = &w.doc.tokens[i];
        if span.contains(t.span) && (segs.opening(i).is_some() || segs.closing(i).is_some()) {
            inside += t.span.len();
        }
    }
    inside as f64 / total as f64
}

/// Trims sentence punctuation from the end of a token range, keeping closing quotation marks.
fn trim_range(w: &Words, r: Range<usize>) -> Range<usize> {
    let mut end = r.end;
    while end > r.start {
        let t = w.text(end - 1);
        if w.doc.tokens[end - 1].kind == TokenKind::Punct
            && matches!(t, "." | "," | ";" | ":" | "!" | "?" | "—" | "–" | "-")
        {
            end -= 1;
        } else {
            break;
        }
    }
    let mut start = r.start;
    while start < end && (w.is_punct(start, ",") || w.is_punct(start, ":") || w.is_punct(start, "—")) {
        start += 1;
    }
    start..end
}

fn word_count(w: &Words, r: Range<usize>) -> usize {
    r.filter(|&i| w.doc.tokens[i].kind != TokenKind::Punct).count()
}

/// The state of one extraction: the quoted segments, the cues and the quotes found so far.
struct Pass<'w, 'a> {
    w: &'w Words<'a>,
    segs: Segs,
    /// The segment each token stands in.
    inside: Vec<Option<usize>>,
    cues: Vec<Cue>,
    seg_used: Vec<bool>,
    drafts: Vec<Draft>,
}

/// Every direct, partial and reported quote in text order.
pub fn extract(doc: &Doc, actors: &Actors, diagnostics: &mut Diagnostics) -> Vec<Quote> {
    let w = Words::new(doc);
    let segs = Segs::new(segments(&w, diagnostics));
    let mut inside: Vec<Option<usize>> = vec![None; w.len()];
    for (si, s) in segs.iter().enumerate() {
        for slot in inside.iter_mut().take(s.content.end).skip(s.content.start) {
            *slot = Some(si);
        }
    }
    let cues = cues(&w, &inside, &segs);
    let mut pass = Pass {
        w: &w,
        seg_used: vec![false; segs.len()],
        segs,
        inside,
        cues,
        drafts: Vec::new(),
    };
    pass.colon_lines_in_marks();
    pass.colon_lines();
    pass.cues_next_to_quotations();
    pass.reported_content();
    let scare = pass.quotations_without_cue();
    if scare > 0 {
        diagnostics.info(format!(
            "{scare} quoted phrase(s) read as scare quotes or titles, not as anyone's words"
        ));
    }
    let mut drafts = pass.drafts;
    drafts.sort_by_key(|d| (d.span.start, d.span.end));
    drafts.dedup_by(|b, a| a.span == b.span);
    speakers(&w, actors, drafts)
}

impl Pass<'_, '_> {
    /// Colon introductions inside the marks: "“Mr Lavrov: ...”".
    fn colon_lines_in_marks(&mut self) {
        let w = self.w;
        for (si, s) in self.segs.iter().enumerate() {
            let Some((np, colon)) = colon_intro(w, s.content.start) else {
                continue;
            };
            let content = trim_range(w, colon + 1..s.content.end);
            if content.start >= content.end {
                continue;
            }
            self.seg_used[si] = true;
            // A transcript quoted paragraph by paragraph reads as the speakers' turns, not as quotes
            // of the writer's: only a closed quotation is direct.
            let kind = if s.close.is_some() {
                QuoteKind::Direct
            } else {
                QuoteKind::Indirect
            };
            self.drafts.push(Draft {
                span: w.doc.span_of(content),
                kind,
                source: Some(np),
                cue: None,
                rule: NAME_COLON_LINE,
                speaker_rule: NAME_COLON_LINE,
            });
        }
    }

    /// Colon introductions at the start of a line: "Mr Lavrov: ...", "PENCE: ...".
    fn colon_lines(&mut self) {
        let w = self.w;
        let segs = &self.segs;
        let mut i = 0;
        while i < w.len() {
            if !w.line_start(i) || in_segment(&self.inside, i).is_some() {
                i += 1;
                continue;
            }
            let Some((np, colon)) = colon_intro(w, i) else {
                i += 1;
                continue;
            };
            let end = w.block_end(i);
            let content = trim_range(w, colon + 1..end);
            if word_count(w, content.clone()) >= 2 {
                let mut span = w.doc.span_of(content.clone());
                if let Some(si) = segs.opening(content.start) {
                    if segs[si].close.is_some_and(|c| c + 1 >= content.end) {
                        span = w.doc.span_of(segs[si].content.clone());
                    }
                }
                let share = quoted_share(w, span, segs);
                for si in segs.overlapping(content.start..end) {
                    let s = &segs[si];
                    if s.content.start >= content.start && s.content.end <= end {
                        self.seg_used[si] = true;
                    }
                }
                self.drafts.push(Draft {
                    span,
                    kind: kind_of(share),
                    source: Some(np),
                    cue: None,
                    rule: NAME_COLON_LINE,
                    speaker_rule: NAME_COLON_LINE,
                });
            }
            i = end;
        }
    }

    /// Cues next to quotations: "“...,” he said, “...”", "She said: “...”".
    fn cues_next_to_quotations(&mut self) {
        let w = self.w;
        let segs = &self.segs;
        for c in self.cues.iter_mut() {
            if c.lemma == "according to" {
                continue;
            }
            let cue_end = c
                .source
                .as_ref()
                .map_or(c.tokens.end, |s| s.end.max(c.tokens.end));
            let mut attached = false;
            if c.class != VerbClass::Belief {
                attached = attach_before(w, segs, c, &mut self.seg_used, &mut self.drafts);
                if c.source.is_none() {
                    c.used = attached;
                    continue;
                }
                // After: the attribution introduces the quotation.
                if let Some(si) = segment_opening_after(w, segs, cue_end) {
                    if !self.seg_used[si] {
                        // The second piece of a quotation split by its attribution.
                        let link = if attached { SPLIT_QUOTE } else { SAID_BEFORE_QUOTE };
                        attach(&mut self.drafts, w, segs, si, c, link);
                        self.seg_used[si] = true;
                        attached = true;
                        // Later paragraphs of the same quotation.
                        let group = segs[si].group;
                        for sj in (si + 1..segs.len()).take_while(|&sj| segs[sj].group == group) {
                            if !self.seg_used[sj] {
                                attach(&mut self.drafts, w, segs, sj, c, link);
                                self.seg_used[sj] = true;
                            }
                        }
                    }
                }
            }
            c.used = attached;
        }
    }

    /// Reported content: the clause a cue introduces, or the one it closes.
    fn reported_content(&mut self) {
        let w = self.w;
        let segs = &self.segs;
        let doc = w.doc;
        let mut last_content = 0..0;
        for c in self.cues.iter_mut() {
            if c.used || c.class == VerbClass::Direct {
                continue;
            }
            // A cue inside reported content is part of what is reported: "She said she thinks ...".
            if last_content.contains(&c.tokens.start) || c.source.is_none() {
                continue;
            }
            let content = if c.lemma == "according to" {
                according_content(w, c, segs, &self.inside).map(|r| (r, ACCORDING_TO))
            } else {
                reported_clause(w, c, segs, &self.inside)
            };
            let Some((content, found_by)) = content else {
                continue;
            };
            let mut span = doc.span_of(content.clone());
            let kind = kind_of(quoted_share(w, span, segs));
            if kind == QuoteKind::Indirect && word_count(w, content.clone()) < 3 {
                continue;
            }
            last_content = content.clone();
            let covered: Vec<usize> = segs
                .overlapping(doc.token_at_or_after(span.start)..doc.token_at_or_after(span.end))
                .filter(|&si| doc.span_of(segs[si].content.clone()).overlaps(span))
                .collect();
            if kind == QuoteKind::Direct && covered.len() == 1 {
                span = doc.span_of(segs[covered[0]].content.clone());
            }
            for &si in &covered {
                self.seg_used[si] = true;
            }
            let rule = if kind == QuoteKind::Partial && found_by != ACCORDING_TO {
                PARTIAL_IN_CLAUSE
            } else {
                found_by
            };
            self.drafts.push(Draft {
                span,
                kind,
                source: c.source.clone(),
                cue: Some(cue_text(w, c)),
                rule,
                speaker_rule: c.source_rule,
            });
            c.used = true;
        }
    }

    /// Quoted sentences without a cue of their own continue the previous speaker; returns how many
    /// quotations read as scare quotes or titles.
    fn quotations_without_cue(&mut self) -> usize {
        let w = self.w;
        let doc = w.doc;
        let mut scare = 0;
        let mut direct_ends: Vec<(usize, usize)> = self
            .drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| d.kind != QuoteKind::Indirect)
            .map(|(i, d)| (d.span.end, i))
            .collect();
        direct_ends.sort_unstable();
        // The quotes added here, in text order (segments do not overlap): kept apart from the sorted
        // ones so that adding one never shifts the others.
        let mut added_ends: Vec<(usize, usize)> = Vec::new();
        for si in 0..self.segs.len() {
            if self.seg_used[si] {
                continue;
            }
            let s = &self.segs[si];
            if !standalone(w, s) {
                scare += 1;
                continue;
            }
            let span = doc.span_of(s.content.clone());
            let para = doc.tokens[s.content.start].paragraph;
            // The direct quote that ends last before this one.
            let last_before = |ends: &[(usize, usize)]| {
                let k = ends.partition_point(|&(end, _)| end <= span.start);
                k.checked_sub(1).map(|k| ends[k])
            };
            let previous = last_before(&direct_ends)
                .max(last_before(&added_ends))
                .map(|(_, di)| &self.drafts[di])
                .filter(|d| {
                    let p = doc.tokens[doc.token_at_or_after(d.span.start).min(w.len() - 1)].paragraph;
                    p == para || p + 1 == para && w.line_start(s.open)
                })
                .map(|d| (d.source.clone(), d.cue.clone()));
            let (source, cue, speaker_rule) = link_quotation(w, s, &mut self.cues, previous);
            added_ends.push((span.end, self.drafts.len()));
            self.drafts.push(Draft {
                span,
                kind: QuoteKind::Direct,
                source,
                cue,
                rule: self.segs.mark_rule(si),
                speaker_rule,
            });
        }
        scare
    }
}

/// The source of a quotation that no cue attributed: a name after a dash, the subject of the sentence
/// it completes after a colon, a cue later in its sentence or just before it, else the previous
/// speaker (`previous`: that quote's source and cue).
fn link_quotation(
    w: &Words,
    s: &Segment,
    cues: &mut [Cue],
    previous: Option<(Option<Range<usize>>, Option<String>)>,
) -> (Option<Range<usize>>, Option<String>, &'static str) {
    if let Some(np) = dash_source(w, s) {
        return (Some(np), None, DASH_NAME_AFTER_QUOTE);
    }
    if s.open > 0 && w.is_punct(s.open - 1, ":") && !w.line_start(s.open) {
        // "Trump deflected with a joke: “...”".
        return (sentence_subject(w, s.open - 1, cues), None, COLON_AFTER_SENTENCE);
    }
    if let Some(ci) = trailing_cue(w, s, cues) {
        cues[ci].used = true;
        if cues[ci].source.is_none() {
            let mut start = s.close.map_or(0, |c| c + 1);
            while w.is_punct(start, ",") {
                start += 1;
            }
            cues[ci].source = np_right(w, start, cues[ci].tokens.start);
        }
        let cue = Some(cue_text(w, &cues[ci]));
        return (cues[ci].source.clone(), cue, SAID_LATER_IN_SENTENCE);
    }
    if let Some(ci) = cue_just_before(w, s, cues) {
        // "“...,” she said. “...”": the nearest attribution, not the first one of the paragraph.
        let cue = Some(cue_text(w, &cues[ci]));
        return (cues[ci].source.clone(), cue, SAID_IN_SENTENCE_BEFORE);
    }
    match previous {
        Some((source, cue)) => (source, cue, PREVIOUS_SPEAKER_CONTINUES),
        None => (None, None, ""),
    }
}

/// Attaches the quotation that closes right before the attribution `c` ("“...,” she said"); whether
/// it did.
fn attach_before(
    w: &Words,
    segs: &Segs,
    c: &mut Cue,
    seg_used: &mut [bool],
    drafts: &mut Vec<Draft>,
) -> bool {
    let cue_start = c
        .source
        .as_ref()
        .map_or(c.tokens.start, |s| s.start.min(c.tokens.start));
    let cue_end = c
        .source
        .as_ref()
        .map_or(c.tokens.end, |s| s.end.max(c.tokens.end));
    let before = segment_closing_before(w, segs, cue_start, cue_end)
        .map(|si| (si, None))
        .or_else(|| {
            // Or a long source between them: "“...,” Jo Park, the mayor of the town, one of ..., said".
            // The first phrase after the closing mark names the speaker; what stands before the verb
            // is an apposition.
            let (si, np) = segment_closing_far_before(w, segs, c.tokens.start, cue_end)?;
            Some((si, Some(np)))
        });
    let Some((si, np)) = before else {
        return false;
    };
    // `The “phrase” suggests that ...`: a verb with content of its own attributes nothing before it; a
    // whole quotation before it is another matter (`“...,” he told reporters`).
    let whole = !lead_in(w, segs, si, c);
    if seg_used[si] || !(whole || closes_clause(w, cue_end)) {
        return false;
    }
    let link = if np.is_none() && c.inverted {
        INVERTED_SAID_NAME
    } else {
        SAID_AFTER_QUOTE
    };
    if np.is_some() {
        c.source = np;
    }
    attach(drafts, w, segs, si, c, link);
    seg_used[si] = true;
    true
}

/// The quotes with their speakers: each source phrase resolved to an actor through the actors'
/// mentions.
fn speakers(w: &Words, actors: &Actors, drafts: Vec<Draft>) -> Vec<Quote> {
    let mut out = Vec::with_capacity(drafts.len());
    let mut last_speaker: Option<String> = None;
    let mut by_start: Vec<&ActorMention> = actors.mentions.iter().collect();
    by_start.sort_by_key(|m| (m.span.start, m.span.end));
    for d in drafts {
        if d.span.is_empty() {
            continue;
        }
        let (speaker, mention) = match &d.source {
            Some(np) => resolve(w, actors, &by_start, np.clone()),
            None => (None, None),
        };
        let mut link = d.speaker_rule;
        // An unresolved pronoun continues the previous named speaker.
        let speaker = match (&speaker, &mention) {
            (None, Some(m)) if matches!(m.text.to_lowercase().as_str(), "he" | "she") => {
                if last_speaker.is_some() {
                    link = PRONOUN_PREVIOUS_SPEAKER;
                }
                last_speaker.clone()
            }
            _ => speaker,
        };
        if speaker.is_some() {
            last_speaker.clone_from(&speaker);
        }
        let speaker_rule = if mention.is_some() { link } else { "" };
        out.push(Quote {
            start: d.span.start,
            end: d.span.end,
            text: w.doc.slice(d.span).to_string(),
            kind: d.kind,
            speaker,
            speaker_mention: mention.map(|m| m.by(speaker_rule)),
            cue: d.cue,
            rule: RuleName::Borrowed(d.rule),
            speaker_rule: RuleName::Borrowed(speaker_rule),
        });
    }
    out
}

fn kind_of(share: f64) -> QuoteKind {
    if share >= 0.8 {
        QuoteKind::Direct
    } else if share > 0.0 {
        QuoteKind::Partial
    } else {
        QuoteKind::Indirect
    }
}

fn cue_text(w: &Words, c: &Cue) -> String {
    if c.lemma == "according to" {
        return "according to".to_string();
    }
    w.doc.slice(w.doc.span_of(c.tokens.clone())).to_string()
}

/// The quotation closes a sentence begun in the writer's words before the cue: `The talks "went
/// well", she said.`
fn lead_in(w: &Words, segs: &[Segment], si: usize, c: &Cue) -> bool {
    let s = &segs[si];
    let sentence_start = w
        .doc
        .sentences
        .get(w.sentence(s.open))
        .map_or(s.open, |x| x.tokens.start);
    sentence_start < s.open
        && !w.line_start(s.open)
        && !(w.is_punct(s.open - 1, ":") || w.is_punct(s.open - 1, ",") || w.is_punct(s.open - 1, "—"))
        && s.close.is_some_and(|k| k < c.tokens.start)
}

fn attach(drafts: &mut Vec<Draft>, w: &Words, segs: &Segs, si: usize, c: &Cue, link: &'static str) {
    let s = &segs[si];
    // A quotation that closes a sentence begun in the writer's words is a partial quote of that
    // sentence.
    let sentence_start = w
        .doc
        .sentences
        .get(w.sentence(s.open))
        .map_or(s.open, |x| x.tokens.start);
    let clean =
        segs[..si].last().is_none_or(|p| p.content.end <= sentence_start) && s.open - sentence_start <= 30;
    if lead_in(w, segs, si, c) && clean && word_count(w, sentence_start..s.open) >= 2 {
        let end = s.close.map_or(s.content.end, |k| k + 1);
        drafts.push(Draft {
            span: w.doc.span_of(sentence_start..end),
            kind: QuoteKind::Partial,
            source: c.source.clone(),
            cue: Some(cue_text(w, c)),
            rule: LEAD_IN_PARTIAL,
            speaker_rule: link,
        });
        return;
    }
    drafts.push(Draft {
        span: w.doc.span_of(s.content.clone()),
        kind: QuoteKind::Direct,
        source: c.source.clone(),
        cue: Some(cue_text(w, c)),
        rule: segs.mark_rule(si),
        speaker_rule: link,
    });
}

/// A segment whose closing mark comes right before token `i` (a comma or dash between allowed).
fn segment_closing_before(w: &Words, segs: &Segs, i: usize, after: usize) -> Option<usize> {
    if w.line_start(i) {
        return None;
    }
    let mut k = i.checked_sub(1)?;
    if w.is_punct(k, ",") || w.is_punct(k, "—") || w.is_punct(k, "–") {
        k = k.checked_sub(1)?;
    }
    // "“Is it over?” she asked." attributes the quote before it; "“It is over.” She says it ..." does
    // not: an attribution in a sentence of its own reports nothing else.
    if w.sentence(k) != w.sentence(i) && !closes_clause(w, after) {
        return None;
    }
    segs.closing(k)
}

/// A quotation that closes a long source phrase before the verb `v`, with no other verb or quotation
/// between; returns the segment and the phrase after its closing mark.
fn segment_closing_far_before(
    w: &Words,
    segs: &Segs,
    v: usize,
    after: usize,
) -> Option<(usize, Range<usize>)> {
    let mut k = v.checked_sub(1)?;
    let sentence = w.sentence(v);
    let mut steps = 0;
    loop {
        if let Some(si) = segs.closing(k) {
            // A nickname is no quotation: `Marcia "Cia" Price, his niece, shouted`.
            if w.sentence(k) != sentence && !closes_clause(w, after)
                || word_count(w, segs[si].content.clone()) < 3
            {
                return None;
            }
            let mut start = k + 1;
            while w.is_punct(start, ",") || w.is_punct(start, "—") {
                start += 1;
            }
            let np = np_right(w, start, v)?;
            return Some((si, np));
        }
        let t = &w.doc.tokens[k];
        let bad = t.line_start
            || w.verb(k).is_some() && !is_in(w.lower(k), AMBIGUOUS)
            || mark_of(w.text(k)).is_some()
            || t.kind == TokenKind::Punct
                && matches!(w.text(k), "." | "!" | "?" | ";" | ":")
                && !(k > 0 && w.text(k - 1).len() <= 4 && is_capitalized(w.text(k - 1)))
            || is_in(w.lower(k), CLAUSE_LINK);
        if bad || steps >= 20 || k == 0 {
            return None;
        }
        k -= 1;
        steps += 1;
    }
}

/// Nothing but a few adverbial words follows token `i` before punctuation: "said on Friday."
fn closes_clause(w: &Words, i: usize) -> bool {
    // An object or a clause right after the verb is content of its own ("She says the count ...").
    if i < w.len() && w.is_word(i) && !is_in(w.lower(i), TIME) && !w.line_start(i) {
        return false;
    }
    let mut k = i;
    while k < w.len() && k - i < 7 {
        if w.doc.tokens[k].kind == TokenKind::Punct && !w.is_punct(k, "(") && !w.is_punct(k, ")") {
            // A colon or an opening mark introduces what follows: "He sighed: “...”".
            return !(w.is_punct(k, ":") || mark_of(w.text(k)).is_some_and(|m| m.1 == Role::Open));
        }
        if w.line_start(k) {
            return true;
        }
        if w.lower(k) == "that" || w.verb(k).is_some() {
            return false;
        }
        k += 1;
    }
    k >= w.len()
}

/// A segment whose opening mark comes right after token `i`, after a colon or comma and at most a few
/// adverbial words ("said on Friday: “...”").
fn segment_opening_after(w: &Words, segs: &Segs, i: usize) -> Option<usize> {
    let sentence = w.sentence(i.saturating_sub(1));
    let mut k = i;
    while k < w.len() && k - i < 10 {
        if let Some(si) = segs.opening(k) {
            let prev = k.checked_sub(1)?;
            // Right after the verb only a sentence is introduced ("says “We will win.”"), not a
            // phrase it names ("called “fraud”").
            let s = &segs[si];
            let sentence_like =
                word_count(w, s.content.clone()) >= 4 || is_capitalized(w.text(s.content.start));
            let introduced = k == i && sentence_like
                || w.is_punct(prev, ":")
                || w.is_punct(prev, ",")
                || w.is_punct(prev, "—");
            return introduced.then_some(si);
        }
        let lw = w.lower(k);
        let colon_before = k > 0 && w.is_punct(k - 1, ":");
        if lw == "that"
            || w.is_punct(k, ".")
            || w.is_punct(k, ";")
            || w.sentence(k) != sentence && k > i && !colon_before
        {
            return None;
        }
        if w.verb(k).is_some() {
            return None;
        }
        k += 1;
    }
    None
}

/// A name after a dash that follows the quotation: "“...” ― Jane Doe".
fn dash_source(w: &Words, s: &Segment) -> Option<Range<usize>> {
    let c = s.close?;
    let d = c + 1;
    if !(w.is_punct(d, "―") || w.is_punct(d, "—") || w.is_punct(d, "–") || w.is_punct(d, "-"))
        || w.line_start(d)
    {
        return None;
    }
    let np = np_right(w, d + 1, w.block_end(d))?;
    is_capitalized(w.text(np.start)).then_some(np)
}

/// A cue later in the sentence where the quotation closes, with no content of its own:
/// "“...” to drive the price up, she said."
fn trailing_cue(w: &Words, s: &Segment, cues: &[Cue]) -> Option<usize> {
    let c = s.close?;
    let sentence = w.sentence(c);
    let first = cues.partition_point(|q| q.tokens.start <= c);
    let mut tail = cues[first..]
        .iter()
        .take_while(|q| w.sentence(q.tokens.start) == sentence)
        .take(MAX_CLAUSE);

    tail.position(|q| {
        !q.used
            && q.class != VerbClass::Belief
            && q.tokens.start > c
            && w.sentence(q.tokens.start) == sentence
            && q.source.as_ref().is_none_or(|r| r.start > c)
            && {
                let after = q
                    .source
                    .as_ref()
                    .map_or(q.tokens.end, |r| r.end.max(q.tokens.end));
                after >= w.len() || w.sentence(after) != sentence || matches!(w.text(after), "." | "!" | "?")
            }
    })
    .map(|k| first + k)
}

/// A speech cue with a source in the sentence that ends right before the quotation opens, after
/// another quotation: `“...,” she said. “...”`.
fn cue_just_before(w: &Words, s: &Segment, cues: &[Cue]) -> Option<usize> {
    let prev = s.open.checked_sub(1)?;
    if w.line_start(s.open) || !matches!(w.text(prev), "." | "!" | "?") {
        return None;
    }
    let sentence = w.sentence(prev);
    let first = cues.partition_point(|q| q.tokens.start < s.open);
    let ci = first.checked_sub(1)?;
    let q = &cues[ci];
    let lead = q.source.as_ref()?.start.min(q.tokens.start);
    // The attribution follows a closing mark: `“...,” she said.`
    let after_quote = lead > 0 && mark_of(w.text(lead - 1)).is_some_and(|m| m.1 != Role::Open);
    (w.sentence(q.tokens.start) == sentence && q.class != VerbClass::Belief && after_quote).then_some(ci)
}

/// A line that opens with a short name and a colon: "Mr Lavrov: ...", "PENCE: ...".
fn colon_intro(w: &Words, i: usize) -> Option<(Range<usize>, usize)> {
    let mut k = i;
    let mut comma = None;
    let mut lower = 0;
    while k < w.len() && k - i < 12 {
        let t = w.text(k);
        if w.is_punct(k, ":") {
            break;
        }
        // "Jane Roe, The Daily Courier:", "John Doe, author:".
        if w.is_punct(k, ",") && k > i && comma.is_none() {
            comma = Some(k);
            k += 1;
            continue;
        }
        let small =
            w.is_word(k) && !is_capitalized(t) && comma.is_some() && w.verb(k).is_none() && !is_stop(w, k);
        if small {
            lower += 1;
        }
        let ok = w.is_word(k) && (is_capitalized(t) || matches!(w.lower(k), "of" | "the"))
            || small && lower <= 3
            || w.is_punct(k, ".") && k > i && w.text(k - 1).len() <= 4;
        if !ok || k - i >= 5 && comma.is_none() {
            return None;
        }
        k += 1;
    }
    if k == i || !w.is_punct(k, ":") || !w.is_word(k - 1) || w.verb(i).is_some() {
        return None;
    }
    let name_end = comma.unwrap_or(k);
    // Headline times and labels are not speakers.
    if is_in(w.lower(i), LABEL) || is_in(w.lower(k - 1), LABEL_END) {
        return None;
    }
    Some((i..name_end, k))
}

/// A quotation that reads as a sentence of its own rather than a phrase inside one.
fn standalone(w: &Words, s: &Segment) -> bool {
    let words = word_count(w, s.content.clone());
    // A title: "“Monday Night Football”", "“The Best Party on Campus”".
    let title = words <= 6
        && s.content
            .clone()
            .all(|k| !w.is_word(k) || is_capitalized(w.text(k)) || is_in(w.lower(k), TITLE_SMALL))
        && !s.content.clone().any(|k| matches!(w.text(k), "." | "!" | "?"));
    if title {
        return false;
    }
    let first = s.open == 0 || w.line_start(s.open) || w.doc.is_sentence_start(s.open);
    let after_intro = s.open > 0 && (w.is_punct(s.open - 1, ":") || w.is_punct(s.open - 1, "—"));
    let ends_sentence = s.content.end > s.content.start
        && matches!(w.text(s.content.end - 1), "." | "!" | "?" | "," | "…")
        && words >= 4;
    (first || after_intro) && words >= 2 || ends_sentence && words >= 6
}

/// The clause a cue introduces, with the rule that found it: "said (that) ...", "told reporters ...",
/// "accused Nato of ...".
fn reported_clause(
    w: &Words,
    c: &Cue,
    segs: &Segs,
    inside: &[Option<usize>],
) -> Option<(Range<usize>, &'static str)> {
    let n = w.len();
    let mut start = c.tokens.end;
    if c.inverted {
        start = c.source.as_ref().map_or(start, |s| s.end);
    }
    let sentence = w.sentence(c.tokens.start);
    if let Some(r) = postposed_content(w, c, segs) {
        return Some((r, CONTENT_BEFORE_SAID));
    }
    // The hearer: "told reporters", "told Breitbart News Daily host Alex Marlow".
    if is_in(c.lemma, HEARER) {
        if let Some(np) = np_right(w, start, n) {
            start = np.end;
        } else if w.is_word(start) && !is_in(w.lower(start), STOP) {
            start += 1;
        }
    }
    // Adverbials before the content: "said on Friday that", "said in a statement that".
    if start < n && (is_in(w.lower(start), TIME) || w.is_punct(start, ",")) {
        let mut k = start;
        while k < n
            && k - start < 12
            && w.sentence(k) == sentence
            && !w.is_punct(k, ".")
            && w.verb(k).is_none()
        {
            if w.lower(k) == "that" {
                start = k;
                break;
            }
            k += 1;
        }
    }
    // "announced on Monday she was ...": a short time phrase before a clause without "that".
    if start < n && is_in(w.lower(start), TIME) && !w.lower(start).ends_with("ly") {
        let mut k = start;
        while k < n
            && k - start < 4
            && (is_in(w.lower(k), TIME) || is_in(w.lower(k), NOT_HEAD) || matches!(w.lower(k), "a" | "the"))
        {
            k += 1;
        }
        if k > start && k < n && is_in(w.lower(k), PRONOUN) {
            start = k;
        }
    }
    if w.is_punct(start, ":") || w.is_punct(start, ",") {
        start += 1;
    }
    if start >= n || w.sentence(start) != sentence && in_segment(inside, start).is_none() {
        return None;
    }
    // The inverted source follows: "..., said the minister." has no content after it.
    let end = clause_end(w, start, segs, inside);
    let r = trim_range(w, start..end);
    if r.start >= r.end {
        return None;
    }
    // "warned of a “severe” response", "spoke about the risks": the content follows the preposition.
    let mut r = r;
    if matches!(w.lower(r.start), "of" | "about") && r.len() > 1 {
        r.start += 1;
    }
    // A hearer, not content: "shouted to the crowd", "said to reporters that ...".
    if w.lower(r.start) == "to" && r.len() > 1 {
        let next = w.lower(r.start + 1);
        let hearer = is_in(next, DETERMINER) || is_capitalized(w.text(r.start + 1)) || is_in(next, LISTENER);
        if hearer {
            match r.clone().take(10).find(|&k| w.lower(k) == "that") {
                Some(that) => r.start = that,
                None if word_count(w, r.clone()) <= 4 => return None,
                None => {}
            }
        }
    }
    // A leading adverb is not content: "wrote sarcastically on Twitter, adding ...".
    while r.len() > 1
        && w.lower(r.start).ends_with("ly")
        && w.is_word(r.start)
        && !is_capitalized(w.text(r.start))
    {
        r.start += 1;
    }
    // Verbs that also take plain objects report only a clause: "announced that ..." but not
    // "announced his campaign", "wrote the memo", "added 7,000 jobs".
    let quoted = r
        .clone()
        .any(|k| segs.opening(k).is_some() || in_segment(inside, k).is_some());
    if is_in(c.lemma, CLAUSE_ONLY) && !quoted && !clause_like(w, r.clone()) {
        return None;
    }
    // Content that starts with a preposition or a full stop is no reported clause: "said of", "said."
    let first = w.lower(r.start);
    if is_in(first, NOT_CONTENT) && !matches!(c.lemma, "accuse" | "speculate") {
        return None;
    }
    Some((r, REPORTED_THAT_CLAUSE))
}

/// Content that reads as a clause: "that ...", "to ...", "whether ...", "it would ...", "prices rose".
fn clause_like(w: &Words, r: Range<usize>) -> bool {
    let first = w.lower(r.start);
    // "to" opens an infinitive ("to stop"), not a place ("to the State Department").
    let next = w.lower(r.start + 1);
    if first == "to" {
        return !(is_in(next, DETERMINER) || is_capitalized(w.text(r.start + 1)));
    }
    if is_in(first, CLAUSE_OPENER) {
        return true;
    }
    // A finite verb before the first comma: "the memo, he was ..." is an object and a new clause.
    r.take(12)
        .take_while(|&k| !w.is_punct(k, ",") && !w.is_punct(k, ";"))
        .any(|k| is_in(w.lower(k), FINITE))
}

/// The content before an attribution that closes its sentence or interrupts it:
/// "Growth will slow, the agency said." / "The plan, he said, would fail."
fn postposed_content(w: &Words, c: &Cue, segs: &Segs) -> Option<Range<usize>> {
    let sentence = w.sentence(c.tokens.start);
    let s = w.doc.sentences.get(sentence)?;
    let lead = c
        .source
        .as_ref()
        .map_or(c.tokens.start, |r| r.start.min(c.tokens.start));
    // ", who said ..." is a relative clause, not an attribution of what precedes it.
    if matches!(w.lower(lead), "who" | "which" | "that") {
        return None;
    }
    if lead <= s.tokens.start + 1 || !w.is_punct(lead - 1, ",") {
        return None;
    }
    // Nothing reported after the attribution but adverbials: "said on Friday." / "said in a report, and".
    let mut k = c
        .source
        .as_ref()
        .map_or(c.tokens.end, |r| r.end.max(c.tokens.end));
    let limit = k + 8;
    // Only adverbials: "said on Friday", "said in a report" — not an object ("accused Nato of ...").
    if k < s.tokens.end && w.is_word(k) && !is_in(w.lower(k), TIME) {
        return None;
    }
    while k < s.tokens.end && k < limit {
        let lw = w.lower(k);
        if w.doc.tokens[k].kind == TokenKind::Punct
            && matches!(w.text(k), "," | "." | ";" | "!" | "?" | "—" | "–")
        {
            break;
        }
        if lw == "that" || w.verb(k).is_some() || mark_of(w.text(k)).is_some() {
            return None;
        }
        k += 1;
    }
    if k < s.tokens.end && k >= limit {
        return None;
    }
    let from = s.tokens.start.max(lead.saturating_sub(MAX_CLAUSE));
    let mut start = from;
    for j in from..lead - 1 {
        if w.is_punct(j, ";") || w.is_punct(j, ":") {
            start = j + 1;
        }
    }
    let r = trim_range(w, start..lead - 1);
    if segs.opening(start).is_some() {
        return None;
    }
    // An attribution that interrupts its sentence after a few words reports what follows it:
    // "All of which, he said, would help."
    if w.is_punct(k, ",") && word_count(w, r.clone()) <= 4 {
        let after = trim_range(w, k + 1..s.tokens.end);
        if word_count(w, after.clone()) >= 4 {
            return Some(after);
        }
    }
    (word_count(w, r.clone()) >= 2).then_some(r)
}

/// The content of "according to X, ..." or "..., according to X".
fn according_content(w: &Words, c: &Cue, segs: &[Segment], inside: &[Option<usize>]) -> Option<Range<usize>> {
    let sentence = w.sentence(c.tokens.start);
    let s = w.doc.sentences.get(sentence)?;
    let source_end = c.source.as_ref().map_or(c.tokens.end, |r| r.end);
    let before = c.tokens.start.saturating_sub(s.tokens.start);
    if before <= 2 {
        let start = if w.is_punct(source_end, ",") {
            source_end + 1
        } else {
            source_end
        };
        let end = clause_end(w, start, segs, inside);
        let r = trim_range(w, start..end);
        (r.start < r.end).then_some(r)
    } else {
        // After a colon or semicolon only.
        let from = s.tokens.start.max(c.tokens.start.saturating_sub(MAX_CLAUSE));
        let mut start = from;
        for k in from..c.tokens.start {
            if w.is_punct(k, ";") || w.is_punct(k, ":") {
                start = k + 1;
            }
        }
        let r = trim_range(w, start..c.tokens.start);
        // "“...,” Trump said at a rally, according to a recording": the recording attributes nothing new.
        if r.clone()
            .any(|k| w.verb(k).is_some_and(|v| v.class == VerbClass::Speech))
        {
            return None;
        }
        (r.start < r.end).then_some(r)
    }
}

/// The speaker's actor id and local mention for a source noun phrase.
fn resolve(
    w: &Words,
    actors: &Actors,
    by_start: &[&ActorMention],
    np: Range<usize>,
) -> (Option<String>, Option<Mention>) {
    let span = w.doc.span_of(np.clone());
    if span.is_empty() {
        return (None, None);
    }
    // Mentions are short: look back a little from the last one starting inside the phrase.
    let last = by_start.partition_point(|m| m.span.start < span.end);
    let best = by_start[..last]
        .iter()
        .rev()
        .take_while(|m| m.span.start + 400 > span.start)
        .filter(|m| m.span.overlaps(span))
        .max_by_key(|m| (m.kind == MentionKind::Name, m.span.len(), m.span.end));
    if let Some(m) = best {
        let id = actors.actors.get(m.actor).map(|a| a.id.clone());
        let mention_span = if m.kind == MentionKind::Name { m.span } else { span };
        return (id, Some(Mention::of(w.doc.text, mention_span)));
    }
    // No known actor: the trailing name of the phrase ("pollster Pat Caddell" -> "Pat Caddell"), or the
    // whole description ("a senior official").
    let mut end = np.end;
    if w.is_punct(end - 1, ")") {
        while end > np.start && !w.is_punct(end - 1, "(") {
            end -= 1;
        }
        end = end.saturating_sub(1).max(np.start);
    }
    let mut start = end;
    while start > np.start && is_capitalized(w.text(start - 1)) && w.is_word(start - 1) {
        start -= 1;
    }
    let span = if start < end && (start > np.start || end < np.end) {
        w.doc.span_of(start..end)
    } else {
        span
    };
    (None, Some(Mention::of(w.doc.text, span)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue of each quote of `text`.
    fn cues_of(text: &str) -> Vec<Option<String>> {
        let doc = Doc::new(text);
        let quotes = extract(&doc, &Actors::default(), &mut Diagnostics::default());
        quotes.into_iter().map(|q| q.cue).collect()
    }

    #[test]
    fn cue_is_the_reporting_words() {
        // The case tables (tests/cases/quotes.txt) check quotes and speakers; the cue is checked here.
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            cues_of("“We lost,” the coach later admitted."),
            [some("admitted")]
        );
        assert_eq!(
            cues_of("The minister pointed out that the roads were open."),
            [some("pointed out")]
        );
        assert_eq!(
            cues_of("According to the ministry, exports doubled last year."),
            [some("according to")]
        );
        assert_eq!(cues_of("Ms Okafor: \"The vote was fair.\""), [None]);
        assert_eq!(
            cues_of("“We tried,” the coach said, “but the team was tired.”"),
            [some("said"), some("said")]
        );
    }

    #[test]
    fn unbalanced_mark_warns() {
        let text = "The chief said: “We will never give up.\n\nThe next paragraph is narration.";
        let doc = Doc::new(text);
        let mut diagnostics = Diagnostics::default();
        let quotes = extract(&doc, &Actors::default(), &mut diagnostics);
        assert_eq!(quotes.len(), 1);
        assert!(quotes[0].end <= text.find("\n\n").unwrap_or(text.len()));
        assert!(diagnostics.0.iter().any(|d| d.message.contains("never closed")));
    }

    #[test]
    fn never_panics_on_odd_input() {
        let odd = [
            "\"",
            "“",
            "”",
            "'",
            "’",
            "«»",
            "\"\"\"\"",
            "said",
            "said,",
            ", said",
            "according to",
            "according",
            "“a\n\n“b\n\n“c",
            "He said: “",
            "”he said“",
            "'' ''",
            "‘’‘’",
            "X: \"",
            ":",
            "\"\n\n\"\n\n\"",
            "a\u{0301}“é”",
            "According to, the",
            "“Yes,” said",
            "said “",
            "Said",
            "He said, “",
            "(“)",
            "— said he.",
        ];
        for text in odd {
            let doc = Doc::new(text);
            let mut diagnostics = Diagnostics::default();
            for q in extract(&doc, &Actors::default(), &mut diagnostics) {
                assert!(q.start <= q.end && q.end <= text.len());
                assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            }
        }
    }

    #[test]
    fn never_panics_on_mixed_pieces() {
        // A fixed pseudo-random mix of words, marks and breaks; every quote stays in bounds and in order.
        let pieces = [
            "\"",
            "“",
            "”",
            "‘",
            "’",
            "'",
            "«",
            "»",
            "''",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ",",
            ".",
            ":",
            "—",
            "(",
            ")",
            "said",
            "says",
            "told",
            "according to",
            "he",
            "She",
            "Mr Lund",
            "the minister",
            "that",
            "and",
            "é",
            "war",
            "Officials",
            "accused",
            "of",
            "saying",
            "“Yes,”",
            "'90s",
            "don't",
            "Russia's",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                text.push(' ');
            }
            let doc = Doc::new(&text);
            let quotes = extract(&doc, &Actors::default(), &mut Diagnostics::default());
            let mut last = 0;
            for q in &quotes {
                assert!(q.start < q.end && q.end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
                assert!(q.start >= last, "{text:?}");
                last = q.start;
            }
        }
    }

    #[test]
    fn one_endless_line_quotes_each_attribution() {
        // No sentence or line ends: every scan is bounded, and each repetition still reads alike.
        let text = "Officials said the mayor told reporters “the plan” would fail, he said, and ".repeat(40);
        let doc = Doc::new(&text);
        let quotes = extract(&doc, &Actors::default(), &mut Diagnostics::default());
        assert!(quotes.len() >= 40, "{} quotes", quotes.len());
        assert!(quotes.iter().all(|q| q.start < q.end && q.end <= text.len()));
        assert!(quotes.windows(2).all(|p| p[0].start <= p[1].start));
    }

    #[test]
    fn deeply_nested_marks_pair_like_shallow_ones() {
        // Thousands of marks open on one line: each straight mark still closes the innermost one.
        let text = format!("{}“Yes,” she said.", "“a \"b ".repeat(2000));
        let doc = Doc::new(&text);
        let w = Words::new(&doc);
        let segs = segments(&w, &mut Diagnostics::default());
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].content.start, 1);
    }

    #[test]
    fn scare_quotes_are_flagged_not_reported() {
        let text = "The so-called “reform” left most rules in place.";
        let doc = Doc::new(text);
        let mut diagnostics = Diagnostics::default();
        assert!(extract(&doc, &Actors::default(), &mut diagnostics).is_empty());
        assert!(diagnostics.0.iter().any(|d| d.message.contains("scare quotes")));
    }

    #[test]
    fn word_sets_are_known_and_files_sorted() {
        for row in gazetteer::rows(include_str!("../data/quotes-words.txt")) {
            for set in row.get(1).copied().unwrap_or("").split_whitespace() {
                assert!(set_bit(set).is_some(), "{:?}: unknown set {set}", row[0]);
            }
        }
        for data in [
            include_str!("../data/quotes-words.txt"),
            include_str!("../data/quotes-nouns.txt"),
            include_str!("../data/quotes-verbs.txt"),
        ] {
            assert!(data.contains("# source: written for Lede; licence: MIT"));
            let words: Vec<_> = gazetteer::words(data).collect();
            assert!(words.windows(2).all(|p| p[0] < p[1]), "sorted and unique");
        }
    }

    #[test]
    fn verb_table_has_irregular_forms() {
        for form in [
            "said",
            "told",
            "wrote",
            "written",
            "found",
            "thought",
            "knew",
            "felt",
            "understood",
            "spoke",
        ] {
            assert!(VERBS.contains_key(form), "{form}");
        }
        assert!(VERBS.len() > 150 * 3, "{} forms", VERBS.len());
        for bogus in ["finded", "sayed", "telled", "understanded"] {
            assert!(!VERBS.contains_key(bogus), "{bogus}");
        }
    }

    #[test]
    fn speaker_id_from_actor_mentions() {
        use crate::analysis::actors::ActorMention;
        use crate::analysis::report::{Actor, ActorKind};
        let text = "Ms Varga arrived. “Talks will go on,” she said.";
        let doc = Doc::new(text);
        let she = text.find("she").unwrap_or(0);
        let actors = Actors {
            actors: vec![Actor {
                id: "a1".into(),
                name: "Eva Varga".into(),
                kind: ActorKind::Person,
                roles: vec![],
                country: None,
                mentions: vec![Mention::of(text, Span::new(0, 8))],
                references: vec![],
            }],
            mentions: vec![
                ActorMention {
                    span: Span::new(0, 8),
                    actor: 0,
                    kind: MentionKind::Name,
                },
                ActorMention {
                    span: Span::new(she, she + 3),
                    actor: 0,
                    kind: MentionKind::Pronoun,
                },
            ],
        };
        let quotes = extract(&doc, &actors, &mut Diagnostics::default());
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].speaker.as_deref(), Some("a1"));
        assert_eq!(
            quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()),
            Some("she")
        );
    }

    #[test]
    fn linear_on_long_input() {
        let paragraph = "“We will win,” the captain said. Officials said the match would start at noon.\n\n";
        let text = paragraph.repeat(2000);
        let doc = Doc::new(&text);
        let quotes = extract(&doc, &Actors::default(), &mut Diagnostics::default());
        assert_eq!(quotes.len(), 4000);
    }
}
