//! "Why this?": what a highlighted finding is, which rule found it, and what it was linked to, in
//! words a pupil understands.
//!
//! [`why`] explains one mark of the article view (an item and which of its mentions), on demand: the
//! app computes it only for the mark the reader points at or focuses, never for every mark up front.
//! A rule's words come from [`plain`]: a plainer sentence where the rule's own description uses
//! grammar terms, the description otherwise ([`Descriptions`]: the worker sends those the report
//! needs, so the page does not carry the rule tables), and for a teacher's correction the
//! correction's own words.
//!
//! ```
//! use lede::analysis::highlight::{Category, Item};
//! let text = "\"We are ready,\" she said. Ms Ada Lund smiled.";
//! let report = lede::analyse(text, &lede::Options::default());
//! let known = lede::workbench::explain::Descriptions::of(&report);
//! let why = lede::workbench::explain::why(&report, Item::new(Category::Quote, 0), 0, &known);
//! assert_eq!(why.heading, "Direct quote");
//! ```

use crate::analysis::highlight::{source_kind_label, Category, Item};
use crate::analysis::report::{Actor, Quote, QuoteKind, Report};
use crate::analysis::rules;
use crate::analysis::sort::CompactSort;
use crate::analysis::timex;
use crate::workbench::corrections;
use serde::{Deserialize, Serialize};

/// Plain words for rules whose description uses grammar terms; sorted by rule name.
pub const PLAIN: &[(&str, &str)] = &[
    ("actors/acronym", "A word written all in capitals (like NATO) is the short name of an organisation."),
    ("actors/capitalised-name", "Several words with capital letters in the middle of a sentence are usually a name."),
    ("actors/capitalised-word", "A word with a capital letter in the middle of a sentence, which is not a place, month or everyday word, is usually a name."),
    ("actors/description-of-organisation", "Words like “the company” point back to the organisation named just before."),
    ("actors/description-of-role", "Words like “the minister” point back to the person with that job named just before."),
    ("actors/pronoun-nearest-person", "“he” or “she” means the nearest person named before it in the sentence, or the person the sentences just before were about."),
    ("actors/pronoun-of-organisation", "“it” or “they” means the organisation or group named in this sentence or the one before."),
    ("actors/state-as-actor", "A country that “says” or “denies” something speaks as a state, so it counts as an organisation that acts."),
    ("quotes/according-to", "“According to …” tells you who the words come from."),
    ("quotes/colon-after-sentence", "A quotation after a colon belongs to the person the sentence before the colon is about."),
    ("quotes/content-before-said", "When “…, the agency said.” ends a sentence, the words before it are what was said."),
    ("quotes/inverted-said-name", "“said Mr Smith” right after a quotation tells you who spoke."),
    ("quotes/lead-in-partial", "A quotation that finishes a sentence the writer began is a partial quote."),
    ("quotes/participle-clause-subject", "In “after the agency released a report saying …”, the words are the agency’s: whoever released the report."),
    ("quotes/possessive-claim", "“her claim that …” reports what she said."),
    ("quotes/previous-speaker-continues", "A quotation without a “said” of its own is by the person quoted just before."),
    ("quotes/pronoun-previous-speaker", "“he” or “she” with no person named nearby means the person quoted just before."),
    ("quotes/reported-that-clause", "The words after “said that …” or “told reporters …” are what someone said, in the writer’s words (reported speech)."),
    ("quotes/said-after-quote", "The words right after a quotation tell you who spoke: “…,” she said."),
    ("quotes/said-before-quote", "She said: “…”: the words that introduce a quotation tell you who spoke."),
    ("quotes/said-in-sentence-before", "A quotation right after “…,” she said. is by the same person."),
    ("quotes/said-later-in-sentence", "A “she said” later in the same sentence tells you who spoke."),
    ("quotes/sentence-subject", "“…, saying …” or “and denied …” reports the words of the person or group the sentence is about."),
    ("quotes/split-quote", "When a quotation is cut in two by “he said”, both halves are by the same person."),
    ("quotes/subject-before-verb", "The person or group just before “said” (or “told”, “warned” …) is who said it: “Officials said …”."),
];

