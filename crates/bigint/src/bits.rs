//! Bit-level operations: shifts (right shifts round toward negative infinity, as Python's do), bit length,
//! single bits, `&`/`|`/`^` on the infinite two's complement that Python gives negative ints, and two's
//! complement or unsigned little-endian bytes for `int.to_bytes`/`int.from_bytes`.

use crate::div::push_shifted;
use crate::BigInt;
use std::ops::{Shl, Shr};

/// A bitwise operation of [`BigInt::bitwise`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BitOp {
    And,
    Or,
    Xor,
}

/// Negate `limbs` in place as a two's complement number of that width (invert, add one).
fn negate(limbs: &mut [u32]) {
    let mut carry = 1u64;
    for d in limbs {
        let s = (!*d) as u64 + carry;
        *d = s as u32;
        carry = s >> 32;
    }
}

impl BigInt {
    /// The two's complement of `self` in `len` limbs (`len` above the magnitude's length, so the top limb is
    /// all sign).
    fn twos_complement(&self, len: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(len, 0);
        if self.neg {
            negate(&mut v);
        }
        v
    }

    /// The number whose two's complement is `v` (its top bit is the sign).
    fn from_twos_complement(mut v: Vec<u32>) -> BigInt {
        let neg = v.last().is_some_and(|top| top >> 31 == 1);
        if neg {
            negate(&mut v);
        }
        BigInt::from_limbs(neg, v)
    }

    /// `self & other`, `self | other` or `self ^ other`, negative numbers taken as infinitely sign-extended.
    pub fn bitwise(&self, other: &BigInt, op: BitOp) -> BigInt {
        let len = self.mag.len().max(other.mag.len()) + 1;
        let mut a = self.twos_complement(len);
        for (x, y) in a.iter_mut().zip(other.twos_complement(len)) {
            *x = match op {
                BitOp::And => *x & y,
                BitOp::Or => *x | y,
                BitOp::Xor => *x ^ y,
            };
        }
        BigInt::from_twos_complement(a)
    }

    /// The number of bits of |self| (0 for zero): Python's `int.bit_length()`.
    pub fn bits(&self) -> u64 {
        match self.mag.last() {
            Some(top) => self.mag.len() as u64 * 32 - top.leading_zeros() as u64,
            None => 0,
        }
    }

    /// Whether |self| has a set bit below bit `s` (one that `>> s` shifts out).
    pub(crate) fn any_bit_below(&self, s: usize) -> bool {
        let (limbs, bits) = (s / 32, s % 32);
        let low = &self.mag[..limbs.min(self.mag.len())];
        low.iter().any(|&d| d != 0) || self.mag.get(limbs).is_some_and(|&d| bits > 0 && d << (32 - bits) != 0)
    }

    /// Bit `i` of |self|.
    pub fn bit(&self, i: u64) -> bool {
        self.mag.get((i / 32) as usize).is_some_and(|d| (d >> (i % 32)) & 1 == 1)
    }

    /// The fewest little-endian bytes that hold `self`: two's complement with room for the sign bit if
    /// `signed` (so 128 needs two bytes and -128 one), else |self|'s bytes (none for zero).
    pub fn to_bytes_le(&self, signed: bool) -> Vec<u8> {
        let limbs = if signed { self.twos_complement(self.mag.len() + 1) } else { self.mag.clone() };
        let mut bytes: Vec<u8> = limbs.iter().flat_map(|d| d.to_le_bytes()).collect();
        if signed {
            // Drop top bytes that only repeat the sign of the byte below them.
            while let [.., next, top] = bytes[..] {
                if (top == 0 && next < 0x80) || (top == 0xff && next >= 0x80) {
                    bytes.pop();
                } else {
                    break;
                }
            }
        } else {
            while bytes.last() == Some(&0) {
                bytes.pop();
            }
        }
        bytes
    }

