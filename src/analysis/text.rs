//! Tokens, sentences and paragraphs of an article, each with byte spans into the original text.
//!
//! Every extractor works on this one segmentation, so they agree on what a word and a sentence are.
//! The tokenizer keeps names and numbers whole ("U.S.", "O'Brien", "build-up", "100,000", "08:17",
//! "2022-01-21", "1990s", a Nordic company's "A/S") and splits a possessive off ("Russia" + "'s").
//! Sentences end at `.`, `!`, `?` or `…` before a capitalised word, a digit or an opening quote, except
//! after a known abbreviation ("Mr.", "Jan.") or an initial ("John F. Kennedy"), and always at a line
//! break.
//!
//! ```
//! use lede::analysis::text::Doc;
//! let doc = Doc::new("Mr. Blinken met Russia's minister. \"Good,\" he said.\n\nNext.");
//! let words: Vec<&str> = doc.tokens.iter().map(|t| doc.token_text(t)).collect();
//! assert_eq!(&words[..5], ["Mr", ".", "Blinken", "met", "Russia"]);
//! assert_eq!(doc.sentences.len(), 3);
//! assert_eq!(doc.paragraphs.len(), 2);
//! ```

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::analysis::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Starts with a letter: "Blinken", "U.S.", "build-up", "don't", "'s" (a split-off possessive).
    Word,
    /// Starts with a digit: "2019", "100,000", "08:17", "21st", "2022-01-21".
    Number,
    /// Any other single character: ".", ",", "\"", "“", "—".
    Punct,
}

/// 16 bytes: the doc keeps one per token to the end of the analysis (about one per 5.6 bytes of news
/// text, one per byte of punctuation), so the offsets and the sentence index are `u32`s (the input
/// is at most [`crate::analysis::MAX_INPUT_BYTES`] long); [`Token::span`] gives the byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    pub kind: TokenKind,
    /// Index into [`Doc::sentences`]. (A token's paragraph is [`Doc::paragraph_of`]: asked
    /// rarely, it is not stored, which keeps a token at 16 bytes.)
    pub sentence: u32,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// A line break separates this token from the previous one (or it is the first token).
    pub line_start: bool,
}

impl Token {
    /// The token's bytes in the text.
    pub const fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// A byte offset as a token stores it (analysed text is far shorter than 4 GiB; saturates).
fn narrow(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// A run of tokens: `tokens` indexes [`Doc::tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
}

/// A segmented article.
///
/// The lower-case form of every token is built once, here, for every pass to share: use
/// [`Doc::lower`] (token index) or [`Doc::lower_of`] (token) instead of `to_lowercase()` on a token's
/// text.
///
/// A leading byte-order mark (U+FEFF) is not part of the article: no token covers it, while spans
/// still index the original text (the first token starts at byte 3).
#[derive(Clone, Debug)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Segment>,
    /// Blocks separated by a blank line.
    pub paragraphs: Vec<Segment>,
    /// The lower-case forms of the tokens that are not already lower case, one after the other:
    /// token `i`'s is `lowered[lower_at[i]..lower_at[i + 1]]`, or its own text when that range is
    /// empty (no token is empty), so that a text in lower case costs no copy.
    lowered: String,
    lower_at: Vec<u32>,
    /// The words the text writes in lower case ([`Doc::lower_seen`]).
    lower_seen: HashSet<&'a str>,
}

/// The most room reserved up front in a set of the words of a text: a set filled one word at a time
/// from nothing is rebuilt, every word hashed again, each time it doubles. Sized by the tokens (about
/// half of them are lower-case words, an eighth capitalised ones) and at most a few kB, so that a long
/// text still pays only for the words it has.
pub const SEEN_CAPACITY: usize = 1024;

/// The byte-order mark some editors write at the start of a UTF-8 file.
pub const BOM: char = '\u{FEFF}';

/// Abbreviations after which a period does not end a sentence (lower case, without the period), each
/// with whether it can close a name or a list ("inc", "jr", "etc": `closes`): `data/abbreviations.txt`;
/// month abbreviations come from the dates tables ([`is_abbreviation`], [`closes_name`]).
static ABBREVIATIONS: LazyLock<Vec<Abbreviation>> = LazyLock::new(|| {
    crate::analysis::gazetteer::rows(crate::analysis::gazetteer::data_file!("data/abbreviations.txt"))
        .filter_map(|row| {
            let tagged = |tag: &str| row.get(1).is_some_and(|tags| tags.split(' ').any(|t| t == tag));
            Some(Abbreviation {
                word: row.first()?,
                closes: tagged("closes"),
                before_number: tagged("number"),
            })
        })
        .collect()
});

/// A row of `data/abbreviations.txt`.
struct Abbreviation {
    word: &'static str,
    /// It can close a name or a list ("Inc", "Jr", "etc").
    closes: bool,
    /// It only stands before a number ("No. 2", "Fig. 3").
    before_number: bool,
}

