//! The first-level acceptance checks on the evaluation kit's sample article (publication date
//! 2022-01-21): the actors, quotes, dates and countries it must at least yield.
//!
//! The article and its hand annotation are read from `../shared/eval/sample/` (beside the project, never
//! copied into it; see `support::eval_sample_dir`); the tests are skipped with a message when that
//! folder is absent. Offsets of what must
//! be found come from the annotation, so this file holds no text of the article.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::analysis::report::{Actor, QuoteKind, Via};
use lede::{analyse, Date, Options, Report};
use serde_json::Value;

/// The article, its gold annotation and Lede's report, or `None` when the sample is absent.
fn load() -> Option<(String, Value, Report)> {
    let Some(dir) = support::eval_sample_dir() else {
        println!("no ../shared/eval/sample folder (set LEDE_EVAL_DIR to the evaluation kit); skipped");
        return None;
    };
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(dir.join("seed-article.txt")),
        std::fs::read_to_string(dir.join("seed-article.gold.jsonl")),
    ) else {
        println!("sample article not found in {}; skipped", dir.display());
        return None;
    };
    let gold: Value = serde_json::from_str(gold.lines().next().unwrap_or("")).expect("gold is JSON");
    assert_eq!(
        gold["text"].as_str(),
        Some(text.as_str()),
        "gold and article differ"
    );
    let report = analyse(
        &text,
        &Options {
            reference_date: Date::parse_iso("2022-01-21"),
        },
    );
    Some((text, gold["gold"].clone(), report))
}

fn span(v: &Value) -> (usize, usize) {
    (v[0].as_u64().unwrap() as usize, v[1].as_u64().unwrap() as usize)
}

fn gold_actor<'a>(gold: &'a Value, name: &str) -> &'a Value {
    gold["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == name)
        .expect("actor in the gold")
}

/// The report's actor holding the gold actor's first named mention.
fn actor_at<'a>(report: &'a Report, text: &str, start: usize, end: usize) -> Result<&'a Actor, String> {
    report
        .actors
        .iter()
        .find(|a| a.mentions.iter().any(|m| (m.start, m.end) == (start, end)))
        .ok_or_else(|| {
            format!(
                "no actor has the mention {:?} [{start}..{end})",
                &text[start..end]
            )
        })
}

fn names(report: &Report) -> Vec<(&str, Vec<&str>)> {
    report
        .actors
        .iter()
        .map(|a| (a.name.as_str(), a.roles.iter().map(String::as_str).collect()))
        .collect()
}

#[test]
fn sample_actors_names_mentions_and_roles() {
    let Some((text, gold, report)) = load() else {
        return;
    };
    let mut errors = Vec::new();
    // (gold name, every named mention must be linked, a role the text gives)
    let expected = [
        ("Antony Blinken", true, Some("US Secretary of State")),
        ("Sergei Lavrov", true, Some("Russian Foreign Minister")),
        ("Vladimir Putin", false, Some("President")),
        ("Emmanuel Macron", false, Some("French President")),
        ("Nato", false, None),
        ("US Treasury Department", false, None),
    ];
    for (name, all_mentions, role) in expected {
        let g = gold_actor(&gold, name);
        let mentions: Vec<(usize, usize)> = g["mentions"].as_array().unwrap().iter().map(span).collect();
        let (s, e) = mentions[0];
        let actor = match actor_at(&report, &text, s, e) {
            Ok(a) => a,
            Err(err) => {
                errors.push(format!("{name}: {err}"));
                continue;
            }
        };
        if !actor.name.eq_ignore_ascii_case(name) {
            errors.push(format!("{name}: the actor is named {:?}", actor.name));
        }
        if g["kind"].as_str() != Some(kind_name(actor)) {
            errors.push(format!(
                "{name}: kind {} instead of {}",
                kind_name(actor),
                g["kind"]
            ));
        }
        if all_mentions {
            for (s, e) in &mentions {
                if !actor.mentions.iter().any(|m| (m.start, m.end) == (*s, *e)) {
                    errors.push(format!(
                        "{name}: mention {:?} [{s}..{e}) not linked to {}",
                        &text[*s..*e],
                        actor.id
                    ));
                }
            }
        }
        if let Some(role) = role {
            if !actor.roles.iter().any(|r| r == role) {
                errors.push(format!("{name}: role {role:?} missing from {:?}", actor.roles));
            }
        }
    }
    assert!(
        errors.is_empty(),
        "{}\nactors: {:#?}",
        errors.join("\n"),
        names(&report)
    );
}

fn kind_name(a: &Actor) -> &'static str {
    match a.kind {
        lede::analysis::report::ActorKind::Person => "person",
        lede::analysis::report::ActorKind::Organization => "organization",
        lede::analysis::report::ActorKind::Group => "group",
    }
}

