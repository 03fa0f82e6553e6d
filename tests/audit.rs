//! The voices audit (`lede::audit`) on the self-written articles of `tests/fixtures/audit/`: speakers
//! merged across articles, kinds of source with their rules, merges undone, kinds set by hand,
//! tags, the per-article rows and the CSV, Markdown and JSON exports. Expected values are tables of
//! data, counted by hand from the articles.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use lede::audit::export::{self, CsvTable};
use lede::audit::{audit, views, Article, Audit, Edits, MergeReason, Speaker};
use lede::report::VoiceKind;

/// The fixture articles, in file-name order (article 0 is `01-ferry-cuts.txt`).
fn articles() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/audit")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("fixture");
            let id = p.file_name().unwrap_or_default().to_string_lossy().to_string();
            Article::analyse(&id, None, &text, None)
        })
        .collect()
}

fn speaker<'a>(a: &'a Audit, name: &str) -> &'a Speaker {
    a.speakers
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no speaker {name:?} in {:?}", names(a)))
}

fn names(a: &Audit) -> Vec<&str> {
    a.speakers.iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn titles_and_dates_come_from_the_text() {
    let expected = [
        ("Ferry timetable cut as fuel costs rise", "2024-03-04"),
        ("Harbour jobs at risk after ferry cut", "2024-03-11"),
        ("Market day quieter after ferry cut", "2024-03-18"),
        ("Council split over ferry subsidy", "2024-03-25"),
        ("Minister visits island as protests grow", "2024-04-02"),
        ("Quay road to close for repairs", "2024-04-09"),
    ];
    let got: Vec<(String, String)> = articles()
        .into_iter()
        .map(|a| (a.title, a.date.unwrap_or_default()))
        .collect();
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(t, d)| (t.to_string(), d.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// Speaker, names joined, articles, quotes, quoted words, direct/partial/reported quotes.
type Row = (
    &'static str,
    &'static [&'static str],
    &'static [usize],
    usize,
    usize,
    [usize; 3],
);

const MERGED: &[Row] = &[
    ("Ana Ruiz", &["Ana Ruiz", "Ruiz"], &[0, 1, 4, 5], 7, 67, [4, 0, 3]),
    ("Lena Hart", &["Lena Hart", "Hart"], &[0, 2], 4, 24, [2, 0, 2]),
    ("Tom Berg", &["Tom Berg"], &[3, 5], 3, 24, [2, 0, 1]),
    // "Mr Said" is one actor with "Omar Said" in the article itself: no merge is needed.
    ("Omar Said", &["Omar Said"], &[1], 2, 13, [1, 0, 1]),
    // One surname, two people: neither full name takes the other, nor the lone "Mr Berg".
    ("Anna Berg", &["Anna Berg"], &[3], 2, 13, [1, 0, 1]),
    ("Berg", &["Berg"], &[4], 1, 8, [1, 0, 0]),
    ("Edna Fox", &["Edna Fox"], &[4], 1, 5, [1, 0, 0]),
];

#[test]
fn speakers_are_merged_across_articles_by_name() {
    let a = audit(&articles(), &Edits::default());
    for &(name, joined, in_articles, quotes, words, kinds) in MERGED {
        let s = speaker(&a, name);
        assert_eq!(s.names, joined, "{name}: names");
        assert_eq!(s.articles, in_articles, "{name}: articles");
        assert_eq!(
            (s.total.quotes, s.total.words),
            (quotes, words),
            "{name}: quotes, words"
        );
        assert_eq!(
            s.by_kind.map(|c| c.quotes),
            kinds,
            "{name}: direct, partial, reported"
        );
        assert_eq!(s.first_article, in_articles[0], "{name}: first article");
        assert_eq!(
            s.last_article,
            *in_articles.last().unwrap_or(&0),
            "{name}: last article"
        );
    }
    assert_eq!(a.speakers.len(), 16, "{:?}", names(&a));
    assert_eq!(a.speakers[0].name, "Ana Ruiz", "most quoted first");
}

#[test]
fn every_merge_is_listed_with_its_reason() {
    let a = audit(&articles(), &Edits::default());
    let merges: Vec<(&str, &str, MergeReason, &[usize])> = a
        .merges
        .iter()
        .map(|m| (m.name.as_str(), m.into.as_str(), m.reason, m.articles.as_slice()))
        .collect();
    assert_eq!(
        merges,
        [
            ("Ruiz", "Ana Ruiz", MergeReason::Surname, &[1][..]),
            ("Hart", "Lena Hart", MergeReason::Surname, &[2][..]),
        ]
    );
}

#[test]
fn every_number_traces_back_to_its_quotes() {
    let arts = articles();
    let a = audit(&arts, &Edits::default());
    for s in &a.speakers {
        let words: usize = s
            .quotes
            .iter()
            .map(|r| lede::workbench::voice::word_count(&arts[r.article].report.quotes[r.quote].text))
            .sum();
        assert_eq!(
            (s.quotes.len(), words),
            (s.total.quotes, s.total.words),
            "{}",
            s.name
        );
        for r in &s.quotes {
            assert!(s.articles.contains(&r.article), "{}: {r:?}", s.name);
        }
    }
    for k in &a.kinds {
        assert_eq!(k.quotes.len(), k.total.quotes, "{:?}", k.kind);
    }
    for row in &a.articles {
        let behind = a.quotes_in(row.article);
        assert_eq!(
            behind.len(),
            row.quotes - row.unattributed,
            "article {}",
            row.article
        );
        assert!(behind.iter().all(|(_, s)| row.speakers.contains(&s.key)));
    }
    assert_eq!(
        a.speaker("person:ana ruiz").map(|s| s.name.as_str()),
        Some("Ana Ruiz")
    );
    assert_eq!(
        a.kinds.iter().map(|k| k.total.quotes).sum::<usize>(),
        a.total.quotes
    );
}

/// Speaker, suggested kind, rule, evidence.
const KINDS: &[(&str, VoiceKind, &str, &str)] = &[
    (
        "Ana Ruiz",
        VoiceKind::Official,
        "kinds/title-role",
        "Transport Minister",
    ),
    (
        "Tom Berg",
        VoiceKind::Official,
        "kinds/title-role",
        "Police spokesperson",
    ),
    (
        "Lena Hart",
        VoiceKind::Expert,
        "kinds/apposition-role",
        "a professor of economics at Northfield University",
    ),
    (
        "Anna Berg",
        VoiceKind::Expert,
        "kinds/apposition-role",
        "a researcher at the Coastal Institute",
    ),
    (
        "Omar Said",
        VoiceKind::Business,
        "kinds/apposition-role",
        "the chief executive of Northwind Ferries",
    ),
    (
        "Karl Moss",
        VoiceKind::Business,
        "kinds/apposition-role",
        "who runs a bakery on the quay",
    ),
    (
        "Jo Lind",
        VoiceKind::Advocacy,
        "kinds/apposition-role",
        "a campaigner with the Island Lifeline Trust",
    ),
    (
        "Sam Okafor",
        VoiceKind::Ordinary,
        "kinds/apposition-role",
        "a student at the harbour college",
    ),
    (
        "Mia Chen",
        VoiceKind::Ordinary,
        "kinds/apposition-role",
        "a parent of two from the mainland",
    ),
    (
        "a senior official",
        VoiceKind::Anonymous,
        "kinds/unnamed-source",
        "a senior official",
    ),
    (
        "People familiar with the talks",
        VoiceKind::Anonymous,
        "kinds/unnamed-source",
        "People familiar with the talks",
    ),
    (
        "A government source",
        VoiceKind::Anonymous,
        "kinds/unnamed-source",
        "A government source",
    ),
];

#[test]
fn kinds_of_source_are_suggested_with_their_rule_and_evidence() {
    let arts = articles();
    let a = audit(&arts, &Edits::default());
    for &(name, kind, rule, evidence) in KINDS {
        let s = speaker(&a, name);
        let g = s.suggested.as_ref().unwrap_or_else(|| panic!("{name}: no kind"));
        assert_eq!(
            (g.kind, g.rule.as_str(), g.evidence.text.as_str()),
            (kind, rule, evidence),
            "{name}"
        );
        let text = &arts[g.article].text;
        assert_eq!(
            &text[g.evidence.start..g.evidence.end],
            evidence,
            "{name}: evidence span"
        );
        assert_eq!(s.kind(), Some(kind));
    }
    assert_eq!(
        speaker(&a, "Berg").kind(),
        None,
        "a lone surname says nothing of its kind"
    );
}

#[test]
fn articles_rows_count_anonymous_sources_and_flag_one_sided_articles() {
    let a = audit(&articles(), &Edits::default());
    let anonymous: Vec<usize> = a.articles.iter().map(|r| r.anonymous).collect();
    assert_eq!(anonymous, [0, 1, 1, 1, 1, 0]);
    assert_eq!(a.no_ordinary, [1, 3, 5], "no ordinary person quoted");
    assert_eq!(a.only_officials, [5], "only officials quoted");
    let kinds: Vec<VoiceKind> = a.articles[5].kinds.clone();
    assert_eq!(kinds, [VoiceKind::Official]);
}

#[test]
fn an_undone_merge_makes_the_name_a_speaker_of_its_own() {
    let edits = Edits {
        unmerged: vec!["Ruiz".into()],
        ..Edits::default()
    };
    let a = audit(&articles(), &edits);
    assert_eq!(speaker(&a, "Ana Ruiz").articles, [0, 4, 5]);
    let ruiz = speaker(&a, "Ruiz");
    assert_eq!(
        (ruiz.key.as_str(), ruiz.articles.as_slice()),
        ("person:ruiz", &[1][..])
    );
    assert!(a.merges.iter().all(|m| m.name != "Ruiz"), "{:?}", a.merges);
}

#[test]
fn a_kind_set_by_hand_replaces_the_suggestion_in_every_view() {
    let before = audit(&articles(), &Edits::default());
    let mut kinds = BTreeMap::new();
    kinds.insert("person:berg".to_string(), VoiceKind::Official);
    kinds.insert("person:karl moss".to_string(), VoiceKind::Ordinary);
    let a = audit(
        &articles(),
        &Edits {
            kinds,
            ..Edits::default()
        },
    );
    let berg = speaker(&a, "Berg");
    assert_eq!(
        (berg.kind(), berg.user_kind, berg.suggested.is_none()),
        (Some(VoiceKind::Official), Some(VoiceKind::Official), true)
    );
    let moss = speaker(&a, "Karl Moss");
    assert_eq!(moss.kind(), Some(VoiceKind::Ordinary));
    assert_eq!(
        moss.suggested.as_ref().map(|g| g.kind),
        Some(VoiceKind::Business),
        "the suggestion stays"
    );
    let share = |a: &Audit, k| {
        a.kinds
            .iter()
            .find(|s| s.kind == Some(k))
            .map_or(0, |s| s.speakers)
    };
    assert_eq!(
        share(&a, VoiceKind::Official),
        share(&before, VoiceKind::Official) + 1
    );
    assert_eq!(
        share(&a, VoiceKind::Business),
        share(&before, VoiceKind::Business) - 1
    );
    let table = views::speakers_table(&articles(), &a);
    let row = table
        .rows
        .iter()
        .find(|r| r[0] == "Karl Moss")
        .expect("Karl Moss row");
    assert_eq!(
        (row[3].as_str(), row[4].as_str(), row[7].as_str()),
        ("Ordinary person", "Business", "Ordinary person")
    );
}

#[test]
fn tags_are_the_users_and_go_with_their_speakers() {
    let mut tagged = BTreeMap::new();
    tagged.insert(
        "person:edna fox".to_string(),
        vec!["lives on the island".to_string()],
    );
    let edits = Edits {
        tags: vec!["lives on the island".into(), "visitor".into()],
        tagged,
        ..Edits::default()
    };
    let arts = articles();
    let a = audit(&arts, &edits);
    assert_eq!(speaker(&a, "Edna Fox").tags, ["lives on the island"]);
    assert!(speaker(&a, "Ana Ruiz").tags.is_empty());
    assert_eq!(a.tags, ["lives on the island", "visitor"]);
    let csv = export::csv_one(&arts, &a, CsvTable::Speakers);
    let line = csv
        .lines()
        .find(|l| l.starts_with("Edna Fox,"))
        .expect("Edna Fox line");
    assert!(line.ends_with(",lives on the island"), "{line}");
}

#[test]
fn csv_export_writes_speakers_quotes_and_articles() {
    let arts = articles();
    let a = audit(&arts, &Edits::default());
    let speakers = export::csv_one(&arts, &a, CsvTable::Speakers);
    let lines: Vec<&str> = speakers.split("\r\n").collect();
    assert_eq!(lines[0], "Speaker,Named as,Type,Kind of source,Suggested kind,Rule,Evidence,Kind set by user,Articles,Quotes,Quoted words,Share of words,Direct,Partial,Reported,First article,Last article,Tags");
    assert_eq!(lines[1], "Ana Ruiz,Ana Ruiz; Ruiz,Named person,Official,Official,kinds/title-role,Transport Minister,,4,7,67,27%,4,0,3,Ferry timetable cut as fuel costs rise,Quay road to close for repairs,");
    let quotes = export::csv_one(&arts, &a, CsvTable::Quotes);
    assert!(quotes.starts_with(
        "Article no.,Quote no.,Article,Date,Speaker,Kind of source,Quote kind,Verb,Words,Quote\r\n"
    ));
    assert!(quotes.contains("\r\n5,1,Minister visits island as protests grow,2024-04-02,Ana Ruiz,Official,direct,said,14,\"I have heard the island, and I will take its case to the cabinet,\"\r\n"), "{quotes}");
    assert_eq!(
        quotes.split("\r\n").filter(|l| !l.is_empty()).count(),
        1 + a.total.quotes
    );
    let arts_csv = export::csv_one(&arts, &a, CsvTable::Articles);
    assert!(
        arts_csv.contains(
            "\r\nQuay road to close for repairs,2024-04-09,3,Ana Ruiz; Tom Berg,Official,0,0,no,yes\r\n"
        ),
        "{arts_csv}"
    );
    let all = export::csv(&arts, &a);
    let titles: Vec<&str> = all
        .split("\r\n\r\n")
        .map(|t| t.lines().next().unwrap_or(""))
        .collect();
    assert_eq!(titles, ["Speakers", "Quotes", "Articles"]);
}

#[test]
fn csv_fields_are_quoted_as_rfc_4180_says() {
    let mut arts = articles();
    arts[0].title = "Ferry \"cuts\", again".into();
    let a = audit(&arts, &Edits::default());
    let csv = export::csv_one(&arts, &a, CsvTable::Articles);
    assert!(
        csv.contains("\r\n\"Ferry \"\"cuts\"\", again\",2024-03-04,"),
        "{csv}"
    );
}

#[test]
fn markdown_summary_says_the_findings_and_holds_the_tables() {
    let arts = articles();
    let a = audit(&arts, &Edits::default());
    let md = export::markdown(&arts, &a);
    for part in [
        "# Voices audit\n",
        "6 articles, from 2024-03-04 to 2024-04-09.",
        "3 of the 6 articles that quote someone quote no ordinary person; 1 quote only officials.",
        "## Share of voice by kind of source\n",
        "| Official | 3 | 11 | 105 | 43% | 6 | 0 | 5 |",
        "## Top sources\n",
        "| 1 | Ana Ruiz | Official | 4 | 7 | 67 | 27% |",
        "## Articles\n",
        "## Names merged\n",
        "| Ruiz | Ana Ruiz | the surname of the only full name quoted with it | Harbour jobs at risk after ferry cut |",
    ] {
        assert!(md.contains(part), "{part:?} not in:\n{md}");
    }
}

#[test]
fn json_export_keeps_every_report_and_the_edits() {
    let arts = articles();
    let edits = Edits {
        unmerged: vec!["Hart".into()],
        tags: vec!["local".into()],
        ..Edits::default()
    };
    let json = serde_json::to_string(&export::document(&arts, &edits)).expect("serialise");
    let value: serde_json::Value = serde_json::from_str(&json).expect("parse");
    assert_eq!(value["schema"], "lede.audit/1");
    assert_eq!(value["articles"][0]["report"]["schema"], "lede.report/1");
    assert_eq!(
        value["articles"][0]["report"]["actors"][2]["source_kind"]["rule"],
        "kinds/title-role"
    );
    assert_eq!(value["edits"]["unmerged"][0], "Hart");
    let back: export::Document = serde_json::from_str(&json).expect("read back");
    assert_eq!((back.articles, back.edits), (arts, edits));
}

#[test]
fn an_empty_set_and_articles_without_quotes_give_empty_views() {
    let none = audit(&[], &Edits::default());
    assert!(none.speakers.is_empty() && none.articles.is_empty());
    let quiet = Article::analyse("q", Some("Quiet"), "The ferry ran on time.", Some("2024-01-01"));
    let a = audit(std::slice::from_ref(&quiet), &Edits::default());
    assert_eq!(a.articles[0].speakers.len(), 0);
    assert!(a.no_ordinary.is_empty() && a.only_officials.is_empty());
    assert!(export::markdown(&[quiet], &a).contains("0 of them quote someone"));
}
