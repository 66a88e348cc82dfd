//! Differential test: every operation of `circuitpython_bigint::BigInt` against num-bigint on the same
//! operands, drawn by a deterministic PRNG from shapes that find carry and normalisation bugs: zero, ±1,
//! limbs of all ones or a lone top bit, powers of two and their neighbours, and random limbs, at lengths
//! from 0 to 40 limbs, with both signs.

use circuitpython_bigint::{BigInt, BitOp};
use num_bigint::{BigInt as Ref, Sign};
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

/// xorshift64*: small, fast and the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn limb(&mut self) -> u32 {
        match self.below(8) {
            0 => 0,
            1 => u32::MAX,
            2 => 1,
            3 => 0x8000_0000,
            4 => 0x7fff_ffff,
            _ => self.next() as u32,
        }
    }

    /// An operand as limbs (least significant first) and a sign.
    fn operand(&mut self, max_limbs: u64) -> (bool, Vec<u32>) {
        let neg = self.below(2) == 0;
        let len = match self.below(6) {
            0 => self.below(3),
            _ => self.below(max_limbs + 1),
        } as usize;
        let limbs = match self.below(5) {
            // 2^k, 2^k - 1 or 2^k + 1: boundaries of limbs and of bit lengths.
            0 => {
                let k = self.below(32 * len as u64 + 1) as usize;
                let mut v = vec![0u32; k / 32 + 1];
                v[k / 32] = 1 << (k % 32);
                match self.below(3) {
                    0 => return (neg, v),
                    1 => return (neg, to_limbs(&(from_limbs(false, &v) - Ref::from(1)))),
                    _ => return (neg, to_limbs(&(from_limbs(false, &v) + Ref::from(1)))),
                }
            }
            _ => (0..len).map(|_| self.limb()).collect(),
        };
        (neg, limbs)
    }

    fn pair(&mut self, max_limbs: u64) -> (BigInt, Ref) {
        let (neg, limbs) = self.operand(max_limbs);
        (BigInt::from_limbs(neg, limbs.clone()), from_limbs(neg, &limbs))
    }
}

fn from_limbs(neg: bool, limbs: &[u32]) -> Ref {
    let r = Ref::from_slice(Sign::Plus, limbs);
    if neg {
        -r
    } else {
        r
    }
}

fn to_limbs(r: &Ref) -> Vec<u32> {
    r.magnitude().to_u32_digits()
}

/// Ours equals the reference, with the normalised representation (no leading zero limb, zero non-negative).
#[track_caller]
fn same(ours: &BigInt, reference: &Ref, what: &str) {
    assert_ne!(ours.limbs().last(), Some(&0), "{what}: leading zero limb");
    assert_eq!(ours.limbs(), &to_limbs(reference)[..], "{what}: magnitude");
    assert_eq!(ours.is_negative(), reference.is_negative(), "{what}: sign");
}

#[test]
fn arithmetic_and_comparison() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..6000 {
        let (a, ra) = rng.pair(40);
        let (b, rb) = rng.pair(40);
        let w = |op: &str| format!("case {case}: {ra} {op} {rb}");
        same(&(&a + &b), &(&ra + &rb), &w("+"));
        same(&(&a - &b), &(&ra - &rb), &w("-"));
        same(&(&a * &b), &(&ra * &rb), &w("*"));
        same(&-a.clone(), &-ra.clone(), &w("neg"));
        same(&a.abs(), &ra.abs(), &w("abs"));
        assert_eq!(a.cmp(&b), ra.cmp(&rb), "{}", w("cmp"));
        assert_eq!(a == b, ra == rb, "{}", w("=="));
        assert_eq!(a.is_zero(), ra.is_zero());
        assert_eq!(a.is_positive(), ra.is_positive());
        assert_eq!(a.is_even(), ra.is_even());
        assert_eq!(a.is_one(), ra == Ref::from(1));
        if !rb.is_zero() {
            let (q, r) = a.div_rem(&b);
            let (rq, rr) = ra.div_rem(&rb);
            same(&q, &rq, &w("/ (trunc)"));
            same(&r, &rr, &w("% (trunc)"));
            let (q, r) = a.div_mod_floor(&b);
            let (rq, rr) = ra.div_mod_floor(&rb);
            same(&q, &rq, &w("//"));
            same(&r, &rr, &w("%"));
        }
        // Euclid's algorithm takes many divisions: a quarter of the cases are enough.
        if case % 4 == 0 {
            same(&a.gcd(&b), &ra.gcd(&rb), &w("gcd"));
        }
    }
}

