//! Linking quotes to their speakers: attributions next to a quotation, continuing speakers, and
//! the resolution of a source phrase to an actor.

use super::*;
use crate::analysis::actors::lexicon::{Gender, PronounClass, LEXICON};
use crate::analysis::actors::things::{adjective, common_noun};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::report::{Actor, ActorKind};
use crate::analysis::sort::CompactSort;
use crate::analysis::text::compound_head;

/// Whether the colon at token `colon` ends a sentence of the writer's that opens a quotation on the
/// next line: "Boccaccio lived through the plague and described what he saw:"; not a label of one or
/// two words ("Q:", "Verdict:"). Its words are counted back to the line's start, four at most; the
/// verb is looked for among the line's last 12 tokens (not on the line before).
fn introduces_block(w: &Words, colon: usize) -> bool {
    let sentence = w.sentence(colon);
    let on_line = |k: &usize| w.sentence(*k) == sentence && !w.line_start(*k + 1);
    let words = (0..colon)
        .rev()
        .take_while(on_line)
        .filter(|&k| w.is_word(k))
        .take(4)
        .count();
    let line_tail = (colon.saturating_sub(12)..colon)
        .rev()
        .take_while(on_line)
        .last()
        .unwrap_or(colon);
    words >= 4 && has_verb(w, line_tail..colon)
}

/// The source of a quotation that no cue attributed: a name after a dash, the subject of the sentence
/// it completes after a colon, a cue later in its sentence or just before it, else the previous
/// speaker (`previous`: that quote's source and cue).
pub(super) fn link_quotation(
    w: &Words,
    s: &Segment,
    cues: &mut [Cue],
    previous: Option<(Option<Range<usize>>, Option<String>)>,
) -> (Option<Range<usize>>, Option<String>, &'static str) {
    if let Some(np) = dash_source(w, s) {
        return (Some(np), None, DASH_NAME_AFTER_QUOTE);
    }
    if s.open > 0 && w.is_punct(s.open - 1, ":") && (!w.line_start(s.open) || introduces_block(w, s.open - 1))
    {
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
    // A pronoun that reports right after a quoted speaker is that speaker's, whom `previous` names.
    let pronoun = |ci: usize| {
        cues[ci]
            .source
            .as_ref()
            .is_some_and(|r| r.len() == 1 && is_in(w.lower(r.start), PRONOUN))
    };
    if let Some(ci) = report_just_before(w, s, cues).filter(|&ci| previous.is_none() || !pronoun(ci)) {
        let cue = Some(cue_text(w, &cues[ci]));
        return (cues[ci].source.clone(), cue, REPORT_THEN_QUOTE);
    }
    match previous {
        Some((source, cue)) => (source, cue, PREVIOUS_SPEAKER_CONTINUES),
        None => (None, None, ""),
    }
}

/// The attribution of the sentence right before the quotation `s`, when that sentence opens with its
/// source and a verb of saying that reports in the writer's words: "Ruiz said the team had worried.
/// “We lost two months.”" ([`REPORT_THEN_QUOTE`]).
fn report_just_before(w: &Words, s: &Segment, cues: &[Cue]) -> Option<usize> {
    let sentence = sentence_just_before(w, s)?;
    let first = w.doc.sentences.get(sentence)?.tokens.start;
    // The sentence's attributions, the last first: the one whose source opens the sentence ("Ruiz
    // said the team had worried": not "the team ... worried").
    let end = cues.partition_point(|q| q.tokens.start < s.open);
    let ci = (0..end)
        .rev()
        .take_while(|&ci| w.sentence(cues[ci].tokens.start) == sentence)
        .find(|&ci| cues[ci].source.as_ref().is_some_and(|r| r.start == first))?;
    let q = &cues[ci];
    let source = q.source.as_ref()?;
    // An attribution of the quotation before it ("“...?” Trump said at a fundraiser.") reports nothing
    // in the writer's words.
    let after_quote = after_closing_mark(w, source.start);
    (q.class == VerbClass::Speech && !q.inverted && !after_quote && source.end <= q.tokens.start)
        .then_some(ci)
}

/// Attaches the quotation that closes right before the attribution `c` ("“...,” she said"); whether
/// it did.
pub(super) fn attach_before(
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
    // The earlier paragraphs of the same quotation: "“... / “...,” said Ana Ruiz." The walk stops at
    // a piece already attributed, so that no piece is visited twice.
    let group = segs[si].group;
    for sj in (0..si).rev() {
        if segs[sj].group != group || seg_used[sj] {
            break;
        }
        attach(drafts, w, segs, sj, c, link);
        seg_used[sj] = true;
    }
    true
}

/// The quotes with their speakers: each source phrase resolved to an actor through the actors'
/// mentions.
pub(super) fn speakers(w: &Words, actors: &Actors, drafts: Vec<Draft>) -> Vec<Quote> {
    let mut out = Vec::with_capacity(drafts.len());
    // The actors who spoke last, the most recent at the end (the last three are read), and what a
    // "he" or "she" may name in each: its kind and gender, found once, when first asked.
    let mut recent: Vec<usize> = Vec::new();
    let mut genders: Vec<Option<Option<Gender>>> = vec![None; actors.actors.len()];
    let mut by_start: Vec<&ActorMention> = actors.mentions.iter().collect();
    by_start.compact_sort_by_key(|m| (m.span.start, m.span.end));
    let authors = byline_authors(w, actors);
    let interviewee = interviewee(w, actors, &drafts);
    let mut unnamed_since = false;
    for d in drafts {
        if d.span.is_empty() {
            continue;
        }
        let mut link = d.speaker_rule;
        let (speaker, mention) = match &d.source {
            Some(np) => match relative_antecedent(w, np) {
                Some(ante) => {
                    link = RELATIVE_PRONOUN_ANTECEDENT;
                    resolve_relative(w, actors, &by_start, ante, np.clone())
                }
                None => resolve(w, actors, &by_start, np.clone()),
            },
            None => (None, None),
        };
        // "A: ..." in a questions-and-answers interview: the interviewee's turn.
        let speaker = match (&speaker, &interviewee) {
            (None, Some(id)) if d.rule == NAME_COLON_LINE && is_label(w, d.source.as_ref(), "a") => {
                link = ANSWER_OF_INTERVIEWEE;
                Some(id.clone())
            }
            _ => speaker,
        };
        // The writer named in a byline reports; the quotes in the body are someone else's words.
        let speaker = speaker.filter(|id| !authors.contains(id));
        // "You have said that ..." in an interview's question: the interviewee.
        let speaker = match (&speaker, &mention, &interviewee) {
            (None, Some(m), Some(id)) if m.text.eq_ignore_ascii_case("you") && in_question(&out, d.span) => {
                link = ANSWER_OF_INTERVIEWEE;
                Some(id.clone())
            }
            _ => speaker,
        };
        // "I" inside someone's words, a quotation or a transcript's turn, is that speaker.
        let speaker = match (&speaker, &mention) {
            (None, Some(m)) if m.text == "I" => {
                let within = enclosing_speaker(&out, d.span);
                if within.is_some() {
                    link = FIRST_PERSON_IN_QUOTATION;
                }
                within
            }
            _ => speaker,
        };
        // An unresolved pronoun continues the previous named speaker it can refer to: a person of
        // the pronoun's gender ("she" does not continue Tom Berg), unless a speaker no actor names
        // spoke since ("A Western diplomat said ... '...,' he said").
        let speaker = match (&speaker, &mention) {
            (None, Some(m)) if is_person_subject(&m.text) && !unnamed_since => {
                let continued = previous_speaker(actors, &recent, &mut genders, &m.text);
                if continued.is_some() {
                    link = PRONOUN_PREVIOUS_SPEAKER;
                }
                continued
            }
            _ => speaker,
        };
        // "A Western diplomat", "one official": a speaker in the singular that no actor names.
        unnamed_since = match (&speaker, &mention) {
            (None, Some(m)) => unnamed_one(&m.text) || unnamed_since && is_person_subject(&m.text),
            (Some(_), _) => false,
            (None, None) => unnamed_since,
        };
        if let Some(a) = speaker.as_deref().and_then(|id| actor_index(actors, id)) {
            if recent.len() >= 8 {
                recent.drain(..5);
            }
            recent.push(a);
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
            source_kind: None,
        });
    }
    out
}