/// Words that open a sentence and never carry on a name: "He", "The", "Its".
static SENTENCE_OPENERS: crate::analysis::gazetteer::WordSet =
    crate::analysis::gazetteer::word_set!("data/text-sentence-openers.txt");

/// The row of `data/abbreviations.txt` for `word`, in any case.
fn listed_abbreviation(word: &str) -> Option<&'static Abbreviation> {
    ABBREVIATIONS.iter().find(|a| a.word.eq_ignore_ascii_case(word))
}

/// A month's abbreviation ("Jan", "Sept"), in any case.
fn month_abbreviation(word: &str) -> bool {
    word.len() <= 4 && crate::analysis::timex::is_month_abbreviation(&word.to_ascii_lowercase())
}

/// A word after which a period does not end a sentence ("Mr", "etc", "Jan"), in any case.
pub fn is_abbreviation(word: &str) -> bool {
    listed_abbreviation(word).is_some() || month_abbreviation(word)
}

/// An abbreviation that can close a name or a list ("Inc", "Jr", "etc."), in any case: after its
/// period a word of [`SENTENCE_OPENERS`] starts the next sentence.
pub fn closes_name(word: &str) -> bool {
    listed_abbreviation(word).is_some_and(|a| a.closes)
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut tokens = tokenize(text);
        let sentences = split_sentences(text, &mut tokens);
        let paragraphs = split_paragraphs(text, &tokens);
        let (lowered, lower_at) = lower_forms(text, &tokens);
        let mut lower_seen = HashSet::with_capacity((tokens.len() / 2).min(SEEN_CAPACITY));
        lower_seen.extend(
            tokens
                .iter()
                .map(|t| t.span().slice(text))
                .filter(|w| w.starts_with(char::is_lowercase)),
        );
        Doc {
            text,
            tokens,
            sentences,
            paragraphs,
            lowered,
            lower_at,
            lower_seen,
        }
    }

    /// The lower-case form of token `i`, or `""` past the end (built once per text).
    pub fn lower(&self, i: usize) -> &str {
        match (self.tokens.get(i), self.lower_at.get(i), self.lower_at.get(i + 1)) {
            (Some(t), Some(&a), Some(&b)) => self.form(t, a, b),
            _ => "",
        }
    }

    /// The lower-case forms of all tokens, in order: [`Doc::lower`] of each, read in one pass.
    pub fn lower_forms(&self) -> impl Iterator<Item = &str> + '_ {
        self.tokens
            .iter()
            .zip(self.lower_at.windows(2))
            .map(|(t, at)| self.form(t, at[0], at[1]))
    }

    /// The words the text writes in lower case ("chess" in "rapid chess"), as written: a capitalised
    /// word among them is a common word where a sentence starts, no name. Built once per text, for every
    /// pass that asks (the name scan, the roll calls, the names addressed).
    pub fn lower_seen(&self) -> &HashSet<&'a str> {
        &self.lower_seen
    }

    /// The lower-case form of token `t` whose copy, if any, is `lowered[a..b]`.
    fn form(&self, t: &Token, a: u32, b: u32) -> &str {
        if a < b {
            self.lowered.get(a as usize..b as usize).unwrap_or("")
        } else {
            t.span().slice(self.text)
        }
    }

    /// The lower-case form of token `t` (a token of this doc).
    pub fn lower_of(&self, t: &Token) -> &str {
        let i = self.tokens.partition_point(|x| x.span().start < t.span().start);
        self.lower(i)
    }

    pub fn token_text(&self, t: &Token) -> &'a str {
        t.span().slice(self.text)
    }

    /// The text of token `i`, or `""` past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.span().slice(self.text))
    }

    /// The text under `span`.
    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }

    /// The index of the first token starting at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span().start < pos)
    }

    /// The index of the paragraph of token `i` in [`Doc::paragraphs`] (`paragraphs.len()` past the
    /// last token): a binary search over the paragraphs.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.paragraphs.partition_point(|p| p.tokens.end <= i)
    }

    /// Tokens `i` is the first token of its sentence.
    pub fn is_sentence_start(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            self.sentences
                .get(t.sentence as usize)
                .is_some_and(|s| s.tokens.start == i)
        })
    }

    /// The token after a relative clause on "which" or "whose" between commas that starts at the comma
    /// at token `comma` ("Norway, which brokered the truce, said", "Italy, whose coast lies 50 miles
    /// away, said"), within the sentence and 30 tokens.
    pub fn after_which_clause(&self, comma: usize) -> Option<usize> {
        let relative = self.word(comma + 1);
        if self.word(comma) != ","
            || !(relative.eq_ignore_ascii_case("which") || relative.eq_ignore_ascii_case("whose"))
        {
            return None;
        }
        self.after_closing_comma(comma, 30)
    }

    /// The token after the comma that closes a phrase opened by the comma at token `comma`: the next
    /// comma from the second token after it, within `reach` tokens, the sentence and the line
    /// ([`Doc::after_which_clause`], an apposition: "Japan, Mongolia's largest aid donor, said").
    pub fn after_closing_comma(&self, comma: usize, reach: usize) -> Option<usize> {
        let sentence = self.tokens.get(comma)?.sentence;
        (comma + 2..self.tokens.len().min(comma + 2 + reach))
            .take_while(|&k| self.tokens[k].sentence == sentence && !self.tokens[k].line_start)
            .find(|&k| self.word(k) == ",")
            .map(|k| k + 1)
            .filter(|&k| k < self.tokens.len() && self.tokens[k].sentence == sentence)
    }

    /// The closing bracket of an aside in lower case that opens at token `open`, within five tokens: one
    /// word or more, none with a capital or a digit ("(through translator)", "(on camera)",
    /// "(voice-over)"; not "(Listing 1)"). Transcripts write it between a speaker's label and its colon.
    pub fn aside_close(&self, open: usize) -> Option<usize> {
        let lower_word = |j: usize| {
            self.tokens[j].kind == TokenKind::Word
                && !self
                    .word(j)
                    .chars()
                    .any(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        self.bracket_close(open, 5, lower_word)
    }

    /// The closing bracket of brackets that open at token `open` and close within `reach` tokens, with
    /// at least one token between them and every one of them `fits` ([`Doc::aside_close`]).
    pub fn bracket_close(&self, open: usize, reach: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
        if self.word(open) != "(" {
            return None;
        }
        let close = (open + 1..self.tokens.len().min(open + reach + 1)).find(|&c| self.word(c) == ")")?;
        (close > open + 1 && (open + 1..close).all(fits)).then_some(close)
    }

    /// The span from the start of token `a` to the end of token `b - 1`.
    pub fn span_of(&self, tokens: std::ops::Range<usize>) -> Span {
        match (
            self.tokens.get(tokens.start),
            tokens.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) if tokens.start < tokens.end => Span::new(a.span().start, b.span().end),
            _ => Span::default(),
        }
    }

    pub fn stats(&self) -> crate::analysis::report::Stats {
        crate::analysis::report::Stats {
            chars: self.text.chars().count(),
            words: self.tokens.iter().filter(|t| t.kind != TokenKind::Punct).count(),
            sentences: self.sentences.len(),
            paragraphs: self.paragraphs.len(),
        }
    }
}

