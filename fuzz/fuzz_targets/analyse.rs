//! `cargo +nightly fuzz run analyse`: arbitrary text and reference date through the whole analysis.
//!
//! The first three bytes choose the reference date (or none); the rest, read as lossy UTF-8, is the
//! article. Every span of the report must lie within the text on char boundaries.
#![no_main]

use lede::analysis::{analyse, Date, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(3));
    let reference_date = match head {
        [y, m, d] if y % 4 != 0 => {
            Date::parse_iso(&format!("{:04}-{:02}-{:02}", 1 + (*y as u32) * 39, 1 + m % 12, 1 + d % 28))
        }
        _ => None,
    };
    let text = String::from_utf8_lossy(body);
    let report = analyse(&text, &Options { reference_date });
    let ok = |s: usize, e: usize| s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e);
    for d in &report.dates {
        assert!(ok(d.start, d.end));
    }
    for c in &report.countries {
        for m in &c.mentions {
            assert!(ok(m.start, m.end));
        }
    }
    for a in &report.actors {
        for m in &a.mentions {
            assert!(ok(m.start, m.end));
        }
    }
    for q in &report.quotes {
        assert!(ok(q.start, q.end));
    }
});
