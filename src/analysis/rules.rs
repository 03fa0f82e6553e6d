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
    /// One plain sentence: what the rule recognises or how it links.
    pub description: &'static str,
    /// Texts, each with one line of [`explain`] that the rule must produce in it.
    pub examples: &'static [(&'static str, &'static str)],
    /// Texts in which the rule must produce nothing.
    pub counter_examples: &'static [&'static str],
}

/// The reference date examples are analysed against: Friday 21 January 2022.
pub const EXAMPLE_DATE: &str = "2022-01-21";

/// Every rule of every extractor, in the order dates, countries, actors, quotes, hedges, sources,
/// kinds.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    let tables: [&'static [Rule]; 7] = [
        crate::analysis::dates::RULES,
        crate::analysis::countries::RULES,
        crate::analysis::actors::RULES,
        crate::analysis::quotes::RULES,
        crate::analysis::hedges::RULES,
        crate::analysis::sources::RULES,
        crate::analysis::kinds::RULES,
    ];
    tables.into_iter().flatten()
}

/// The rule called `name`.
pub fn find(name: &str) -> Option<&'static Rule> {
    all().find(|r| r.name == name)
}

/// The description of the rule called `name`, or a plain note when no rule has that name.
pub fn describe(name: &str) -> &'static str {
    find(name).map_or("(no rule of that name)", |r| r.description)
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
