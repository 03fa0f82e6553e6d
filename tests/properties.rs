//! Properties of `analyse` on arbitrary input: it never panics, and every span in the report lies within
//! the input, on char boundaries, with `text` equal to the slice, and lists come in text order.
//!
//! The generated text leans towards what the extractors react to (quotation marks, apostrophes,
//! digits, capitalised words, reporting verbs, month and weekday names, place names, line breaks) and
//! mixes in multi-byte characters so that byte/char confusions show up.
#![cfg(not(target_arch = "wasm32"))]

use lede::analysis::report::Mention;
use lede::analysis::rules;
use lede::{analyse, Date, Options, Report};
use proptest::prelude::*;

/// Characters the extractors treat specially, multi-byte ones included.
const SPECIAL: &[char] = &[
    '"',
    '\'',
    '\u{201C}',
    '\u{201D}',
    '\u{2018}',
    '\u{2019}',
    '\u{00AB}',
    '\u{00BB}',
    '\u{201E}',
    '`',
    '.',
    ',',
    ';',
    ':',
    '!',
    '?',
    '-',
    '\u{2013}',
    '\u{2014}',
    '(',
    ')',
    '/',
    '%',
    '$',
    '\u{20AC}',
    '\u{00A0}',
    '\u{2026}',
    '\n',
    '\n',
    ' ',
    ' ',
    ' ',
    '\t',
    '\r',
    '\u{00E9}',
    '\u{00DF}',
    '\u{00C5}',
    '\u{0130}',
    '\u{4E2D}',
    '\u{1F600}',
    '\u{0301}',
    '\u{200B}',
    '\u{FEFF}',
];

/// Words that start or steer a finding.
const WORDS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "according to",
    "he",
    "she",
    "He",
    "She",
    "they",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Mr.",
    "President",
    "Minister",
    "Foreign Minister",
    "Secretary of State",
    "the",
    "The",
    "of",
    "and",
    "in",
    "on",
    "at",
    "Anna",
    "Kowalski",
    "Ingrid",
    "Okafor",
    "Li Wei",
    "O'Brien",
    "Jean-Paul",
    "United Nations",
    "Nato",
    "Ministry",
    "Monday",
    "Friday",
    "Thursday",
    "today",
    "yesterday",
    "tomorrow",
    "next week",
    "last month",
    "this year",
    "January",
    "March",
    "Dec.",
    "2019",
    "21",
    "1999",
    "2024-02-29",
    "10:42",
    "AM",
    "p.m.",
    "two years ago",
    "a day",
    "every week",
    "Russia",
    "Russian",
    "Moscow",
    "Geneva",
    "Swiss",
    "US",
    "U.S.",
    "Britain",
    "UK",
    "Kenya",
    "Nairobi",
    "Norwegian",
    "Oslo",
    "Côte d'Ivoire",
    "São Paulo",
    "Zürich",
    "Published:",
    "Updated:",
    "By",
    "(Reuters)",
    "a senior official",
    "officials",
    "sources familiar with",
    "according to",
    "it is understood",
    "is said to",
    "declined to comment",
    "didn't",
    "immediately",
    "--",
    "'s",
    "’s",
    "n't",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(WORDS).prop_map(str::to_string),
        3 => proptest::sample::select(SPECIAL).prop_map(|c| c.to_string()),
        2 => "[A-Z][a-z]{0,8}",
        2 => "[a-z]{1,8}",
        1 => "[0-9]{1,4}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// Text made of fragments, mostly separated by spaces.
fn article() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), prop_oneof![3 => Just(" "), 1 => Just("")]), 0..120).prop_map(
        |parts| {
            parts
                .into_iter()
                .flat_map(|(f, sep)| [f, sep.to_string()])
                .collect()
        },
    )
}

fn reference_date() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        1 => Just(None),
        4 => (1i32..=9999, 1u8..=12, 1u8..=31).prop_map(|(y, m, d)| Date::new(y, m, d)),
        1 => (1990i32..=2030, 1u8..=12, 28u8..=31).prop_map(|(y, m, d)| Date::new(y, m, d)),
    ]
}

fn check_span(text: &str, what: &str, start: usize, end: usize, shown: &str) -> Result<(), TestCaseError> {
    prop_assert!(start <= end, "{what}: start {start} > end {end}");
    prop_assert!(
        end <= text.len(),
        "{what}: end {end} beyond the input ({} bytes)",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: [{start}..{end}) is not on char boundaries"
    );
    prop_assert_eq!(
        &text[start..end],
        shown,
        "{}: text differs from the slice [{}..{})",
        what,
        start,
        end
    );
    Ok(())
}

fn check_mention(text: &str, what: &str, m: &Mention) -> Result<(), TestCaseError> {
    check_span(text, what, m.start, m.end, &m.text)
}

