//! `int` (and `bool`'s arithmetic): i64 fast paths that overflow into `BigInt`, Python's floor division and
//! modulo, shifts, powers, true division to float, hashing modulo 2**61-1, and the int methods.

use crate::heap::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use circuitpython_parser::ast::BinOp;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

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
    let mut b = BigInt::from(mant);
    if shift > 0 {
        b <<= shift as usize;
    } else {
        b >>= (-shift) as usize;
    }
    if f < 0.0 {
        b = -b;
    }
    Some(b)
}

/// Python's hash of an int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(i: i64) -> i64 {
    if i == -1 {
        return -2;
    }
    if (i as i128).abs() < HASH_MODULUS as i128 {
        return i;
    }
    hash_bigint(&BigInt::from(i))
}

/// Python's hash of a float (equal to the int hash for integral values).
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 {
        if let Some(b) = bigint_from_f64(f) {
            return hash_bigint(&b);
        }
    }
    // CPython's algorithm: reduce the binary expansion modulo 2**61-1.
    let (mut m, mut e) = frexp(f.abs());
    let sign: i64 = if f < 0.0 { -1 } else { 1 };
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
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
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
        if let (Some(x), Some(y)) = (self.as_i64_strict(a), self.as_i64_strict(b)) {
            if let Some(r) = self.i64_binop(op, x, y) {
                return Some(r);
            }
        }
        let x = self.as_bigint_strict(a)?;
        let y = self.as_bigint_strict(b)?;
        Some(self.bigint_binop(op, x, y))
    }

    fn as_i64_strict(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b.get() as i64),
            _ => None,
        }
    }

    fn as_bigint_strict(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// i64 arithmetic; None when the result needs a BigInt.
    fn i64_binop(&mut self, op: BinOp, x: i64, y: i64) -> Option<PyResult<Value>> {
        let v = match op {
            BinOp::Add => Value::Int(x.checked_add(y)?),
            BinOp::Sub => Value::Int(x.checked_sub(y)?),
            BinOp::Mult => Value::Int(x.checked_mul(y)?),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Some(Err(self.zero_division()));
                }
                Value::Int(floor_div_i64(x, y)?)
            }
            BinOp::Mod => {
                if y == 0 {
                    return Some(Err(self.zero_division()));
                }
                Value::Int(floor_mod_i64(x, y)?)
            }
            BinOp::Div => {
                if y == 0 {
                    return Some(Err(self.zero_division()));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    Value::float(x as f64 / y as f64)
                } else {
                    return None;
                }
            }
            BinOp::BitAnd => Value::Int(x & y),
            BinOp::BitOr => Value::Int(x | y),
            BinOp::BitXor => Value::Int(x ^ y),
            BinOp::LShift => {
                if y < 0 {
                    return Some(Err(self.value_error("negative shift count")));
                }
                if y >= 63 || (x != 0 && x.unsigned_abs().leading_zeros() as i64 <= y + 1) {
                    return None;
                }
                Value::Int(x << y)
            }
            BinOp::RShift => {
                if y < 0 {
                    return Some(Err(self.value_error("negative shift count")));
                }
                Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Some(Err(
                            self.new_error(self.exc.zero_division_error, "0.0 cannot be raised to a negative power")
                        ));
                    }
                    return Some(Ok(Value::float(libm::pow(x as f64, y as f64))));
                }
                let e = u32::try_from(y).ok()?;
                Value::Int(x.checked_pow(e)?)
            }
            BinOp::MatMult => return Some(Err(self.unsupported_binop("__matmul__", Value::Int(x), Value::Int(y)))),
        };
        Some(Ok(v))
    }

    fn bigint_binop(&mut self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => {
                let bytes = (x.bits() + y.bits()) as usize / 8;
                self.heap.reserve(bytes).map_err(|_| self.memory_error())?;
                x * y
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division());
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division());
                }
                x.mod_floor(&y)
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.zero_division());
                }
                return Ok(Value::float(self.bigint_true_div(&x, &y)?));
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_usize().filter(|s| *s < (1 << 26)).ok_or_else(|| self.memory_error())?;
                self.heap.reserve((x.bits() as usize + s) / 8).map_err(|_| self.memory_error())?;
                x << s
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(s) => x >> s,
                    None => {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = x.to_f64().unwrap_or(f64::INFINITY);
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    if xf == 0.0 {
                        return Err(
                            self.new_error(self.exc.zero_division_error, "0.0 cannot be raised to a negative power")
                        );
                    }
                    return Ok(Value::float(libm::pow(xf, yf)));
                }
                if x.is_zero() || x.is_one() {
                    return Ok(self.new_int(x));
                }
                if x == BigInt::from(-1) {
                    return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
                }
                let e = y.to_u32().ok_or_else(|| self.memory_error())?;
                let bits = (x.bits() as f64) * e as f64;
                if bits / 8.0 > self.heap.limit() as f64 {
                    return Err(self.memory_error());
                }
                self.heap.reserve((bits / 8.0) as usize).map_err(|_| self.memory_error())?;
                num_traits::pow::Pow::pow(x, e)
            }
            BinOp::MatMult => {
                let (a, b) = (self.new_int(x), self.new_int(y));
                return Err(self.unsupported_binop("__matmul__", a, b));
            }
        };
        Ok(self.new_int(r))
    }

    /// Correctly rounded x / y for big ints.
    fn bigint_true_div(&self, x: &BigInt, y: &BigInt) -> PyResult<f64> {
        if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
            if a.abs() < 9007199254740992.0 && b.abs() < 9007199254740992.0 {
                return Ok(a / b);
            }
        }
        // Scale so the quotient has 64+ significant bits, then divide as integers.
        let shift = (y.bits() as i64 - x.bits() as i64 + 66).max(0) as usize;
        let q = (x << shift) / y;
        let f = q.to_f64().unwrap_or(f64::INFINITY) / 2f64.powi(shift as i32);
        if f.is_infinite() {
            return Err(self.new_error(self.exc.overflow_error, "integer division result too large for a float"));
        }
        Ok(f)
    }

    /// Compare two ints of any size.
    pub fn int_cmp(&self, a: Value, b: Value) -> Option<std::cmp::Ordering> {
        if let (Some(x), Some(y)) = (self.as_i64_strict(a), self.as_i64_strict(b)) {
            return Some(x.cmp(&y));
        }
        let x = self.as_bigint_strict(a)?;
        let y = self.as_bigint_strict(b)?;
        Some(x.cmp(&y))
    }

    /// Compare an int (any size) with a float, exactly.
    pub fn int_float_cmp(&self, i: Value, f: f64) -> Option<std::cmp::Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
        }
        let x = self.as_bigint_strict(i)?;
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
                Some(b) => self.new_int(-b - 1),
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
        let r = if e.is_negative() {
            let inv =
                mod_inverse(&b, &m).ok_or_else(|| self.value_error("base is not invertible for the given modulus"))?;
            inv.modpow(&(-e), &m.abs())
        } else {
            b.mod_floor(&m.abs()).modpow(&e, &m.abs())
        };
        let r = if m.is_negative() && !r.is_zero() { r + m } else { r };
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

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// Sign of a BigInt as -1, 0, 1.
pub fn bigint_sign(b: &BigInt) -> i64 {
    match b.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
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
    // Two's complement needs one more bit than the magnitude for the sign (except for -2**(n-1)).
    let needed_bits = if signed {
        if b.is_negative() {
            (-&b - 1u32).bits() + 1
        } else {
            b.bits() + 1
        }
    } else {
        b.bits()
    };
    if needed_bits > (length as u64).saturating_mul(8) {
        return Err(vm.new_error(vm.exc.overflow_error, "int too big to convert"));
    }
    vm.heap.reserve(length).map_err(|_| vm.memory_error())?;
    let mut bytes = b.to_signed_bytes_le();
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
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
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
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
