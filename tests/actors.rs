//! Actors on the evaluation kit's sample article (skipped when the kit is not beside the repository),
//! and speed on a long text.
#![cfg(not(target_arch = "wasm32"))]

use lede::analysis::actors::{self, Context, MentionKind};
use lede::analysis::report::ActorKind;
use lede::analysis::text::Doc;
use lede::analysis::{analyse, Date, Diagnostics, Options};

fn sample() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/sample/seed-article.txt"
    );
    let alt = "/work/shared/eval/sample/seed-article.txt";
    std::fs::read_to_string(path)
        .or_else(|_| std::fs::read_to_string(alt))
        .ok()
}

#[test]
fn sample_article_actors() {
    let Some(text) = sample() else {
        eprintln!("skipped: the evaluation kit's sample article is not available");
        return;
    };
    let report = analyse(
        &text,
        &Options {
            reference_date: Date::parse_iso("2022-01-21"),
        },
    );
    let find = |name: &str| report.actors.iter().find(|a| a.name == name);
    let expect = [
        (
            "Antony Blinken",
            ActorKind::Person,
            Some("US Secretary of State"),
            Some("US"),
        ),
        (
            "Sergei Lavrov",
            ActorKind::Person,
            Some("Russian Foreign Minister"),
            Some("RU"),
        ),
        ("Vladimir Putin", ActorKind::Person, Some("President"), None),
        (
            "Emmanuel Macron",
            ActorKind::Person,
            Some("French President"),
            Some("FR"),
        ),
        ("Nato", ActorKind::Organization, None, None),
        ("US Treasury Department", ActorKind::Organization, None, None),
    ];
    for (name, kind, role, country) in expect {
        let a = find(name).unwrap_or_else(|| panic!("no actor {name}"));
        assert_eq!(a.kind, kind, "{name}");
        if let Some(role) = role {
            assert!(a.roles.iter().any(|r| r == role), "{name}: {:?}", a.roles);
        }
        if let Some(country) = country {
            assert_eq!(a.country.as_deref(), Some(country), "{name}");
        }
    }
    let blinken =
        find("Antony Blinken").map(|a| a.mentions.iter().filter(|m| m.text == "Mr Blinken").count());
    assert_eq!(blinken, Some(text.matches("Mr Blinken").count()));
    let lavrov = find("Sergei Lavrov").map(|a| a.mentions.iter().filter(|m| m.text == "Mr Lavrov").count());
    assert_eq!(lavrov, Some(text.matches("Mr Lavrov").count()));
    // No stray actors: places, dates and headline words are not actors.
    assert_eq!(
        report.actors.len(),
        6,
        "{:?}",
        report.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
}

#[test]
fn sample_article_pronouns() {
    let Some(text) = sample() else {
        eprintln!("skipped: the evaluation kit's sample article is not available");
        return;
    };
    let doc = Doc::new(&text);
    let found = actors::extract(
        &doc,
        &Context {
            countries: &[],
            dates: &[],
        },
        &mut Diagnostics::default(),
    );
    let resolved = |before: &str, word: &str| -> Option<String> {
        let at = text.find(before)? + before.len();
        let start = at + text[at..].find(word)?;
        let m = found
            .mentions
            .iter()
            .find(|m| m.span.start == start && m.kind == MentionKind::Pronoun)?;
        Some(found.actors[m.actor].name.clone())
    };
    assert_eq!(
        resolved("our differences here today\", ", "he").as_deref(),
        Some("Antony Blinken")
    );
    assert_eq!(
        resolved("to the West which ", "he").as_deref(),
        Some("Vladimir Putin")
    );
    assert_eq!(
        resolved("joining Nato.\n\n", "He").as_deref(),
        Some("Vladimir Putin")
    );
    assert_eq!(
        resolved("working against Russia. ", "He").as_deref(),
        Some("Sergei Lavrov")
    );
    assert_eq!(resolved("including cyber attacks", "").as_deref(), None);
}

#[test]
fn time_grows_linearly_with_length() {
    let paragraph = "Foreign Minister Anna Berg met Tomas Lind of the Civic Party in Geneva on Friday. \
                     \"We are ready,\" Ms Berg said, adding that she expected the Treasury Department to act. \
                     Mr Lind said he agreed, and the party said it would vote. ";
    let time = |copies: usize| {
        let (seconds, report) = timed_analysis(&paragraph.repeat(copies));
        assert!(report.actors.len() >= 3);
        seconds
    };
    assert_linear(time(300), time(1200), "300 copies", "1200");
}

/// Seconds taken by `analyse` on `text`, and its report.
fn timed_analysis(text: &str) -> (f64, lede::Report) {
    let start = std::time::Instant::now();
    let report = analyse(text, &Options::default());
    (start.elapsed().as_secs_f64(), report)
}

/// Four times the text should take about four times the time; quadratic work would take sixteen.
fn assert_linear(small: f64, large: f64, small_what: &str, large_what: &str) {
    assert!(
        large < small * 9.0 + 0.5,
        "{small:.3}s for {small_what}, {large:.3}s for {large_what}"
    );
}

/// Pronoun resolution on the dev set's GUM documents, whose gold lists pronouns with their actor.
/// Prints the accuracy; run with `cargo test --test actors -- --ignored --nocapture`.
#[test]
#[ignore]
fn dev_pronoun_accuracy() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev/actors.jsonl");
    let Ok(data) = std::fs::read_to_string(path)
        .or_else(|_| std::fs::read_to_string("/work/shared/eval/dev/actors.jsonl"))
    else {
        eprintln!("skipped: no dev set");
        return;
    };
    let (mut right, mut wrong, mut missed) = (0, 0, 0);
    for line in data.lines() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = record["text"].as_str().unwrap_or("");
        let doc = Doc::new(text);
        let found = actors::extract(
            &doc,
            &Context {
                countries: &[],
                dates: &[],
            },
            &mut Diagnostics::default(),
        );
        let spans = |v: &serde_json::Value| -> Vec<(usize, usize)> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| Some((s[0].as_u64()? as usize, s[1].as_u64()? as usize)))
                        .collect()
                })
                .unwrap_or_default()
        };
        type Spans = Vec<(usize, usize)>;
        let gold: Vec<(Spans, Spans)> = record["gold"]["actors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|g| (spans(&g["mentions"]), spans(&g["other_mentions"])))
                    .collect()
            })
            .unwrap_or_default();
        for (names, others) in &gold {
            for &(s, e) in others {
                let word = text.get(s..e).unwrap_or("").to_lowercase();
                if !matches!(
                    word.as_str(),
                    "he" | "him" | "his" | "she" | "her" | "they" | "their" | "them" | "it" | "its"
                ) {
                    continue;
                }
                let Some(m) = found
                    .mentions
                    .iter()
                    .find(|m| m.span.start == s && m.kind == MentionKind::Pronoun)
                else {
                    missed += 1;
                    continue;
                };
                let ok = found.actors[m.actor]
                    .mentions
                    .iter()
                    .any(|pm| names.iter().any(|&(gs, ge)| pm.start < ge && gs < pm.end));
                if ok {
                    right += 1;
                } else {
                    wrong += 1;
                    eprintln!(
                        "wrong: {:?} -> {}",
                        &text[s.saturating_sub(60)..e],
                        found.actors[m.actor].name
                    );
                }
            }
        }
    }
    eprintln!("pronouns: {right} right, {wrong} wrong, {missed} unresolved");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Mr".to_string()),
            Just("Mr.".to_string()),
            Just("Anna".to_string()),
            Just("Berg".to_string()),
            Just("of".to_string()),
            Just("the".to_string()),
            Just("&".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just("\"".to_string()),
            Just("“".to_string()),
            Just("'s".to_string()),
            Just("he".to_string()),
            Just("Ministry".to_string()),
            Just("President".to_string()),
            Just("van".to_string()),
            Just("al-".to_string()),
            Just(",".to_string()),
            Just(".".to_string()),
            Just("\n".to_string()),
            "[A-ZÉ][a-zé]{0,6}",
            "\\PC{1,3}",
        ]
    }

    proptest! {
        #[test]
        fn spans_are_valid_and_ordered(words in proptest::collection::vec(word(), 0..40)) {
            let text = words.join(" ");
            let doc = Doc::new(&text);
            let found = actors::extract(&doc, &Context { countries: &[], dates: &[] }, &mut Diagnostics::default());
            let mut last = 0;
            for m in &found.mentions {
                prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
                prop_assert!(m.span.start >= last);
                last = m.span.start;
                prop_assert!(m.actor < found.actors.len());
            }
            for (i, a) in found.actors.iter().enumerate() {
                prop_assert_eq!(&a.id, &format!("a{}", i + 1));
                prop_assert!(!a.mentions.is_empty());
                for m in &a.mentions {
                    prop_assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
                }
            }
        }
    }
}

