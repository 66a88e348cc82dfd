//! DEFLATE decoding (RFC 1951), bare or in the zlib container (RFC 1950), for `zlib.decompress`.
//!
//! Huffman codes are decoded canonically, one bit at a time, from the number of codes of each length, as
//! zlib's reference decoder `puff` does. That is slower than the table-driven decoders of zlib or miniz_oxide,
//! but a board's programs inflate kilobytes, and it is about 3 KB of WebAssembly where miniz_oxide's inflate
//! was 9 KB. Invalid streams (over-subscribed or incomplete codes, distances before the start, missing
//! end-of-block codes, truncation) are errors, never panics.

/// Why decoding stopped.
#[derive(Debug, PartialEq)]
pub enum InflateError {
    /// Not a valid stream, or one that ends early.
    Data,
    /// A zlib stream's Adler-32 differs from its decoded data's.
    Checksum,
    /// The output would grow past the caller's limit.
    TooLarge,
}

use InflateError::Data;

/// Length codes 257..285: base lengths and their extra bits.
const LENGTH_BASE: [u16; 29] =
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/// Distance codes 0..29: base distances; code `d` has `d / 2 - 1` extra bits (none below 4).
const DISTANCE_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
];
/// The order in which a dynamic block lists its code-length code's lengths.
const CODE_LENGTH_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/// The compressed bits, least significant first.
struct Input<'a> {
    data: &'a [u8],
    pos: usize,
    held: u32,
    held_bits: u32,
}

impl Input<'_> {
    /// The next `n` (at most 16) bits as a number.
    fn bits(&mut self, n: u32) -> Result<u32, InflateError> {
        while self.held_bits < n {
            let byte = *self.data.get(self.pos).ok_or(Data)?;
            self.pos += 1;
            self.held |= (byte as u32) << self.held_bits;
            self.held_bits += 8;
        }
        let value = self.held & ((1 << n) - 1);
        self.held >>= n;
        self.held_bits -= n;
        Ok(value)
    }
}

/// A canonical Huffman code: how many codes each length 1..15 has, and the symbols in code order.
struct Huffman {
    counts: [u16; 16],
    symbols: Vec<u16>,
}

impl Huffman {
    /// The code with these lengths (0: symbol unused). Over-subscribed lengths are an error; an incomplete
    /// code is accepted only where RFC 1951 allows one, as zlib does: when no code is longer than 1 bit (a
    /// single distance code, or none in a block of literals only).
    fn new(lengths: &[u8]) -> Result<Huffman, InflateError> {
        let mut counts = [0u16; 16];
        for &length in lengths {
            counts[length as usize] += 1;
        }
        let mut left = 1i32;
        for &count in &counts[1..] {
            left = 2 * left - count as i32;
            if left < 0 {
                return Err(Data);
            }
        }
        if left > 0 && (counts[0] + counts[1]) as usize != lengths.len() {
            return Err(Data);
        }
        let mut offsets = [0u16; 16];
        for length in 1..15 {
            offsets[length + 1] = offsets[length] + counts[length];
        }
        let mut symbols = vec![0; lengths.len()];
        for (symbol, &length) in lengths.iter().enumerate() {
            if length != 0 {
                symbols[offsets[length as usize] as usize] = symbol as u16;
                offsets[length as usize] += 1;
            }
        }
        Ok(Huffman { counts, symbols })
    }

    fn decode(&self, input: &mut Input) -> Result<usize, InflateError> {
        // `code` is the bits read so far; `first` the first code of this length; `index` its symbol's index.
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for &count in &self.counts[1..] {
            code |= input.bits(1)? as i32;
            let count = count as i32;
            if code - first < count {
                return Ok(self.symbols[(index + code - first) as usize] as usize);
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(Data)
    }
}

/// Raw DEFLATE data to its bytes, stopping after the final block; also how many input bytes it used.
pub fn inflate(data: &[u8], limit: usize) -> Result<(Vec<u8>, usize), InflateError> {
    let mut input = Input { data, pos: 0, held: 0, held_bits: 0 };
    let mut out = Vec::new();
    loop {
        let last = input.bits(1)? == 1;
        match input.bits(2)? {
            0 => stored(&mut input, &mut out, limit)?,
            1 => {
                let mut lengths = [8u8; 288];
                lengths[144..256].fill(9);
                lengths[256..280].fill(7);
                // Distance codes 30 and 31 have codes too, though no stream may use them.
                codes(&mut input, &mut out, limit, &Huffman::new(&lengths)?, &Huffman::new(&[5; 32])?)?;
            }
            2 => {
                let (literals, distances) = dynamic_codes(&mut input)?;
                codes(&mut input, &mut out, limit, &literals, &distances)?;
            }
            _ => return Err(Data),
        }
        if last {
            return Ok((out, input.pos));
        }
    }
}

/// A zlib stream (header, DEFLATE data, Adler-32 of the result) to its bytes; any data after it is ignored.
pub fn zlib_decompress(data: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    const PRESET_DICTIONARY: u8 = 0x20;
    let (method, flags) = match data {
        [method, flags, ..] => (*method, *flags),
        _ => return Err(Data),
    };
    // DEFLATE with a window of at most 32 KB, a header checksum, no preset dictionary.
    if method & 15 != 8 || method >> 4 > 7 || !(method as u16 * 256 + flags as u16).is_multiple_of(31) {
        return Err(Data);
    }
    if flags & PRESET_DICTIONARY != 0 {
        return Err(Data);
    }
    let (out, used) = inflate(&data[2..], limit)?;
    let trailer = data.get(2 + used..2 + used + 4).ok_or(Data)?;
    if u32::from_be_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]) != adler32(&out) {
        return Err(InflateError::Checksum);
    }
    Ok(out)
}

