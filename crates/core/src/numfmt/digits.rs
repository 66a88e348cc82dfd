//! Decimal digit generation for floats and Python's layout of them (`repr`, and the bodies of `e f g` and
//! the untyped `format()` presentation). All functions here work on the absolute value; signs, padding and
//! grouping are applied by the callers.

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
    // Rust's formatter refuses precisions above u16::MAX (it panics); past EXACT_DIGITS every digit is 0.
    let s = format!("{:.*e}", precision.min(EXACT_DIGITS), x);
    let (mant, e) = s.split_once('e').unwrap_or((&s, "0"));
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    digits.extend(std::iter::repeat_n('0', precision.saturating_sub(EXACT_DIGITS)));
    (digits, e.parse().unwrap_or(0))
}

/// Enough decimal places to write any finite f64 exactly (the smallest subnormal, 2^-1074, has 1074 fraction
/// digits, 751 of them significant): more precision only appends zeros.
const EXACT_DIGITS: usize = 1100;

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
            let mut s = format!("{:.*}", p.min(EXACT_DIGITS), x);
            s.extend(std::iter::repeat_n('0', p.saturating_sub(EXACT_DIGITS)));
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
    fn shortest_digits_of_zero_and_powers() {
        assert_eq!(shortest_digits(0.0), ("0".to_string(), 0));
        assert_eq!(shortest_digits(1e16), ("1".to_string(), 16));
        assert_eq!(shortest_digits(0.00012), ("12".to_string(), -4));
    }
}
