//! Decimal text of ints of any size: `str(int)`, and the strict reader that JSON and the JavaScript bridge
//! use. Both are circuitpython-bigint's chunked conversions (9 digits per step): quadratic, but str(3**100000)
//! (47,713 digits) takes milliseconds; see `huge_numbers_are_fast` below for the larger sizes.

use circuitpython_bigint::BigInt;

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
    if digits.is_empty() {
        return None;
    }
    let v = BigInt::from_digits(digits.as_bytes(), 10)?;
    Some(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut x = BigInt::from(1u64);
        for i in 0..30_000u64 {
            x = &(&x * &BigInt::from(7u64)) + &BigInt::from(i);
        }
        let s = bigint_to_decimal(&x);
        assert!(s.len() > 25_000);
        assert_eq!(parse_decimal_bigint(&s).unwrap(), x);
        let neg = format!("-{s}");
        assert_eq!(parse_decimal_bigint(&neg).unwrap(), -x);
        assert_eq!(parse_decimal_bigint("000123").unwrap(), BigInt::from(123u64));
        assert_eq!(parse_decimal_bigint("+7").unwrap(), BigInt::from(7u64));
        assert_eq!(parse_decimal_bigint(""), None);
        assert_eq!(parse_decimal_bigint("-"), None);
        assert_eq!(parse_decimal_bigint("12a"), None);
    }

    /// Timing check: `cargo test --release -p circuitpython-core bigdec -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn huge_numbers_are_fast() {
        use std::time::Instant;
        for (base, exp) in [(3u64, 100_000u32), (10, 100_000), (7, 300_000)] {
            let n = BigInt::from(base).pow(exp);
            let t = Instant::now();
            let s = bigint_to_decimal(&n);
            let to_str = t.elapsed();
            let t = Instant::now();
            let back = parse_decimal_bigint(&s).unwrap();
            let parse = t.elapsed();
            assert!(back == n);
            eprintln!("{base}**{exp}: {} digits, str {to_str:?}, parse {parse:?}", s.len());
            assert!(to_str.as_secs_f64() < 2.0 && parse.as_secs_f64() < 2.0);
        }
    }

    #[test]
    fn power_of_ten() {
        let n = BigInt::from(10u64).pow(10_000);
        let s = bigint_to_decimal(&n);
        assert_eq!(s.len(), 10_001);
        assert_eq!(parse_decimal_bigint(&s).unwrap(), n);
    }
}
