//! Two articles side by side (two outlets on one story): which actors are in both or only one, who
//! is quoted in one but not the other, quotes per speaker in each, and the countries and dates of each.
//!
//! Actors are matched across the two reports in three passes, each on actors still unmatched: the same
//! normalised name ("U.N." and "UN", "Ms Solberg" against "Solberg" are not the same name), then the
//! same country for states ("Russia" and "Moscow" acting as a state), then the same surname for
//! persons ("Ingrid Solberg" and "Solberg"), when the first names do not contradict each other.
//! Everything is linear in the number of actors (maps, no pairwise loops).

use crate::analysis::sort::CompactSort;
use std::collections::HashMap;

use crate::report::{Actor, ActorKind, Report};
use crate::workbench::Table;

/// Where something was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Both,
    OnlyA,
    OnlyB,
}

impl Side {
    fn of(in_a: bool, in_b: bool) -> Side {
        match (in_a, in_b) {
            (true, false) => Side::OnlyA,
            (false, true) => Side::OnlyB,
            _ => Side::Both,
        }
    }

    /// Plain words for tables and badges.
    pub fn label(self) -> &'static str {
        match self {
            Side::Both => "in both",
            Side::OnlyA => "only in A",
            Side::OnlyB => "only in B",
        }
    }

    /// A stable id fragment for CSS and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Side::Both => "both",
            Side::OnlyA => "only-a",
            Side::OnlyB => "only-b",
        }
    }
}

/// One actor of either article, or the same actor in both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorRow {
    /// The name shown: A's when the actor is in A, else B's.
    pub name: String,
    pub kind: ActorKind,
    /// Index into each report's `actors`.
    pub a: Option<usize>,
    pub b: Option<usize>,
    /// The name in B when it differs from A's ("Solberg" against "Ingrid Solberg").
    pub name_b: Option<String>,
    /// How the two were matched (`name`, `country`, `surname`); empty when only in one.
    pub matched_by: &'static str,
    pub mentions_a: usize,
    pub mentions_b: usize,
    pub quotes_a: usize,
    pub quotes_b: usize,
}

impl ActorRow {
    pub fn side(&self) -> Side {
        Side::of(self.a.is_some(), self.b.is_some())
    }

    /// Quoted in one article and not in the other (present there or not).
    pub fn quoted_in_one_only(&self) -> bool {
        (self.quotes_a > 0) != (self.quotes_b > 0)
    }
}

/// A country or a date value, with its mentions in each article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRow {
    /// The country code or the date's normalised value (or its text when it has none).
    pub key: String,
    /// What readers see: the country's name, or the date as written (A's first, else B's).
    pub label: String,
    pub count_a: usize,
    pub count_b: usize,
}

impl ItemRow {
    pub fn side(&self) -> Side {
        Side::of(self.count_a > 0, self.count_b > 0)
    }
}

/// The two articles compared.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// A's actors in A's order, then B's unmatched actors in B's order.
    pub actors: Vec<ActorRow>,
    /// Quotes with no speaker, in A and in B.
    pub unattributed: (usize, usize),
    pub countries: Vec<ItemRow>,
    pub dates: Vec<ItemRow>,
}

/// Lower case, letters and digits only, single spaces ("U.S. Trade-Office" → "u s trade office").
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

fn is_state(actor: &Actor) -> bool {
    actor.kind == ActorKind::Organization && actor.roles.is_empty() && actor.country.is_some()
}

/// A person's normalised surname and the first letter of the given name, if any.
fn surname(actor: &Actor) -> Option<(String, Option<char>)> {
    if actor.kind != ActorKind::Person {
        return None;
    }
    let name = normalise(&actor.name);
    let mut words = name.split(' ');
    let first = words.next()?;
    match words.next_back() {
        Some(last) => Some((last.to_string(), first.chars().next())),
        None => Some((first.to_string(), None)),
    }
}