#[test]
fn sample_direct_and_partial_quotes_with_speakers() {
    let Some((text, gold, report)) = load() else {
        return;
    };
    let mut errors = Vec::new();
    for q in gold["quotes"].as_array().unwrap() {
        let kind = match q["kind"].as_str() {
            Some("direct") => QuoteKind::Direct,
            Some("partial") => QuoteKind::Partial,
            _ => continue,
        };
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        let words = &text[s..e];
        // The quoted words, give or take the punctuation at their edges.
        // The closest of the overlapping quotes (a reported clause may contain the quoted words).
        let closest = report
            .quotes
            .iter()
            .filter(|r| r.start < e && s < r.end)
            .min_by_key(|r| r.start.abs_diff(s) + r.end.abs_diff(e));
        let Some(found) = closest else {
            errors.push(format!("quote {words:?} [{s}..{e}) not found"));
            continue;
        };
        // A direct quote is the quoted words; a partial one may be them or the reported clause around
        // them (the evaluation data's partial quotes are whole clauses).
        let core = words.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
        let tight = found.text.len() <= words.len() + 2;
        if !found.text.contains(core) || (kind == QuoteKind::Direct && !tight) {
            errors.push(format!("quote {words:?}: found {:?}", found.text));
        }
        if found.kind != kind {
            errors.push(format!(
                "quote {words:?}: kind {:?} instead of {kind:?}",
                found.kind
            ));
        }
        let (ss, se) = (
            q["speaker_start"].as_u64().unwrap() as usize,
            q["speaker_end"].as_u64().unwrap() as usize,
        );
        match &found.speaker_mention {
            Some(m) if (m.start, m.end) == (ss, se) => {}
            other => errors.push(format!(
                "quote {words:?}: speaker mention {other:?} instead of {:?} [{ss}..{se})",
                &text[ss..se]
            )),
        }
        let speaker = q["speaker"].as_str().unwrap();
        let first = span(&gold_actor(&gold, speaker)["mentions"][0]);
        let want = actor_at(&report, &text, first.0, first.1)
            .map(|a| a.id.clone())
            .ok();
        if want.is_none() || found.speaker != want {
            errors.push(format!(
                "quote {words:?}: speaker {:?} instead of {speaker}'s id {want:?}",
                found.speaker
            ));
        }
    }
    assert!(
        errors.is_empty(),
        "{}\nquotes: {:#?}",
        errors.join("\n"),
        report.quotes
    );
}

#[test]
fn sample_dates_with_values() {
    let Some((text, gold, report)) = load() else {
        return;
    };
    assert_eq!(report.reference_date.as_deref(), Some("2022-01-21"));
    let mut errors = Vec::new();
    // "21 January 2022" (the publication line), "Friday", "Thursday", "next week", "2019".
    let wanted = [
        ("2022-01-21T20:17", "2022-01-21"),
        ("2022-01-21", "2022-01-21"),
        ("2022-01-20", "2022-01-20"),
        ("2022-W04", "2022-W04"),
        ("2019", "2019"),
    ];
    for (gold_value, value_prefix) in wanted {
        let g = gold["dates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["value"] == gold_value)
            .unwrap();
        let (s, e) = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
        );
        let hit = report.dates.iter().find(|d| d.start < e && s < d.end);
        match hit {
            Some(d) if d.value.as_deref().is_some_and(|v| v.starts_with(value_prefix)) => {}
            other => errors.push(format!(
                "date {:?} [{s}..{e}) should be {value_prefix}: found {:?}",
                &text[s..e],
                other.map(|d| (&d.text, &d.value))
            )),
        }
    }
    assert!(
        errors.is_empty(),
        "{}\ndates: {:#?}",
        errors.join("\n"),
        report.dates
    );
}

#[test]
fn sample_countries_with_demonyms_capitals_and_cities() {
    let Some((text, gold, report)) = load() else {
        return;
    };
    let codes: Vec<&str> = report.countries.iter().map(|c| c.code.as_str()).collect();
    let mut errors = Vec::new();
    for code in ["US", "RU", "UA", "CH", "IR", "GB", "FR", "DE", "ES", "DK", "RO"] {
        if !codes.contains(&code) {
            errors.push(format!("country {code} missing"));
        }
    }
    // Every gold mention written as one of these words must be found, under its country and "via".
    let words = [
        "Russian",
        "Moscow",
        "Kyiv",
        "Geneva",
        "Swiss",
        "Berlin",
        "French",
        "Ukrainian",
    ];
    for c in gold["countries"].as_array().unwrap() {
        let code = c["code"].as_str().unwrap();
        for (m, via) in c["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .zip(c["mention_via"].as_array().unwrap())
        {
            let (s, e) = span(m);
            if !words.contains(&&text[s..e]) {
                continue;
            }
            let via = match via.as_str().unwrap() {
                "demonym" => Via::Demonym,
                "capital" => Via::Capital,
                "city" => Via::City,
                "alias" => Via::Alias,
                _ => Via::Name,
            };
            let found = report
                .countries
                .iter()
                .find(|rc| rc.code == code)
                .and_then(|rc| rc.mentions.iter().find(|rm| (rm.start, rm.end) == (s, e)));
            match found {
                Some(rm) if rm.via == via => {}
                other => errors.push(format!(
                    "{code}: {:?} [{s}..{e}) via {via:?}: found {:?}",
                    &text[s..e],
                    other.map(|rm| rm.via)
                )),
            }
        }
    }
    assert!(
        errors.is_empty(),
        "{}\ncountries found: {codes:?}",
        errors.join("\n")
    );
}
