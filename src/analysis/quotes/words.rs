//! The word classes of the extractor: reporting verbs and nouns, the function-word sets of
//! `data/quotes-words.txt`, and the tokens of a text with
//! their lower-case forms (the doc's).

use super::*;
use crate::analysis::actors::lexicon::{case, Person, TitleKind, LEXICON};
use crate::analysis::gazetteer::{word_set, FilteredMap, TableMap, WordSet};
use crate::analysis::verbs;

/// What a reporting verb can introduce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum VerbClass {
    /// Direct and reported speech: "said", "warned", "tweeted".
    Speech,
    /// A stance, belief or intention: reported content only ("fears that ...").
    Belief,
    /// A direct quotation only: "he continued: ...", "she laughed".
    Direct,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Verb {
    pub(super) lemma: &'static str,
    pub(super) class: VerbClass,
}

/// Every inflected form of every reporting verb, lower case.
pub(super) static VERBS: LazyLock<FilteredMap<Verb>> = LazyLock::new(|| {
    let mut map = TableMap::default();
    for row in gazetteer::rows(gazetteer::data_file!("../data/quotes-verbs.txt")) {
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
    map.into()
});

/// Nouns that report speech when a that-clause follows: "her claim that ...".
pub(super) static NOUNS: WordSet = word_set!("../data/quotes-nouns.txt");

/// Nouns for what is called in the sense of convened: "called an emergency meeting".
pub(super) static CONVENED_NOUNS: WordSet = word_set!("../data/quotes-convened-nouns.txt");

/// Membership bits of `data/quotes-words.txt` and, for the three pronoun sets, of the lexicon's
/// pronouns (`data/pronouns.txt`): a pronoun in the subject case is a possible source ("he", "who");
/// one of the first or third person is a source after the verb too ("said he"; "you" after a verb is
/// its hearer as often); a possessive one owns a reporting noun
/// ("her claim").
pub(super) const PRONOUN: u64 = 1;
pub(super) const DETERMINER: u64 = 1 << 1;
pub(super) const BETWEEN: u64 = 1 << 2;
pub(super) const CHAIN: u64 = 1 << 3;
pub(super) const AMBIGUOUS: u64 = 1 << 4;
pub(super) const STOP: u64 = 1 << 5;
pub(super) const NOT_HEAD: u64 = 1 << 6;
pub(super) const TIME: u64 = 1 << 7;
pub(super) const CLAUSE_ONLY: u64 = 1 << 8;
pub(super) const HEARER: u64 = 1 << 9;
pub(super) const PAST: u64 = 1 << 10;
pub(super) const CONTRACTION: u64 = 1 << 11;
pub(super) const SUBJECT: u64 = 1 << 12;
pub(super) const RELATIVE_AUX: u64 = 1 << 13;
pub(super) const AUX_AFTER_VERB: u64 = 1 << 14;
pub(super) const FINITE: u64 = 1 << 15;
pub(super) const POSSESSIVE: u64 = 1 << 16;
pub(super) const ARTICLE: u64 = 1 << 17;
pub(super) const OUT_PARTICLE: u64 = 1 << 18;
pub(super) const NOT_ADVERB: u64 = 1 << 19;
pub(super) const PASSIVE_AUX: u64 = 1 << 20;
pub(super) const OBJECT_VERB: u64 = 1 << 21;
pub(super) const TIME_OPENER: u64 = 1 << 22;
pub(super) const CONTRAST: u64 = 1 << 23;
pub(super) const CLAUSE_LINK: u64 = 1 << 24;
pub(super) const LABEL: u64 = 1 << 25;
pub(super) const LABEL_END: u64 = 1 << 26;
pub(super) const TITLE_SMALL: u64 = 1 << 27;
pub(super) const LISTENER: u64 = 1 << 28;
pub(super) const NOT_CONTENT: u64 = 1 << 29;
pub(super) const CLAUSE_OPENER: u64 = 1 << 30;
pub(super) const ATTACHED: u64 = 1 << 31;
pub(super) const FOR_PARTICLE: u64 = 1 << 32;
pub(super) const ON_PARTICLE: u64 = 1 << 33;
pub(super) const ADVERBIAL_OPENER: u64 = 1 << 34;
pub(super) const BACK_RETORT: u64 = 1 << 35;
pub(super) const INTO_MOTION: u64 = 1 << 36;
pub(super) const PARTICLE_ONLY: u64 = 1 << 37;
pub(super) const QUALIFYING_PARTICIPLE: u64 = 1 << 38;
pub(super) const EVIDENCE: u64 = 1 << 39;
pub(super) const VERDICT: u64 = 1 << 40;

/// The function-word sets, by word: which sets each word belongs to.
pub(super) static WORDS: LazyLock<FilteredMap<u64>> = LazyLock::new(|| {
    let mut map = TableMap::default();
    for row in gazetteer::rows(gazetteer::data_file!("../data/quotes-words.txt")) {
        let Some(&word) = row.first() else { continue };
        let sets = row.get(1).copied().unwrap_or("").split_whitespace();
        map.insert(word, sets.filter_map(set_bit).fold(0, |bits, b| bits | b));
    }
    for (word, person, cases) in LEXICON.pronouns() {
        let mut bits = 0;
        if cases & case::SUBJECT != 0 {
            bits |= PRONOUN;
            if matches!(person, Person::First | Person::Third) {
                bits |= SUBJECT;
            }
        }
        if cases & case::POSSESSIVE != 0 {
            bits |= POSSESSIVE;
        }
        *map.entry(word).or_insert(0) |= bits;
    }
    for (word, _) in verbs::irregular_pasts() {
        *map.entry(word).or_insert(0) |= PAST;
    }
    map.into()
});

/// Token `k` is a preposition that attaches a phrase to a source phrase before it: "the head of the
/// union", "Jo Lee in an interview", and "to" after "close" ("sources close to the talks").
/// Whether a lower-case word is an -s form, a verb's or a plural noun's ("reports", not "press").
pub(super) fn s_form(lower: &str) -> bool {
    lower.ends_with('s') && !lower.ends_with("ss")
}

pub(super) fn attaches(w: &Words, k: usize) -> bool {
    let lw = w.lower(k);
    // "sources close to the talks", "the Iraqi ambassador to Greece", "an adviser to the president":
    // "to" after "close" or a role's title.
    is_in(lw, ATTACHED)
        || lw == "to"
            && k > 0
            && (w.lower(k - 1) == "close"
                || matches!(LEXICON.title(w.lower(k - 1)), Some((TitleKind::Role, _))))
}

/// Whether token `k` is the "by" of a passive participle's agent: "analysts polled by Orvik".
pub(super) fn passive_by(w: &Words, k: usize) -> bool {
    k > 0 && w.lower(k) == "by" && w.lower(k - 1).ends_with("ed")
}

/// A pronoun only ever an object, never a subject: "him", "them", "her" (not "it", "you").
pub(super) fn object_only_pronoun(lower: &str) -> bool {
    LEXICON
        .pronoun_cases(lower)
        .is_some_and(|(_, cases)| cases & case::OBJECT != 0 && cases & case::SUBJECT == 0)
}

/// The membership bit of a set named in `data/quotes-words.txt`.
pub(super) fn set_bit(name: &str) -> Option<u64> {
    Some(match name {
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
        "relative-aux" => RELATIVE_AUX,
        "aux-after-verb" => AUX_AFTER_VERB,
        "finite" => FINITE,
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
        "attached" => ATTACHED,
        "for-particle" => FOR_PARTICLE,
        "on-particle" => ON_PARTICLE,
        "adverbial-opener" => ADVERBIAL_OPENER,
        "back-retort" => BACK_RETORT,
        "into-motion" => INTO_MOTION,
        "particle-only" => PARTICLE_ONLY,
        "qualifying-participle" => QUALIFYING_PARTICIPLE,
        "evidence" => EVIDENCE,
        "verdict" => VERDICT,
        _ => return None,
    })
}

/// `word` (lower case) is in `set`.
pub(super) fn is_in(word: &str, set: u64) -> bool {
    WORDS.get(word).is_some_and(|bits| bits & set != 0)
}

/// The tokens of a doc with their lower-case text (the doc's, built once per text) and lines.
pub(super) struct Words<'a> {
    pub(super) doc: &'a Doc<'a>,
    /// The first token of every line, in order (one entry per line, not per token).
    line_starts: Vec<usize>,
}

