//! Digits in a radix from 2 to 36 both ways, and `Display`/`Debug` in decimal. Power-of-two radixes map
//! digits to bits directly. The others work a limb-sized chunk of digits at a time (9 decimal digits):
//! reading multiplies by radix^chunk and adds; writing splits the number in halves by dividing by
//! radix^(chunk·2^k) until the parts are a few limbs long, then divides those by radix^chunk. Both are
//! quadratic, but the split replaces most one-limb divisions (a hardware division per limb) by long
//! division's multiply-adds: str() of a 20,000-digit int is several times faster than chunk by chunk.

use crate::arith::mul_mag;
use crate::div::{div_mag, div_small_in_place};
use crate::BigInt;
use std::fmt;

/// The ASCII digit `d` (below `radix`), lower case.
fn digit(d: u32, radix: u32) -> u8 {
    char::from_digit(d, radix).unwrap_or('?') as u8
}

/// The largest power of `radix` below 2^32, and its exponent: the digits one limb step handles.
fn chunk(radix: u32) -> (u32, u32) {
    let (mut chunk, mut per_chunk) = (radix, 1);
    while let Some(next) = chunk.checked_mul(radix) {
        (chunk, per_chunk) = (next, per_chunk + 1);
    }
    (chunk, per_chunk)
}

impl BigInt {
    /// The digits of |self| in `radix` (2 to 36), lower case, without sign or prefix ("0" for zero).
    pub fn magnitude_str_radix(&self, radix: u32) -> String {
        assert!((2..=36).contains(&radix), "radix out of range");
        if self.is_zero() {
            return "0".to_string();
        }
        if radix.is_power_of_two() {
            let k = radix.trailing_zeros() as u64;
            let mut out = Vec::new();
            for i in (0..self.bits().div_ceil(k)).rev() {
                out.push(digit((0..k).fold(0, |d, b| d | (self.bit(i * k + b) as u32) << b), radix));
            }
            return String::from_utf8(out).unwrap_or_default();
        }
        // powers[k] = radix^(per_chunk·2^k), up to the last one whose square is above |self| (the square
        // of an L-limb number has at least 2L-1 limbs): |self| divided by it gives two parts below it.
        let (chunk, per_chunk) = chunk(radix);
        let mut powers = vec![vec![chunk]];
        while 2 * powers[powers.len() - 1].len() - 1 <= self.mag.len() {
            let p = &powers[powers.len() - 1];
            powers.push(mul_mag(p, p));
        }
        let mut out = Vec::with_capacity((per_chunk as usize) << powers.len());
        let (high, low) = div_mag(&self.mag, &powers[powers.len() - 1]);
        write_digits(&high, &powers, radix, per_chunk, &mut out);
        write_digits(&low, &powers, radix, per_chunk, &mut out);
        // Written at twice the width of the top power: drop the leading zeros (there is a non-zero digit).
        let start = out.iter().position(|&c| c != b'0').unwrap_or(0);
        String::from_utf8(out.split_off(start)).unwrap_or_default()
    }

    /// The number written with these ASCII digits (either case) in `radix` (2 to 36), most significant
    /// first; `None` if any is not a digit of the radix. No sign, separators or prefix; no digits is zero.
    pub fn from_digits(digits: &[u8], radix: u32) -> Option<BigInt> {
        assert!((2..=36).contains(&radix), "radix out of range");
        let values: Vec<u32> = digits.iter().map(|&c| (c as char).to_digit(radix)).collect::<Option<_>>()?;
        let mut mag: Vec<u32> = Vec::new();
        if radix.is_power_of_two() {
            // Each digit is k bits, packed from the last digit up.
            let k = radix.trailing_zeros();
            let (mut acc, mut held) = (0u64, 0);
            for &v in values.iter().rev() {
                acc |= (v as u64) << held;
                held += k;
                if held >= 32 {
                    mag.push(acc as u32);
                    (acc, held) = (acc >> 32, held - 32);
                }
            }
            mag.push(acc as u32);
            return Some(BigInt::from_limbs(false, mag));
        }
        // mag = mag·radix^n + (the next n digits), n = per_chunk except for a shorter first group.
        let (_, per_chunk) = chunk(radix);
        let first = values.len() % per_chunk as usize;
        let groups = values[..first].chunks(first.max(1)).chain(values[first..].chunks(per_chunk as usize));
        for group in groups {
            let scale = radix.pow(group.len() as u32) as u64;
            let mut carry = group.iter().fold(0, |n, &v| n * radix + v) as u64;
            for d in mag.iter_mut() {
                // At most (2^32-1)·(2^32-1) + (2^32-1) < 2^64.
                let t = *d as u64 * scale + carry;
                *d = t as u32;
                carry = t >> 32;
            }
            if carry != 0 {
                mag.push(carry as u32);
            }
        }
        Some(BigInt::from_limbs(false, mag))
    }
}