/// Apostrophes, straight and typographic.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// `word` with its first letter in capitals ("inc" → "Inc", "kenya" → "Kenya").
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect()
}

/// Quotation marks of any style (straight, curly, low, guillemets): see [`quote_mark_char`].
pub fn is_quote_mark(c: char) -> bool {
    quote_mark_char(c).is_some()
}

/// The style of a quotation mark: which marks pair up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteStyle {
    Straight,
    Curly,
    Guillemet,
    StraightSingle,
    CurlySingle,
    AngleSingle,
}

impl QuoteStyle {
    /// Every style, in declaration order.
    pub const ALL: [QuoteStyle; 6] = [
        QuoteStyle::Straight,
        QuoteStyle::Curly,
        QuoteStyle::Guillemet,
        QuoteStyle::StraightSingle,
        QuoteStyle::CurlySingle,
        QuoteStyle::AngleSingle,
    ];

    /// Double marks, the usual primary marks.
    pub fn double(self) -> bool {
        matches!(
            self,
            QuoteStyle::Straight | QuoteStyle::Curly | QuoteStyle::Guillemet
        )
    }
}

/// Whether a quotation mark opens or closes a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteRole {
    Open,
    Close,
    /// A straight mark: its position decides.
    Either,
}

/// The one table of quotation marks: the style and role of mark `c`, or `None` for any other
/// character. Low and reversed marks („ ‟ ‚ ‛) open.
pub fn quote_mark_char(c: char) -> Option<(QuoteStyle, QuoteRole)> {
    use QuoteRole::*;
    use QuoteStyle::*;
    Some(match c {
        '"' | '＂' => (Straight, Either),
        '“' | '„' | '‟' => (Curly, Open),
        '”' => (Curly, Close),
        '«' => (Guillemet, Open),
        '»' => (Guillemet, Close),
        '\'' => (StraightSingle, Either),
        '‘' | '‚' | '‛' => (CurlySingle, Open),
        '’' => (CurlySingle, Close),
        '‹' => (AngleSingle, Open),
        '›' => (AngleSingle, Close),
        _ => return None,
    })
}

/// The style and role of a token that is one quotation mark.
pub fn quote_mark(token: &str) -> Option<(QuoteStyle, QuoteRole)> {
    let mut chars = token.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), None, _) => quote_mark_char(c),
        // The typewriter's double marks, as the straight ones: ``...'' and ''...''.
        (Some('`'), Some('`'), None) => Some((QuoteStyle::Straight, QuoteRole::Open)),
        (Some('\''), Some('\''), None) => Some((QuoteStyle::Straight, QuoteRole::Either)),
        _ => None,
    }
}

