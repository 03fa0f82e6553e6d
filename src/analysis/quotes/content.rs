//! Reported content: the clause a cue introduces or closes, and how much of it is in marks.

use super::*;
use crate::analysis::timex;
use crate::analysis::verbs;

/// Whether the clause at token `start` lies in an adverbial clause that opens its sentence, with no
/// comma before `start`: "When Ana Berg said the plan would fail, critics laughed", "Because the council
/// objected to the scheme, ...".
fn fronted_adverbial(w: &Words, start: usize) -> bool {
    let Some(s) = w.doc.sentences.get(w.sentence(start)) else {
        return false;
    };
    let first = s.tokens.start;
    // A short opening only: the scan stays linear in the text however many cues a long sentence holds.
    is_in(w.lower(first), ADVERBIAL_OPENER)
        && start - first <= MAX_CLAUSE
        && (first..start).all(|k| !w.is_punct(k, ","))
}

/// Where the content a cue introduces ends: the end of its sentence, or before a following attribution.
pub(super) fn clause_end(w: &Words, start: usize, segs: &[Segment], inside: &[u32]) -> usize {
    let n = w.len();
    let sentence = w.sentence(start);
    let mut k = start;
    // Sentences without an end (lists, tables) are cut: content stays linear in the text.
    let limit = start + MAX_CLAUSE;
    let fronted = fronted_adverbial(w, start);
    while k < n && k < limit && w.sentence(k) == sentence {
        let lw = w.lower(k);
        if w.is_punct(k, ";") {
            break;
        }
        if k > start && w.is_punct(k, ",") {
            // "Because the council objected to the scheme, an inquiry was held": the comma closes the
            // adverbial clause, and the main clause after it is no one's report.
            if fronted {
                break;
            }
            let next = w.lower(k + 1);
            if next == "according"
                || w.verb(k + 1).is_some_and(|v| v.class == VerbClass::Speech) && next.ends_with("ing")
            {
                break;
            }
            // ", he said", ", the minister added", ", said Mr Smith"; not a participle's phrase inside
            // the clause (", known as Cobra,", ", described by aides as").
            if w.verb(k + 1).is_some() && !next.ends_with("ing") && !matches!(w.lower(k + 2), "as" | "by") {
                break;
            }
            if let Some(np) = np_left_of_verb(w, k + 1) {
                let _ = np;
                break;
            }
            // ", prosecutor François Molins said", ", company spokesman Tom Berg said": a role in lower
            // case before the name.
            let role_then_name = (k + 2..k + 4).any(|s| {
                is_capitalized(w.text(s))
                    && (k + 1..s).all(|r| w.is_word(r) && !is_capitalized(w.text(r)))
                    && role_word(w, s - 1)
                    && np_left_of_verb(w, s).is_some()
            });
            if role_then_name {
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
            // A new attribution: "..., but he added that ...", "and Democrats accused ...", ", and
            // critics close to her said ...".
            if (is_in(w.lower(k + 1), PRONOUN) || is_capitalized(w.text(k + 1)))
                && np_left_of_verb(w, k + 1).is_some()
                || w.is_punct(k - 1, ",") && subject_then_cue(w, k + 1)
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
                // `saying it was "rigged," praised the court`: a quotation that ends in a comma closes
                // the clause when a verb of the sentence's own follows it.
                let verb_after = w.verb(k + 1).is_some() && !w.lower(k + 1).ends_with("ing");
                if segs[s].close == Some(k) && w.is_punct(k - 1, ",") && verb_after {
                    k += 1;
                    break;
                }
            }
        }
        k += 1;
    }
    k
}

/// A few words without punctuation from token `i`, then a reporting verb that is no participle: "critics
/// close to her said", also with an apposition between commas ("the space agency, Kazcosmos, said").
fn subject_then_cue(w: &Words, i: usize) -> bool {
    let phrase = |from: usize| {
        let mut j = from;
        while j < w.len() && j - from < 6 && w.is_word(j) && w.verb(j).is_none() && !is_in(w.lower(j), FINITE)
        {
            j += 1;
        }
        j
    };
    let mut j = phrase(i);
    // "but the national space agency, Kazcosmos, said ...": the subject's apposition between commas.
    if j > i && w.is_punct(j, ",") {
        let k = phrase(j + 1);
        if k > j + 1 && w.is_punct(k, ",") {
            j = k + 1;
        }
    }
    j > i
        && w.verb(j)
            .is_some_and(|v| v.class == VerbClass::Speech && !w.lower(j).ends_with("ing"))
}

/// A short noun phrase starting at `i` that is directly followed by a reporting verb: ", he said".
pub(super) fn np_left_of_verb(w: &Words, i: usize) -> Option<Range<usize>> {
    let np = np_right(w, i, w.len())?;
    let mut j = np.end;
    while is_in(w.lower(j), BETWEEN) {
        j += 1;
    }
    (np.len() <= 6 && w.verb(j).is_some_and(|v| v.class != VerbClass::Belief) && !w.lower(j).ends_with("ing"))
        .then_some(np)
}

/// Share of the non-space bytes of `span` that stand inside quotation marks.
pub(super) fn quoted_share(w: &Words, span: Span, segs: &Segs) -> f64 {
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
        if span.contains(t.span()) && (segs.opening(i).is_some() || segs.closing(i).is_some()) {
            inside += t.span().len();
        }
    }
    inside as f64 / total as f64
}