/// Append the digits of the magnitude `n`, below the last of `powers` (radix^(per_chunk·2^k) for k = 0, 1,
/// ...), to `out`, most significant first, zero-padded to the width of that power.
fn write_digits(n: &[u32], powers: &[Vec<u32>], radix: u32, per_chunk: u32, out: &mut Vec<u8>) {
    let width = (per_chunk as usize) << (powers.len() - 1);
    // At most 8 chunks: chunk by chunk, least significant digit first, then reversed into place.
    if powers.len() <= 4 {
        let start = out.len();
        let mut rest = n.to_vec();
        for _ in 0..width / per_chunk as usize {
            let mut r = div_small_in_place(&mut rest, powers[0][0]);
            for _ in 0..per_chunk {
                out.push(digit(r % radix, radix));
                r /= radix;
            }
        }
        out[start..].reverse();
        return;
    }
    // Both halves are below the next lower power.
    let lower = &powers[..powers.len() - 1];
    let (high, low) = div_mag(n, &lower[lower.len() - 1]);
    write_digits(&high, lower, radix, per_chunk, out);
    write_digits(&low, lower, radix, per_chunk, out);
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad_integral(!self.neg, "", &self.magnitude_str_radix(10))
    }
}

impl fmt::Debug for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use crate::BigInt;

    #[test]
    fn radixes() {
        let v = BigInt::from(-255i64);
        assert_eq!(v.magnitude_str_radix(16), "ff");
        assert_eq!(v.magnitude_str_radix(2), "11111111");
        assert_eq!(v.magnitude_str_radix(36), "73");
        assert_eq!(v.to_string(), "-255");
        assert_eq!(BigInt::ZERO.to_string(), "0");
        assert_eq!(format!("{:>6}", BigInt::from(42i64)), "    42");
        let big = BigInt::from(10u64).pow(38);
        assert_eq!(big.to_string(), format!("1{}", "0".repeat(38)));
        assert_eq!(big.magnitude_str_radix(8), format!("{:o}", 10u128.pow(38)));
        assert_eq!(big.magnitude_str_radix(32), "2b7d6agmk6oht0j2h280000000");
        assert_eq!(BigInt::from(u128::MAX).magnitude_str_radix(7), "3115512162124626343001006330151620356026315303");
    }

    #[test]
    fn parsing() {
        let p = |s: &str, radix| BigInt::from_digits(s.as_bytes(), radix);
        assert_eq!(p("3115512162124626343001006330151620356026315303", 7), Some(BigInt::from(u128::MAX)));
        assert_eq!(p("FFff", 16), Some(BigInt::from(65535u64)));
        assert_eq!(p("", 10), Some(BigInt::ZERO));
        assert_eq!(p("0000000000000000000000000000001", 10), Some(BigInt::from(1u64)));
        assert_eq!(p("1234567890123456789012345", 10), Some(BigInt::from(1234567890123456789012345u128)));
        assert_eq!(p("12a", 10), None);
        assert_eq!(p("-1", 10), None);
        assert_eq!(p("z", 36), Some(BigInt::from(35u64)));
    }
}
