//! Anonymous and vague sourcing, and non-answers: who stands behind a claim when nobody is named.
//!
//! The extractor reads each sentence as a stream of lower-case words ("didn't" reads as "did not",
//! "it's" as "it is") and looks for:
//!
//! - an unnamed source as the subject of a reporting verb: a determiner ("a", "one", "several"; never
//!   "the", which points back to someone named), modifiers ("senior", "Western") and a role noun
//!   ("official", "diplomats", "analysts"), then the verb: "a senior official said", "analysts say";
//!   after a quotation the verb may come first: "..., said one diplomat";
//! - insiders: "people familiar with the matter", "sources close to the president";
//! - impersonal passives: "it is understood", "she is said to";
//! - "according to" an unnamed source: "according to reports", "according to one official";
//! - sources kept anonymous on purpose ("spoke on condition of anonymity") and non-answers
//!   ("declined to comment", "did not respond to a request for comment").
//!
//! A role noun followed by a name ("a senior official, John Smith,", "analyst Jo Park said") is a
//! named source and is not reported. Every finding names its rule ([`RULES`]); the word classes are
//! data files (`data/sources-*`). Each sentence is read once, with windows of a few words: linear time;
//! a very long sentence (a text without full stops) in stretches of [`WINDOW`] tokens, so that the words
//! held at once stay bounded.

mod rules;
mod words;

use crate::analysis::sort::CompactSort;
use std::borrow::Cow;

pub use rules::RULES;
use rules::*;
use words::*;

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::report::{RuleName, Source, SourceKind};
use crate::analysis::text::{Doc, TokenKind};

/// One word of a sentence: its lower-case form (contractions split) and the token it comes from.
struct W<'a> {
    lower: Cow<'a, str>,
    tok: usize,
    /// Starts with an upper-case letter.
    cap: bool,
    /// A word or number, not punctuation.
    word: bool,
}

/// A finding as a range of words of one sentence (inclusive).
struct Found {
    first: usize,
    last: usize,
    kind: SourceKind,
    rule: &'static str,
}

/// Sentences up to this many tokens are read whole; longer ones (a text without full stops, a
/// flood of punctuation) in windows of this many tokens, so that the words held at once stay bounded.
const WINDOW: usize = 2048;

/// Tokens of context read on either side of a window: more than any rule looks back or ahead
/// (a few words before a role noun, a relative clause of fifteen words and a verb after it).
const MARGIN: usize = 64;

/// Every anonymous or vague source and every non-answer, in text order.
pub fn extract(doc: &Doc) -> Vec<Source> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let tokens = sentence.tokens.clone();
        // Findings by their first and last word, each as (token, 0 or 1 for the second word of a
        // split contraction), with kind and rule.
        let mut found = Vec::new();
        let mut from = tokens.start;
        while from < tokens.end {
            let to = (from + WINDOW).min(tokens.end);
            let read = from.saturating_sub(MARGIN).max(tokens.start)..(to + MARGIN).min(tokens.end);
            let ws = sentence_words(doc, read);
            let at = |k: usize| (ws[k].tok, usize::from(k > 0 && ws[k - 1].tok == ws[k].tok));
            for f in find_all(&ws) {
                let (first, last) = (at(f.first), at(f.last));
                if (from..to).contains(&first.0) {
                    found.push((first, last, f.kind, f.rule));
                }
            }
            from = to;
        }
        found.compact_sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
        let mut taken_to = None;
        for (first, last, kind, rule) in found {
            if taken_to.is_some_and(|t| first <= t) {
                continue;
            }
            taken_to = Some(last);
            let start = doc.tokens[first.0].span().start;
            let end = doc.tokens[last.0].span().end;
            out.push(Source {
                start,
                end,
                text: doc.text[start..end].to_string(),
                kind,
                sentence_start: sentence.span.start,
                sentence_end: sentence.span.end,
                rule: RuleName::Borrowed(rule),
            });
        }
    }
    out
}

/// The words of a sentence, contractions split.
fn sentence_words<'a>(doc: &'a Doc, tokens: std::ops::Range<usize>) -> Vec<W<'a>> {
    let mut ws: Vec<W<'a>> = Vec::with_capacity(tokens.len());
    for i in tokens {
        let t = &doc.tokens[i];
        let lower = doc.lower(i);
        let cap = crate::analysis::text::is_capitalized(doc.word(i));
        let word = t.kind != TokenKind::Punct;
        let lower: Cow<'a, str> = if !lower.is_ascii() && lower.contains('\u{2019}') {
            Cow::Owned(lower.replace('\u{2019}', "'"))
        } else {
            Cow::Borrowed(lower)
        };
        let w = |lower: Cow<'a, str>| W {
            lower,
            tok: i,
            cap,
            word,
        };
        if let Some(base) = lower.strip_suffix("n't").filter(|b| !b.is_empty()) {
            let base = match base {
                "ca" => "can".to_string(),
                "wo" => "will".to_string(),
                b => b.to_string(),
            };
            ws.push(w(Cow::Owned(base)));
            ws.push(w(Cow::Borrowed("not")));
        } else if lower == "it's" {
            ws.push(w(Cow::Borrowed("it")));
            ws.push(w(Cow::Borrowed("is")));
        } else if lower == "'s" && ws.last().is_some_and(|p| p.lower == "it") {
            ws.push(w(Cow::Borrowed("is")));
        } else {
            ws.push(w(lower));
        }
    }
    ws
}

