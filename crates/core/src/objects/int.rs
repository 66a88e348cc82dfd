//! `int` (and `bool`'s arithmetic): i64 fast paths that overflow into `BigInt`, Python's floor division and
//! modulo, shifts, powers, true division to float, hashing modulo 2**61-1, and the int methods.
//!
//! Big-int arithmetic goes through one operation per kind, on references (`Vm::big_arith`, [`big_divmod`],
//! `BigInt::pow`), and modular powers are built from those.

use crate::heap::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use circuitpython_bigint::{BigInt, BitOp};
use circuitpython_parser::ast::BinOp;

/// The modulus of Python's numeric hash.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// An integral finite float as a BigInt.
pub fn bigint_from_f64(f: f64) -> Option<BigInt> {
    if !f.is_finite() || f.fract() != 0.0 {
        return None;
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let shift = exp - 1075;
    let b = BigInt::from(if f < 0.0 { -(mant as i64) } else { mant as i64 });
    // An integral float's mantissa bits below 2^-shift are zero, so either shift is exact.
    Some(if shift > 0 { &b << shift as usize } else { &b >> (-shift) as usize })
}

/// Python's hash of an int: |b| mod 2**61-1 with b's sign, read from the most significant 64-bit digit
/// down (2**64 is 8 modulo 2**61-1).
pub fn hash_bigint(b: &BigInt) -> i64 {
    let mut r: u64 = 0;
    for d in u64_digits(b).rev() {
        // r < 2**61, so r*8 and each folded part fit in a u64 without overflow.
        r = fold_hash(fold_hash(r << 3) + fold_hash(d));
    }
    signed_hash(b.is_negative(), r)
}

/// |b| in 64-bit digits, least significant first.
pub fn u64_digits(b: &BigInt) -> impl DoubleEndedIterator<Item = u64> + '_ {
    b.limbs().chunks(2).map(|c| c.iter().rev().fold(0, |d, &limb| (d << 32) | limb as u64))
}

/// `x` reduced below 2**61-1, for x < 2**64 (2**61 is 1 modulo 2**61-1).
fn fold_hash(x: u64) -> u64 {
    let r = (x & HASH_MODULUS) + (x >> 61);
    if r >= HASH_MODULUS {
        r - HASH_MODULUS
    } else {
        r
    }
}

pub fn hash_i64(i: i64) -> i64 {
    signed_hash(i < 0, fold_hash(i.unsigned_abs()))
}