fn check_sorted(what: &str, starts: &[usize]) -> Result<(), TestCaseError> {
    prop_assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "{what} not in text order: {starts:?}"
    );
    Ok(())
}

/// All span and order properties of one report.
fn check_report(text: &str, r: &Report) -> Result<(), TestCaseError> {
    prop_assert_eq!(r.schema.as_str(), "lede.report/1");
    let ids: Vec<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    prop_assert_eq!(unique.len(), ids.len(), "actor ids are not unique: {:?}", ids);
    for a in &r.actors {
        prop_assert!(!a.mentions.is_empty(), "actor {} has no mention", a.id);
        for m in &a.mentions {
            check_mention(text, "actor mention", m)?;
        }
        check_sorted(
            "actor mentions",
            &a.mentions.iter().map(|m| m.start).collect::<Vec<_>>(),
        )?;
    }
    // Actors are numbered in order of first mention.
    check_sorted(
        "actors by first mention",
        &r.actors.iter().map(|a| a.mentions[0].start).collect::<Vec<_>>(),
    )?;
    for q in &r.quotes {
        check_span(text, "quote", q.start, q.end, &q.text)?;
        if let Some(m) = &q.speaker_mention {
            check_mention(text, "speaker mention", m)?;
        }
        if let Some(s) = &q.speaker {
            prop_assert!(ids.contains(&s.as_str()), "quote speaker {s} is not an actor id");
        }
    }
    check_sorted("quotes", &r.quotes.iter().map(|q| q.start).collect::<Vec<_>>())?;
    for d in &r.dates {
        check_span(text, "date", d.start, d.end, &d.text)?;
    }
    check_sorted("dates", &r.dates.iter().map(|d| d.start).collect::<Vec<_>>())?;
    for c in &r.countries {
        prop_assert!(!c.mentions.is_empty(), "country {} has no mention", c.code);
        for m in &c.mentions {
            check_span(text, "country mention", m.start, m.end, &m.text)?;
        }
        check_sorted(
            "country mentions",
            &c.mentions.iter().map(|m| m.start).collect::<Vec<_>>(),
        )?;
    }
    for h in &r.hedges {
        check_span(text, "hedge", h.start, h.end, &h.text)?;
        let sentence = text.get(h.sentence_start..h.sentence_end).unwrap_or("");
        check_span(text, "hedge sentence", h.sentence_start, h.sentence_end, sentence)?;
        prop_assert!(
            h.sentence_start <= h.start && h.end <= h.sentence_end,
            "hedge outside its sentence"
        );
        let quoted = r.quotes.iter().any(|q| q.start <= h.start && h.start < q.end);
        prop_assert!(!quoted, "hedge {:?} inside a quote", h.text);
    }
    check_sorted("hedges", &r.hedges.iter().map(|h| h.start).collect::<Vec<_>>())?;
    for s in &r.sources {
        check_span(text, "source", s.start, s.end, &s.text)?;
        prop_assert!(
            s.sentence_start <= s.start && s.end <= s.sentence_end && s.sentence_end <= text.len(),
            "source {:?} outside its sentence",
            s.text
        );
    }
    check_sorted("sources", &r.sources.iter().map(|s| s.start).collect::<Vec<_>>())?;
    let kinds = r.actors.iter().filter_map(|a| a.source_kind.as_ref());
    for k in kinds.chain(r.quotes.iter().filter_map(|q| q.source_kind.as_ref())) {
        let e = &k.evidence;
        check_span(text, "kind evidence", e.start, e.end, &e.text)?;
    }
    prop_assert_eq!(r.stats.chars, text.chars().count());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn newsy_text_gives_well_formed_reports(text in article(), date in reference_date()) {
        let report = analyse(&text, &Options { reference_date: date });
        check_report(&text, &report)?;
        if let Some(d) = date {
            prop_assert_eq!(report.reference_date, Some(d.to_string()));
        }
    }

    #[test]
    fn any_string_gives_a_well_formed_report(text in any::<String>(), date in reference_date()) {
        let report = analyse(&text, &Options { reference_date: date });
        check_report(&text, &report)?;
    }

    #[test]
    fn analysis_is_deterministic(text in article()) {
        let options = Options::default();
        prop_assert_eq!(analyse(&text, &options), analyse(&text, &options));
    }
}

/// The kinds of finding (first word of a [`rules::explain`] line) and the extractor whose registered
/// rule each must name.
const RULED_KINDS: &[(&str, &str)] = &[
    ("date", "dates/"),
    ("country", "countries/"),
    ("actor", "actors/"),
    ("reference", "actors/"),
    ("quote", "quotes/"),
    ("speaker", "quotes/"),
    ("hedge", "hedges/"),
    ("source", "sources/"),
    ("kind", "kinds/"),
];