impl<'a> Words<'a> {
    pub(super) fn new(doc: &'a Doc<'a>) -> Words<'a> {
        let line_starts = (0..doc.tokens.len())
            .filter(|&i| i == 0 || doc.tokens[i].line_start)
            .collect();
        Words { doc, line_starts }
    }

    /// The first token of the line of token `i` and one past its last (`None` past the end).
    fn line(&self, i: usize) -> Option<(usize, usize)> {
        if i >= self.len() {
            return None;
        }
        let k = self.line_starts.partition_point(|&s| s <= i).checked_sub(1)?;
        let end = self.line_starts.get(k + 1).copied().unwrap_or(self.len());
        Some((self.line_starts[k], end))
    }

    pub(super) fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub(super) fn lower(&self, i: usize) -> &'a str {
        self.doc.lower(i)
    }

    pub(super) fn text(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Token `i` is a number in figures ("52", "1.4").
    pub(super) fn is_number(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Token `i` is a word that starts with a capital.
    pub(super) fn capitalised(&self, i: usize) -> bool {
        self.is_word(i) && is_capitalized(self.text(i))
    }

    /// Token `i` is "state" before a capitalised word, which says whose office a title is ("state Sen.
    /// Ana Ruiz", "said state Rep. Tom Berg"): no verb of saying.
    pub(super) fn state_office(&self, i: usize) -> bool {
        self.lower(i) == "state" && self.capitalised(i + 1)
    }

    pub(super) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.text(i) == p
    }

    pub(super) fn sentence(&self, i: usize) -> usize {
        self.doc.tokens.get(i).map_or(usize::MAX, |t| t.sentence as usize)
    }

    /// The first token of the sentence of token `i` (`i` itself past the end).
    pub(super) fn sentence_start(&self, i: usize) -> usize {
        self.doc
            .sentences
            .get(self.sentence(i))
            .map_or(i, |x| x.tokens.start)
    }

    pub(super) fn line_start(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.line_start)
    }

    /// The first token of the line (block) that token `i` is on.
    pub(super) fn block_start(&self, i: usize) -> usize {
        self.line(i).map_or(i, |l| l.0)
    }

    /// One past the last token of the line (block) that token `i` is on.
    pub(super) fn block_end(&self, i: usize) -> usize {
        self.line(i).map_or(i + 1, |l| l.1)
    }

    pub(super) fn verb(&self, i: usize) -> Option<Verb> {
        if !self.is_word(i) || self.inside_name(i) {
            return None;
        }
        VERBS.get(self.lower(i)).copied()
    }

    /// Whether the capitalised word at token `i` stands inside a person's name in running text, between
    /// capitalised words or before a name's particle ("Musallam Said al-Amri", "Zaïnaba Said Mohamed"):
    /// a name, not a verb; a title-case headline ("Clinton Says Trump Erred") may still have one.
    pub(super) fn inside_name(&self, i: usize) -> bool {
        let particle = |k: usize| {
            let lw = self.lower(k);
            matches!(lw, "bin" | "ibn" | "ben")
                || ["al-", "el-", "ad-", "as-"].iter().any(|p| lw.starts_with(p))
        };
        self.capitalised(i)
            && i > self.sentence_start(i)
            && !crate::analysis::text::is_all_caps(self.text(i))
            && self.capitalised(i - 1)
            && (self.capitalised(i + 1) || self.is_word(i + 1) && particle(i + 1))
            && !self.headline(i)
    }

    /// Whether token `i` is on a short line without a final full stop: a title.
    pub(super) fn headline(&self, i: usize) -> bool {
        let (start, end) = (self.block_start(i), self.block_end(i));
        end - start <= 25 && !self.is_punct(end - 1, ".")
    }
}