/// A hash with the sign of its number; -1 is kept for errors, so it becomes -2.
fn signed_hash(negative: bool, r: u64) -> i64 {
    let h = if negative { -(r as i64) } else { r as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a float (equal to the int hash for integral values).
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    // CPython's algorithm: reduce the binary expansion modulo 2**61-1 (an integral float hashes as its int).
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    signed_hash(f < 0.0, x)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

fn floor_mod_i64(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

impl Vm {
    /// Binary operation on two ints (each i64 or BigInt). None if an operand is not an int.
    pub fn int_binop(&mut self, op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
        // bool & | ^ bool stays a bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Some(Ok(Value::bool(x.get() & y.get()))),
                BinOp::BitOr => return Some(Ok(Value::bool(x.get() | y.get()))),
                BinOp::BitXor => return Some(Ok(Value::bool(x.get() ^ y.get()))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_i64_strict(a), as_i64_strict(b)) {
            if let Some(v) = i64_binop(op, x, y) {
                return Some(Ok(v));
            }
        }
        // Ints have no `@`: the caller raises its TypeError with the operands' own types.
        if op == BinOp::MatMult {
            return None;
        }
        let (mut small_a, mut small_b) = (BigInt::ZERO, BigInt::ZERO);
        let r = self.big_arith(op, self.big_ref(a, &mut small_a)?, self.big_ref(b, &mut small_b)?);
        Some(match r {
            Ok(Big::Int(n)) => Ok(self.new_int(n)),
            Ok(Big::Float(f)) => Ok(Value::float(f)),
            Err(e) => Err(e),
        })
    }

    /// An int operand as a BigInt: the heap's own, or a small int's value put in `small`.
    fn big_ref<'a>(&'a self, v: Value, small: &'a mut BigInt) -> Option<&'a BigInt> {
        if let Some(i) = as_i64_strict(v) {
            *small = BigInt::from(i);
            return Some(small);
        }
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(b),
                _ => None,
            },
            _ => None,
        }
    }

    /// `x op y` for ints of any size (`@` excluded): an int, or a float for `/` and negative powers.
    fn big_arith(&self, op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Big> {
        let r = match op {
            BinOp::Sub => x - y,
            BinOp::Mult => {
                self.reserve_bits(x.bits() + y.bits())?;
                x * y
            }
            BinOp::FloorDiv | BinOp::Mod | BinOp::Div if y.is_zero() => return Err(self.zero_division()),
            BinOp::FloorDiv => big_divmod(x, y).0,
            BinOp::Mod => big_divmod(x, y).1,
            BinOp::Div => return self.bigint_true_div(x, y).map(Big::Float),
            BinOp::BitAnd => x.bitwise(y, BitOp::And),
            BinOp::BitOr => x.bitwise(y, BitOp::Or),
            BinOp::BitXor => x.bitwise(y, BitOp::Xor),
            BinOp::LShift | BinOp::RShift if y.is_negative() => return Err(self.value_error("negative shift count")),
            BinOp::LShift => {
                let s = y.to_u64().filter(|s| *s < (1 << 26)).ok_or_else(|| self.memory_error())? as usize;
                self.reserve_bits(x.bits() + s as u64)?;
                x << s
            }
            // A shift past every bit leaves the sign: 0 or -1.
            BinOp::RShift => x >> y.to_u64().and_then(|s| usize::try_from(s).ok()).unwrap_or(usize::MAX),
            BinOp::Pow => {
                if y.is_negative() {
                    let (xf, yf) = (x.to_f64(), y.to_f64());
                    if xf == 0.0 {
                        return Err(
                            self.new_error(self.exc.zero_division_error, "0.0 cannot be raised to a negative power")
                        );
                    }
                    return Ok(Big::Float(libm::pow(xf, yf)));
                }
                // 0, 1 and -1 stay that small whatever the exponent.
                if x.magnitude_u64().is_some_and(|m| m <= 1) {
                    return Ok(Big::Int(if x.is_negative() && y.is_even() { BigInt::from(1u64) } else { x.clone() }));
                }
                let e = y.to_u32().ok_or_else(|| self.memory_error())?;
                let bits = (x.bits() as f64) * e as f64;
                if bits / 8.0 > self.heap.limit() as f64 {
                    return Err(self.memory_error());
                }
                self.reserve_bits(bits as u64)?;
                x.pow(e)
            }
            // Add (MatMult never comes here).
            _ => x + y,
        };
        Ok(Big::Int(r))
    }

    /// MemoryError unless the heap has room for a result of `bits` bits.
    fn reserve_bits(&self, bits: u64) -> PyResult<()> {
        self.heap.reserve((bits / 8) as usize).map_err(|_| self.memory_error())
    }

    /// Correctly rounded x / y for big ints.
    fn bigint_true_div(&self, x: &BigInt, y: &BigInt) -> PyResult<f64> {
        let (a, b) = (x.to_f64(), y.to_f64());
        if a.abs() < 9007199254740992.0 && b.abs() < 9007199254740992.0 {
            return Ok(a / b);
        }
        // Scale so the quotient has 64+ significant bits, then divide as integers (truncating).
        let shift = (y.bits() as i64 - x.bits() as i64 + 66).max(0) as usize;
        let q = (x << shift).div_rem(y).0;
        let f = q.to_f64() / 2f64.powi(shift as i32);
        if f.is_infinite() {
            return Err(self.new_error(self.exc.overflow_error, "integer division result too large for a float"));
        }
        Ok(f)
    }

    /// Compare two ints of any size.
    pub fn int_cmp(&self, a: Value, b: Value) -> Option<std::cmp::Ordering> {
        if let (Some(x), Some(y)) = (as_i64_strict(a), as_i64_strict(b)) {
            return Some(x.cmp(&y));
        }
        let (mut small_a, mut small_b) = (BigInt::ZERO, BigInt::ZERO);
        Some(self.big_ref(a, &mut small_a)?.cmp(self.big_ref(b, &mut small_b)?))
    }

    /// Compare an int (any size) with a float, exactly.
    pub fn int_float_cmp(&self, i: Value, f: f64) -> Option<std::cmp::Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
        }
        let mut small = BigInt::ZERO;
        let x = self.big_ref(i, &mut small)?;
        let fl = f.floor();
        let fb = bigint_from_f64(fl)?;
        match x.cmp(&fb) {
            std::cmp::Ordering::Equal => {
                if f > fl {
                    Some(std::cmp::Ordering::Less)
                } else {
                    Some(std::cmp::Ordering::Equal)
                }
            }
            o => Some(o),
        }
    }

    pub fn int_neg(&mut self, v: Value) -> Value {
        match v {
            Value::Int(i) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.new_int(-BigInt::from(i)),
            },
            Value::Bool(b) => Value::Int(-(b.get() as i64)),
            _ => match self.as_bigint(v) {
                Some(b) => self.new_int(-b),
                None => v,
            },
        }
    }

    pub fn int_invert(&mut self, v: Value) -> Value {
        match v {
            Value::Int(i) => Value::Int(!i),
            Value::Bool(b) => Value::Int(!(b.get() as i64)),
            _ => match self.as_bigint(v) {
                // ~b is -b - 1.
                Some(b) => self.new_int(-(&b + &BigInt::from(1u64))),
                None => v,
            },
        }
    }

    /// `pow(base, exp, mod)` for ints.
    pub fn int_pow_mod(&mut self, base: Value, exp: Value, modulus: Value) -> PyResult<Value> {
        let (Some(b), Some(e), Some(m)) = (self.as_bigint(base), self.as_bigint(exp), self.as_bigint(modulus)) else {
            return Err(self.type_error_msg("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        if m.is_zero() {
            return Err(self.value_error("pow() 3rd argument cannot be 0"));
        }
        let modulus = m.abs();
        // A negative exponent raises the inverse to the exponent's magnitude.
        let b = if e.is_negative() {
            mod_inverse(&b, &modulus).ok_or_else(|| self.value_error("base is not invertible for the given modulus"))?
        } else {
            b
        };
        let r = pow_mod(&b, &e, &modulus);
        let r = if m.is_negative() && !r.is_zero() { &r + &m } else { r };
        Ok(self.new_int(r))
    }

    pub fn int_to_string(&self, v: Value) -> String {
        match v {
            Value::Int(i) => i.to_string(),
            Value::Bool(b) => (b.get() as i64).to_string(),
            _ => self.as_bigint(v).map(|b| crate::numfmt::bigint_to_decimal(&b)).unwrap_or_default(),
        }
    }
}

/// i64 arithmetic; None when the result needs a BigInt, or an error that the big-int path raises. Inlined
/// in its one caller, `int_binop`, whose small-int cases (`<<`, `**`) the benchmarks run.
#[inline]
fn i64_binop(op: BinOp, x: i64, y: i64) -> Option<Value> {
    let v = match op {
        BinOp::Add => Value::Int(x.checked_add(y)?),
        BinOp::Sub => Value::Int(x.checked_sub(y)?),
        BinOp::Mult => Value::Int(x.checked_mul(y)?),
        // Division by zero, like a negative shift count, is refused by the big-int path; negative
        // powers are made floats there.
        BinOp::FloorDiv => Value::Int(floor_div_i64(x, y)?),
        BinOp::Mod => Value::Int(floor_mod_i64(x, y)?),
        // Exact in a double; larger ones are divided as big ints.
        BinOp::Div if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
            Value::float(x as f64 / y as f64)
        }
        BinOp::BitAnd => Value::Int(x & y),
        BinOp::BitOr => Value::Int(x | y),
        BinOp::BitXor => Value::Int(x ^ y),
        BinOp::LShift => {
            if !(0..63).contains(&y) || (x != 0 && x.unsigned_abs().leading_zeros() as i64 <= y + 1) {
                return None;
            }
            Value::Int(x << y)
        }
        BinOp::RShift if y >= 0 => Value::Int(x >> y.min(63)),
        BinOp::Pow => Value::Int(x.checked_pow(u32::try_from(y).ok()?)?),
        // `/` by zero or beyond 2**53, `@`, and negative right shifts.
        _ => return None,
    };
    Some(v)
}