/// Every finding of `report` of a kind in `kinds` names a rule of `rules::all()` with the kind's prefix.
fn findings_name_known_rules(report: &Report, kinds: &[(&str, &str)]) -> Result<(), TestCaseError> {
    for (rule, line) in rules::explain(report) {
        let kind = line.split(' ').next().unwrap_or("");
        let Some((_, prefix)) = kinds.iter().find(|(k, _)| *k == kind) else {
            continue;
        };
        prop_assert!(
            rule.starts_with(prefix) && rules::find(rule).is_some(),
            "{} has no known rule: {:?}",
            line,
            rule
        );
    }
    Ok(())
}

/// The report's findings (everything but the statistics and diagnostics) as JSON, with every `start`
/// and `end` moved back by `shift` bytes.
fn findings_shifted(report: &Report, shift: usize) -> serde_json::Value {
    fn walk(v: &mut serde_json::Value, shift: u64) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    match x.as_u64() {
                        Some(n)
                            if k == "start" || k.ends_with("_start") || k == "end" || k.ends_with("_end") =>
                        {
                            *x = (n.saturating_sub(shift)).into()
                        }
                        _ => walk(x, shift),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, shift)),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(report).unwrap_or_default();
    walk(&mut v, shift as u64);
    if let Some(m) = v.as_object_mut() {
        m.remove("stats");
        m.remove("diagnostics");
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_finding_names_a_known_rule(text in article(), date in reference_date()) {
        let report = analyse(&text, &Options { reference_date: date });
        findings_name_known_rules(&report, RULED_KINDS)?;
    }

    #[test]
    fn a_leading_byte_order_mark_shifts_the_findings_by_three_bytes(
        text in article(),
        date in reference_date(),
    ) {
        // A text that already starts with U+FEFF would get a second one, which is text, not a mark.
        prop_assume!(!text.starts_with('\u{FEFF}'));
        let options = Options { reference_date: date };
        let plain = analyse(&text, &options);
        let with_bom = analyse(&format!("\u{FEFF}{text}"), &options);
        check_report(&format!("\u{FEFF}{text}"), &with_bom)?;
        prop_assert_eq!(findings_shifted(&with_bom, 3), findings_shifted(&plain, 0));
    }
}

/// Regression: a name at the text's first byte and a cluster with no member before a mention tied
/// on recency (both 0), so a leading byte-order mark, which moves the first name to byte 3, sent a
/// surname to another person.
#[test]
fn regression_a_name_at_byte_zero_ties_with_no_earlier_mention() {
    let text = "O'Brien \u{557} Published: Kowalski aaaa Kowalski Ingrid \" a Kowalski Hesaid O'Brien the asaid aaaa ";
    let options = Options::default();
    let plain = analyse(text, &options);
    let with_bom = analyse(&format!("\u{FEFF}{text}"), &options);
    assert_eq!(findings_shifted(&with_bom, 3), findings_shifted(&plain, 0));
}

/// Every input of the fuzzing corpus (`fuzz/corpus/analyse`, see `fuzz/`) gives a well-formed report,
/// read as the fuzz target reads it (lossy UTF-8 after three bytes that pick the date; here: none).
#[test]
fn fuzz_corpus_inputs_give_well_formed_reports() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/analyse");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut count = 0;
    for entry in entries.flatten() {
        let bytes = std::fs::read(entry.path()).unwrap_or_default();
        let text = String::from_utf8_lossy(bytes.get(3..).unwrap_or_default()).into_owned();
        let report = analyse(&text, &Options::default());
        check_report(&text, &report).unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
        count += 1;
    }
    assert!(count > 0, "an empty corpus in {}", dir.display());
}

/// Long runs of one special character are where scanners loop or overflow.
#[test]
fn repeated_special_characters() {
    for c in SPECIAL {
        for n in [1, 2, 3, 1000] {
            let text: String = std::iter::repeat_n(*c, n).collect();
            let r = analyse(&text, &Options::default());
            check_report(&text, &r).unwrap_or_else(|e| panic!("{c:?} x {n}: {e}"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The voices audit of any set of articles: no panic, every speaker's numbers are its quotes'.
    #[test]
    fn an_audit_of_any_articles_adds_up(texts in proptest::collection::vec(article(), 0..4)) {
        use lede::audit::{audit, Article, Edits};
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::analyse(&i.to_string(), None, t, None))
            .collect();
        let a = audit(&articles, &Edits::default());
        let mut quotes = 0;
        for s in &a.speakers {
            prop_assert_eq!(s.quotes.len(), s.total.quotes);
            prop_assert!(!s.articles.is_empty());
            quotes += s.total.quotes;
        }
        prop_assert_eq!(quotes, a.total.quotes);
        let attributed: usize = a.articles.iter().map(|r| r.quotes - r.unattributed).sum();
        prop_assert_eq!(attributed, a.total.quotes);
    }
}