fn adler32(data: &[u8]) -> u32 {
    const MODULUS: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    // 5552 bytes is the most that can be summed before `b` could overflow 32 bits.
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += byte as u32;
            b += a;
        }
        (a, b) = (a % MODULUS, b % MODULUS);
    }
    (b << 16) | a
}

/// A stored block: byte-aligned length, its complement, then the bytes as they are.
fn stored(input: &mut Input, out: &mut Vec<u8>, limit: usize) -> Result<(), InflateError> {
    // Whole bytes are read into `held` only as needed, so dropping what is held skips to the byte boundary.
    (input.held, input.held_bits) = (0, 0);
    let header = input.data.get(input.pos..input.pos + 4).ok_or(Data)?;
    let length = u16::from_le_bytes([header[0], header[1]]);
    if length != !u16::from_le_bytes([header[2], header[3]]) {
        return Err(Data);
    }
    let start = input.pos + 4;
    let bytes = input.data.get(start..start + length as usize).ok_or(Data)?;
    if out.len() + bytes.len() > limit {
        return Err(InflateError::TooLarge);
    }
    out.extend_from_slice(bytes);
    input.pos = start + bytes.len();
    Ok(())
}

/// A dynamic block's header: the literal/length and distance codes, themselves sent Huffman-coded.
fn dynamic_codes(input: &mut Input) -> Result<(Huffman, Huffman), InflateError> {
    let literal_count = input.bits(5)? as usize + 257;
    let distance_count = input.bits(5)? as usize + 1;
    let code_length_count = input.bits(4)? as usize + 4;
    if literal_count > 286 || distance_count > 30 {
        return Err(Data);
    }
    let mut lengths = [0u8; 286 + 30];
    for &symbol in &CODE_LENGTH_ORDER[..code_length_count] {
        lengths[symbol] = input.bits(3)? as u8;
    }
    let code_lengths = Huffman::new(&lengths[..19])?;
    let total = literal_count + distance_count;
    let mut index = 0;
    while index < total {
        let symbol = code_lengths.decode(input)?;
        let (length, repeat) = match symbol {
            0..=15 => (symbol as u8, 1),
            16 if index > 0 => (lengths[index - 1], 3 + input.bits(2)? as usize),
            17 => (0, 3 + input.bits(3)? as usize),
            18 => (0, 11 + input.bits(7)? as usize),
            _ => return Err(Data),
        };
        if index + repeat > total {
            return Err(Data);
        }
        lengths[index..index + repeat].fill(length);
        index += repeat;
    }
    if lengths[256] == 0 {
        // No end-of-block code: the block could never end.
        return Err(Data);
    }
    Ok((Huffman::new(&lengths[..literal_count])?, Huffman::new(&lengths[literal_count..total])?))
}

