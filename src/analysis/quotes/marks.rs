//! Quotation marks (the one table of them is the token layer's, `text::quote_mark`): their pairing
//! into quoted segments.

use super::*;
use crate::analysis::sort::CompactSort;

pub(super) use crate::analysis::text::{quote_mark as mark_of, QuoteRole as Role, QuoteStyle as Style};

/// Every style, in declaration order.
pub(super) const STYLES: [Style; 6] = Style::ALL;

/// A quoted stretch of text: the tokens between an opening mark and its closing mark (or the end of
/// the paragraph). Only outermost quotations become segments; nested ones stay inside them.
#[derive(Clone, Debug)]
pub(super) struct Segment {
    /// The opening mark's token.
    pub(super) open: usize,
    /// The closing mark's token; `None` when the quote continues in the next paragraph or never closes.
    pub(super) close: Option<usize>,
    /// The quoted tokens, without the marks.
    pub(super) content: Range<usize>,
    /// Pieces of one multi-paragraph quotation share a group.
    pub(super) group: usize,
    /// Double marks (the usual primary marks) rather than single ones.
    pub(super) double: bool,
}

/// The segments of a text in order, indexed by their marks.
pub(super) struct Segs {
    pub(super) list: Vec<Segment>,
    /// (opening mark's token, segment), by token: see [`MarkIndex`].
    open_at: MarkIndex,
    /// (closing mark's token, segment), by token.
    close_at: MarkIndex,
}

/// Segments by the token of one of their marks, sorted by token (the last segment listed wins when
/// two share a mark): a binary search instead of hashing token numbers, 8 bytes per segment.
#[derive(Debug, Default)]
struct MarkIndex(Vec<(u32, u32)>);

impl MarkIndex {
    fn new(pairs: impl Iterator<Item = (usize, usize)>) -> MarkIndex {
        let mut v: Vec<(u32, u32)> = pairs
            .filter_map(|(k, si)| Some((u32::try_from(k).ok()?, u32::try_from(si).ok()?)))
            .collect();
        // Stable: among equal tokens the later segment stays last.
        v.compact_sort_by_key(|p| p.0);
        MarkIndex(v)
    }

    fn get(&self, k: usize) -> Option<usize> {
        let k = u32::try_from(k).ok()?;
        let after = self.0.partition_point(|p| p.0 <= k);
        let &(key, si) = self.0.get(after.checked_sub(1)?)?;
        (key == k).then_some(si as usize)
    }
}

impl std::ops::Deref for Segs {
    type Target = [Segment];
    fn deref(&self) -> &[Segment] {
        &self.list
    }
}

impl Segs {
    pub(super) fn new(list: Vec<Segment>) -> Segs {
        let open_at = MarkIndex::new(list.iter().enumerate().map(|(i, s)| (s.open, i)));
        let close_at = MarkIndex::new(
            list.iter()
                .enumerate()
                .filter_map(|(i, s)| s.close.map(|c| (c, i))),
        );
        Segs {
            list,
            open_at,
            close_at,
        }
    }

    /// The segment whose opening mark is token `k`.
    pub(super) fn opening(&self, k: usize) -> Option<usize> {
        self.open_at.get(k)
    }

    /// The segment whose closing mark is token `k`.
    pub(super) fn closing(&self, k: usize) -> Option<usize> {
        self.close_at.get(k)
    }

    /// The rule that found segment `si`: the marks it stands in.
    pub(super) fn mark_rule(&self, si: usize) -> &'static str {
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
    pub(super) fn overlapping(&self, r: Range<usize>) -> Range<usize> {
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
pub(super) fn segments(w: &Words, diagnostics: &mut Diagnostics) -> Vec<Segment> {
    let mut p = Pairing {
        w,
        out: Vec::new(),
        stack: Stack::default(),
        groups: 0,
        unbalanced: 0,
        diagnostics,
    };
    let mut skip = false;
    for i in 0..w.len() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let t = &w.doc.tokens[i];
        // A new line: an open quotation either continues (the line opens with a mark) or was never closed.
        if i > 0 && t.line_start && !p.stack.is_empty() && p.line_break(i) {
            continue;
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
            && w.doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| !n.space_before && !n.line_start)
        {
            (style, role) = (Style::Straight, Role::Either);
            skip = true;
        }
        match mark_role(w, i, style, role, &p.stack) {
            Some(Role::Open) => p.open(i, style, skip),
            Some(_) => p.close(i, style, skip),
            None => {}
        }
    }
    p.finish()
}

/// The state of pairing the marks of a text.
struct Pairing<'w, 'a, 'd> {
    w: &'w Words<'a>,
    out: Vec<Segment>,
    stack: Stack,
    groups: usize,
    unbalanced: usize,
    diagnostics: &'d mut Diagnostics,
}