/// The id of the last of the three most recent speakers (`recent`, the most recent at the end) that
/// `pronoun` can refer to; `genders` caches each actor's kind and gender, found when first asked.
fn previous_speaker(
    actors: &Actors,
    recent: &[usize],
    genders: &mut [Option<Option<Gender>>],
    pronoun: &str,
) -> Option<String> {
    recent
        .iter()
        .rev()
        .take(3)
        .find(|&&a| {
            pronoun_fits(
                *genders[a].get_or_insert_with(|| pronoun_gender(&actors.actors[a])),
                pronoun,
            )
        })
        .map(|&a| actors.actors[a].id.clone())
}

/// Whether the label `source` of a colon line is the one letter `letter` ("Q", "A"), in any case.
fn is_label(w: &Words, source: Option<&Range<usize>>, letter: &str) -> bool {
    source.is_some_and(|np| np.len() == 1 && w.lower(np.start) == letter)
}

/// The id of the person an interview in questions and answers is with ([`ANSWER_OF_INTERVIEWEE`]):
/// where turns are labelled "Q:" and "A:", the person named most often before the first question (the
/// headline and the introduction), the first named of those named as often.
fn interviewee(w: &Words, actors: &Actors, drafts: &[Draft]) -> Option<String> {
    let turns = || drafts.iter().filter(|d| d.rule == NAME_COLON_LINE);
    let first_question = turns().find(|d| is_label(w, d.source.as_ref(), "q"))?;
    turns().find(|d| is_label(w, d.source.as_ref(), "a"))?;
    let before = w
        .doc
        .tokens
        .get(first_question.source.as_ref()?.start)?
        .span()
        .start;
    let mut counts = vec![0usize; actors.actors.len()];
    for m in actors
        .mentions
        .iter()
        .filter(|m| m.span.end <= before && m.kind == MentionKind::Name)
    {
        if actors
            .actors
            .get(m.actor)
            .is_some_and(|a| a.kind == ActorKind::Person)
        {
            counts[m.actor] += 1;
        }
    }
    // Actors are numbered in order of first mention: the first of the most named wins a tie.
    let (best, &n) = counts.iter().enumerate().rev().max_by_key(|&(_, n)| *n)?;
    (n > 0).then(|| actors.actors[best].id.clone())
}

/// Whether the quote that holds `span` ([`enclosing`]) is a question's turn in an interview ("Q: You
/// have said that ...").
fn in_question(out: &[Quote], span: Span) -> bool {
    enclosing(out, span).is_some_and(|q| {
        q.rule == NAME_COLON_LINE
            && q.speaker_mention
                .as_ref()
                .is_some_and(|m| m.text.eq_ignore_ascii_case("q"))
    })
}

/// The latest quote among the last few made that holds `span` (quotes come in order of their start,
/// so one that holds another comes shortly before it).
fn enclosing(out: &[Quote], span: Span) -> Option<&Quote> {
    out.iter()
        .rev()
        .take(8)
        .find(|q| q.start <= span.start && span.end <= q.end)
}

/// The speaker of the quote that holds `span` ([`enclosing`]).
fn enclosing_speaker(out: &[Quote], span: Span) -> Option<String> {
    enclosing(out, span).and_then(|q| q.speaker.clone())
}

/// The ids of actors named only in a byline ("By Jane Doe and Tom Lee"): the writers of the article.
fn byline_authors(w: &Words, actors: &Actors) -> Vec<String> {
    let mut seen = vec![(false, false); actors.actors.len()];
    for m in &actors.mentions {
        if m.kind != MentionKind::Name {
            continue;
        }
        if let Some(s) = seen.get_mut(m.actor) {
            let on_byline = is_byline(w, w.doc.token_at_or_after(m.span.start));
            *s = (s.0 || on_byline, s.1 || !on_byline);
        }
    }
    seen.iter()
        .zip(&actors.actors)
        .filter(|((byline, body), _)| *byline && !*body)
        .map(|(_, a)| a.id.clone())
        .collect()
}

