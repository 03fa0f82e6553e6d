//! Named rules: every finding in a report names the rule that produced it.
//!
//! Each extractor keeps its rules next to the code that applies them, as a table of [`Rule`]s (in the
//! manner of duckling's `Rules.hs` with its corpus and negative corpus): a stable name
//! (`dates/weekday-by-tense`), a one-line description a teacher can read, examples with the finding
//! they must produce and counter-examples in which the rule must find nothing. One test
//! (`tests/rules.rs`) runs every rule's examples; a rule without examples fails it.
//!
//! An example's expectation is one line of [`explain`]'s rendering of a finding produced by that
//! rule, e.g. `"Friday" = 2022-01-21 (date)`. Examples are analysed against the reference date
//! [`EXAMPLE_DATE`] unless the text starts with `@YYYY-MM-DD ` (another reference date) or `@none `
//! (no reference date).
//!
//! ```
//! let rule = lede::analysis::rules::find("dates/weekday-by-tense");
//! assert!(rule.is_none() || !rule.unwrap().examples.is_empty());
//! assert!(lede::analysis::rules::all().all(|r| r.name.contains('/')));
//! ```

use crate::analysis::report::Report;

/// One named rule of an extractor.
#[derive(Debug)]
pub struct Rule {
    /// `extractor/what-it-recognises`, stable across versions: findings carry it.
    pub name: &'static str,
    /// One plain sentence a teacher can read (at most 240 bytes): what the rule recognises or how it
    /// links. This is what "Why this?" and `--explain` show.
    pub description: &'static str,
    /// The rule's cases and exceptions in full, for developers (`lede rules --details`); empty when the
    /// description says it all. The web app does not carry them.
    pub details: &'static str,
    /// Texts, each with one line of [`explain`] that the rule must produce in it.
    pub examples: &'static [(&'static str, &'static str)],
    /// Texts in which the rule must produce nothing.
    pub counter_examples: &'static [&'static str],
}

/// The reference date examples are analysed against: Friday 21 January 2022.
pub const EXAMPLE_DATE: &str = "2022-01-21";

/// The rule tables of the extractors, in the order dates, countries, actors, quotes, hedges, sources,
/// kinds.
const TABLES: [&[Rule]; 7] = [
    crate::analysis::dates::RULES,
    crate::analysis::countries::RULES,
    crate::analysis::actors::RULES,
    crate::analysis::quotes::RULES,
    crate::analysis::hedges::RULES,
    crate::analysis::sources::RULES,
    crate::analysis::kinds::RULES,
];

/// Every rule of every extractor, in the order dates, countries, actors, quotes, hedges, sources,
/// kinds.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    TABLES.into_iter().flatten()
}

/// The rule called `name`.
pub fn find(name: &str) -> Option<&'static Rule> {
    all().find(|r| r.name == name)
}

/// How many rules there are.
const COUNT: usize = {
    let (mut n, mut t) = (0, 0);
    while t < TABLES.len() {
        n += TABLES[t].len();
        t += 1;
    }
    n
};

/// Every rule's name and description, without its examples, worked out when compiling: code that
/// only describes rules (the web app) links this table and not the rules' examples and
/// counter-examples, which only `lede rules` and the tests read (about 20 kB gzip of the app's wasm).
/// Code names a finding's rule as `RULE.name`: a reference `&RULE` would make the rule, examples and
/// all, a static of the app (`tests/rules.rs` checks the sources for one).
static DESCRIPTIONS: [(&str, &str); COUNT] = {
    let mut out = [("", ""); COUNT];
    let (mut n, mut t) = (0, 0);
    while t < TABLES.len() {
        let mut i = 0;
        while i < TABLES[t].len() {
            out[n] = (TABLES[t][i].name, TABLES[t][i].description);
            (n, i) = (n + 1, i + 1);
        }
        t += 1;
    }
    out
};

/// The description of the rule called `name`, when there is one (without linking the examples).
pub fn description(name: &str) -> Option<&'static str> {
    DESCRIPTIONS.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
}

/// The description of the rule called `name`, or a plain note when no rule has that name.
pub fn describe(name: &str) -> &'static str {
    description(name).unwrap_or("(no rule of that name)")
}

/// Every finding of `report` as `(rule name, line)`, in the order actors, quotes (the quote, then its
/// speaker link), dates, countries, hedges, sources, kinds of source. The lines read:
///
/// ```text
/// actor person "Antony Blinken": "Mr Blinken"
/// quote direct "This is a critical moment,"
/// speaker "This is a critical moment," <- "he" = Antony Blinken
/// date "Friday" = 2022-01-21 (date)
/// country "Moscow" = RU (capital)
/// hedge hearsay "reportedly"
/// source anonymous "a senior official said"
/// kind official "Ana Ruiz" <- "Minister"
/// kind anonymous <- "a senior official"
/// ```
pub fn explain(report: &Report) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    for a in &report.actors {
        for m in &a.mentions {
            let line = format!("actor {} {:?}: {:?}", a.kind.as_str(), a.name, m.text);
            out.push((&*m.rule, line));
        }
        for m in &a.references {
            let line = format!("reference {:?} -> {}", m.text, a.name);
            out.push((&*m.rule, line));
        }
    }
    for q in &report.quotes {
        out.push((&*q.rule, format!("quote {} {:?}", q.kind.as_str(), q.text)));
        if let Some(m) = &q.speaker_mention {
            let name = q
                .speaker
                .as_deref()
                .and_then(|id| report.actors.iter().find(|a| a.id == id))
                .map_or("(no actor)", |a| a.name.as_str());
            let line = format!("speaker {:?} <- {:?} = {}", q.text, m.text, name);
            out.push((&*q.speaker_rule, line));
        }
    }
    for d in &report.dates {
        let value = d.value.as_deref().unwrap_or("?");
        let line = format!("date {:?} = {} ({})", d.text, value, d.kind.as_str());
        out.push((&*d.rule, line));
    }
    for c in &report.countries {
        for m in &c.mentions {
            let line = format!("country {:?} = {} ({})", m.text, c.code, m.via.as_str());
            out.push((&*m.rule, line));
        }
    }
    for h in &report.hedges {
        out.push((&*h.rule, format!("hedge {} {:?}", h.kind.as_str(), h.text)));
    }
    for s in &report.sources {
        let line = format!("source {} {:?}", s.kind.as_str(), s.text);
        out.push((&*s.rule, line));
    }
    for a in &report.actors {
        if let Some(k) = &a.source_kind {
            let line = format!("kind {} {:?} <- {:?}", k.kind.as_str(), a.name, k.evidence.text);
            out.push((&*k.rule, line));
        }
    }
    for k in report.quotes.iter().filter_map(|q| q.source_kind.as_ref()) {
        let line = format!("kind {} <- {:?}", k.kind.as_str(), k.evidence.text);
        out.push((&*k.rule, line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_the_rules_descriptions() {
        assert_eq!(DESCRIPTIONS.len(), all().count());
        for (rule, (name, description)) in all().zip(DESCRIPTIONS.iter()) {
            assert_eq!((rule.name, rule.description), (*name, *description));
        }
        assert_eq!(
            description("dates/weekday-by-tense"),
            find("dates/weekday-by-tense").map(|r| r.description)
        );
        assert_eq!(description("no/such-rule"), None);
    }
}
