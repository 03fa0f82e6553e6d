//! Byte spans into the original text.
//!
//! Every finding in a report points back into the input with a half-open byte range `[start, end)`.
//! Spans are always on `char` boundaries; [`Span::slice`] never panics, so a wrong span shows up as an
//! empty string in a test rather than as a crash in a reader's browser.

use std::fmt;

/// A half-open byte range `[start, end)` into the analysed text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text under the span, or `""` when the span is out of range or not on char boundaries.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}..{})", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_out_of_range_is_empty() {
        assert_eq!(Span::new(2, 10).slice("abc"), "");
        assert_eq!(Span::new(1, 2).slice("é"), "");
        assert_eq!(Span::new(0, 2).slice("é"), "é");
    }

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(0, 3);
        let b = Span::new(2, 5);
        assert_eq!(a.cover(b), Span::new(0, 5));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(3, 4)));
        assert!(Span::new(0, 5).contains(b));
    }
}
