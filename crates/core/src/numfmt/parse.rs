//! `float(str)` and `int(str, base)`: Python's string rules.

use super::FormatError;
use crate::objects::bytes::skip;
use circuitpython_bigint::BigInt;

/// Python's whitespace stripping (`str.strip()` with no argument). The whitespace is ASCII, so the ends are
/// found byte by byte (with `str.strip`'s own scanner) and always fall on character boundaries.
fn strip(s: &str) -> &str {
    let b = s.as_bytes();
    let start = skip(b, 0, false, true);
    &s[start..skip(b, b.len(), true, true).max(start)]
}

/// Remove the underscores of a digit run, which Python allows only singly and between two digits.
/// `None` if an underscore is misplaced or there are no digits, or a character is not a digit in `radix`.
/// (A radix rather than a test closure: one copy of this for `int()` and `float()`.)
fn digits_without_underscores(run: &str, radix: u32) -> Option<String> {
    let b = run.as_bytes();
    if b.is_empty() || b[0] == b'_' || b[b.len() - 1] == b'_' {
        return None;
    }
    let mut out = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            if b[i - 1] == b'_' {
                return None;
            }
        } else if (c as char).is_digit(radix) {
            out.push(c as char);
        } else {
            return None;
        }
    }
    Some(out)
}

/// `float(s)` for a string: `None` when Python raises `ValueError` (the VM writes CircuitPython's `invalid
/// syntax for number`).
///
/// Accepts surrounding whitespace, a sign, decimal digits with single `_` between digits, an optional
/// fraction and exponent, and `inf`, `infinity`, `nan` in any case; no hexadecimal. Correctly rounded.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = strip(s);
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let (mantissa, exponent) = match lower.find('e') {
        Some(i) => (&lower[..i], Some(&lower[i + 1..])),
        None => (lower.as_str(), None),
    };
    let (int_run, frac_run) = match mantissa.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (mantissa, None),
    };
    let int_digits = if int_run.is_empty() { String::new() } else { digits_without_underscores(int_run, 10)? };
    let frac_digits = match frac_run {
        Some("") | None => String::new(),
        Some(f) => digits_without_underscores(f, 10)?,
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return None;
    }
    let mut clean = String::with_capacity(lower.len() + 2);
    if negative {
        clean.push('-');
    }
    clean.push_str(if int_digits.is_empty() { "0" } else { &int_digits });
    if !frac_digits.is_empty() {
        clean.push('.');
        clean.push_str(&frac_digits);
    }
    if let Some(e) = exponent {
        let (esign, erun) = match e.as_bytes().first() {
            Some(b'-') => ("-", &e[1..]),
            Some(b'+') => ("", &e[1..]),
            _ => ("", e),
        };
        let edigits = digits_without_underscores(erun, 10)?;
        clean.push('e');
        clean.push_str(esign);
        clean.push_str(&edigits);
    }
    circuitpython_parser::parse_decimal_float(&clean)
}

/// The value of a parsed int: small ones unboxed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntValue {
    /// Fits in an `i64`.
    Small(i64),
    /// Does not fit in an `i64`.
    Big(BigInt),
}

impl IntValue {
    /// The value as a `BigInt`, whichever variant it is.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntValue::Small(v) => BigInt::from(*v),
            IntValue::Big(b) => b.clone(),
        }
    }
}

/// `int(s, base)` for a string.
///
/// Base 0 detects `0b`/`0o`/`0x` prefixes and otherwise reads decimal without leading zeros (except for
/// zero itself); bases 2..=36 accept their own prefix (`int('0x1f', 16)`). Surrounding whitespace, a sign,
/// and single underscores between digits (or right after a prefix) are allowed.
///
/// Errors (`ValueError`), in CircuitPython's words: `base must be 2-36` (its argument validator), and
/// `invalid syntax for integer with base 10` (py/parsenum.c with its normal error reporting: the base the
/// digits were read in, after a `0x`/`0o`/`0b` prefix chose it, and not the text).
pub fn parse_int(s: &str, base: u32) -> Result<IntValue, FormatError> {
    if base == 1 || base > 36 {
        return Err(FormatError::value("base must be 2-36"));
    }
    let t = strip(s);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let b = body.as_bytes();
    let mut radix = base;
    let mut run = body;
    let mut prefixed = false;
    if b.len() >= 2 && b[0] == b'0' {
        let p = match b[1].to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if p != 0 && (base == 0 || base == p) {
            radix = p;
            run = &body[2..];
            prefixed = true;
        }
    }
    if radix == 0 {
        radix = 10;
    }
    let invalid = || FormatError::value(format!("invalid syntax for integer with base {radix}"));
    // After a prefix one underscore may come first: `0x_1f`.
    if prefixed && run.starts_with('_') {
        run = &run[1..];
    }
    let digits = digits_without_underscores(run, radix).ok_or_else(invalid)?;
    if base == 0 && !prefixed && digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|c| c != b'0') {
        return Err(invalid());
    }
    if digits.len() <= 18 || (radix == 16 && digits.len() <= 15) {
        if let Ok(v) = i64::from_str_radix(&digits, radix) {
            return Ok(IntValue::Small(if negative { -v } else { v }));
        }
    }
    let magnitude = BigInt::from_digits(digits.as_bytes(), radix).ok_or_else(invalid)?;
    let v = if negative { -magnitude } else { magnitude };
    Ok(match v.to_i64() {
        Some(small) => IntValue::Small(small),
        None => IntValue::Big(v),
    })
}

#[cfg(test)]
mod tests {
    use super::super::cases::{PARSE_FLOAT_CASES, PARSE_INT_CASES};
    use super::*;

    #[test]
    fn float_table() {
        for &(s, want) in PARSE_FLOAT_CASES {
            let got = parse_float(s);
            match (got, want) {
                (Some(g), Some(w)) => {
                    let w = f64::from_bits(w);
                    assert!(
                        g.to_bits() == w.to_bits() || (g.is_nan() && w.is_nan()),
                        "float({s:?}) = {g:?}, want {w:?}"
                    );
                }
                (None, None) => {}
                _ => panic!("float({s:?}) = {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn int_table() {
        for &(s, base, want) in PARSE_INT_CASES {
            let got = parse_int(s, base).map(|v| v.to_bigint().to_string()).map_err(|e| e.message);
            // The table has CPython's messages; CircuitPython words both errors its own way and names only
            // the base, not the literal (corpus: circuitpython/number_text_errors).
            let want = want.map_err(|e| {
                if e.starts_with("invalid literal") {
                    "invalid syntax for integer with base "
                } else {
                    "base must be 2-36"
                }
            });
            match (&got, want) {
                (Err(g), Err(w)) => assert!(g.starts_with(w), "int({s:?}, {base}): {g}"),
                _ => assert_eq!(got, want.map(str::to_string).map_err(str::to_string), "int({s:?}, {base})"),
            }
        }
    }

    #[test]
    fn small_and_big() {
        assert_eq!(parse_int("9223372036854775807", 10).unwrap(), IntValue::Small(i64::MAX));
        assert!(matches!(parse_int("9223372036854775808", 10).unwrap(), IntValue::Big(_)));
        assert_eq!(parse_int("-0x8000000000000000", 0).unwrap(), IntValue::Small(i64::MIN));
    }
}