/// Token `i` is on a short line that opens with "By" and a capitalised name ("By Jane Doe"), or with
/// "From", a name and its place ("From Ana Hale in Brussels").
fn is_byline(w: &Words, i: usize) -> bool {
    let (start, end) = (w.block_start(i), w.block_end(i));
    // "From Ana Hale in Brussels": a "From" line is a byline where it places its writer.
    let opener = match w.text(start) {
        "By" | "BY" => true,
        "From" | "FROM" => (start + 2..end).any(|k| matches!(w.text(k), "in" | "at")),
        _ => false,
    };
    end - start <= 10 && opener && w.is_word(start + 1) && is_capitalized(w.text(start + 1))
}

/// The quotation closes a sentence begun in the writer's words before the cue: `The talks "went
/// well", she said.`
pub(super) fn lead_in(w: &Words, segs: &[Segment], si: usize, c: &Cue) -> bool {
    let s = &segs[si];
    // A dateline is no lead-in: `NAIROBI (Reuters) - "The talks failed," said ...`.
    let sentence_start = after_dateline(w, w.sentence_start(s.open));
    sentence_start < s.open
        && !w.line_start(s.open)
        && !(w.is_punct(s.open - 1, ":") || w.is_punct(s.open - 1, ",") || w.is_punct(s.open - 1, "—"))
        && s.close.is_some_and(|k| k < c.tokens.start)
}

pub(super) fn attach(
    drafts: &mut Vec<Draft>,
    w: &Words,
    segs: &Segs,
    si: usize,
    c: &Cue,
    link: &'static str,
) {
    let s = &segs[si];
    // "as X put it" names its speaker by its own rule, wherever the quotation stands.
    let link = if c.source_rule == AS_PUT_IT {
        AS_PUT_IT
    } else {
        link
    };
    // A quotation that closes a sentence begun in the writer's words is a partial quote of that
    // sentence.
    let sentence_start = after_dateline(w, w.sentence_start(s.open));
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
pub(super) fn segment_closing_before(w: &Words, segs: &Segs, i: usize, after: usize) -> Option<usize> {
    if w.line_start(i) {
        return None;
    }
    let mut k = i.checked_sub(1)?;
    // "“...”\n\n— reporting by Ana Ruiz": a dash that opens a line opens a credit, no attribution.
    if (w.is_punct(k, "—") || w.is_punct(k, "–")) && w.line_start(k) {
        return None;
    }
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
pub(super) fn segment_closing_far_before(
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
            // A quotation that ends in a full stop ended its sentence: the next sentence's subject is
            // no source of it (`... “by its deeds.” The president met aides, officials said.`).
            let full_stop = k > 0 && w.is_punct(k - 1, ".");
            if w.sentence(k) != sentence && (full_stop || !closes_clause(w, after))
                || word_count(w, segs[si].content.clone()) < 3
            {
                return None;
            }
            let mut start = k + 1;
            while w.is_punct(start, ",") || w.is_punct(start, "—") {
                start += 1;
            }
            let np = np_right(w, start, v)?;
            // "“...,” Tessaly's president and chief executive, Dr. Anne Forsythe, told": a role that
            // a lower-case word ends, then the name in apposition, which names the speaker.
            let comma = (np.end..v).find(|&c| w.is_punct(c, ","));
            let role_first = !is_capitalized(w.text(np.end - 1))
                && comma.is_some_and(|c| (np.end..c).all(|i| w.is_word(i) && !is_capitalized(w.text(i))));
            if let Some(name) = comma.filter(|_| role_first).and_then(|c| np_right(w, c + 1, v)) {
                if is_capitalized(w.text(name.end - 1)) && w.is_punct(name.end, ",") {
                    return Some((si, name));
                }
            }
            return Some((si, np));
        }
        let t = &w.doc.tokens[k];
        let bad = t.line_start
            || w.verb(k).is_some() && !is_in(w.lower(k), AMBIGUOUS)
            // A nickname's marks are part of the name: `Marcia "Cia" Price, his niece, shouted`.
            || mark_of(w.text(k)).is_some() && !nickname_mark(w, k)
            || t.kind == TokenKind::Punct
                && matches!(w.text(k), "." | "!" | "?" | ";" | ":")
                && !(k > 0 && w.text(k - 1).len() <= 4 && is_capitalized(w.text(k - 1)))
            || is_in(w.lower(k), CLAUSE_LINK) && !inside_name(w, k) && !roles_joined(w, k);
        if bad || steps >= 30 || k == 0 {
            return None;
        }
        k -= 1;
        steps += 1;
    }
}

/// Whether "and" at token `k` joins two roles of one person: "the company's president and chief
/// executive, Anne Forsythe,".
fn roles_joined(w: &Words, k: usize) -> bool {
    let role = |i: usize| {
        w.is_word(i)
            && crate::analysis::actors::lexicon::LEXICON
                .title(w.lower(i))
                .is_some()
    };
    w.lower(k) == "and" && k > 0 && role(k - 1) && (role(k + 1) || w.is_word(k + 1) && role(k + 2))
}

/// Whether "and" at token `k` joins two capitalised words inside a name ("the Ministry of Agriculture,
/// Water and Rural Development"), where it links no clause.
fn inside_name(w: &Words, k: usize) -> bool {
    w.lower(k) == "and" && k > 0 && is_capitalized(w.text(k - 1)) && is_capitalized(w.text(k + 1))
}