/// The descriptions of the rules a report names, sorted by rule name. The web app's worker sends these
/// with each report; they come from [`rules::description`], so the app links no rule's examples.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Descriptions(pub Vec<(String, String)>);

impl Descriptions {
    /// The description of every registered rule that `report` names.
    pub fn of(report: &Report) -> Descriptions {
        let mut names: Vec<&str> = Vec::new();
        for a in &report.actors {
            names.extend(a.mentions.iter().chain(&a.references).map(|m| &*m.rule));
        }
        for q in &report.quotes {
            names.push(&q.rule);
            names.push(&q.speaker_rule);
        }
        names.extend(report.dates.iter().map(|d| &*d.rule));
        names.extend(
            report
                .countries
                .iter()
                .flat_map(|c| &c.mentions)
                .map(|m| &*m.rule),
        );
        names.compact_sort();
        names.dedup();
        let known = names
            .into_iter()
            .filter_map(|n| rules::description(n).map(|d| (n.to_string(), d.to_string())));
        Descriptions(known.collect())
    }

    /// The description of the rule called `name`, when known.
    pub fn get(&self, name: &str) -> Option<&str> {
        let i = self.0.binary_search_by(|(n, _)| n.as_str().cmp(name)).ok()?;
        Some(&self.0[i].1)
    }
}

/// The rule's words for a pupil: a plain override, a correction's words, else its description.
pub fn plain<'a>(rule: &str, known: &'a Descriptions) -> &'a str {
    if let Ok(i) = PLAIN.binary_search_by(|(name, _)| (*name).cmp(rule)) {
        return PLAIN[i].1;
    }
    if let Some((_, words)) = corrections::RULES.iter().find(|(name, _)| *name == rule) {
        return words;
    }
    match known.get(rule) {
        Some(description) => description,
        None if rule.is_empty() => "Lede gave no rule for this.",
        None => "(no description of this rule)",
    }
}

/// One line of an explanation: a label ("Found by", "Speaker"), the words, and the rule behind them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub label: &'static str,
    pub text: String,
    /// The rule's name (`quotes/said-after-quote`); empty when no rule is behind the line.
    pub rule: String,
}

/// The explanation of one mark.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Why {
    /// What the finding is: "Person: Ingrid Solberg", "Direct quote", "Date: Tue 12 Mar 2024
    /// (2024-03-12)".
    pub heading: String,
    pub lines: Vec<Line>,
}

impl Why {
    /// Everything as one line of text (for an `aria-label` or a title).
    pub fn to_text(&self) -> String {
        let mut out = self.heading.clone();
        for l in &self.lines {
            out.push_str(&format!(". {}: {}", l.label, l.text));
        }
        out
    }
}

fn line(label: &'static str, text: String, rule: &str) -> Line {
    Line {
        label,
        text,
        rule: rule.to_string(),
    }
}

fn found_by(rule: &str, k: &Descriptions) -> Line {
    line("Found by", plain(rule, k).to_string(), rule)
}

/// Explains mention `mention` of `item` (0 for quotes and dates), with the rule descriptions `k`.
pub fn why(report: &Report, item: Item, mention: usize, k: &Descriptions) -> Why {
    let i = item.index;
    let missing = || Why {
        heading: "This finding is no longer in the report.".to_string(),
        lines: Vec::new(),
    };
    match item.category {
        Category::Actor => report
            .actors
            .get(i)
            .map_or_else(missing, |a| why_actor(a, mention, k)),
        Category::Quote => report
            .quotes
            .get(i)
            .map_or_else(missing, |q| why_quote(report, q, k)),
        Category::Date => report.dates.get(i).map_or_else(missing, |d| {
            let value = match d.value.as_deref() {
                Some(v) if timex::display(v) != v => format!("{} ({v})", timex::display(v)),
                Some(v) => v.to_string(),
                None => "not worked out".to_string(),
            };
            let mut lines = vec![found_by(&d.rule, k)];
            if d.inferred {
                lines.push(line(
                    "Worked out",
                    "from the publication date and the tense of the sentence, not from these words alone."
                        .into(),
                    "",
                ));
            }
            Why {
                heading: format!("Date: {value}"),
                lines,
            }
        }),
        Category::Source => report.sources.get(i).map_or_else(missing, |s| Why {
            heading: format!("Source the reader cannot check: {}", source_kind_label(s.kind)),
            lines: vec![found_by(&s.rule, k)],
        }),
        Category::Hedge => report.hedges.get(i).map_or_else(missing, |h| Why {
            heading: format!("Hedge in the writer's own voice ({})", h.kind.as_str()),
            lines: vec![found_by(&h.rule, k)],
        }),
        Category::Country => report.countries.get(i).map_or_else(missing, |c| {
            let m = c.mentions.get(mention);
            let how = m.map_or("", |m| via_words(m.via));
            Why {
                heading: format!("Country: {} ({}){how}", c.name, c.code),
                lines: m.map(|m| vec![found_by(&m.rule, k)]).unwrap_or_default(),
            }
        }),
    }
}

