//! Actors on the evaluation kit's sample article (skipped when the kit is not beside the repository),
//! and speed on a long text.

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
fn long_text_is_fast() {
    let paragraph = "Foreign Minister Anna Berg met Tomas Lind of the Civic Party in Geneva on Friday. \
                     \"We are ready,\" Ms Berg said, adding that she expected the Treasury Department to act. \
                     Mr Lind said he agreed, and the party said it would vote. ";
    let text = paragraph.repeat(2000);
    let start = std::time::Instant::now();
    let report = analyse(&text, &Options::default());
    let elapsed = start.elapsed();
    assert!(report.actors.len() >= 3);
    assert!(
        elapsed.as_secs_f64() < 5.0,
        "{elapsed:?} for {} bytes",
        text.len()
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
