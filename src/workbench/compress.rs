//! A small lossless compressor for share links: LZ77 matches found through hash chains, coded with
//! an adaptive binary range coder (the scheme of LZMA, much reduced). English news compresses to
//! about half its size, as with gzip.
//!
//! The stream is the data's length (LEB128), then the range-coded items: per item a bit "literal or
//! match" (in the context of the item before), a literal as eight bits in the context of the top
//! three bits of the byte before, a match as its length − 4 (eight bits) and its distance (a slot of
//! five bits, the distance's bit count, then its lower bits). Compressing is linear (chains of
//! bounded length, a window of 64 KiB); decompressing is linear in the output, checks everything,
//! never panics and refuses to produce more than `max` bytes.

/// Why data could not be decompressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// Cut short or damaged.
    Damaged,
    /// Its length is over the limit.
    TooLarge,
}

const MIN_MATCH: usize = 4;
const MAX_MATCH: usize = MIN_MATCH + 255;
const WINDOW: usize = 1 << 16;
const HASH_BITS: u32 = 15;
const MAX_CHAIN: usize = 48;

const PROB_BITS: u32 = 11;
const PROB_ONE: u16 = 1 << PROB_BITS;
const MOVE_BITS: u32 = 5;
const TOP: u32 = 1 << 24;

/// The adaptive probabilities: one set per compression, the same on both sides.
struct Model {
    is_match: [u16; 2],
    literal: Vec<[u16; 256]>,
    length: [u16; 256],
    slot: [u16; 32],
}

impl Model {
    fn new() -> Model {
        let half = PROB_ONE / 2;
        Model {
            is_match: [half; 2],
            literal: vec![[half; 256]; 8],
            length: [half; 256],
            slot: [half; 32],
        }
    }
}

fn literal_context(previous: u8) -> usize {
    usize::from(previous >> 5)
}

/// The range encoder (LZMA's: carries propagate through a cached byte and a run of 0xFF).
struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    cache_size: u64,
    out: Vec<u8>,
}

