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
    // The exact value rounded to a multiple of 10^-ndigits, then back to the nearest double.
    let digits = super::digits::rounded_scaled_digits(x.abs(), ndigits);
    let magnitude =
        circuitpython_parser::parse_decimal_float(&format!("{digits}e{}", -ndigits)).unwrap_or(f64::INFINITY);
    let rounded = if x < 0.0 { -magnitude } else { magnitude };
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