impl Pairing<'_, '_, '_> {
    /// Token `i` opens a line while a quotation is open: the quotation continues when the line opens
    /// with a mark of its family (true: the mark is taken), else it ends with the paragraph before.
    fn line_break(&mut self, i: usize) -> bool {
        let w = self.w;
        let Some(bottom) = self.stack.first() else {
            return false;
        };
        let continues = mark_of(w.text(i))
            .is_some_and(|(style, role)| role != Role::Close && style.double() == bottom.style.double());
        let (from, group, open, double) = (bottom.from, bottom.group, bottom.token, bottom.style.double());
        // A quotation that never closes runs to the end of its paragraph when it opened one (or
        // followed a colon or comma); a stray mark inside a sentence quotes nothing.
        if from < i && (continues || self.opened_block(open, group)) {
            self.out.push(Segment {
                open,
                close: None,
                content: from..i,
                group,
                double,
            });
        }
        self.stack.clear();
        if continues {
            let style = mark_of(w.text(i)).map_or(Style::Straight, |m| m.0);
            self.stack.push(Open {
                style,
                token: i,
                from: i + 1,
                group,
            });
            return true;
        }
        self.never_closed(open);
        false
    }

    /// The unclosed mark at `open` opened a paragraph, followed a colon, comma or dash, or continues a
    /// quotation of the paragraph before.
    fn opened_block(&self, open: usize, group: usize) -> bool {
        let w = self.w;
        w.line_start(open)
            || open > 0 && matches!(w.text(open - 1), ":" | "," | "—")
            || self.out.last().is_some_and(|s| s.group == group)
    }

    fn never_closed(&mut self, open: usize) {
        self.unbalanced += 1;
        if self.unbalanced <= 3 {
            self.diagnostics.warning(format!(
                "quotation mark at byte {} is never closed; its quote ends with its paragraph",
                self.w.doc.tokens[open].span().start
            ));
        }
    }

    fn open(&mut self, i: usize, style: Style, skip: bool) {
        if self.stack.is_empty() {
            self.groups += 1;
        }
        let group = self.stack.first().map_or(self.groups, |o| o.group);
        self.stack.push(Open {
            style,
            token: i,
            from: i + 1 + usize::from(skip),
            group,
        });
    }

    /// Closes the innermost open quotation of the same family, preferring the same style.
    fn close(&mut self, i: usize, style: Style, skip: bool) {
        let Some(pos) = self.stack.innermost(style) else {
            if style.double() {
                self.unbalanced += 1;
                if self.unbalanced <= 3 {
                    self.diagnostics.warning(format!(
                        "closing quotation mark at byte {} has no opening mark",
                        self.w.doc.tokens[i].span().start
                    ));
                }
            }
            return;
        };
        if pos > 0 {
            self.stack.truncate(pos);
            return;
        }
        let o = &self.stack.list[0];
        if o.from < i {
            self.out.push(Segment {
                open: o.token,
                close: Some(i + usize::from(skip)),
                content: o.from..i,
                group: o.group,
                double: o.style.double(),
            });
        }
        self.stack.clear();
    }

    /// The segments, once the text has ended (an open quotation runs to it).
    fn finish(mut self) -> Vec<Segment> {
        let n = self.w.len();
        if let Some(bottom) = self.stack.first() {
            let (open, from, group, double) =
                (bottom.token, bottom.from, bottom.group, bottom.style.double());
            if from < n && self.opened_block(open, group) {
                self.out.push(Segment {
                    open,
                    close: None,
                    content: from..n,
                    group,
                    double,
                });
            }
            self.never_closed(open);
        }
        if self.unbalanced > 3 {
            let all = self.unbalanced;
            self.diagnostics
                .warning(format!("{all} unbalanced quotation marks in all"));
        }
        let mut out = self.out;
        // Single marks are the primary marks only where a text has no double ones; elsewhere they are
        // scare quotes, titles or apostrophes, unless they hold a speaker's sentence that opens a
        // sentence of the text ([`spoken_in_single_marks`]).
        if out.iter().any(|s| s.double) {
            out.retain(|s| s.double || spoken_in_single_marks(self.w, s));
        }
        out.retain(|s| !nickname_in_name(self.w, s));
        out.compact_sort_by_key(|s| s.content.start);
        out
    }
}

/// Whether a segment in single marks, in a text that quotes in double ones, holds a speaker's words as
/// dialogue does: it opens a line or a sentence, holds three words or more and ends with its own
/// comma, period, question or exclamation mark before the closing mark ("'Nobody wants to sue their
/// own club,' Vrhovnik said."); not a scare quote or a title inside a sentence ("the so-called
/// 'peace dividend'").
fn spoken_in_single_marks(w: &Words, s: &Segment) -> bool {
    let Some(close) = s.close else {
        return false;
    };
    let opens = w.line_start(s.open)
        || s.open > 0 && matches!(w.text(s.open - 1), "." | "?" | "!") && w.doc.tokens[s.open].space_before;
    let words = s.content.clone().filter(|&k| w.is_word(k)).count();
    opens && words >= 3 && close > 0 && matches!(w.text(close - 1), "," | "." | "?" | "!")
}

