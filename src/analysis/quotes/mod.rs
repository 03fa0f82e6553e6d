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
//! Every quote names the rule that found it and the rule that linked its speaker (`rules.rs`). The
//! passes live in `marks.rs` (1), `cues.rs` (2), `content.rs` and `speakers.rs` (3); the word classes
//! in `words.rs`, read from the data files.
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

use crate::analysis::sort::CompactSort;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::{ActorMention, Actors, MentionKind};
use crate::analysis::gazetteer;
use crate::analysis::report::{
    ActorKind, Country, Mention, Quote, QuoteKind, RuleName, Source, SourceKind, Via,
};
use crate::analysis::text::{is_all_caps, is_capitalized, Doc, TokenKind};
use crate::analysis::{Diagnostics, Span};

mod content;
mod cues;
mod marks;
mod rules;
mod speakers;
mod words;

use content::*;
use cues::*;
use marks::*;
pub use rules::RULES;
use rules::*;
use speakers::*;
use words::*;

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

/// The state of one extraction: the quoted segments, the cues and the quotes found so far.
struct Pass<'w, 'a> {
    w: &'w Words<'a>,
    actors: &'w Actors,
    /// The spans of the text's towns and capitals ([`towns`]).
    towns: Vec<Span>,
    segs: Segs,
    /// The segment each token stands in.
    inside: Vec<u32>,
    cues: Vec<Cue>,
    seg_used: Vec<bool>,
    drafts: Vec<Draft>,
}

/// The lemma of a reporting verb form in any case ("told", "Says" → "tell", "say"), if it is one of
/// `data/quotes-verbs.txt` (all ASCII, so ASCII case folding is enough).
pub fn verb_lemma(form: &str) -> Option<&'static str> {
    VERBS.get(form.to_ascii_lowercase().as_str()).map(|v| v.lemma)
}

/// Where the phrase at token `a`, after a comma, ends its sentence with no comma, clause or quotation
/// mark: ", according to audio obtained by a local paper."
fn sentence_end_after(w: &Words, a: usize) -> Option<usize> {
    if a == 0 || !w.is_punct(a - 1, ",") {
        return None;
    }
    let sentence = w.sentence(a);
    let mut k = a + 2;
    while k < w.len() && k - a < 16 {
        if w.sentence(k) != sentence || w.line_start(k) || matches!(w.text(k), "." | "!" | "?") {
            return Some(k);
        }
        if matches!(w.text(k), "," | ";" | ":") || mark_of(w.text(k)).is_some() || w.lower(k) == "that" {
            return None;
        }
        k += 1;
    }
    (k >= w.len()).then_some(k)
}

