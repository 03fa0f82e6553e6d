//! Embedded tables: plain, sorted, diffable text files under `src/analysis/data/`, parsed once.
//!
//! Format: one entry per line, fields separated by a tab; lines starting with `#` are the header
//! (source and licence) or comments; blank lines are skipped.

use std::hash::{BuildHasher, Hasher};

/// A fast hash for the embedded tables (word → entry), whose keys are fixed at build time: lookups
/// with the text's words cost a few instructions per byte instead of SipHash's rounds. Not for maps
/// whose keys come from the input (those keep the standard, collision-resistant hasher).
#[derive(Clone, Copy, Debug, Default)]
pub struct TableHash;

/// The hasher of [`TableHash`] (the multiply-rotate hash of rustc's `FxHasher`).
#[derive(Clone, Copy, Debug, Default)]
pub struct TableHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl TableHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for TableHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        // The remainder (0-7 bytes) with its length in the top byte: "a" and "a\0" differ.
        let rest = chunks.remainder();
        self.add(((rest.len() as u64) << 56) | little_endian(rest));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The bytes of `rest` (at most 7) as a little-endian number, read in pieces of 4, 2 and 1 bytes
/// rather than byte by byte: the same value as `Σ rest[i] << 8i`.
fn little_endian(rest: &[u8]) -> u64 {
    let mut value = 0;
    let mut at = 0;
    if let Some(c) = rest.first_chunk::<4>() {
        value = u64::from(u32::from_le_bytes(*c));
        at = 4;
    }
    if let Some(c) = rest.get(at..).and_then(<[u8]>::first_chunk::<2>) {
        value |= u64::from(u16::from_le_bytes(*c)) << (8 * at);
        at += 2;
    }
    if let Some(&b) = rest.get(at) {
        value |= u64::from(b) << (8 * at);
    }
    value
}

impl BuildHasher for TableHash {
    type Hasher = TableHasher;
    fn build_hasher(&self) -> TableHasher {
        TableHasher(0)
    }
}

/// A map of an embedded table, with [`TableHash`].
pub type TableMap<K, V> = std::collections::HashMap<K, V, TableHash>;
/// A set of an embedded word list, with [`TableHash`].
pub type TableSet<K> = std::collections::HashSet<K, TableHash>;

/// An embedded word list as a set, built on first use: see [`word_set!`].
pub type WordSet = std::sync::LazyLock<WordList>;

/// A set of words that rules most words out before hashing them, by the lengths, first and last bytes
/// of its entries (a [`Prefilter`]): the passes ask the word lists about nearly every token.
/// Everything else is the set's ([`TableSet`], through `Deref`).
#[derive(Debug, Default)]
pub struct WordList {
    set: TableSet<&'static str>,
    filter: Prefilter,
}

impl FromIterator<&'static str> for WordList {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        let mut list = WordList::default();
        for word in words {
            list.filter.add(word);
            list.set.insert(word);
        }
        list
    }
}

impl WordList {
    /// `word` is in the list (exactly as the set says, only faster for words no entry resembles).
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_hold(word) && self.set.contains(word)
    }

    /// `noun` is in the list, or is an entry's plural in -s ("villages", "operas").
    pub fn contains_or_plural(&self, noun: &str) -> bool {
        self.contains(noun) || self.contains_plural(noun)
    }

    /// `noun` is an entry's plural in -s ("villages", "operas"), not the entry itself.
    pub fn contains_plural(&self, noun: &str) -> bool {
        noun.strip_suffix('s').is_some_and(|one| self.contains(one))
    }
}

/// A map of an embedded table (word → entry) whose lookups go through a [`Prefilter`] of its keys
/// first: for tables asked about nearly every token. Everything else is the map's (`Deref`).
#[derive(Debug, Default)]
pub struct FilteredMap<V> {
    map: TableMap<&'static str, V>,
    filter: Prefilter,
}

impl<V> From<TableMap<&'static str, V>> for FilteredMap<V> {
    fn from(map: TableMap<&'static str, V>) -> Self {
        let mut filter = Prefilter::default();
        map.keys().for_each(|k| filter.add(k));
        FilteredMap { map, filter }
    }
}

impl<V> FilteredMap<V> {
    /// The entry of `word` (exactly as the map's, only faster for words no key resembles).
    pub fn get(&self, word: &str) -> Option<&V> {
        if !self.filter.may_hold(word) {
            return None;
        }
        self.map.get(word)
    }
}