/// Whether a token is a quotation mark that may open (`open`) or close a quotation: any mark of one
/// character (its role comes from its place), or the typewriter's pair in its own role ("``" opens,
/// "''" closes).
pub fn mark_in_role(token: &str, open: bool) -> bool {
    quote_mark(token).is_some_and(|(_, role)| token.chars().count() == 1 || (role == QuoteRole::Open) == open)
}

/// The dash that closes a dateline, as agencies write it: "NAIROBI, Kenya — ", "(Reuters) - ",
/// "(AP) _".
pub fn is_dateline_dash(token: &str) -> bool {
    matches!(token, "-" | "—" | "–" | "_")
}

/// Word-internal hyphens.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Whether `word` is a compound whose last part after a hyphen is in lower case, an adjective
/// ("English-language", "Low-cost", "Russian-made").
pub fn lower_case_compound(word: &str) -> bool {
    word.rsplit(is_hyphen)
        .next()
        .is_some_and(|tail| tail.len() < word.len() && tail.starts_with(char::is_lowercase))
}

/// A Latin letter without its accent ("ö" → "o", "É" → "E"); any other character as it is. Given names
/// and e-mail addresses are compared through it ("Björn" is the list's "Bjorn").
pub fn without_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ç' => 'c',
        'Ç' => 'C',
        _ => c,
    }
}

/// A possessive ending written as a token of its own, in either case and with either apostrophe: "'s",
/// "’S" ("PEGGY'S COVE").
pub fn is_possessive_ending(token: &str) -> bool {
    matches!(token, "'s" | "'S" | "’s" | "’S")
}

/// Starts with an upper-case letter.
pub fn is_capitalized(s: &str) -> bool {
    // An ASCII first byte is the first character: no decoding.
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The last part of a hyphenated compound, its head ("finals" in "semi-finals", "click" in
/// "right-click"); the word itself when it has no hyphen.
pub fn compound_head(word: &str) -> &str {
    word.rsplit_once('-').map_or(word, |(_, last)| last)
}

/// Has letters and none of them is lower case ("NATO", "U.S.").
pub fn is_all_caps(s: &str) -> bool {
    if s.is_ascii() {
        // The same test by byte: an ASCII letter is alphabetic, and lower case when a-z.
        let b = s.as_bytes();
        return b.iter().any(u8::is_ascii_alphabetic) && !b.iter().any(u8::is_ascii_lowercase);
    }
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// The lower-case forms of those `tokens` that differ from their text, concatenated, and where
/// each token's starts (one more entry than tokens; an empty range: the token is its own form).
fn lower_forms(text: &str, tokens: &[Token]) -> (String, Vec<u32>) {
    let mut lowered = String::new();
    let mut at = Vec::with_capacity(tokens.len() + 1);
    at.push(0);
    for t in tokens {
        let s = t.span().slice(text);
        if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            // Already lower case: no copy.
        } else if s.is_ascii() {
            // Copied whole, then lowered in place (no character at a time).
            let at = lowered.len();
            lowered.push_str(s);
            if let Some(copy) = lowered.get_mut(at..) {
                copy.make_ascii_lowercase();
            }
        } else {
            let lower = s.to_lowercase();
            if lower != s {
                lowered.push_str(&lower);
            }
        }
        at.push(u32::try_from(lowered.len()).unwrap_or(u32::MAX));
    }
    lowered.shrink_to_fit();
    (lowered, at)
}

/// A cursor over the characters of a text by byte offset: the tokenizer's view, which needs one
/// character of look-behind and two of look-ahead and no table per character.
#[derive(Clone, Copy)]
struct Chars<'t>(&'t str);

impl Chars<'_> {
    /// The character at byte `b`, if `b` is inside the text (on a char boundary).
    fn at(self, b: usize) -> Option<char> {
        // An ASCII byte is always a whole character: no decoding.
        match self.0.as_bytes().get(b) {
            Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
            Some(_) => self.0.get(b..).and_then(|rest| rest.chars().next()),
            None => None,
        }
    }

    /// The byte offset of the character after the one at `b` (the text's length at the end).
    fn next(self, b: usize) -> usize {
        self.at(b).map_or(self.0.len(), |c| b + c.len_utf8())
    }

    /// The byte offset `n` characters after `b`.
    fn skip(self, b: usize, n: usize) -> usize {
        (0..n).fold(b, |b, _| self.next(b))
    }

    /// The character after the one at `b`.
    fn after(self, b: usize) -> Option<char> {
        self.at(self.next(b))
    }

    /// The character before byte `b`.
    fn before(self, b: usize) -> Option<char> {
        match b.checked_sub(1).and_then(|p| self.0.as_bytes().get(p)) {
            Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
            _ => self.0.get(..b).and_then(|head| head.chars().next_back()),
        }
    }
}

