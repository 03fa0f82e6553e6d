//! The workbench's share of voice and attribution language on self-written texts and on the example
//! article, against hand-counted values.
#![cfg(not(target_arch = "wasm32"))]

use lede::analysis::{analyse, Options};
use lede::workbench::{language, voice, Table};

/// A text with an unattributed quote, a named person, an unnamed source and an organisation, with
/// neutral and loaded verbs and two hedges in the reporter's voice.
const TOWN: &str = include_str!("fixtures/market-town.txt");

const NO_QUOTES: &str = "The market opened in spring. Farmers sold apples and pears.";

const EXAMPLE: &str = include_str!("../src/ui/example-article.txt");

/// A table as lines of `|`-joined cells.
fn rows(table: &Table) -> Vec<String> {
    table.rows.iter().map(|r| r.join("|")).collect()
}

struct Case {
    name: &'static str,
    text: &'static str,
    /// Speaker|Type|Quotes|Words|Share|Direct|Partial|Reported|First|Last
    speakers: &'static [&'static str],
    /// Type|Speakers|Quotes|Words|Share|Direct|Partial|Reported
    types: &'static [&'static str],
    /// Speaker|Type|Neutral|Loaded|Other|No verb
    verbs: &'static [&'static str],
    /// Hedge|Kind|Sentence
    hedges: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "town",
        text: TOWN,
        speakers: &[
            "Anna Berg|Named person|3|18|47%|2|0|1||yes",
            "A spokesman|Unnamed source|1|5|13%|0|0|1||",
            "Harbour Authority|Organisation or state|1|5|13%|0|0|1||",
            "Unattributed|Unattributed|1|10|26%|1|0|0|yes|",
        ],
        types: &[
            "Named person|1|3|18|47%|2|0|1",
            "Organisation or state|1|1|5|13%|0|0|1",
            "Unnamed source|1|1|5|13%|0|0|1",
            "Unattributed|1|1|10|26%|1|0|0",
        ],
        verbs: &[
            "Anna Berg|Named person|say 2|insist||0",
            "A spokesman|Unnamed source||claim||0",
            "Harbour Authority|Organisation or state||warn||0",
            "Unattributed|Unattributed||||1",
        ],
        hedges: &[
            "could|possibility|The market could close early, and the mayor reportedly left the town hall.",
            "reportedly|hearsay|The market could close early, and the mayor reportedly left the town hall.",
        ],
    },
    Case {
        name: "no_quotes",
        text: NO_QUOTES,
        speakers: &[],
        types: &[
            "Named person|0|0|0|0%|0|0|0",
            "Organisation or state|0|0|0|0%|0|0|0",
            "Unnamed source|0|0|0|0%|0|0|0",
            "Unattributed|0|0|0|0%|0|0|0",
        ],
        verbs: &[],
        hedges: &[],
    },
    Case {
        name: "empty_text",
        text: "",
        speakers: &[],
        types: &[
            "Named person|0|0|0|0%|0|0|0",
            "Organisation or state|0|0|0|0%|0|0|0",
            "Unnamed source|0|0|0|0%|0|0|0",
            "Unattributed|0|0|0|0%|0|0|0",
        ],
        verbs: &[],
        hedges: &[],
    },
    // Counted by hand from the example's 19 quotes (as the analysis attributes them).
    Case {
        name: "example_article",
        text: EXAMPLE,
        speakers: &[
            "Ingrid Solberg|Named person|5|73|30%|3|0|2||",
            "Daniel Otieno|Named person|5|72|30%|0|1|4||yes",
            "the two governments|Unnamed source|1|21|9%|0|0|1||",
            "Norwegian customs figures|Unnamed source|1|13|5%|0|0|1||",
            "both countries|Unnamed source|1|12|5%|0|0|1||",
            "World Trade Organization|Organisation or state|1|11|5%|0|0|1||",
            "Critics in Norway|Unnamed source|1|10|4%|0|0|1||",
            "a Kenyan diplomat|Unnamed source|1|9|4%|0|0|1||",
            "Kenya|Organisation or state|1|8|3%|0|0|1|yes|",
            "officials|Unnamed source|1|7|3%|0|0|1||",
            "Brazilian officials|Unnamed source|1|5|2%|0|0|1||",
        ],
        types: &[
            "Named person|2|10|145|60%|3|1|6",
            "Organisation or state|2|2|19|8%|0|0|2",
            "Unnamed source|7|7|77|32%|0|0|7",
            "Unattributed|0|0|0|0%|0|0|0",
        ],
        verbs: &[
            "Ingrid Solberg|Named person|say 5|||0",
            "Daniel Otieno|Named person|say 4, tell|||0",
            "the two governments|Unnamed source|say|||0",
            "Norwegian customs figures|Unnamed source|according to|||0",
            "both countries|Unnamed source||complain||0",
            "World Trade Organization|Organisation or state|say|||0",
            "Critics in Norway|Unnamed source|say|||0",
            "a Kenyan diplomat|Unnamed source|ask|||0",
            "Kenya|Organisation or state|||agree|0",
            "officials|Unnamed source|||call|0",
            "Brazilian officials|Unnamed source|||show|0",
        ],
        hedges: &[],
    },
];

