//! Division: truncating `div_rem`, Python's floor `div_mod_floor`, and `gcd`, on Knuth's algorithm D (The
//! Art of Computer Programming, vol. 2, 4.3.1) with a one-limb fast path.

use crate::{cmp_mag, trim, BigInt};
use std::cmp::Ordering;

/// |a| / d and |a| % d for a one-limb divisor `d > 0`; the quotient normalised.
pub(crate) fn div_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut q = a.to_vec();
    let r = div_small_in_place(&mut q, d);
    trim(&mut q);
    (q, r)
}

/// Replaces the magnitude `a` by |a| / d (leading zeros kept) and returns the remainder.
pub(crate) fn div_small_in_place(a: &mut [u32], d: u32) -> u32 {
    let mut r = 0u64;
    for x in a.iter_mut().rev() {
        let cur = (r << 32) | *x as u64;
        *x = (cur / d as u64) as u32;
        r = cur % d as u64;
    }
    r as u32
}

/// |u| / |v| and |u| % |v| for normalised magnitudes, `v` non-zero.
pub(crate) fn div_mag(u: &[u32], v: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(u, v) == Ordering::Less {
        return (Vec::new(), u.to_vec());
    }
    if let [d] = v {
        let (q, r) = div_small(u, *d);
        return (q, BigInt::from(r as u64).mag);
    }
    // Normalise: shift both so the divisor's top limb has its top bit set, which bounds each estimated
    // quotient limb to at most 2 too large; `u` gets an extra top limb for the shifted-out bits.
    let s = v[v.len() - 1].leading_zeros();
    let mut shifted_v = Vec::with_capacity(v.len());
    // The top bit lands in the top limb: nothing is shifted out.
    push_shifted(&mut shifted_v, v, s);
    let v = shifted_v;
    let mut shifted_u = Vec::with_capacity(u.len() + 1);
    let top = push_shifted(&mut shifted_u, u, s);
    shifted_u.push(top);
    let mut u = shifted_u;
    let n = v.len();
    let m = u.len() - n;
    let mut q = vec![0u32; m];
    let (vtop, vnext) = (v[n - 1] as u64, v[n - 2] as u64);
    for j in (0..m).rev() {
        // Estimate the quotient limb from the top two limbs of the remainder and the divisor's top limb,
        // then correct it with the divisor's second limb (it is then at most 1 too large).
        let num = ((u[j + n] as u64) << 32) | u[j + n - 1] as u64;
        let (mut qhat, mut rhat) = (num / vtop, num % vtop);
        while qhat >> 32 != 0 || qhat * vnext > ((rhat << 32) | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat >> 32 != 0 {
                break;
            }
        }
        // u[j..=j+n] -= qhat · v.
        let (mut borrow, mut carry) = (0u64, 0u64);
        for (ui, &vi) in u[j..j + n].iter_mut().zip(&v) {
            let p = qhat * vi as u64 + carry;
            carry = p >> 32;
            let t = (*ui as u64).wrapping_sub((p as u32) as u64 + borrow);
            *ui = t as u32;
            borrow = t >> 63;
        }
        let t = (u[j + n] as u64).wrapping_sub(carry + borrow);
        u[j + n] = t as u32;
        if t >> 63 != 0 {
            // qhat was one too large: add the divisor back (the carry out cancels the borrow).
            qhat -= 1;
            let mut c = 0u64;
            for (ui, &vi) in u[j..j + n].iter_mut().zip(&v) {
                let s = *ui as u64 + vi as u64 + c;
                *ui = s as u32;
                c = s >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    // The remainder is the low n limbs of u, shifted back.
    u.truncate(n);
    if s > 0 {
        for i in 0..n {
            let high = if i + 1 < n { u[i + 1] << (32 - s) } else { 0 };
            u[i] = (u[i] >> s) | high;
        }
    }
    trim(&mut u);
    trim(&mut q);
    (q, u)
}

/// Appends the limbs of `a << s` (`s < 32`) to `out` and returns the bits shifted out of the top limb.
pub(crate) fn push_shifted(out: &mut Vec<u32>, a: &[u32], s: u32) -> u32 {
    if s == 0 {
        out.extend_from_slice(a);
        return 0;
    }
    let mut carry = 0u32;
    for &x in a {
        out.push((x << s) | carry);
        carry = x >> (32 - s);
    }
    carry
}

impl BigInt {
    /// The quotient rounded toward zero and the remainder with `self`'s sign. Panics if `other` is zero.
    pub fn div_rem(&self, other: &BigInt) -> (BigInt, BigInt) {
        assert!(!other.is_zero(), "division by zero");
        let (q, r) = div_mag(&self.mag, &other.mag);
        (BigInt::from_limbs(self.neg != other.neg, q), BigInt::from_limbs(self.neg, r))
    }

    /// Python's `divmod`: the quotient rounded toward negative infinity and the remainder with `other`'s
    /// sign. Panics if `other` is zero.
    pub fn div_mod_floor(&self, other: &BigInt) -> (BigInt, BigInt) {
        let (q, r) = self.div_rem(other);
        if !r.is_zero() && self.neg != other.neg {
            (&q - &BigInt::from(1u64), &r + other)
        } else {
            (q, r)
        }
    }

    /// The greatest common divisor of |self| and |other| (0 when both are 0), by Euclid's algorithm.
    pub fn gcd(&self, other: &BigInt) -> BigInt {
        let (mut a, mut b) = (self.abs(), other.abs());
        while !b.is_zero() {
            let r = a.div_rem(&b).1;
            (a, b) = (b, r);
        }
        a
    }
}

#[cfg(test)]
mod tests {
    use crate::BigInt;

    fn n(v: i128) -> BigInt {
        BigInt::from(v)
    }

    #[test]
    fn truncating_and_floor() {
        for (a, b) in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (3, 1 << 40)] {
            assert_eq!(n(a).div_rem(&n(b)), (n(a / b), n(a % b)));
            let q = a / b - (a % b != 0 && (a < 0) != (b < 0)) as i128;
            assert_eq!(n(a).div_mod_floor(&n(b)), (n(q), n(a - q * b)));
        }
    }

    #[test]
    fn multi_limb_divisors() {
        let a = (1i128 << 120) + 12345678901234567;
        for b in [(1i128 << 64) - 1, 1 << 63, (1 << 95) + 7, 0xffff_ffff_0000_0001] {
            assert_eq!(n(a).div_rem(&n(b)), (n(a / b), n(a % b)));
            assert_eq!(n(-a).div_rem(&n(b)), (n(-a / b), n(-a % b)));
        }
    }

    #[test]
    fn gcd() {
        assert_eq!(n(12).gcd(&n(-18)), n(6));
        assert_eq!(n(0).gcd(&n(0)), n(0));
        assert_eq!(n(0).gcd(&n(-5)), n(5));
        assert_eq!(n(1 << 100).gcd(&n(3 << 90)), n(1 << 90));
    }
}