    /// The number with these little-endian bytes: two's complement if `signed`, else unsigned.
    pub fn from_bytes_le(signed: bool, bytes: &[u8]) -> BigInt {
        let neg = signed && bytes.last().is_some_and(|top| top >> 7 == 1);
        let fill = if neg { 0xff } else { 0 };
        let limbs = bytes
            .chunks(4)
            .map(|c| {
                let mut b = [fill; 4];
                b[..c.len()].copy_from_slice(c);
                u32::from_le_bytes(b)
            })
            .collect();
        if neg {
            BigInt::from_twos_complement(limbs)
        } else {
            BigInt::from_limbs(false, limbs)
        }
    }
}

impl Shl<usize> for &BigInt {
    type Output = BigInt;
    fn shl(self, s: usize) -> BigInt {
        if self.is_zero() {
            return BigInt::ZERO;
        }
        let mut mag = vec![0u32; s / 32];
        mag.reserve(self.mag.len() + 1);
        let top = push_shifted(&mut mag, &self.mag, (s % 32) as u32);
        mag.push(top);
        BigInt::from_limbs(self.neg, mag)
    }
}

impl Shr<usize> for &BigInt {
    type Output = BigInt;
    /// Floor division by 2^s: a negative number that loses set bits rounds down (away from zero).
    fn shr(self, s: usize) -> BigInt {
        let (limbs, bits) = (s / 32, (s % 32) as u32);
        if limbs >= self.mag.len() {
            return if self.neg { BigInt::from(-1i64) } else { BigInt::ZERO };
        }
        let high = &self.mag[limbs..];
        let mut mag: Vec<u32> = (0..high.len())
            .map(|i| match bits {
                0 => high[i],
                _ => (high[i] >> bits) | high.get(i + 1).map_or(0, |h| h << (32 - bits)),
            })
            .collect();
        if self.neg && self.any_bit_below(s) {
            // |self| >> s rounded up: add one to the magnitude.
            for d in mag.iter_mut() {
                *d = d.wrapping_add(1);
                if *d != 0 {
                    break;
                }
            }
            if mag.iter().all(|&d| d == 0) {
                mag.push(1);
            }
        }
        BigInt::from_limbs(self.neg, mag)
    }
}

#[cfg(test)]
mod tests {
    use crate::{BigInt, BitOp};

    fn n(v: i128) -> BigInt {
        BigInt::from(v)
    }

    #[test]
    fn shifts() {
        for v in [0i128, 1, -1, 5, -5, (1 << 70) + 3, -(1 << 70) - 3, -(1 << 64)] {
            for s in [0usize, 1, 31, 32, 33, 64, 65, 100] {
                assert_eq!(&n(v) >> s, n(v >> s.min(127)), "{v} >> {s}");
                if s < 50 {
                    assert_eq!(&n(v) << s, n(v << s), "{v} << {s}");
                }
            }
        }
    }

    #[test]
    fn bitwise() {
        let vals = [0i128, 1, -1, 0x1234_5678_9abc, -(1 << 40), (1 << 64) + 1, -(1 << 64) - 1, i64::MIN as i128];
        for &a in &vals {
            for &b in &vals {
                assert_eq!(n(a).bitwise(&n(b), BitOp::And), n(a & b));
                assert_eq!(n(a).bitwise(&n(b), BitOp::Or), n(a | b));
                assert_eq!(n(a).bitwise(&n(b), BitOp::Xor), n(a ^ b));
            }
        }
    }

    #[test]
    fn bytes() {
        assert_eq!(n(128).to_bytes_le(true), [0x80, 0]);
        assert_eq!(n(-128).to_bytes_le(true), [0x80]);
        assert_eq!(n(-129).to_bytes_le(true), [0x7f, 0xff]);
        assert_eq!(n(255).to_bytes_le(false), [0xff]);
        assert!(n(0).to_bytes_le(false).is_empty());
        assert_eq!(BigInt::from_bytes_le(true, &[0xff, 0xff]), n(-1));
        assert_eq!(BigInt::from_bytes_le(false, &[0xff, 0xff]), n(65535));
        assert_eq!(BigInt::from_bytes_le(true, &[]), n(0));
        assert_eq!(n(1 << 40).bits(), 41);
        assert!(n(-(1 << 40)).bit(40) && !n(1 << 40).bit(39));
    }
}