fn find_all(ws: &[W]) -> Vec<Found> {
    let mut found = Vec::new();
    for i in 0..ws.len() {
        let lower = &*ws[i].lower;
        if let Some(f) = phrase_at(ws, i, &NO_COMMENT, SourceKind::NoComment, NO_COMMENT_PHRASE) {
            found.push(f);
        }
        if let Some(f) = phrase_at(ws, i, &ANONYMITY, SourceKind::Anonymous, ANONYMITY_PHRASE) {
            found.push(f);
        }
        if lower == "it" {
            found.extend(impersonal_passive(ws, i));
        } else if matches!(lower, "is" | "are" | "was" | "were") {
            found.extend(said_to(ws, i));
        } else if lower == "according" {
            found.extend(according_to(ws, i));
        } else if INVERTED_VERBS.contains(lower) {
            found.extend(said_before_source(ws, i));
        }
        if NOUNS.contains_key(lower) {
            found.extend(insider(ws, i).or_else(|| source_said(ws, i)));
        }
    }
    found
}

/// The longest phrase of `table` starting at word `i`; "immediately" in the text is skipped.
fn phrase_at(
    ws: &[W],
    i: usize,
    table: &words::Phrases,
    kind: SourceKind,
    rule: &'static str,
) -> Option<Found> {
    let candidates = table.get(&ws.get(i)?.lower)?;
    let mut best: Option<usize> = None;
    for phrase in candidates {
        let mut k = i;
        let mut matched = true;
        for (n, p) in phrase.iter().enumerate() {
            while n > 0 && ws.get(k).is_some_and(|w| w.lower == "immediately") {
                k += 1;
            }
            if ws.get(k).map(|w| &*w.lower) != Some(*p) {
                matched = false;
                break;
            }
            k += 1;
        }
        if matched && best.is_none_or(|b| k - 1 > b) {
            best = Some(k - 1);
        }
    }
    best.map(|last| Found {
        first: i,
        last,
        kind,
        rule,
    })
}

fn lower_at<'w>(ws: &'w [W], i: usize) -> &'w str {
    ws.get(i).map_or("", |w| &w.lower)
}

/// A word that may describe an unnamed source: a listed modifier ("senior"), a report noun ("media
/// reports") or a capitalised word ("Western", "White House"); at the start of a sentence or quotation
/// a capitalised word only when it is not a common sentence opener ("But", "The": the actors' stop
/// words).
fn is_modifier(ws: &[W], i: usize) -> bool {
    let w = &ws[i];
    let opens = i == 0 || ws[i - 1].lower.starts_with('"');
    w.word
        && (MODIFIERS.contains(&w.lower)
            || NOUNS.get(&*w.lower).is_some_and(|n| n.kind == NounKind::Report)
            || (w.cap && !(opens && LEXICON.is_stop(&w.lower))))
}

/// Words that point back to someone named before or own the noun: "the official", "its officials".
fn is_blocker(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "this" | "that" | "these" | "his" | "her" | "its" | "their" | "our" | "my" | "your" | "'s"
    )
}

/// The first word of the noun phrase whose role noun is word `head`, walking back over at most
/// three modifiers to a determiner; `None` when the phrase points at someone (`the`, a possessive)
/// or a noun that needs a determiner has none.
fn phrase_start(ws: &[W], head: usize, noun: Noun) -> Option<usize> {
    let mut start = head;
    let mut modifiers = 0;
    while let Some(prev) = start.checked_sub(1) {
        let lower = &*ws[prev].lower;
        if DETERMINERS.contains(lower) {
            return Some(prev);
        }
        if is_blocker(lower) {
            return None;
        }
        if modifiers == 3 || !is_modifier(ws, prev) {
            break;
        }
        modifiers += 1;
        start = prev;
    }
    noun.bare.then_some(start)
}

/// A name right after a role noun makes the source named: "analyst Jo Park", "an official, Jo Park,".
fn named_after(ws: &[W], k: usize) -> bool {
    let cap = |i: usize| ws.get(i).is_some_and(|w| w.word && w.cap);
    cap(k) || (lower_at(ws, k) == "," && cap(k + 1) && (cap(k + 2) || lower_at(ws, k + 2) == ","))
}

