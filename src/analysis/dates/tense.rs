//! Tense of the clause around an expression: the cue words before and after it (verbs, modals,
//! "ago", "next"), read from `data/dates-tense-cues.tsv`.

use super::words::{self, Cue};
use super::*;

impl Scanner<'_, '_> {
    /// The tense of the clause around tokens `start..end`: the nearest tense cue wins.
    pub(super) fn tense(&self, start: usize, end: usize) -> Tense {
        // "until the end of January": the words before the part of a period count for it.
        let part_of = self.w(start.wrapping_sub(1)) == "of"
            && self.is(
                start.wrapping_sub(2),
                &["end", "beginning", "start", "middle", "close"],
            )
            && self.w(start.wrapping_sub(3)) == "the";
        let start = if part_of { start - 3 } else { start };
        if let Some(t) = self.until_tense(start) {
            return t;
        }
        let as_early =
            self.w(start.wrapping_sub(1)) == "as" && self.is(start.wrapping_sub(2), &["early", "soon"]);
        // "her first visit since Labor Day": what a span reaches back to lies before, whatever the
        // clause's tense.
        if self.w(start.wrapping_sub(1)) == "since" {
            return Tense::Past;
        }
        // A present copula that dates an event looks ahead: "the vote is on Tuesday", "the deadline
        // is Sept. 30".
        let copula = if self.w(start.wrapping_sub(1)) == "on" {
            start.wrapping_sub(2)
        } else {
            start.wrapping_sub(1)
        };
        if self.is(copula, &["is", "are"]) && !self.doc.is_sentence_start(copula) {
            return Tense::Future;
        }
        let sentence = self.sentence_of(start);
        let best = self.cue_before(start);
        // "as early as Tuesday" looks ahead, unless the clause is in the past ("members had raised
        // concerns as early as August").
        if as_early {
            return match best {
                Some((_, Tense::Past)) => Tense::Past,
                _ => Tense::Future,
            };
        }
        // Cues after the expression count double: the governing verb usually comes first, except
        // after an opening adverbial ("On Tuesday, the league plans to ..."), where it follows the
        // subject.
        let opening = (start..end).contains(
            &self
                .doc
                .sentences
                .get(sentence)
                .map_or(usize::MAX, |s| s.tokens.start),
        ) || (start > 0 && self.doc.is_sentence_start(start - 1))
            || self.w(start.wrapping_sub(1)) == ";"
            || self.w(start.wrapping_sub(2)) == ";"
                && self.is(start.wrapping_sub(1), &["on", "in", "by", "at"]);
        // "GM, which received loans in December, must submit ...": a date inside a relative clause
        // takes the clause's tense; the verb after the comma that closes it is the main clause's. An
        // adverb or two may stand between the pronoun and the verb ("who also won").
        let relative = best.is_some_and(|(d, _)| {
            (start.saturating_sub(d + 3)..start)
                .any(|r| self.is(r, &["which", "who"]) && self.w(r.wrapping_sub(1)) == ",")
        });
        let (window, weight) = if opening && best.is_none() {
            (14, 1)
        } else {
            (6, 2)
        };
        let best = self.cue_after(end, sentence, (window, weight), relative, best);
        // "could approach the Keys by Friday or Saturday": a deadline after a possibility lies ahead,
        // and so does the date joined to it.
        let by = self.w(start.wrapping_sub(1)) == "by"
            || self.is(start.wrapping_sub(1), &["or", "and"]) && self.w(start.wrapping_sub(3)) == "by";
        // "The season runs through Nov. 24": the end of a span that a clause of no tense runs through
        // lies ahead ("rose through June" keeps its past).
        // Not the end of a range that "from" opens ("from the end of January through May").
        let through = self.is(start.wrapping_sub(1), &["through", "thru"])
            && !(start.saturating_sub(8)..start)
                .any(|k| self.w(k) == "from" && self.sentence_of(k) == sentence);
        match best.map_or(Tense::Unknown, |(_, t)| t) {
            Tense::Unknown if by && best.is_some() || through => Tense::Future,
            t => t,
        }
    }