/// Nothing but a few adverbial words follows token `i` before punctuation: "said on Friday."
pub(super) fn closes_clause(w: &Words, i: usize) -> bool {
    // An object or a clause right after the verb is content of its own ("She says the count ..."); a
    // hearer is not ("shouted to the fans.").
    if i < w.len() && w.is_word(i) && !is_in(w.lower(i), TIME) && !w.line_start(i) {
        return to_hearer_ends(w, i);
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
        // "said in an email." — a noun after a determiner, though also a verb.
        if w.lower(k) == "that" || w.verb(k).is_some() && !after_determiner(w, k) {
            return false;
        }
        k += 1;
    }
    k >= w.len()
}

/// A hearer after "to" ends the sentence at token `i`: "to the fans.", "to reporters.".
fn to_hearer_ends(w: &Words, i: usize) -> bool {
    if w.lower(i) != "to" {
        return false;
    }
    let mut k = i + 1;
    if is_in(w.lower(k), DETERMINER) {
        k += 1;
    } else if !is_in(w.lower(k), LISTENER) {
        // "wanted to go.": a verb, not a hearer.
        return false;
    }
    k + 1 < w.len()
        && w.is_word(k)
        && !is_stop(w, k)
        && w.verb(k).is_none()
        && matches!(w.text(k + 1), "." | "!" | "?")
}

