//! Embedded tables: plain, sorted, diffable text files under `src/analysis/data/`, parsed once.
//!
//! Format: one entry per line, fields separated by a tab; lines starting with `#` are the header
//! (source and licence) or comments; blank lines are skipped.

/// The data lines of an embedded table, split into tab-separated fields.
pub fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The first field of every data line: for word lists.
pub fn words(data: &'static str) -> impl Iterator<Item = &'static str> {
    rows(data).filter_map(|r| r.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_skips_header() {
        let data = "# source: self-written\n# licence: MIT\n\nA\t1\nB\t2\r\n";
        let rows: Vec<_> = rows(data).collect();
        assert_eq!(rows, vec![vec!["A", "1"], vec!["B", "2"]]);
        assert_eq!(words(data).collect::<Vec<_>>(), ["A", "B"]);
    }
}
