//! Attribution language: the reporting verbs each speaker gets, grouped by how they frame the words
//! (neutral, loaded, other; [`crate::analysis::framing`]), and the hedges in the reporter's own voice
//! (`Report.hedges`), each with the sentence it stands in.
//!
//! Speakers are those of the share of voice ([`crate::workbench::voice`]), in the same order. A verb
//! is counted once per quote that it introduces; quotes without a cue (a quotation that continues the
//! previous speaker) are counted as "no verb".

use crate::analysis::framing::{self, Framing};
use crate::analysis::sort::CompactSort;
use crate::report::{HedgeKind, Report};
use crate::workbench::voice::{self, SpeakerKey, SpeakerType};
use crate::workbench::Table;

/// One reporting verb (as its lemma) and the quotes it introduces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbUse {
    pub lemma: String,
    pub framing: Framing,
    /// Indices into `report.quotes`, in text order.
    pub quotes: Vec<usize>,
}

/// The verbs one speaker is reported with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerVerbs {
    pub key: SpeakerKey,
    pub name: String,
    pub kind: SpeakerType,
    /// Most used first (ties: first used first).
    pub verbs: Vec<VerbUse>,
    /// Quotes without a reporting verb of their own.
    pub no_verb: usize,
    /// All the speaker's quotes (indices into `report.quotes`), in text order.
    pub quotes: Vec<usize>,
}

impl SpeakerVerbs {
    /// How many of the speaker's quotes a verb of class `framing` introduces.
    pub fn count(&self, framing: Framing) -> usize {
        self.verbs
            .iter()
            .filter(|v| v.framing == framing)
            .map(|v| v.quotes.len())
            .sum()
    }
}

/// A hedge of the report with the sentence it stands in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HedgeUse {
    /// Index into `report.hedges`.
    pub index: usize,
    pub text: String,
    pub kind: HedgeKind,
    pub sentence: String,
}

/// The whole view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Language {
    pub speakers: Vec<SpeakerVerbs>,
    /// Every verb of the text, most used first.
    pub verbs: Vec<VerbUse>,
    pub hedges: Vec<HedgeUse>,
}

impl Language {
    /// How many quotes a verb of class `framing` introduces, in the whole text.
    pub fn count(&self, framing: Framing) -> usize {
        self.speakers.iter().map(|s| s.count(framing)).sum()
    }
}

/// Adds quote `qi` with cue `cue` to `verbs`.
fn add_verb(verbs: &mut Vec<VerbUse>, cue: &str, qi: usize) {
    let lemma = framing::lemma(cue);
    match verbs.iter_mut().find(|v| v.lemma == lemma) {
        Some(v) => v.quotes.push(qi),
        None => verbs.push(VerbUse {
            framing: framing::framing(&lemma),
            lemma,
            quotes: vec![qi],
        }),
    }
}

fn sort_verbs(verbs: &mut [VerbUse]) {
    // A verb's first quote is its own (a quote has one cue), so the order is total: an unstable sort
    // gives the same result with less code in the app.
    verbs.compact_sort_by_key(|v| (std::cmp::Reverse(v.quotes.len()), v.quotes.first().copied()));
}

/// The text of `start..end` in `text` with its whitespace squeezed, or "" when out of range.
fn squeezed(text: &str, start: usize, end: usize) -> String {
    let s = text.get(start..end).unwrap_or("");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The attribution language of `report` (whose spans point into `text`).
pub fn attribution_language(text: &str, report: &Report) -> Language {
    let voice = voice::share_of_voice(report);
    let mut all = Vec::new();
    let speakers = voice
        .speakers
        .into_iter()
        .map(|s| {
            let mut verbs = Vec::new();
            let mut no_verb = 0;
            for &qi in &s.quotes {
                match report.quotes[qi].cue.as_deref().filter(|c| !c.trim().is_empty()) {
                    Some(cue) => {
                        add_verb(&mut verbs, cue, qi);
                        add_verb(&mut all, cue, qi);
                    }
                    None => no_verb += 1,
                }
            }
            sort_verbs(&mut verbs);
            SpeakerVerbs {
                key: s.key,
                name: s.name,
                kind: s.kind,
                verbs,
                no_verb,
                quotes: s.quotes,
            }
        })
        .collect();
    for v in &mut all {
        v.quotes.compact_sort();
    }
    sort_verbs(&mut all);
    let hedges = report
        .hedges
        .iter()
        .enumerate()
        .map(|(index, h)| HedgeUse {
            index,
            text: h.text.clone(),
            kind: h.kind,
            sentence: squeezed(text, h.sentence_start, h.sentence_end),
        })
        .collect();
    Language {
        speakers,
        verbs: all,
        hedges,
    }
}

/// "say 3, tell" : the verbs of one class with their counts (a count of 1 is not written).
pub fn verb_list(verbs: &[VerbUse], framing: Framing) -> String {
    verbs
        .iter()
        .filter(|v| v.framing == framing)
        .map(|v| match v.quotes.len() {
            1 => v.lemma.clone(),
            n => format!("{} {n}", v.lemma),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One row per speaker: the verbs of each class.
pub fn verb_table(language: &Language) -> Table {
    let columns = ["Speaker", "Type", "Neutral", "Loaded", "Other", "No verb"];
    let rows = language
        .speakers
        .iter()
        .map(|s| {
            let mut row = vec![s.name.clone(), s.kind.label().to_string()];
            row.extend(Framing::ALL.iter().map(|&f| verb_list(&s.verbs, f)));
            row.push(s.no_verb.to_string());
            row
        })
        .collect();
    Table {
        title: "Reporting verbs per speaker".to_string(),
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
    }
}

/// One row per hedge in the reporter's voice.
pub fn hedge_table(language: &Language) -> Table {
    let rows = language
        .hedges
        .iter()
        .map(|h| vec![h.text.clone(), h.kind.as_str().to_string(), h.sentence.clone()])
        .collect();
    Table {
        title: "Hedges in the reporter's voice".to_string(),
        columns: ["Hedge", "Kind", "Sentence"]
            .iter()
            .map(|c| c.to_string())
            .collect(),
        rows,
    }
}

/// The view's tables: verbs per speaker, then the hedges.
pub fn tables(text: &str, report: &Report) -> Vec<Table> {
    let language = attribution_language(text, report);
    vec![verb_table(&language), hedge_table(&language)]
}
