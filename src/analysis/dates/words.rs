//! The scanner's word lists that are not calendar words, parsed once from `data/dates-*`: tense cues,
//! holidays with their date rules, and the context words that tell a year from a count, a month from
//! a word, the day from the present.

use crate::analysis::sort::CompactSort;
use std::sync::LazyLock;

use crate::analysis::calendar::Date;
use crate::analysis::gazetteer::{self, word_set, WordList, WordSet};
use crate::analysis::timex::{self, WordMap};
use crate::analysis::verbs::{self, PastForm};

/// What a word says about the tense of its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cue {
    /// Looks ahead: "will", "scheduled", "due".
    Future,
    /// A present verb of a scheduled event: "begins", "expires".
    Scheduled,
    /// Looks ahead before "to": "expects to", "hopes to".
    Intention,
    /// A past form or a word of the past: "said", "ago", "fled".
    Past,
    /// An irregular verb whose past is its base form: "burst", "hit".
    BarePast,
    /// Ends in "-ed" but is no past form: "indeed", "hundred".
    NotPast,
}

/// Nouns after a number that make it a count, not a year: "2000 troops".
pub(super) static COUNT_NOUNS: WordSet = word_set!("../data/dates-count-nouns.txt");

/// Words before a number that make it a label or an amount, not a year: "flight 2019".
pub(super) static NUMBER_LABELS: WordSet = word_set!("../data/dates-number-labels.txt");

/// Words before a month name that make it a month: "in May".
pub(super) static MONTH_CUES: WordSet = word_set!("../data/dates-month-cues.txt");

/// Nouns of an event of the day: "today's meeting".
pub(super) static EVENT_NOUNS: WordSet = word_set!("../data/dates-event-nouns.txt");

/// Words that open a new clause, whose verb no longer governs an expression before them: "and".
pub(super) static CLAUSE_BREAKS: WordSet = word_set!("../data/dates-clause-breaks.txt");
/// Past forms of verbs of asking or ordering, whose infinitive looks ahead ("asked the board to report
/// back by the end of the year").
pub(super) static REQUEST_VERBS: WordSet = word_set!("../data/dates-request-verbs.txt");

/// Past verbs too common to tie a clock time to an earlier sentence's event: "said", "had".
pub(super) static LIGHT_VERBS: WordSet = word_set!("../data/dates-light-verbs.txt");

/// Words for temperatures before a two-digit decade, which make it a range of degrees: "temperatures in
/// the 80s".
pub(super) static TEMPERATURE_WORDS: WordSet = word_set!("../data/dates-temperature-words.txt");

/// Words in "-est" that are no superlatives ("interest", "protest"; `data/dates-false-superlatives.txt`).
pub(super) static FALSE_SUPERLATIVES: WordSet = word_set!("../data/dates-false-superlatives.txt");

/// Auxiliary and modal verbs ("will", "has"; `data/dates-auxiliaries.txt`).
pub(super) static AUXILIARIES: WordSet = word_set!("../data/dates-auxiliaries.txt");

/// Words of a game played in halves: near them "the second half" is the game's
/// (`data/dates-game-words.txt`).
pub(super) static GAME_WORDS: WordSet = word_set!("../data/dates-game-words.txt");

/// Words of a game played in quarters: near them "the fourth quarter" is the game's
/// (`data/dates-quarter-game-words.txt`).
pub(super) static QUARTER_GAME_WORDS: WordSet = word_set!("../data/dates-quarter-game-words.txt");

/// Every word and punctuation mark a date rule or the temporal lexicon names (generated from
/// `dates/*.rs` and `data/dates-*`, checked by a test): a plain word or mark outside it starts no
/// expression, so the scanner skips it without asking the rule families (see `Scanner::may_start`).
pub(super) static FIRST_WORDS: WordSet = word_set!("../data/dates-first-words.txt");

/// Frequent words and marks the rules name only as a neighbour ("of", "," after a day; "from",
/// "to" around a range), never as the first token; debug builds check it on every test text.
pub(super) const NEIGHBOURS_ONLY: [&str; 34] = [
    "$",
    "%",
    "(",
    ")",
    ",",
    ".",
    ":",
    "and",
    "break",
    "but",
    "by",
    "from",
    "generation",
    "generations",
    "has",
    "his",
    "holiday",
    "in",
    "into",
    "is",
    "its",
    "newspaper",
    "of",
    "on",
    "or",
    "program",
    "programme",
    "show",
    "their",
    "throughout",
    "to",
    "was",
    "with",
    "yet",
];

