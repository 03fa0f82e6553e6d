//! Share links: the article's text, its date and the reader's corrections, compressed into a URL
//! fragment (`#share=…`), which browsers never send to a server.
//!
//! The payload is a version byte (1), a checksum of the body (FNV-1a, 32 bits) and the body
//! compressed ([`super::compress`]), all in base64url without padding; the body is the fields, each
//! a length (LEB128) and its UTF-8 bytes: text, date, corrections. An English article gives a link
//! of about two thirds of its length. Decoding checks everything and never panics: a damaged,
//! truncated or hostile fragment gives an [`Error`], and it never expands to more than
//! [`MAX_DECODED_BYTES`].
//!
//! Links longer than [`MAX_LINK_CHARS`] characters are refused (see there).

use std::fmt;

use super::compress;

/// What a link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shared {
    pub text: String,
    /// The publication date the reader set (`YYYY-MM-DD`), if any.
    pub date: Option<String>,
    /// The reader's corrections as JSON, opaque here; empty when there are none.
    pub corrections: String,
}

/// The fragment's key: a link ends in `#share=PAYLOAD`.
pub const FRAGMENT_KEY: &str = "share=";

/// The longest link offered, in characters (the page's address included). Chat tools and mail
/// clients carry links far longer than the 2,083 characters of old browsers (Microsoft Teams takes
/// about 28,000 characters per message, Slack 40,000), and current browsers open links of 64,000
/// characters (Firefox) to 2 MB (Chromium); 16,000 leaves room in all of them and still carries an
/// English article of about 25,000 characters (a long news story).
pub const MAX_LINK_CHARS: usize = 16_000;

/// The most a payload may expand to (the text, date and corrections together).
pub const MAX_DECODED_BYTES: usize = 4 << 20;

const VERSION: u8 = 1;

/// Why a fragment could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// A character outside base64url, or a length no base64 text has.
    NotBase64,
    /// Made by a later version of Lede.
    Version(u8),
    /// Cut short or damaged.
    Damaged,
    /// It would expand past [`MAX_DECODED_BYTES`].
    TooLarge,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotBase64 => f.write_str(
                "the link holds characters a share link never has; it may have been cut or changed",
            ),
            Error::Version(v) => write!(f, "the link was made by a newer version of Lede (format {v})"),
            Error::Damaged => f.write_str("the link is incomplete or damaged; it may have been cut short"),
            Error::TooLarge => f.write_str("the link would expand to more than 4 MB"),
        }
    }
}

/// A link that is too long to offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLong {
    /// The link's length in characters.
    pub chars: usize,
}

impl fmt::Display for TooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "This article is too long for a share link: the link would have {} characters, and the limit \
             is {}. Export it as JSON or Markdown instead, or share a shorter text.",
            group(self.chars),
            group(MAX_LINK_CHARS)
        )
    }
}

/// A count with thousands separators ("16,000").
pub fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The payload for a fragment (without the key).
pub fn encode(shared: &Shared) -> String {
    let mut body = Vec::with_capacity(shared.text.len() + 32);
    for field in [
        shared.text.as_str(),
        shared.date.as_deref().unwrap_or(""),
        shared.corrections.as_str(),
    ] {
        compress::put_varint(&mut body, field.len());
        body.extend_from_slice(field.as_bytes());
    }
    pack(&body)
}

/// Reads a payload made by [`encode`].
pub fn decode(payload: &str) -> Result<Shared, Error> {
    let body = unpack(payload)?;
    let mut at = 0;
    let mut fields = Vec::with_capacity(3);
    for _ in 0..3 {
        let len = compress::get_varint(&body, &mut at).ok_or(Error::Damaged)?;
        let end = at
            .checked_add(len)
            .filter(|&e| e <= body.len())
            .ok_or(Error::Damaged)?;
        let field = std::str::from_utf8(&body[at..end]).map_err(|_| Error::Damaged)?;
        fields.push(field.to_string());
        at = end;
    }
    if at != body.len() {
        return Err(Error::Damaged);
    }
    let corrections = fields.pop().unwrap_or_default();
    let date = fields.pop().filter(|d| !d.is_empty());
    if date
        .as_deref()
        .is_some_and(|d| crate::Date::parse_iso(d).is_none())
    {
        return Err(Error::Damaged);
    }
    let text = fields.pop().unwrap_or_default();
    Ok(Shared {
        text,
        date,
        corrections,
    })
}

/// The link to `page` (the app's address, without a fragment) that opens `shared`, or why not.
pub fn link(page: &str, shared: &Shared) -> Result<String, TooLong> {
    let page = page.split('#').next().unwrap_or(page);
    let link = format!("{page}#{FRAGMENT_KEY}{}", encode(shared));
    let chars = link.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(TooLong { chars });
    }
    Ok(link)
}