fn tokenize(text: &str) -> Vec<Token> {
    // About one token per five bytes of prose: one allocation instead of a dozen doublings.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 8);
    let chars = Chars(text);
    // A leading byte-order mark is skipped: the first token still starts at its byte offset.
    let mut i = if chars.at(0) == Some(BOM) {
        BOM.len_utf8()
    } else {
        0
    };
    let mut space_before = false;
    let mut line_start = true;
    while let Some(c) = chars.at(i) {
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                line_start = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            i = scan_word(chars, i);
        } else if c.is_ascii_digit() || c.is_numeric() {
            kind = TokenKind::Number;
            i = scan_number(chars, i);
        } else if is_apostrophe(c)
            && chars.after(i).is_some_and(|n| n == 's' || n == 'S')
            && !chars.at(chars.skip(i, 2)).is_some_and(char::is_alphanumeric)
            && chars.before(start).is_some_and(char::is_alphanumeric)
        {
            // A possessive or contracted 's split off the word before it.
            kind = TokenKind::Word;
            i = chars.skip(i, 2);
        } else if matches!(c, '`' | '\'') && chars.after(i) == Some(c) {
            // The typewriter's double marks, two backticks and two apostrophes: ``...''.
            kind = TokenKind::Punct;
            i += 2;
        } else {
            kind = TokenKind::Punct;
            i += c.len_utf8();
        }
        tokens.push(Token {
            start: narrow(start),
            end: narrow(i),
            kind,
            sentence: 0,
            space_before,
            line_start,
        });
        space_before = false;
        line_start = false;
    }
    // The doc keeps its tokens to the end of the analysis: no spare capacity from doubling.
    tokens.shrink_to_fit();
    tokens
}

/// The end (byte offset) of the number starting at `i`: "100,000", "3.5", "08:17", "21/01/2022",
/// "2022-01-21" (a separator between digits), "21st".
fn scan_number(chars: Chars, mut i: usize) -> usize {
    i = chars.next(i);
    while let Some(c) = chars.at(i) {
        if c.is_alphanumeric() {
            i += c.len_utf8();
        } else if matches!(c, ',' | '.' | ':' | '/') || is_hyphen(c) {
            if chars.after(i).is_some_and(|n| n.is_ascii_digit())
                && chars.before(i).is_some_and(|p| p.is_ascii_digit())
            {
                i = chars.skip(i, 2);
            } else {
                break;
            }
        } else {
            break;
        }
    }
    i
}

/// Legal forms of Nordic companies spelt with a slash, one word each: "Maersk A/S", "Nordhavid P/F".
const SLASH_FORMS: [&str; 6] = ["A/S", "P/F", "I/S", "K/S", "P/S", "Sp/f"];

/// The end of the legal form with a slash at byte `i` ([`SLASH_FORMS`]), if one stands there whole.
fn slash_form(chars: Chars, i: usize) -> Option<usize> {
    let bytes = chars.0.as_bytes();
    if bytes.get(i + 1) != Some(&b'/') && bytes.get(i + 2) != Some(&b'/') {
        return None;
    }
    let rest = chars.0.get(i..)?;
    let form = SLASH_FORMS.iter().find(|f| rest.starts_with(**f))?;
    let end = i + form.len();
    (!chars.at(end).is_some_and(char::is_alphanumeric)).then_some(end)
}

/// Whether `c` is a superscript or subscript digit: "¹", "²", "⁴", "₂".
fn script_digit(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁰'..='⁹' | '₀'..='₉')
}

/// The end (byte offset) of the word starting at `i`.
fn scan_word(chars: Chars, mut i: usize) -> usize {
    if let Some(end) = slash_form(chars, i) {
        return end;
    }
    // Dotted initialisms: "U.S.", "U.K.", "e.g.".
    let mut k = i;
    let mut letters = 0;
    while chars.at(k).is_some_and(char::is_alphabetic) && chars.after(k) == Some('.') {
        letters += 1;
        k = chars.skip(k, 2);
    }
    if letters >= 2 {
        return k;
    }
    i = chars.next(i);
    while let Some(c) = chars.at(i) {
        // A superscript or subscript digit after a word is a mark of its own: an author's affiliation
        // or a note ("Cavalcanti¹", "Freire³"), a unit's power ("km²").
        if c.is_alphanumeric() && !script_digit(c) || c == '\u{00AD}' {
            i += c.len_utf8();
            continue;
        }
        let next = chars.after(i);
        if is_apostrophe(c) && next.is_some_and(char::is_alphabetic) {
            // "O'Brien", "don't", "we're"; but "Russia's" splits its 's off.
            let next = next.unwrap_or(' ');
            let possessive = (next == 's' || next == 'S')
                && !chars.at(chars.skip(i, 2)).is_some_and(char::is_alphanumeric);
            if possessive {
                break;
            }
            i = chars.skip(i, 2);
        } else if is_hyphen(c) && next.is_some_and(char::is_alphanumeric) {
            i = chars.skip(i, 2);
        } else {
            break;
        }
    }
    i
}

