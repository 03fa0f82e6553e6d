//! Every rule of every extractor: its examples produce what they say, its counter-examples produce
//! nothing by that rule, and every finding of a report names a known rule.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::HashSet;
use std::fmt::Write as _;

use lede::analysis::rules::{self, Rule};
use support::cases;

const EXTRACTORS: [&str; 7] = [
    "dates",
    "countries",
    "actors",
    "quotes",
    "hedges",
    "sources",
    "kinds",
];

/// `@YYYY-MM-DD text` or `@none text` analyse against another reference date.
fn split_date(example: &str) -> (Option<&str>, &str) {
    match example.strip_prefix('@').and_then(|e| e.split_once(' ')) {
        Some((date, text)) => (Some(date), text),
        None => (None, example),
    }
}

/// The lines `rule` produces in `example`.
fn produced(rule: &Rule, example: &str) -> Vec<String> {
    let (date, text) = split_date(example);
    let report = cases::report(text, date);
    rules::explain(&report)
        .into_iter()
        .filter(|(name, _)| *name == rule.name)
        .map(|(_, line)| line)
        .collect()
}

/// A rule that keeps something from being found (a thing that is no actor, a person who is no
/// country) states what its example must not yield: `no actor mention "Brisk"` (no actor has that
/// mention), `no country "Florence"` (no country mention of that text). The lines of `example`, of
/// any rule, that break such an expectation; `None` for an ordinary expectation.
fn broken_absence(example: &str, expect: &str) -> Option<Vec<String>> {
    let (date, text) = split_date(example);
    let (prefix, needle) = if let Some(name) = expect.strip_prefix("no actor mention ") {
        ("actor ", format!(": {name}"))
    } else if let Some(name) = expect.strip_prefix("no country ") {
        ("country ", format!("country {name} ="))
    } else {
        return None;
    };
    let report = cases::report(text, date);
    Some(
        rules::explain(&report)
            .into_iter()
            .map(|(_, line)| line)
            .filter(|line| line.starts_with(prefix) && line.contains(&needle))
            .collect(),
    )
}

/// Whether an expectation is an absence: `no actor mention "Brisk"`, `no country "Florence"`.
fn is_absence(expect: &str) -> bool {
    expect.starts_with("no actor mention ") || expect.starts_with("no country ")
}

/// A counter-example of a rule that keeps something from being found (an absence rule) must find
/// something of the same kind, an actor mention or a country, or it shows nothing: its report's lines
/// of that kind, empty when it finds none.
fn found_of_kind(rule: &Rule, example: &str) -> Vec<String> {
    let (date, text) = split_date(example);
    let prefix = if rule.name.starts_with("countries/") {
        "country "
    } else {
        "actor "
    };
    rules::explain(&cases::report(text, date))
        .into_iter()
        .map(|(_, line)| line)
        .filter(|line| line.starts_with(prefix))
        .collect()
}

#[test]
fn every_rule_has_a_name_a_description_examples_and_counter_examples() {
    let mut seen = HashSet::new();
    for rule in rules::all() {
        let (extractor, what) = rule.name.split_once('/').unwrap_or(("", ""));
        assert!(
            EXTRACTORS.contains(&extractor),
            "{}: unknown extractor",
            rule.name
        );
        assert!(
            !what.is_empty()
                && what
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}: a rule name is extractor/lower-case-words",
            rule.name
        );
        assert!(seen.insert(rule.name), "{}: two rules with one name", rule.name);
        assert!(
            !rule.description.trim().is_empty(),
            "{}: no description",
            rule.name
        );
        // "Why this?" shows the description to a class: one sentence, its cases go to `details`.
        assert!(
            rule.description.len() <= 240 && !rule.description.contains("TODO"),
            "{}: the description is one plain sentence of at most 240 bytes, not {}",
            rule.name,
            rule.description.len()
        );
        assert!(
            rule.details.is_empty() || rule.details.len() > rule.description.len(),
            "{}: details say more than the description, or are empty",
            rule.name
        );
        assert!(!rule.examples.is_empty(), "{}: no examples", rule.name);
        assert!(
            !rule.counter_examples.is_empty(),
            "{}: no counter-examples",
            rule.name
        );
    }
}

