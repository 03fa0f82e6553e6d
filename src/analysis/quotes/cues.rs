//! Reporting cues ("said", "according to", "her claim that") and the source phrase of each.

use super::*;

/// A reporting cue and its source.
#[derive(Clone, Debug)]
pub(super) struct Cue {
    /// The cue's tokens: the verb, with its particle ("pointed out", "according to").
    pub(super) tokens: Range<usize>,
    pub(super) class: VerbClass,
    pub(super) lemma: &'static str,
    /// The source's noun phrase.
    pub(super) source: Option<Range<usize>>,
    /// The source follows the verb: "..., said the minister".
    pub(super) inverted: bool,
    /// The rule that found the source.
    pub(super) source_rule: &'static str,
    /// Quotes attributed through this cue.
    pub(super) used: bool,
}

/// A short line without a final full stop: a title.
pub(super) fn is_headline(w: &Words, i: usize) -> bool {
    w.headline(i)
}

/// Whether token `k` is a capitalised modal that names someone: before a past or "-s" form of a verb of
/// saying, which no modal takes (`"...," May told lawmakers`, "May said"; not "Will you say ...").
fn modal_name(w: &Words, k: usize) -> bool {
    is_in(w.lower(k), BETWEEN)
        && is_capitalized(w.text(k))
        && w.verb(k + 1).is_some_and(|v| v.lemma != w.lower(k + 1))
}

/// Finds the source noun phrase that ends at token `h` (inclusive), scanning left.
pub(super) fn np_left(w: &Words, h: usize, floor: usize) -> Option<Range<usize>> {
    let np = np_left_phrase(w, h, floor)?;
    // "Lawyers representing the family said": a phrase after a present participle qualifies the one
    // before it, which is the source.
    let Some(p) = np.start.checked_sub(1).filter(|&p| p > floor) else {
        return Some(np);
    };
    let lw = w.lower(p);
    let participle = w.is_word(p)
        && lw.len() > 6
        && lw.ends_with("ing")
        && !is_capitalized(w.text(p))
        && w.verb(p).is_none()
        && !matches!(
            lw,
            "according" | "following" | "regarding" | "concerning" | "during" | "notwithstanding"
        );
    match participle.then(|| np_left_phrase(w, p - 1, floor)).flatten() {
        Some(before) if !is_in(w.lower(before.end - 1), PRONOUN) => Some(before.start..np.end),
        _ => Some(np),
    }
}

/// The noun phrase that ends at token `h` (see [`np_left`]).
fn np_left_phrase(w: &Words, h: usize, floor: usize) -> Option<Range<usize>> {
    // A parenthesis after a name: "Sen. Claire McCaskill (D-Mo.) said".
    if w.is_punct(h, ")") {
        let mut k = h;
        while k > floor && h - k < 8 && !w.is_punct(k, "(") {
            k -= 1;
        }
        if w.is_punct(k, "(") && k > floor {
            return np_left_phrase(w, k - 1, floor).map(|r| r.start..h + 1);
        }
        return None;
    }
    if !(w.is_word(h) || w.is_number(h)) {
        return None;
    }
    let head = w.lower(h);
    if is_in(head, PRONOUN) || head == "that" && h > floor && w.is_word(h - 1) {
        return is_in(head, PRONOUN).then_some(h..h + 1);
    }
    if modal_name(w, h) {
        return Some(h..h + 1);
    }
    if no_phrase_head(w, h, floor) {
        return None;
    }
    // "Richard A. Kalinowski": a capital letter and its period is an initial, not the article "a".
    let initial =
        |j: usize| w.text(j).len() == 1 && w.is_punct(j + 1, ".") && !w.doc.tokens[j + 1].space_before;
    let mut start = h;
    let mut k = h;
    while k > floor && h - k < 8 {
        let j = k - 1;
        let lw = w.lower(j);
        let text = w.text(j);
        let ok = if w.is_punct(j, ".") {
            // "Gov. Mike Pence", "Sen. Smith": an abbreviated title.
            j > floor && is_capitalized(w.text(j - 1)) && w.text(j - 1).len() <= 4
        } else if w.is_punct(j, "-") {
            // "Coca-Cola", not a hyphen set off by spaces, a dash: "CARACAS, Feb. 4 - Venezuela's
            // opposition called off the strike".
            !(w.doc.tokens[j].space_before && w.doc.tokens.get(j + 1).is_some_and(|t| t.space_before))
        } else if w.is_punct(j, "&") || lw == "'s" || lw == "’s" {
            true
        } else if w.is_punct(j, ",") {
            // "Kidder, Peabody & Co.": the comma of a firm named after its partners.
            j > floor
                && is_capitalized(w.text(j - 1))
                && is_capitalized(w.text(j + 1))
                && (j + 2..j + 4).any(|a| w.is_punct(a, "&"))
        } else if (text == "'" || text == "’") && j > floor {
            // "the farmers' union"
            w.lower(j - 1).ends_with('s') && !w.doc.tokens[j].space_before
        } else if is_in(lw, DETERMINER) && !initial(j) {
            start = j;
            // A numeral or quantifier after an article: "the two leaders", "its many critics".
            if j > floor && !is_in(lw, ARTICLE) && is_in(w.lower(j - 1), ARTICLE) {
                start = j - 1;
            }
            break;
        } else if w.is_word(j) {
            // "The appeals court": a verb's form after an article is a noun; "state", which reports
            // nothing ([`reads_as_verb`]), is one too ("state Sen. Ana Ruiz").
            let noun = j > floor && is_in(w.lower(j - 1), ARTICLE) && !lw.ends_with("ing") || lw == "state";
            !is_stop(w, j)
                && (is_capitalized(text)
                    || (w.verb(j).is_none() || noun) && !is_in(lw, PAST) && !past_after_noun(w, j, floor))
        } else {
            w.is_number(j)
        };
        if !ok {
            break;
        }
        k = j;
        start = j;
    }
    // A stray abbreviation point or hyphen never starts the phrase.
    while start < h && !w.is_word(start) && !w.is_number(start) {
        start += 1;
    }
    // "at least nine villagers": "at" before "least" or "most" opens a quantity, no phrase of place.
    if start > floor && matches!(w.lower(start), "least" | "most") && w.lower(start - 1) == "at" {
        start -= 1;
    }
    Some(relative_subject_start(w, start, h)..h + 1)
}

/// Whether the word at `h` heads no noun phrase: a stop word, a determiner, a word of time, a verb's
/// form in lower case (not a gerund after a name's possessive: "Ridgefield's thinking"), a past form
/// or an adverb ("can be heard shouting", "a hurriedly called meeting").
fn no_phrase_head(w: &Words, h: usize, floor: usize) -> bool {
    let head = w.lower(h);
    let gerund = head.ends_with("ing")
        && h > floor + 1
        && matches!(w.lower(h - 1), "'s" | "’s")
        && is_capitalized(w.text(h - 2));
    is_stop(w, h)
        || is_in(head, DETERMINER)
        || is_in(head, TIME)
        // "in the past said" — but "The New York Times said", "Theresa May said".
        || is_in(head, NOT_HEAD) && !(is_capitalized(w.text(h)) && h > floor && is_capitalized(w.text(h - 1)))
        || w.verb(h).is_some() && !is_capitalized(w.text(h)) && !is_in(head, AMBIGUOUS) && !gerund
        || is_in(head, PAST) && !is_capitalized(w.text(h))
        || head.len() > 4 && head.ends_with("ly") && !is_capitalized(w.text(h)) && !is_in(head, NOT_ADVERB)
        || !w.is_word(h)
}

/// Where a phrase from `start` to the name ending at `h` begins: "..., a figure Doha has disputed": a
/// name after "a" and a common noun is the subject of a relative clause that qualifies the noun, not
/// in apposition to it ("the carmaker Volkswagen", "a local TV").
fn relative_subject_start(w: &Words, start: usize, h: usize) -> usize {
    if !(matches!(w.lower(start), "a" | "an") && is_capitalized(w.text(h))) {
        return start;
    }
    let mut name = h;
    while name > start + 1 && is_capitalized(w.text(name - 1)) {
        name -= 1;
    }
    let noun_before = w.is_word(name - 1)
        && !is_capitalized(w.text(name - 1))
        && crate::analysis::actors::things::common_noun(w.lower(name - 1));
    if noun_before {
        name
    } else {
        start
    }
}

/// Token `j` is a lower-case "-ed" form right after a lower-case noun, so a verb, not a modifier:
/// "provided" in "Band's memo provided data" (not "the newly elected mayor", "an unnamed source").
fn past_after_noun(w: &Words, j: usize, floor: usize) -> bool {
    let lw = w.lower(j);
    if !(lw.len() > 4 && lw.ends_with("ed")) || j <= floor {
        return false;
    }
    let before = w.lower(j - 1);
    w.is_word(j - 1)
        && !is_capitalized(w.text(j - 1))
        && !is_stop(w, j - 1)
        && !is_in(before, CLAUSE_LINK)
        && !is_in(before, DETERMINER)
        && !is_in(before, POSSESSIVE)
        && !before.ends_with("ly")
        && !matches!(before, "'s" | "’s")
}

/// Finds the source noun phrase that starts at token `s`, scanning right: "said the minister".
pub(super) fn np_right(w: &Words, s: usize, limit: usize) -> Option<Range<usize>> {
    np_right_with(w, s, limit, false)
}