/// Token `n` closes a sentence together with the end mark before it: a closing quote or bracket, or
/// another end mark, glued to the previous token.
fn is_closer(text: &str, n: &Token) -> bool {
    n.kind == TokenKind::Punct
        && !n.space_before
        && !n.line_start
        && matches!(
            n.span().slice(text),
            ")" | "]" | "”" | "’" | "»" | "\"" | "'" | "''" | "." | "!" | "?"
        )
}

/// For every token index `j` (and `tokens.len()`), the first index at or after `j` that is not a
/// closer: one backward pass, so that runs of "!!!!" or `."."."` are skipped in linear time.
fn after_closers(text: &str, tokens: &[Token]) -> Vec<usize> {
    let mut next = vec![tokens.len(); tokens.len() + 1];
    for j in (0..tokens.len()).rev() {
        next[j] = if is_closer(text, &tokens[j]) {
            next[j + 1]
        } else {
            j
        };
    }
    next
}

/// A sentence ends after token `i`; `skip` is [`after_closers`].
fn ends_sentence(text: &str, tokens: &[Token], skip: &[usize], i: usize) -> bool {
    let t = &tokens[i];
    let s = t.span().slice(text);
    // A dotted initialism ("a.m.", "U.S.") holds the period that would end its sentence.
    let initialism = t.kind == TokenKind::Word && s.len() > 2 && s.ends_with('.');
    if !initialism && !matches!(s, "." | "!" | "?" | "…") {
        return false;
    }
    // What follows, after closing quotes and brackets that belong to this sentence.
    let j = skip.get(i + 1).copied().unwrap_or(tokens.len());
    let Some(next) = tokens.get(j) else { return true };
    if next.line_start {
        return true;
    }
    if !next.space_before {
        return false;
    }
    let ns = next.span().slice(text);
    // "VIRGINIA BEACH, Va. (AP) — ...": the agency of a dateline after a state's abbreviation.
    if ns == "(" && dateline_agency(text, tokens, i + 1) {
        return false;
    }
    // After an initialism only a word that opens sentences starts one ("at 3 a.m. The ministry said
    // ...", "in the U.S. He said ..."; not "the U.S. Embassy").
    // After a lower-case one ("a.m.", "p.m."), which opens no name, so does a quotation ("before 8
    // a.m. "People ...").
    // "P.S. Tell Archie ...": a postscript's label that opens a line is a sentence of its own.
    if initialism && t.line_start && matches!(s, "P.S." | "P.P.S.") {
        return is_capitalized(ns);
    }
    if initialism {
        let quotation = !is_capitalized(s)
            && matches!(ns, "“" | "\"" | "``")
            && tokens.get(j + 1).is_some_and(|t| {
                !t.space_before && t.kind == TokenKind::Word && is_capitalized(t.span().slice(text))
            });
        return quotation
            || next.kind == TokenKind::Word
                && is_capitalized(ns)
                && SENTENCE_OPENERS.contains(&ns.to_lowercase());
    }
    let starts_ok = is_capitalized(ns)
        || next.kind == TokenKind::Number
        || ns
            .chars()
            .next()
            .is_some_and(|c| is_quote_mark(c) || c == '(' || c == '[')
        || ns == "``";
    if !starts_ok {
        return false;
    }
    if s == "." && i > 0 && !t.space_before {
        let prev = &tokens[i - 1];
        let p = prev.span().slice(text);
        // "GE Capital Corp. He succeeded ...": a word that opens sentences after an abbreviation that
        // closes a name starts the next one.
        // One look in the list: whether the word is there, closes a name, or only stands before a
        // number ("he said no. The party ...": before anything else its period ends the sentence).
        let listed = listed_abbreviation(p);
        // So does a name with a middle initial ("... Dongbang Securities Co. Michael J. Fairbairn said").
        let initial_follows = || {
            let word = |k: usize| {
                tokens
                    .get(k)
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| t.span().slice(text))
            };
            word(j + 1).is_some_and(|w| w.chars().count() == 1 && is_capitalized(w))
                && tokens
                    .get(j + 2)
                    .is_some_and(|t| t.span().slice(text) == "." && !t.space_before)
        };
        let closes = || {
            listed.is_some_and(|a| a.closes)
                && (SENTENCE_OPENERS.contains(&ns.to_lowercase())
                    || next.kind == TokenKind::Word && initial_follows())
        };
        let no_number = || next.kind != TokenKind::Number && listed.is_some_and(|a| a.before_number);
        let abbreviation = listed.is_some() || month_abbreviation(p);
        if prev.kind == TokenKind::Word && abbreviation && !closes() && !no_number() {
            return false;
        }
        // An initial: "John F. Kennedy".
        if p.chars().count() == 1 && is_capitalized(p) {
            return false;
        }
    }
    true
}