impl Encoder {
    fn new(out: Vec<u8>) -> Encoder {
        Encoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            cache_size: 1,
            out,
        }
    }

    fn shift_low(&mut self) {
        if (self.low as u32) < 0xFF00_0000 || self.low >> 32 != 0 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            loop {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.cache_size -= 1;
                if self.cache_size == 0 {
                    break;
                }
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.cache_size += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    fn normalize(&mut self) {
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
    }

    fn bit(&mut self, p: &mut u16, bit: bool) {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
            *p -= *p >> MOVE_BITS;
        } else {
            self.range = bound;
            *p += (PROB_ONE - *p) >> MOVE_BITS;
        }
        self.normalize();
    }

    /// A bit of even odds, not modelled.
    fn direct(&mut self, bit: bool) {
        self.range >>= 1;
        if bit {
            self.low += u64::from(self.range);
        }
        self.normalize();
    }

    /// `symbol`'s lowest `bits` bits, most significant first, through a tree of probabilities.
    fn tree(&mut self, probs: &mut [u16], bits: u32, symbol: usize) {
        let mut m = 1;
        for i in (0..bits).rev() {
            let bit = (symbol >> i) & 1;
            self.bit(&mut probs[m], bit == 1);
            m = (m << 1) | bit;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// The range decoder; past the end of its input it reads zeros (and says so through `overrun`).
struct Decoder<'a> {
    input: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl Decoder<'_> {
    fn new(input: &[u8]) -> Decoder<'_> {
        let mut d = Decoder {
            input,
            at: 0,
            range: u32::MAX,
            code: 0,
        };
        for _ in 0..5 {
            d.code = (d.code << 8) | u32::from(d.byte());
        }
        d
    }

    fn byte(&mut self) -> u8 {
        let b = self.input.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    /// Whether it has read well past its input (the data was cut short).
    fn overrun(&self) -> bool {
        self.at > self.input.len() + 4
    }

    fn normalize(&mut self) {
        while self.range < TOP {
            self.range <<= 8;
            self.code = (self.code << 8) | u32::from(self.byte());
        }
    }

    fn bit(&mut self, p: &mut u16) -> bool {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        let bit = if self.code < bound {
            self.range = bound;
            *p += (PROB_ONE - *p) >> MOVE_BITS;
            false
        } else {
            self.code -= bound;
            self.range -= bound;
            *p -= *p >> MOVE_BITS;
            true
        };
        self.normalize();
        bit
    }

    fn direct(&mut self) -> bool {
        self.range >>= 1;
        let bit = self.code >= self.range;
        if bit {
            self.code -= self.range;
        }
        self.normalize();
        bit
    }

    fn tree(&mut self, probs: &mut [u16], bits: u32) -> usize {
        let mut m = 1;
        for _ in 0..bits {
            m = (m << 1) | usize::from(self.bit(&mut probs[m]));
        }
        m - (1 << bits)
    }
}

fn hash4(bytes: &[u8], i: usize) -> usize {
    let v = u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
}

/// Hash chains over the positions seen so far.
struct Chains {
    head: Vec<u32>,
    prev: Vec<u32>,
}

impl Chains {
    const NONE: u32 = u32::MAX;

    fn new(len: usize) -> Chains {
        Chains {
            head: vec![Chains::NONE; 1 << HASH_BITS],
            prev: vec![Chains::NONE; len],
        }
    }

    fn insert(&mut self, bytes: &[u8], i: usize) {
        if i + MIN_MATCH <= bytes.len() {
            let h = hash4(bytes, i);
            self.prev[i] = self.head[h];
            self.head[h] = i as u32;
        }
    }

    /// The longest earlier match at `i` within the window: (length, distance).
    fn longest(&self, bytes: &[u8], i: usize) -> (usize, usize) {
        let mut best = (0, 0);
        if i + MIN_MATCH > bytes.len() {
            return best;
        }
        let limit = (bytes.len() - i).min(MAX_MATCH);
        let mut candidate = self.head[hash4(bytes, i)];
        for _ in 0..MAX_CHAIN {
            if candidate == Chains::NONE || i - candidate as usize > WINDOW {
                break;
            }
            let c = candidate as usize;
            let len = bytes[c..]
                .iter()
                .zip(&bytes[i..i + limit])
                .take_while(|(a, b)| a == b)
                .count();
            if len > best.0 {
                best = (len, i - c);
                if len == limit {
                    break;
                }
            }
            candidate = self.prev[c];
        }
        best
    }
}

/// Appends `n` as LEB128.
pub fn put_varint(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// A LEB128 number of at most five bytes at `*at`, which moves past it.
pub fn get_varint(bytes: &[u8], at: &mut usize) -> Option<usize> {
    let mut n: usize = 0;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        n |= usize::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

fn encode_match(enc: &mut Encoder, model: &mut Model, len: usize, distance: usize) {
    enc.tree(&mut model.length, 8, len - MIN_MATCH);
    let d = distance - 1;
    if d < 2 {
        enc.tree(&mut model.slot, 5, d);
        return;
    }
    let bits = (usize::BITS - d.leading_zeros()) as usize;
    enc.tree(&mut model.slot, 5, bits);
    for i in (0..bits - 1).rev() {
        enc.direct((d >> i) & 1 == 1);
    }
}

/// Compresses `bytes`.
pub fn compress(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 2 + 16);
    put_varint(&mut out, bytes.len());
    let mut enc = Encoder::new(out);
    let mut model = Model::new();
    let mut chains = Chains::new(bytes.len());
    let mut after_match = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (len, distance) = chains.longest(bytes, i);
        let is_match = len >= MIN_MATCH;
        enc.bit(&mut model.is_match[after_match], is_match);
        if is_match {
            encode_match(&mut enc, &mut model, len, distance);
            for j in i..i + len {
                chains.insert(bytes, j);
            }
            i += len;
        } else {
            let previous = if i > 0 { bytes[i - 1] } else { 0 };
            enc.tree(
                &mut model.literal[literal_context(previous)],
                8,
                usize::from(bytes[i]),
            );
            chains.insert(bytes, i);
            i += 1;
        }
        after_match = usize::from(is_match);
    }
    enc.finish()
}

/// A match's distance, read after its length.
fn decode_distance(dec: &mut Decoder, model: &mut Model) -> Result<usize, Error> {
    let slot = dec.tree(&mut model.slot, 5);
    if slot < 2 {
        return Ok(slot + 1);
    }
    if slot > 16 {
        return Err(Error::Damaged);
    }
    let mut d = 1;
    for _ in 0..slot - 1 {
        d = (d << 1) | usize::from(dec.direct());
    }
    Ok(d + 1)
}

/// Decompresses what [`compress`] made; fails on damage or when the data would be longer than `max`.
pub fn decompress(packed: &[u8], max: usize) -> Result<Vec<u8>, Error> {
    let mut at = 0;
    let len = get_varint(packed, &mut at).ok_or(Error::Damaged)?;
    if len > max {
        return Err(Error::TooLarge);
    }
    // The coder's first byte is always 0.
    if packed.get(at) != Some(&0) {
        return Err(Error::Damaged);
    }
    let mut out = Vec::with_capacity(len.min(packed.len().saturating_mul(16)));
    let mut dec = Decoder::new(&packed[at..]);
    let mut model = Model::new();
    let mut after_match = 0;
    while out.len() < len {
        if dec.overrun() {
            return Err(Error::Damaged);
        }
        let is_match = dec.bit(&mut model.is_match[after_match]);
        if is_match {
            let n = dec.tree(&mut model.length, 8) + MIN_MATCH;
            let distance = decode_distance(&mut dec, &mut model)?;
            let from = out.len().checked_sub(distance).ok_or(Error::Damaged)?;
            if out.len() + n > len {
                return Err(Error::Damaged);
            }
            for k in 0..n {
                out.push(out[from + k]);
            }
        } else {
            let previous = out.last().copied().unwrap_or(0);
            let byte = dec.tree(&mut model.literal[literal_context(previous)], 8);
            out.push(byte as u8);
        }
        after_match = usize::from(is_match);
    }
    if dec.overrun() {
        return Err(Error::Damaged);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic stream of pseudo-random numbers (xorshift).
    pub fn numbers(seed: u64) -> impl Iterator<Item = u64> {
        let mut x = seed | 1;
        std::iter::repeat_with(move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        })
    }

    #[test]
    fn round_trips() {
        let mut n = numbers(11);
        let noise: Vec<u8> = (0..5000).map(|_| n.next().unwrap() as u8).collect();
        let far: Vec<u8> = [noise.clone(), vec![0; 70_000], noise.clone()].concat();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", vec![]),
            ("one byte", vec![7]),
            ("all byte values", (0..=255).collect()),
            ("a run", vec![b'a'; 100_000]),
            ("noise", noise),
            ("repeat beyond the window", far),
            (
                "text",
                "Ms Solberg said \"yes\" in Zürich — 東京. "
                    .repeat(300)
                    .into_bytes(),
            ),
        ];
        for (name, bytes) in cases {
            let packed = compress(&bytes);
            assert_eq!(decompress(&packed, usize::MAX), Ok(bytes), "{name}");
        }
    }

    #[test]
    fn random_data_round_trips() {
        for seed in 1..60 {
            let mut n = numbers(seed);
            let len = (n.next().unwrap() % 4000) as usize;
            let alphabet = 1 + n.next().unwrap() % 40;
            let bytes: Vec<u8> = (0..len).map(|_| (n.next().unwrap() % alphabet) as u8).collect();
            assert_eq!(
                decompress(&compress(&bytes), usize::MAX),
                Ok(bytes),
                "seed {seed}"
            );
        }
    }

    #[test]
    fn english_halves() {
        let text = include_str!("../ui/example-article.txt");
        let packed = compress(text.as_bytes());
        assert!(
            packed.len() * 100 < text.len() * 60,
            "{} of {} bytes",
            packed.len(),
            text.len()
        );
    }

    #[test]
    fn damaged_data_is_refused_without_panic() {
        let packed = compress(
            "Mr Otieno told reporters in Nairobi: \"We agree.\" "
                .repeat(20)
                .as_bytes(),
        );
        assert_eq!(decompress(&packed, 100), Err(Error::TooLarge));
        assert_eq!(decompress(&[], usize::MAX), Err(Error::Damaged));
        assert_eq!(
            decompress(&[0xff; 6], usize::MAX),
            Err(Error::Damaged),
            "endless length"
        );
        for end in 0..packed.len() {
            let _ = decompress(&packed[..end], usize::MAX);
        }
        let mut n = numbers(5);
        for _ in 0..3000 {
            let mut b = packed.clone();
            let at = (n.next().unwrap() % b.len() as u64) as usize;
            b[at] ^= 1 << (n.next().unwrap() % 8);
            let _ = decompress(&b, 1 << 20);
        }
        for _ in 0..500 {
            let len = (n.next().unwrap() % 300) as usize;
            let junk: Vec<u8> = (0..len).map(|_| n.next().unwrap() as u8).collect();
            let _ = decompress(&junk, 1 << 20);
        }
    }

    #[test]
    fn a_cut_stream_is_damaged() {
        let packed = compress(include_str!("../ui/example-article.txt").as_bytes());
        let cut = &packed[..packed.len() / 2];
        assert_eq!(decompress(cut, usize::MAX), Err(Error::Damaged));
    }
}