    /// The nearest tense cue after the expression that ends at token `end`, within `window` tokens of
    /// its clause, if nearer than `best` at `weight` per token: a closing quotation mark, a new clause,
    /// a describing participle after a comma and, for a date in a relative clause (`relative`), its
    /// closing comma end the search; a condition in the present after "if" looks ahead.
    fn cue_after(
        &self,
        end: usize,
        sentence: usize,
        (window, weight): (usize, usize),
        relative: bool,
        best: Option<(usize, Tense)>,
    ) -> Option<(usize, Tense)> {
        let mut k = end;
        while k < end + window && k < self.len() && self.sentence_of(k) == sentence {
            // A quotation has its own tense: `"... by the summer," said Heyman` reads the quotation.
            let closing_quote = crate::analysis::text::quote_mark(self.w(k)).is_some_and(|(style, role)| {
                style.double() && role != crate::analysis::text::QuoteRole::Open
            });
            if closing_quote {
                break;
            }
            // A new clause has its own tense: "planned a rally on Saturday and were ...".
            if words::CLAUSE_BREAKS.contains(self.w(k)) && !self.cap(k + 1) || relative && self.w(k) == "," {
                break;
            }
            // "is expected to appear on Wednesday, charged with murder": a participle after a comma
            // describes; it does not govern the date.
            if self.w(k) == "," && self.w(k + 1).ends_with("ed") && !self.cap(k + 1) {
                break;
            }
            // "a strike in early April if talks fail": a condition in the present looks ahead; one in
            // the past ("if talks had failed") says nothing.
            if self.w(k) == "if" {
                let condition = (k + 1..(k + 6).min(self.len()))
                    .take_while(|&c| self.sentence_of(c) == sentence)
                    .find_map(|c| self.tense_cue(c));
                let dist = weight * (k + 1 - end);
                if condition.is_none() && best.is_none_or(|(d, _)| dist < d) {
                    return Some((dist, Tense::Future));
                }
                return best;
            }
            if let Some(t) = self.tense_cue(k) {
                let dist = weight * (k + 1 - end);
                if best.is_none_or(|(d, _)| dist < d) {
                    return Some((dist, t));
                }
                return best;
            }
            k += 1;
        }
        best
    }

    /// The tense "until" gives a date right after it, maybe past a bound or a clock time ("until at
    /// least Thursday", "until 6 p.m. on Thursday"): what lies ahead, unless a negated past or a verb
    /// of lasting in the past stands before it ("did not learn of it until late August").
    fn until_tense(&self, start: usize) -> Option<Tense> {
        // Right before the expression: "until Friday"; "until" also before a
        // bound or a clock time ("until at least Thursday", "until 6 p.m. on Thursday").
        let mut until = start.checked_sub(1);
        while let Some(u) = until.filter(|&u| start - u < 6 && self.until_filler(u)) {
            until = u.checked_sub(1);
        }
        let u = until.filter(|&u| self.is(u, &["until", "till"]) && !self.doc.is_sentence_start(u))?;
        // "officials did not learn of it until late August", "it was not until March": a negated
        // past before "until" dates what happened then; otherwise "until" bounds what lies ahead.
        let negated_past = (u.saturating_sub(8)..u).any(|k| {
            self.is(k, &["not", "never", "n't"])
                && self.is(k.wrapping_sub(1), &["did", "was", "were", "had", "could"])
                && self.sentence_of(k) == self.sentence_of(u)
        });
        // "the debate ran until 4:15 a.m. on Wednesday": a verb of lasting in the past right before
        // "until" bounds what happened then.
        let lasted_past = (u.saturating_sub(3)..u)
            .any(|k| self.sentence_of(k) == self.sentence_of(u) && words::LASTING_VERBS.contains(self.w(k)));
        Some(if negated_past || lasted_past {
            Tense::Past
        } else {
            Tense::Future
        })
    }

