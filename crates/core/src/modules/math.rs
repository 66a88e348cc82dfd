//! `math`: CircuitPython's math functions with CPython's results and errors (`math domain error` for
//! arguments outside a function's domain, `math range error` for results too large).

use super::util;
use crate::objects::function::{Kwargs, NativeFn};
use crate::objects::int::bigint_from_f64;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.dict_set_str(dict, name, Value::Float(v));
    }
    util::add_functions(vm, dict, UNARY);
    util::add_functions(
        vm,
        dict,
        &[
            ("pow", pow),
            ("atan2", atan2),
            ("fmod", fmod),
            ("copysign", copysign),
            ("log", log),
            ("ldexp", ldexp),
            ("frexp", frexp),
            ("modf", modf),
            ("ceil", ceil),
            ("floor", floor),
            ("trunc", trunc),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
            ("factorial", factorial),
            ("gcd", gcd),
            ("hypot", hypot),
            ("gamma", gamma),
        ],
    );
    Ok(())
}

fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &Vm) -> PyErr {
    vm.new_error(vm.exc.overflow_error, "math range error")
}

fn float_arg(vm: &Vm, args: &[Value], i: usize, name: &str) -> PyResult<f64> {
    match args.get(i) {
        Some(v) => vm.expect_f64(*v),
        None => Err(vm.type_error_msg(format!("{name}() missing required argument"))),
    }
}

/// Apply a one-argument function the way CPython checks libm's result: NaN from a non-NaN argument is a
/// domain error; an infinity from a finite argument is a range error when `overflows`, else a domain
/// error (a pole such as `log(0)`).
fn checked(vm: &Vm, x: f64, r: f64, overflows: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if overflows { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident: $f:expr, $overflows:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
            let x = float_arg(vm, args, 0, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, x, f(x), $overflows)
        })*
        const UNARY: &[(&str, NativeFn)] = &[$((stringify!($name), $name)),*];
    };
}

// The `libm` crate rather than the platform's functions: the native and WebAssembly builds then give
// identical results, to the last bit.
unary! {
    sqrt: f64::sqrt, false;
    exp: libm::exp, true;
    expm1: libm::expm1, true;
    log2: libm::log2, false;
    log10: libm::log10, false;
    log1p: |x| if x <= -1.0 { f64::NAN } else { libm::log1p(x) }, false;
    sin: libm::sin, false;
    cos: libm::cos, false;
    tan: libm::tan, false;
    asin: libm::asin, false;
    acos: libm::acos, false;
    atan: libm::atan, false;
    sinh: libm::sinh, true;
    cosh: libm::cosh, true;
    tanh: libm::tanh, false;
    asinh: libm::asinh, false;
    acosh: libm::acosh, false;
    atanh: |x| if x.abs() >= 1.0 { f64::NAN } else { libm::atanh(x) }, false;
    fabs: f64::abs, false;
    degrees: f64::to_degrees, true;
    radians: f64::to_radians, false;
    erf: libm::erf, false;
    erfc: libm::erfc, false;
    lgamma: |x| if x <= 0.0 && x == x.floor() { f64::NAN } else { libm::lgamma(x) }, true;
}

/// ln(v); ints too large for a float still have a logarithm.
fn log_of(vm: &Vm, v: Value) -> PyResult<f64> {
    if let (Value::Obj(_), Some(b)) = (v, vm.as_bigint(v)) {
        if b.is_positive() && b.bits() > 1000 {
            let shift = b.bits() - 64;
            let top: BigInt = &b >> shift;
            return Ok(libm::log(top.to_f64().unwrap_or(1.0)) + shift as f64 * std::f64::consts::LN_2);
        }
    }
    let x = vm.expect_f64(v)?;
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(libm::log(x))
}