fn via_words(via: crate::analysis::report::Via) -> &'static str {
    use crate::analysis::report::Via;
    match via {
        Via::Name => ", by its name",
        Via::Alias => ", by another name",
        Via::Demonym => ", by its people or adjective",
        Via::Capital => ", by its capital",
        Via::City => ", by one of its cities",
    }
}

fn kind_word(a: &Actor) -> &'static str {
    match a.kind {
        crate::analysis::report::ActorKind::Person => "Person",
        crate::analysis::report::ActorKind::Organization => "Organisation",
        crate::analysis::report::ActorKind::Group => "Group",
    }
}

fn why_actor(a: &Actor, mention: usize, k: &Descriptions) -> Why {
    let mut lines = Vec::new();
    if let Some(m) = a.mentions.get(mention) {
        lines.push(found_by(&m.rule, k));
        if m.text != a.name {
            lines.push(line(
                "Same as",
                format!(
                    "“{}” is {} again, named earlier or later in full.",
                    m.text, a.name
                ),
                "",
            ));
        }
    }
    if !a.roles.is_empty() {
        lines.push(line("Role", a.roles.join("; "), ""));
    }
    Why {
        heading: format!("{}: {}", kind_word(a), a.name),
        lines,
    }
}

fn why_quote(report: &Report, q: &Quote, k: &Descriptions) -> Why {
    let heading = match q.kind {
        QuoteKind::Direct => "Direct quote",
        QuoteKind::Partial => "Partial quote",
        QuoteKind::Indirect => "Reported speech",
    };
    let mut lines = vec![found_by(&q.rule, k)];
    let actor = q
        .speaker
        .as_deref()
        .and_then(|id| report.actors.iter().find(|a| a.id == id));
    let name = actor.map_or("nobody Lede knows by name", |a| a.name.as_str());
    let speaker = match &q.speaker_mention {
        Some(m) => format!("“{}” → {} — {}", m.text, name, plain(&q.speaker_rule, k)),
        None if q.speaker_rule.is_empty() && actor.is_none() => {
            "nobody: Lede found no one to attribute it to (unattributed).".to_string()
        }
        None => format!(
            "{} — {}",
            actor.map_or("unattributed", |a| a.name.as_str()),
            plain(&q.speaker_rule, k)
        ),
    };
    lines.push(line("Speaker", speaker, &q.speaker_rule));
    // A pronoun or description as the speaker: how it was linked to the actor.
    let reference = q.speaker_mention.as_ref().and_then(|m| {
        actor?
            .references
            .iter()
            .find(|r| r.start == m.start && r.end == m.end)
    });
    if let (Some(r), Some(a)) = (reference, actor) {
        lines.push(line(
            "Linked",
            format!("“{}” means {} — {}", r.text, a.name, plain(&r.rule, k)),
            &r.rule,
        ));
    }
    if let Some(cue) = &q.cue {
        lines.push(line("Reporting verb", cue.clone(), ""));
    }
    Why {
        heading: heading.to_string(),
        lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyse, Options};

    #[test]
    fn plain_table_is_sorted_and_names_known_rules() {
        assert!(
            PLAIN.windows(2).all(|w| w[0].0 < w[1].0),
            "PLAIN must stay sorted"
        );
        for (name, words) in PLAIN {
            assert!(rules::find(name).is_some(), "{name} is no rule");
            assert!(words.len() < 200, "{name}: keep it to one short sentence");
        }
    }

    #[test]
    fn plain_falls_back_to_the_description_and_knows_corrections() {
        let report = analyse("They met in Oslo.", &Options::default());
        let known = Descriptions::of(&report);
        assert_eq!(known.0.len(), 1, "{known:?}");
        assert_eq!(
            plain("countries/capital", &known),
            rules::describe("countries/capital")
        );
        assert_eq!(plain("countries/name", &known), "(no description of this rule)");
        assert_eq!(
            plain(corrections::SPEAKER, &known),
            "You chose this speaker by hand."
        );
        assert_eq!(plain("", &known), "Lede gave no rule for this.");
    }

    /// (text, item, mention, heading, a line that must be there as "Label: text").
    const CASES: &[(&str, Category, usize, usize, &str, &str)] = &[
        (
            "Ms Ada Lund met the press. \"We are ready,\" she said.",
            Category::Quote, 0, 0, "Direct quote",
            "Speaker: “she” → Ada Lund — The words right after a quotation tell you who spoke: “…,” she said.",
        ),
        (
            "Ms Ada Lund met the press. \"We are ready,\" she said.",
            Category::Quote, 0, 0, "Direct quote",
            "Linked: “she” means Ada Lund — “he” or “she” means the nearest person named before it in the sentence, or the person the sentences just before were about.",
        ),
        (
            "Ms Ada Lund met the press. \"We are ready,\" she said.",
            Category::Actor, 0, 0, "Person: Ada Lund",
            "Same as: “Ms Ada Lund” is Ada Lund again, named earlier or later in full.",
        ),
        (
            "\"It rained,\" someone wrote on a wall.",
            Category::Quote, 0, 0, "Direct quote",
            "Found by: Words between double quotation marks (straight, curly, low, guillemets, or the typewriter's two backticks and two apostrophes: ``...'' and ''...'') are a direct quote.",
        ),
        (
            "@2022-01-21 The talks resume on Friday in Oslo.",
            Category::Date, 0, 0, "Date: Fri 21 Jan 2022 (2022-01-21)",
            "Worked out: from the publication date and the tense of the sentence, not from these words alone.",
        ),
        (
            "The talks resume in Oslo.",
            Category::Country, 0, 0, "Country: Norway (NO), by its capital",
            "Found by: A capital city, which also stands for its government (\"Moscow\", \"Washington\").",
        ),
    ];

    #[test]
    fn explanations() {
        for &(text, category, index, mention, heading, wanted) in CASES {
            let (text, options) = match text.strip_prefix("@2022-01-21 ") {
                Some(rest) => (
                    rest,
                    Options {
                        reference_date: crate::analysis::Date::parse_iso("2022-01-21"),
                    },
                ),
                None => (text, Options::default()),
            };
            let report = analyse(text, &options);
            let why = why(
                &report,
                Item::new(category, index),
                mention,
                &Descriptions::of(&report),
            );
            assert_eq!(why.heading, heading, "{text}");
            let lines: Vec<String> = why
                .lines
                .iter()
                .map(|l| format!("{}: {}", l.label, l.text))
                .collect();
            assert!(
                lines.iter().any(|l| l == wanted),
                "{text}: {wanted}\nnot in {lines:#?}"
            );
        }
    }

    #[test]
    fn a_corrected_speaker_says_so_and_a_missing_item_does_not_panic() {
        let text = "Ms Ada Lund met the press. \"We are ready,\" she said.";
        let report = analyse(text, &Options::default());
        let q = &report.quotes[0];
        let fixed = corrections::apply(
            &report,
            text,
            &[corrections::Correction::Speaker {
                quote: corrections::At::new(q.start, q.end),
                speaker: None,
            }],
        );
        let known = Descriptions::of(&fixed);
        let why = why(&fixed, Item::new(Category::Quote, 0), 0, &known);
        assert_eq!(
            why.lines[1].text,
            "unattributed — You chose this speaker by hand."
        );
        let none = super::why(&fixed, Item::new(Category::Date, 9), 0, &known);
        assert!(none.lines.is_empty());
    }
}