/// Division where the quotient limbs are hard to estimate: divisors with top limbs near 2^31 or 2^32 and
/// dividends built as q·b + r, so the remainder and quotient are both known.
#[test]
fn division_corner_cases() {
    let mut rng = Rng(12345);
    for case in 0..3000 {
        let (_, rb) = rng.pair(12);
        let (_, rq) = rng.pair(12);
        if rb.is_zero() {
            continue;
        }
        let rr = Ref::from_slice(Sign::Plus, &to_limbs(&rb.abs())) - Ref::from(rng.below(3) as u32);
        let ra = &rq * &rb + if rr.is_negative() { Ref::zero() } else { rr };
        for (ra, rb) in [(ra.clone(), rb.clone()), (-ra.clone(), rb.clone()), (ra.clone(), -rb.clone())] {
            let (a, b) = (
                BigInt::from_limbs(ra.is_negative(), to_limbs(&ra)),
                BigInt::from_limbs(rb.is_negative(), to_limbs(&rb)),
            );
            let (q, r) = a.div_rem(&b);
            let (eq, er) = ra.div_rem(&rb);
            same(&q, &eq, &format!("case {case}: {ra} / {rb}"));
            same(&r, &er, &format!("case {case}: {ra} % {rb}"));
        }
    }
}

#[test]
fn bits_shifts_and_bitwise() {
    let mut rng = Rng(0xdead_beef);
    for case in 0..6000 {
        let (a, ra) = rng.pair(12);
        let (b, rb) = rng.pair(12);
        let w = |op: &str| format!("case {case}: {ra} {op} {rb}");
        same(&a.bitwise(&b, BitOp::And), &(&ra & &rb), &w("&"));
        same(&a.bitwise(&b, BitOp::Or), &(&ra | &rb), &w("|"));
        same(&a.bitwise(&b, BitOp::Xor), &(&ra ^ &rb), &w("^"));
        let s = rng.below(200) as usize;
        same(&(&a << s), &(&ra << s), &format!("case {case}: {ra} << {s}"));
        same(&(&a >> s), &(&ra >> s), &format!("case {case}: {ra} >> {s}"));
        assert_eq!(a.bits(), ra.bits(), "{}", w("bits"));
        let i = rng.below(a.bits() + 40);
        assert_eq!(a.bit(i), ra.magnitude().bit(i), "case {case}: bit {i} of {ra}");
    }
}

#[test]
fn bytes() {
    let mut rng = Rng(77);
    for case in 0..4000 {
        let (a, ra) = rng.pair(10);
        let w = format!("case {case}: {ra}");
        let signed = a.to_bytes_le(true);
        let expect = if ra.is_zero() { vec![0] } else { ra.to_signed_bytes_le() };
        assert_eq!(signed, expect, "{w}: signed bytes");
        let unsigned = a.to_bytes_le(false);
        let expect = if ra.is_zero() { vec![] } else { ra.magnitude().to_bytes_le() };
        assert_eq!(unsigned, expect, "{w}: unsigned bytes");
        // Arbitrary byte strings, with and without a sign, and lengths not a multiple of 4.
        let n = rng.below(30) as usize;
        let raw: Vec<u8> = (0..n).map(|_| rng.limb() as u8).collect();
        same(&BigInt::from_bytes_le(true, &raw), &Ref::from_signed_bytes_le(&raw), &format!("signed {raw:?}"));
        same(&BigInt::from_bytes_le(false, &raw), &Ref::from_bytes_le(Sign::Plus, &raw), &format!("{raw:?}"));
    }
}