/// The reporting verb at or after word `k`, over at most two fillers ("have long said").
fn verb_at(ws: &[W], k: usize) -> Option<usize> {
    (k..(k + 3).min(ws.len()))
        .take_while(|&i| VERBS.contains(&ws[i].lower) || VERB_FILLERS.contains(&ws[i].lower))
        .find(|&i| VERBS.contains(&ws[i].lower))
}

/// The last word of an insider phrase and its object at word `k`: "familiar with the matter".
fn insider_tail(ws: &[W], k: usize) -> Option<usize> {
    let phrase = phrase_at(ws, k, &INSIDER, SourceKind::Anonymous, "")?;
    let object = ws
        .iter()
        .skip(phrase.last + 1)
        .take(5)
        .take_while(|w| w.word && w.lower != "who" && !VERBS.contains(&w.lower))
        .count();
    (object > 0).then_some(phrase.last + object)
}

/// `sources/familiar-with`: an unnamed source in the know, "people familiar with the matter".
fn insider(ws: &[W], head: usize) -> Option<Found> {
    let noun = *NOUNS.get(&*ws[head].lower)?;
    if noun.kind == NounKind::Report {
        return None;
    }
    let last = insider_tail(ws, head + 1)?;
    let first = phrase_start(ws, head, Noun { bare: true, ..noun })?;
    Some(Found {
        first,
        last,
        kind: SourceKind::Anonymous,
        rule: FAMILIAR_WITH,
    })
}

/// `sources/unnamed-source-said`: an unnamed source as the subject of a reporting verb.
fn source_said(ws: &[W], head: usize) -> Option<Found> {
    let noun = *NOUNS.get(&*ws[head].lower)?;
    let first = phrase_start(ws, head, noun)?;
    let k = head + 1;
    if named_after(ws, k) {
        return None;
    }
    let last = if let Some(v) = verb_at(ws, k) {
        v
    } else if matches!(
        lower_at(ws, k),
        "in" | "at" | "from" | "with" | "inside" | "within" | "across"
    ) {
        // "Critics in Norway said": a short prepositional phrase, then the verb.
        (k + 1..(k + 6).min(ws.len()))
            .take_while(|&i| ws[i].word)
            .find_map(|i| verb_at(ws, i))?
    } else if lower_at(ws, k) == "who" || lower_at(ws, k) == "," && lower_at(ws, k + 1) == "who" {
        // "a senior official, who spoke on condition of anonymity, said": the phrase alone.
        let after = relative_clause_end(ws, k)?;
        verb_at(ws, after)?;
        head
    } else {
        return None;
    };
    Some(Found {
        first,
        last,
        kind: noun.kind.source_kind(),
        rule: UNNAMED_SOURCE_SAID,
    })
}

/// The word after a relative clause opened at `k` ("who ..." or ", who ... ,"), within 15 words.
fn relative_clause_end(ws: &[W], k: usize) -> Option<usize> {
    let commas = lower_at(ws, k) == ",";
    let start = if commas { k + 2 } else { k + 1 };
    let end = (start + 15).min(ws.len());
    if commas {
        (start..end).find(|&i| ws[i].lower == ",").map(|i| i + 1)
    } else {
        (start..end)
            .find(|&i| VERBS.contains(&ws[i].lower))
            .map(|i| i + 1)
    }
}

/// An unnamed source read forward from word `k`: determiner, modifiers, role noun. Returns the head.
fn source_forward(ws: &[W], k: usize) -> Option<(usize, Noun, bool)> {
    let det = DETERMINERS.contains(lower_at(ws, k));
    let first = if det { k + 1 } else { k };
    let mut capitalised = false;
    for i in first..first + 4 {
        let w = ws.get(i)?;
        if let Some(&noun) = NOUNS.get(&*w.lower) {
            // "media reports": the last of two role nouns is the head.
            if let Some(&next) = NOUNS.get(lower_at(ws, i + 1)) {
                return Some((i + 1, next, capitalised)).filter(|_| !named_after(ws, i + 2));
            }
            if !(det || noun.bare) || named_after(ws, i + 1) {
                return None;
            }
            return Some((i, noun, capitalised));
        }
        if !is_modifier(ws, i) {
            return None;
        }
        capitalised |= w.cap;
    }
    None
}

/// `sources/said-unnamed-source`: after a quotation the verb first, "..., said one diplomat".
fn said_before_source(ws: &[W], verb: usize) -> Option<Found> {
    let prev = verb.checked_sub(1).and_then(|p| ws.get(p))?;
    if prev.word {
        return None;
    }
    let (head, noun, _) = source_forward(ws, verb + 1)?;
    let last = insider_tail(ws, head + 1).unwrap_or(head);
    Some(Found {
        first: verb,
        last,
        kind: noun.kind.source_kind(),
        rule: SAID_UNNAMED_SOURCE,
    })
}

