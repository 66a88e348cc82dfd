//! Conversion of huge ints to and from digits, decimal in subquadratic time.
//!
//! Measured in release on this machine (`huge_numbers_are_fast` below): num-bigint 0.5's `to_string` converts
//! 10**100000 in ~2 ms and 7**1000000 (845,099 digits) in ~0.2 s (CPython 3.11: 0.12 s and 8.8 s), so
//! [`bigint_to_decimal`] uses it. Its parser is quadratic (0.7 s for those 845,099 digits) and large, so
//! [`digits_value`] reads digits itself: power-of-two bases bit by bit, others in u64 chunks, and long
//! decimal strings split at powers 10^(B·2^k) whose halves are combined with num-bigint's subquadratic
//! multiplication (0.1 s for the same digits).

use crate::objects::int::big_pow;
use num_bigint::{BigInt, Sign};

/// `str(n)`: the decimal digits of `n`, with a `-` if negative.
pub fn bigint_to_decimal(n: &BigInt) -> String {
    n.to_string()
}

/// Parse a string of ASCII decimal digits, optionally signed (`-` or `+`), with no underscores or spaces.
/// `None` if it is empty or holds anything else.
pub fn parse_decimal_bigint(s: &str) -> Option<BigInt> {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v = digits_value(digits.as_bytes(), 10);
    Some(if negative { -v } else { v })
}

/// Decimal strings at most this long are read in chunks; longer ones are split.
const BASE_DIGITS: usize = 2048;

/// The value of a non-empty run of ASCII digits that are all valid in `radix` (2 to 36).
pub(crate) fn digits_value(d: &[u8], radix: u32) -> BigInt {
    let digit = |c: u8| (c as char).to_digit(radix).unwrap_or(0);
    if radix.is_power_of_two() {
        // Each digit is `bits` bits: packed into little-endian bytes from the last digit.
        let bits = radix.trailing_zeros();
        let mut bytes = Vec::with_capacity(d.len() * bits as usize / 8 + 1);
        let (mut acc, mut held) = (0u32, 0);
        for &c in d.iter().rev() {
            acc |= digit(c) << held;
            held += bits;
            while held >= 8 {
                bytes.push(acc as u8);
                acc >>= 8;
                held -= 8;
            }
        }
        bytes.push(acc as u8);
        return BigInt::from_bytes_le(Sign::Plus, &bytes);
    }
    if radix == 10 && d.len() > BASE_DIGITS {
        return split_decimal(d, &mut Vec::new());
    }
    // As many digits as a u64 holds at a time: n = n·radix^k + chunk.
    let mut n = BigInt::ZERO;
    let (mut chunk, mut scale) = (0u64, 1u64);
    for &c in d {
        if scale > u64::MAX / radix as u64 {
            n = &(&n * &BigInt::from(scale)) + &BigInt::from(chunk);
            (chunk, scale) = (0, 1);
        }
        chunk = chunk * radix as u64 + digit(c) as u64;
        scale *= radix as u64;
    }
    &(&n * &BigInt::from(scale)) + &BigInt::from(chunk)
}

/// `powers[k] == 10^(BASE_DIGITS·2^k)`, computed on demand by squaring.
fn power(powers: &mut Vec<BigInt>, k: usize) -> &BigInt {
    while powers.len() <= k {
        let next = match powers.last() {
            None => big_pow(&BigInt::from(10), BASE_DIGITS as u32),
            Some(p) => p * p,
        };
        powers.push(next);
    }
    &powers[k]
}

/// A long decimal digit string: the largest block BASE_DIGITS·2^k strictly shorter than it becomes the low
/// part, so both halves split again at the same powers.
fn split_decimal(d: &[u8], powers: &mut Vec<BigInt>) -> BigInt {
    if d.len() <= BASE_DIGITS {
        return digits_value(d, 10);
    }
    let mut k = 0;
    while BASE_DIGITS << (k + 1) < d.len() {
        k += 1;
    }
    let split = d.len() - (BASE_DIGITS << k);
    let high = split_decimal(&d[..split], powers);
    let low = split_decimal(&d[split..], powers);
    &(&high * power(powers, k)) + &low
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Pow};

    #[test]
    fn round_trips() {
        let mut x = BigInt::one();
        for i in 0..30_000u32 {
            x = x * 7 + i;
        }
        let s = bigint_to_decimal(&x);
        assert!(s.len() > 25_000);
        assert_eq!(parse_decimal_bigint(&s).unwrap(), x);
        let neg = format!("-{s}");
        assert_eq!(parse_decimal_bigint(&neg).unwrap(), -x);
        assert_eq!(parse_decimal_bigint("000123").unwrap(), BigInt::from(123));
        assert_eq!(parse_decimal_bigint(""), None);
        assert_eq!(parse_decimal_bigint("12a"), None);
    }

    /// Timing check: `cargo test --release -p circuitpython-core bigdec -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn huge_numbers_are_fast() {
        use std::time::Instant;
        for (base, exp) in [(10u32, 100_000u32), (7, 1_000_000)] {
            let n: BigInt = Pow::pow(BigInt::from(base), exp);
            let t = Instant::now();
            let s = bigint_to_decimal(&n);
            let to_str = t.elapsed();
            let t = Instant::now();
            let back = parse_decimal_bigint(&s).unwrap();
            let parse = t.elapsed();
            let t = Instant::now();
            let plain: BigInt = s.parse().unwrap();
            let plain_parse = t.elapsed();
            assert!(back == n && plain == n);
            eprintln!(
                "{base}**{exp}: {} digits, str {to_str:?}, parse {parse:?} (num-bigint alone {plain_parse:?})",
                s.len()
            );
            assert!(to_str.as_secs_f64() < 0.5 && parse.as_secs_f64() < 0.5);
        }
    }

    #[test]
    fn power_of_ten() {
        let n: BigInt = Pow::pow(BigInt::from(10u32), 10_000u32);
        let s = bigint_to_decimal(&n);
        assert_eq!(s.len(), 10_001);
        assert_eq!(parse_decimal_bigint(&s).unwrap(), n);
    }
}
