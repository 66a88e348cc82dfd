//! Decimal digit generation for floats and Python's layout of them (`repr`, and the bodies of `e f g` and
//! the untyped `format()` presentation). All functions here work on the absolute value; signs, padding and
//! grouping are applied by the callers.

use crate::objects::int::big_div_round_even;
use circuitpython_bigint::BigInt;

/// `repr(x)` for a Python float, which is also `str(x)`.
///
/// Uses the shortest digit string that round-trips (from `ryu`) and Python's layout: fixed notation when
/// the decimal exponent is in `-4..16` (always with a `.0` if integral), exponent notation otherwise with a
/// sign and at least two exponent digits (`1e+16`, `1e-05`, `1.5e-07`); `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let body = if x.is_infinite() { "inf".to_string() } else { repr_body(x.abs(), false) };
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// The repr layout of a finite non-negative float (`alt` adds a `.` to a one-digit exponent form).
pub(crate) fn repr_body(x: f64, alt: bool) -> String {
    let (digits, exp) = shortest_digits(x);
    let use_exp = !(-4..16).contains(&exp);
    layout(&digits, exp, use_exp, alt, true, false)
}

/// Shortest round-trip digits of a finite non-negative float: `(digits, exp)` with the value equal to
/// `d.ddd × 10^exp`; no leading or trailing zeros except for zero itself (`("0", 0)`).
pub(crate) fn shortest_digits(x: f64) -> (String, i32) {
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(x);
    let (mant, e10) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let all: String = format!("{int_part}{frac_part}");
    let lead = all.bytes().take_while(|&b| b == b'0').count();
    let digits = all[lead..].trim_end_matches('0');
    if digits.is_empty() {
        return ("0".to_string(), 0);
    }
    let exp = int_part.len() as i32 - 1 - lead as i32 + e10;
    (digits.to_string(), exp)
}

/// `precision + 1` significant digits of a finite non-negative float, correctly rounded (ties to even on
/// the exact binary value): `(digits, exp)` with the value `d.ddd × 10^exp`.
pub(crate) fn exp_digits(x: f64, precision: usize) -> (String, i32) {
    // Past EXACT_DIGITS every digit is 0 (and the big-integer work would only grow).
    let p = precision.min(EXACT_DIGITS);
    let zeros = precision - p;
    if x == 0.0 {
        return ("0".repeat(precision + 1), 0);
    }
    // floor(floor(log2 x) · log10 2) is floor(log10 x) or one below it, and a rounding carry (9.99 → 10.0)
    // can add one more: while there is a digit too many the exponent goes up (at most twice).
    let (mantissa, exp2) = decompose(x);
    let log2 = 63 - mantissa.leading_zeros() as i32 + exp2;
    let mut exp = (log2 * LOG10_2_FIXED) >> 18;
    let mut digits = rounded_scaled_digits(x, p as i32 - exp);
    while digits.len() > p + 1 {
        exp += 1;
        digits = rounded_scaled_digits(x, p as i32 - exp);
    }
    digits.extend(std::iter::repeat_n('0', zeros));
    (digits, exp)
}

/// Enough decimal places to write any finite f64 exactly (the smallest subnormal, 2^-1074, has 1074 fraction
/// digits, 751 of them significant): more precision only appends zeros.
const EXACT_DIGITS: usize = 1100;

/// log10(2) in 18-bit fixed point, rounded down: `(n * LOG10_2_FIXED) >> 18 == floor(n * log10 2)` for
/// |n| ≤ 1200 (checked exhaustively), enough for the binary exponents of doubles.
const LOG10_2_FIXED: i32 = 78913;

/// `x` in fixed notation with `precision` digits after the point, correctly rounded (ties to even on the
/// exact binary value), as `format(x, '.{precision}f')` writes it for a finite non-negative float.
pub(crate) fn fixed_digits(x: f64, precision: usize) -> String {
    let p = precision.min(EXACT_DIGITS);
    let mut s = rounded_scaled_digits(x, p as i32);
    if p > 0 {
        if s.len() <= p {
            s.insert_str(0, &"0".repeat(p + 1 - s.len()));
        }
        s.insert(s.len() - p, '.');
    }
    s.extend(std::iter::repeat_n('0', precision - p));
    s
}

/// `x == mantissa × 2^exp2` for a finite non-negative float (subnormals included).
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    }
}

/// The decimal digits of `x × 10^scale` rounded to an integer, ties to even (`"0"` for zero), for a finite
/// non-negative `x` and `scale` within about ±1500. Exact: `x × 10^scale = mantissa × 5^scale × 2^(exp2 +
/// scale)` is a quotient of integers, so the integer part and the remainder decide the rounding. In u128
/// when those integers fit (`'%.2f' % 23.456789`, most `e` and `g` formats), big integers otherwise.
pub(crate) fn rounded_scaled_digits(x: f64, scale: i32) -> String {
    let (mantissa, exp2) = decompose(x);
    if mantissa == 0 {
        return "0".to_string();
    }
    let twos = exp2 + scale;
    if let Some(q) = rounded_quotient_u128(mantissa, scale, twos) {
        // u64's digits are written without u128 division, several times faster; the rare larger quotients
        // go through BigInt, whose digits are linked anyway, rather than linking u128's own formatter.
        return u64::try_from(q).map_or_else(|_| BigInt::from(q).to_string(), |q| q.to_string());
    }
    let fives = BigInt::from(5u64).pow(scale.unsigned_abs());
    let (mut num, mut den) = (BigInt::from(mantissa), BigInt::from(1u64));
    if scale >= 0 {
        num = &num * &fives;
    } else {
        den = fives;
    }
    if twos >= 0 {
        num = &num << twos as usize;
    } else {
        den = &den << twos.unsigned_abs() as usize;
    }
    big_div_round_even(&num, &den).to_string()
}