/// Frequent words of [`FIRST_WORDS`] that never make an expression alone and start one only before
/// another word of the rules ("the 1990s", "a year ago", "for two weeks", "as of Friday"): after
/// them the scanner asks the rule families only when the next token is in [`DATE_VOCABULARY`].
pub(super) static LEADING_WORDS: WordSet = word_set!("../data/dates-leading-words.txt");

/// Every word and mark the date rules and their word lists name: [`FIRST_WORDS`], the neighbour
/// words and the pieces of every context list (count nouns, tense cues ...).
pub(super) static DATE_VOCABULARY: LazyLock<WordList> = LazyLock::new(|| {
    let lists = [
        gazetteer::data_file!("../data/dates-clause-breaks.txt"),
        gazetteer::data_file!("../data/dates-count-nouns.txt"),
        gazetteer::data_file!("../data/dates-event-nouns.txt"),
        gazetteer::data_file!("../data/dates-light-verbs.txt"),
        gazetteer::data_file!("../data/dates-month-cues.txt"),
        gazetteer::data_file!("../data/dates-number-labels.txt"),
        gazetteer::data_file!("../data/dates-tense-cues.tsv"),
        gazetteer::data_file!("../data/dates-weekday-parts.txt"),
    ];
    let entries = lists
        .into_iter()
        .flat_map(gazetteer::rows)
        .filter_map(|row| row.first().copied());
    let mut words: Vec<String> = FIRST_WORDS
        .iter()
        .chain(NEIGHBOURS_ONLY.iter())
        .map(|w| w.to_string())
        .collect();
    for entry in entries {
        let lower = entry.to_lowercase();
        words.extend(lower.split_whitespace().map(String::from));
        words.extend(
            lower
                .split(|c: char| !c.is_ascii_lowercase())
                .filter(|r| !r.is_empty())
                .map(String::from),
        );
        words.extend(lower.chars().filter(char::is_ascii_punctuation).map(String::from));
    }
    words
        .into_iter()
        .map(|w| &*Box::leak(w.into_boxed_str()))
        .collect()
});

/// Verbs of lasting in the past, which date what happened up to a bound after "until" ("ran until 4
/// a.m. on Wednesday").
pub(super) static LASTING_VERBS: WordSet = word_set!("../data/dates-lasting-verbs.txt");

/// Parts of the day that join a weekday into one time: "Friday evening" (not "Friday night").
pub(super) static WEEKDAY_PARTS: WordSet = word_set!("../data/dates-weekday-parts.txt");

/// Abbreviated weekday names and their ISO numbers: "thu" → 4.
pub(super) static WEEKDAY_ABBREVIATIONS: LazyLock<WordMap<u8>> = LazyLock::new(|| {
    gazetteer::rows(gazetteer::data_file!("../data/dates-weekday-abbreviations.tsv"))
        .filter_map(|r| Some((*r.first()?, r.get(1)?.parse().ok()?)))
        .collect()
});

pub(super) const TENSE_CUES: &str = gazetteer::data_file!("../data/dates-tense-cues.tsv");
pub(super) const HOLIDAYS: &str = gazetteer::data_file!("../data/dates-holidays.tsv");

static CUES: LazyLock<WordMap<Cue>> = LazyLock::new(|| {
    gazetteer::rows(TENSE_CUES)
        .filter_map(|r| {
            let cue = match *r.get(1)? {
                "future" => Cue::Future,
                "scheduled" => Cue::Scheduled,
                "intention" => Cue::Intention,
                "past" => Cue::Past,
                "bare-past" => Cue::BarePast,
                "not-past" => Cue::NotPast,
                _ => return None,
            };
            Some((r[0], cue))
        })
        .chain(verbs::irregular_pasts().map(|(w, form)| match form {
            PastForm::Past => (w, Cue::Past),
            PastForm::Bare => (w, Cue::BarePast),
        }))
        .collect()
});

/// The tense cue class of a (lower-case) word.
pub(super) fn cue(word: &str) -> Option<Cue> {
    CUES.get(word).copied()
}

/// How a holiday falls in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DateRule {
    /// The same month and day every year: Christmas.
    Fixed { month: u8, day: u8 },
    /// The `n`-th (5 = the last) weekday of a month, plus some days: Thanksgiving, Election Day.
    NthWeekday {
        month: u8,
        weekday: u8,
        n: u8,
        plus: i64,
    },
    /// Some days before or after Easter Sunday: Good Friday, Easter Monday, Pentecost.
    Easter { plus: i64 },
}

