//! Decimal text to the nearest `f64` (ties to even), exactly, for every input: float literals here, and
//! `float()`, `round()`, `json` and the board's `--input` times in the crates above.
//!
//! It lives in the parser crate because the lexer needs it (the AST carries float literals as `f64`, so the
//! compiler and the parser tests keep working on values) and every other crate depends on this one; its
//! exact slow path divides circuitpython-bigint integers, the interpreter's own ints. Rust's
//! `str::parse::<f64>` is avoided on purpose: it links core's Eisel-Lemire code and its 10 KB table of
//! powers of five into the WebAssembly module.

use circuitpython_bigint::BigInt;

/// Significant digits kept: a value halfway between two doubles has at most 767 of them, so cutting longer
/// inputs here and remembering whether a non-zero digit was dropped cannot move the value across one.
const MAX_DIGITS: usize = 800;

/// Exponents are read up to this magnitude; anything larger is already far beyond overflow or underflow.
const MAX_EXPONENT: i64 = 1_000_000_000;

/// Parse `[+-]digits[.digits][(e|E)[+-]digits]` (at least one mantissa digit; `1.` and `.5` are fine) to the
/// nearest double, overflowing to infinity and underflowing to zero. `None` for anything else: underscores,
/// spaces and `inf`/`nan` are the callers' business.
pub fn parse_decimal_float(text: &str) -> Option<f64> {
    parse_decimal_bytes(text.as_bytes())
}

