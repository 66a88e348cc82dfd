//! An arbitrary-precision integer for the interpreter's `int`: a sign and a magnitude of 32-bit limbs (u64
//! intermediates suit wasm32, which multiplies and divides 64-bit numbers natively but not 128-bit ones).
//!
//! Only what Python's int needs, with plain algorithms (schoolbook multiplication, Knuth's division): the
//! general-purpose crates spend tens of kilobytes of WebAssembly on fast multiplication and generic traits.
//! The representation is normalised: no leading zero limbs, and zero is never negative, so the derived
//! equality is numeric equality.

mod arith;
mod bits;
mod convert;
mod div;
mod radix;

use std::cmp::Ordering;

pub use bits::BitOp;

/// An integer of any size.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct BigInt {
    /// True for a negative number (never for zero).
    neg: bool,
    /// |value| in base 2^32, least significant limb first, without leading zero limbs.
    mag: Vec<u32>,
}

/// Drop the leading zero limbs of a magnitude.
fn trim(mag: &mut Vec<u32>) {
    while mag.last() == Some(&0) {
        mag.pop();
    }
}

/// Compare two normalised magnitudes.
fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

impl BigInt {
    pub const ZERO: BigInt = BigInt { neg: false, mag: Vec::new() };

    /// The number with this sign and magnitude (limbs least significant first, any leading zeros allowed).
    pub fn from_limbs(negative: bool, mut limbs: Vec<u32>) -> BigInt {
        trim(&mut limbs);
        BigInt { neg: negative && !limbs.is_empty(), mag: limbs }
    }

    /// The magnitude's limbs, least significant first (none for zero).
    pub fn limbs(&self) -> &[u32] {
        &self.mag
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_one(&self) -> bool {
        !self.neg && self.mag == [1]
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    pub fn is_positive(&self) -> bool {
        !self.neg && !self.mag.is_empty()
    }

    pub fn is_even(&self) -> bool {
        self.mag.first().is_none_or(|d| d & 1 == 0)
    }

    /// |self|.
    pub fn abs(&self) -> BigInt {
        BigInt { neg: false, mag: self.mag.clone() }
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &BigInt) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &other.mag),
            (true, true) => cmp_mag(&other.mag, &self.mag),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &BigInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalised() {
        assert_eq!(BigInt::from_limbs(true, vec![0, 0]), BigInt::ZERO);
        assert_eq!(BigInt::from_limbs(false, vec![5, 0, 0]).limbs(), &[5]);
        assert!(BigInt::from(-1i64).is_negative() && !BigInt::ZERO.is_negative());
        assert!(BigInt::ZERO.is_even() && !BigInt::from(-3i64).is_even() && BigInt::from(1i64).is_one());
    }

    #[test]
    fn ordering() {
        let v: Vec<BigInt> = [-(1i128 << 70), -5, -1, 0, 1, 7, 1 << 40, 1 << 90].map(BigInt::from).to_vec();
        for (i, a) in v.iter().enumerate() {
            for (j, b) in v.iter().enumerate() {
                assert_eq!(a.cmp(b), i.cmp(&j));
            }
        }
    }
}