impl DateRule {
    /// The holiday's day in `year`.
    pub(super) fn date(self, year: i32) -> Option<Date> {
        match self {
            DateRule::Fixed { month, day } => Date::new(year, month, day),
            DateRule::NthWeekday {
                month,
                weekday,
                n,
                plus,
            } => timex::nth_weekday(year, month, weekday, n).map(|d| d.add_days(plus)),
            DateRule::Easter { plus } => timex::easter(year).map(|d| d.add_days(plus)),
        }
    }
}

/// A holiday: its name's tokens, whether every word must be capitalised, its date rule.
pub(super) struct Holiday {
    pub(super) tokens: Vec<&'static str>,
    pub(super) all_capitalised: bool,
    pub(super) rule: DateRule,
}

fn holiday(r: &[&'static str]) -> Option<Holiday> {
    let num = |k: usize| r.get(k)?.parse::<i64>().ok();
    let rule = match *r.get(2)? {
        "fixed" => DateRule::Fixed {
            month: u8::try_from(num(3)?).ok()?,
            day: u8::try_from(num(4)?).ok()?,
        },
        "nth-weekday" => DateRule::NthWeekday {
            month: u8::try_from(num(3)?).ok()?,
            weekday: u8::try_from(num(4)?).ok()?,
            n: u8::try_from(num(5)?).ok()?,
            plus: num(6).unwrap_or(0),
        },
        "easter" => DateRule::Easter { plus: num(3)? },
        _ => return None,
    };
    Some(Holiday {
        tokens: r[0].split(' ').collect(),
        all_capitalised: *r.get(1)? == "all",
        rule,
    })
}

/// The holidays by their first token, longest name first.
pub(super) static HOLIDAY_TABLE: LazyLock<WordMap<Vec<Holiday>>> = LazyLock::new(|| {
    let mut table: WordMap<Vec<Holiday>> = WordMap::default();
    for h in gazetteer::rows(HOLIDAYS).filter_map(|r| holiday(&r)) {
        table.entry(h.tokens[0]).or_default().push(h);
    }
    for list in table.values_mut() {
        list.compact_sort_by_key(|h| std::cmp::Reverse(h.tokens.len()));
    }
    table
});

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    const FIRST_WORDS_FILE: &str = "dates-first-words.txt";
    /// Sources whose literals never name the first token of an expression: the tense of a clause
    /// (`tense.rs`: the words around an expression) and the resolver (`resolve.rs`: values).
    const CONTEXT_SOURCES: [&str; 3] = ["rules.rs", "tense.rs", "resolve.rs"];
    /// Word lists that rules only ask about the words around an expression (the tokens before or
    /// after it, or a clause's verbs), never about its first token.
    const CONTEXT_LISTS: [&str; 15] = [
        "dates-auxiliaries.txt",
        "dates-clause-breaks.txt",
        "dates-count-nouns.txt",
        "dates-event-nouns.txt",
        "dates-false-superlatives.txt",
        "dates-game-words.txt",
        "dates-lasting-verbs.txt",
        "dates-light-verbs.txt",
        "dates-month-cues.txt",
        "dates-number-labels.txt",
        "dates-quarter-game-words.txt",
        "dates-request-verbs.txt",
        "dates-temperature-words.txt",
        "dates-tense-cues.tsv",
        "dates-weekday-parts.txt",
    ];
    const FIRST_WORDS_HEADER: &str = "# Every word and ASCII punctuation mark that may begin a date expression, lower case: those named by a string \
literal of the date rules (dates/*.rs but rules, tense and resolve; timex.rs) or by the temporal lexicon (the entries of \
data/dates-* but the lists of context words), plural weekdays added, a few frequent neighbour words left out.
# Generated: `UPDATE_GOLDEN=1 cargo test --lib dates::words` rewrites it after a rule change.
# source: written for Lede; licence: MIT
";

    /// The string literals of Rust source up to its tests, without comments and char literals.
    fn literals(source: &str) -> Vec<String> {
        let code = source.split("#[cfg(test)]").next().unwrap_or("");
        let mut out = Vec::new();
        let mut chars = code.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.peek() == Some(&'/') => {
                    for c in chars.by_ref() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                // A char literal ('"', '\'') or a lifetime ('a).
                '\'' => {
                    let ahead: Vec<char> = chars.clone().take(3).collect();
                    if ahead.first() == Some(&'\\') {
                        chars.nth(2);
                    } else if ahead.get(1) == Some(&'\'') {
                        chars.nth(1);
                    }
                }
                '"' => {
                    let mut lit = String::new();
                    while let Some(c) = chars.next() {
                        match c {
                            '\\' => lit.extend(chars.next()),
                            '"' => break,
                            c => lit.push(c),
                        }
                    }
                    out.push(lit);
                }
                _ => {}
            }
        }
        out
    }

    /// The runs of ASCII letters (lower case) and the ASCII punctuation marks of `text`.
    fn pieces(text: &str, into: &mut BTreeSet<String>) {
        let lower = text.to_ascii_lowercase();
        for run in lower
            .split(|c: char| !c.is_ascii_lowercase())
            .filter(|r| !r.is_empty())
        {
            into.insert(run.to_string());
        }
        for c in lower.chars().filter(|c| c.is_ascii_punctuation() && *c != '#') {
            into.insert(c.to_string());
        }
    }

    fn expected_first_words() -> BTreeSet<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis");
        let mut words = BTreeSet::new();
        let mut sources = vec![root.join("timex.rs")];
        for entry in std::fs::read_dir(root.join("dates")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
            if path.extension().is_some_and(|e| e == "rs") && !CONTEXT_SOURCES.contains(&name.as_str()) {
                sources.push(path);
            }
        }
        for path in sources {
            // A token has no spaces: a literal with one (a message, a format) is never compared with one.
            for lit in literals(&std::fs::read_to_string(&path).unwrap()) {
                if !lit.contains(char::is_whitespace) {
                    pieces(&lit, &mut words);
                }
            }
        }
        for entry in std::fs::read_dir(root.join("data")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if !name.starts_with("dates-")
                || name == FIRST_WORDS_FILE
                || CONTEXT_LISTS.contains(&name.as_str())
            {
                continue;
            }
            let data = std::fs::read_to_string(&path).unwrap();
            // The first column is the entry; the others are its values.
            for key in data
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split('\t').next())
            {
                pieces(key, &mut words);
                if name == "dates-weekdays.tsv" {
                    pieces(&format!("{key}s"), &mut words);
                }
            }
        }
        words.retain(|w| !NEIGHBOURS_ONLY.contains(&w.as_str()));
        words
    }

    #[test]
    fn first_words_cover_the_rules_and_the_lexicon() {
        let expected = expected_first_words();
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/analysis/data")
            .join(FIRST_WORDS_FILE);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            let body: Vec<&str> = expected.iter().map(String::as_str).collect();
            std::fs::write(&path, format!("{FIRST_WORDS_HEADER}{}\n", body.join("\n"))).unwrap();
        }
        let missing: Vec<&String> = expected.iter().filter(|w| !FIRST_WORDS.contains(w)).collect();
        assert!(
            missing.is_empty(),
            "{FIRST_WORDS_FILE} lacks {missing:?}: run `UPDATE_GOLDEN=1 cargo test --lib dates::words`"
        );
        let stale = FIRST_WORDS.iter().filter(|w| !expected.contains(**w)).count();
        assert_eq!(
            stale, 0,
            "{FIRST_WORDS_FILE} has words no rule names: regenerate it"
        );
    }

    #[test]
    fn literals_skip_comments_and_chars() {
        let src = "let a = \"one two\"; // \"three\"\nlet b = '\"'; let c = \"fo\\\"ur\";\nfn x<'a>() {}";
        assert_eq!(literals(src), vec!["one two".to_string(), "fo\"ur".to_string()]);
    }

    #[test]
    fn every_row_parses() {
        let cues = gazetteer::rows(TENSE_CUES).count() + verbs::irregular_pasts().count();
        assert_eq!(
            CUES.len(),
            cues,
            "no word is both a tense cue and an irregular past form"
        );
        let holidays = gazetteer::rows(HOLIDAYS).count();
        assert_eq!(HOLIDAY_TABLE.values().map(Vec::len).sum::<usize>(), holidays);
        assert_eq!(cue("said"), Some(Cue::Past));
        let thanksgiving = &HOLIDAY_TABLE["thanksgiving"];
        assert_eq!(
            thanksgiving[0].rule.date(2021).map(|d| d.to_string()),
            Some("2021-11-25".into())
        );
        let election = &HOLIDAY_TABLE["election"][0];
        assert_eq!(
            election.rule.date(2020).map(|d| d.to_string()),
            Some("2020-11-03".into())
        );
    }
}