/// `mantissa × 5^fives × 2^twos` rounded to an integer, ties to even, when every intermediate fits a u128.
fn rounded_quotient_u128(mantissa: u64, fives: i32, twos: i32) -> Option<u128> {
    let power_of_five = 5u128.checked_pow(fives.unsigned_abs())?;
    let (mut num, mut den) = (mantissa as u128, 1u128);
    if fives >= 0 {
        num = num.checked_mul(power_of_five)?;
    } else {
        den = power_of_five;
    }
    if twos >= 0 {
        if twos >= 128 || num.leading_zeros() < twos as u32 {
            return None;
        }
        num <<= twos;
    } else {
        den = den.checked_mul(1u128.checked_shl(twos.unsigned_abs())?)?;
    }
    let (q, r) = (num / den, num % den);
    // r and den - r compare the remainder with half the divisor without overflowing.
    Some(q + (r > den - r || (r == den - r && q & 1 == 1)) as u128)
}

/// Append Python's exponent suffix: `e`, a sign and at least two digits.
fn push_exponent(out: &mut String, exp: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// Lay out `digits` (value `d.ddd × 10^exp`) in exponent or fixed notation.
///
/// `alt` keeps a decimal point even with no digits after it; `add_dot_0` writes `.0` after an integral fixed
/// value (repr and the untyped presentation).
pub(crate) fn layout(digits: &str, exp: i32, use_exp: bool, alt: bool, add_dot_0: bool, upper: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 8);
    if use_exp {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        } else if alt {
            out.push('.');
        }
        push_exponent(&mut out, exp, upper);
        return out;
    }
    if exp >= 0 {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', int_len - digits.len()));
            if add_dot_0 {
                out.push_str(".0");
            } else if alt {
                out.push('.');
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(digits);
    }
    out
}

/// The `g` presentation with `precision` significant digits (at least 1).
///
/// `add_dot_0` is the untyped presentation with a precision: it switches to exponent notation one exponent
/// earlier and writes `.0` after integral values.
pub(crate) fn general_body(x: f64, precision: usize, alt: bool, add_dot_0: bool, upper: bool) -> String {
    let p = precision.max(1);
    let (mut digits, exp) = exp_digits(x, p - 1);
    let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
    let use_exp = exp < -4 || exp as i64 >= limit;
    if !alt {
        let trimmed = digits.trim_end_matches('0').len().max(1);
        digits.truncate(trimmed);
    }
    layout(&digits, exp, use_exp, alt, add_dot_0, upper)
}

/// The body of a finite non-negative float for a float presentation type (`e E f F g G n %` or `None`).
pub(crate) fn float_body(x: f64, ty: Option<char>, precision: Option<usize>, alt: bool) -> String {
    match ty {
        Some(t @ ('e' | 'E')) => {
            let p = precision.unwrap_or(6);
            let (digits, exp) = exp_digits(x, p);
            layout(&digits, exp, true, alt, false, t == 'E')
        }
        Some('f' | 'F' | '%') => {
            let p = precision.unwrap_or(6);
            let mut s = fixed_digits(x, p);
            if alt && p == 0 {
                s.push('.');
            }
            s
        }
        Some(t @ ('g' | 'G' | 'n')) => general_body(x, precision.unwrap_or(6), alt, false, t == 'G'),
        _ => match precision {
            None => repr_body(x, alt),
            Some(p) => general_body(x, p, alt, true, false),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numfmt::cases::REPR_CASES;

    #[test]
    fn repr_table() {
        for &(bits, want) in REPR_CASES {
            let x = f64::from_bits(bits);
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }

    #[test]
    fn repr_layout() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(1.5e-7), "1.5e-07");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
        assert_eq!(float_repr(1234567890123456.8), "1234567890123456.8");
        assert_eq!(float_repr(5e-324), "5e-324");
    }

    #[test]
    fn exact_digits_round_ties_to_even() {
        assert_eq!(fixed_digits(0.125, 2), "0.12");
        assert_eq!(fixed_digits(0.375, 2), "0.38");
        assert_eq!(fixed_digits(2.675, 2), "2.67"); // really 2.67499999…
        assert_eq!(fixed_digits(0.0, 3), "0.000");
        assert_eq!(fixed_digits(1e-30, 3), "0.000"); // past u128: big integers
        assert_eq!(fixed_digits(1e18, 2), "1000000000000000000.00"); // a u128 quotient past u64
        assert_eq!(exp_digits(9.5, 0), ("1".to_string(), 1)); // the carry raises the exponent
        assert_eq!(exp_digits(5e-324, 2), ("494".to_string(), -324));
        assert_eq!(rounded_scaled_digits(1e23, -22), "10");
    }

    #[test]
    fn shortest_digits_of_zero_and_powers() {
        assert_eq!(shortest_digits(0.0), ("0".to_string(), 0));
        assert_eq!(shortest_digits(1e16), ("1".to_string(), 16));
        assert_eq!(shortest_digits(0.00012), ("12".to_string(), -4));
    }
}