/// `sources/according-to-unnamed`: "according to reports", "according to one official".
fn according_to(ws: &[W], at: usize) -> Option<Found> {
    if lower_at(ws, at + 1) != "to" {
        return None;
    }
    let (head, noun, capitalised) = source_forward(ws, at + 2)?;
    // "according to a Reuters report" names its outlet.
    if noun.kind == NounKind::Report && capitalised {
        return None;
    }
    let (last, kind) = match insider_tail(ws, head + 1) {
        Some(last) => (last, SourceKind::Anonymous),
        None => (head, noun.kind.source_kind()),
    };
    Some(Found {
        first: at,
        last,
        kind,
        rule: ACCORDING_TO_UNNAMED,
    })
}

/// The participle of an impersonal passive at or after `k`, over one adverb ("widely believed").
fn participle_at(ws: &[W], k: usize) -> Option<usize> {
    let k = if PASSIVE_ADVERBS.contains(lower_at(ws, k)) {
        k + 1
    } else {
        k
    };
    PARTICIPLES.contains(lower_at(ws, k)).then_some(k)
}

/// `sources/it-is-understood`: "it is understood", "it was widely believed", "it has been reported".
fn impersonal_passive(ws: &[W], it: usize) -> Option<Found> {
    let k = match (lower_at(ws, it + 1), lower_at(ws, it + 2)) {
        ("has" | "had", "been") => it + 3,
        ("is" | "was", _) => it + 2,
        _ => return None,
    };
    let last = participle_at(ws, k)?;
    // "it was reported by the agency" names its source.
    if lower_at(ws, last + 1) == "by" {
        return None;
    }
    Some(Found {
        first: it,
        last,
        kind: SourceKind::Vague,
        rule: IT_IS_UNDERSTOOD,
    })
}

/// `sources/is-said-to`: "she is said to", "they are believed to".
fn said_to(ws: &[W], be: usize) -> Option<Found> {
    let participle = participle_at(ws, be + 1)?;
    (lower_at(ws, participle + 1) == "to").then_some(Found {
        first: be,
        last: participle + 1,
        kind: SourceKind::Vague,
        rule: IS_SAID_TO,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, expected findings as `kind "text"`).
    const CASES: &[(&str, &[&str])] = &[
        (
            "A senior official said the talks had stalled.",
            &["anonymous \"A senior official said\""],
        ),
        (
            "Two former intelligence officials have long argued it.",
            &["anonymous \"Two former intelligence officials have long argued\""],
        ),
        (
            "It's understood the deal is close.",
            &["vague \"It's understood\""],
        ),
        (
            "The minister didn't respond to requests for comment.",
            &["no-comment \"didn't respond to requests for comment\""],
        ),
        (
            "The firm could not immediately be reached.",
            &["no-comment \"could not immediately be reached\""],
        ),
        (
            "\"It is over,\" said one diplomat in Brussels.",
            &["anonymous \"said one diplomat\""],
        ),
        (
            "According to people familiar with the plan, it failed.",
            &["anonymous \"According to people familiar with the plan\""],
        ),
        ("A senior official, John Smith, said the talks had stalled.", &[]),
        ("The official said the talks had stalled.", &[]),
        ("According to Reuters, the talks stalled.", &[]),
        ("Officials met on Monday.", &[]),
        // Regression: an insider phrase looked for past the end of the sentence.
        ("They were sources", &[]),
        ("said one diplomat", &[]),
        ("", &[]),
    ];

    #[test]
    fn cases() {
        for (text, expected) in CASES {
            let doc = Doc::new(text);
            let got: Vec<String> = extract(&doc)
                .iter()
                .map(|s| format!("{} {:?}", s.kind.as_str(), s.text))
                .collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    /// A sentence far longer than a window: findings on either side of a window's edge, and one
    /// across it, are found once each, as in a short sentence.
    #[test]
    fn long_sentence_read_in_windows() {
        for before in [WINDOW - 3, WINDOW - 1, WINDOW, WINDOW + 1, 2 * WINDOW - 2] {
            let text = format!(
                "{}a senior official said and it is understood that {}analysts say it.",
                "so ".repeat(before),
                "so ".repeat(WINDOW)
            );
            let doc = Doc::new(&text);
            assert_eq!(doc.sentences.len(), 1);
            let got: Vec<String> = extract(&doc)
                .iter()
                .map(|s| format!("{} {:?}", s.kind.as_str(), s.text))
                .collect();
            assert_eq!(
                got,
                [
                    "anonymous \"a senior official said\"",
                    "vague \"it is understood\"",
                    "vague \"analysts say\""
                ],
                "{before} words before"
            );
        }
    }
}