/// A Huffman-coded block's literals and back-references, up to its end-of-block code.
fn codes(
    input: &mut Input,
    out: &mut Vec<u8>,
    limit: usize,
    literals: &Huffman,
    distances: &Huffman,
) -> Result<(), InflateError> {
    loop {
        let symbol = literals.decode(input)?;
        if symbol == 256 {
            return Ok(());
        }
        let length = match symbol {
            0..=255 => 1,
            257..=285 => LENGTH_BASE[symbol - 257] as usize + input.bits(LENGTH_EXTRA[symbol - 257] as u32)? as usize,
            _ => return Err(Data),
        };
        if out.len() + length > limit {
            return Err(InflateError::TooLarge);
        }
        if symbol < 256 {
            out.push(symbol as u8);
            continue;
        }
        let code = distances.decode(input)?;
        let base = *DISTANCE_BASE.get(code).ok_or(Data)? as usize;
        let distance = base + input.bits((code.max(2) as u32 / 2) - 1)? as usize;
        let start = out.len().checked_sub(distance).ok_or(Data)?;
        // Byte by byte: a copy may overlap what it writes (distance 1 repeats one byte).
        for i in start..start + length {
            out.push(out[i]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use miniz_oxide::deflate::{compress_to_vec, compress_to_vec_zlib};

    /// Text-like, repetitive and incompressible inputs of several sizes.
    fn inputs() -> Vec<Vec<u8>> {
        let mut state = 0x9e37_79b9u32;
        let mut noise = |n: usize| {
            (0..n)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state as u8
                })
                .collect::<Vec<u8>>()
        };
        let text = b"CircuitPython runs on the board; the board blinks. ".repeat(300);
        // Noise with copies of every length 3..=258 from ever farther back (up to the 32 KB window), so
        // every length and distance code is used.
        let mut copies = noise(40_000);
        for length in 3..=258usize {
            let distance = (length * 127) % 32_000 + length;
            let start = copies.len() - distance;
            copies.extend_from_within(start..start + length);
            copies.extend(noise(length % 7));
        }
        vec![Vec::new(), b"a".to_vec(), vec![0; 100_000], text, noise(70_000), noise(300), copies]
    }

    #[test]
    fn decodes_what_a_compressor_wrote_at_every_level() {
        for data in inputs() {
            for level in [0, 1, 6, 9, 10] {
                let raw = compress_to_vec(&data, level);
                assert_eq!(inflate(&raw, usize::MAX).map(|(out, _)| out), Ok(data.clone()), "level {level}");
                let zlib = compress_to_vec_zlib(&data, level);
                assert_eq!(zlib_decompress(&zlib, usize::MAX), Ok(data.clone()), "zlib level {level}");
            }
        }
    }

    #[test]
    fn reports_damage_limits_and_truncation() {
        let data = b"CircuitPython runs on the board; the board blinks. ".repeat(50);
        let zlib = compress_to_vec_zlib(&data, 6);
        let mut bad_checksum = zlib.clone();
        *bad_checksum.last_mut().unwrap() ^= 1;
        assert_eq!(zlib_decompress(&bad_checksum, usize::MAX), Err(InflateError::Checksum));
        assert_eq!(zlib_decompress(&zlib, data.len() - 1), Err(InflateError::TooLarge));
        assert_eq!(zlib_decompress(&zlib, data.len()), Ok(data.clone()));
        for end in 0..zlib.len() {
            assert!(zlib_decompress(&zlib[..end], usize::MAX).is_err(), "truncated at {end}");
        }
        // Header checks: method, header checksum, preset dictionary.
        assert_eq!(zlib_decompress(b"x\x9d\x03\x00\x00\x00\x00\x01", usize::MAX), Err(Data));
        assert_eq!(zlib_decompress(b"y\x9c\x03\x00\x00\x00\x00\x01", usize::MAX), Err(Data));
        assert_eq!(zlib_decompress(b"x\xbb\x03\x00\x00\x00\x00\x01", usize::MAX), Err(Data));
        assert_eq!(zlib_decompress(b"x\x9c\x03\x00\x00\x00\x00\x01", usize::MAX), Ok(Vec::new()));
        // Block type 3, a stored length without its complement, a distance before the start.
        assert_eq!(inflate(&[0x07], usize::MAX), Err(Data));
        assert_eq!(inflate(&[0x01, 0x01, 0x00, 0x00, 0x00, b'x'], usize::MAX), Err(Data));
        // (Fixed codes: length code 257, then distance code 0, with nothing decoded yet.)
        assert_eq!(inflate(&[0x03, 0x02], usize::MAX), Err(Data));
        assert_eq!(inflate(&[0x03, 0x00], usize::MAX), Ok((Vec::new(), 2)));
    }

    #[test]
    fn flipped_bits_never_panic() {
        let data = b"CircuitPython runs on the board; the board blinks. ".repeat(20);
        for level in [1, 9] {
            let raw = compress_to_vec(&data, level);
            for i in 0..raw.len() * 8 {
                let mut damaged = raw.clone();
                damaged[i / 8] ^= 1 << (i % 8);
                let _ = inflate(&damaged, 1 << 20);
            }
        }
    }
}