/// Trims sentence punctuation from the end of a token range, keeping closing quotation marks.
pub(super) fn trim_range(w: &Words, r: Range<usize>) -> Range<usize> {
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

pub(super) fn word_count(w: &Words, r: Range<usize>) -> usize {
    r.filter(|&i| w.doc.tokens[i].kind != TokenKind::Punct).count()
}

/// Whether the content `r` holds words of the clause before its first quotation, which opens with a
/// word in lower case: "Tennant had “betrayed the trust ...”", "it “values its partnership ...”".
pub(super) fn fragment_after_words(w: &Words, r: Range<usize>, segs: &Segs) -> bool {
    let Some(open) = r.clone().find(|&k| segs.opening(k).is_some()) else {
        return false;
    };
    let words_before = (r.start..open).any(|k| w.is_word(k) && w.lower(k) != "that");
    // Words of one clause: no sentence's end and no quotation mark before the quotation (a quotation
    // whose opening mark is missing: "Do you think your sister will like me?" he said. He had ...").
    let one_clause = (r.start..open).all(|k| {
        w.sentence(k) == w.sentence(open) && !matches!(w.text(k), "?" | "!") && mark_of(w.text(k)).is_none()
    });
    let first = (open + 1..r.end).find(|&k| w.is_word(k));
    words_before && one_clause && first.is_some_and(|k| w.text(k).starts_with(char::is_lowercase))
}

pub(super) fn kind_of(share: f64) -> QuoteKind {
    if share >= 0.8 {
        QuoteKind::Direct
    } else if share > 0.0 {
        QuoteKind::Partial
    } else {
        QuoteKind::Indirect
    }
}

/// Whether `r` is only a short source and a verb of saying at the end of the sentence ("his lawyer
/// said", "officials say"): an attribution of what came before, no content.
fn attribution_only(w: &Words, r: Range<usize>) -> bool {
    let Some(last) = r.clone().rev().find(|&k| w.is_word(k)) else {
        return false;
    };
    let at_end = !w.is_word(last + 1) && !w.is_punct(last + 1, ",");
    at_end && source_then_verb(w, r.start, last)
}

/// Whether `r` opens with a short source and a verb of saying that reports a clause of its own
/// ("testify, McCurry said no decision had been made"): after a comma, that attribution owns what
/// follows, and the cue before the comma reports nothing.
fn attribution_opens(w: &Words, r: Range<usize>) -> bool {
    let end = r.end.min(r.start + 7);
    (r.start + 1..end)
        .find(|&k| w.verb(k).is_some())
        .is_some_and(|v| w.is_word(v + 1) && source_then_verb(w, r.start, v))
}

/// Whether the words `start..=verb` are a short source and then a verb of saying: a determiner or a
/// name first ("his lawyer", "the company", "Tom Berg"), or a plural noun alone ("officials say");
/// not "a pretty good question", "competitive reasons", "to say".
fn source_then_verb(w: &Words, start: usize, verb: usize) -> bool {
    let first = w.lower(start);
    let source = matches!(
        first,
        "his" | "her" | "their" | "its" | "the" | "a" | "an" | "our" | "my"
    ) || is_capitalized(w.text(start))
        || verb == start + 1 && s_form(first);
    source
        && verb > start
        && word_count(w, start..verb + 1) <= 6
        && w.verb(verb).is_some_and(|v| v.class == VerbClass::Speech)
        && !has_verb(w, start..verb)
}

/// The clause a cue introduces, with the rule that found it: "said (that) ...", "told reporters ...",
/// "accused Nato of ...".
pub(super) fn reported_clause(
    w: &Words,
    c: &Cue,
    segs: &Segs,
    inside: &[u32],
) -> Option<(Range<usize>, &'static str)> {
    let n = w.len();
    let sentence = w.sentence(c.tokens.start);
    if let Some(r) = postposed_content(w, c, segs) {
        return Some((r, CONTENT_BEFORE_SAID));
    }
    let mut start = content_start(w, c);
    let after_comma = w.is_punct(start, ",");
    if w.is_punct(start, ":") || after_comma {
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
    // "must report to prison", "reports to the chief executive": to present oneself, or to answer
    // to someone, says nothing (but "reported to police that ...").
    if c.lemma == "report" && w.lower(r.start) == "to" && !r.clone().take(10).any(|k| w.lower(k) == "that") {
        return None;
    }
    // "limits agreed to with Congress": a preposition stranded after "to" ends a participle phrase
    // that reports nothing.
    if w.lower(r.start) == "to" && is_in(w.lower(r.start + 1), ATTACHED) {
        return None;
    }
    // A hearer, not content: "shouted to the fans", "said to reporters that ...".
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
    // "I want to thank the mayor", "we want to begin by thanking our hosts": a wish to perform an act
    // of speech there and then is that act, not a wish reported.
    if c.lemma == "want" && w.lower(r.start) == "to" && performative_after(w, r.start + 1) {
        return None;
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
    if object_not_content(w, c, r.clone(), quoted) {
        return None;
    }
    // Content that starts with a preposition or a full stop is no reported clause: "said of", "said."
    let first = w.lower(r.start);
    if is_in(first, NOT_CONTENT) && !matches!(c.lemma, "accuse" | "speculate") {
        return None;
    }
    // "hasn't commented publicly, but a London trading house ...": a comma and a conjunction open a
    // clause of its own, nothing the verb reports.
    let comma = usize::from(w.is_punct(r.start, ","));
    if (comma == 1 || after_comma) && matches!(w.lower(r.start + comma), "but" | "and" | "yet" | "or") {
        return None;
    }
    if bare_passive_infinitive(w, r.clone()) || qualifying_participle(w, c, r.start) {
        return None;
    }
    // "would not testify, his lawyer said": a source and its verb after the comma attribute the clause
    // before, and report nothing of their own.
    if attribution_only(w, r.clone()) || after_comma && attribution_opens(w, r.clone()) {
        return None;
    }
    Some((r, REPORTED_THAT_CLAUSE))
}

/// Whether what follows the verb of cue `c` is its object, not reported content: a plain object of a
/// verb that reports only a clause ("announced his campaign"), an accusation's object ("charged two
/// developers with fraud"), a meeting convened ("called a referendum"), a verdict ("found Tom Lenz
/// guilty") or a plea ("pleaded guilty"); `quoted` says whether a quotation is in `r`.
fn object_not_content(w: &Words, c: &Cue, r: Range<usize>, quoted: bool) -> bool {
    if is_in(c.lemma, CLAUSE_ONLY) && !quoted && !clause_like(w, r.clone()) {
        return true;
    }
    // "charged that ...", "charged two developers with fraud": an accusation; "the rate it charges
    // commercial banks" is a price.
    if c.lemma == "charge"
        && !quoted
        && !clause_like(w, r.clone())
        && !r.clone().take(16).any(|k| w.lower(k) == "with")
    {
        return true;
    }
    // "called a referendum", "called an emergency meeting", "called the strike": to call one is to
    // convene it, not to say it (but "what officials called a test case" names), where the noun heads
    // its phrase ("called the election results into question" doubts them).
    if c.lemma == "call" && c.tokens.len() == 1 && matches!(w.lower(r.start), "a" | "an" | "the") && !quoted {
        let convened = (r.start + 1..r.end.min(r.start + 5))
            .take_while(|&k| w.is_word(k))
            .any(|k| CONVENED_NOUNS.contains(w.lower(k)) && (!w.is_word(k + 1) || is_stop(w, k + 1)));
        if convened {
            return true;
        }
    }
    // "found Tom Lenz, 52, who ran the office, guilty of abuse of office": a verdict, no finding reported.
    if c.lemma == "find" && verdict(w, r.clone()) {
        return true;
    }
    // "pleaded guilty in March to fraud", "pleaded not guilty", "pleaded no contest": a plea in court,
    // no words reported.
    if c.lemma == "plead" && matches!(w.lower(r.start), "guilty" | "not" | "innocent" | "no") {
        return true;
    }
    false
}

/// A request about the source's own treatment reports nothing: "(who) asked not to be named", "asked
/// to remain anonymous", "asked to be excused": "to be" or "to remain" and one word, nothing else
/// before a comma.
fn bare_passive_infinitive(w: &Words, r: Range<usize>) -> bool {
    let mut words = [""; 4];
    let mut n = 0;
    // At most twelve tokens are read: a longer clause is no bare infinitive.
    for k in r
        .take(12)
        .take_while(|&k| !w.is_punct(k, ","))
        .filter(|&k| w.is_word(k))
    {
        let l = w.lower(k);
        if l == "not" {
            continue;
        }
        if n == words.len() {
            return false;
        }
        words[n] = l;
        n += 1;
    }
    matches!(words[..n], ["to", "be" | "remain", _])
}

/// Whether a verdict's adjective ("guilty", "liable") stands in the content `r` before any "that",
/// within a clause's reach: "found Tom Lenz guilty", not "found that Tom Lenz was guilty".
fn verdict(w: &Words, r: Range<usize>) -> bool {
    (r.start..r.end.min(r.start + MAX_CLAUSE))
        .take_while(|&k| w.lower(k) != "that")
        .any(|k| is_in(w.lower(k), VERDICT))
}

/// Whether the cue is a participle of belief or report right after a noun or a comma and before an
/// infinitive at `start`: "a trait thought to have appeared later", "The portrait, believed to date
/// from 1805,", "officials said to be close to the talks": it qualifies the noun, and no one in the
/// sentence says it (after "is" or "was" it is a clause of its own: "he is said to be ill").
fn qualifying_participle(w: &Words, c: &Cue, start: usize) -> bool {
    let v = c.tokens.start;
    let participle = is_in(w.lower(v), QUALIFYING_PARTICIPLE);
    participle
        && c.tokens.len() == 1
        && v > 0
        && infinitive_at(w, start)
        && start == v + 1
        && (w.is_punct(v - 1, ",")
            || w.is_word(v - 1) && !is_in(w.lower(v - 1), PRONOUN) && !is_in(w.lower(v - 1), BETWEEN))
}

/// Where the content after a cue starts: past an inverted source, a hearer ("told reporters") and
/// adverbials ("said on Friday that", "announced on Monday she ...").
fn content_start(w: &Words, c: &Cue) -> usize {
    let n = w.len();
    let mut start = c.tokens.end;
    if c.inverted {
        start = c.source.as_ref().map_or(start, |s| s.end);
    }
    let sentence = w.sentence(c.tokens.start);
    // The hearer: "told reporters", "told Breitbart News Daily host Alex Marlow".
    if is_in(c.lemma, HEARER) {
        start = hearer_end(w, start, n);
        // "telling debate viewers that ...", "told the gathering of foreign dignitaries that ...": the
        // rest of a hearer the phrase did not take.
        let reach = if w.lower(start) == "of" { 5 } else { 3 };
        if let Some(that) = (start..n.min(start + reach))
            .take_while(|&k| w.is_word(k) && w.sentence(k) == sentence && !is_in(w.lower(k), DETERMINER))
            .find(|&k| w.lower(k) == "that")
        {
            start = that;
        }
    }
    if let Some(k) = clause_after_place(w, start, sentence) {
        start = k;
    }
    // Adverbials before the content: "said on Friday that", "said in a statement that", "warned weeks
    // ago that", "told reporters outside the conference centre that" (a preposition before an
    // article; a verb's form after the article is its noun: "on a conference call that"); "that" before a
    // noun of time is none ("said in a statement later that evening that ...").
    let adverbial = |k: usize| {
        is_in(w.lower(k), TIME)
            || is_in(w.lower(k), ATTACHED) && is_in(w.lower(k + 1), ARTICLE)
            || is_in(w.lower(k), NOT_HEAD) && w.lower(k + 1) == "ago"
    };
    if start < n && (adverbial(start) || w.is_punct(start, ",")) {
        let mut k = start;
        // "told investors in Scottsdale, Ariz., that": an abbreviation's period before a comma ends no
        // sentence.
        while k < n
            && k - start < 12
            && w.sentence(k) == sentence
            && (!w.is_punct(k, ".") || w.is_punct(k + 1, ","))
            && (w.verb(k).is_none() || after_determiner(w, k))
        {
            // "answered him with a roar that rolled down the boulevard", "said in a statement that was
            // released on Monday that ...": "that" before a finite verb after a noun is a relative
            // pronoun.
            if w.lower(k) == "that" && !names_time(w.lower(k + 1)) && !relative_that(w, k) {
                start = k;
                break;
            }
            k += 1;
        }
    }
    // "announced on Monday she was ...", "said on Tuesday the talks had failed": a short time phrase
    // before a clause without "that".
    // Not a possessive: "said Sunday's voting had been peaceful" reports "Sunday's voting ...".
    let possessive = matches!(w.lower(start + 1), "'s" | "’s");
    if start < n && is_in(w.lower(start), TIME) && !w.lower(start).ends_with("ly") && !possessive {
        let mut k = start;
        while k < n
            && k - start < 4
            && (is_in(w.lower(k), TIME) || is_in(w.lower(k), NOT_HEAD) || matches!(w.lower(k), "a" | "the"))
        {
            k += 1;
        }
        if k > start && k < n && is_in(w.lower(k), PRONOUN) {
            start = k;
        } else if k > start + 1
            && k + 1 < n
            && w.is_word(k)
            && matches!(w.lower(k - 1), "the" | "a")
            && matches!(w.lower(k + 1), "he" | "she" | "they" | "we" | "i" | "it")
            && w.sentence(k + 1) == sentence
        {
            // "said after the meeting she thought ...": a preposition and its noun, then the clause.
            start = k + 1;
        } else {
            // The clause's subject keeps its determiner: "on Tuesday | the talks had failed".
            let mut j = k;
            while j > start + 1 && matches!(w.lower(j - 1), "a" | "the") {
                j -= 1;
            }
            let timed = (start..j).any(|t| names_time(w.lower(t)));
            if timed && j > start && j < n && w.sentence(j) == sentence && clause_like(w, j..n.min(j + 12)) {
                start = j;
            }
        }
    }
    start
}

/// Where the clause starts after a place's name that "in" or "at" at `start` opens, when an article or
/// a pronoun opens it: "told journalists in Bucharest the campaign would ..."; not a time ("described at
/// Fulton the year before").
fn clause_after_place(w: &Words, start: usize, sentence: usize) -> Option<usize> {
    let n = w.len();
    if start >= n || !matches!(w.lower(start), "in" | "at") {
        return None;
    }
    let mut k = start + 1;
    while k < n && k - start <= 3 && w.capitalised(k) && w.sentence(k) == sentence {
        k += 1;
    }
    let clause =
        k < n && (is_in(w.lower(k), ARTICLE) && !names_time(w.lower(k + 1)) || is_in(w.lower(k), PRONOUN));
    (k > start + 1 && clause && w.sentence(k) == sentence).then_some(k)
}

/// Where the hearer of "told" that starts at token `k` ends: "reporters", "Breitbart News Daily host
/// Alex Marlow"; `k` itself when none starts there.
fn hearer_end(w: &Words, k: usize, limit: usize) -> usize {
    let object_pronoun = |t: usize| matches!(w.lower(t), "me" | "you" | "us" | "him" | "her" | "them");
    let end = if object_pronoun(k) && k + 1 < limit && is_in(w.lower(k + 1), ARTICLE) {
        // "told her the plant would close": the pronoun is the hearer, the article opens the clause.
        k + 1
    } else if let Some(np) = np_right(w, k, limit) {
        // "told her mother the plant would close": an article after the hearer's noun opens the clause.
        (k + 1..np.end)
            .find(|&t| {
                is_in(w.lower(t), ARTICLE)
                    && !matches!(
                        w.lower(t - 1),
                        "of" | "for" | "at" | "in" | "on" | "from" | "with" | "to"
                    )
            })
            .unwrap_or(np.end)
    } else if k < limit && object_pronoun(k) {
        // "told me it was his", "telling you, this one was different": a pronoun for the hearer.
        k + 1
    } else if k < limit && w.is_word(k) && !is_in(w.lower(k), STOP) {
        k + 1
    } else {
        k
    };
    // "told Weatherby Systems Corp. it will cancel ...": the period of a legal form ends the hearer.
    let end = if end > k
        && end < limit
        && w.text(end) == "."
        && crate::analysis::text::closes_name(w.text(end - 1))
    {
        end + 1
    } else {
        end
    };
    // "told MSNBC's “Morning Joe”", "told Fox News' Hannity", "told NBC's show": the possessor's
    // programme goes with it.
    let possessive = |t: usize| matches!(w.lower(t), "'s" | "’s" | "'" | "’");
    let after = if end > k && possessive(end) {
        end + 1
    } else if end > k + 1 && possessive(end - 1) {
        end
    } else {
        return end;
    };
    if let Some(close) = quoted_title_end(w, after, limit) {
        return close;
    }
    match np_right(w, after, limit) {
        Some(np) => np.end,
        None if w.is_word(after) && !is_in(w.lower(after), STOP) && !is_in(w.lower(after), CLAUSE_OPENER) => {
            after + 1
        }
        None => end,
    }
}

/// The end (after its closing mark) of a short title in quotation marks that opens at token `k`,
/// capitalised words and the small words of titles only: “Morning Joe”, "Meet the Press".
fn quoted_title_end(w: &Words, k: usize, limit: usize) -> Option<usize> {
    mark_of(w.text(k)).filter(|m| m.1 != Role::Close)?;
    let mut j = k + 1;
    while j < limit
        && j - k <= 7
        && w.is_word(j)
        && (is_capitalized(w.text(j)) || is_in(w.lower(j), TITLE_SMALL))
    {
        j += 1;
    }
    (j > k + 1 && j < limit && mark_of(w.text(j)).is_some_and(|m| m.1 != Role::Open)).then_some(j + 1)
}

/// A word that names a time (not a preposition that may open one): "Monday", "March", "week",
/// "morning", "yesterday".
fn names_time(lower: &str) -> bool {
    timex::weekday_of(lower).is_some()
        || timex::month_of(lower).is_some()
        || timex::Unit::of(lower).is_some()
        || timex::part_of_day(lower).is_some()
        || matches!(lower, "today" | "tonight" | "yesterday")
}

/// "to" at token `k` opens an infinitive ("to stop", "to resign"), not a place or a hearer ("to the
/// State Department", "to Ms Ruiz").
pub(super) fn infinitive_at(w: &Words, k: usize) -> bool {
    w.lower(k) == "to" && !(is_in(w.lower(k + 1), DETERMINER) || is_capitalized(w.text(k + 1)))
}

/// Whether a verb that can carry a clause stands in `r`: an auxiliary, a past form (irregular or in
/// "-ed") or a reporting verb not in "-ing" ("speaking at a rally" sets a scene).
pub(super) fn has_verb(w: &Words, mut r: Range<usize>) -> bool {
    r.any(|k| {
        let lw = w.lower(k);
        is_in(lw, FINITE)
            || is_in(lw, PAST)
            || lw.ends_with("ed")
            || w.verb(k).is_some() && !lw.ends_with("ing")
    })
}

/// Content that reads as a clause: "that ...", "to ...", "whether ...", "it would ...", "prices rose".
pub(super) fn clause_like(w: &Words, r: Range<usize>) -> bool {
    let first = w.lower(r.start);
    if first == "to" {
        return infinitive_at(w, r.start);
    }
    if is_in(first, CLAUSE_OPENER) {
        return true;
    }
    // A finite verb before the first comma: "the memo, he was ..." is an object and a new clause; so
    // is one after a conjunction that opens an adverbial clause ("recalled 4.2 million cars because
    // mats could trap pedals").
    r.take(12)
        .take_while(|&k| !w.is_punct(k, ",") && !w.is_punct(k, ";") && !is_in(w.lower(k), ADVERBIAL_OPENER))
        .any(|k| is_in(w.lower(k), FINITE))
}

/// The content before an attribution that closes its sentence or interrupts it:
/// "Growth will slow, the agency said." / "The plan, he said, would fail."
pub(super) fn postposed_content(w: &Words, c: &Cue, segs: &Segs) -> Option<Range<usize>> {
    postposed_pieces(w, c, segs).map(|(main, _)| main)
}

/// [`postposed_content`], with the other piece of a sentence the attribution interrupts: "The second
/// trial" in "The second trial, the lab said, was its largest so far." (the content is what follows), "was
/// its largest so far" in "The second trial of the drug, the lab said, was its largest so far."
pub(super) fn postposed_pieces(
    w: &Words,
    c: &Cue,
    segs: &Segs,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
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
    // A relative clause of the inverted source: "..., said a diplomat who asked not to be named."
    let relative = c.inverted.then(|| relative_clause_end(w, k)).flatten();
    if let Some(e) = relative {
        k = e;
    }
    // The hearer of "told" is no content: "..., he told reporters.", "she told The Associated Press on
    // Monday."
    if is_in(c.lemma, HEARER) && !c.inverted {
        k = hearer_end(w, k, s.tokens.end);
    }
    // Only adverbials: "said on Friday", "said in a report" — not an object ("accused Nato of ..."),
    // nor the means of an act ("responded by expelling diplomats").
    let means = w.lower(k) == "by" && w.lower(k + 1).ends_with("ing");
    if k < s.tokens.end && w.is_word(k) && (!is_in(w.lower(k), TIME) || means) {
        return None;
    }
    while k < s.tokens.end && k < limit {
        let lw = w.lower(k);
        if w.doc.tokens[k].kind == TokenKind::Punct
            && matches!(w.text(k), "," | "." | ";" | "!" | "?" | "—" | "–")
        {
            break;
        }
        if lw == "that" || w.verb(k).is_some() && !after_determiner(w, k) || mark_of(w.text(k)).is_some() {
            return None;
        }
        k += 1;
    }
    if k < s.tokens.end && k >= limit {
        return None;
    }
    let from = after_dateline(w, s.tokens.start).max(lead.saturating_sub(MAX_CLAUSE));
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
    // An attribution that interrupts its sentence reports both pieces: after a few words, what follows
    // it is the content ("All of this, she said, would take years."), the few words a piece of it.
    let after = (w.is_punct(k, ",") && relative.is_none())
        .then(|| trim_range(w, k + 1..s.tokens.end.min(k + 1 + MAX_CLAUSE)))
        .filter(|a| word_count(w, a.clone()) >= 4 && goes_on(w, a.start))
        // "..., said Kip Thorne, a physicist who ...": a phrase opened by an article after an inverted
        // source is its apposition; so is one opened by a possessive or an age ("..., said Robert
        // Whitmire, 61 years old, Palmetto's president").
        .filter(|a| !(c.inverted && apposition_opens(w, a.start)))
        // "..., said Ada Lenz, who teaches law at Vellmar": a relative clause after an inverted source
        // describes the source.
        .filter(|a| !(c.inverted && matches!(w.lower(a.start), "who" | "whose" | "whom" | "which")));
    // "He accused the separatists of ... villages where, he said, farmers had been robbed": words before
    // the attribution that open with a pronoun and a verb of saying of their own are no content of it;
    // what follows is.
    if pronoun_reports(w, r.clone()) {
        return after.map(|a| (a, None));
    }
    // "In a filing on Monday, the attorney general's office disagreed.": a phrase that a preposition
    // opens, with no verb and no comma of its own, sets the attribution's scene; it reports nothing.
    if sets_scene(w, r.clone()) && after.is_none() {
        return None;
    }
    match after {
        Some(a) if word_count(w, r.clone()) <= 4 => Some((a, (word_count(w, r.clone()) >= 3).then_some(r))),
        a => (word_count(w, r.clone()) >= 2).then_some((r, a)),
    }
}

/// Whether the "that" at token `k` is a relative pronoun: a finite verb follows it, an auxiliary or a
/// past form ("a roar that rolled", "a statement that was released"), where a reported clause would
/// have its subject.
fn relative_that(w: &Words, k: usize) -> bool {
    let next = w.lower(k + 1);
    w.is_word(k + 1)
        && (is_in(next, FINITE)
            || verbs::irregular_past(next) == Some(verbs::PastForm::Past)
            || next.len() > 4 && next.ends_with("ed") && w.text(k + 1).starts_with(char::is_lowercase))
}

/// Whether a verb that performs a courtesy of speech is at token `k`, maybe after "begin by" or "start
/// by" in "-ing" ("thank", "begin by thanking", "acknowledge", "congratulate", "welcome").
fn performative_after(w: &Words, k: usize) -> bool {
    const ACTS: [&str; 5] = ["thank", "acknowledge", "congratulate", "welcome", "salute"];
    // "thank" and "thanking", "welcome" and "welcoming".
    let act = |word: &str| {
        ACTS.iter().any(|a| {
            word == *a
                || word
                    .strip_suffix("ing")
                    .is_some_and(|s| s == *a || a.strip_suffix('e') == Some(s))
        })
    };
    let by = matches!(w.lower(k), "begin" | "start" | "open" | "close" | "end") && w.lower(k + 1) == "by";
    act(w.lower(k)) || by && act(w.lower(k + 2))
}

/// Whether the words `r` open with a pronoun and a verb of saying of their own ("he said"), a few
/// words between them at most.
fn pronoun_reports(w: &Words, r: Range<usize>) -> bool {
    is_in(w.lower(r.start), PRONOUN)
        && (r.start + 1..(r.start + 3).min(r.end))
            .take_while(|&k| w.is_word(k))
            .find(|&k| !is_in(w.lower(k), BETWEEN))
            .is_some_and(|k| {
                w.verb(k).is_some_and(|v| v.class == VerbClass::Speech) && !w.lower(k).ends_with("ing")
            })
}

/// Whether the words `r` are a phrase that a preposition opens, with no verb and no comma of its own.
fn sets_scene(w: &Words, r: Range<usize>) -> bool {
    matches!(
        w.lower(r.start),
        "in" | "on" | "at" | "during" | "after" | "before" | "with" | "by" | "for" | "from" | "under"
    ) && !has_verb(w, r.clone())
        && !r.clone().any(|k| w.is_punct(k, ","))
}

/// Whether the phrase at token `k`, after an inverted source and a comma, opens as an apposition does:
/// an article ("a physicist"), a possessive ("its chief", "Palmetto's president") or a number ("61
/// years old").
fn apposition_opens(w: &Words, k: usize) -> bool {
    matches!(w.lower(k), "a" | "an" | "the")
        || is_in(w.lower(k), POSSESSIVE)
        || w.is_number(k)
        || w.is_word(k) && matches!(w.lower(k + 1), "'s" | "’s")
        || bare_role(w, k)
}

/// Whether the phrase at token `k` is a role without an article, one to three words in lower case
/// that end in a title before "of", "at" or "for" ("field director of the Nansen Demining Trust",
/// "chief executive at ...").
fn bare_role(w: &Words, k: usize) -> bool {
    let lower_word = |j: usize| w.is_word(j) && !is_capitalized(w.text(j));
    (k..k + 3).take_while(|&j| lower_word(j)).any(|j| {
        crate::analysis::actors::lexicon::LEXICON
            .title(w.lower(j))
            .is_some()
            && matches!(w.lower(j + 1), "of" | "at" | "for")
    })
}

/// The word at token `k` heads a noun phrase opened by a determiner or a possessive, one modifier
/// between at most: "a report", "its annual report", "a June report" (a noun, though also a verb).
pub(super) fn after_determiner(w: &Words, k: usize) -> bool {
    let opens = |j: usize| is_in(w.lower(j), DETERMINER) || is_in(w.lower(j), POSSESSIVE);
    k >= 1 && opens(k - 1) || k >= 2 && w.is_word(k - 1) && w.verb(k - 1).is_none() && opens(k - 2)
}

/// The words at token `k` after an interrupting attribution go on with the sentence rather than open
/// a clause of the writer's: not "and ...", nor a participle of the speaker's ("citing ..."), nor a
/// phrase that a preposition attaches to the attribution ("..., the two governments said, in what
/// officials called ...").
fn goes_on(w: &Words, k: usize) -> bool {
    let lw = w.lower(k);
    let attached = is_in(lw, NOT_CONTENT) && !matches!(lw, "but" | "since");
    // The writer's comment in apposition: "..., officials said, a move that analysts expected."
    let apposition =
        matches!(lw, "a" | "an") && (k + 1..k + 5).any(|j| matches!(w.lower(j), "that" | "which"));
    !(matches!(lw, "and" | "or")
        || attached
        || apposition
        || participle_cue(w, k) && !gerund_subject(w, k)
        || mark_of(w.text(k)).is_some())
}

/// Whether the "-ing" word at token `k` qualifies the noun after it, the subject of the verb in the
/// past that follows: "..., she said, operating profit grew ..." (not "adding profit grew": a verb of
/// saying opens its own clause).
fn gerund_subject(w: &Words, k: usize) -> bool {
    let past = |j: usize| {
        let lw = w.lower(j);
        w.is_word(j)
            && !is_capitalized(w.text(j))
            && (lw.ends_with("ed")
                || crate::analysis::verbs::irregular_past(lw).is_some()
                || is_in(lw, FINITE))
    };
    w.verb(k).is_none()
        && w.is_word(k + 1)
        && !is_capitalized(w.text(k + 1))
        && !is_in(w.lower(k + 1), STOP)
        && !w.lower(k + 1).ends_with("ed")
        && past(k + 2)
}

/// Token `k` is a lower-case participle in "-ing" (not "according"): one that opens a clause of its own
/// after an attribution ("referring", "adding"), or that modifies a source ("officials speaking on
/// condition of anonymity").
pub(super) fn participle_cue(w: &Words, k: usize) -> bool {
    let lw = w.lower(k);
    w.is_word(k) && lw.len() > 5 && lw.ends_with("ing") && lw != "according" && !is_capitalized(w.text(k))
}

/// Where a relative clause that starts at token `k` ends (its closing punctuation): "who spoke on
/// condition of anonymity." after an inverted source, "which runs the system," after an "according
/// to" source; `None` when `k` opens none or it holds a quotation.
pub(super) fn relative_clause_end(w: &Words, k: usize) -> Option<usize> {
    if k >= w.len() || !matches!(w.lower(k), "who" | "which") || w.line_start(k) {
        return None;
    }
    let sentence = w.sentence(k);
    let mut e = k + 1;
    while e < w.len() && e - k <= MAX_CLAUSE {
        if w.line_start(e) || w.sentence(e) != sentence {
            return Some(e);
        }
        if mark_of(w.text(e)).is_some() {
            return None;
        }
        if w.doc.tokens[e].kind == TokenKind::Punct && matches!(w.text(e), "," | "." | ";" | "!" | "?") {
            return Some(e);
        }
        e += 1;
    }
    (e >= w.len()).then_some(e)
}

/// The comma that closes an apposition starting at token `k` after a source's comma: an article or a
/// possessive and at most six words with no verb ("According to Ana Ruiz, a commission spokeswoman,
/// the staff concluded ..."; not "According to Ana Ruiz, the staff concluded ...").
fn apposition_end(w: &Words, k: usize, limit: usize) -> Option<usize> {
    if !matches!(w.lower(k), "a" | "an" | "the" | "its" | "his" | "her" | "their") {
        return None;
    }
    let end = (k + 1..limit.min(k + 8)).find(|&j| !w.is_word(j) && !w.is_punct(j, "-"))?;
    let verbless = (k + 1..end)
        .all(|j| w.verb(j).is_none() && !is_in(w.lower(j), FINITE) && !w.lower(j).ends_with("ed"));
    (verbless
        && end > k + 1
        && w.is_punct(end, ",")
        && !matches!(w.lower(end + 1), "which" | "who" | "whose"))
    .then_some(end)
}

/// The comma that closes a name in apposition after a role, from the comma at token `comma`: "according
/// to Vellmar's general counsel, Ann M. Lutz, the company will ...": capitalised words and initials only,
/// after a role in lower case.
fn name_apposition_end(w: &Words, comma: usize, limit: usize) -> Option<usize> {
    let role = comma > 0 && w.is_word(comma - 1) && w.text(comma - 1).starts_with(|c: char| c.is_lowercase());
    if !role || !is_capitalized(w.text(comma + 1)) {
        return None;
    }
    let end = (comma + 1..limit.min(comma + 7)).find(|&j| !(w.capitalised(j) || w.is_punct(j, ".")))?;
    w.is_punct(end, ",").then_some(end)
}

/// The content of "according to X, ..." or "..., according to X".
pub(super) fn according_content(
    w: &Words,
    c: &Cue,
    segs: &[Segment],
    inside: &[u32],
) -> Option<Range<usize>> {
    let sentence = w.sentence(c.tokens.start);
    let s = w.doc.sentences.get(sentence)?;
    let source_end = c.source.as_ref().map_or(c.tokens.end, |r| r.end);
    // The comma that closes the source with the phrases attached to it: "according to new filings
    // with the election commission, ...".
    // "according to a CNN/ORC poll released Thursday, ...": a participle before a time phrase and the
    // slash between two pollsters' names belong to the source too.
    let in_phrase = |k: usize| {
        let word = w.is_word(k) && !is_in(w.lower(k), FINITE) && w.verb(k).is_none();
        // "according to emails released by WikiLeaks, ...": a participle before its agent too.
        let participle = w.is_word(k)
            && w.lower(k).ends_with("ed")
            && k > source_end
            && w.is_word(k - 1)
            && (is_in(w.lower(k + 1), TIME) || w.lower(k + 1) == "by");
        let abbreviation = w.is_punct(k, ".") && k > 0 && is_capitalized(w.text(k - 1));
        word || participle
            || abbreviation
            || w.is_punct(k, ",")
            || w.is_punct(k, "/")
            || w.is_punct(k, "(")
            || w.is_punct(k, ")")
            || w.is_number(k)
    };
    let mut close = (source_end..s.tokens.end.min(source_end + 12))
        .take_while(|&k| in_phrase(k))
        .find(|&k| w.is_punct(k, ","));
    // "according to the Health Service Executive (HSE), which runs the system, ...": a relative clause
    // after the source's comma belongs to the source; its own comma closes it.
    if let Some(k) = close {
        if let Some(end) = relative_clause_end(w, k + 1) {
            close = w.is_punct(end, ",").then_some(end);
        } else if let Some(end) = apposition_end(w, k + 1, s.tokens.end) {
            close = Some(end);
        } else if let Some(end) = name_apposition_end(w, k, s.tokens.end) {
            close = Some(end);
        }
    }
    let before = c.tokens.start.saturating_sub(s.tokens.start);
    // "In total, according to the memo, exports rose": after a short opening phrase the content follows.
    let opening = s.tokens.start..c.tokens.start.saturating_sub(1);
    let verbless = !has_verb(w, opening.clone());
    let opener = before > 2
        && w.is_punct(c.tokens.start - 1, ",")
        && close.is_some()
        && verbless
        && word_count(w, opening) <= 4;
    if before <= 2 || opener {
        let start = close.map_or(source_end, |k| k + 1);
        let end = clause_end(w, start, segs, inside);
        let r = trim_range(w, start..end);
        (r.start < r.end).then_some(r)
    } else {
        // After a colon or semicolon only.
        let from = after_dateline(w, s.tokens.start).max(c.tokens.start.saturating_sub(MAX_CLAUSE));
        let mut start = from;
        for k in from..c.tokens.start {
            if w.is_punct(k, ";") || w.is_punct(k, ":") {
                start = k + 1;
            }
        }
        let r = trim_range(w, start..c.tokens.start);
        // "“...,” Trump said at a rally, according to a recording": the recording attributes nothing new.
        // A participle that closes a phrase of "with" reports nothing ("With 96 percent of precincts
        // reporting, Aldana had 58 percent, according to the AP").
        if r.clone().any(|k| {
            w.verb(k).is_some_and(|v| v.class == VerbClass::Speech)
                && !super::cues::absolute_participle(w, k, s.tokens.start)
                && !reports_no_content(w, k)
        }) {
            return None;
        }
        (r.start < r.end).then_some(r)
    }
}

/// Whether a verb of speech at token `k`, before a final "according to", reports no content the
/// source would repeat: a passive participle ("was charged with leaving", "had been found in 23
/// countries"), a word after an article or an adjective that qualifies a noun ("an estimated 6.2
/// million", "a former claims adjuster"), or a count reported ("had reported 1,779 cases").
fn reports_no_content(w: &Words, k: usize) -> bool {
    let before = if k > 0 { w.lower(k - 1) } else { "" };
    matches!(before, "been" | "was" | "were" | "be" | "being" | "is" | "are")
        || matches!(before, "a" | "an" | "former" | "estimated")
        || w.is_number(k + 1)
}