/// What an int operation gives: an int, or a float for `/` and negative powers.
enum Big {
    Int(BigInt),
    Float(f64),
}

/// An int's or a bool's value as an i64 (not an int subclass's).
fn as_i64_strict(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b.get() as i64),
        _ => None,
    }
}

/// Python's `divmod` of big ints: the floor quotient and the remainder with the divisor's sign. Every
/// division and modulo of the interpreter goes through this one function.
pub fn big_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    x.div_mod_floor(y)
}

/// `num / den` rounded to the nearest int, ties to even, for `den > 0`.
pub fn big_div_round_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = big_divmod(num, den);
    let twice = &r + &r;
    if twice > *den || (twice == *den && !q.is_even()) {
        &q + &BigInt::from(1u64)
    } else {
        q
    }
}

/// `b ** |e| % m` for `m > 0`, by square-and-multiply from the top bit of `e`.
fn pow_mod(b: &BigInt, e: &BigInt, m: &BigInt) -> BigInt {
    let base = big_divmod(b, m).1;
    let mut r = big_divmod(&BigInt::from(1u64), m).1;
    for i in (0..e.bits()).rev() {
        r = big_divmod(&(&r * &r), m).1;
        if e.bit(i) {
            r = big_divmod(&(&r * &base), m).1;
        }
    }
    r
}