impl<V> std::ops::Deref for FilteredMap<V> {
    type Target = TableMap<&'static str, V>;
    fn deref(&self) -> &TableMap<&'static str, V> {
        &self.map
    }
}

/// The lengths, first and last bytes of a table's keys, one bit per combination (2,048 bits, so a
/// list of a few hundred words leaves most of them clear): most words are ruled out by one bit test
/// before any hashing ([`WordList`], [`FilteredMap`], the sources' phrase tables, the temporal
/// lexicon). A key always passes: the filter only ever says "no" to words that are not keys.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prefilter {
    /// Bit [`Prefilter::slot`] of a key is set.
    bits: [u64; 32],
}

impl Prefilter {
    pub fn add(&mut self, key: &str) {
        if let Some(slot) = Prefilter::slot(key) {
            self.bits[slot >> 6] |= 1 << (slot & 63);
        }
    }

    /// False when no key added has `word`'s length, first and last byte (the empty word may be a key).
    pub fn may_hold(&self, word: &str) -> bool {
        match Prefilter::slot(word) {
            Some(slot) => self.bits[slot >> 6] & (1 << (slot & 63)) != 0,
            None => true,
        }
    }

    /// The bit of a non-empty word, 0..2048: its length (up to 255), first and last byte, mixed by a
    /// multiplication (Fibonacci hashing) and cut to the top eleven bits.
    fn slot(word: &str) -> Option<usize> {
        let bytes = word.as_bytes();
        let (first, last) = (*bytes.first()?, *bytes.last()?);
        let length = u32::try_from(bytes.len().min(255)).unwrap_or(255);
        let key = (length << 16) | (u32::from(first) << 8) | u32::from(last);
        Some((key.wrapping_mul(0x9E37_79B1) >> 21) as usize)
    }
}

impl std::ops::Deref for WordList {
    type Target = TableSet<&'static str>;
    fn deref(&self) -> &TableSet<&'static str> {
        &self.set
    }
}

/// The set of an embedded word list (its first fields), built once on first use; the path is relative
/// to the file that names it:
/// `static VERBS: WordSet = word_set!("../data/actors-state-verbs.txt");`
macro_rules! word_set {
    ($path:literal) => {
        std::sync::LazyLock::new(|| {
            $crate::analysis::gazetteer::words($crate::analysis::gazetteer::data_file!($path)).collect()
        })
    };
}
pub(crate) use word_set;

/// A data file embedded without its comment lines (those that start with `#`: the header naming the
/// source and licence, notes), which every reader skips anyway: they stay in the source, not in the
/// binary or the web app's download. The path is relative to the file that names it, as with
/// `include_str!`; the stripping is done by the compiler ([`data_len`], [`data_bytes`]).
macro_rules! data_file {
    ($path:literal) => {{
        const RAW: &str = include_str!($path);
        const LEN: usize = $crate::analysis::gazetteer::data_len(RAW);
        const BYTES: [u8; LEN] = $crate::analysis::gazetteer::data_bytes::<LEN>(RAW);
        const TEXT: &str = match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("a data file is UTF-8"),
        };
        TEXT
    }};
}
pub(crate) use data_file;

/// The countries' table (`data/countries.tsv`: ISO code, English short name), embedded once for the
/// countries' gazetteer and the actors' places both.
pub const COUNTRIES_TABLE: &str = data_file!("data/countries.tsv");

/// The length in bytes of `text` without its comment lines (each with its line break).
pub const fn data_len(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut i, mut len) = (0, 0);
    while i < b.len() {
        let end = line_end(b, i);
        if b[i] != b'#' {
            len += end - i;
        }
        i = end;
    }
    len
}

/// `text` without its comment lines, as `N` bytes (`N` = [`data_len`] of `text`).
pub const fn data_bytes<const N: usize>(text: &str) -> [u8; N] {
    let b = text.as_bytes();
    let mut out = [0u8; N];
    let (mut i, mut o) = (0, 0);
    while i < b.len() {
        let end = line_end(b, i);
        if b[i] != b'#' {
            while i < end {
                out[o] = b[i];
                o += 1;
                i += 1;
            }
        }
        i = end;
    }
    out
}

/// The index just past the line break of the line that starts at `i` (or the end of `b`).
const fn line_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i] != b'\n' {
        i += 1;
    }
    if i < b.len() {
        i + 1
    } else {
        i
    }
}