/// A segment whose opening mark comes right after token `i`, after a colon or comma and at most a few
/// adverbial words ("said on Friday: “...”"). Right after a verb of narration (`narration`: "began",
/// "read", "laughed") only a sentence with a capital is introduced: "would begin “as soon as the
/// assembly meets”" completes the verb.
pub(super) fn segment_opening_after(w: &Words, segs: &Segs, i: usize, narration: bool) -> Option<usize> {
    let sentence = w.sentence(i.saturating_sub(1));
    let mut k = i;
    while k < w.len() && k - i < 10 {
        if let Some(si) = segs.opening(k) {
            let prev = k.checked_sub(1)?;
            // Right after the verb only a sentence is introduced ("says “We will win.”"), not a
            // phrase it names ("called “fraud”").
            let s = &segs[si];
            let capital = is_capitalized(w.text(s.content.start));
            let sentence_like = capital || !narration && word_count(w, s.content.clone()) >= 4;
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
pub(super) fn dash_source(w: &Words, s: &Segment) -> Option<Range<usize>> {
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
pub(super) fn trailing_cue(w: &Words, s: &Segment, cues: &[Cue]) -> Option<usize> {
    let c = s.close?;
    let sentence = w.sentence(c);
    let first = cues.partition_point(|q| q.tokens.start <= c);
    let mut tail = cues[first..]
        .iter()
        .take_while(|q| w.sentence(q.tokens.start) == sentence)
        .take(MAX_CLAUSE);

    tail.position(|q| {
        let after = q
            .source
            .as_ref()
            .map_or(q.tokens.end, |r| r.end.max(q.tokens.end));
        // `“...” to lift the price, she said, referring to ...`: the cue reports the participle's clause
        // after it and the quotation before it.
        let participle = w.is_punct(after, ",") && participle_cue(w, after + 1);
        (!q.used || participle)
            && q.class != VerbClass::Belief
            && q.tokens.start > c
            && w.sentence(q.tokens.start) == sentence
            && q.source.as_ref().is_none_or(|r| r.start > c)
            && (after >= w.len()
                || w.sentence(after) != sentence
                || matches!(w.text(after), "." | "!" | "?")
                || participle)
    })
    .map(|k| first + k)
}

/// A speech cue with a source in the sentence that ends right before the quotation opens, after
/// another quotation: `“...,” she said. “...”`.
pub(super) fn cue_just_before(w: &Words, s: &Segment, cues: &[Cue]) -> Option<usize> {
    let sentence = sentence_just_before(w, s)?;
    let first = cues.partition_point(|q| q.tokens.start < s.open);
    let ci = first.checked_sub(1)?;
    let q = &cues[ci];
    let lead = q.source.as_ref()?.start.min(q.tokens.start);
    // The attribution follows a closing mark: `“...,” she said.`
    (w.sentence(q.tokens.start) == sentence && q.class != VerbClass::Belief && after_closing_mark(w, lead))
        .then_some(ci)
}

/// The sentence that ends right before the quotation `s` opens a sentence of its own on the same line.
fn sentence_just_before(w: &Words, s: &Segment) -> Option<usize> {
    let prev = s.open.checked_sub(1)?;
    (!w.line_start(s.open) && matches!(w.text(prev), "." | "!" | "?")).then(|| w.sentence(prev))
}

/// Whether a closing quotation mark stands right before token `k`: `“...,” she said`.
fn after_closing_mark(w: &Words, k: usize) -> bool {
    k > 0 && mark_of(w.text(k - 1)).is_some_and(|m| m.1 != Role::Open)
}

/// A line that opens with a short name and a colon: "Mr Lavrov: ...", "KOVAC: ...".
pub(super) fn colon_intro(w: &Words, i: usize) -> Option<(Range<usize>, usize)> {
    let mut k = i;
    let mut comma = None;
    let mut lower = 0;
    let mut aside = None;
    while k < w.len() && k - i < 12 {
        let t = w.text(k);
        if w.is_punct(k, ":") {
            break;
        }
        // "ELENA MARQUEZ, RESIDENT (through translator):": an aside in brackets before the colon.
        if k > i {
            // A role in brackets before words that open a sentence: "Belfry (Belfort): the tower has a
            // lift" is an entry of a guide.
            let role = || role_in_brackets(w, k).filter(|&c| is_capitalized(w.text(c + 2)));
            if let Some(c) = w
                .doc
                .aside_close(k)
                .or_else(role)
                .filter(|&c| w.is_punct(c + 1, ":"))
            {
                aside = Some(k);
                k = c + 1;
                break;
            }
        }
        // "Jane Roe, The Daily Courier:", "John Doe, author:"; a label in capitals may list a party and
        // a home state too ("REP. THOMAS KEANE, DEMOCRAT, OHIO:").
        let in_capitals = || (i..k).all(|j| !w.text(j).chars().any(char::is_lowercase));
        if w.is_punct(k, ",") && k > i && (comma.is_none() || in_capitals()) {
            comma = comma.or(Some(k));
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
    if k == i || !w.is_punct(k, ":") {
        return None;
    }
    // The label's last word: before the aside, else before the colon (`k > i` here, and an aside
    // opens after `i`).
    let last = aside.unwrap_or(k) - 1;
    if !w.is_word(last) || w.verb(i).is_some() {
        return None;
    }
    let name_end = comma.or(aside).unwrap_or(k);
    // Headline times and labels are not speakers, nor a heading with a pronoun or a question word
    // ("WHY IT MATTERS:").
    let heading =
        |j: usize| is_in(w.lower(j), PRONOUN) || matches!(w.lower(j), "why" | "what" | "how" | "where");
    // "Background:", "Results:", "Obituary:", "Overall:", "Semi-finals:": one common noun (or the last
    // part of a compound, one) or adjective with a capital,
    // as an abstract's or a report's sections and a headline's kicker open, is a heading (a
    // transcript's labels in capitals, "VOICE:", stay, and so does a given name: "Frank:").
    let section = k == i + 1
        && is_capitalized(w.text(i))
        && w.text(i).chars().skip(1).all(char::is_lowercase)
        // "Semi-finals:", "Play-offs:": the last part of a compound is its noun.
        && (common_noun(compound_head(w.lower(i))) || adjective(w.lower(i)) && LEXICON.given(w.text(i)).is_none());
    // "Before:", "Between:": a court's heading of the judges or the parties, a function word, no name.
    let preposition = k == i + 1 && is_stop(w, i);
    // "Senegal: university reopens canteens": a place's name in mixed case before a headline, the
    // story's place, no speaker (not a given name: "Georgia: I think so").
    let place = k <= i + 3
        && (i..k).any(|j| w.text(j).chars().any(char::is_lowercase))
        && LEXICON.given(w.text(i)).is_none()
        && LEXICON
            .place(&(i..k).map(|j| w.text(j)).collect::<Vec<_>>().join(" "))
            .is_some();
    if is_in(w.lower(i), LABEL)
        || is_in(w.lower(last), LABEL_END)
        || (i..name_end).any(heading)
        || section
        || preposition
        || place
    {
        return None;
    }
    Some((i..name_end, k))
}

/// The closing bracket of a speaker's role in brackets that opens at token `open` after the name, as
/// public radio's transcripts write it: capitalised words, commas and "of", "and", "&" on the line
/// ("Mr. ALBERT ROYCE (Emergency Management Director, Pottawatomie County):").
fn role_in_brackets(w: &Words, open: usize) -> Option<usize> {
    let fits = |j: usize| {
        !w.line_start(j)
            && (w.is_word(j)
                && (is_capitalized(w.text(j)) || matches!(w.lower(j), "of" | "and" | "for" | "the"))
                || w.is_punct(j, ",")
                || w.is_punct(j, "&")
                || w.is_punct(j, "."))
    };
    w.doc.bracket_close(open, 15, fits)
}

/// A quotation that reads as a sentence of its own rather than a phrase inside one.
pub(super) fn standalone(w: &Words, s: &Segment) -> bool {
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

/// The speaker's actor id and local mention for a source noun phrase.
pub(super) fn resolve(
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
    let inside = || {
        by_start[..last]
            .iter()
            .rev()
            .take_while(|m| m.span.start + 400 > span.start)
            .filter(|m| m.span.overlaps(span) && !modifies_noun(w, m, &np))
    };
    // A person named in the phrase speaks over an organisation named with them ("In a radio interview
    // with Acme News Kim Osei declared"), the actor named nearest the verb over one before it; of
    // that actor, the longest mention ("Mary Cole", not "D-Vt" after it).
    let person = |m: &ActorMention| {
        actors
            .actors
            .get(m.actor)
            .is_some_and(|a| a.kind == ActorKind::Person)
    };
    // "Tom Berg, a Vellmar spokesman, said": the name that opens the phrase before its apposition
    // speaks, not a person named inside the apposition.
    let head =
        |m: &ActorMention| m.span.start == span.start && w.is_punct(w.doc.token_at_or_after(m.span.end), ",");
    let best = inside()
        .max_by_key(|m| (m.kind == MentionKind::Name, person(m), head(m), m.span.end))
        .and_then(|top| {
            inside()
                .filter(|m| m.actor == top.actor && m.kind == top.kind)
                .max_by_key(|m| (m.span.len(), m.span.end))
        });
    // The owner in a possessive is not the source ("Scott's family", "Acme's chief executive"), nor
    // one a preposition attaches to a head that is no role ("critics close to her", "supporters of
    // Ana Ruiz"; but "a spokesman for Acme").
    let best = best.filter(|m| !possessor_in(w, m, &np) && !attached_to_non_role(w, m, &np));
    // "said the UN envoy, Ada Lenz,": a person named in apposition speaks over the body a role in
    // the phrase speaks for.
    let apposed = || named_in_apposition(w, actors, by_start, np.end);
    let best = match best {
        Some(m) if !person(m) => apposed().or(Some(m)),
        Some(m) => Some(*m),
        None => apposed(),
    };
    if let Some(m) = best {
        let id = actors.actors.get(m.actor).map(|a| a.id.clone());
        let mention_span = if m.kind == MentionKind::Name { m.span } else { span };
        return (id, Some(Mention::of(w.doc.text, mention_span)));
    }
    // No known actor: the trailing name of the phrase ("pollster Pat Caddell" -> "Pat Caddell"), or the
    // whole description ("a senior official").
    let span = unknown_source_span(w, np, span);
    (None, Some(Mention::of(w.doc.text, without_contraction(w, span))))
}

/// The span of a source that names no known actor, in the phrase `np` (`span`): its trailing name
/// ("pollster Pat Caddell" -> "Pat Caddell"), unless a preposition attaches that name ("the head of
/// Acme", "analysts polled by Orvik"), else the whole description ("a senior official").
fn unknown_source_span(w: &Words, np: Range<usize>, span: Span) -> Span {
    let mut end = np.end;
    if w.is_punct(end - 1, ")") {
        while end > np.start && !w.is_punct(end - 1, "(") {
            end -= 1;
        }
        end = end.saturating_sub(1).max(np.start);
    }
    let mut start = end;
    // Not a weekday or a month that ends the phrase ("a poll released Thursday").
    let capital = |k: usize| {
        is_capitalized(w.text(k))
            && w.is_word(k)
            && !(k + 1 == end
                && (crate::analysis::timex::weekday_of(w.lower(k)).is_some()
                    || crate::analysis::timex::month_of(w.lower(k)).is_some()))
    };
    while start > np.start && capital(start - 1) {
        start -= 1;
    }
    // "a doctor in Leeds, England": a region after a town and a comma is the town's, and goes with it.
    if start >= np.start + 2 && w.is_punct(start - 1, ",") && cues::region_after_town(w, start, end) {
        start -= 1;
        while start > np.start && capital(start - 1) {
            start -= 1;
        }
    }
    // A name attached by a preposition is not the source: "the head of Acme", "students in Leeds",
    // "analysts polled by Orvik".
    let agent = start > np.start + 1 && passive_by(w, start - 1);
    // "exporters in southern Ethiopia": an adjective or two may stand between the preposition and the
    // name, but no article ("analysts at the Vell Institute" speak for it).
    let mut before = start;
    while before > np.start + 1
        && start - before < 2
        && w.is_word(before - 1)
        && !is_capitalized(w.text(before - 1))
        && !attaches(w, before - 1)
        && !is_in(w.lower(before - 1), DETERMINER)
    {
        before -= 1;
    }
    let attached = before > np.start && attaches(w, before - 1) || agent;
    if start < end && (start > np.start || end < np.end) && !attached {
        w.doc.span_of(start..end)
    } else {
        span
    }
}

/// A pronoun's span without the verb written into it: "I'm telling you" is said by "I", "We're
/// asking" by "We".
fn without_contraction(w: &Words, span: Span) -> Span {
    let text = w.doc.slice(span);
    ["'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d"]
        .iter()
        .find(|end| {
            text.len() > end.len() && text.ends_with(*end) && !text[..text.len() - end.len()].contains(' ')
        })
        .map_or(span, |end| Span::new(span.start, span.end - end.len()))
}

/// The name of actor mention `m` qualifies a lower-case noun after it in the source phrase `np` that is
/// no role speaking for it: "a Trump surrogate", "Clinton supporters", "a Reuters survey"; the noun's
/// referent speaks, not the name's (but "a Coca-Cola spokesman", "FBI officials", "a Reuters survey" and
/// "the Trump campaign" speak for the name; "a former Coca-Cola spokesman" no longer does).
fn modifies_noun(w: &Words, m: &ActorMention, np: &Range<usize>) -> bool {
    if m.kind != MentionKind::Name {
        return false;
    }
    let k = w.doc.token_at_or_after(m.span.end);
    // A noun, not a verb the phrase ran on into ("Mr. Erdogan accepted", "Blige sings"): no -ed or
    // -ing form, and an -s form only as a plural of people or things ("supporters", "officials").
    let noun = |j: usize| {
        let lw = w.lower(j);
        let plural = ["ers", "ors", "ists", "ants", "ents", "ians", "ees", "als", "ies"]
            .iter()
            .any(|e| lw.ends_with(e))
            || crate::analysis::actors::things::common_noun(lw);
        j < np.end
            && w.is_word(j)
            && !is_capitalized(w.text(j))
            && w.verb(j).is_none()
            && !attaches(w, j)
            && !lw.ends_with("ed")
            && !lw.ends_with("ing")
            && (!lw.ends_with('s') || lw.ends_with("ss") || plural)
            && !matches!(lw, "and" | "or" | "who" | "which" | "that")
    };
    let voice = |j: usize| VOICE_NOUNS.contains(w.lower(j));
    // "a former Bellweather executive": a role held before speaks for no one now.
    let first = w.doc.token_at_or_after(m.span.start);
    let former = first > np.start && matches!(w.lower(first - 1), "former" | "ex");
    noun(k)
        && (former
            || !(k..np.end)
                .take_while(|&j| noun(j))
                .any(|j| role_word(w, j) || voice(j)))
}

/// Nouns through which the actor named before them speaks (`data/quotes-voice-nouns.txt`): "a Reuters
/// survey", "the Trump campaign".
static VOICE_NOUNS: WordSet = word_set!("../data/quotes-voice-nouns.txt");

/// The actor mention `m` owns the head of the source phrase `np`: "Scott" in "Scott's family", "his" in
/// "his pastor".
fn possessor_in(w: &Words, m: &ActorMention, np: &Range<usize>) -> bool {
    let k = w.doc.token_at_or_after(m.span.end);
    let first = w.doc.token_at_or_after(m.span.start);
    let determiner = k == first + 1 && matches!(w.lower(first), "his" | "her" | "their" | "its");
    // "His answer ran on for minutes: ...", "her statement said": what the owner said or published
    // speaks for the owner.
    let says = |j: usize| UTTERANCE_NOUNS.contains(w.lower(j)) || VOICE_NOUNS.contains(w.lower(j));
    k + 1 < np.end && matches!(w.lower(k), "'s" | "’s") && w.is_word(k + 1)
        || determiner && k < np.end && w.is_word(k) && !says(k)
}

/// Nouns for what a person said or wrote (`data/quotes-utterance-nouns.txt`): "his answer", "her
/// message".
static UTTERANCE_NOUNS: WordSet = word_set!("../data/quotes-utterance-nouns.txt");

/// The actor mention `m` is in a phrase that a preposition attaches to the head of `np`, and no word
/// before the preposition is a role that speaks for it: "her" in "critics close to her" (not "Acme" in
/// "a spokesman for Acme", "the head of Acme", nor the subject of a participle after the phrase).
fn attached_to_non_role(w: &Words, m: &ActorMention, np: &Range<usize>) -> bool {
    // "footage of Ana Ruiz asking, ...": a participle right after the phrase has its last name for
    // subject.
    if w.lower(np.end).ends_with("ing") {
        return false;
    }
    // The preposition that governs the mention: the last one before it, with only lower-case words
    // between ("at a Clinton campaign event"; not "with" in "a radio interview with Acme News Kim Osei"),
    // and no comma, which sets a name in apposition off ("the supervisor of elections, Loretta Pham").
    let at = w.doc.token_at_or_after(m.span.start);
    // "Local member of parliament Cynthia Barrett said": a name right after a title of words with a
    // preposition is the person the title describes, attached to nothing (but "Critics of party
    // chairman Tom Berg said").
    if m.kind == MentionKind::Name && titled_with_preposition(w, np.start, at) {
        return false;
    }
    let Some(p) = (np.start..at)
        .rev()
        .take_while(|&k| !is_capitalized(w.text(k)) && !w.is_punct(k, ","))
        .find(|&k| attaches(w, k) || w.lower(k) == "by")
    else {
        return false;
    };
    // "new data from Nielsen", "a letter from the agency": what comes from someone is theirs.
    if w.lower(p) == "from" {
        return false;
    }
    // "Analysts polled by Thomson Reuters": the agent of a passive participle is not the source.
    if w.lower(p) == "by" {
        return p > np.start && passive_by(w, p);
    }
    p > np.start && !(np.start..p).any(|k| role_word(w, k))
}

/// Whether the words right before token `at`, from `from` on, end in a title with a preposition inside
/// it ("member of parliament"; `data/actors-titles.txt`).
fn titled_with_preposition(w: &Words, from: usize, at: usize) -> bool {
    (from.max(at.saturating_sub(4))..at.saturating_sub(2)).any(|j| {
        (j..at).all(|k| w.is_word(k))
            && (j..at).any(|k| attaches(w, k))
            && LEXICON
                .title(&(j..at).map(|k| w.lower(k)).collect::<Vec<_>>().join(" "))
                .is_some()
    })
}

/// Whether token `k`, maybe in the plural, is a role title that speaks for a body ("spokesman",
/// "officials").
pub(super) fn role_word(w: &Words, k: usize) -> bool {
    use crate::analysis::actors::lexicon::TitleKind;
    let lw = w.lower(k);
    let singular = lw.strip_suffix('s').unwrap_or(lw);
    [lw, singular]
        .iter()
        .any(|x| matches!(LEXICON.title(x), Some((TitleKind::Role, _))))
}

/// The most tokens of an attached phrase between a description and its apposition ("the mayor of
/// Port Ellin, Ana Ruiz, said").
const ATTACHED_PHRASE: usize = 6;

/// A person named in apposition right after a description that names no one, between commas, before
/// the verb or the sentence's end: "the mayor of Port Ellin, Ana Ruiz, said", "said the mayor, Ana
/// Ruiz.", "one member, Ana Ruiz of Vell College, said" (the description's and the person's own
/// attached phrases skipped); the person's name mention.
fn named_in_apposition<'a>(
    w: &Words,
    actors: &Actors,
    by_start: &[&'a ActorMention],
    end: usize,
) -> Option<&'a ActorMention> {
    let k = past_attached_phrase(w, end)?;
    if !w.is_punct(k, ",") || w.sentence(k) != w.sentence(end.saturating_sub(1)) {
        return None;
    }
    // "said the chief mediator, Chief Babatunde Adebayo-Williams,": a title the name's mention leaves
    // out may open it.
    let mut first = k + 1;
    while first < k + 3 && w.capitalised(first) && role_word(w, first) {
        first += 1;
    }
    let start = w.doc.tokens.get(first)?.span().start;
    let at = by_start.partition_point(|m| m.span.start < start);
    let m = by_start
        .get(at)
        .filter(|m| m.span.start == start && m.kind == MentionKind::Name)?;
    let person = actors
        .actors
        .get(m.actor)
        .is_some_and(|a| a.kind == ActorKind::Person);
    // "One member, Dr. Aaron Kesselheim of Harvard Medical School, resigned": the person's own
    // attached phrase before the closing comma.
    let after = past_attached_phrase(w, w.doc.token_at_or_after(m.span.end))?;
    let closes = w.is_punct(after, ",") || w.is_punct(after, ".") || w.verb(after).is_some();
    (person && closes).then_some(*m)
}

/// The token where an attached phrase that starts at token `k` stops ("of Port Ellin", "at Vell
/// College"): its comma, or the first token past its longest allowed length; `k` itself when no such
/// phrase starts there; `None` when a verb or a mark comes first (a clause, no attached phrase).
fn past_attached_phrase(w: &Words, mut k: usize) -> Option<usize> {
    if is_in(w.lower(k), ATTACHED) {
        let from = k;
        k += 1;
        while k < w.len() && k - from <= ATTACHED_PHRASE && !w.is_punct(k, ",") {
            if !w.is_word(k) || w.verb(k).is_some() {
                return None;
            }
            k += 1;
        }
    }
    Some(k)
}

/// The phrase a relative pronoun source stands for: "the man" in "the man who said", "Jo Park" in
/// "Jo Park, who said".
fn relative_antecedent(w: &Words, np: &Range<usize>) -> Option<Range<usize>> {
    if np.len() != 1 || !matches!(w.lower(np.start), "who" | "which") {
        return None;
    }
    let floor = w
        .block_start(np.start)
        .max(w.doc.sentences.get(w.sentence(np.start))?.tokens.start);
    let mut h = np.start.checked_sub(1).filter(|&h| h >= floor)?;
    if w.is_punct(h, ",") {
        h = h.checked_sub(1).filter(|&h| h >= floor)?;
    }
    // "Dr. Ana Ruiz, a specialist at the University of Vellmar, who testified ...", "Brent Kasner, a
    // Nampa insurance broker who calls ...": "who" after a name's apposition, with or without a comma,
    // goes back to the name.
    if w.lower(np.start) == "who" {
        if let Some(name) = name_before_apposition(w, h, floor) {
            return Some(name);
        }
    }
    let a = np_left(w, h, floor)?;
    // "a retired mail carrier in Bethel Park who said ...": a person's "who" right after a place the
    // head noun is in goes back to the head, and through its apposition to a name.
    let place = w.lower(np.start) == "who"
        && h + 1 == np.start
        && a.start >= floor + 2
        && is_capitalized(w.text(a.start))
        && matches!(w.lower(a.start - 1), "in" | "from" | "at" | "near");
    if place {
        let head = a.start - 2;
        if let Some(name) = name_before_apposition(w, head, floor) {
            return Some(name);
        }
        if let Some(phrase) = np_left(w, head, floor).filter(|n| !is_capitalized(w.text(n.end - 1))) {
            return Some(phrase);
        }
    }
    Some(a).filter(|a| !is_in(w.lower(a.start), PRONOUN) || a.len() > 1)
}

/// The name before an apposition that ends at token `h`: a capitalised phrase, a comma (an age between
/// commas may follow it), then an article and at most twelve tokens without a verb or a comma ("Dr.
/// Ana Ruiz, a specialist at the University of Vellmar", "Tom Veck, 61, a retired carrier").
fn name_before_apposition(w: &Words, h: usize, floor: usize) -> Option<Range<usize>> {
    let comma = (floor..h).rev().take(12).find(|&k| w.is_punct(k, ","))?;
    let article = matches!(w.lower(comma + 1), "a" | "an" | "the");
    let verbless = (comma + 1..=h).all(|k| w.verb(k).is_none() && !is_in(w.lower(k), FINITE));
    if !article || !verbless || comma <= floor {
        return None;
    }
    // "Gary Kowalczyk, 61, a retired mail carrier": an age between commas stands between.
    let comma = if comma >= floor + 2 && w.is_number(comma - 1) && w.is_punct(comma - 2, ",") {
        comma - 2
    } else {
        comma
    };
    np_left(w, comma - 1, floor)
        .filter(|a| is_capitalized(w.text(a.end - 1)) && !is_in(w.lower(a.start), PRONOUN))
}

/// The speaker of a relative pronoun: the actor of its antecedent, with the pronoun as the local mention
/// ("who" = Jo Park); an antecedent that names no actor is the mention with the pronoun ("the man
/// who").
fn resolve_relative(
    w: &Words,
    actors: &Actors,
    by_start: &[&ActorMention],
    ante: Range<usize>,
    np: Range<usize>,
) -> (Option<String>, Option<Mention>) {
    match resolve(w, actors, by_start, ante.clone()) {
        (Some(id), Some(_)) => (Some(id), Some(Mention::of(w.doc.text, w.doc.span_of(np)))),
        _ => (
            None,
            Some(Mention::of(w.doc.text, w.doc.span_of(ante.start..np.end))),
        ),
    }
}

/// "he" or "she": a subject pronoun of a person.
/// The index of the actor with id `id` ("a3" is the third: ids follow the order of the actors).
fn actor_index(actors: &Actors, id: &str) -> Option<usize> {
    let k = id.strip_prefix('a')?.parse::<usize>().ok()?.checked_sub(1)?;
    (actors.actors.get(k)?.id == id).then_some(k)
}

/// What a personal pronoun ("he", "she") may name in `actor`: a person (or a lone name of no known
/// kind: "Kovacs said") of the gender given (unknown when neither is known), from their given name or
/// else from most of the pronouns already linked to them; `None` for any other actor.
fn pronoun_gender(actor: &Actor) -> Option<Gender> {
    // A lone word the actors pass could not type may be a surname ("Kovacs said"): it may continue; a
    // state acting ("India said") is typed.
    let untyped =
        actor.kind == ActorKind::Organization && !actor.name.contains(' ') && actor.country.is_none();
    if actor.kind != ActorKind::Person && !untyped {
        return None;
    }
    // A lone name is a surname as often as a given name ("Warren said"): only a full name's first word
    // tells.
    let mut words = actor.name.split_whitespace();
    let given = words
        .next()
        .filter(|_| words.next().is_some())
        .and_then(|f| LEXICON.given(f))
        .filter(|&g| g != Gender::Unknown);
    Some(given.unwrap_or_else(|| {
        let (mut male, mut female) = (0, 0);
        for r in &actor.references {
            match LEXICON.pronoun(&r.text.to_lowercase()) {
                Some(PronounClass::Male) => male += 1,
                Some(PronounClass::Female) => female += 1,
                _ => {}
            }
        }
        match male.cmp(&female) {
            std::cmp::Ordering::Greater => Gender::Male,
            std::cmp::Ordering::Less => Gender::Female,
            std::cmp::Ordering::Equal => Gender::Unknown,
        }
    }))
}

/// Whether `pronoun` may name an actor of [`pronoun_gender`] `gender`: not "she" for a man.
fn pronoun_fits(gender: Option<Gender>, pronoun: &str) -> bool {
    let Some(gender) = gender else {
        return false;
    };
    match LEXICON.pronoun(&pronoun.to_lowercase()) {
        Some(PronounClass::Male) => gender != Gender::Female,
        Some(PronounClass::Female) => gender != Gender::Male,
        _ => true,
    }
}

/// Whether a source phrase names one speaker that no actor is: "A Western diplomat in Islamabad", "an
/// aide", "One official".
fn unnamed_one(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    matches!(first, "A" | "a" | "An" | "an" | "One" | "one") && text.split_whitespace().count() >= 2
}

fn is_person_subject(text: &str) -> bool {
    use crate::analysis::actors::lexicon::case;
    let lower = text.to_lowercase();
    let person = matches!(
        LEXICON.pronoun(&lower),
        Some(PronounClass::Male | PronounClass::Female)
    );
    person
        && LEXICON
            .pronoun_cases(&lower)
            .is_some_and(|(_, c)| c & case::SUBJECT != 0)
}