fn log(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = *args.first().ok_or_else(|| vm.type_error_msg("log() missing required argument"))?;
    let lx = log_of(vm, x)?;
    match args.get(1) {
        None => Ok(Value::Float(lx)),
        Some(b) => {
            let lb = log_of(vm, *b)?;
            if lb == 0.0 {
                return Err(vm.zero_division());
            }
            Ok(Value::Float(lx / lb))
        }
    }
}

fn pow(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "pow")?;
    let y = float_arg(vm, args, 1, "pow")?;
    let r = libm::pow(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let y = float_arg(vm, args, 0, "atan2")?;
    let x = float_arg(vm, args, 1, "atan2")?;
    Ok(Value::Float(libm::atan2(y, x)))
}

fn fmod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "fmod")?;
    let y = float_arg(vm, args, 1, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn copysign(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "copysign")?;
    let y = float_arg(vm, args, 1, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "ldexp")?;
    let i = match args.get(1).and_then(|v| vm.as_bigint(*v)) {
        Some(i) => i.clamp(BigInt::from(-100_000), BigInt::from(100_000)),
        None => return Err(vm.type_error_msg("Expected an int")),
    };
    let i: i32 = i.try_into().unwrap_or(0);
    let r = libm::scalbn(x, i);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "frexp")?;
    let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { libm::frexp(x) };
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn modf(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "modf")?;
    let (frac, int) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { (x - x.trunc(), x.trunc()) };
    let frac = if frac == 0.0 { 0.0f64.copysign(x) } else { frac };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// ceil/floor/trunc: ints pass through; floats become ints (big ones too).
fn rounded(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = *args.first().ok_or_else(|| vm.type_error_msg(format!("{name}() missing required argument")))?;
    if vm.is_int(v) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(b as i64),
            v => v,
        });
    }
    let x = vm.expect_f64(v)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    match bigint_from_f64(f(x)) {
        Some(b) => Ok(vm.new_int(b)),
        None => Err(vm.new_error(vm.exc.overflow_error, "cannot convert float infinity to integer")),
    }
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    rounded(vm, args, "ceil", f64::ceil)
}

fn floor(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    rounded(vm, args, "floor", f64::floor)
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    rounded(vm, args, "trunc", f64::trunc)
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, args, 0, "isfinite")?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, args, 0, "isinf")?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, args, 0, "isnan")?.is_nan()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = float_arg(vm, args, 0, "isclose")?;
    let b = float_arg(vm, args, 1, "isclose")?;
    let rel = util::kwarg(vm, kw, "rel_tol").map(|v| vm.expect_f64(v)).transpose()?.unwrap_or(1e-9);
    let abs = util::kwarg(vm, kw, "abs_tol").map(|v| vm.expect_f64(v)).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn int_arg(vm: &Vm, v: Value) -> PyResult<BigInt> {
    vm.as_bigint(v)
        .ok_or_else(|| vm.type_error_msg(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = *args.first().ok_or_else(|| vm.type_error_msg("factorial() missing required argument"))?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n: u64 = n.try_into().map_err(|_| vm.new_error(vm.exc.overflow_error, "factorial() argument too large"))?;
    // Roughly n*log2(n) bits: refuse what cannot fit in the board's heap.
    let bits = (n as f64) * libm::log2(n.max(2) as f64);
    vm.heap.reserve((bits / 8.0) as usize).map_err(|_| vm.memory_error())?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.new_int(r))
}

fn gcd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in args {
        g = g.gcd(&int_arg(vm, *v)?);
    }
    Ok(vm.new_int(g))
}

fn hypot(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(args.len());
    for v in args {
        xs.push(vm.expect_f64(*v)?);
    }
    if xs.iter().any(|x| x.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    Ok(Value::Float(xs.iter().fold(0.0f64, |acc, x| libm::hypot(acc, *x))))
}

fn gamma(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "gamma")?;
    if x == f64::NEG_INFINITY || x <= 0.0 && x == x.floor() {
        return Err(domain_error(vm));
    }
    checked(vm, x, libm::tgamma(x), true)
}