/// [`parse_decimal_float`] for ASCII text the lexer has collected as bytes.
pub(crate) fn parse_decimal_bytes(b: &[u8]) -> Option<f64> {
    let (negative, mut i) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    // The value is `digits × 10^exp10`; `digits` has no leading zeros.
    let mut digits: Vec<u8> = Vec::new();
    let mut exp10: i64 = 0;
    let mut any_digit = false;
    let mut after_point = false;
    let mut dropped_nonzero = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            any_digit = true;
            if digits.len() < MAX_DIGITS && !(digits.is_empty() && c == b'0') {
                digits.push(c - b'0');
                exp10 -= after_point as i64;
            } else if digits.is_empty() {
                exp10 -= after_point as i64;
            } else {
                dropped_nonzero |= c != b'0';
                exp10 += !after_point as i64;
            }
        } else if c == b'.' && !after_point {
            after_point = true;
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if i < b.len() && (b[i] | 0x20) == b'e' {
        i += 1;
        let exp_negative = b.get(i) == Some(&b'-');
        i += matches!(b.get(i), Some(b'-' | b'+')) as usize;
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + (b[i] - b'0') as i64).min(MAX_EXPONENT);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp10 += if exp_negative { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    if dropped_nonzero {
        // A trailing 1 one place further stands for the dropped digits: it keeps the value strictly between
        // the same two neighbours of the cut, and no halfway point lies there.
        digits.push(1);
        exp10 -= 1;
    } else {
        while digits.last() == Some(&0) {
            digits.pop();
            exp10 += 1;
        }
    }
    let value = digits_to_f64(&digits, exp10);
    Some(if negative { -value } else { value })
}

/// `digits × 10^exp10` (digit values 0..=9, no leading zeros, at most `MAX_DIGITS + 1`) to the nearest double.
fn digits_to_f64(digits: &[u8], exp10: i64) -> f64 {
    let n = digits.len() as i64;
    if n == 0 || n + exp10 < -324 {
        // Below 10^-325, under half the smallest subnormal (2^-1074 ≈ 4.9e-324).
        return 0.0;
    }
    if n + exp10 > 310 {
        // At least 10^310, past the largest double (≈ 1.8e308).
        return f64::INFINITY;
    }
    // Clinger's fast path: both the mantissa and the power of ten are exact doubles, so one correctly
    // rounded multiplication or division gives the correctly rounded result.
    if n <= 19 {
        let mantissa = digits.iter().fold(0u64, |m, &d| m * 10 + d as u64);
        if mantissa < 1 << 53 && exp10.abs() <= 22 {
            let power = (0..exp10.abs()).fold(1.0f64, |p, _| p * 10.0);
            let m = mantissa as f64;
            return if exp10 < 0 { m / power } else { m * power };
        }
        // repr() output (17 digits) and most JSON numbers: the exact quotient fits in u128.
        if let Some((quotient, inexact, k)) = quotient_u128(mantissa, exp10) {
            return round_quotient(quotient, inexact, k);
        }
    }
    let (quotient, inexact, k) = quotient_big(digits, exp10);
    round_quotient(quotient, inexact, k)
}

/// The binary exponent `k` that puts `num / 2^k` in [2^54, 2^56) given the operands' bit lengths (or lower,
/// for subnormals, where it stops at -1076 so that the last kept bit is the 2^-1074 place).
fn quotient_exponent(num_bits: usize, den_bits: usize) -> i64 {
    (num_bits as i64 - den_bits as i64 - 55).max(-1076)
}

/// `(floor(value / 2^k), value / 2^k is not an integer, k)` for `value = mantissa × 10^exp10`, when the
/// scaled operands fit in u128.
fn quotient_u128(mantissa: u64, exp10: i64) -> Option<(u64, bool, i64)> {
    let power = 10u128.checked_pow(u32::try_from(exp10.unsigned_abs()).ok()?)?;
    let (mut num, mut den) =
        if exp10 < 0 { (mantissa as u128, power) } else { ((mantissa as u128).checked_mul(power)?, 1) };
    let k = quotient_exponent((128 - num.leading_zeros()) as usize, (128 - den.leading_zeros()) as usize);
    let shifted = if k > 0 { &mut den } else { &mut num };
    let shift = k.unsigned_abs();
    if shift >= shifted.leading_zeros() as u64 {
        return None;
    }
    *shifted <<= shift;
    Some(((num / den) as u64, num % den != 0, k))
}

/// [`quotient_u128`] for any digits (at most `MAX_DIGITS + 1`) and exponent (within the range that
/// [`digits_to_f64`] lets through): `value = num / den` with big integers, and one long division for the
/// 56 quotient bits.
fn quotient_big(digits: &[u8], exp10: i64) -> (u64, bool, i64) {
    let text: Vec<u8> = digits.iter().map(|d| d + b'0').collect();
    let mut num = BigInt::from_digits(&text, 10).unwrap_or_default();
    let mut den = BigInt::from(1u64);
    let power = BigInt::from(10u64).pow(exp10.unsigned_abs() as u32);
    if exp10 < 0 {
        den = power;
    } else {
        num = &num * &power;
    }
    let k = quotient_exponent(num.bits() as usize, den.bits() as usize);
    if k > 0 {
        den = &den << k as usize;
    } else {
        num = &num << (-k) as usize;
    }
    // num / den < 2^56 by the choice of k.
    let (quotient, rem) = num.div_rem(&den);
    (quotient.to_u64().unwrap_or(0), !rem.is_zero(), k)
}

/// The double nearest to `(quotient + δ) × 2^k`, with 0 < δ < 1 when `inexact` (else δ = 0), for a
/// quotient below 2^56 from [`quotient_exponent`]'s `k`.
fn round_quotient(quotient: u64, inexact: bool, k: i64) -> f64 {
    // Keep 53 bits (fewer for subnormals, whose binary exponent cannot go below -1074); `shift` is 2 or 3.
    let quotient_bits = 64 - quotient.leading_zeros() as i64;
    let shift = (quotient_bits - 53).max(-1074 - k).clamp(1, 63);
    let mut mantissa = quotient >> shift;
    let low = quotient & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    if low > half || (low == half && (inexact || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    let exp2 = k + shift;
    if exp2 > 971 {
        return f64::INFINITY;
    }
    // With the biased exponent one below the field: a normal 53-bit mantissa adds its implicit bit, a
    // subnormal one (exp2 == -1074) adds nothing, and a mantissa that rounded up to 2^53 carries into the
    // exponent (up to infinity's bit pattern), all by plain addition.
    f64::from_bits((((exp2 + 1074) as u64) << 52) + mantissa)
}

#[cfg(test)]
mod tests {
    use super::parse_decimal_float as p;

    fn bits(text: &str) -> u64 {
        p(text).unwrap().to_bits()
    }

    #[test]
    fn fast_and_slow_paths() {
        assert_eq!(p("1.5"), Some(1.5));
        assert_eq!(p("-.5"), Some(-0.5));
        assert_eq!(p("1."), Some(1.0));
        assert_eq!(p("+1e-3"), Some(0.001));
        assert_eq!(p("0.1"), Some(0.1));
        assert_eq!(p("1e23"), Some(1e23));
        assert_eq!(p("8.98846567431158e307"), Some(8.98846567431158e307));
        assert_eq!(p("123456789012345678901234567890"), Some(1.2345678901234568e29));
        assert_eq!(p("1.7976931348623157e308"), Some(f64::MAX));
        assert_eq!(p("1.7976931348623159e308"), Some(f64::INFINITY));
        assert_eq!(p("2.2250738585072011e-308"), Some(2.225073858507201e-308));
        assert_eq!(p("0e999999999999999999"), Some(0.0));
        assert_eq!(p("-0.0").map(f64::to_bits), Some((-0.0f64).to_bits()));
    }

    #[test]
    fn subnormals_and_limits() {
        assert_eq!(bits("5e-324"), 1);
        assert_eq!(bits("2.4703282292062328e-324"), 1); // just above half the smallest subnormal
        assert_eq!(bits("2.4703282292062327e-324"), 0); // just below
        assert_eq!(bits("4.9406564584124654e-324"), 1);
        assert_eq!(bits("7.4109846876186982e-324"), 2); // halfway between 1 and 2 ulps: to even
        assert_eq!(p("1e999999999"), Some(f64::INFINITY));
        assert_eq!(p("1e-999999999"), Some(0.0));
        assert_eq!(p("1e-99999999999999999999999999"), Some(0.0));
    }

    #[test]
    fn long_digit_strings_round_on_the_dropped_digits() {
        // 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties go to the even 2^53, anything above goes up.
        let half = "9007199254740993";
        assert_eq!(p(half), Some(9007199254740992.0));
        let above = format!("{half}.{}1", "0".repeat(900));
        assert_eq!(p(&above), Some(9007199254740994.0));
        let zeros = format!("{half}.{}", "0".repeat(900));
        assert_eq!(p(&zeros), Some(9007199254740992.0));
    }

    /// The big-integer path against std's parser (correctly rounded too; used only here): long mantissas
    /// and exponents across the whole range, from a deterministic generator.
    #[test]
    fn slow_path_matches_std() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = 1 + (next() % 60) as usize;
            let digits: String = (0..len).map(|_| char::from(b'0' + (next() % 10) as u8)).collect();
            let exp = (next() % 680) as i64 - 360;
            let text = format!("{digits}e{exp}");
            let want: f64 = text.parse().unwrap();
            assert_eq!(p(&text).map(f64::to_bits), Some(want.to_bits()), "{text}");
        }
    }

    #[test]
    fn rejects_non_numbers() {
        for bad in ["", ".", "-", "e5", "1e", "1e+", "1..2", "1.2.3", "1_0", " 1", "inf", "nan", "0x10"] {
            assert_eq!(p(bad), None, "{bad:?}");
        }
    }
}