/// The data lines of an embedded table, split into tab-separated fields.
pub fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The `name<TAB>field` lines of a list that `build.rs` packed: one line per field, `field<TAB>` then
/// its names front-coded, each as one digit (the length in bytes of the prefix it shares with the
/// name before) and the rest of the name. Any input is read without panicking, in linear time.
pub fn unpack(packed: &str) -> String {
    let mut out = String::with_capacity(packed.len() * 3);
    for line in packed.lines() {
        let Some((field, mut rest)) = line.split_once('\t') else {
            continue;
        };
        let mut name = String::new();
        while let Some(digit) = rest.chars().next() {
            let mut shared = (digit.to_digit(10).unwrap_or(0) as usize).min(name.len());
            while !name.is_char_boundary(shared) {
                shared -= 1;
            }
            rest = &rest[digit.len_utf8()..];
            let end = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
            name.truncate(shared);
            name.push_str(&rest[..end]);
            rest = &rest[end..];
            out.push_str(&name);
            out.push('\t');
            out.push_str(field);
            out.push('\n');
        }
    }
    out
}

/// The first field of every data line: for word lists.
pub fn words(data: &'static str) -> impl Iterator<Item = &'static str> {
    rows(data).filter_map(|r| r.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lists_unpack_to_their_lines() {
        let cases = [
            ("f\t0Ann3a1bel\nm\t0Al\n", "Ann\tf\nAnna\tf\nAbel\tf\nAl\tm\n"),
            ("\t0Zoë4ra\n", "Zoë\t\nZoëra\t\n"),
            // Damaged input: a prefix longer than the name before, inside a character, no digit.
            ("u\t0Zé3x9y\n", "Zé\tu\nZéx\tu\nZéxy\tu\n"),
            ("u\t0é1x\n", "é\tu\nx\tu\n"),
            ("u\tAb\nno tab\n\t", "b\tu\n"),
            ("", ""),
        ];
        for (packed, lines) in cases {
            assert_eq!(unpack(packed), lines, "{packed:?}");
        }
    }

    #[test]
    fn the_remainder_is_read_as_byte_by_byte() {
        let bytes = [0x81, 0x02, 0xf3, 0x04, 0x65, 0x06, 0xa7];
        for n in 0..=bytes.len() {
            let rest = &bytes[..n];
            let expected = rest
                .iter()
                .enumerate()
                .fold(0u64, |v, (i, &b)| v | u64::from(b) << (8 * i));
            assert_eq!(little_endian(rest), expected, "{n} bytes");
        }
    }

    #[test]
    fn parses_rows_and_skips_header() {
        let data = "# source: self-written\n# licence: MIT\n\nA\t1\nB\t2\r\n";
        let rows: Vec<_> = rows(data).collect();
        assert_eq!(rows, vec![vec!["A", "1"], vec!["B", "2"]]);
        assert_eq!(words(data).collect::<Vec<_>>(), ["A", "B"]);
    }

    #[test]
    fn table_maps_find_what_they_hold() {
        let set: TableSet<&str> = ["Kremlin", "White House", "", "a", "abcdefgh", "abcdefghi"]
            .into_iter()
            .collect();
        for w in ["Kremlin", "White House", "", "a", "abcdefgh", "abcdefghi"] {
            assert!(set.contains(w), "{w}");
        }
        assert!(!set.contains("kremlin") && !set.contains("abcdefg"));
        let list: WordList = ["Kremlin", "", "a", "é", "abcdefghi"].into_iter().collect();
        for w in ["Kremlin", "", "a", "é", "abcdefghi"] {
            assert!(list.contains(w), "{w}");
        }
        for w in ["kremlin", "b", "e", "abcdefgh", "Kremlins"] {
            assert!(!list.contains(w), "{w}");
        }
        let h = |s: &str| TableHash.hash_one(s);
        assert_ne!(h("ab"), h("ba"));
        assert_ne!(h("a"), h("a\0"));
    }

    #[test]
    fn the_prefilter_passes_every_key_and_rules_out_most_other_words() {
        let long = "x".repeat(300);
        let keys = ["said", "told", "added", "Kremlin", "é", "a", long.as_str()];
        let mut filter = Prefilter::default();
        keys.iter().for_each(|k| filter.add(k));
        for k in keys {
            assert!(filter.may_hold(k), "{k}");
        }
        assert!(filter.may_hold(""), "the empty word may be a key");
        let others = [
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with",
        ];
        let passed = others.iter().filter(|w| filter.may_hold(w)).count();
        assert!(passed <= 1, "{passed} of {} other words pass", others.len());
    }
}