/// What a page's fragment (`location.hash`, with or without its `#`) shares: `None` when it is not
/// a share fragment at all.
pub fn from_fragment(hash: &str) -> Option<Result<Shared, Error>> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.strip_prefix(FRAGMENT_KEY).map(decode)
}

/// FNV-1a, 32 bits: tells a damaged link from a good one.
fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The version byte, the body's checksum and the compressed body, in base64url.
fn pack(body: &[u8]) -> String {
    let mut bytes = vec![VERSION];
    bytes.extend_from_slice(&checksum(body).to_le_bytes());
    bytes.extend(compress::compress(body));
    base64url(&bytes)
}

/// The body of a payload made by [`pack`].
fn unpack(payload: &str) -> Result<Vec<u8>, Error> {
    let bytes = unbase64url(payload.trim()).ok_or(Error::NotBase64)?;
    let (&version, rest) = bytes.split_first().ok_or(Error::Damaged)?;
    if version != VERSION {
        return Err(Error::Version(version));
    }
    let (sum, packed) = rest.split_at_checked(4).ok_or(Error::Damaged)?;
    let body = compress::decompress(packed, MAX_DECODED_BYTES).map_err(|e| match e {
        compress::Error::Damaged => Error::Damaged,
        compress::Error::TooLarge => Error::TooLarge,
    })?;
    if checksum(&body).to_le_bytes() != sum {
        return Err(Error::Damaged);
    }
    Ok(body)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url (RFC 4648 §5) without padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// Reads base64url without padding (a trailing `=` padding is accepted too).
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=').as_bytes();
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0;
        for (k, &c) in chunk.iter().enumerate() {
            n |= sextet(c)? << (18 - 6 * k);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic stream of pseudo-random numbers (xorshift).
    fn numbers(seed: u64) -> impl Iterator<Item = u64> {
        let mut x = seed | 1;
        std::iter::repeat_with(move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        })
    }

    fn shared(text: &str, date: Option<&str>, corrections: &str) -> Shared {
        Shared {
            text: text.into(),
            date: date.map(str::to_string),
            corrections: corrections.into(),
        }
    }

    #[test]
    fn round_trips() {
        let long = "Ms Ingrid Solberg said on Friday that talks would resume. ".repeat(200);
        let cases = [
            shared("", None, ""),
            shared("a", None, ""),
            shared(
                "Ms Solberg said \"yes\" in Zürich — 東京 😀.",
                Some("2024-03-14"),
                "",
            ),
            shared(&long, Some("2022-01-21"), r#"{"remove":["q1"]}"#),
            shared("aaaa".repeat(5000).as_str(), None, "[]"),
            shared("line\r\nbreaks\tand\0nul", None, "x"),
        ];
        for case in cases {
            let payload = encode(&case);
            assert!(payload.bytes().all(|b| ALPHABET.contains(&b)), "{payload}");
            assert_eq!(decode(&payload), Ok(case.clone()));
            assert_eq!(from_fragment(&format!("#share={payload}")), Some(Ok(case)));
        }
    }

    #[test]
    fn random_texts_round_trip() {
        let words = [
            "the ",
            "minister ",
            "said ",
            "Geneva ",
            "é",
            "\"",
            ".\n",
            "talks ",
            "Ж",
        ];
        for seed in 1..40 {
            let mut n = numbers(seed);
            let len = (n.next().unwrap() % 3000) as usize;
            let text: String = (0..len)
                .map(|_| words[(n.next().unwrap() % words.len() as u64) as usize])
                .collect();
            let case = shared(&text, None, "");
            assert_eq!(decode(&encode(&case)), Ok(case));
        }
    }

    #[test]
    fn base64url_matches_rfc_4648() {
        let cases: &[(&[u8], &str)] = &[
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
            (&[0xfb, 0xff], "-_8"),
        ];
        for (bytes, text) in cases {
            assert_eq!(base64url(bytes), *text);
            assert_eq!(unbase64url(text).as_deref(), Some(*bytes));
        }
        assert_eq!(unbase64url("Zm9vYg=="), Some(b"foob".to_vec()));
        for bad in ["Z", "Zm9vY", "Zm+v", "Zm/v", "Zm 9", "é"] {
            assert_eq!(unbase64url(bad), None, "{bad}");
        }
    }

    /// The example article's link is about two thirds of its length.
    #[test]
    fn the_example_article_gives_a_short_link() {
        let text = include_str!("../ui/example-article.txt");
        let payload = encode(&shared(text, Some("2022-01-21"), ""));
        assert!(
            payload.len() * 100 < text.len() * 75,
            "{} chars for {} bytes",
            payload.len(),
            text.len()
        );
    }

    #[test]
    fn compresses_english() {
        let text = "The foreign ministers of Russia and the United States met in Geneva on Friday. \
                    The talks, the ministers said, were frank. The next talks will be in Geneva. "
            .repeat(20);
        let payload = encode(&shared(&text, None, ""));
        assert!(
            payload.len() * 4 < text.len(),
            "{} chars for {} bytes",
            payload.len(),
            text.len()
        );
    }

    /// Named after the hostile inputs they stand for: none may panic, each is an error.
    #[test]
    fn hostile_fragments_are_refused() {
        let good = encode(&shared(
            "Ms Solberg said hello in Oslo.",
            Some("2024-03-14"),
            "{}",
        ));
        let mut bad_sum = unbase64url(&good).unwrap();
        bad_sum[1] ^= 1;
        let mut huge = vec![1, 0, 0, 0, 0];
        compress::put_varint(&mut huge, MAX_DECODED_BYTES + 1);
        let cases: Vec<(&str, String, Error)> = vec![
            ("empty", String::new(), Error::Damaged),
            ("not base64", "%%%".into(), Error::NotBase64),
            ("one stray character", "A".into(), Error::NotBase64),
            ("later version", base64url(&[2, 0, 0]), Error::Version(2)),
            ("no checksum", base64url(&[1, 0, 0]), Error::Damaged),
            ("no data", base64url(&[1, 0, 0, 0, 0]), Error::Damaged),
            (
                "cut short",
                good[..good.len() / 8 * 4].to_string(),
                Error::Damaged,
            ),
            ("wrong checksum", base64url(&bad_sum), Error::Damaged),
            ("expands past the limit", base64url(&huge), Error::TooLarge),
            ("no fields", pack(&[]), Error::Damaged),
            ("length past the end", pack(&[0x7f, b'a']), Error::Damaged),
            ("endless varint", pack(&[0xff; 8]), Error::Damaged),
            ("invalid UTF-8", pack(&[1, 0xff, 0, 0]), Error::Damaged),
            (
                "bad date",
                encode(&shared("x", Some("2024-13-45"), "")),
                Error::Damaged,
            ),
            ("trailing bytes", pack(&[0, 0, 0, 0]), Error::Damaged),
        ];
        for (name, payload, want) in cases {
            assert_eq!(decode(&payload), Err(want), "{name}");
        }
        assert!(decode(&good).is_ok());
    }

    #[test]
    fn every_cut_and_flip_of_a_link_is_handled() {
        let good = encode(&shared(
            &"Mr Otieno told reporters in Nairobi: \"We agree.\" ".repeat(8),
            Some("2024-03-14"),
            r#"{"speaker":"a1"}"#,
        ));
        for end in 0..good.len() {
            let _ = decode(&good[..end]);
        }
        let mut n = numbers(7);
        let bytes = unbase64url(&good).unwrap();
        for _ in 0..2000 {
            let mut b = bytes.clone();
            let at = (n.next().unwrap() % b.len() as u64) as usize;
            b[at] ^= 1 << (n.next().unwrap() % 8);
            // A flip gives an error or (in the coder's last bits) the same text, never another.
            let decoded = decode(&base64url(&b));
            assert!(
                decoded.is_err() || decoded == decode(&good),
                "a flipped bit at {at} changed the text"
            );
        }
        for _ in 0..500 {
            let len = (n.next().unwrap() % 200) as usize;
            let junk: Vec<u8> = (0..len).map(|_| n.next().unwrap() as u8).collect();
            let _ = decode(&base64url(&junk));
        }
    }

    #[test]
    fn fragments_and_links() {
        assert_eq!(from_fragment("#example"), None);
        assert_eq!(from_fragment(""), None);
        assert!(matches!(from_fragment("#share=%%"), Some(Err(Error::NotBase64))));
        let case = shared("Hello from Oslo.", None, "");
        let url = link("http://127.0.0.1:8080/#old", &case).unwrap();
        assert!(url.starts_with("http://127.0.0.1:8080/#share="), "{url}");
        let hash = &url[url.find('#').unwrap()..];
        assert_eq!(from_fragment(hash), Some(Ok(case)));

        // Text that does not compress: random letters, far past the limit.
        let mut n = numbers(3);
        let noise: String = (0..30_000)
            .map(|_| (b'a' + (n.next().unwrap() % 26) as u8) as char)
            .collect();
        let refused = link("http://x/", &shared(&noise, None, "")).unwrap_err();
        assert!(refused.chars > MAX_LINK_CHARS);
        let message = refused.to_string();
        assert!(message.contains("the limit is 16,000"), "{message}");
    }

    #[test]
    fn groups_thousands() {
        for (n, want) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (16000, "16,000"),
            (1234567, "1,234,567"),
        ] {
            assert_eq!(group(n), want);
        }
    }
}