/// Matches A's actors to B's: `pairs[i]` is the B index matched to A's actor `i`, with the pass.
fn match_actors(a: &[Actor], b: &[Actor]) -> Vec<Option<(usize, &'static str)>> {
    let mut pairs: Vec<Option<(usize, &'static str)>> = vec![None; a.len()];
    let mut taken = vec![false; b.len()];
    let mut pass = |key: &dyn Fn(&Actor) -> Option<String>, how: &'static str| {
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (j, actor) in b.iter().enumerate().rev() {
            if !taken[j] {
                if let Some(k) = key(actor) {
                    index.entry(k).or_default().push(j);
                }
            }
        }
        for (i, actor) in a.iter().enumerate() {
            if pairs[i].is_some() {
                continue;
            }
            let Some(candidates) = key(actor).and_then(|k| index.get_mut(&k)) else {
                continue;
            };
            if let Some(j) = candidates.pop() {
                taken[j] = true;
                pairs[i] = Some((j, how));
            }
        }
    };
    pass(
        &|x| Some(format!("{} {}", x.kind.as_str(), normalise(&x.name))),
        "name",
    );
    pass(&|x| is_state(x).then(|| x.country.clone()).flatten(), "country");
    pass(&|x| surname(x).map(|(s, _)| s), "surname");
    // A surname match whose given names start differently ("Anna Berg", "Lars Berg") is two people.
    for (i, pair) in pairs.iter_mut().enumerate() {
        if let Some((j, "surname")) = *pair {
            let (fa, fb) = (surname(&a[i]).and_then(|s| s.1), surname(&b[j]).and_then(|s| s.1));
            let single = |x: &Actor| !normalise(&x.name).contains(' ');
            if !(single(&a[i]) || single(&b[j]) || fa == fb) {
                *pair = None;
            }
        }
    }
    pairs
}

/// Quotes per speaker (index into `actors`) and the number of quotes without one.
fn quotes_per_speaker(report: &Report) -> (Vec<usize>, usize) {
    let ids: HashMap<&str, usize> = report
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut counts = vec![0; report.actors.len()];
    let mut none = 0;
    for quote in &report.quotes {
        match quote.speaker.as_deref().and_then(|s| ids.get(s)) {
            Some(&i) => counts[i] += 1,
            None => none += 1,
        }
    }
    (counts, none)
}

fn actor_rows(a: &Report, b: &Report) -> Vec<ActorRow> {
    let pairs = match_actors(&a.actors, &b.actors);
    let (qa, qb) = (quotes_per_speaker(a).0, quotes_per_speaker(b).0);
    let mut in_a = vec![false; b.actors.len()];
    let mut rows = Vec::with_capacity(a.actors.len() + b.actors.len());
    for (i, actor) in a.actors.iter().enumerate() {
        let pair = pairs[i];
        let other = pair.map(|(j, _)| &b.actors[j]);
        if let Some((j, _)) = pair {
            in_a[j] = true;
        }
        rows.push(ActorRow {
            name: actor.name.clone(),
            kind: actor.kind,
            a: Some(i),
            b: pair.map(|(j, _)| j),
            name_b: other.filter(|o| o.name != actor.name).map(|o| o.name.clone()),
            matched_by: pair.map_or("", |(_, how)| how),
            mentions_a: actor.mentions.len(),
            mentions_b: other.map_or(0, |o| o.mentions.len()),
            quotes_a: qa[i],
            quotes_b: pair.map_or(0, |(j, _)| qb[j]),
        });
    }
    for (j, actor) in b.actors.iter().enumerate().filter(|(j, _)| !in_a[*j]) {
        rows.push(ActorRow {
            name: actor.name.clone(),
            kind: actor.kind,
            a: None,
            b: Some(j),
            name_b: None,
            matched_by: "",
            mentions_a: 0,
            mentions_b: actor.mentions.len(),
            quotes_a: 0,
            quotes_b: qb[j],
        });
    }
    rows
}

