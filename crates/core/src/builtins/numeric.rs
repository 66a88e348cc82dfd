//! The numeric builtins: `abs`, `bin`/`oct`/`hex`, `chr`/`ord`, `divmod`, `pow`, `round`, `format`, `ascii`.

use super::{check_args, reject_kwargs, take_kwargs};
use crate::objects::function::{Kwargs, NativeFn};
use crate::objects::int::big_div_round_even;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use circuitpython_bigint::BigInt;
use circuitpython_parser::ast::BinOp;

/// An integer argument as a BigInt, honouring `__index__` of Python classes.
pub fn index_bigint(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = vm.as_bigint(v) {
        return Ok(b);
    }
    if let Some(f) = vm.special_method(v, "__index__") {
        let r = vm.call(f, &[v])?;
        if let Some(b) = vm.as_bigint(r) {
            return Ok(b);
        }
        return Err(vm.type_error_for("__index__ returned non-int (type ", r, ")"));
    }
    Err(vm.type_error_for("'", v, "' object cannot be interpreted as an integer"))
}

fn is_builtin_number(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Float(_)) || vm.is_int(v)
}

fn abs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "abs", kw)?;
    check_args(vm, "abs", args, 1, 1)?;
    let v = args[0];
    if let Some(f) = vm.special_method(v, "__abs__") {
        return vm.call(f, &[v]);
    }
    match vm.unwrap_base(v) {
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_int(BigInt::from(i.unsigned_abs())),
        }),
        u => match vm.as_bigint(u) {
            Some(b) => Ok(vm.new_int(b.abs())),
            None => Err(vm.type_error_for("unsupported type for __abs__: '", v, "'")),
        },
    }
}

/// `bin`/`oct`/`hex`: the sign, the prefix, then the digits of the magnitude.
fn radix_string(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, radix: u32, prefix: &str) -> PyResult<Value> {
    reject_kwargs(vm, name, kw)?;
    check_args(vm, name, args, 1, 1)?;
    let b = index_bigint(vm, args[0])?;
    let sign = if b.is_negative() { "-" } else { "" };
    let digits = crate::numfmt::magnitude_digits(&b, radix);
    Ok(vm.new_string(format!("{sign}{prefix}{digits}")))
}

fn bin(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix_string(vm, "bin", args, kw, 2, "0b")
}

fn oct(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix_string(vm, "oct", args, kw, 8, "0o")
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix_string(vm, "hex", args, kw, 16, "0x")
}

fn chr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "chr", kw)?;
    check_args(vm, "chr", args, 1, 1)?;
    let b = index_bigint(vm, args[0])?;
    // Lone surrogates can't live in a str here (strings are UTF-8), so they are out of range too.
    match b.to_u32().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(vm.new_str(c.encode_utf8(&mut buf)))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "ord", kw)?;
    check_args(vm, "ord", args, 1, 1)?;
    let v = args[0];
    if let Some(s) = vm.as_pystr(v) {
        let n = s.char_len();
        if n == 1 {
            return Ok(Value::Int(s.char_at(0) as i64));
        }
        return Err(vm.type_error_msg(format!("ord() expected a character, but string of length {n} found")));
    }
    if let Some(b) = vm.as_bytes(v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        let n = b.len();
        return Err(vm.type_error_msg(format!("ord() expected a character, but string of length {n} found")));
    }
    Err(vm.type_error_for("ord() expected string of length 1, but ", v, " found"))
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "divmod", kw)?;
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let (ua, ub) = (vm.unwrap_base(a), vm.unwrap_base(b));
    if !is_builtin_number(vm, ua) || !is_builtin_number(vm, ub) || !ua.is(a) || !ub.is(b) {
        if let Some(f) = vm.special_method(a, "__divmod__") {
            let r = vm.call(f, &[a, b])?;
            if !r.is(vm.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(f) = vm.special_method(b, "__rdivmod__") {
            let r = vm.call(f, &[b, a])?;
            if !r.is(vm.not_implemented) {
                return Ok(r);
            }
        }
        if !is_builtin_number(vm, ua) || !is_builtin_number(vm, ub) {
            return Err(vm.unsupported_binop("__divmod__", a, b));
        }
    }
    let q = vm.binary_op(BinOp::FloorDiv, ua, ub)?;
    let r = vm.binary_op(BinOp::Mod, ua, ub)?;
    Ok(vm.new_tuple(vec![q, r]))
}

/// `pow(base, exp, mod=None)`.
fn pow(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [base, exp, modulus] = take_kwargs(vm, "pow", args, kw, &["base", "exp", "mod"])?;
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error_msg("pow() missing required argument"));
    };
    match modulus {
        None | Some(Value::None) => vm.binary_op(BinOp::Pow, base, exp),
        Some(m) => {
            if let Some(f) = vm.special_method(base, "__pow__") {
                let r = vm.call(f, &[base, exp, m])?;
                if !r.is(vm.not_implemented) {
                    return Ok(r);
                }
            }
            let (b, e, m) = (vm.unwrap_base(base), vm.unwrap_base(exp), vm.unwrap_base(m));
            vm.int_pow_mod(b, e, m)
        }
    }
}