/// [`np_right`]; `loose` also takes a phrase that opens with a common noun ("says psychologist Jo Lee"),
/// for the position right after a quotation where a source is expected.
pub(super) fn np_right_with(w: &Words, s: usize, limit: usize, loose: bool) -> Option<Range<usize>> {
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
    // "said state Rep. Ana Ruiz": "state" before a title says whose office it is, no verb.
    if !(is_capitalized(w.text(s))
        || is_in(first, DETERMINER)
        || loose && w.verb(s).is_none()
        || w.state_office(s))
    {
        return None;
    }
    let mut end = s + 1;
    while end < limit && end - s < 8 {
        let lw = w.lower(end);
        let ok = if w.is_punct(end, ".") {
            // "Gov. Mike Pence", but not across a sentence: `said police spokesperson Tom Berg. Jo ...`.
            is_capitalized(w.text(end - 1))
                && w.text(end - 1).len() <= 4
                && w.is_word(end + 1)
                && !w.line_start(end + 1)
                && w.sentence(end + 1) == w.sentence(end - 1)
        } else if w.line_start(end) {
            false
        } else if w.is_punct(end, "-") || lw == "'s" || lw == "’s" {
            true
        } else if w.is_punct(end, "/") {
            // "a CNN/ORC poll", "an NBC/Wall Street Journal poll": two names that share what follows.
            is_capitalized(w.text(end - 1)) && w.capitalised(end + 1)
        } else if w.is_word(end) && lw == "of" {
            // "said Minister of Finance Ada Lenz", "recalled former Chief Justice of India A.N.
            // Bhargava": "of" between a capitalised title and the capitalised words of its field.
            is_capitalized(w.text(end - 1)) && w.capitalised(end + 1) && end + 2 < limit
        } else if w.is_word(end) {
            // Right after a determiner a word is a noun, even one that is also a verb: "the report".
            let noun = w.verb(end).is_none() || end == s + 1 && is_in(first, DETERMINER);
            !is_stop(w, end) && !is_in(lw, TIME) && (is_capitalized(w.text(end)) || noun)
        } else {
            // "said Local 19 secretary-treasurer Ana Ruiz": a union's local and its number; "said the
            // 45-year-old herder": a number that opens a compound adjective.
            // "according to a 1987 profile in The Economist": a number between a determiner and a noun.
            w.is_number(end)
                && (w.text(end - 1) == "Local"
                    || w.is_punct(end + 1, "-") && w.is_word(end + 2)
                    || end == s + 1 && is_in(first, DETERMINER) && w.is_word(end + 1))
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

/// Where a line's text starts after a dateline at token `s` ("NAIROBI, Kenya — ", "Leeds (Reuters) -
/// ", "PORT ELLIN, 4 March 2024 - "): a few capitalised words and numbers, the first in capitals or
/// followed by an agency in parentheses, then a dash; `s` itself without one.
pub(super) fn after_dateline(w: &Words, s: usize) -> usize {
    if !w.line_start(s) || !w.is_word(s) {
        return s;
    }
    let caps = w.text(s).len() >= 2 && crate::analysis::text::is_all_caps(w.text(s));
    let mut paren = false;
    let mut k = s;
    while k < w.len() && k - s < 10 && (k == s || !w.line_start(k)) {
        let t = w.text(k);
        if crate::analysis::text::is_dateline_dash(t) && k > s {
            if !(caps || paren) {
                return s;
            }
            // "(AP) --": a dash of two hyphens.
            let mut end = k + 1;
            while end < w.len() && w.is_punct(end, "-") {
                end += 1;
            }
            return end;
        }
        paren |= t == "(";
        // "PORT ELLIN, 4 March 2024 -": a date may follow the place.
        let number = w.is_number(k);
        // "PEGGY'S COVE, Nova Scotia (AP) --": a possessive inside the place's name.
        let possessive = k > s && crate::analysis::text::is_possessive_ending(t);
        let ok =
            w.is_word(k) && (is_capitalized(t) || possessive) || number || matches!(t, "," | "." | "(" | ")");
        if !ok {
            break;
        }
        k += 1;
    }
    s
}

/// The subject at the start of the sentence of token `i`: for participles and coordinated verbs.
pub(super) fn sentence_subject(w: &Words, i: usize, cues: &[Cue]) -> Option<Range<usize>> {
    if let Some(c) = sentence_cue(w, i, cues) {
        return c.source.clone();
    }
    let sentence = w.sentence(i);
    let start = after_dateline(w, w.doc.sentences.get(sentence)?.tokens.start);
    // "Colombo and the Tigers signed the deal, but the JVP quit the coalition and has said ...": a
    // clause of its own after ", but" or ";", with a subject named or a pronoun, holds the subject of
    // a verb coordinated by "and" or "but", an auxiliary between or not (not that of a participle
    // or a verb in brackets: "but it has had the (likely intended) effect of ...").
    // So does a verb right after an aside set off by commas ("...; Prado, in a speech that year,
    // called the dispute ...").
    let conj = |k: usize| matches!(w.lower(k), "and" | "but");
    let coordinated = i >= 1 && conj(i - 1)
        || i >= 2 && conj(i - 2) && matches!(w.lower(i - 1), "has" | "have" | "had" | "was" | "is" | "would")
        || i >= 1 && w.is_punct(i - 1, ",") && !w.lower(i).ends_with("ing");
    let opens_clause = |k: usize| {
        (w.lower(k) == "but" && k > start && w.is_punct(k - 1, ",") || w.is_punct(k, ";"))
            && k + 2 < i
            && (w.lower(k + 1) == "the" || is_capitalized(w.text(k + 1)) || is_in(w.lower(k + 1), SUBJECT))
    };
    let clause = coordinated
        .then(|| (start..i).rev().take(MAX_CLAUSE).find(|&k| opens_clause(k)))
        .flatten();
    let s = subject_start(w, clause.map_or(start, |k| k + 1), i);
    // "He met the press, saying ...".
    if s < i && is_in(w.lower(s), SUBJECT) {
        return Some(s..s + 1);
    }
    let mut k = s;
    while k < i && k - s < 6 && (w.is_word(k) || w.is_punct(k, ".")) && !is_stop(w, k) {
        let lw = w.lower(k);
        let past = (lw.ends_with("ed") || is_in(lw, PAST)) && !is_capitalized(w.text(k));
        // "The agency's memo": a possessive before a noun, not "is" or "has" ("He's said").
        let possessive = matches!(lw, "'s" | "’s") && k + 1 < i && {
            let next = w.lower(k + 1);
            w.is_word(k + 1)
                && w.verb(k + 1).is_none()
                && !next.ends_with("ed")
                && !is_in(next, PAST)
                && !is_in(next, BETWEEN)
        };
        // "Sanders endorses Clinton, urging ...": a lower-case "-s" form between two names is the
        // verb, as in a headline (not a possessive, nor a noun before a day: "the letters Monday").
        let present = k > s
            && lw.ends_with('s')
            && !lw.ends_with("ss")
            && lw.starts_with(|c: char| c.is_ascii_lowercase())
            && !is_in(w.lower(k + 1), TIME)
            && !is_capitalized(w.text(k))
            && is_capitalized(w.text(k - 1))
            && w.is_word(k + 1)
            && is_capitalized(w.text(k + 1));
        if w.verb(k).is_some() && !is_capitalized(w.text(k))
            || is_in(lw, BETWEEN) && !possessive
            || past
            || present
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

/// The cue earlier in the sentence of token `i` whose source a participle or coordinated verb at `i`
/// shares: the first with the same verb ("They said ... and said ..."); for a verb after "and" the
/// one whose that-clause holds the nearest ("The mayor said that the city would borrow and predicted
/// ..."); else the nearest. A cue of a relative clause ("the critics who accused him, vowing ...") reports for no one
/// else.
fn sentence_cue<'c>(w: &Words, i: usize, cues: &'c [Cue]) -> Option<&'c Cue> {
    let sentence = w.sentence(i);
    let lemma = w.verb(i).map(|v| v.lemma);
    let relative = |r: &Range<usize>| r.len() == 1 && matches!(w.lower(r.start), "who" | "which" | "that");
    let before = || {
        cues.iter()
            .rev()
            .take_while(move |c| w.sentence(c.tokens.start) >= sentence && c.tokens.start + MAX_CLAUSE > i)
            .filter(move |c| c.tokens.start < i && w.sentence(c.tokens.start) == sentence)
            .filter(move |c| c.source.as_ref().is_some_and(|r| !relative(r)))
    };
    let same = before().filter(|c| Some(c.lemma) == lemma).last();
    let nearest = before().next();
    let coordinated = i > 0 && matches!(w.lower(i - 1), "and" | "but");
    // "... and predicted": the nearest cue, unless it stands in the that-clause of an earlier one.
    let outer = nearest.filter(|_| coordinated).and_then(|n| {
        before()
            .filter(|e| {
                e.tokens.end < n.tokens.start && (e.tokens.end..n.tokens.start).any(|k| w.lower(k) == "that")
            })
            .last()
    });
    same.or(outer).or(nearest)
}

/// Where the subject of a sentence starting at `s` begins, before token `i`: after a conjunction ("But
/// the mayor answered: ..."), or after an opening phrase set off by a comma ("Stung by the polls, the
/// mayor ...", "In May, the governor ...").
fn subject_start(w: &Words, mut s: usize, i: usize) -> usize {
    if s + 1 < i && matches!(w.lower(s), "and" | "but" | "yet" | "so") {
        s += 1;
        if w.is_punct(s, ",") {
            s += 1;
        }
    }
    let lw = w.lower(s);
    // "Recently, however, it issued ...": a sentence adverb set off by a comma opens the sentence too.
    let adverb = lw.len() > 4 && lw.ends_with("ly") && w.is_punct(s + 1, ",");
    // "Outside the courthouse, Sefo said ...": a preposition opens a phrase, no subject.
    let opener = (is_stop(w, s) || is_in(lw, ATTACHED)) && !is_in(lw, PRONOUN)
        || adverb
        || w.is_word(s) && (lw.ends_with("ed") || lw.ends_with("ing") || is_in(lw, PAST)) && lw.len() > 2;
    if !opener {
        return s;
    }
    (s + 1..i.min(s + 30))
        .filter(|&k| w.is_punct(k, ","))
        // Not a place set off by commas ("At a fair in Millbrook, Del., the senator ...").
        .find(|&k| {
            np_right(w, k + 1, i).is_some_and(|np| {
                let set_off = np.clone().all(|t| !w.is_word(t) || is_capitalized(w.text(t)))
                    && w.doc
                        .tokens
                        .get(np.end)
                        .is_some_and(|t| t.kind == TokenKind::Punct);
                (!is_stop(w, np.start) || is_in(w.lower(np.start), SUBJECT)) && !set_off
            })
        })
        .map_or(s, |k| k + 1)
}

/// A reporting noun with its possessor and a that-clause: "Trump's claim that ...", "her warning that ...".
pub(super) fn noun_cue(w: &Words, v: usize) -> Option<Cue> {
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
pub(super) const MAX_CLAUSE: usize = 250;

/// Finds the reporting cues and their sources.
pub(super) fn cues(w: &Words, inside: &[u32], segs: &Segs) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    for v in 0..w.len() {
        // Cues inside a long quotation belong to the quoted speaker's own words.
        if in_segment(inside, v).is_some() {
            continue;
        }
        // Every cue starts at "according", a claim noun or a reporting verb: other words are ruled
        // out by one look at their lower-case form.
        let lw = w.lower(v);
        if lw != "according"
            && lw != "put"
            && !NOUNS.contains(lw)
            && VERBS.get(lw).is_none()
            && w.lower(v + 1) != "back"
        {
            continue;
        }
        let cue = according_cue(w, v)
            .or_else(|| as_put_it_cue(w, v))
            .or_else(|| back_cue(w, v, &out))
            .or_else(|| noun_cue(w, v))
            .or_else(|| verb_cue(w, v, inside, segs, &out));
        out.extend(cue);
    }
    out
}

/// "According to X": X is the source of what the phrase opens or closes.
fn according_cue(w: &Words, v: usize) -> Option<Cue> {
    if w.lower(v) != "according" || w.lower(v + 1) != "to" {
        return None;
    }
    // "according to emails released by ...": right after "to", a verb's form is a noun.
    let noun = |k: usize| w.is_word(k) && !is_stop(w, k) && w.verb(k).is_some();
    let source = np_right_with(w, v + 2, w.len(), true).or_else(|| noun(v + 2).then_some(v + 2..v + 3));
    // "according to the Secretary of State's office": a capitalised "of" phrase goes on with the name.
    let source = source.map(|np| {
        let joined =
            w.lower(np.end) == "of" && is_capitalized(w.text(np.end - 1)) && w.capitalised(np.end + 1);
        match joined
            .then(|| np_right_with(w, np.end + 1, w.len(), false))
            .flatten()
        {
            Some(rest) => np.start..rest.end,
            None => np,
        }
    });
    Some(Cue {
        tokens: v..v + 2,
        class: VerbClass::Speech,
        lemma: "according to",
        source,
        inverted: true,
        source_rule: ACCORDING_TO,
        used: false,
    })
}

/// "as X put it": X is the source of the quotation before or after the phrase ("“...,” as the mayor
/// put it"; "As she put it, “...”").
fn as_put_it_cue(w: &Words, v: usize) -> Option<Cue> {
    if w.lower(v) != "put" || w.lower(v + 1) != "it" || v < 2 {
        return None;
    }
    let floor = floor_of(w, v);
    let source = np_left(w, v - 1, floor)?;
    let r#as = source
        .start
        .checked_sub(1)
        .filter(|&a| a >= floor && w.lower(a) == "as")?;
    Some(Cue {
        tokens: r#as..v + 2,
        class: VerbClass::Speech,
        lemma: "put it",
        source: Some(source),
        inverted: false,
        source_rule: AS_PUT_IT,
        used: false,
    })
}

/// "shot back", "fired back", "hit back" (`back-retort` in `data/quotes-words.txt`): a retort, its
/// source before it ("Pence shot back that ..."); the verbs alone report nothing.
fn back_cue(w: &Words, v: usize, out: &[Cue]) -> Option<Cue> {
    let lemma = "retort";
    if !is_in(w.lower(v), BACK_RETORT) || w.lower(v + 1) != "back" {
        return None;
    }
    let floor = floor_of(w, v);
    if is_capitalized(w.text(v)) && v != floor {
        return None;
    }
    let verb = Verb {
        lemma,
        class: VerbClass::Speech,
    };
    let j = subject_end(w, v, verb, floor)?;
    let (source, source_rule) = source_before(w, v, j, floor, out);
    // Only a retort with its words: a clause or a quotation after it ("shot back that ...", "fired
    // back: “...”"), or a quotation that closes with a comma before it ("“...,” Kaine fired back");
    // "fired back at the rebels" is an act.
    let mark = |k: usize| mark_of(w.text(k)).is_some();
    let words_after = matches!(w.lower(v + 2), "that" | ":") || mark(v + 2);
    let quoted_before = source
        .as_ref()
        .is_some_and(|s| s.start >= 2 && mark(s.start - 1) && w.is_punct(s.start - 2, ","));
    if !words_after && !quoted_before {
        return None;
    }
    Some(Cue {
        tokens: v..v + 2,
        class: VerbClass::Speech,
        lemma,
        source,
        inverted: false,
        source_rule,
        used: false,
    })
}

/// The first token of the sentence (or line) of token `v`: no source phrase reaches back past it.
fn floor_of(w: &Words, v: usize) -> usize {
    w.doc
        .sentences
        .get(w.sentence(v))
        .map_or(0, |s| s.tokens.start)
        .max(w.block_start(v))
}

/// A reporting verb at token `v` with its source: "Mr Blinken said", "..., said the ministry",
/// ", saying ...".
fn verb_cue(w: &Words, v: usize, inside: &[u32], segs: &Segs, out: &[Cue]) -> Option<Cue> {
    let verb = w.verb(v)?;
    let floor = floor_of(w, v);
    if !reads_as_verb(w, v, verb, floor) || naming_participle(w, v, floor) || absolute_participle(w, v, floor)
    {
        return None;
    }
    let lw = w.lower(v);
    // "the yields claimed by either government", "figures reported by Reuters": a participle before
    // "by" and an agent (a determiner or a name) is passive; the phrase before it is what was claimed,
    // no source (but "responded by using the example", "said by phone": how, no agent).
    let agent = |k: usize| is_in(w.lower(k), DETERMINER) || is_in(w.lower(k), POSSESSIVE) || w.capitalised(k);
    if w.lower(v + 1) == "by" && !lw.ends_with("ing") && agent(v + 2) {
        return None;
    }
    let mut end = v + 1;
    if w.lower(end) == "out" && is_in(verb.lemma, OUT_PARTICLE) {
        end += 1;
    }
    // "The storm slammed into the coast", "charged into the room": such a verb with "into" moves or
    // strikes (`into-motion` in `data/quotes-words.txt`; but "said into the phone").
    if w.lower(end) == "into" && is_in(verb.lemma, INTO_MOTION) {
        return None;
    }
    // "pointed out that ...", "pointed to the data", but not "the biggest one-day point drop".
    if is_in(verb.lemma, PARTICLE_ONLY) && !matches!(w.lower(v + 1), "out" | "to") {
        return None;
    }
    // A demand: "called for an inquiry", "asked for the files", "called on Ms Ruiz to resign" (not
    // "called on Monday", "could call on their help").
    let particle = match w.lower(end) {
        "for" => is_in(verb.lemma, FOR_PARTICLE),
        "on" | "upon" => is_in(verb.lemma, ON_PARTICLE) && infinitive_within(w, end + 1, 8),
        _ => false,
    };
    if particle && end + 1 < w.len() && w.is_word(end + 1) && !is_in(w.lower(end + 1), TIME) {
        end += 1;
    }
    // "had said little publicly about the case", "said nothing about it": a quantity said, no
    // clause reported (but "said little has changed", "said much of the loss was ...").
    let quantity = matches!(w.lower(end), "little" | "nothing" | "much")
        && (!w.is_word(end + 1)
            || w.lower(end + 1).ends_with("ly")
            || matches!(
                w.lower(end + 1),
                "about" | "on" | "to" | "in" | "at" | "else" | "further" | "beyond"
            ));
    if quantity {
        return None;
    }
    let j = subject_end(w, v, verb, floor)?;
    // "Speaking afterwards, Mr Lavrov said ...": the participle only sets the scene.
    if v == floor && lw.ends_with("ing") {
        return None;
    }
    let hearer = is_in(verb.lemma, HEARER);
    // A participle never has its source after it: ", calling the plan “a fraud”" names what it calls.
    let inverted = if j == v && !hearer && !lw.ends_with("ing") {
        inverted_source(w, v, end, floor, inside, segs)
    } else {
        None
    };
    let (source, inverted, source_rule) = match inverted {
        Some(np) => (Some(np), true, INVERTED_SAID_NAME),
        None => {
            let (source, rule) = source_before(w, v, j, floor, out);
            (source, false, rule)
        }
    };
    Some(Cue {
        tokens: v..end,
        class: verb.class,
        lemma: verb.lemma,
        source,
        inverted,
        source_rule,
        used: false,
    })
}

/// Whether the "-ing" form at `v` closes a phrase that "with" opens, after a noun in the plural and
/// before a comma or the sentence's end, maybe after a time phrase: "With 96 percent of precincts
/// reporting early Wednesday, Aldana had 58 percent" reports nothing; the clause after the comma is
/// the sentence's own (not "with aides saying that ...", whose "that" opens what is said).
pub(super) fn absolute_participle(w: &Words, v: usize, floor: usize) -> bool {
    let lw = w.lower(v);
    if !lw.ends_with("ing") || v == 0 || !w.lower(v - 1).ends_with('s') || !w.is_word(v - 1) {
        return false;
    }
    // A time phrase may stand before the comma: "reporting early Wednesday,".
    let mut k = v + 1;
    while k < w.len() && k - v <= 3 && (is_in(w.lower(k), TIME) || w.capitalised(k)) {
        k += 1;
    }
    let closes = w.is_punct(k, ",") || w.is_punct(k, ".") || k >= w.len();
    let with = (floor.max(v.saturating_sub(8))..v - 1)
        .rev()
        .take_while(|&k| !w.is_punct(k, ","))
        .any(|k| w.lower(k) == "with");
    closes && with
}

/// "The instrument, called Mini-SAR, detected ...": "called" after a comma that closes no quotation,
/// with a name after it, names what stands before the comma; nobody speaks (but `“...,” called the
/// coach` does). The name ends where the apposition does, at a comma or the sentence's end (not
/// "Roy Cooper, the state's attorney general, called Friday for ..."); so does "called" right after a
/// noun phrase that "a" opens inside the sentence ("a super PAC called the American Prosperity Alliance",
/// also before a preposition or a verb: "a lager called Kooka in September");
/// and so does a form of "call" before a reflexive pronoun ("a faction calling itself the Front"), and
/// "called" after a comma before an article, one noun and a comma ("a rough lip, called the burr,"); and
/// "called" after a comma and an adverb such as "sometimes" or "also" ("AHPND, sometimes called early
/// mortality syndrome,").
fn naming_participle(w: &Words, v: usize, floor: usize) -> bool {
    // "a faction calling itself the Front for ...": to call oneself something is to take a name.
    let reflexive = |k: usize| {
        crate::analysis::actors::lexicon::LEXICON
            .pronoun_cases(w.lower(k))
            .is_some_and(|(_, cases)| cases & crate::analysis::actors::lexicon::case::REFLEXIVE != 0)
    };
    if matches!(w.lower(v), "call" | "calls" | "called" | "calling") && reflexive(v + 1) {
        return true;
    }
    // "AHPND, sometimes called early mortality syndrome, devastated ...": an adverb of how often or
    // by whom a thing is so called, after a comma, makes the participle a name's.
    if w.lower(v) == "called"
        && v >= floor + 3
        && w.is_punct(v - 2, ",")
        && matches!(
            w.lower(v - 1),
            "sometimes"
                | "also"
                | "often"
                | "commonly"
                | "popularly"
                | "locally"
                | "once"
                | "formerly"
                | "usually"
        )
    {
        return true;
    }
    // "a super PAC called the American Prosperity Alliance": the participle right after a noun
    // phrase that an indefinite article opens inside the sentence.
    let indefinite = v >= floor + 2
        && w.is_word(v - 1)
        && (v.saturating_sub(4).max(floor + 1)..v - 1).any(|k| matches!(w.lower(k), "a" | "an"));
    let comma = v >= floor + 2 && w.is_punct(v - 1, ",") && w.is_word(v - 2);
    if !(w.lower(v) == "called" && (comma || indefinite)) {
        return false;
    }
    // "A slight rough lip, called the burr, means ...": an article and one noun between commas name
    // the thing too.
    if comma
        && matches!(w.lower(v + 1), "the" | "a" | "an")
        && w.is_word(v + 2)
        && !is_capitalized(w.text(v + 2))
        && w.is_punct(v + 3, ",")
    {
        return true;
    }
    // The name's capitalised words, then any small words of a title and more capitals after them.
    let mut first = v + 1;
    while first < w.len() && first <= v + 6 && w.is_word(first) && is_capitalized(w.text(first)) {
        first += 1;
    }
    let mut k = first;
    while k < w.len()
        && k <= v + 6
        && w.is_word(k)
        && (is_capitalized(w.text(k)) || is_in(w.lower(k), TITLE_SMALL))
    {
        k += 1;
    }
    // "a rack-scale system called Marlin Tide that links 72 of the chips": a relative clause may follow,
    // and after a noun phrase that "a" opens, a preposition or a verb of the clause right after the
    // capitalised words ("a lager called Kooka in September", "a firm called Orbix was fined").
    let clause_goes_on = indefinite
        && first > v + 1
        && matches!(
            w.lower(first),
            "in" | "on" | "at" | "for" | "from" | "with" | "and" | "or" | "is" | "was" | "has" | "had"
        );
    k > v + 1
        && is_capitalized(w.text(k - 1))
        && k < w.len()
        && (matches!(w.text(k), "," | "." | ")" | ";")
            || matches!(w.lower(k), "that" | "which")
            || clause_goes_on)
}

/// An infinitive ([`infinitive_at`], with a word after "to") within `n` tokens from `k`, in one
/// sentence: "Ms Ruiz to resign".
fn infinitive_within(w: &Words, k: usize, n: usize) -> bool {
    let end = (k + n).min(w.len().saturating_sub(1));
    (k..end).any(|t| infinitive_at(w, t) && w.sentence(t) == w.sentence(k) && w.is_word(t + 1))
}

/// Whether "known" at token `v` goes on to "as" right away or after a short phrase of words ("known
/// to his neighbours as"): it names something.
fn known_as(w: &Words, v: usize) -> bool {
    (v + 1..(v + 6).min(w.len()))
        .take_while(|&k| w.is_word(k))
        .any(|k| w.lower(k) == "as")
}

/// Whether "found" at token `v` is a participle of place after a noun in lower case ("heating found in
/// wealthy households", "fossils found near the river"), with no "that" in the rest of its sentence
/// ("Researchers found in a study that ..." reports).
fn found_where(w: &Words, v: usize, floor: usize) -> bool {
    let place = matches!(
        w.lower(v + 1),
        "in" | "on"
            | "near"
            | "inside"
            | "under"
            | "among"
            | "across"
            | "throughout"
            | "along"
            | "around"
            | "beneath"
            | "within"
    );
    let after_noun = v > floor
        && w.is_word(v - 1)
        && w.text(v - 1).starts_with(|c: char| c.is_lowercase())
        && !is_in(w.lower(v - 1), PRONOUN)
        && !is_in(w.lower(v - 1), BETWEEN);
    let sentence = w.sentence(v);
    place
        && after_noun
        && !(v + 1..w.len().min(v + MAX_CLAUSE))
            .take_while(|&k| w.sentence(k) == sentence)
            .any(|k| w.lower(k) == "that")
}

/// A reporting verb form at token `v` used as a verb: not a name or a title ("Secretary of State"), not
/// a noun ("his tweets", "the report", "reports have").
fn reads_as_verb(w: &Words, v: usize, verb: Verb, floor: usize) -> bool {
    let lw = w.lower(v);
    // A capitalised form is a cue at the start of a sentence or in a headline ("Trump Says ..."),
    // a name or a noun elsewhere ("Secretary of State", "The Post").
    if is_capitalized(w.text(v))
        && v != floor
        && !(is_headline(w, v) && verb.class == VerbClass::Speech && lw.ends_with('s'))
    {
        return false;
    }
    // "helped found the bank", "to found a party": the verb "found", no past of "find".
    if lw == "found" && v > floor && matches!(w.lower(v - 1), "help" | "helps" | "helped" | "helping" | "to")
    {
        return false;
    }
    // "a formal warning, known as a “yellow card”": "known as" names, it knows nothing reported; so
    // does "known to his neighbours as".
    if lw == "known" && known_as(w, v) {
        return false;
    }
    // "Houston, United States": a capitalised form that ends a place's name with the word before it.
    if v > floor
        && is_capitalized(w.text(v))
        && is_capitalized(w.text(v - 1))
        && crate::analysis::actors::lexicon::LEXICON
            .place(&format!("{} {}", w.text(v - 1), w.text(v)))
            .is_some()
    {
        return false;
    }
    // "a system of heating found in wealthy households": a participle of place after a noun, with no
    // "that" after it, finds nothing reported.
    if lw == "found" && found_where(w, v, floor) {
        return false;
    }
    let aux_follows = is_in(w.lower(v + 1), AUX_AFTER_VERB);
    let article_before = v > floor && is_in(w.lower(v - 1), ARTICLE);
    // "issued Bangkok a formal warning, known as ...": an -ing form after a determiner and a word,
    // before a comma, ends a noun phrase (not before a quotation: "a message stating, “...”").
    let ing_noun = lw.ends_with("ing")
        && v >= floor + 2
        && after_determiner(w, v)
        && w.is_punct(v + 1, ",")
        && mark_of(w.text(v + 2)).is_none();
    // "familiar with the firm's thinking", "their thinking": a belief's -ing form after a possessive
    // (not "he's", a contraction) is a noun.
    let possessive = |k: usize| match w.lower(k) {
        "'s" | "’s" => k > floor && !is_in(w.lower(k - 1), PRONOUN) && w.lower(k - 1) != "that",
        other => matches!(other, "his" | "her" | "their" | "its" | "our" | "my" | "your"),
    };
    let possessed_ing =
        lw.ends_with("ing") && verb.class == VerbClass::Belief && v > floor && possessive(v - 1);
    !(noun_like(w, v, verb, floor)
        || ing_noun
        || possessed_ing
        || aux_follows
        || article_before
        || lw == "state"
        || counted_plural(w, v, floor)
        || plural_after_quantifier(w, v, floor)
        || counted_participle(w, v, floor)
        || participle_after_verb(w, v, floor)
        || plural_after_preposition(w, v, floor))
}

/// Whether the -ed form at `v` follows a verb in the past that is no auxiliary and comes before a
/// plural noun, which it qualifies as an adjective: "faced repeated questions", "denied reported
/// plans" (not "had repeated", "was reported").
fn participle_after_verb(w: &Words, v: usize, floor: usize) -> bool {
    if v <= floor || !w.is_word(v - 1) {
        return false;
    }
    let (lw, prev) = (w.lower(v), w.lower(v - 1));
    let past = |p: &str| {
        p.len() > 4 && p.ends_with("ed")
            || is_in(p, PAST) && !matches!(p, "had" | "was" | "were" | "did" | "got" | "been" | "became")
    };
    lw.ends_with("ed")
        && !is_capitalized(w.text(v - 1))
        && past(prev)
        && w.is_word(v + 1)
        && !is_capitalized(w.text(v + 1))
        && plural_noun(w.lower(v + 1))
}

/// Whether the -ed form at `v` stands between a number and the noun it qualifies, as an adjective:
/// "the ten alleged Russian agents", "three reported cases" (a number is the subject of a past form
/// before a clause: "Two said they ...").
fn counted_participle(w: &Words, v: usize, floor: usize) -> bool {
    let next = w.lower(v + 1);
    w.lower(v).ends_with("ed")
        && v > floor
        && is_number_word(w, v - 1)
        && w.is_word(v + 1)
        && (is_capitalized(w.text(v + 1)) || plural_noun(next))
        && !is_in(next, PRONOUN)
        && !is_in(next, DETERMINER)
        && next != "that"
}

/// Whether token `k` is a number, in figures or in words ("12", "ten", "dozen").
fn is_number_word(w: &Words, k: usize) -> bool {
    w.is_number(k)
        || matches!(
            w.lower(k),
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "dozen"
                | "hundred"
                | "thousand"
                | "million"
                | "billion"
        )
}

/// Whether the -s form at `v` follows a preposition, which makes it a plural noun: "amid reports
/// that", "on claims that" (a verb's -s form follows its subject).
fn plural_after_preposition(w: &Words, v: usize, floor: usize) -> bool {
    s_form(w.lower(v))
        && v > floor
        && matches!(
            w.lower(v - 1),
            "amid" | "amidst" | "after" | "despite" | "following" | "on" | "of" | "over" | "about" | "with"
        )
}

/// Whether the -s form at `v` follows a word for many with one word between, which makes it the plural
/// noun that heads their phrase: "other Gulf states buy ...", "these wire reports" (a verb's -s form
/// agrees with a singular subject, which no such word opens; a number may close a phrase inside the
/// subject: "an average of polls taken over the past two weeks shows").
fn plural_after_quantifier(w: &Words, v: usize, floor: usize) -> bool {
    let many = |k: usize| {
        matches!(
            w.lower(k),
            "other" | "these" | "those" | "several" | "many" | "both" | "few" | "various" | "numerous"
        )
    };
    s_form(w.lower(v)) && v > floor + 1 && w.is_word(v - 1) && !is_in(w.lower(v - 1), PRONOUN) && many(v - 2)
}

/// Whether the -s form at `v` follows a number, which makes it a plural noun: "ahead by four points",
/// "12 reports" (a number is the subject of a past or a base form: "Two said ...").
fn counted_plural(w: &Words, v: usize, floor: usize) -> bool {
    s_form(w.lower(v)) && v > floor && is_number_word(w, v - 1)
}

/// Forms that are also nouns ("his tweets", "a demand", "big plans") are cues only after a name or a
/// pronoun.
fn noun_like(w: &Words, v: usize, verb: Verb, floor: usize) -> bool {
    let lw = w.lower(v);
    if !(is_in(lw, AMBIGUOUS) && v > floor) {
        return false;
    }
    // `"...," laughs Halina Wrob`: right after a quotation that a comma (or "?", "!") closes, the verb
    // of its speaker (a straight mark alone may open one).
    let closes = |k: usize| {
        k >= 1
            && mark_of(w.text(k)).is_some_and(|m| m.1 != Role::Open)
            && matches!(w.text(k - 1), "," | "?" | "!")
    };
    if closes(v - 1) {
        return false;
    }
    if after_preposition(w, v, floor) || noun_compound(lw, w.lower(v + 1)) {
        return true;
    }
    let p = w.lower(v - 1);
    let possessive = (p == "’s" || p == "'s") && !(v >= 2 && is_in(w.lower(v - 2), PRONOUN));
    let base = !lw.ends_with('s') && !lw.ends_with("ed") && !lw.ends_with("ing");
    let name_before = is_capitalized(w.text(v - 1)) && p != "the" && (!base || v - 1 == floor || s_form(p));
    // "A poll shows that ...": an -s form after a common noun is a verb when a clause or an
    // object follows, a plural noun otherwise ("late-night tweets targeting ...").
    let next = w.lower(v + 1);
    let clause_follows = s_form(lw)
        && verb.class == VerbClass::Speech
        && !p.ends_with("ing")
        && w.is_word(v - 1)
        && (next == "that"
            || is_in(next, DETERMINER)
            || is_in(next, PRONOUN)
            || is_capitalized(w.text(v + 1)))
        && !is_in(p, DETERMINER)
        && !possessive;
    // "..., tax returns show.", "Polls show that ...": a base form after a plural common noun agrees
    // with it as its verb when the clause ends or "that" follows (not "the sales report that was ...").
    let plural_subject = base
        && w.is_word(v - 1)
        && !is_capitalized(w.text(v - 1))
        && plural_noun(p)
        && (matches!(next, "." | "," | ";") || next == "that" && !is_in(w.lower(v + 2), BETWEEN));
    !(is_in(p, PRONOUN) || name_before || is_in(p, BETWEEN) || p == "to" || clause_follows || plural_subject)
        || is_in(p, DETERMINER)
        || possessive
        || adjective_before(w, v, floor)
}

/// Whether an -s form and the word after it are a compound noun of the courts: "A North Carolina
/// appeals court on Thursday ruled ...", "the claims process" (no verb "appeals" of a subject "North
/// Carolina").
fn noun_compound(lower: &str, next: &str) -> bool {
    matches!(lower, "appeals" | "claims")
        && matches!(
            next,
            "court" | "courts" | "panel" | "judge" | "judges" | "process" | "board" | "tribunal"
        )
}

/// Whether the -s form at `v` follows a capitalised adjective of a people or a region after a
/// determiner, which makes it a plural noun: "Several Indian states declared a holiday", "the Baltic
/// states, which ...", "the Pakistani charges", also after an adjective ("small Caribbean states") (a
/// name there is the subject: "the Kremlin states that ..."); or a common adjective in lower case after
/// a word in lower case, no determiner ("to face fresh questions").
fn adjective_before(w: &Words, v: usize, floor: usize) -> bool {
    let (lw, p) = (w.lower(v), w.lower(v.saturating_sub(1)));
    if !(lw.ends_with('s') && !lw.ends_with("ss") && v >= floor + 2) {
        return false;
    }
    // "to face fresh questions", "raised serious claims": right after a common adjective in lower case,
    // itself after a word in lower case that no determiner is (not "the public says", "Pakistan's
    // military says", whose adjective heads the subject).
    let lower_word = |k: usize| w.is_word(k) && !is_capitalized(w.text(k));
    let common = lower_word(v - 1)
        && crate::analysis::actors::things::adjective(p)
        && lower_word(v - 2)
        && !is_in(w.lower(v - 2), DETERMINER)
        && !is_in(w.lower(v - 2), POSSESSIVE)
        && !crate::analysis::text::is_possessive_ending(w.text(v - 2));
    // "as small Caribbean states face ...": a people's or a region's adjective capitalised after a
    // determiner or an adjective in lower case, no verb nor a word that stops a phrase.
    let adjective = |k: usize| {
        w.is_word(k)
            && !is_capitalized(w.text(k))
            && w.verb(k).is_none()
            && !is_stop(w, k)
            && !w.lower(k).ends_with("ed")
    };
    let people = is_capitalized(w.text(v - 1))
        && (is_in(w.lower(v - 2), DETERMINER) || adjective(v - 2))
        && (["an", "ic", "ese", "ish"].iter().any(|e| p.ends_with(e))
            || crate::analysis::actors::names::nationality_adjective(p));
    common || people
}

/// A lower-case word that reads as a plural noun: "returns", "polls", "documents" (not "news",
/// "business", "status", "analysis").
fn plural_noun(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !["ss", "us", "is", "ews"].iter().any(|e| lower.ends_with(e))
        && !is_in(lower, STOP)
}

/// The phrase before the form at `v` is the object of a preposition, so no subject: "in a string of
/// Facebook posts", "in brief remarks", "by two percentage points".
fn after_preposition(w: &Words, v: usize, floor: usize) -> bool {
    // "amid published reports that ...": a participle as an adjective between them.
    let participle = |k: usize| w.lower(k).ends_with("ed") || is_in(w.lower(k), PAST);
    if v >= floor + 2 && participle(v - 1) && is_in(w.lower(v - 2), ATTACHED) {
        return true;
    }
    np_left(w, v - 1, floor).is_some_and(|np| {
        np.start > floor && {
            let p = w.lower(np.start - 1);
            is_in(p, ATTACHED) || matches!(p, "by" | "on" | "about")
        }
    })
}

/// Where the subject of the verb at `v` ends, past auxiliaries, adverbs and a chaining verb ("has
/// repeatedly warned", "declined to say"); `None` for a passive ("was told", "accused of").
fn subject_end(w: &Words, v: usize, verb: Verb, floor: usize) -> Option<usize> {
    let lw = w.lower(v);
    let mut j = v;
    let mut passive = false;
    while j > floor {
        let p = w.lower(j - 1);
        let adverb = p.len() > 4
            && p.ends_with("ly")
            && !is_capitalized(w.text(j - 1))
            && !is_in(p, NOT_ADVERB)
            && !(j >= 2 && is_in(w.lower(j - 2), DETERMINER));
        // A quantifier floated off its subject: "The senators all said", "They both warned".
        let floated = matches!(p, "all" | "both" | "each")
            && j >= floor + 2
            && (w.is_word(j - 2) && (!is_in(w.lower(j - 2), STOP) || is_in(w.lower(j - 2), PRONOUN))
                || w.is_punct(j - 2, ")"));
        // "Addis Ababa has so far rejected": "so" before "far", which stands between.
        let so_far = p == "so" && j < v && w.lower(j) == "far";
        if is_in(p, BETWEEN) && !modal_name(w, j - 1) || adverb || floated || so_far {
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
    // "Enron chief found guilty", "thousands feared dead": a participle before the state it
    // ascribes, which an active verb would have its object before.
    // Not a plea, which is said: "pleaded guilty".
    let ascribed = !lw.ends_with("ing")
        && !lw.ends_with('s')
        && !lw.starts_with("plead")
        && lw != "pled"
        && matches!(
            w.lower(v + 1),
            "dead" | "guilty" | "innocent" | "liable" | "missing" | "killed" | "alive" | "trapped"
        );
    if passive || bare_passive || ascribed {
        return None;
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
            return None;
        }
        // "seems to think he is exempt": a belief the writer reads into someone, not one reported.
        let appears = (k..j - 1).any(|t| crate::analysis::hedges::is_appearance_verb(w.lower(t)));
        if appears && verb.class == VerbClass::Belief {
            return None;
        }
        j = k;
    }
    Some(j)
}

/// Whether capitalised words stand between a comma and the comma at `p`, a name in apposition to
/// the subject before it: "Corvane's chief executive, Alana Fitzgerald, cited ...".
fn name_between_commas(w: &Words, p: usize, floor: usize) -> bool {
    let mut k = p;
    while k > floor && p - k < 4 && w.capitalised(k - 1) {
        k -= 1;
    }
    k < p && k > floor + 1 && w.is_punct(k - 1, ",")
}

/// Whether a description and a name in apposition to it, set off by commas, close at the comma at `p`:
/// "but a London trading house, Brackwell & Sons Ltd., estimated ..." (the subject of the verb after
/// `p`, no source inverted after it). The name may hold "&" and a legal form's period.
fn description_with_name(w: &Words, p: usize, floor: usize) -> bool {
    let mut k = p;
    while k > floor && p - k < 6 && (w.capitalised(k - 1) || matches!(w.text(k - 1), "&" | ".")) {
        k -= 1;
    }
    if k == p || k < floor + 3 || !w.is_punct(k - 1, ",") || !w.capitalised(k) {
        return false;
    }
    let noun = k - 2;
    if !w.is_word(noun) || is_capitalized(w.text(noun)) || w.verb(noun).is_some() {
        return false;
    }
    (noun.saturating_sub(5).max(floor)..noun)
        .rev()
        .take_while(|&j| w.is_word(j))
        .any(|j| matches!(w.lower(j), "a" | "an"))
}

/// The source after the verb at `v` (its tokens end at `end`), after a quotation, a comma or at the
/// start of a sentence: "“...,” said the minister", "..., said Mr Smith."
fn inverted_source(
    w: &Words,
    v: usize,
    end: usize,
    floor: usize,
    inside: &[u32],
    segs: &Segs,
) -> Option<Range<usize>> {
    let prev = v.checked_sub(1);
    let after_quote = prev.is_some_and(|p| {
        w.is_punct(p, ",") && p > 0 && mark_of(w.text(p - 1)).is_some_and(|m| m.1 != Role::Open)
            || mark_of(w.text(p)).is_some_and(|m| m.1 != Role::Open) && in_segment(inside, p).is_none()
            || segs.closing(p).is_some()
            || w.is_punct(p, ",") && segs.closing(p.saturating_sub(1)).is_some()
    });
    let comma_before = prev.is_some_and(|p| w.is_punct(p, ","));
    if !(after_quote || comma_before || v == floor) {
        return None;
    }
    // "Alpine Crest Sees Loss, Blames Snowless Alps": a headline inverts "Says" alone ("Slump Is Over,
    // Says Fed Chief"); another verb after its comma shares the subject before it.
    if comma_before
        && !after_quote
        && is_capitalized(w.text(v))
        && is_headline(w, v)
        && w.verb(v).is_none_or(|verb| verb.lemma != "say")
    {
        return None;
    }
    // `Ana Ruiz, who called the vote "rigged," praised the court`: the quotation closes the relative
    // clause of the subject that opens the sentence; nothing is inverted.
    if after_quote
        && subject_with_relative_clause(w, v, floor)
            .is_some_and(|np| np.start == floor && in_segment(inside, np.start).is_none())
    {
        return None;
    }
    if comma_before && !after_quote && subject_before_comma(w, v, floor) {
        return None;
    }
    let np = np_right_with(w, end, w.len(), after_quote || comma_before)?;
    // "Protest organisers said that ...": a verb's form that opens the sentence before a noun phrase
    // and a reporting verb qualifies the noun; the verb after them is the cue.
    if v == floor
        && w.verb(np.end).is_some()
        && !is_capitalized(w.text(np.end))
        && !is_in(w.lower(np.start), PRONOUN)
    {
        return None;
    }
    // "Prairie's plan, announced Oct. 12, to build ...": a month before its day is a date, no source
    // ("said May." is one).
    let next = np.start + 1 + usize::from(w.text(np.start + 1) == ".");
    if crate::analysis::timex::month_of(w.lower(np.start)).is_some() && w.is_number(next) {
        return None;
    }
    // "..., reported raising $1.4 million": a verb's -ing form with its own object after it is what
    // was reported, no source ("said leading economists" is one).
    let object_after = |k: usize| w.is_number(k) || currency_sign(w, k) || is_in(w.lower(k), DETERMINER);
    if w.lower(np.start).ends_with("ing") && !is_capitalized(w.text(np.start)) && object_after(np.start + 1) {
        return None;
    }
    // "Ana Ruiz's deputy, Tom Veck, welcomed the plan.": without a verb before the comma there is no
    // content for the verb to report, so a common noun after it (or a name's possessive) is its
    // object, not its source; not
    // "Be kind, says Dr Lenz." nor the aside "Donors, said Lenz, must ...".
    // Nor "Its chief, Ana Ruiz, said several vessels, including the Sea Star, had been turned away"
    // (the phrase after the verb is the subject of the clause it reports).
    // A name's possessive opens a common noun's phrase ("said Sonoran's capital remains adequate").
    let possessive = np.clone().any(|k| matches!(w.text(k), "'s" | "’s"));
    if comma_before
        && !after_quote
        && !has_clause_verb(w, floor.max(v.saturating_sub(MAX_CLAUSE))..v - 1)
        && ((!is_capitalized(w.text(np.start)) || possessive) && !w.is_punct(np.end, ",")
            || subject_of_later_verb(w, np.end)
            || name_between_commas(w, v - 1, floor))
    {
        return None;
    }
    // "..., said it would" starts the content; "..., said he." is the source.
    // An opening quotation mark goes on with the content: `said the mayor's latest “blunder ...”`.
    let punct_after = w
        .doc
        .tokens
        .get(np.end)
        .is_none_or(|t| t.kind == TokenKind::Punct)
        && segs.opening(np.end).is_none();
    let ok = !is_in(w.lower(np.start), PRONOUN) || punct_after;
    let closes = punct_after
        || comma_before
            && segs.opening(np.end).is_none()
            && (closes_clause(w, np.end)
                || relative_clause_end(w, np.end).is_some_and(|e| closes_clause(w, e)));
    (ok && (after_quote || v == floor || closes) && (w.sentence(np.start) == w.sentence(v) || after_quote))
        .then_some(np)
}

/// Whether the comma before the verb at `v` closes what opens the subject, so the verb is not
/// inverted and what follows it is the content: an apposition ("Mara Lind, the head of Acme, said"),
/// a description and the name in its apposition ("Another analyst, Susan Kwan of Vell Securities,
/// said"), the same inside the sentence ("..., but a London trading house, Brackwell & Sons Ltd.,
/// estimated"), a participle phrase ("The appeal, read to a gathering of envoys, said") or a relative
/// clause ("Ana Ruiz, who runs the shop, said"; "its division, which sells to hotels, posted").
fn subject_before_comma(w: &Words, v: usize, floor: usize) -> bool {
    opens_with_apposition(w, v - 1, floor)
        || opens_with_description(w, v - 1, floor)
        || description_with_name(w, v - 1, floor)
        || participle_apposition_source(w, v - 1, floor).is_some_and(|np| np.start == floor)
        || subject_with_relative_clause(w, v, floor).is_some_and(|np| np.start == floor)
        || relative_clause_closes(w, v - 1, floor)
}

/// Whether token `k` is a currency's sign, which opens an amount ("$5 million").
fn currency_sign(w: &Words, k: usize) -> bool {
    matches!(w.text(k), "$" | "€" | "£")
}

/// Whether the phrase that ends at the comma at token `p` is the subject of a finite verb later in its
/// sentence, past an aside or the rest of a list: "several vessels, including the Sea Star, had been
/// turned away", "the men, both in their twenties, were held", "overcrowding, poor food and delays had
/// ...". Not the aside "Donors, said Lenz, must ..." (the verb right after the comma), nor a relative
/// clause's verb ("Tom Veck, who heads it, ...").
fn subject_of_later_verb(w: &Words, p: usize) -> bool {
    if !w.is_punct(p, ",") || is_in(w.lower(p + 1), FINITE) {
        return false;
    }
    let sentence = w.sentence(p);
    for k in p + 2..(p + 16).min(w.len()) {
        if w.sentence(k) != sentence
            || w.is_punct(k, ";")
            || w.is_punct(k, ":")
            || mark_of(w.text(k)).is_some()
        {
            return false;
        }
        if matches!(
            w.lower(k),
            "who" | "which" | "that" | "whose" | "where" | "when" | "whom"
        ) {
            return false;
        }
        if is_in(w.lower(k), FINITE) {
            return true;
        }
    }
    false
}

/// Whether `r` holds a verb other than a participle after a comma that names what stands before it
/// ("the Federation of Economic Organizations, known as Keidanren, urged calm": an apposition, so no
/// clause for the verb after it to report) or gives its agent ("the committee, chaired by Ana Ruiz,"),
/// and other than a noun ("The appeals committee").
fn has_clause_verb(w: &Words, r: Range<usize>) -> bool {
    r.clone().any(|k| {
        let naming = k > r.start
            && w.is_punct(k - 1, ",")
            && matches!(w.lower(k), "known" | "called" | "named" | "dubbed")
            && w.lower(k + 1) == "as";
        // "The appeals committee, chaired by Ana Ruiz, rejected the complaint": a participle with its
        // agent after a comma describes the noun before it.
        let agent =
            k > r.start && w.is_punct(k - 1, ",") && w.lower(k).ends_with("ed") && w.lower(k + 1) == "by";
        // "The appeals committee": a verb's form after an article is a noun.
        let noun = k > 0 && is_in(w.lower(k - 1), ARTICLE);
        !naming && !agent && !noun && has_verb(w, k..k + 1)
    })
}

/// Whether the sentence opens with a phrase and its apposition, which starts with a determiner and
/// has no verb, ending at the comma `p`: "Mara Lind, the head of Acme," (not "Growth will slow,",
/// "The plan," nor a list: "Inflation, prices and wages,").
fn opens_with_apposition(w: &Words, p: usize, floor: usize) -> bool {
    apposition_source(w, p, floor).is_some_and(|r| {
        r.start == floor
            && r.end < p
            && w.is_punct(r.end, ",")
            && matches!(
                w.lower(r.end + 1),
                "a" | "an" | "the" | "his" | "her" | "its" | "their"
            )
            && !(r.end + 1..p).any(|k| is_in(w.lower(k), FINITE) || w.verb(k).is_some())
    })
}

/// Whether the sentence from `floor` opens with a description that a determiner or a possessive starts,
/// a comma and a capitalised name, maybe after a word or two in lower case, up to the comma at `p`
/// before a reporting verb, with no verb between: "Another analyst, Susan Kwan of Vell Securities, said
/// ...", "Its chief sponsor, state Sen. Alden Pruitt (D-Orangeburg), blamed ...".
fn opens_with_description(w: &Words, p: usize, floor: usize) -> bool {
    let Some(c) = (floor + 1..p).find(|&k| w.is_punct(k, ",")) else {
        return false;
    };
    // "state Sen. Alden Pruitt": "state" before a title is no verb.
    let verb = |k: usize| w.verb(k).is_some() && !w.state_office(k);
    matches!(
        w.lower(floor),
        "a" | "an" | "another" | "the" | "its" | "his" | "her" | "their" | "our"
    ) && (floor + 1..c).all(|k| w.is_word(k))
        && c + 1 < p
        && (c + 1..(c + 3).min(p)).any(|k| is_capitalized(w.text(k)))
        && !(floor..p).any(|k| is_in(w.lower(k), FINITE) || verb(k))
}

/// A source's phrase, if any, and the rule that found it (or found none).
type Source = (Option<Range<usize>>, &'static str);

/// The source before the verb at `v` whose subject ends at `j`: the phrase right before it, through an
/// apposition or a time phrase, else the subject of the sentence for coordinated verbs and
/// participles; with the rule that found it.
fn source_before(w: &Words, v: usize, j: usize, floor: usize, out: &[Cue]) -> Source {
    let lw = w.lower(v);
    let subject = || (sentence_subject(w, v, out), SENTENCE_SUBJECT);
    let before = |r: Option<Range<usize>>| (r, SUBJECT_BEFORE_VERB);
    // "I keep telling myself", "they kept saying", "she started asking": a verb of aspect before the
    // -ing form is part of the verb; the subject stands before it.
    let aspect = |k: usize| ASPECT_VERBS.contains(&w.lower(k));
    let j = if lw.ends_with("ing") && j > floor + 1 && j == v && aspect(j - 1) {
        j - 1
    } else {
        j
    };
    let prev = j.checked_sub(1).filter(|&p| p >= floor);
    // "Vellmar Corp. said": the period of an abbreviation ends the subject, not a sentence.
    let prev = prev.map(|p| {
        let abbreviation = w.is_punct(p, ".")
            && p > floor
            && !w.doc.tokens[p].space_before
            && w.is_word(p - 1)
            && is_capitalized(w.text(p - 1));
        if abbreviation {
            p - 1
        } else {
            p
        }
    });
    let mut participle = false;
    if let Some(np) = subject_with_relative_clause(w, v, floor) {
        return (Some(np), SUBJECT_WITH_RELATIVE_CLAUSE);
    }
    let found = match prev {
        Some(p) if w.is_word(p) && matches!(w.lower(p), "and" | "but" | "while") => {
            match relative_opening_clause(w, p, floor) {
                Some(who) => (Some(who), SENTENCE_SUBJECT),
                None => subject(),
            }
        }
        Some(p) if w.is_punct(p, ",") && lw.ends_with("ing") => {
            participle = true;
            subject()
        }
        Some(p) if w.is_punct(p, ",") => {
            match participle_apposition_source(w, p, floor).or_else(|| apposition_source(w, p, floor)) {
                Some(np) => before(Some(np)),
                // A long apposition: the subject opens the sentence ("Jo Lee, director of ..., said").
                None => subject(),
            }
        }
        Some(p) => phrase_before_source(w, v, p, floor, out),
        None => before(None),
    };
    // A participle without a subject of its own reports for the subject of its clause:
    // "Trump sent tweets saying ...".
    if found.0.is_none()
        && lw.ends_with("ing")
        && !participle
        && v > floor
        && w.is_word(v - 1)
        && !is_in(w.lower(v - 1), STOP)
        && !is_in(w.lower(v - 1), BETWEEN)
    {
        return object_participle_source(w, v, floor, out);
    }
    found
}

/// The verbs of aspect before an "-ing" form, which belong to the verb: "they kept saying".
const ASPECT_VERBS: [&str; 15] = [
    "keep",
    "keeps",
    "kept",
    "start",
    "starts",
    "started",
    "stop",
    "stops",
    "stopped",
    "begin",
    "begins",
    "began",
    "continue",
    "continues",
    "continued",
];

/// The source of the cue verb at `v` when a word other than a conjunction or a comma stands before it
/// at `p`: the noun phrase there with the phrases attached to it, or, where that phrase is an object
/// ("sent tweets saying ...", "spent $3.1 million on ads warning ..."), the one who sent or spent.
fn phrase_before_source(w: &Words, v: usize, p: usize, floor: usize, out: &[Cue]) -> Source {
    let lw = w.lower(v);
    let np = np_left(w, p, floor);
    // The object of a verb before the participle: "provided data showing ...".
    let object = np.as_ref().is_some_and(|np| {
        let v = np.start.saturating_sub(1);
        // "it issued a paper calling ...": the verb after a pronoun subject too.
        let after_pronoun = v > floor
            && w.is_word(v)
            && !is_capitalized(w.text(v))
            && w.lower(v).ends_with("ed")
            && is_in(w.lower(v - 1), SUBJECT);
        np.start > floor && (past_after_noun(w, v, floor) || after_pronoun)
    });
    if lw.ends_with("ing") && (is_in(w.lower(p), AMBIGUOUS) || object) {
        // "sent tweets saying ...": the sender speaks, not the tweets.
        return object_participle_source(w, v, floor, out);
    }
    // "has spent $3.1 million on ads warning of ...": an amount with the phrase attached to it is what
    // was spent, an object; the spender speaks.
    let amount = |r: &Range<usize>| w.is_number(r.start) || r.start > 0 && currency_sign(w, r.start - 1);
    match np {
        Some(np) => match with_attached_phrases(w, &np, floor) {
            Some(wide) if lw.ends_with("ing") && amount(&wide) => object_participle_source(w, v, floor, out),
            Some(wide) => (Some(wide), SOURCE_WITH_ATTACHED_PHRASE),
            None => (Some(np), SUBJECT_BEFORE_VERB),
        },
        None => match attached_object_pronoun(w, p, floor) {
            Some(wide) => (Some(wide), SOURCE_WITH_ATTACHED_PHRASE),
            None => time_phrase_source(w, v, p, floor, out),
        },
    }
}

/// The source of a participle after an object, "put out a statement saying ...": the subject of the
/// clause the participle stands in ("after the agency released a report showing ..."), else the
/// subject of the sentence.
fn object_participle_source(w: &Words, v: usize, floor: usize, out: &[Cue]) -> Source {
    match clause_subject(w, v, floor) {
        Some(np) => (Some(np), PARTICIPLE_CLAUSE_SUBJECT),
        None => (sentence_subject(w, v, out), SENTENCE_SUBJECT),
    }
}

/// The relative pronoun that opens the clause of a verb coordinated by the conjunction at `p`:
/// "who" in "demonstrators, who took to the streets and called for ...".
fn relative_opening_clause(w: &Words, p: usize, floor: usize) -> Option<Range<usize>> {
    let mut k = p;
    while k > floor + 1 && p - k < 20 {
        k -= 1;
        if matches!(w.lower(k), "who" | "which") && w.is_punct(k - 1, ",") {
            return Some(k..k + 1);
        }
        let boundary = w.doc.tokens[k].kind == TokenKind::Punct
            && matches!(w.text(k), "," | ";" | ":" | "." | "(" | ")" | "—" | "–")
            || mark_of(w.text(k)).is_some();
        if boundary {
            return None;
        }
    }
    None
}

/// The subject of a clause opened by a conjunction before the participle at `v`, with no comma or
/// quotation mark between: "the agency" in "after the agency released a report showing ...".
fn clause_subject(w: &Words, v: usize, floor: usize) -> Option<Range<usize>> {
    let mut r = v.checked_sub(2)?;
    while r > floor && v - r < 20 {
        if w.doc.tokens[r].kind == TokenKind::Punct {
            return None;
        }
        let lw = w.lower(r);
        if is_in(lw, CLAUSE_LINK) || matches!(lw, "after" | "before" | "since" | "until") {
            // A subject, then at least a verb and its object before the participle. The phrase ends
            // before a past form or an auxiliary: "the agency" in "the agency released a report".
            let np = np_right(w, r + 1, v)?;
            let end = (np.start + 1..np.end)
                .find(|&k| {
                    let lw = w.lower(k);
                    !is_capitalized(w.text(k))
                        && (lw.ends_with("ed") || is_in(lw, PAST) || is_in(lw, BETWEEN))
                })
                .unwrap_or(np.end);
            return (end + 1 < v).then_some(np.start..end);
        }
        r -= 1;
    }
    None
}

/// The most tokens from a subject's "who" or "which" to the verb it is the subject of ("Republican
/// legislators, who passed the bill over the veto of Democratic Gov. Aaron Kessler in May, denounced").
const MAX_RELATIVE_CLAUSE: usize = 24;

/// Whether the comma at `r` is inside a firm's name after its partners: a capitalised word before it,
/// and one or two after it before "&" ("Kidder, Peabody & Co.", "Smith Barney, Harris Upham & Co.").
fn partners_comma(w: &Words, r: usize) -> bool {
    r > 0
        && w.capitalised(r - 1)
        && w.capitalised(r + 1)
        && (w.text(r + 2) == "&" || w.capitalised(r + 2) && w.text(r + 3) == "&")
}

/// Whether the comma at token `r` joins capitalised names of a list that "and" or "or" closes before
/// the verb at `v`: "which serves customers in Utah, Nevada and Idaho, said"; the last may be a
/// name after "the" and a noun ("on Oahu, Maui and the island of Hawaii, said").
fn names_listed(w: &Words, r: usize, v: usize) -> bool {
    let last = |k: usize| {
        w.capitalised(k) || w.lower(k) == "the" && (k + 1..(k + 5).min(v)).any(|j| w.capitalised(j))
    };
    r > 0
        && w.capitalised(r - 1)
        && w.capitalised(r + 1)
        && (r + 2..v.saturating_sub(2)).any(|k| matches!(w.lower(k), "and" | "or") && last(k + 1))
}

/// Whether the comma at token `r` opens a short phrase with no verb in lower case that ends the relative
/// clause at the comma before the verb at `v`: "which maintains an air base at Kant, just east of
/// Bishkek, said".
fn closing_phrase(w: &Words, r: usize, v: usize) -> bool {
    let close = v - 1;
    r + 1 < close
        && close - r <= 9
        && w.is_punct(close, ",")
        && w.is_word(r + 1)
        && !is_capitalized(w.text(r + 1))
        && (r + 1..close).all(|k| {
            w.is_word(k)
                && w.verb(k).is_none()
                && !is_in(w.lower(k), FINITE)
                && !matches!(w.lower(k), "who" | "which" | "that")
        })
}

/// Whether the comma at token `comma` closes a relative clause that ", who" or ", which" opened in the
/// sentence, with no other comma, verb of saying or quotation mark between: "its division, which sells to
/// hotels, posted".
fn relative_clause_closes(w: &Words, comma: usize, floor: usize) -> bool {
    let mut k = comma;
    while k > floor + 1 && comma - k < MAX_RELATIVE_CLAUSE {
        k -= 1;
        if mark_of(w.text(k)).is_some() || w.verb(k).is_some_and(|v| v.class == VerbClass::Speech) {
            return false;
        }
        if w.is_punct(k, ",") {
            return matches!(w.lower(k + 1), "who" | "which");
        }
    }
    false
}

/// The subject before the verb at `v` when a relative clause of its own stands between them: "A
/// neighbour who saw the fire said", "Ana Ruiz, who runs the shop, said" (the neighbour, Ana Ruiz; not
/// "the fire", "the shop"). "who" right before the verb is another rule's ("a neighbour who said"); a
/// clause with a quotation mark, a colon or a comma of its own is left alone (not a comma inside a
/// firm's name: "who follows airlines for Kidder, Peabody & Co., said"); auxiliaries and adverbs may
/// stand before the verb ("..., had forecast").
fn subject_with_relative_clause(w: &Words, v: usize, floor: usize) -> Option<Range<usize>> {
    // "Diane Cole, who tracks chip makers for Halsey, Brandt & Co., had forecast ...": auxiliaries and
    // adverbs between the clause and the verb.
    let mut v = v;
    for _ in 0..2 {
        if v > floor + 1 && w.is_word(v - 1) && is_in(w.lower(v - 1), BETWEEN) {
            v -= 1;
        }
    }
    // The clause may end in a quotation, its comma inside the marks: `who called it "rigged," praised`.
    let closing_mark = |k: usize| mark_of(w.text(k)).is_some_and(|m| m.1 != Role::Open);
    let quoted_end = v > floor + 1 && closing_mark(v - 1) && w.is_punct(v - 2, ",");
    let comma_before_verb = v > floor && w.is_punct(v - 1, ",") || quoted_end;
    let mut r = v.checked_sub(2)?;
    loop {
        if r <= floor || v - r > MAX_RELATIVE_CLAUSE {
            return None;
        }
        // "Buckeye, whose roller bearings are used in trucks, said": "whose" opens one too.
        if w.is_word(r) && matches!(w.lower(r), "who" | "which" | "whose") {
            break;
        }
        let inside_ok = if w.is_word(r) {
            !matches!(w.lower(r), "that" | "whom" | "whose")
        } else {
            w.is_punct(r, ",")
                && (r == v - 1
                    || quoted_end && r == v - 2
                    || partners_comma(w, r)
                    || names_listed(w, r, v)
                    || closing_phrase(w, r, v))
                || w.is_punct(r, "-")
                || w.is_punct(r, "&")
                // "the veto of Gov. Aaron Kessler": an abbreviated title's period.
                || w.is_punct(r, ".")
                    && !w.doc.tokens[r].space_before
                    && is_capitalized(w.text(r - 1))
                    && w.text(r - 1).len() <= 4
                || quoted_end && mark_of(w.text(r)).is_some()
                // "which gives Honduras about $5 million a year": amounts inside the clause.
                || w.is_number(r)
                || currency_sign(w, r)
                || w.text(r) == "%"
        };
        if !inside_ok {
            return None;
        }
        r -= 1;
    }
    let comma_before_who = w.is_punct(r - 1, ",");
    // A clause set off by commas closes with one; a clause without them runs to the verb.
    if comma_before_who != comma_before_verb {
        return None;
    }
    let head = if comma_before_who {
        r.checked_sub(2)?
    } else {
        r - 1
    };
    // "Buckeye Bearing Corp., which ...": the period of a legal form is the name's.
    let legal_form = head > floor + 1
        && w.is_punct(head, ".")
        && !w.doc.tokens[head].space_before
        && crate::analysis::text::closes_name(w.text(head - 1));
    let head = head - usize::from(legal_form);
    let mut np = np_left(w, head, floor)?;
    // "Dr. Ana Ruiz of Vell College in Leeds, England, who ...": a region after a town and a comma is
    // the town's; the phrases the town's is attached to follow below.
    if np.start >= floor + 2 && w.is_punct(np.start - 1, ",") && region_after_town(w, np.start, np.end) {
        if let Some(town) = np_left(w, np.start - 2, floor) {
            np.start = town.start;
        }
    }
    // "Russia and France, which ...": both conjuncts are the subject.
    if np.start >= floor + 2 && w.lower(np.start - 1) == "and" {
        if let Some(first) = np_left(w, np.start - 2, floor) {
            np.start = first.start;
        }
    }
    // "Two officials at the embassy, who ...": the head keeps its phrases.
    let mut np = with_attached_phrases(w, &np, floor).unwrap_or(np);
    // "Arlene Tschetter, 64, of Mitchell, who ...": "of" and a town between commas are the home of the
    // name before them, an apposition of it.
    if np.start >= floor + 2 && w.lower(np.start - 1) == "of" && w.is_punct(np.start - 2, ",") {
        np.start -= 1;
    }
    let opens = np.start == floor || w.is_punct(np.start - 1, ",");
    if !(opens && np.end == head + 1 && !is_in(w.lower(np.start), PRONOUN)) {
        return None;
    }
    np.end += usize::from(legal_form);
    // "Nancy Northup, president of the Center for Reproductive Rights, which represented the clinics,
    // called ...": a phrase between commas after the name that opens the sentence is its apposition,
    // and the name is the subject.
    let outer = (np.start >= floor + 2 && w.is_punct(np.start - 1, ","))
        .then(|| np_left(w, end_before_apposition(w, np.start - 1, floor), floor))
        .flatten()
        .filter(|o| o.start == floor && !is_in(w.lower(o.start), PRONOUN));
    Some(outer.unwrap_or(np))
}

/// The source phrase `np` with the phrases it is attached to by a preposition ([`attaches`]), scanning
/// left: "The head of the union", "Jo Lee in a radio interview", "Sources close to Ana Ruiz" (not "the
/// union", "a radio interview"); `None` when none precedes it.
fn with_attached_phrases(w: &Words, np: &Range<usize>, floor: usize) -> Option<Range<usize>> {
    let mut start = np.start;
    for _ in 0..3 {
        if start < floor + 2 || w.line_start(start - 1) {
            break;
        }
        // "The Cleveland-based maker of paints, varnishes and industrial finishes said": the list
        // after the preposition goes back to its first item.
        if let Some(first) = listed_before(w, start - 1, floor) {
            start = first;
        }
        // "Officials speaking on condition of anonymity", "residents living near the plant": a
        // participle and its preposition between the source's head and the phrase.
        let participle = start >= floor + 3
            && (attaches(w, start - 1) || w.lower(start - 1) == "on")
            && participle_cue(w, start - 2);
        // "Analysts polled by Thomson Reuters": a passive participle and its agent.
        let passive = start >= floor + 3
            && passive_by(w, start - 1)
            && w.is_word(start - 2)
            && !is_capitalized(w.text(start - 2));
        // "Democrats on Capitol Hill", but not "the senator turned on the critics": after a verb's
        // past form, "on" is the verb's.
        let verb_on = w.lower(start - 1) == "on" && {
            let before = w.lower(start - 2);
            before.ends_with("ed") && !is_capitalized(w.text(start - 2)) || is_in(before, PAST)
        };
        let head_end = if participle || passive {
            start - 3
        } else if attaches(w, start - 1) && !verb_on {
            start - 2
        } else {
            break;
        };
        // "Martin Vell of Harbour Corp. in New York said": the period of a legal form ends the head.
        let abbreviation = head_end > floor
            && w.is_punct(head_end, ".")
            && !w.doc.tokens[head_end].space_before
            && is_capitalized(w.text(head_end - 1))
            && w.text(head_end - 1).len() <= 4;
        let head_end = if abbreviation { head_end - 1 } else { head_end };
        match np_left(w, head_end, floor) {
            Some(head) if !is_in(w.lower(head.start), PRONOUN) => start = head.start,
            _ => break,
        }
    }
    (start < np.start).then_some(start..np.end)
}

/// The first item of a list of three or more short phrases in lower case that ends with "and" or "or"
/// at `conj` ("paints, varnishes and industrial finishes"), or of two after a noun for a business,
/// when a preposition attaches it to a phrase before ("maker of paints, ...", "maker of pleasure boats
/// and outboard engines"); items of names are left alone ("In Lund, Ana Ruiz and Tom Berg").
fn listed_before(w: &Words, conj: usize, floor: usize) -> Option<usize> {
    if !matches!(w.lower(conj), "and" | "or") {
        return None;
    }
    let mut end = conj.checked_sub(1)?;
    let mut commas = 0;
    for _ in 0..4 {
        let item = np_left(w, end, floor)?;
        if item.len() > 3 || item.clone().any(|k| is_capitalized(w.text(k))) || item.start < floor + 2 {
            return None;
        }
        let before = item.start - 1;
        if w.is_punct(before, ",") {
            commas += 1;
            end = before.checked_sub(1)?;
            continue;
        }
        let head = before.checked_sub(1).filter(|&h| h > floor);
        // Two items after a noun for a business: "maker of pleasure boats and outboard engines".
        let business = head.is_some_and(|h| crate::analysis::actors::names::firm_noun(w.lower(h)));
        let attached = (commas > 0 || business)
            && attaches(w, before)
            && head.is_some_and(|h| np_left(w, h, floor).is_some_and(|n| !is_in(w.lower(n.start), PRONOUN)));
        return attached.then_some(item.start);
    }
    None
}

/// A source phrase that ends at token `p` with an object pronoun a preposition attaches to it:
/// "Sources close to him", "Those around her" (an object pronoun alone is never a source).
fn attached_object_pronoun(w: &Words, p: usize, floor: usize) -> Option<Range<usize>> {
    if p < floor + 2 || !object_only_pronoun(w.lower(p)) {
        return None;
    }
    if !attaches(w, p - 1) {
        return None;
    }
    let head = np_left(w, p - 2, floor)?;
    (!is_in(w.lower(head.start), PRONOUN)).then_some(head.start..p + 1)
}

/// The phrase before an apposition that ends with the comma `p`: "Phil Lovas, the campaign's
/// chairman, said"; where the apposition describes the company of an apposition before it, the phrase
/// before that one ("Ana Berg, an analyst at Valmont Foods, a French processor, said").
fn apposition_source(w: &Words, p: usize, floor: usize) -> Option<Range<usize>> {
    let source = one_apposition_source(w, p, floor)?;
    let comma = (source.start..p).rev().find(|&k| w.is_punct(k, ","));
    // The phrase before the second apposition is an apposition itself, with a preposition's object
    // at its end, which the second describes.
    let described = comma.filter(|&c| {
        c > source.start + 2
            && matches!(w.lower(c + 1), "a" | "an" | "the")
            && source.start > floor + 1
            && w.is_punct(source.start - 1, ",")
            && (source.start + 1..c - 1).any(|k| matches!(w.lower(k), "at" | "of" | "with" | "for"))
    });
    match described.and_then(|c| one_apposition_source(w, c, floor)) {
        Some(first) if first.start < source.start => Some(first),
        _ => Some(source),
    }
}

/// [`apposition_source`] for one apposition.
fn one_apposition_source(w: &Words, p: usize, floor: usize) -> Option<Range<usize>> {
    let mut k = p;
    while k > floor && p - k < 10 && !w.is_punct(k - 1, ",") {
        k -= 1;
    }
    if !(k > floor + 1 && w.is_punct(k - 1, ",") && k < p) {
        return None;
    }
    // "Vell Motor Corp., the Montvale, N.J., importer, said": a state between commas after its town
    // is part of the apposition, which opens at the comma before the town.
    let region = (k.saturating_sub(7).max(floor + 1)..k - 1)
        .rev()
        .find(|&c| w.is_punct(c, ","))
        .filter(|&c| c + 1 < k - 1 && region_after_town(w, c + 1, k - 1));
    if let Some(c) = region {
        let mut j = c;
        while j > floor && c - j < 8 && !w.is_punct(j - 1, ",") {
            j -= 1;
        }
        if j > floor + 1 && w.is_punct(j - 1, ",") && matches!(w.lower(j), "a" | "an" | "the") {
            k = j;
        }
    }
    let inner = np_left(w, p - 1, k);
    // "Paul Ingersoll, 52 years old, president of Orbix, said": an age between commas stands between
    // the name and its apposition.
    let outer_end = end_before_apposition(w, k - 1, floor);
    // "Officials at the embassy, speaking on condition of anonymity,": the head keeps its phrases.
    let outer = np_left(w, outer_end, floor).map(|o| with_attached_phrases(w, &o, floor).unwrap_or(o));
    // "Ana Ruiz, speaking at a rally in Daytona Beach, Fla., said": a state after its town is no
    // apposition, and a phrase that opens neither the sentence nor a part of it between commas is the
    // object of a preposition there; the subject opens the sentence.
    if k > floor + 2 && region_after_town(w, k, p) {
        let opens = |o: &Range<usize>| o.start == floor || w.is_punct(o.start - 1, ",");
        if outer.as_ref().is_some_and(|o| !opens(o)) {
            return None;
        }
    }
    match (outer, inner) {
        (Some(o), Some(i)) if i.start == k => Some(o.start..i.end),
        (o, _) => o,
    }
}

/// The last token of the phrase before the apposition that the comma `comma` opens, past an age
/// between commas ("Paul Ingersoll, 52 years old, president", "Arlene Tschetter, 64, of Mitchell").
fn end_before_apposition(w: &Words, comma: usize, floor: usize) -> usize {
    age_before_comma(w, comma, floor).map_or(comma - 1, |age| age - 2)
}

/// The first token of an age written out between commas that ends before the comma `comma`: "52 years
/// old" in "Paul Ingersoll, 52 years old, president", "64" in "Arlene Tschetter, 64, of Mitchell"; not a
/// phrase that opens the sentence.
fn age_before_comma(w: &Words, comma: usize, floor: usize) -> Option<usize> {
    // "Arlene Tschetter, 64, of Mitchell": an age in figures alone.
    let bare = comma.checked_sub(1).filter(|&a| a > floor + 1).filter(|&a| {
        w.is_number(a)
            && w.text(a).len() <= 3
            && w.text(a).bytes().all(|b| b.is_ascii_digit())
            && w.is_punct(a - 1, ",")
    });
    if bare.is_some() {
        return bare;
    }
    let age = comma.checked_sub(3).filter(|&a| a > floor + 1)?;
    let written = w.is_number(age)
        && w.lower(age + 1) == "years"
        && w.lower(age + 2) == "old"
        && w.is_punct(age - 1, ",");
    written.then_some(age)
}

/// The source before a participle phrase between commas that ends at the comma `p`: "Orbix Corp., based
/// in Stamford, Conn., said", "Ada Lenz, born in Oslo, said", "Hoxha, speaking to reporters, said": the
/// phrase before the participle's comma (a company's legal form with its period included), not the
/// participle's own phrase; after an apposition, the phrase before it ("Ada Lenz, chairman of Orbix,
/// based in Oslo, said").
fn participle_apposition_source(w: &Words, p: usize, floor: usize) -> Option<Range<usize>> {
    let opening_comma = |to: usize| (floor + 1..to).rev().take(16).find(|&k| w.is_punct(k, ","));
    let mut k = opening_comma(p)? + 1;
    // "based in Stamford, Conn.": a state after its town is part of the phrase.
    if region_after_town(w, k, p) {
        k = opening_comma(k - 1)? + 1;
    }
    let first = w.lower(k);
    // "Hoxha, speaking to reporters in the town square, said": a present participle too.
    let participle = w.is_word(k)
        && !is_capitalized(w.text(k))
        && (first.ends_with("ed")
            || matches!(
                first,
                "born" | "known" | "led" | "run" | "owned" | "held" | "read" | "sent" | "written" | "given"
            )
            || participle_cue(w, k))
        && w.is_word(k + 1)
        && matches!(
            w.lower(k + 1),
            "in" | "on" | "at" | "by" | "near" | "as" | "from" | "outside" | "to"
        );
    if !participle || k < floor + 2 {
        return None;
    }
    // "Orbix Corp.,": the period of an abbreviation ends the name, not a sentence.
    let mut end = k - 2;
    if w.is_punct(end, ".") && end > floor && !w.doc.tokens[end].space_before && w.is_word(end - 1) {
        end -= 1;
    }
    let np = np_left(w, end, floor)?;
    // The phrase opens the sentence or a part of it: "Orbix, based in Oslo, said".
    if np.start == floor || w.is_punct(np.start - 1, ",") {
        return Some(np.start..k - 1);
    }
    // "Ada Lenz, chairman and chief executive officer of Orbix, based in Oslo, said": the participle
    // describes the company of an apposition, whose name before it speaks.
    apposition_source(w, k - 1, floor)
}

/// Whether the words `k..p` are a state or a country written after a town and a comma ("Daytona Beach,
/// Fla.", "Leeds, England"): one or two capitalised words, a known place or an abbreviated region.
pub(super) fn region_after_town(w: &Words, k: usize, p: usize) -> bool {
    let words: Vec<usize> = (k..p).filter(|&i| w.is_word(i)).collect();
    // "N.J.": a dotted abbreviation the tokens spell together.
    let dotted = || {
        let joined: String = (k..p).map(|i| w.text(i)).collect();
        crate::analysis::countries::dotted_region(&joined)
    };
    let place = match words[..] {
        _ if dotted() => true,
        [one] => {
            crate::analysis::countries::abbreviated_region(w.text(one))
                || crate::analysis::actors::lexicon::LEXICON
                    .place(w.text(one))
                    .is_some()
        }
        [a, b] => crate::analysis::actors::lexicon::LEXICON
            .place(&format!("{} {}", w.text(a), w.text(b)))
            .is_some(),
        _ => false,
    };
    place
        && (k..p).all(|i| w.is_word(i) || w.is_punct(i, "."))
        && is_capitalized(w.text(k))
        && is_capitalized(w.text(k - 2))
}

/// The subject before a time phrase that ends at `p` before the verb `v`: "Trump on Friday said",
/// "Blitzer last week asked".
fn time_phrase_source(w: &Words, v: usize, p: usize, floor: usize, out: &[Cue]) -> Source {
    let timely = w.is_number(p) || is_in(w.lower(p), TIME) || is_in(w.lower(p), NOT_HEAD);
    if !timely {
        return (None, SUBJECT_BEFORE_VERB);
    }
    let mut k = p;
    while k > floor && p - k < 4 {
        if is_in(w.lower(k), TIME_OPENER) {
            // "Wells Fargo just this month announced": an adverb before the time phrase.
            let mut h = k - 1;
            while h > floor && k - h < 3 && is_in(w.lower(h), BETWEEN) && !modal_name(w, h) {
                h -= 1;
            }
            return if w.lower(v).ends_with("ing") {
                (sentence_subject(w, v, out), SENTENCE_SUBJECT)
            } else if let Some(np) = reduced_relative(w, h, p, floor) {
                (Some(np), SUBJECT_BEFORE_VERB)
            } else {
                (np_left(w, h, floor), SUBJECT_BEFORE_VERB)
            };
        }
        k -= 1;
    }
    // "after a poll released Thursday found ...": the time phrase closes a participle after the
    // subject's noun.
    let mut t = p;
    while t > floor && p - t < 3 && (is_in(w.lower(t), TIME) || is_in(w.lower(t), NOT_HEAD)) {
        t -= 1;
    }
    if t < p && !w.lower(v).ends_with("ing") {
        if let Some(np) = reduced_relative(w, t, p, floor) {
            return (Some(np), SUBJECT_BEFORE_VERB);
        }
    }
    // "The survey released Tuesday shows ...": the time phrase is part of the subject of the sentence,
    // which is the source when nothing but that subject stands before the verb.
    let subject = sentence_subject(w, v, out).filter(|np| {
        np.end <= p
            && np.start >= floor
            && !(np.end..v)
                .any(|k| w.doc.tokens[k].kind == TokenKind::Punct || is_in(w.lower(k), CLAUSE_LINK))
    });
    match subject {
        Some(np) => (Some(np), SENTENCE_SUBJECT),
        None => (None, SUBJECT_BEFORE_VERB),
    }
}

/// The noun phrase before a past participle at `k` in lower case, with the participle's phrase up to
/// `p`: "a poll released (on) Thursday" in "a poll released Thursday found ...".
fn reduced_relative(w: &Words, k: usize, p: usize, floor: usize) -> Option<Range<usize>> {
    let lk = w.lower(k);
    let participle = w.is_word(k) && !is_capitalized(w.text(k)) && (lk.ends_with("ed") || is_in(lk, PAST));
    if !participle || k <= floor || w.verb(k).is_some() {
        return None;
    }
    let np = np_left(w, k - 1, floor)?;
    (np.end == k).then_some(np.start..p + 1)
}

pub(super) fn cue_text(w: &Words, c: &Cue) -> String {
    if c.lemma == "according to" {
        return "according to".to_string();
    }
    w.doc.slice(w.doc.span_of(c.tokens.clone())).to_string()
}
