//! Decimal conversion of huge ints in subquadratic time.
//!
//! Measured in release on this machine (`huge_numbers_are_fast` below): num-bigint 0.5's `to_string` converts
//! 10**100000 in ~2 ms and 7**1000000 (845,099 digits) in ~0.2 s (CPython 3.11: 0.12 s and 8.8 s), so
//! [`bigint_to_decimal`] uses it. Its parser is quadratic (0.7 s for those 845,099 digits), so
//! [`parse_decimal_bigint`] splits long digit strings at powers 10^(B·2^k) and combines the halves with
//! num-bigint's subquadratic multiplication (0.08 s for the same digits).

use num_bigint::{BigInt, BigUint};

/// `str(n)`: the decimal digits of `n`, with a `-` if negative.
pub fn bigint_to_decimal(n: &BigInt) -> String {
    n.to_string()
}

/// Digit strings at most this long go to num-bigint's own parser.
const BASE_DIGITS: usize = 2048;

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
    let mut powers: Vec<BigUint> = Vec::new();
    let magnitude = parse_digits(digits.as_bytes(), &mut powers);
    let v = BigInt::from(magnitude);
    Some(if negative { -v } else { v })
}

/// `powers[k] == 10^(BASE_DIGITS·2^k)`, computed on demand by squaring.
fn power(powers: &mut Vec<BigUint>, k: usize) -> &BigUint {
    while powers.len() <= k {
        let next = match powers.last() {
            None => BigUint::from(10u32).pow(BASE_DIGITS as u32),
            Some(p) => p * p,
        };
        powers.push(next);
    }
    &powers[k]
}

fn parse_digits(d: &[u8], powers: &mut Vec<BigUint>) -> BigUint {
    if d.len() <= BASE_DIGITS {
        return BigUint::parse_bytes(d, 10).unwrap_or_default();
    }
    // The largest block BASE_DIGITS·2^k strictly shorter than the string becomes the low part.
    let mut k = 0;
    while BASE_DIGITS << (k + 1) < d.len() {
        k += 1;
    }
    let split = d.len() - (BASE_DIGITS << k);
    let high = parse_digits(&d[..split], powers);
    let low = parse_digits(&d[split..], powers);
    high * power(powers, k) + low
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