/// Whether a segment is a nickname inside a person's name (`Finley "Finn" Moen spoke`, `Esi "Mama
/// Esi" Zulu`): one or two capitalised words in marks, between capitalised words the marks touch only
/// on the inside. It is part of the name, no quotation.
fn nickname_in_name(w: &Words, s: &Segment) -> bool {
    let words = s.content.clone();
    s.close == Some(words.end)
        && (1..=2).contains(&words.len())
        && words.clone().all(|k| w.is_word(k) && is_capitalized(w.text(k)))
        && nickname_mark(w, s.open)
        && nickname_mark(w, words.end)
}

/// Whether the quotation mark at token `k` is one of a nickname's inside a name: it touches a
/// capitalised word on one side and has one, a space away, on the other (see [`nickname_in_name`]).
pub(super) fn nickname_mark(w: &Words, k: usize) -> bool {
    let toks = &w.doc.tokens;
    let spaced = |k: usize| toks.get(k).is_some_and(|t| t.space_before && !t.line_start);
    let cap = |k: usize| k < w.len() && w.is_word(k) && is_capitalized(w.text(k));
    k > 0 && cap(k - 1) && cap(k + 1) && spaced(k) != spaced(k + 1)
}

/// The role of the mark at token `i` given the open marks: straight marks by position, single marks
/// told apart from apostrophes; `None` when it is no quotation mark here.
fn mark_role(w: &Words, i: usize, style: Style, role: Role, stack: &Stack) -> Option<Role> {
    let doc = w.doc;
    let t = &doc.tokens[i];
    let next = doc.tokens.get(i + 1);
    let prev_open = i > 0 && mark_of(w.text(i - 1)).is_some_and(|m| m.1 != Role::Close);
    let glued_next = next.is_some_and(|n| !n.space_before && !n.line_start);
    let after_space = t.space_before || t.line_start || i == 0 || prev_open || w.is_punct(i - 1, "(");
    Some(match (style, role) {
        (Style::Straight, Role::Either) => {
            // An inch mark: `6'3"`, `a 55" screen`.
            let inches = !after_space
                && i > 0
                && (doc.tokens[i - 1].kind == TokenKind::Number
                    || w.text(i - 1) == "'" && i > 1 && doc.tokens[i - 2].kind == TokenKind::Number);
            if inches && !stack.has(Style::Straight) {
                return None;
            }
            // Any open straight mark closes here; glued to the word before, so does a curly one.
            if stack.has(Style::Straight) || !after_space && stack.has_family(true) {
                Role::Close
            } else {
                Role::Open
            }
        }
        (Style::StraightSingle, Role::Either) => {
            if stack.has(Style::StraightSingle) && !t.space_before {
                Role::Close
            } else if after_space
                && glued_next
                && next.is_some_and(|n| n.kind == TokenKind::Word)
                && !is_contraction_start(w.lower(i + 1))
            {
                Role::Open
            } else {
                return None;
            }
        }
        (Style::CurlySingle, Role::Open) => {
            // "‘90s" is an apostrophe.
            if next.is_some_and(|n| n.kind == TokenKind::Number) || !glued_next {
                return None;
            }
            Role::Open
        }
        (Style::CurlySingle, Role::Close) => {
            // A closing single mark without an open one is an apostrophe ("the Democrats’ plan").
            if !(stack.has(Style::CurlySingle) || stack.has(Style::StraightSingle))
                || t.space_before && glued_next
            {
                return None;
            }
            Role::Close
        }
        // A closing mark typed for an opening one at the start of a line, glued to a word, with no
        // quotation open: `”Mr. Lee's plan will fail.” ― Ana Ruiz`.
        (Style::Curly, Role::Close)
            if t.line_start
                && glued_next
                && next.is_some_and(|n| n.kind == TokenKind::Word)
                && !stack.has_family(true) =>
        {
            Role::Open
        }
        (_, r) => r,
    })
}

/// Words that start with an apostrophe in casual writing: "'em", "'cause", "'tis".
pub(super) fn is_contraction_start(w: &str) -> bool {
    is_in(w, CONTRACTION)
}

/// The quotation segment token `i` is inside: `inside` has one entry per token, a `u32` segment
/// index or [`OUTSIDE`] (4 bytes per token, where an `Option<u32>` takes 8).
pub(super) fn in_segment(inside: &[u32], i: usize) -> Option<usize> {
    inside
        .get(i)
        .copied()
        .filter(|&s| s != OUTSIDE)
        .map(|s| s as usize)
}

/// The entry of [`in_segment`]'s table for a token outside every quotation segment.
pub(super) const OUTSIDE: u32 = u32::MAX;