#[test]
fn conversions_and_text() {
    let mut rng = Rng(4242);
    for case in 0..5000 {
        let (a, ra) = rng.pair(if case % 4 == 0 { 40 } else { 5 });
        let w = format!("case {case}: {ra}");
        assert_eq!(a.to_i64(), ra.to_i64(), "{w}: i64");
        assert_eq!(a.to_u64(), ra.to_u64(), "{w}: u64");
        assert_eq!(a.to_i32(), ra.to_i32(), "{w}: i32");
        assert_eq!(a.to_u32(), ra.to_u32(), "{w}: u32");
        let f = ra.to_f64().unwrap_or(if ra.is_negative() { f64::NEG_INFINITY } else { f64::INFINITY });
        assert_eq!(a.to_f64().to_bits(), f.to_bits(), "{w}: f64 {} vs {f}", a.to_f64());
        assert_eq!(a.to_string(), ra.to_string(), "{w}: decimal");
        let radix = 2 + rng.below(35) as u32;
        assert_eq!(a.magnitude_str_radix(radix), ra.magnitude().to_str_radix(radix), "{w}: radix {radix}");
        let x = rng.next() as i64 >> rng.below(64);
        same(&BigInt::from(x), &Ref::from(x), &format!("{x} as i64"));
        same(&BigInt::from(x as u64), &Ref::from(x as u64), &format!("{x} as u64"));
        let y = ((rng.next() as i128) << 64 | rng.next() as i128) >> rng.below(128);
        same(&BigInt::from(y), &Ref::from(y), &format!("{y} as i128"));
        same(&BigInt::from(y as u128), &Ref::from(y as u128), &format!("{y} as u128"));
    }
}

/// f64 rounding at the exact halfway points: the top 53 bits, then a half (1 followed by zeros), with or
/// without a set bit far below.
#[test]
fn float_ties() {
    let mut rng = Rng(99);
    for _ in 0..3000 {
        let top = (rng.next() >> 11) | (1 << 52);
        let shift = 1 + rng.below(1000) as usize;
        let base = Ref::from(top) << shift;
        let half = Ref::from(1) << (shift - 1);
        for v in [&base + &half, &base + &half + Ref::from(1), &base + &half - Ref::from(1), base.clone()] {
            let ours = BigInt::from_limbs(false, to_limbs(&v)).to_f64();
            let expect = v.to_f64().unwrap_or(f64::INFINITY);
            assert_eq!(ours.to_bits(), expect.to_bits(), "{v}");
        }
    }
}

#[test]
fn powers() {
    let mut rng = Rng(5);
    for case in 0..400 {
        let (a, ra) = rng.pair(4);
        let e = rng.below(60) as u32;
        same(&a.pow(e), &Pow::pow(&ra, e), &format!("case {case}: {ra} ** {e}"));
    }
}

/// Long numbers: decimal text of a few thousand digits both ways round, and a large division.
#[test]
fn large() {
    let mut rng = Rng(31337);
    for _ in 0..5 {
        let (a, ra) = rng.pair(1500);
        let (b, rb) = rng.pair(700);
        assert_eq!(a.to_string(), ra.to_string());
        same(&(&a * &b), &(&ra * &rb), "large *");
        if !rb.is_zero() {
            let (q, r) = a.div_mod_floor(&b);
            let (rq, rr) = ra.div_mod_floor(&rb);
            same(&q, &rq, "large //");
            same(&r, &rr, "large %");
        }
    }
}

/// Digits in every radix, both ways, including leading zeros and numbers of one limb-sized chunk exactly.
#[test]
fn digits_both_ways() {
    let mut rng = Rng(2718);
    for case in 0..3000 {
        let (a, ra) = rng.pair(if case % 10 == 0 { 60 } else { 6 });
        let radix = 2 + rng.below(35) as u32;
        let zeros = "0".repeat(rng.below(3) as usize * rng.below(12) as usize);
        let text = zeros + &ra.magnitude().to_str_radix(radix);
        let text = if case % 2 == 0 { text.to_uppercase() } else { text };
        same(&BigInt::from_digits(text.as_bytes(), radix).unwrap(), &ra.abs(), &format!("{text} in radix {radix}"));
        assert_eq!(a.abs().magnitude_str_radix(radix), ra.magnitude().to_str_radix(radix));
    }
}