/// Prints every actor reference of the file named by `LEDE_TEXT`, for inspection:
/// `LEDE_TEXT=article.txt cargo test --test actors print_references -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_references() {
    let Some(text) = std::env::var("LEDE_TEXT")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok())
    else {
        eprintln!("skipped: set LEDE_TEXT to a text file");
        return;
    };
    let doc = Doc::new(&text);
    let found = actors::extract(
        &doc,
        &Context {
            countries: &[],
            dates: &[],
        },
        &mut Diagnostics::default(),
    );
    for m in &found.mentions {
        eprintln!(
            "{:>6} {:?} {:?} -> {}",
            m.span.start,
            m.kind,
            m.span.slice(&text),
            found.actors[m.actor].name
        );
    }
}

#[test]
fn many_distinct_names_stay_linear() {
    const SYLLABLES: [&str; 10] = ["ka", "lo", "mi", "ra", "tu", "ven", "dor", "sel", "bri", "nox"];
    let name = |mut i: usize| {
        let mut s = String::new();
        for _ in 0..4 {
            s.push_str(SYLLABLES[i % 10]);
            i /= 10;
        }
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let text = |n: usize| {
        (0..n)
            .map(|i| format!("Then {} met {} Group. ", name(i), name(i + 5000)))
            .collect::<String>()
    };
    let time = |n: usize| {
        let (seconds, report) = timed_analysis(&text(n));
        assert!(!report.actors.is_empty());
        seconds
    };
    assert_linear(time(500), time(2000), "500 sentences", "2000");
}

/// "Weekly" and "Today" are dates on their own but part of a newspaper's name after a capitalised word.
#[test]
fn regression_periodical_name_is_no_date() {
    let cases = [
        (
            "The mayor told Harbour Weekly that he would stay.",
            "Harbour Weekly",
        ),
        ("Readers of Oldham Today wrote in.", "Oldham Today"),
    ];
    for (text, name) in cases {
        let report = analyse(text, &Options::default());
        assert!(
            report.actors.iter().any(|a| a.name == name),
            "{text}: {:?}",
            report.actors
        );
    }
    let report = analyse(
        "The paper comes out weekly. Today it did not.",
        &Options::default(),
    );
    assert!(report.actors.is_empty(), "{:?}", report.actors);
}