    /// The nearest tense cue before token `start` in its clause, within 15 tokens, and its distance: a
    /// request or a revised plan ("originally due to begin on March 8") gives no tense.
    fn cue_before(&self, start: usize) -> Option<(usize, Tense)> {
        let sentence = self.sentence_of(start);
        let back_limit = start.saturating_sub(15);
        let mut j = start;
        while j > back_limit {
            j -= 1;
            // "it will not impose controls; on Tuesday, officials told reporters": a semicolon opens a
            // clause of its own.
            if self.sentence_of(j) != sentence || self.w(j) == ";" {
                break;
            }
            if let Some(t) = self.tense_cue(j) {
                // "originally due to begin on March 8": a plan the article says was changed gives
                // its date no future.
                let revised = t == Tense::Future
                    && self.is(j.wrapping_sub(1), &["originally", "initially", "previously"]);
                let t = if self.requested(j, start) || revised {
                    Tense::Unknown
                } else {
                    t
                };
                return Some((start - j, t));
            }
        }
        None
    }

    /// Token `i` may stand between "until" and the date it bounds: a bound ("at least", "about"), a
    /// clock time and its "on" ("6 p.m. on"), a part of the period ("until early April").
    fn until_filler(&self, i: usize) -> bool {
        let w = self.w(i);
        matches!(
            w,
            "at" | "least" | "about" | "around" | "on" | "noon" | "midnight" | "early" | "late"
        ) || self.ampm_at(i).is_some()
            || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b':')
    }

    /// Whether the participle at `i` qualifies the noun after it, a determiner a word before it: "the
    /// first scheduled passenger train", "a newly planned route" (not "the vote scheduled for May").
    fn attributive(&self, i: usize) -> bool {
        let next = self.w(i + 1);
        self.is(i.wrapping_sub(2), &["the", "a", "an"])
            && self.kind(i + 1) == Some(TokenKind::Word)
            && !self.cap(i + 1)
            && !matches!(
                next,
                "to" | "for" | "on" | "in" | "at" | "by" | "until" | "and" | "or" | "that"
            )
    }

    /// Whether a verb of asking or ordering at `verb` asks for what its infinitive, before the expression
    /// at `start`, names: that lies after the asking, before or after the reference date, so it gives
    /// no tense, the nearest date, and a deadline after "by" ahead ("had asked the board to report back
    /// by the end of the year", "ordered them to stop on Sept. 12"); not "asked on Tuesday to report".
    fn requested(&self, verb: usize, start: usize) -> bool {
        words::REQUEST_VERBS.contains(self.w(verb))
            && (verb + 1..start).any(|t| {
                self.w(t) == "to"
                    && self.kind(t + 1) == Some(TokenKind::Word)
                    && !self.cap(t + 1)
                    && !self.is(
                        t + 1,
                        &["the", "a", "an", "his", "her", "their", "its", "this", "that"],
                    )
            })
    }

    /// Whether the cue word at `i` is no verb here, and gives no tense: an infinitive takes its tense
    /// from the verb it depends on ("had been due to expire Friday"); after an article or a preposition
    /// the word is a noun or an adjective ("The vote on March 3 was close", "seats in play", "listed as
    /// open"); a participle between a determiner and its noun qualifies it ("the first scheduled
    /// passenger train"); "has" or "have" before a determiner or a noun of amount is a present of
    /// having, no perfect ("The Fed has room to move", "has a plan for June").
    fn no_verb(&self, i: usize, cue: Option<Cue>) -> bool {
        let w = self.w(i);
        let attributive =
            matches!(cue, Some(Cue::Future | Cue::Scheduled)) && w.ends_with("ed") && self.attributive(i);
        let after_preposition = self.is(
            i.wrapping_sub(1),
            &["to", "the", "a", "an", "in", "as", "at", "of", "into"],
        );
        let having = matches!(w, "has" | "have")
            && self.is(
                i + 1,
                &[
                    "a", "an", "the", "no", "some", "many", "more", "enough", "room", "plenty", "its", "his",
                    "her", "their", "our", "my", "your", "this", "these", "those",
                ],
            );
        cue == Some(Cue::Scheduled) && after_preposition || attributive || having
    }

    pub(super) fn tense_cue(&self, i: usize) -> Option<Tense> {
        let w = self.w(i);
        // "we'll", "they’ll": the contracted "will" glued to its subject.
        let cue = words::cue(w)
            .or_else(|| (w.len() > 3 && (w.ends_with("'ll") || w.ends_with("’ll"))).then_some(Cue::Future));
        if self.no_verb(i, cue) {
            return None;
        }
        // "said the deal could close by the end of the year": a possibility, of no tense of its own,
        // and the verb of saying before it does not make it past; "could not be reached" is read on.
        if w == "could" && !self.is(i + 1, &["not", "n't", "have", "'ve", "’ve"]) {
            return Some(Tense::Unknown);
        }
        // "should have finished by June": an obligation seen from after it, no future.
        if w == "should" && self.is(i + 1, &["have", "'ve", "’ve"]) {
            return Some(Tense::Unknown);
        }
        // "I've got tickets for June": "have got" is a present of having, no past.
        let having = |p: &str| {
            matches!(p, "have" | "has") || ["'ve", "’ve", "'s", "’s"].iter().any(|c| p.ends_with(c))
        };
        if w == "got" && having(self.w(i.wrapping_sub(1))) {
            return Some(Tense::Unknown);
        }
        // "May" inside a sentence is the month, not the modal: "rose between May and July".
        if w == "may" && self.cap(i) && i > 0 && !self.doc.is_sentence_start(i) {
            return None;
        }
        let future = matches!(cue, Some(Cue::Future | Cue::Scheduled))
            // "expects to return to profit in June", "hopes to finish by March"; "expect the winds to
            // ease by Thursday": an object of five words at most before "to".
            || (cue == Some(Cue::Intention)
                && (i + 1..i + 7).take_while(|&k| !self.is(k, &[",", ".", "that"])).any(|k| self.w(k) == "to"))
            // "the law takes effect in April", "comes into force".
            || (matches!(w, "takes" | "take") && self.w(i + 1) == "effect")
            || (matches!(w, "comes" | "come") && self.w(i + 1) == "into" && self.w(i + 2) == "force")
            || (matches!(w, "is" | "are") && self.w(i + 1) == "to" && !self.is(i + 2, &["be", "blame"]))
            || (w == "next" && self.w(i + 1) != "to")
            || (w == "going" && self.w(i + 1) == "to")
            // "Let's meet on Friday": a proposal looks ahead.
            || (w == "let" && self.is(i + 1, &["'s", "’s", "us"]))
            // "we have to finish it in 4 days", "she must report on Monday": an obligation too.
            || (matches!(w, "have" | "has" | "need" | "needs") && self.w(i + 1) == "to")
            || w == "must"
            // "the trial, set for November 28": a date fixed for an event looks ahead, also with the
            // event between ("set sentencing for Feb. 19", "set a hearing for Monday").
            || (w == "set"
                && (i + 1..i + 5)
                    .take_while(|&k| self.kind(k) == Some(TokenKind::Word))
                    .any(|k| self.is(k, &["to", "for"])))
            || (w == "to" && self.w(i + 1) == "be");
        if future {
            // "had been scheduled to expire", "was due", "had planned action for early December": a
            // future seen from the past, before or after the reference date, so the nearest.
            if self.is(i.wrapping_sub(1), &["been", "was", "were", "had"]) {
                return Some(Tense::Unknown);
            }
            return Some(Tense::Future);
        }
        let past = cue == Some(Cue::Past)
            || (cue == Some(Cue::BarePast)
                && !self.is(
                    i.wrapping_sub(1),
                    &[
                        "will", "would", "could", "can", "may", "might", "must", "should", "to", "not",
                        "n't", "did", "does", "do", "a", "an", "the",
                    ],
                ));
        // "is held", "are sold": a present passive; "to hit": an infinitive.
        if (past || w.ends_with("ed"))
            && self.is(i.wrapping_sub(1), &["is", "are", "be", "being", "am", "to"])
        {
            return None;
        }
        if past {
            return Some(Tense::Past);
        }
        if w.len() >= 5
            && w.ends_with("ed")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && cue != Some(Cue::NotPast)
            && !w.starts_with("un")
            && !self.is(
                i.wrapping_sub(1),
                &[
                    "be", "is", "are", "being", "the", "a", "an", "its", "their", "his", "her", "our",
                    "still", "very", "most", "more", "less", "well", "fully", "newly", "so", "for",
                ],
            )
        {
            return Some(Tense::Past);
        }
        None
    }
}
