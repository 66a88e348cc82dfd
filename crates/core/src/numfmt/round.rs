//! `round(x, ndigits)` for floats.

use super::FormatError;

/// Python's `round(x, ndigits)` for a float: the exact binary value rounded to `ndigits` decimal places,
/// ties to even (`round(2.675, 2) == 2.67` because 2.675 is really 2.67499999…; `round(0.5, 0) == 0.0`,
/// `round(1.5, 0) == 2.0`). Negative `ndigits` round to tens, hundreds, … Non-finite values come back
/// unchanged; the sign of a zero result follows `x`.
///
/// Errors: `OverflowError` `rounded value too large to represent` (e.g. `round(1.7e308, -308)`).
/// (`round(x)` without `ndigits` returns an int: the VM does that with `f64::round_ties_even`.)
pub fn round_half_even(x: f64, ndigits: i32) -> Result<f64, FormatError> {
    // Beyond these the result is x itself, or a zero (as in CPython).
    const NDIGITS_MAX: i32 = 323;
    const NDIGITS_MIN: i32 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded: f64 = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x).parse().unwrap_or(x)
    } else {
        // Round to a multiple of 10^k: keep the significant digits above that position.
        let k = -ndigits;
        let exp = super::digits::exp_digits(x.abs(), 0).1;
        // `exp` from a one-digit rounding may be one too high; recompute from the exact leading digits.
        let exact_exp = super::digits::exp_digits(x.abs(), 30).1.min(exp);
        let keep = exact_exp - k + 1;
        let sign = if x < 0.0 { "-" } else { "" };
        if keep <= 0 {
            // |x| < 10^k: the result is 0 or 10^k; it is 10^k only above the exact half (ties go to 0).
            let half = keep == 0 && {
                let (d, _) = super::digits::exp_digits(x.abs(), 800);
                d.as_bytes()[0] > b'5' || (d.as_bytes()[0] == b'5' && d[1..].bytes().any(|c| c != b'0'))
            };
            if half {
                format!("{sign}1e{k}").parse().unwrap_or(f64::INFINITY)
            } else {
                0.0 * x
            }
        } else {
            let (digits, e) = super::digits::exp_digits(x.abs(), (keep - 1) as usize);
            format!("{sign}{digits}e{}", e - digits.len() as i32 + 1).parse().unwrap_or(f64::INFINITY)
        }
    };
    if rounded.is_infinite() {
        return Err(FormatError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

#[cfg(test)]
mod tests {
    use super::super::cases::ROUND_CASES;
    use super::*;

    #[test]
    fn table() {
        for &(xb, n, want) in ROUND_CASES {
            let x = f64::from_bits(xb);
            let got = round_half_even(x, n);
            match (got, want) {
                (Ok(g), Ok(w)) => assert_eq!(g.to_bits(), w, "round({x:?}, {n}) = {g:?}, want {:?}", f64::from_bits(w)),
                (Err(e), Err(w)) => assert_eq!(e.kind.name(), w),
                (g, w) => panic!("round({x:?}, {n}) = {g:?}, want {w:?}"),
            }
        }
    }

    #[test]
    fn examples() {
        assert_eq!(round_half_even(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_half_even(0.5, 0).unwrap(), 0.0);
        assert_eq!(round_half_even(1.5, 0).unwrap(), 2.0);
        assert_eq!(round_half_even(1250.0, -2).unwrap(), 1200.0);
        assert!(round_half_even(-0.4, 0).unwrap().is_sign_negative());
    }
}