#[test]
fn share_of_voice_and_attribution_language_match_hand_counts() {
    for case in CASES {
        let report = analyse(case.text, &Options::default());
        let voice = voice::share_of_voice(&report);
        let language = language::attribution_language(case.text, &report);
        let check = |what: &str, got: Vec<String>, want: &[&str]| {
            assert_eq!(got, want, "{}: {what}", case.name);
        };
        check("speakers", rows(&voice::speaker_table(&voice)), case.speakers);
        check("types", rows(&voice::type_table(&voice)), case.types);
        check("verbs", rows(&language::verb_table(&language)), case.verbs);
        check("hedges", rows(&language::hedge_table(&language)), case.hedges);
        let quotes: usize = voice.speakers.iter().map(|s| s.total.quotes).sum();
        assert_eq!(
            quotes,
            report.quotes.len(),
            "{}: every quote counted once",
            case.name
        );
    }
}

/// (quote text, words)
const WORD_COUNTS: &[(&str, usize)] = &[
    ("", 0),
    ("We will win,", 3),
    ("the deal was \"a modest but real step\" for both", 10),
    (" — ", 0),
    ("duty-free access by 2025", 4),
    ("«Ça va» … — Zürich’s 東京 – ok", 5),
];

#[test]
fn quoted_words_are_counted_as_a_reader_would() {
    for &(text, want) in WORD_COUNTS {
        assert_eq!(voice::word_count(text), want, "{text:?}");
    }
}

#[test]
fn tables_have_rows_as_long_as_their_columns() {
    let report = analyse(TOWN, &Options::default());
    let all = voice::tables(&report)
        .into_iter()
        .chain(language::tables(TOWN, &report));
    for table in all {
        assert!(!table.title.is_empty());
        for row in &table.rows {
            assert_eq!(row.len(), table.columns.len(), "{}", table.title);
        }
    }
}

/// (text, part size, at least this many parts): the worker sends reports in parts; put together
/// again they are the report.
const PART_CASES: &[(&str, usize, usize)] = &[
    ("", 2_000, 1),
    (NO_QUOTES, 1, 1),
    (TOWN, 1, 5),
    (TOWN, 3, 2),
    (EXAMPLE, 1, 20),
    (EXAMPLE, 7, 3),
    (EXAMPLE, lede::workbench::parts::PART_SIZE, 1),
];

#[test]
fn a_report_cut_into_parts_is_put_together_again() {
    use lede::workbench::parts;
    let long = EXAMPLE.repeat(40);
    let cases = PART_CASES
        .iter()
        .copied()
        .chain([(long.as_str(), parts::PART_SIZE, 2)]);
    for (text, size, at_least) in cases {
        let report = analyse(text, &Options::default());
        let cut = parts::split(report.clone(), size);
        assert!(cut.len() >= at_least, "{size}: {} parts", cut.len());
        assert!(
            cut[1..].iter().all(|p| p.schema.is_empty()),
            "only the first part has the head"
        );
        assert_eq!(parts::join(cut), report, "size {size}");
    }
}