/// `round(number, ndigits=None)`.
fn round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [number, ndigits] = take_kwargs(vm, "round", args, kw, &["number", "ndigits"])?;
    let Some(x) = number else { return Err(vm.type_error_msg("round() missing required argument 'number'")) };
    let ndigits = ndigits.filter(|n| !n.is_none());
    let u = vm.unwrap_base(x);
    if u.is(x) || vm.special_method(x, "__round__").is_none() {
        if let Value::Float(f) = u {
            return round_float(vm, f.get(), ndigits);
        }
        if vm.is_int(u) {
            return round_int(vm, u, ndigits);
        }
    }
    match vm.special_method(x, "__round__") {
        Some(f) => match ndigits {
            Some(n) => vm.call(f, &[x, n]),
            None => vm.call(f, &[x]),
        },
        None => Err(vm.type_error_for("type ", x, " doesn't define __round__ method")),
    }
}

/// `round()` of an int: unchanged unless `ndigits` is negative, then to the nearest multiple of 10**-ndigits
/// with ties to even.
pub fn round_int(vm: &mut Vm, x: Value, ndigits: Option<Value>) -> PyResult<Value> {
    let x = match x {
        Value::Bool(b) => Value::Int(b.get() as i64),
        v => v,
    };
    let Some(n) = ndigits else { return Ok(x) };
    let n = index_bigint(vm, n)?;
    if !n.is_negative() {
        return Ok(x);
    }
    let b = vm.as_bigint(x).unwrap_or_default();
    // 10**k beyond the number's own size rounds it to 0 either way.
    let k = match (-n).to_u32() {
        Some(k) if (k as u64) <= b.bits() / 3 + 2 => k,
        _ => return Ok(Value::Int(0)),
    };
    let p = BigInt::from(10u64).pow(k);
    Ok(vm.new_int(&big_div_round_even(&b, &p) * &p))
}

/// `round()` of a float: an int without `ndigits`, else a float rounded half to even in decimal.
pub fn round_float(vm: &mut Vm, f: f64, ndigits: Option<Value>) -> PyResult<Value> {
    match ndigits {
        None => float_to_int(vm, f.round_ties_even()),
        Some(n) => {
            let n = index_bigint(vm, n)?;
            let n = n.to_i32().unwrap_or(if n.is_negative() { i32::MIN } else { i32::MAX });
            crate::numfmt::round_half_even(f, n).map(Value::float).map_err(|e| vm.numfmt_error(e))
        }
    }
}

/// An integral float as an int (`int(f)` after truncation or rounding), with Python's errors for NaN and
/// infinities.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_error(vm.exc.overflow_error, "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(vm.new_int(crate::objects::int::bigint_from_f64(t).unwrap_or_default()))
}

fn format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "format", kw)?;
    check_args(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(s) => match vm.as_str(*s) {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error_for("format() argument 2 must be str, not ", *s, "")),
        },
    };
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_string(s))
}

fn ascii(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "ascii", kw)?;
    check_args(vm, "ascii", args, 1, 1)?;
    let r = vm.repr(args[0])?;
    Ok(vm.new_string(crate::objects::str::ascii_escape(&r)))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("bin", bin),
    ("oct", oct),
    ("hex", hex),
    ("chr", chr),
    ("ord", ord),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("format", format),
    ("ascii", ascii),
];