/// Whether the bracket at token `k` holds one capitalised word, an agency's name, and a dash follows
/// it: "(AP) —", "(Reuters) -".
pub fn dateline_agency(text: &str, tokens: &[Token], k: usize) -> bool {
    let at = |j: usize| tokens.get(j).map_or("", |t| t.span().slice(text));
    tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
        && is_capitalized(at(k + 1))
        && at(k + 2) == ")"
        && is_dateline_dash(at(k + 3))
}

fn split_sentences(text: &str, tokens: &mut [Token]) -> Vec<Segment> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let skip = after_closers(text, tokens);
    for i in 0..tokens.len() {
        let boundary_after =
            i + 1 == tokens.len() || tokens[i + 1].line_start || ends_sentence(text, tokens, &skip, i);
        if boundary_after {
            // Closing quotes and brackets right after the end mark stay with this sentence.
            let mut end = i + 1;
            if !(i + 1 == tokens.len() || tokens[i + 1].line_start) {
                end = skip[i + 1];
            }
            if end <= start {
                continue;
            }
            let index = u32::try_from(sentences.len()).unwrap_or(u32::MAX);
            for t in &mut tokens[start..end] {
                t.sentence = index;
            }
            sentences.push(Segment {
                span: Span::new(tokens[start].span().start, tokens[end - 1].span().end),
                tokens: start..end,
            });
            start = end;
        }
    }
    sentences
}

