//! The sources view: every anonymous or vague source and every non-answer, grouped by kind, each with
//! the sentence it stands in (the phrase cut out so that the view can emphasise it).

use crate::analysis::highlight::source_kind_label;
use crate::analysis::report::{Report, Source, SourceKind};
use crate::workbench::Table;

/// The kinds in the order the view lists them.
pub const KINDS: [SourceKind; 3] = [SourceKind::Anonymous, SourceKind::Vague, SourceKind::NoComment];

/// A plain explanation of a kind, for the group's heading.
pub fn kind_explanation(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Anonymous => {
            "Someone is quoted or relied on without a name: the reader cannot check who it is."
        }
        SourceKind::Vague => {
            "The claim is pinned on nobody in particular (\"analysts say\", \"it is understood\")."
        }
        SourceKind::NoComment => "Someone asked for their side did not give it.",
    }
}

/// One group of the view: a kind and the indices of its sources in `report.sources`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub kind: SourceKind,
    pub sources: Vec<usize>,
}

/// The sources grouped by kind, in [`KINDS`] order, each in text order; empty groups are left out.
pub fn groups(report: &Report) -> Vec<Group> {
    KINDS
        .iter()
        .map(|&kind| Group {
            kind,
            sources: (0..report.sources.len())
                .filter(|&i| report.sources[i].kind == kind)
                .collect(),
        })
        .filter(|g| !g.sources.is_empty())
        .collect()
}

/// The sentence of `source` in three parts: before the phrase, the phrase, after it (empty parts when
/// the spans do not fit the text).
pub fn in_sentence<'t>(text: &'t str, source: &Source) -> (&'t str, &'t str, &'t str) {
    let part = |a: usize, b: usize| text.get(a..b).unwrap_or("");
    let (s, a, b, e) = (
        source.sentence_start,
        source.start,
        source.end,
        source.sentence_end,
    );
    if !(s <= a && a <= b && b <= e && e <= text.len()) {
        return ("", part(a, b), "");
    }
    (part(s, a), part(a, b), part(b, e).trim_end())
}

/// The view's numbers: one row per source (kind, phrase, sentence, rule).
pub fn table(text: &str, report: &Report) -> Table {
    let rows = groups(report)
        .into_iter()
        .flat_map(|g| g.sources)
        .filter_map(|i| report.sources.get(i))
        .map(|s| {
            let (before, phrase, after) = in_sentence(text, s);
            vec![
                source_kind_label(s.kind).to_string(),
                s.text.clone(),
                format!("{before}{phrase}{after}").trim().to_string(),
                s.rule.to_string(),
            ]
        })
        .collect();
    Table {
        title: "Sources".into(),
        columns: ["Kind", "Phrase", "Sentence", "Rule"].map(String::from).to_vec(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyse, Options};

    const TEXT: &str = "The port will close. A senior official said the talks failed. \
                        The operator declined to comment. Analysts say it is over. \
                        \"It is over,\" said one diplomat.";

    #[test]
    fn grouped_by_kind_in_text_order() {
        let report = analyse(TEXT, &Options::default());
        let got: Vec<(SourceKind, Vec<&str>)> = groups(&report)
            .into_iter()
            .map(|g| {
                (
                    g.kind,
                    g.sources
                        .iter()
                        .map(|&i| report.sources[i].text.as_str())
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    SourceKind::Anonymous,
                    vec!["A senior official said", "said one diplomat"]
                ),
                (SourceKind::Vague, vec!["Analysts say"]),
                (SourceKind::NoComment, vec!["declined to comment"]),
            ]
        );
    }

    #[test]
    fn the_phrase_in_its_sentence() {
        let report = analyse(TEXT, &Options::default());
        let s = &report.sources[0];
        assert_eq!(
            in_sentence(TEXT, s),
            ("", "A senior official said", " the talks failed.")
        );
        let broken = Source {
            sentence_end: TEXT.len() + 5,
            ..s.clone()
        };
        assert_eq!(in_sentence(TEXT, &broken), ("", "A senior official said", ""));
    }

    #[test]
    fn table_rows() {
        let report = analyse(TEXT, &Options::default());
        let t = table(TEXT, &report);
        assert_eq!(t.rows.len(), 4);
        assert_eq!(
            t.rows[2],
            [
                "vague source",
                "Analysts say",
                "Analysts say it is over.",
                "sources/unnamed-source-said"
            ]
        );
        assert!(groups(&Report::default()).is_empty());
        assert!(table("", &Report::default()).rows.is_empty());
    }
}
