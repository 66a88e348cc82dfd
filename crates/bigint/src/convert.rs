//! Conversions to and from machine integers and `f64` (correctly rounded, half to even, as Python's
//! `float(int)`).

use crate::BigInt;

impl From<u128> for BigInt {
    fn from(v: u128) -> BigInt {
        BigInt::from_limbs(false, (0..4).map(|i| (v >> (32 * i)) as u32).collect())
    }
}

impl From<i128> for BigInt {
    fn from(v: i128) -> BigInt {
        let mut b = BigInt::from(v.unsigned_abs());
        b.neg = v < 0;
        b
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> BigInt {
        BigInt::from(v as u128)
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> BigInt {
        BigInt::from(v as i128)
    }
}

impl BigInt {
    /// |self| if it fits in 64 bits.
    pub fn magnitude_u64(&self) -> Option<u64> {
        match self.mag[..] {
            [] => Some(0),
            [lo] => Some(lo as u64),
            [lo, hi] => Some(((hi as u64) << 32) | lo as u64),
            _ => None,
        }
    }

    pub fn to_u64(&self) -> Option<u64> {
        self.magnitude_u64().filter(|_| !self.neg)
    }

    pub fn to_i64(&self) -> Option<i64> {
        let m = self.magnitude_u64()?;
        if self.neg {
            // -2^63 is the one negative number whose magnitude is not an i64.
            (m <= 1 << 63).then(|| (m as i64).wrapping_neg())
        } else {
            i64::try_from(m).ok()
        }
    }

    pub fn to_u32(&self) -> Option<u32> {
        self.to_u64().and_then(|v| u32::try_from(v).ok())
    }

    pub fn to_i32(&self) -> Option<i32> {
        self.to_i64().and_then(|v| i32::try_from(v).ok())
    }

    /// The nearest `f64`, ties to even; ±infinity when that is beyond the largest finite `f64`.
    pub fn to_f64(&self) -> f64 {
        let bits = self.bits();
        let f = if bits <= 64 {
            // u64 → f64 rounds to nearest, ties to even.
            self.magnitude_u64().unwrap_or(0) as f64
        } else if bits > 1024 {
            f64::INFINITY
        } else {
            // The top 64 bits, with the lowest one set if any bit below them is: the u64 → f64 rounding
            // then sees a tie only when the value really is halfway. Scaling by a power of two is exact
            // (and gives infinity when the rounding reached 2^1024).
            let shift = bits - 64;
            let top = (&self.abs() >> shift as usize).magnitude_u64().unwrap_or(0);
            let m = top | self.any_bit_below(shift as usize) as u64;
            m as f64 * f64::from_bits((1023 + shift) << 52)
        };
        if self.neg {
            -f
        } else {
            f
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::BigInt;

    #[test]
    fn machine_integers() {
        for v in [0i64, 1, -1, i64::MAX, i64::MIN, 1 << 32, -(1 << 32)] {
            assert_eq!(BigInt::from(v).to_i64(), Some(v));
        }
        assert_eq!(BigInt::from(u64::MAX).to_i64(), None);
        assert_eq!(BigInt::from(u64::MAX).to_u64(), Some(u64::MAX));
        assert_eq!(BigInt::from(-1i64).to_u64(), None);
        assert_eq!(BigInt::from(-(1i128 << 63) - 1).to_i64(), None);
        assert_eq!(BigInt::from(1u64 << 32).to_u32(), None);
        assert_eq!(BigInt::from(-5i64).to_i32(), Some(-5));
    }

    #[test]
    fn floats_round_half_even() {
        let two53 = 1i128 << 53;
        assert_eq!(BigInt::from(two53 + 1).to_f64(), 9007199254740992.0);
        assert_eq!(BigInt::from(two53 + 3).to_f64(), 9007199254740996.0);
        // 2^80 + 2^27 is a tie (rounds to even 2^80); one more unit is above the tie.
        assert_eq!(BigInt::from((1i128 << 80) + (1 << 27)).to_f64(), 2f64.powi(80));
        assert_eq!(BigInt::from((1i128 << 80) + (1 << 27) + 1).to_f64(), 2f64.powi(80) + 2f64.powi(28));
        assert_eq!(BigInt::from(-(1i128 << 100)).to_f64(), -(2f64.powi(100)));
        let max = &BigInt::from(1u64) << 1024;
        // f64::MAX is 2^1024 - 2^971: halfway from it to 2^1024 rounds to the even 2^1024, which overflows.
        let below = |k: usize| &max - &(&BigInt::from(1u64) << k);
        assert_eq!(below(970).to_f64(), f64::INFINITY);
        assert_eq!((&below(970) - &BigInt::from(1u64)).to_f64(), f64::MAX);
        assert_eq!(below(971).to_f64(), f64::MAX);
        assert_eq!((-max).to_f64(), f64::NEG_INFINITY);
    }
}
