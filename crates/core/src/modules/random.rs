//! `random`: CircuitPython's functions over a small deterministic PRNG (xorshift64*), seeded from the host's
//! entropy at first use and reproducible after `seed(n)`.

use super::util::{self, arg};
use crate::objects::function::Kwargs;
use crate::objects::int::big_divmod;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use circuitpython_bigint::BigInt;

struct Rng(u64);
crate::keyed_type!(Rng);

impl Rng {
    fn seeded(seed: u64) -> Rng {
        // splitmix64 of the seed: a good starting state even for small seeds, never zero.
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn rng(vm: &mut Vm) -> &mut Rng {
    if vm.extension::<Rng>().is_none() {
        let seed = vm.host.random_u64();
        vm.set_extension(Rng::seeded(seed));
    }
    vm.extension_mut::<Rng>().expect("just set")
}

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("seed", seed),
            ("getrandbits", getrandbits),
            ("random", random),
            ("uniform", uniform),
            ("randrange", randrange),
            ("randint", randint),
            ("choice", choice),
            ("shuffle", shuffle),
        ],
    );
    Ok(())
}

fn seed(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = match args.first() {
        None | Some(Value::None) => vm.host.random_u64(),
        Some(v) => {
            let b = vm.as_bigint(*v).ok_or_else(|| vm.type_error_msg("can't convert to int"))?;
            crate::objects::int::u64_digits(&b).fold(0u64, |acc, d| acc.rotate_left(17) ^ d)
        }
    };
    vm.set_extension(Rng::seeded(s));
    Ok(Value::None)
}

/// A uniform integer in [0, 2**bits).
fn random_bits(vm: &mut Vm, bits: u64) -> BigInt {
    let words = bits.div_ceil(32) as usize;
    let mut digits = Vec::with_capacity(words);
    for _ in 0..words {
        digits.push((rng(vm).next_u64() >> 32) as u32);
    }
    if !bits.is_multiple_of(32) {
        if let Some(last) = digits.last_mut() {
            *last &= (1u32 << (bits % 32)) - 1;
        }
    }
    BigInt::from_limbs(false, digits)
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = vm.expect_index(*args.first().ok_or_else(|| vm.type_error_msg("getrandbits() takes 1 argument"))?)?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    vm.count_fits(n / 8)?;
    let b = random_bits(vm, n as u64);
    Ok(vm.new_int(b))
}

fn unit(vm: &mut Vm) -> f64 {
    (rng(vm).next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

fn random(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::float(unit(vm)))
}

fn uniform(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = vm.expect_f64(util::need(vm, args, kw, 0, "a", "uniform")?)?;
    let b = vm.expect_f64(util::need(vm, args, kw, 1, "b", "uniform")?)?;
    Ok(Value::float(a + (b - a) * unit(vm)))
}

/// A uniform integer in [0, n) for n > 0, without modulo bias.
fn below(vm: &mut Vm, n: &BigInt) -> BigInt {
    let bits = n.bits();
    loop {
        let r = random_bits(vm, bits);
        if &r < n {
            return r;
        }
    }
}

fn randrange(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let int = |vm: &Vm, v: Value| vm.as_bigint(v).ok_or_else(|| vm.type_error_for("can't convert ", v, " to int"));
    let first = int(vm, util::need(vm, args, kw, 0, "start", "randrange")?)?;
    let (start, stop) = match arg(vm, args, kw, 1, "stop") {
        Some(s) => (first, int(vm, s)?),
        None => (BigInt::ZERO, first),
    };
    let step = match arg(vm, args, kw, 2, "step") {
        Some(s) => int(vm, s)?,
        None => BigInt::from(1u64),
    };
    if step.is_zero() {
        return Err(vm.value_error("zero step for randrange()"));
    }
    // The count of values is ceil((stop - start) / step), taken as -floor((start - stop) / step) on the
    // shared by-reference helpers.
    let q = big_divmod(&(&start - &stop), &step).0;
    if !q.is_negative() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let k = below(vm, &-q);
    Ok(vm.new_int(&start + &(&step * &k)))
}

fn randint(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = util::need(vm, args, kw, 0, "a", "randint")?;
    let b = util::need(vm, args, kw, 1, "b", "randint")?;
    let b = vm.as_bigint(b).ok_or_else(|| vm.type_error_msg("can't convert to int"))?;
    let b1 = vm.new_int(&b + &BigInt::from(1u64));
    randrange(vm, &[a, b1], &[])
}

fn choice(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let seq = *args.first().ok_or_else(|| vm.type_error_msg("choice() takes exactly one argument"))?;
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = below(vm, &BigInt::from(n as u64));
    let i = vm.new_int(i);
    vm.getitem(seq, i)
}

fn shuffle(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let seq = *args.first().ok_or_else(|| vm.type_error_msg("shuffle() takes exactly one argument"))?;
    let n = vm.len(seq)?;
    for i in (1..n).rev() {
        let j = below(vm, &BigInt::from(i as u64 + 1));
        let (a, b) = (Value::Int(i as i64), vm.new_int(j));
        let (x, y) = (vm.getitem(seq, a)?, vm.getitem(seq, b)?);
        vm.setitem(seq, a, y)?;
        vm.setitem(seq, b, x)?;
    }
    Ok(Value::None)
}
