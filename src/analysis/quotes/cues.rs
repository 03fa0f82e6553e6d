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
    let start = w.block_start(i);
    let end = w.block_end(i);
    end - start <= 25 && !w.is_punct(end - 1, ".")
}

/// Finds the source noun phrase that ends at token `h` (inclusive), scanning left.
pub(super) fn np_left(w: &Words, h: usize, floor: usize) -> Option<Range<usize>> {
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
pub(super) fn sentence_subject(w: &Words, i: usize, cues: &[Cue]) -> Option<Range<usize>> {
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
pub(super) fn cues(w: &Words, inside: &[Option<usize>], segs: &Segs) -> Vec<Cue> {
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

pub(super) fn cue_text(w: &Words, c: &Cue) -> String {
    if c.lemma == "according to" {
        return "according to".to_string();
    }
    w.doc.slice(w.doc.span_of(c.tokens.clone())).to_string()
}
