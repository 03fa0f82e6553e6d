//! A readable plain-text rendering of a report, one finding per line.
//!
//! Used by the CLI's `--format text` and by the golden snapshot tests, where a diff of this rendering
//! reads far better than a diff of JSON.
//!
//! ```
//! use lede::analysis::{analyse, render, Options};
//! let report = analyse("", &Options::default());
//! assert!(render::render(&report).starts_with("REFERENCE_DATE none"));
//! ```

use std::fmt::Write;

use crate::analysis::report::Report;

/// Renders every finding of `report`:
///
/// ```text
/// ACTOR a1 person "Antony Blinken" roles=["US Secretary of State"] country=US
///   [374..388) "Antony Blinken"
/// QUOTE direct [533..559) "This is a critical moment," speaker=a1 [562..572) "Mr Blinken" cue=said
/// DATE date [459..465) "Friday" = 2022-01-21
/// COUNTRY RU "Russia"
///   [410..417) "Russian" via=demonym
/// HEDGE hearsay [612..622) "reportedly"
/// SOURCE anonymous [900..921) "a senior official said"
/// ```
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "REFERENCE_DATE {}",
        report.reference_date.as_deref().unwrap_or("none")
    );
    for a in &report.actors {
        let _ = write!(out, "ACTOR {} {} {:?}", a.id, a.kind.as_str(), a.name);
        if !a.roles.is_empty() {
            let _ = write!(out, " roles={:?}", a.roles);
        }
        if let Some(c) = &a.country {
            let _ = write!(out, " country={c}");
        }
        out.push('\n');
        for m in &a.mentions {
            let _ = writeln!(out, "  [{}..{}) {:?}", m.start, m.end, m.text);
        }
    }
    for q in &report.quotes {
        let _ = write!(
            out,
            "QUOTE {} [{}..{}) {:?}",
            q.kind.as_str(),
            q.start,
            q.end,
            q.text
        );
        match (&q.speaker, &q.speaker_mention) {
            (s, Some(m)) => {
                let _ = write!(
                    out,
                    " speaker={} [{}..{}) {:?}",
                    s.as_deref().unwrap_or("-"),
                    m.start,
                    m.end,
                    m.text
                );
            }
            (Some(s), None) => {
                let _ = write!(out, " speaker={s}");
            }
            (None, None) => out.push_str(" speaker=-"),
        }
        if let Some(c) = &q.cue {
            let _ = write!(out, " cue={c}");
        }
        out.push('\n');
    }
    for d in &report.dates {
        let _ = writeln!(
            out,
            "DATE {} [{}..{}) {:?} = {}",
            d.kind.as_str(),
            d.start,
            d.end,
            d.text,
            d.value.as_deref().unwrap_or("?")
        );
    }
    for c in &report.countries {
        let _ = writeln!(out, "COUNTRY {} {:?}", c.code, c.name);
        for m in &c.mentions {
            let _ = writeln!(
                out,
                "  [{}..{}) {:?} via={}",
                m.start,
                m.end,
                m.text,
                m.via.as_str()
            );
        }
    }
    for h in &report.hedges {
        let _ = writeln!(
            out,
            "HEDGE {} [{}..{}) {:?}",
            h.kind.as_str(),
            h.start,
            h.end,
            h.text
        );
    }
    for s in &report.sources {
        let _ = writeln!(
            out,
            "SOURCE {} [{}..{}) {:?}",
            s.kind.as_str(),
            s.start,
            s.end,
            s.text
        );
    }
    out
}