/// The inverse of `a` modulo `m > 0` (extended Euclid), if `a` and `m` are coprime.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (m.clone(), big_divmod(a, m).1);
    let (mut t0, mut t1) = (BigInt::ZERO, BigInt::from(1u64));
    while !r1.is_zero() {
        let (q, r) = big_divmod(&r0, &r1);
        let t = &t0 - &(&q * &t1);
        (r0, r1, t0, t1) = (r1, r, t1, t);
    }
    r0.is_one().then(|| big_divmod(&t0, m).1)
}

use crate::builtins::{check_args, index_bigint, reject_kwargs, round_int, take_kwargs};
use crate::objects::function::{Kwargs, NativeFn, NativeKind};
use crate::value::ObjRef;

/// `int(x=0)` / `int(s, base=10)`.
fn int_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [x, base] = take_kwargs(vm, "int", &args[1..], kw, &["", "base"])?;
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error_msg("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    let base = match base {
        Some(base) => {
            let base = index_bigint(vm, base)?;
            let base = base.to_u32().filter(|b| *b == 0 || (2..=36).contains(b));
            let Some(base) = base else { return Err(vm.value_error("base must be 2-36")) };
            Some(base)
        }
        None => None,
    };
    // Text is parsed where it lies (bytes as UTF-8, lossily), without a copy.
    let text = match vm.as_str(x) {
        Some(s) => Some(std::borrow::Cow::Borrowed(s)),
        None => vm.as_bytes(x).map(String::from_utf8_lossy),
    };
    if let Some(text) = text {
        return match crate::numfmt::parse_int(&text, base.unwrap_or(10)) {
            Ok(crate::numfmt::IntValue::Small(i)) => Ok(Value::Int(i)),
            Ok(crate::numfmt::IntValue::Big(b)) => Ok(vm.new_int(b)),
            Err(e) => Err(vm.numfmt_error(e)),
        };
    }
    if base.is_some() {
        return Err(vm.type_error_msg("int() can't convert non-string with explicit base"));
    }
    match vm.unwrap_base(x) {
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        v @ Value::Int(_) => Ok(v),
        Value::Float(f) => crate::builtins::float_to_int(vm, f.get()),
        v if vm.is_int(v) => Ok(v),
        v => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.special_method(v, m) {
                    let r = vm.call(f, &[v])?;
                    let u = vm.unwrap_base(r);
                    if !vm.is_int(u) {
                        return Err(vm.type_error_msg(format!("{m} returned non-int (type {})", vm.type_name(r))));
                    }
                    return Ok(match u {
                        Value::Bool(b) => Value::Int(b.get() as i64),
                        u => u,
                    });
                }
            }
            Err(vm.type_error_msg(format!("can't convert {} to int", vm.type_name(v))))
        }
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "bool", kw)?;
    check_args(vm, "bool", &args[1..], 0, 1)?;
    let Some(&v) = args.get(1) else { return Ok(Value::FALSE) };
    // A Python `__bool__`/`__len__` runs as a frame (a sleep in it suspends).
    let Some(class) = vm.instance_class(v) else { return vm.truthy(v).map(Value::bool) };
    let method = vm.truth_method(class);
    match method {
        Some((f, check)) if vm.is_python_function(f) => Ok(vm.answer_by_frame(f, v, check)),
        _ => vm.instance_truth(v, method).map(Value::bool),
    }
}