/// Every direct, partial and reported quote in text order.
pub fn extract(
    doc: &Doc,
    actors: &Actors,
    countries: &[Country],
    diagnostics: &mut Diagnostics,
) -> Vec<Quote> {
    let w = Words::new(doc);
    let segs = Segs::new(segments(&w, diagnostics));
    let mut inside: Vec<u32> = vec![marks::OUTSIDE; w.len()];
    for (si, s) in segs.iter().enumerate() {
        for slot in inside.iter_mut().take(s.content.end).skip(s.content.start) {
            *slot = u32::try_from(si).unwrap_or(marks::OUTSIDE);
        }
    }
    let cues = cues(&w, &inside, &segs);
    let mut pass = Pass {
        w: &w,
        actors,
        towns: towns(countries),
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
    pass.closing_according_to();
    let scare = pass.quotations_without_cue();
    if scare > 0 {
        diagnostics.info(format!(
            "{scare} quoted phrase(s) read as scare quotes or titles, not as anyone's words"
        ));
    }
    // The segments, cues and per-token tables are done with: freed before the speakers are
    // resolved, the last and largest step.
    let mut drafts = std::mem::take(&mut pass.drafts);
    drop(pass);
    drafts.compact_sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
    drafts.dedup_by(|b, a| a.span == b.span);
    // A report holds the words it quotes once: a direct quotation inside a partial one's span (the
    // quoted end of a reported clause, `said that the case showed "the value of storage."`) is part of
    // it (`quotes/partial-in-clause`); not one that a colon introduces (`showed the value of
    // cooperation: "No country can ..."`).
    let mut reach = 0;
    drafts.retain(|d| {
        let inner =
            d.kind == QuoteKind::Direct && d.span.end <= reach && !after_colon(doc.text, d.span.start);
        if d.kind == QuoteKind::Partial {
            reach = reach.max(d.span.end);
        }
        !inner
    });
    // `Ransome said he expected a floor vote "before we leave for Christmas." The Senate has ...`: a
    // quotation its own sentence reports in a partial quote is no lead-in of a cue after it.
    let reported: std::collections::HashSet<usize> = drafts
        .iter()
        .filter(|d| d.kind == QuoteKind::Partial && d.rule != LEAD_IN_PARTIAL)
        .map(|d| d.span.end)
        .collect();
    drafts.retain(|d| d.rule != LEAD_IN_PARTIAL || !reported.contains(&d.span.end));
    // The speakers step builds the quotes beside the drafts: their spare capacity is freed first.
    drafts.shrink_to_fit();
    speakers(&w, actors, drafts)
}

/// The spans of the mentions of towns and capitals among `countries`, in text order.
fn towns(countries: &[Country]) -> Vec<Span> {
    let mut spans: Vec<Span> = countries
        .iter()
        .flat_map(|c| &c.mentions)
        .filter(|m| matches!(m.via, Via::City | Via::Capital))
        .map(|m| Span::new(m.start, m.end))
        .collect();
    spans.compact_sort_by_key(|s| (s.start, s.end));
    spans
}

/// Whether the words of `label` are a town's or a capital's name in capitals, a dateline's ("PUNE: Several
/// roads were waterlogged ..."), no speaker's label.
fn dateline_label(w: &Words, towns: &[Span], label: Range<usize>) -> bool {
    let span = w.doc.span_of(label.clone());
    let caps = label
        .clone()
        .filter(|&k| w.is_word(k))
        .all(|k| is_all_caps(w.text(k)));
    let at = towns.partition_point(|t| t.start < span.start);
    caps && towns.get(at).is_some_and(|t| *t == span)
}

/// Whether the tokens of `r` are a date or a time and nothing else: "Submitted: April 19, 2018",
/// "Updated: 3:04 p.m. EDT" are a document's or a page's header, no one's words.
fn date_line(w: &Words, r: Range<usize>) -> bool {
    let dated = |k: usize| {
        let t = &w.doc.tokens[k];
        let l = w.lower(k);
        t.kind != TokenKind::Word
            || crate::analysis::actors::lexicon::LEXICON.is_month(l)
            || crate::analysis::timex::weekday_of(l).is_some()
            || matches!(
                l,
                "a.m." | "p.m." | "am" | "pm" | "edt" | "est" | "gmt" | "utc" | "bst"
            )
    };
    r.clone().any(|k| w.doc.tokens[k].kind == TokenKind::Number) && r.clone().all(dated)
}

/// Whether the words of `r` are all capitalised or numbers, with no quotation mark: a label before a name
/// ("Referee: D Fenton (Leinster)", "Try: D Lincoln. Con: B Moody"), a credit or a list, no one's words.
fn names_only(w: &Words, r: Range<usize>) -> bool {
    r.clone().all(|k| {
        let t = &w.doc.tokens[k];
        let word = w.doc.word(k);
        match t.kind {
            TokenKind::Word => word.starts_with(char::is_uppercase),
            _ => !word.chars().any(crate::analysis::text::is_quote_mark),
        }
    })
}

/// A line that opens with a label and a colon ("Mr Lavrov: ..."): the label's tokens, the content's,
/// and where the line's block ends.
struct ColonLine {
    label: Range<usize>,
    content: Range<usize>,
    end: usize,
}

/// The fewest label lines that make a list of entries.
const MIN_ENTRIES: usize = 3;

/// Which of `lines` are a guide's or a glossary's entries ("Perast: A tiny baroque town ...",
/// "Templo Romano: Twelve granite columns ..."), not speakers' turns: where the text has three such
/// lines or more, no label twice (a transcript's speakers speak again) and most labels no person's
/// ([`person_label`]), the labels that are no person's. The text decides as a whole: a guide's entries
/// stand apart under its headings, and a transcript's speakers do not all speak in a row.
fn guide_entries(w: &Words, actors: &Actors, lines: &[ColonLine]) -> Vec<bool> {
    if lines.len() < MIN_ENTRIES {
        return vec![false; lines.len()];
    }
    let surnames = person_surnames(actors);
    let persons: Vec<bool> = lines
        .iter()
        .map(|l| person_label(w, l.label.clone(), &surnames))
        .collect();
    let mut labels: Vec<String> = lines
        .iter()
        .map(|l| w.doc.slice(w.doc.span_of(l.label.clone())).to_lowercase())
        .collect();
    labels.sort_unstable();
    let distinct = labels.windows(2).all(|p| p[0] != p[1]);
    let count = persons.iter().filter(|&&p| p).count();
    if distinct && count * 2 < lines.len() {
        persons.into_iter().map(|p| !p).collect()
    } else {
        vec![false; lines.len()]
    }
}

/// The last words, in lower case, of the names of persons named with two words or more.
fn person_surnames(actors: &Actors) -> HashSet<String> {
    actors
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person && a.name.contains(' '))
        .filter_map(|a| a.name.rsplit(' ').next().map(str::to_lowercase))
        .collect()
}