fn split_paragraphs(text: &str, tokens: &[Token]) -> Vec<Segment> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let last = i + 1 == tokens.len();
        let blank_line_after = !last && {
            let gap = &text[tokens[i].span().end..tokens[i + 1].span().start];
            gap.bytes().filter(|&b| b == b'\n').nth(1).is_some()
                || !gap.is_ascii() && gap.contains('\u{2029}')
        };
        if last || blank_line_after {
            paragraphs.push(Segment {
                span: Span::new(tokens[start].span().start, tokens[i].span().end),
                tokens: start..i + 1,
            });
            start = i + 1;
        }
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_byte_offsets() {
        let doc = Doc::new("\u{FEFF}Héllo, wörld");
        let spans: Vec<Span> = doc.tokens.iter().map(Token::span).collect();
        assert_eq!(spans, [Span::new(3, 9), Span::new(9, 10), Span::new(11, 17)]);
    }

    fn words(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        doc.tokens.iter().map(|t| doc.token_text(t)).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        doc.sentences.iter().map(|s| s.span.slice(text)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(words($text), $expected);
            }
        };
    }

    t!(initialism, "the U.S. said", ["the", "U.S.", "said"]);
    t!(possessive, "Russia's army", ["Russia", "'s", "army"]);
    t!(curly_possessive, "Putin’s view", ["Putin", "’s", "view"]);
    t!(
        apostrophe_name,
        "O'Brien and d'Estaing",
        ["O'Brien", "and", "d'Estaing"]
    );
    t!(contraction, "don't stop", ["don't", "stop"]);
    t!(hyphenated, "US-Russia build-up", ["US-Russia", "build-up"]);
    t!(
        numbers,
        "100,000 troops at 08:17 on 2022-01-21",
        ["100,000", "troops", "at", "08:17", "on", "2022-01-21"]
    );
    t!(trailing_comma, "in 2019, after", ["in", "2019", ",", "after"]);
    t!(decade, "the 1990s", ["the", "1990s"]);
    t!(
        superscript_after_word,
        "Luana Cavalcanti¹, Nadine Oberholzer² and 12 km²",
        [
            "Luana",
            "Cavalcanti",
            "¹",
            ",",
            "Nadine",
            "Oberholzer",
            "²",
            "and",
            "12",
            "km",
            "²"
        ]
    );
    t!(quotes, "\"Yes,\" he said", ["\"", "Yes", ",", "\"", "he", "said"]);
    t!(
        plural_possessive,
        "the Democrats' plan",
        ["the", "Democrats", "'", "plan"]
    );
    t!(sentence_end_initialism, "in the U.S.", ["in", "the", "U.S."]);
    t!(
        slash_legal_form,
        "Maersk A/S and Nordhavid P/F, and/or A/Sb",
        [
            "Maersk",
            "A/S",
            "and",
            "Nordhavid",
            "P/F",
            ",",
            "and",
            "/",
            "or",
            "A",
            "/",
            "Sb"
        ]
    );

    #[test]
    fn sentence_splitting() {
        assert_eq!(
            sentences("Mr. Smith left. He came back!"),
            ["Mr. Smith left.", "He came back!"]
        );
        assert_eq!(sentences("John F. Kennedy spoke."), ["John F. Kennedy spoke."]);
        assert_eq!(
            sentences("\"It is over.\" She left."),
            ["\"It is over.\"", "She left."]
        );
        assert_eq!(
            sentences("Headline\nBody text. More"),
            ["Headline", "Body text.", "More"]
        );
        assert_eq!(
            sentences("It rose 3.5 percent. Then"),
            ["It rose 3.5 percent.", "Then"]
        );
        assert_eq!(sentences("on Jan. 21 in Geneva"), ["on Jan. 21 in Geneva"]);
        // After a company's legal form, a courtesy title or a name with a middle initial opens a sentence.
        assert_eq!(
            sentences(
                "He works at Vell & Co. Mr. Berg said so. She works at Orvik Ltd. Ada M. Lenz said so."
            ),
            [
                "He works at Vell & Co.",
                "Mr. Berg said so.",
                "She works at Orvik Ltd.",
                "Ada M. Lenz said so."
            ]
        );
        assert_eq!(
            sentences("Orvik Inc. Chief Tom Berg spoke."),
            ["Orvik Inc. Chief Tom Berg spoke."]
        );
        // "No." stands before a number; before anything else its period ends the sentence.
        assert_eq!(
            sentences("He was ranked No. 2 in Fig. 3. He said no. The party was stunned."),
            [
                "He was ranked No. 2 in Fig. 3.",
                "He said no.",
                "The party was stunned."
            ]
        );
        // So does a currency's abbreviation: "Rs. 500", "Nu. 25,000".
        assert_eq!(
            sentences("Families got Nu. 25,000 each. The fee is Rs. 500 a year."),
            ["Families got Nu. 25,000 each.", "The fee is Rs. 500 a year."]
        );
        assert_eq!(
            sentences("He joined Orvik Corp. He left. Orvik Inc. Chief Tom Berg and Ada Lenz Jr. spoke."),
            [
                "He joined Orvik Corp.",
                "He left.",
                "Orvik Inc. Chief Tom Berg and Ada Lenz Jr. spoke."
            ]
        );
        // A dotted initialism holds the period: it ends the sentence before a word that opens one.
        assert_eq!(
            sentences("Police came at 3 a.m. The ministry said the U.S. Embassy was shut."),
            [
                "Police came at 3 a.m.",
                "The ministry said the U.S. Embassy was shut."
            ]
        );
        // A lower-case one ends it before a quotation too; a capitalised one does not.
        assert_eq!(
            sentences(
                "Calls came before 8 a.m. \"People waited,\" she said. The U.S. \"Star Wars\" plan died."
            ),
            [
                "Calls came before 8 a.m.",
                "\"People waited,\" she said.",
                "The U.S. \"Star Wars\" plan died."
            ]
        );
    }

    #[test]
    fn a_token_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 16);
    }

    #[test]
    fn paragraph_of_finds_each_tokens_paragraph() {
        let doc = Doc::new("One two.\n\nThree.\n\n\nFour five six.");
        let of: Vec<usize> = (0..=doc.tokens.len()).map(|i| doc.paragraph_of(i)).collect();
        assert_eq!(of, [0, 0, 0, 1, 1, 2, 2, 2, 2, 3]);
    }

    #[test]
    fn paragraphs_and_stats() {
        let doc = Doc::new("One. Two.\n\nThree\r\n\r\nfour é");
        assert_eq!(doc.paragraphs.len(), 3);
        let stats = doc.stats();
        assert_eq!(stats.words, 5);
        assert_eq!(stats.sentences, 4);
        assert_eq!(stats.chars, 26);
    }

    #[test]
    fn lower_forms_are_built_once_per_token() {
        let doc = Doc::new("Mr. ÉLYSÉE said NO, ok");
        let lower: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.lower(i)).collect();
        assert_eq!(lower, ["mr", ".", "élysée", "said", "no", ",", "ok"]);
        assert_eq!(doc.lower(99), "");
        assert!(doc.lower_forms().eq(lower.iter().copied()));
        assert_eq!(doc.lower_of(&doc.tokens[2]), "élysée");
    }

    #[test]
    fn a_leading_byte_order_mark_is_skipped() {
        let doc = Doc::new("\u{FEFF}Urgent talks. They met.");
        assert_eq!(doc.tokens[0].span(), Span::new(3, 9));
        assert!(doc.tokens[0].line_start && !doc.tokens[0].space_before);
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(
            doc.stats().chars,
            24,
            "the statistics count every character of the input"
        );
        // Only at the start: elsewhere it stays a character of the text.
        assert_eq!(Doc::new("a\u{FEFF}").tokens.len(), 2);
    }

    #[test]
    fn runs_of_end_marks_and_closers_are_one_boundary() {
        assert_eq!(sentences("Stop!!! Now?!?\" Go."), ["Stop!!!", "Now?!?\"", "Go."]);
        assert_eq!(sentences("Yes.\".\". No"), ["Yes.\".\".", "No"]);
        let bangs = "!".repeat(10_000);
        assert_eq!(Doc::new(&bangs).sentences.len(), 1);
    }

    #[test]
    fn empty_and_odd_input() {
        for text in ["", " ", "\n\n", "'", "’s", "...", "a\u{0301}", "\u{FEFF}x"] {
            let doc = Doc::new(text);
            for t in &doc.tokens {
                assert!(text.is_char_boundary(t.span().start) && text.is_char_boundary(t.span().end));
            }
        }
    }
}
