//! A long report cut into parts of bounded size, and put together again. The web app's worker sends
//! a report part by part, so that the page decodes each part in a short task of its own instead of
//! one long one (a 2 MB article's report holds tens of thousands of findings).
//!
//! The first part carries everything but the finding lists (schema, reference date, statistics,
//! diagnostics) and the first findings; the others carry only findings. Lists keep their order, so
//! appending the parts in order gives back the report.

use crate::report::Report;

/// Findings per part (an item counts once, plus once per mention it lists): small enough that the
/// page decodes a part in a short task even on a loaded machine (a part of 1,000 findings took
/// 120–350 ms there).
pub const PART_SIZE: usize = 250;

/// `report` cut into parts of about `size` findings each (at least one part; an item is never cut).
pub fn split(mut report: Report, size: usize) -> Vec<Report> {
    let actors = std::mem::take(&mut report.actors);
    let quotes = std::mem::take(&mut report.quotes);
    let dates = std::mem::take(&mut report.dates);
    let countries = std::mem::take(&mut report.countries);
    let hedges = std::mem::take(&mut report.hedges);
    let sources = std::mem::take(&mut report.sources);
    let mut cutter = Cutter {
        parts: Vec::new(),
        current: report,
        weight: 0,
        size: size.max(1),
    };
    cutter.add(
        actors,
        |a| 1 + a.mentions.len() + a.references.len(),
        |r| &mut r.actors,
    );
    cutter.add(quotes, |_| 1, |r| &mut r.quotes);
    cutter.add(dates, |_| 1, |r| &mut r.dates);
    cutter.add(countries, |c| 1 + c.mentions.len(), |r| &mut r.countries);
    cutter.add(hedges, |_| 1, |r| &mut r.hedges);
    cutter.add(sources, |_| 1, |r| &mut r.sources);
    if cutter.weight > 0 || cutter.parts.is_empty() {
        cutter.parts.push(cutter.current);
    }
    cutter.parts
}

/// Appends a later part's findings to the report put together so far.
pub fn append(report: &mut Report, part: Report) {
    report.actors.extend(part.actors);
    report.quotes.extend(part.quotes);
    report.dates.extend(part.dates);
    report.countries.extend(part.countries);
    report.hedges.extend(part.hedges);
    report.sources.extend(part.sources);
}

/// The report the parts were cut from.
pub fn join(parts: impl IntoIterator<Item = Report>) -> Report {
    let mut parts = parts.into_iter();
    let mut report = parts.next().unwrap_or_default();
    for part in parts {
        append(&mut report, part);
    }
    report
}

struct Cutter {
    parts: Vec<Report>,
    current: Report,
    weight: usize,
    size: usize,
}

impl Cutter {
    fn add<T>(&mut self, items: Vec<T>, weight: fn(&T) -> usize, list: fn(&mut Report) -> &mut Vec<T>) {
        for item in items {
            self.weight += weight(&item);
            list(&mut self.current).push(item);
            if self.weight >= self.size {
                self.parts.push(std::mem::take(&mut self.current));
                self.weight = 0;
            }
        }
    }
}
