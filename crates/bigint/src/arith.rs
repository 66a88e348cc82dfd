//! Addition, subtraction, multiplication (schoolbook), negation and powers.

use crate::{cmp_mag, trim, BigInt};
use std::cmp::Ordering;
use std::ops::{Add, Mul, Neg, Sub};

/// |a| + |b|: a copy of the longer one, the shorter added into it (the loops are the additions of Python's
/// big-int loops, such as Fibonacci's, so they stay free of per-limb bounds checks and pushes).
fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    out.extend_from_slice(long);
    let mut carry = 0u64;
    for (o, &y) in out.iter_mut().zip(short) {
        let s = *o as u64 + y as u64 + carry;
        *o = s as u32;
        carry = s >> 32;
    }
    for o in &mut out[short.len()..] {
        if carry == 0 {
            break;
        }
        let s = *o as u64 + carry;
        *o = s as u32;
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// |a| - |b| for |a| >= |b|, normalised: a copy of `a` with `b` subtracted from it.
pub(crate) fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = a.to_vec();
    let mut borrow = 0u64;
    for (o, &y) in out.iter_mut().zip(b) {
        // Both limbs are below 2^32, so a negative difference shows in the top bit of the wrapped u64.
        let d = (*o as u64).wrapping_sub(y as u64 + borrow);
        *o = d as u32;
        borrow = d >> 63;
    }
    for o in &mut out[b.len()..] {
        if borrow == 0 {
            break;
        }
        let d = (*o as u64).wrapping_sub(borrow);
        *o = d as u32;
        borrow = d >> 63;
    }
    trim(&mut out);
    out
}

/// |a| * |b|, normalised (for normalised inputs).
pub(crate) fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    // The outer loop runs over the shorter operand: fewer, longer inner loops.
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in short.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (o, &y) in out[i..].iter_mut().zip(long) {
            // At most (2^32-1)^2 + 2·(2^32-1) = 2^64-1.
            let t = x as u64 * y as u64 + *o as u64 + carry;
            *o = t as u32;
            carry = t >> 32;
        }
        out[i + long.len()] = carry as u32;
    }
    trim(&mut out);
    out
}

/// `a + (-1)^b_neg·|b|`: the sum when `b_neg` is b's sign, the difference when it is the opposite.
fn add_signed(a: &BigInt, b_neg: bool, b: &[u32]) -> BigInt {
    if a.neg == b_neg {
        return BigInt { neg: a.neg, mag: add_mag(&a.mag, b) };
    }
    match cmp_mag(&a.mag, b) {
        Ordering::Less => BigInt::from_limbs(b_neg, sub_mag(b, &a.mag)),
        _ => BigInt::from_limbs(a.neg, sub_mag(&a.mag, b)),
    }
}

impl Add<&BigInt> for &BigInt {
    type Output = BigInt;
    fn add(self, other: &BigInt) -> BigInt {
        add_signed(self, other.neg, &other.mag)
    }
}

impl Sub<&BigInt> for &BigInt {
    type Output = BigInt;
    fn sub(self, other: &BigInt) -> BigInt {
        add_signed(self, !other.neg, &other.mag)
    }
}

impl Mul<&BigInt> for &BigInt {
    type Output = BigInt;
    fn mul(self, other: &BigInt) -> BigInt {
        BigInt::from_limbs(self.neg != other.neg, mul_mag(&self.mag, &other.mag))
    }
}

impl Neg for BigInt {
    type Output = BigInt;
    fn neg(mut self) -> BigInt {
        self.neg = !self.neg && !self.mag.is_empty();
        self
    }
}

impl BigInt {
    /// `self ** e`, by squaring and multiplying from the exponent's top bit: the multiplications are by
    /// `self` itself, linear in the result's length when `self` is small (`7 ** 23600`, `10 ** k`).
    pub fn pow(&self, e: u32) -> BigInt {
        let mut r = BigInt::from(1u64);
        for i in (0..32 - e.leading_zeros()).rev() {
            r = &r * &r;
            if (e >> i) & 1 == 1 {
                r = &r * self;
            }
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use crate::BigInt;

    fn n(v: i128) -> BigInt {
        BigInt::from(v)
    }

    #[test]
    fn signs_and_carries() {
        let big = 1i128 << 63;
        for (a, b) in [
            (5, 7),
            (-5, 7),
            (5, -7),
            (-5, -7),
            (big - 1, 1),
            (-big, big),
            (big, -(big - 1)),
            (0, -3),
            (u64::MAX as i128, 1),
        ] {
            assert_eq!(&n(a) + &n(b), n(a + b));
            assert_eq!(&n(a) - &n(b), n(a - b));
            assert_eq!(&n(a) * &n(b), n(a * b));
        }
        assert_eq!(-n(0), n(0));
        assert_eq!(-n(-9), n(9));
    }

    #[test]
    fn powers() {
        assert_eq!(n(3).pow(0), n(1));
        assert_eq!(n(-2).pow(63), n(-(1 << 63)));
        assert_eq!(n(10).pow(30), n(10i128.pow(30)));
        assert_eq!(n(0).pow(5), n(0));
    }
}