/// Rows keyed by `key`, in order of first appearance in A then in B.
fn item_rows<'r>(
    a: impl Iterator<Item = (String, &'r str)>,
    b: impl Iterator<Item = (String, &'r str)>,
) -> Vec<ItemRow> {
    let mut rows: Vec<ItemRow> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut add = |key: String, label: &str, in_a: bool| {
        let k = *at.entry(key.clone()).or_insert_with(|| {
            rows.push(ItemRow {
                key,
                label: label.to_string(),
                count_a: 0,
                count_b: 0,
            });
            rows.len() - 1
        });
        if in_a {
            rows[k].count_a += 1;
        } else {
            rows[k].count_b += 1;
        }
    };
    a.for_each(|(k, l)| add(k, l, true));
    b.for_each(|(k, l)| add(k, l, false));
    rows
}

fn country_items(r: &Report) -> impl Iterator<Item = (String, &str)> {
    r.countries
        .iter()
        .flat_map(|c| c.mentions.iter().map(move |_| (c.code.clone(), c.name.as_str())))
}

fn date_items(r: &Report) -> impl Iterator<Item = (String, &str)> {
    r.dates.iter().map(|d| {
        let key = d.value.clone().unwrap_or_else(|| normalise(&d.text));
        (key, d.text.as_str())
    })
}

/// Compares article A with article B.
pub fn compare(a: &Report, b: &Report) -> Comparison {
    Comparison {
        actors: actor_rows(a, b),
        unattributed: (quotes_per_speaker(a).1, quotes_per_speaker(b).1),
        countries: item_rows(country_items(a), country_items(b)),
        dates: item_rows(date_items(a), date_items(b)),
    }
}

impl Comparison {
    /// Actors on one side, in row order.
    pub fn actors_on(&self, side: Side) -> impl Iterator<Item = &ActorRow> {
        self.actors.iter().filter(move |r| r.side() == side)
    }

    /// The speakers with at least one quote in either article, most quoted first.
    pub fn speakers(&self) -> Vec<&ActorRow> {
        let mut rows: Vec<&ActorRow> = self
            .actors
            .iter()
            .filter(|r| r.quotes_a + r.quotes_b > 0)
            .collect();
        rows.compact_sort_by_key(|r| std::cmp::Reverse(r.quotes_a + r.quotes_b));
        rows
    }

    /// The view's numbers: actors, quotes per speaker, countries and dates, one table each.
    pub fn tables(&self) -> Vec<Table> {
        let table = |title: &str, columns: &[&str], rows: Vec<Vec<String>>| Table {
            title: title.to_string(),
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows,
        };
        let actors = self
            .actors
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    r.kind.as_str().to_string(),
                    r.side().label().to_string(),
                    r.mentions_a.to_string(),
                    r.mentions_b.to_string(),
                ]
            })
            .collect();
        let mut speakers: Vec<Vec<String>> = self
            .speakers()
            .iter()
            .map(|r| vec![r.name.clone(), r.quotes_a.to_string(), r.quotes_b.to_string()])
            .collect();
        let (ua, ub) = self.unattributed;
        if ua + ub > 0 {
            speakers.push(vec!["(no speaker)".into(), ua.to_string(), ub.to_string()]);
        }
        let items = |rows: &[ItemRow]| {
            rows.iter()
                .map(|r| {
                    vec![
                        r.label.clone(),
                        r.key.clone(),
                        r.side().label().to_string(),
                        r.count_a.to_string(),
                        r.count_b.to_string(),
                    ]
                })
                .collect()
        };
        vec![
            table(
                "Compare: actors",
                &["actor", "kind", "where", "mentions in A", "mentions in B"],
                actors,
            ),
            table(
                "Compare: quotes per speaker",
                &["speaker", "quotes in A", "quotes in B"],
                speakers,
            ),
            table(
                "Compare: countries",
                &["country", "code", "where", "mentions in A", "mentions in B"],
                items(&self.countries),
            ),
            table(
                "Compare: dates",
                &["date", "value", "where", "mentions in A", "mentions in B"],
                items(&self.dates),
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyse, Date, Options};

    fn report(text: &str) -> Report {
        let options = Options {
            reference_date: Date::parse_iso("2024-03-14"),
        };
        analyse(text, &options)
    }

    fn names(c: &Comparison, side: Side) -> Vec<&str> {
        c.actors_on(side).map(|r| r.name.as_str()).collect()
    }

    /// (name, text A, text B, in both, only A, only B)
    type ActorCase = (
        &'static str,
        &'static str,
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    );

    const ACTOR_CASES: &[ActorCase] = &[
        (
            "same full name",
            "Ingrid Solberg arrived in Oslo.",
            "Ingrid Solberg left Oslo.",
            &["Ingrid Solberg"],
            &[],
            &[],
        ),
        (
            "surname against full name",
            "Ingrid Solberg arrived on Monday. Solberg said little.",
            "Ms Solberg spoke to reporters.",
            &["Ingrid Solberg"],
            &[],
            &[],
        ),
        (
            "different given names are different people",
            "Anna Berg arrived in Oslo.",
            "Lars Berg arrived in Oslo.",
            &[],
            &["Anna Berg"],
            &["Lars Berg"],
        ),
        (
            "a state by its capital",
            "Russia said on Monday it would talk.",
            "Moscow said on Monday it would not talk.",
            &["Russia"],
            &[],
            &[],
        ),
        (
            "nothing in common",
            "Daniel Otieno met the press in Nairobi.",
            "Ingrid Solberg met the press in Oslo.",
            &[],
            &["Daniel Otieno"],
            &["Ingrid Solberg"],
        ),
    ];

    #[test]
    fn actors_in_both_or_one() {
        for (name, a, b, both, only_a, only_b) in ACTOR_CASES {
            let c = compare(&report(a), &report(b));
            assert_eq!(names(&c, Side::Both), *both, "{name}: in both");
            assert_eq!(names(&c, Side::OnlyA), *only_a, "{name}: only A");
            assert_eq!(names(&c, Side::OnlyB), *only_b, "{name}: only B");
        }
    }

    fn actor(name: &str, kind: ActorKind, country: Option<&str>) -> Actor {
        Actor {
            id: String::new(),
            name: name.into(),
            kind,
            roles: Vec::new(),
            country: country.map(String::from),
            mentions: Vec::new(),
            references: Vec::new(),
            source_kind: None,
        }
    }

    /// The passes on hand-made actors: (A, B, the pass that pairs them, or "" for none).
    #[test]
    fn matching_passes() {
        use ActorKind::{Group, Organization as Org, Person};
        let cases = [
            (actor("U.N.", Org, None), actor("U N", Org, None), "name"),
            (
                actor("Russian Federation", Org, Some("RU")),
                actor("Russia", Org, Some("RU")),
                "country",
            ),
            (
                actor("Ingrid Solberg", Person, None),
                actor("Solberg", Person, None),
                "surname",
            ),
            (
                actor("Anna Berg", Person, None),
                actor("Lars Berg", Person, None),
                "",
            ),
            (
                actor("A. Berg", Person, None),
                actor("Anna Berg", Person, None),
                "surname",
            ),
            (actor("Berg", Person, None), actor("Berg", Group, None), ""),
            (
                actor("Russia", Person, Some("RU")),
                actor("Moscow", Org, Some("RU")),
                "",
            ),
        ];
        for (a, b, want) in cases {
            let got = match_actors(std::slice::from_ref(&a), std::slice::from_ref(&b));
            assert_eq!(got[0].map_or("", |(_, how)| how), want, "{} / {}", a.name, b.name);
        }
    }

    #[test]
    fn quoted_in_one_but_not_the_other() {
        let a = r#""We will sign," Ingrid Solberg said. Daniel Otieno arrived later."#;
        let b = r#"Ingrid Solberg arrived. "Nothing is agreed," Daniel Otieno said."#;
        let c = compare(&report(a), &report(b));
        let quoted: Vec<(&str, usize, usize)> = c
            .actors
            .iter()
            .filter(|r| r.quoted_in_one_only())
            .map(|r| (r.name.as_str(), r.quotes_a, r.quotes_b))
            .collect();
        assert_eq!(quoted, [("Ingrid Solberg", 1, 0), ("Daniel Otieno", 0, 1)]);
        let table = &c.tables()[1];
        assert_eq!(table.columns, ["speaker", "quotes in A", "quotes in B"]);
        assert_eq!(table.rows.len(), 2);
    }

    #[test]
    fn countries_and_dates_by_side() {
        let a = "Ingrid Solberg arrived in Oslo on Friday and flew to Kenya on March 20.";
        let b = "Solberg was in Norway on Friday; she visits Japan next month.";
        let c = compare(&report(a), &report(b));
        let sides = |rows: &[ItemRow]| -> Vec<(String, Side)> {
            rows.iter().map(|r| (r.key.clone(), r.side())).collect()
        };
        assert_eq!(
            sides(&c.countries),
            [
                ("NO".to_string(), Side::Both),
                ("KE".into(), Side::OnlyA),
                ("JP".into(), Side::OnlyB)
            ]
        );
        assert_eq!(
            sides(&c.dates),
            [
                ("2024-03-08".to_string(), Side::Both),
                ("2024-03-20".into(), Side::OnlyA),
                ("2024-04".into(), Side::OnlyB)
            ]
        );
    }

    #[test]
    fn empty_reports_compare_to_nothing() {
        let c = compare(&Report::default(), &Report::default());
        assert_eq!(c, Comparison::default());
        assert!(c.tables().iter().all(|t| t.rows.is_empty()));
        let one = compare(&report("Ingrid Solberg arrived."), &Report::default());
        assert_eq!(names(&one, Side::OnlyA), ["Ingrid Solberg"]);
    }

    #[test]
    fn normalised_names() {
        for (raw, want) in [
            ("U.S. Trade-Office", "u s trade office"),
            ("  Ingrid   SOLBERG ", "ingrid solberg"),
            ("Zoë Ångström", "zoë ångström"),
            ("", ""),
        ] {
            assert_eq!(normalise(raw), want, "{raw:?}");
        }
    }
}