/// The int value of a method's `self` (an int, a bool, or an instance of an int subclass).
fn self_int(vm: &Vm, v: Value) -> PyResult<BigInt> {
    vm.as_bigint(v).ok_or_else(|| vm.type_error_msg(format!("descriptor requires an 'int', not '{}'", vm.type_name(v))))
}

/// `self` as a plain int (`__int__`, `__index__`, `__trunc__`, ...).
fn int_value(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = self_int(vm, args[0])?;
    Ok(vm.new_int(b))
}

fn int_round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [ndigits] = take_kwargs(vm, "__round__", &args[1..], kw, &["ndigits"])?;
    let b = self_int(vm, args[0])?;
    let x = vm.new_int(b);
    round_int(vm, x, ndigits.filter(|n| !n.is_none()))
}

fn bit_length(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "bit_length", kw)?;
    check_args(vm, "bit_length", &args[1..], 0, 0)?;
    let b = self_int(vm, args[0])?;
    Ok(Value::Int(b.bits() as i64))
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: true for little-endian.
fn little_endian(vm: &Vm, order: Option<Value>) -> PyResult<bool> {
    match order.map(|o| vm.as_str(o)) {
        None | Some(Some("big")) => Ok(false),
        Some(Some("little")) => Ok(true),
        Some(Some(_)) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        Some(None) => Err(vm.type_error_msg("to_bytes() argument 'byteorder' must be str")),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [length, order, signed] = take_kwargs(vm, "to_bytes", &args[1..], kw, &["length", "byteorder", "signed"])?;
    let b = self_int(vm, args[0])?;
    let length = match length {
        Some(l) => vm.expect_index(l)?,
        None => 1,
    };
    let length = usize::try_from(length).map_err(|_| vm.value_error("length argument must be non-negative"))?;
    let little = little_endian(vm, order)?;
    let signed = match signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(vm.new_error(vm.exc.overflow_error, "can't convert negative int to unsigned"));
    }
    // The fewest bytes that hold the value (two's complement with a sign bit if signed); zero needs none.
    let mut bytes = b.to_bytes_le(signed);
    if bytes.len() > length && !b.is_zero() {
        return Err(vm.new_error(vm.exc.overflow_error, "int too big to convert"));
    }
    vm.heap.reserve(length).map_err(|_| vm.memory_error())?;
    bytes.resize(length, if b.is_negative() { 0xff } else { 0 });
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
fn from_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args[0];
    let [data, order, signed] = take_kwargs(vm, "from_bytes", &args[1..], kw, &["bytes", "byteorder", "signed"])?;
    let Some(data) = data else { return Err(vm.type_error_msg("from_bytes() missing required argument 'bytes'")) };
    let mut bytes = match vm.as_bytes(data) {
        Some(b) => b.to_vec(),
        None => {
            let items = vm.collect_iter(data)?;
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                out.push(crate::objects::seq::byte_value(vm, v)?);
            }
            out
        }
    };
    let little = little_endian(vm, order)?;
    let signed = match signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if !little {
        bytes.reverse();
    }
    let n = BigInt::from_bytes_le(signed, &bytes);
    let v = vm.new_int(n);
    if cls.as_obj() == Some(vm.types.int) {
        Ok(v)
    } else {
        vm.call(cls, &[v])
    }
}

fn zero(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn one(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(1))
}

/// Read-only attributes computed by natives (`(5).real`), as properties in the type's namespace.
pub fn add_getters(vm: &mut Vm, ty: ObjRef, getters: &[(&'static str, NativeFn)]) {
    for (name, f) in getters {
        let fget = vm.new_native(name, *f, NativeKind::Function);
        let prop = vm.alloc(Obj::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None });
        vm.type_dict_set(ty, name, Value::Obj(prop));
    }
}

pub fn register(vm: &mut Vm) {
    let int = vm.types.int;
    add_getters(vm, int, &[("real", int_value), ("imag", zero), ("numerator", int_value), ("denominator", one)]);
    vm.set_constructor(int, int_new);
    vm.set_constructor(vm.types.bool_, bool_new);
    vm.add_methods(
        int,
        &[
            ("bit_length", bit_length),
            ("to_bytes", to_bytes),
            ("conjugate", int_value),
            ("__int__", int_value),
            ("__index__", int_value),
            ("__trunc__", int_value),
            ("__floor__", int_value),
            ("__ceil__", int_value),
            ("__round__", int_round),
        ],
    );
    vm.add_natives(int, NativeKind::ClassMethod, &[("from_bytes", from_bytes)]);
}