#[test]
fn every_rule_example_produces_its_line_and_no_counter_example_fires() {
    let mut failures = String::new();
    let mut checked = 0;
    for rule in rules::all() {
        for (example, expect) in rule.examples {
            checked += 1;
            if let Some(lines) = broken_absence(example, expect) {
                if !lines.is_empty() {
                    let _ = writeln!(
                        failures,
                        "{}: {example:?}\n    expected: {expect}\n    got: {lines:?}",
                        rule.name
                    );
                }
                continue;
            }
            let got = produced(rule, example);
            if !got.iter().any(|l| l == expect) {
                let _ = writeln!(
                    failures,
                    "{}: {example:?}\n    expected: {expect}\n    got: {got:?}",
                    rule.name
                );
            }
        }
        // A rule that keeps something from being found: its counter-examples find something of its kind.
        let absence = rule.examples.iter().any(|(_, expect)| is_absence(expect));
        for example in rule.counter_examples {
            checked += 1;
            if absence && found_of_kind(rule, example).is_empty() {
                let _ = writeln!(
                    failures,
                    "{}: counter-example {example:?} finds nothing of the kind the rule keeps out",
                    rule.name
                );
            }
            let got = produced(rule, example);
            if !got.is_empty() {
                let _ = writeln!(
                    failures,
                    "{}: counter-example {example:?} produced {got:?}",
                    rule.name
                );
            }
        }
    }
    assert!(failures.is_empty(), "rule examples that fail:\n{failures}");
    println!("{checked} rule examples checked");
}

/// Texts with findings of every kind, written for the tests.
fn texts() -> Vec<(String, Option<&'static str>)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap_or_default();
    vec![
        (read("src/ui/example-article.txt"), None),
        (read("tests/fixtures/harbour-talks.txt"), Some("2023-06-02")),
        (read("tests/fixtures/harbour-talks.txt"), Some("none")),
        (
            "The minister reportedly left early. The deal appears to hold, and prices could fall.".into(),
            None,
        ),
    ]
}

fn findings_name_known_rules(extractor: &str) {
    let known: HashSet<&str> = rules::all().map(|r| r.name).collect();
    let prefix = format!("{extractor}/");
    let mut failures = String::new();
    let mut count = 0;
    for (text, date) in texts() {
        let report = cases::report(&text, date);
        for (rule, line) in rules::explain(&report) {
            let kind = line.split(' ').next().unwrap_or("");
            let of_extractor = match extractor {
                "dates" => kind == "date",
                "countries" => kind == "country",
                "actors" => kind == "actor" || kind == "reference",
                "hedges" => kind == "hedge",
                "sources" => kind == "source",
                "kinds" => kind == "kind",
                _ => kind == "quote" || kind == "speaker",
            };
            if !of_extractor {
                continue;
            }
            count += 1;
            if !rule.starts_with(&prefix) || !known.contains(rule) {
                let _ = writeln!(failures, "{line}: rule {rule:?}");
            }
        }
    }
    assert!(count > 0, "no {extractor} findings in the test texts");
    assert!(
        failures.is_empty(),
        "findings without a known {extractor} rule:\n{failures}"
    );
}

#[test]
fn every_date_names_a_known_rule() {
    findings_name_known_rules("dates");
}

#[test]
fn every_country_mention_names_a_known_rule() {
    findings_name_known_rules("countries");
}

#[test]
fn every_actor_mention_and_reference_names_a_known_rule() {
    findings_name_known_rules("actors");
}

#[test]
fn every_quote_and_speaker_link_names_a_known_rule() {
    findings_name_known_rules("quotes");
}

#[test]
fn every_hedge_names_a_known_rule() {
    findings_name_known_rules("hedges");
}

#[test]
fn every_source_names_a_known_rule() {
    findings_name_known_rules("sources");
}

#[test]
fn every_kind_of_source_names_a_known_rule() {
    findings_name_known_rules("kinds");
}

/// The `.rs` files under `dir`, recursively.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("reading src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The names of the `const X: Rule` items in `text`.
fn rule_consts(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.split_once("const ")?.1.split_once(": Rule =").map(|(n, _)| n))
        .filter(|n| {
            n.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        })
        .map(str::to_string)
        .collect()
}

/// A reference to a rule (`&TITLE_BEFORE_NAME`) makes the rule a static with its examples and
/// counter-examples, which then ship in the web app's wasm though only `lede rules` and the tests
/// read them (20 kB gzip once). Code names a finding's rule by `RULE.name`.
#[test]
fn code_names_rules_by_name_not_by_reference() {
    let mut files = Vec::new();
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            (
                f.display().to_string(),
                std::fs::read_to_string(f).expect("reading a source"),
            )
        })
        .collect();
    let consts: HashSet<String> = texts.iter().flat_map(|(_, t)| rule_consts(t)).collect();
    assert!(consts.len() > 100, "the rules are consts: {}", consts.len());
    let mut found = Vec::new();
    for (file, text) in &texts {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for (at, _) in code.match_indices('&') {
                let rest = &code[at + 1..];
                let path: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                let last = path.rsplit("::").next().unwrap_or("");
                let after = rest[path.len()..].trim_start();
                if consts.contains(last) && !after.starts_with(':') {
                    found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "references to rules:\n{}", found.join("\n"));
}
