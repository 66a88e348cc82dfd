//! Digits in a radix from 2 to 36 (lower case), and `Display`/`Debug` in decimal. Power-of-two radixes read
//! the bits directly; the others divide repeatedly by the largest power of the radix that fits in a limb
//! (10^9 for decimal), which is quadratic but cheap per step: 3**100000 (47,713 digits) takes milliseconds.

use crate::div::div_small_in_place;
use crate::BigInt;
use std::fmt;

impl BigInt {
    /// The digits of |self| in `radix` (2 to 36), lower case, without sign or prefix ("0" for zero).
    pub fn magnitude_str_radix(&self, radix: u32) -> String {
        assert!((2..=36).contains(&radix), "radix out of range");
        let digit = |d: u32| char::from_digit(d, radix).unwrap_or('?');
        if self.is_zero() {
            return "0".to_string();
        }
        if radix.is_power_of_two() {
            let k = radix.trailing_zeros() as u64;
            let count = self.bits().div_ceil(k);
            return (0..count)
                .rev()
                .map(|i| digit((0..k).fold(0, |d, b| d | (self.bit(i * k + b) as u32) << b)))
                .collect();
        }
        // chunk = radix^per_chunk, the largest power of the radix below 2^32.
        let (mut chunk, mut per_chunk) = (radix, 1);
        while let Some(next) = chunk.checked_mul(radix) {
            (chunk, per_chunk) = (next, per_chunk + 1);
        }
        // Remainders of repeated division, least significant first, each per_chunk digits wide.
        let mut rest = self.mag.clone();
        let mut out = Vec::with_capacity(self.mag.len() * 10 * 32 / radix.ilog2() as usize / 10 + 1);
        while !rest.is_empty() {
            let mut r = div_small_in_place(&mut rest, chunk);
            crate::trim(&mut rest);
            let last = rest.is_empty();
            for _ in 0..per_chunk {
                if last && r == 0 {
                    break;
                }
                out.push(digit(r % radix) as u8);
                r /= radix;
            }
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }
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
}