/// A word that is never part of a source's phrase; "US" and "IT" in capitals are names, and so is "Said"
/// inside a name ([`Words::inside_name`]).
pub(super) fn is_stop(w: &Words, i: usize) -> bool {
    let text = w.text(i);
    is_in(w.lower(i), STOP)
        && !(text.len() >= 2 && crate::analysis::text::is_all_caps(text))
        && !w.inside_name(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every set `data/quotes-words.txt` names is one the extractor knows: the pronoun sets come from
    /// the lexicon's `data/pronouns.txt`, the one list of pronouns, and cannot be listed here again.
    #[test]
    fn word_sets_are_known_and_pronouns_come_from_the_lexicon() {
        for row in gazetteer::rows(gazetteer::data_file!("../data/quotes-words.txt")) {
            for set in row.get(1).copied().unwrap_or("").split_whitespace() {
                assert!(set_bit(set).is_some(), "{row:?}: unknown set {set}");
            }
        }
        assert!(is_in("he", PRONOUN) && is_in("he", SUBJECT) && is_in("he", STOP));
        assert!(is_in("who", PRONOUN) && !is_in("who", SUBJECT));
        assert!(is_in("you", PRONOUN) && !is_in("you", SUBJECT));
        assert!(is_in("their", POSSESSIVE) && is_in("their", DETERMINER));
    }
}
