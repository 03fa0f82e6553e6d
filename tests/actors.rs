//! Actors on the evaluation kit's sample article (skipped when the kit is not beside the repository),
//! the case table `tests/cases/actors.txt`, and behaviour on long and repetitive input. Speed is
//! measured by the benchmarks (`benches/`), not asserted here.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::analysis::actors::{self, Context, MentionKind};
use lede::analysis::report::ActorKind;
use lede::analysis::text::Doc;
use lede::analysis::{analyse, Date, Diagnostics, Options};

fn sample() -> Option<String> {
    let dir = support::eval_sample_dir()?;
    std::fs::read_to_string(dir.join("seed-article.txt")).ok()
}

/// Every case of `tests/cases/actors.txt`, grouped by rule (`UPDATE_EXPECT=1` rewrites them).
#[test]
fn case_table() {
    support::cases::check_file("actors", &["actor", "reference"]);
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
        // States speaking as states ("the US warned", "Chile also said", "Britain announced").
        // States acting as states once they have spoken (a past form, a verb shared by two countries, a
        // capital before an auxiliary: Moscow is the Russian state).
        ("United States", ActorKind::Organization, None, Some("US")),
        ("Russia", ActorKind::Organization, None, Some("RU")),
        ("Denmark", ActorKind::Organization, None, Some("DK")),
        ("United Kingdom", ActorKind::Organization, None, Some("GB")),
        // A state acting in a text where states speak ("Spain is sending warships").
        ("Spain", ActorKind::Organization, None, Some("ES")),
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
    let russia = find("Russia").map(|a| a.mentions.iter().filter(|m| m.text == "Moscow").count());
    assert_eq!(russia, Some(3), "Moscow acting as the Russian state");
    // No stray actors: places, dates and headline words are not actors; states that act are.
    assert_eq!(
        report.actors.len(),
        11,
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

/// A text said three times has the same actors, each named and referred to three times as often.
#[test]
fn a_repeated_article_repeats_its_mentions() {
    let paragraph = "Foreign Minister Anna Berg met Tomas Lind of the Civic Party in Geneva on Friday. \
                     \"We are ready,\" Ms Berg said, adding that she expected the Treasury Department to act. \
                     Mr Lind said he agreed, and the party said it would vote. ";
    let once = analyse(paragraph, &Options::default());
    let thrice = analyse(&paragraph.repeat(3), &Options::default());
    assert!(once.actors.len() >= 3);
    assert_eq!(once.actors.len(), thrice.actors.len());
    for (a, b) in once.actors.iter().zip(&thrice.actors) {
        assert_eq!((&a.name, a.kind), (&b.name, b.kind));
        assert_eq!(a.mentions.len() * 3, b.mentions.len(), "{}", a.name);
        assert_eq!(a.references.len() * 3, b.references.len(), "{}", a.name);
    }
}

/// Many different names stay apart: one actor each, found by its own rule.
#[test]
fn many_distinct_names_give_one_actor_each() {
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
    let text: String = (0..40)
        .map(|i| format!("Then {} met {} Group. ", name(i), name(i + 5000)))
        .collect();
    let report = analyse(&text, &Options::default());
    assert_eq!(report.actors.len(), 80);
    for a in &report.actors {
        assert_eq!(a.mentions.len(), 1, "{}", a.name);
    }
    let mut groups = report.actors.iter().filter(|a| a.name.ends_with(" Group"));
    assert!(
        groups.all(|a| a.kind == ActorKind::Organization && a.mentions[0].rule == "actors/organisation-word")
    );
}

/// A long run of capitalised words, titles or articles (whatever separates them: spaces, tabs,
/// no-break spaces) is at most one name, never one per word.
#[test]
fn long_runs_of_capitalised_words_are_one_name_at_most() {
    let runs = [
        ["Aaa", "Bbb", "Ccc", "Ddd"].repeat(8).join(" "),
        "Mr ".repeat(24),
        "The ".repeat(24),
        "Dr. ".repeat(24),
        ["Aaa", "Bbb"].repeat(12).join("\t"),
        ["Aaa", "Bbb"].repeat(12).join("\u{a0}"),
    ];
    for text in &runs {
        let report = analyse(text, &Options::default());
        let mentions: usize = report.actors.iter().map(|a| a.mentions.len()).sum();
        assert!(mentions <= 1, "{text:?}: {:?}", report.actors);
        for m in report.actors.iter().flat_map(|a| &a.mentions) {
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
}

/// Pronoun resolution on the dev set's GUM documents, whose gold lists pronouns with their actor.
/// Prints the accuracy; run with `cargo test --test actors -- --ignored --nocapture`.
#[test]
#[ignore]
fn dev_pronoun_accuracy() {
    let Some(Ok(data)) = support::eval_dir().map(|d| std::fs::read_to_string(d.join("dev/actors.jsonl")))
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

/// A possessive whose owner is no name (a month's abbreviation in capitals) opened the role ("'s
/// director-general").
#[test]
fn regression_role_after_an_unnamed_possessive() {
    let cases = [
        (
            "The strike ended. SEPT's director-general, Karim Settati, said the deal was fair.",
            "director-general",
        ),
        (
            "The strike ended. QRTZ's director-general, Karim Settati, said the deal was fair.",
            "QRTZ's director-general",
        ),
    ];
    for (text, role) in cases {
        let report = analyse(text, &Options::default());
        let person = report.actors.iter().find(|a| a.name == "Karim Settati");
        assert_eq!(
            person.map(|a| a.roles.clone()),
            Some(vec![role.to_string()]),
            "{text}"
        );
    }
}