/// Whether a label names a person as a speaker's label does: a given name or a title first, capitals
/// throughout ("KOVAC:"), or one word that is the surname of a person the text names in full ("Lenz:"
/// after "Ada Lenz").
fn person_label(w: &Words, label: Range<usize>, surnames: &HashSet<String>) -> bool {
    let first = label.start;
    label
        .clone()
        .filter(|&k| w.is_word(k))
        .all(|k| is_all_caps(w.text(k)))
        || LEXICON.given(w.text(first)).is_some()
        || LEXICON.title(w.lower(first).trim_end_matches('.')).is_some()
        || label.len() == 1 && surnames.contains(w.lower(first))
}

/// Whether a colon, then blanks and opening marks, comes right before byte `at`.
fn after_colon(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|before| {
        before
            .trim_end()
            .trim_end_matches(|c: char| crate::analysis::text::is_quote_mark(c) || c == '`')
            .trim_end()
            .ends_with(':')
    })
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

    /// Colon introductions at the start of a line: "Mr Lavrov: ...", "KOVAC: ...". A guide's or a
    /// glossary's entries are no speakers' turns ([`guide_entries`]).
    fn colon_lines(&mut self) {
        let w = self.w;
        let mut lines: Vec<ColonLine> = Vec::new();
        let mut i = 0;
        while i < w.len() {
            if !w.line_start(i) || in_segment(&self.inside, i).is_some() {
                i += 1;
                continue;
            }
            let Some((label, colon)) = colon_intro(w, i) else {
                i += 1;
                continue;
            };
            let end = w.block_end(i);
            let content = trim_range(w, colon + 1..end);
            if word_count(w, content.clone()) >= 2
                && !date_line(w, content.clone())
                && !names_only(w, content.clone())
                && !dateline_label(w, &self.towns, label.clone())
            {
                lines.push(ColonLine { label, content, end });
            }
            i = end;
        }
        let entries = guide_entries(w, self.actors, &lines);
        for (line, entry) in lines.into_iter().zip(entries) {
            if entry {
                continue;
            }
            let ColonLine {
                label: np,
                content,
                end,
            } = line;
            let segs = &self.segs;
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
    }

    /// Cues next to quotations: "“...,” he said, “...”", "She said: “...”".
    fn cues_next_to_quotations(&mut self) {
        let w = self.w;
        let segs = &self.segs;
        let outer: Vec<Option<Cue>> = (0..self.cues.len())
            .map(|ci| outer_cue(w, &self.cues, ci))
            .collect();
        for (ci, c) in self.cues.iter_mut().enumerate() {
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
                if let Some(si) = segment_opening_after(w, segs, cue_end, c.class == VerbClass::Direct) {
                    if !self.seg_used[si] {
                        // The second piece of a quotation split by its attribution.
                        let link = if attached { SPLIT_QUOTE } else { SAID_BEFORE_QUOTE };
                        // "Ana Ruiz said that the case showed the value of cooperation: “...”": the
                        // speaker of the clause that holds the evidence introduces it.
                        let by = if attached { None } else { outer[ci].as_ref() };
                        attach(&mut self.drafts, w, segs, si, by.unwrap_or(c), link);
                        self.seg_used[si] = true;
                        attached = true;
                        // Later paragraphs of the same quotation.
                        let group = segs[si].group;
                        for sj in (si + 1..segs.len()).take_while(|&sj| segs[sj].group == group) {
                            if !self.seg_used[sj] {
                                attach(&mut self.drafts, w, segs, sj, by.unwrap_or(c), link);
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
            let mut kind = kind_of(quoted_share(w, span, segs));
            // "said Tennant had “betrayed the trust of every family ...”": a quotation that opens in
            // lower case after words of the clause is a fragment of it, however long.
            if kind == QuoteKind::Direct && fragment_after_words(w, content.clone(), segs) {
                kind = QuoteKind::Partial;
            }
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
            if found_by == CONTENT_BEFORE_SAID {
                if let Some(piece) = postposed_pieces(w, c, segs).and_then(|(_, other)| other) {
                    last_content = last_content.start.min(piece.start)..last_content.end.max(piece.end);
                    push_piece(w, segs, &mut self.drafts, piece, c);
                }
            }
        }
    }

    /// A closing "according to X" names the source of the whole report in its sentence, over the
    /// subject of its verb: "The agency reports that ..., according to the Ellis Institute."
    fn closing_according_to(&mut self) {
        let w = self.w;
        for d in self.drafts.iter_mut() {
            let Some(src) = d.source.clone() else { continue };
            if d.cue.as_deref() == Some("according to") {
                continue;
            }
            let after = w.doc.token_at_or_after(d.span.end).max(src.end);
            let sentence = w.sentence(src.start);
            let first = self.cues.partition_point(|c| c.tokens.start < after);
            let found = self.cues[first..]
                .iter()
                .take_while(|c| w.sentence(c.tokens.start) == sentence)
                .take(MAX_CLAUSE)
                .find(|c| c.lemma == "according to");
            let Some(a) = found else { continue };
            let Some(source) = &a.source else { continue };
            if let Some(end) = sentence_end_after(w, a.tokens.start) {
                // The whole phrase: "audio obtained by a local paper", not "audio obtained".
                d.source = Some(source.start..end.max(source.end));
                d.cue = Some("according to".to_string());
                d.speaker_rule = CLOSING_ACCORDING_TO;
            }
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
            // A speaker's turn in a transcript ("KOVAC: ...") goes on in the quoted paragraphs after it.
            .filter(|(_, d)| d.kind != QuoteKind::Indirect || d.rule == NAME_COLON_LINE)
            .map(|(i, d)| (d.span.end, i))
            .collect();
        direct_ends.compact_sort();
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
            let para = doc.paragraph_of(s.content.start);
            // The direct quote that ends last before this one.
            let last_before = |ends: &[(usize, usize)]| {
                let k = ends.partition_point(|&(end, _)| end <= span.start);
                k.checked_sub(1).map(|k| ends[k])
            };
            let previous = last_before(&direct_ends)
                .max(last_before(&added_ends))
                .map(|(_, di)| &self.drafts[di])
                .filter(|d| {
                    let p = doc.paragraph_of(doc.token_at_or_after(d.span.start).min(w.len() - 1));
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

/// The cue whose "that" clause holds the cue `ci` of evidence ("Ana Ruiz said that the case showed the
/// value of cooperation: “...”"; `data/quotes-words.txt`, evidence): what the evidence's phrase
/// introduces, that speaker says.
fn outer_cue(w: &Words, cues: &[Cue], ci: usize) -> Option<Cue> {
    let c = &cues[ci];
    if !is_in(c.lemma, EVIDENCE) {
        return None;
    }
    let from = c
        .source
        .as_ref()
        .map_or(c.tokens.start, |s| s.start.min(c.tokens.start));
    let sentence = w.sentence(c.tokens.start);
    cues[..ci]
        .iter()
        .rev()
        // Within one clause's reach, so that no long sentence is scanned again for every cue.
        .take_while(|e| w.sentence(e.tokens.start) == sentence && e.tokens.end + MAX_CLAUSE > from)
        .find(|e| e.tokens.end <= from && (e.tokens.end..from).any(|k| w.lower(k) == "that"))
        .filter(|e| e.source.is_some())
        .cloned()
}

/// The other piece of a sentence its attribution interrupts, as a quote of the same source: "The
/// second trial" in "The second trial, the lab said, was its largest so far."
fn push_piece(w: &Words, segs: &Segs, drafts: &mut Vec<Draft>, piece: Range<usize>, c: &Cue) {
    let span = w.doc.span_of(piece);
    let kind = kind_of(quoted_share(w, span, segs));
    if kind != QuoteKind::Indirect {
        // A quotation in it is attributed on its own.
        return;
    }
    drafts.push(Draft {
        span,
        kind,
        source: c.source.clone(),
        cue: Some(cue_text(w, c)),
        rule: INTERRUPTED_CLAUSE,
        speaker_rule: c.source_rule,
    });
}

/// Widens a speaker mention that ends an unnamed source's phrase to the whole phrase ("Sources close
/// to the talks said": the speaker is the sources, not "the talks"), for quotes linked to no actor.
/// `sources` are in text order.
pub fn widen_to_sources(text: &str, quotes: &mut [Quote], sources: &[Source]) {
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        let Some(m) = q.speaker_mention.as_mut() else {
            continue;
        };
        let at = sources.partition_point(|s| s.start < m.start);
        let Some(s) = sources[..at]
            .iter()
            .rev()
            .take(4)
            .find(|s| names_people(s, q.cue.as_deref()) && m.end <= s.end && s.start < m.start)
        else {
            continue;
        };
        if !text.is_char_boundary(s.start) {
            continue;
        }
        *m = Mention::of(text, Span::new(s.start, m.end)).by(WHOLE_UNNAMED_SOURCE);
        q.speaker_rule = RuleName::Borrowed(WHOLE_UNNAMED_SOURCE);
    }
}

/// An unnamed ("a senior official") or loosely named ("critics in Norway") source that names people,
/// not a loose attribution to no one ("it is understood"). A phrase that opens with the quote's own verb ("said one source") or with "according to" names
/// the source after them: the speaker mention is right as it is.
fn names_people(s: &Source, cue: Option<&str>) -> bool {
    let first = s.text.split_whitespace().next().unwrap_or("").to_lowercase();
    let opens_with_cue = cue.is_some_and(|c| c.eq_ignore_ascii_case(&first));
    let names = match s.kind {
        SourceKind::Anonymous | SourceKind::Vague => true,
        SourceKind::NoComment => false,
    };
    // "on (the) condition of anonymity" opens with a preposition: no one's name.
    let preposition = matches!(
        first.as_str(),
        "on" | "under" | "in" | "at" | "with" | "for" | "from" | "by"
    );
    names && !opens_with_cue && !preposition && !matches!(first.as_str(), "according" | "it" | "as")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue of each quote of `text`.
    fn cues_of(text: &str) -> Vec<Option<String>> {
        let doc = Doc::new(text);
        let quotes = extract(&doc, &Actors::default(), &[], &mut Diagnostics::default());
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
        let quotes = extract(&doc, &Actors::default(), &[], &mut diagnostics);
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
            for q in extract(&doc, &Actors::default(), &[], &mut diagnostics) {
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
            let quotes = extract(&doc, &Actors::default(), &[], &mut Diagnostics::default());
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
        let quotes = extract(&doc, &Actors::default(), &[], &mut Diagnostics::default());
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
        assert!(extract(&doc, &Actors::default(), &[], &mut diagnostics).is_empty());
        assert!(diagnostics.0.iter().any(|d| d.message.contains("scare quotes")));
    }

    #[test]
    fn word_sets_are_known_and_files_sorted() {
        for row in gazetteer::rows(gazetteer::data_file!("../data/quotes-words.txt")) {
            for set in row.get(1).copied().unwrap_or("").split_whitespace() {
                assert!(set_bit(set).is_some(), "{:?}: unknown set {set}", row[0]);
            }
        }
        // The files as written, with their headers (the binary embeds them without).
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

    /// One person, named at `name` in `text` and referred to by the first "she".
    fn one_person(text: &str, name: &str, at: Span) -> Actors {
        use crate::analysis::actors::ActorMention;
        use crate::analysis::report::{Actor, ActorKind};
        let she = text.find("she").unwrap_or(0);
        let mention = |span, kind| ActorMention { span, actor: 0, kind };
        Actors {
            actors: vec![Actor {
                id: "a1".into(),
                name: name.into(),
                kind: ActorKind::Person,
                roles: vec![],
                country: None,
                mentions: vec![Mention::of(text, at)],
                references: vec![],
                source_kind: None,
            }],
            mentions: vec![
                mention(at, MentionKind::Name),
                mention(Span::new(she, she + 3), MentionKind::Pronoun),
            ],
        }
    }

    #[test]
    fn byline_author_is_never_a_speaker() {
        let text = "By Jane Doe\n\n“Talks will go on,” she said.";
        let actors = one_person(text, "Jane Doe", Span::new(3, 11));
        let quotes = extract(&Doc::new(text), &actors, &[], &mut Diagnostics::default());
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].speaker, None);
    }

    #[test]
    fn speaker_id_from_actor_mentions() {
        let text = "Ms Varga arrived. “Talks will go on,” she said.";
        let actors = one_person(text, "Eva Varga", Span::new(0, 8));
        let quotes = extract(&Doc::new(text), &actors, &[], &mut Diagnostics::default());
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
        let quotes = extract(&doc, &Actors::default(), &[], &mut Diagnostics::default());
        assert_eq!(quotes.len(), 4000);
    }
}
