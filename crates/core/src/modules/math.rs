//! `math`: CircuitPython's math functions with CPython's results and errors (`math domain error` for
//! arguments outside a function's domain, `math range error` for results too large).

use super::util;
use crate::objects::function::Kwargs;
use crate::objects::int::bigint_from_f64;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use circuitpython_bigint::BigInt;

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.dict_set_str(dict, name, Value::float(v));
    }
    // The functions of `TABLE` share one native, bound to the entry's index (which arrives as `args[0]`).
    for (i, (name, _)) in TABLE.iter().enumerate() {
        let f = vm.new_native_bound(name, dispatch, Value::Int(i as i64));
        vm.dict_set_str(dict, name, f);
    }
    util::add_functions(
        vm,
        dict,
        &[
            ("sqrt", sqrt),
            ("log", log),
            ("ldexp", ldexp),
            ("frexp", frexp),
            ("modf", modf),
            ("isclose", isclose),
            ("factorial", factorial),
            ("gcd", gcd),
            ("hypot", hypot),
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
    Ok(Value::float(r))
}

/// What a function of `TABLE` computes.
enum Op {
    /// A float function, and whether an infinite result from a finite argument is an overflow (see
    /// `checked`).
    Float(fn(f64) -> f64, bool),
    /// A two-argument float function. CPython's checks on the result: NaN from non-NaN arguments is a
    /// domain error; an infinity from finite ones (only `pow` makes one) is a range error, or a domain
    /// error for a zero base (`pow(0.0, -1.0)`).
    Float2(fn(f64, f64) -> f64),
    Test(fn(f64) -> bool),
    /// Rounding to an int: ints pass through; floats become ints (big ones too).
    Round(fn(f64) -> f64),
}

/// The functions that differ only in what they compute. The `libm` crate rather than the platform's
/// functions: the native and WebAssembly builds then give identical results, to the last bit.
const TABLE: &[(&str, Op)] = &[
    ("exp", Op::Float(libm::exp, true)),
    ("expm1", Op::Float(libm::expm1, true)),
    ("log2", Op::Float(libm::log2, false)),
    ("log10", Op::Float(libm::log10, false)),
    ("log1p", Op::Float(|x| if x <= -1.0 { f64::NAN } else { libm::log1p(x) }, false)),
    ("sin", Op::Float(libm::sin, false)),
    ("cos", Op::Float(libm::cos, false)),
    ("tan", Op::Float(libm::tan, false)),
    ("asin", Op::Float(libm::asin, false)),
    ("acos", Op::Float(libm::acos, false)),
    ("atan", Op::Float(libm::atan, false)),
    ("sinh", Op::Float(libm::sinh, true)),
    ("cosh", Op::Float(libm::cosh, true)),
    ("tanh", Op::Float(libm::tanh, false)),
    ("asinh", Op::Float(libm::asinh, false)),
    ("acosh", Op::Float(libm::acosh, false)),
    ("atanh", Op::Float(|x| if x.abs() >= 1.0 { f64::NAN } else { libm::atanh(x) }, false)),
    ("fabs", Op::Float(f64::abs, false)),
    ("degrees", Op::Float(f64::to_degrees, true)),
    ("radians", Op::Float(f64::to_radians, false)),
    ("erf", Op::Float(libm::erf, false)),
    ("erfc", Op::Float(libm::erfc, false)),
    ("lgamma", Op::Float(|x| if x <= 0.0 && x == x.floor() { f64::NAN } else { libm::lgamma(x) }, true)),
    // Poles (-inf, zero and the negative integers) give NaN, hence a domain error.
    (
        "gamma",
        Op::Float(
            |x| if x == f64::NEG_INFINITY || x <= 0.0 && x == x.floor() { f64::NAN } else { libm::tgamma(x) },
            true,
        ),
    ),
    ("pow", Op::Float2(libm::pow)),
    ("atan2", Op::Float2(libm::atan2)),
    ("fmod", Op::Float2(|x, y| if y.is_infinite() && x.is_finite() { x } else { x % y })),
    ("copysign", Op::Float2(f64::copysign)),
    ("isfinite", Op::Test(f64::is_finite)),
    ("isinf", Op::Test(f64::is_infinite)),
    ("isnan", Op::Test(f64::is_nan)),
    ("ceil", Op::Round(f64::ceil)),
    ("floor", Op::Round(f64::floor)),
    ("trunc", Op::Round(f64::trunc)),
];

fn dispatch(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let i = match args[0] {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let (name, ref op) = TABLE[i];
    let v = *args.get(1).ok_or_else(|| vm.type_error_msg(format!("{name}() missing required argument")))?;
    match *op {
        Op::Float(f, overflows) => {
            let x = vm.expect_f64(v)?;
            checked(vm, x, f(x), overflows)
        }
        Op::Float2(f) => {
            let x = vm.expect_f64(v)?;
            let y = float_arg(vm, args, 2, name)?;
            let r = f(x, y);
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return Err(domain_error(vm));
            }
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
            }
            Ok(Value::float(r))
        }
        Op::Test(f) => Ok(Value::bool(f(vm.expect_f64(v)?))),
        Op::Round(f) => rounded(vm, v, f),
    }
}

/// Kept apart from `TABLE`: the benchmarks call it in a loop, and a bound native costs a copy of the arguments.
fn sqrt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "sqrt")?;
    checked(vm, x, x.sqrt(), false)
}

/// ln(v); ints too large for a float still have a logarithm.
fn log_of(vm: &Vm, v: Value) -> PyResult<f64> {
    if let (Value::Obj(_), Some(b)) = (v, vm.as_bigint(v)) {
        if b.is_positive() && b.bits() > 1000 {
            let shift = b.bits() - 64;
            let top: BigInt = &b >> shift as usize;
            return Ok(libm::log(top.to_f64()) + shift as f64 * std::f64::consts::LN_2);
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
        None => Ok(Value::float(lx)),
        Some(b) => {
            let lb = log_of(vm, *b)?;
            if lb == 0.0 {
                return Err(vm.zero_division());
            }
            Ok(Value::float(lx / lb))
        }
    }
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "ldexp")?;
    let i = match args.get(1).and_then(|v| vm.as_bigint(*v)) {
        // Beyond ±100000 every result is 0 or infinite already.
        Some(i) => i.to_i64().unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }).clamp(-100_000, 100_000),
        None => return Err(vm.type_error_msg("Expected an int")),
    };
    let i = i as i32;
    let r = libm::scalbn(x, i);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "frexp")?;
    let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { libm::frexp(x) };
    Ok(vm.new_tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn modf(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, args, 0, "modf")?;
    let (frac, int) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { (x - x.trunc(), x.trunc()) };
    let frac = if frac == 0.0 { 0.0f64.copysign(x) } else { frac };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(int)]))
}

fn rounded(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<Value> {
    if vm.is_int(v) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(b.get() as i64),
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

fn kw_f64(vm: &Vm, kw: Kwargs, name: &str, default: f64) -> PyResult<f64> {
    match util::kwarg(vm, kw, name) {
        Some(v) => vm.expect_f64(v),
        None => Ok(default),
    }
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = float_arg(vm, args, 0, "isclose")?;
    let b = float_arg(vm, args, 1, "isclose")?;
    let rel = kw_f64(vm, kw, "rel_tol", 1e-9)?;
    let abs = kw_f64(vm, kw, "abs_tol", 0.0)?;
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn int_arg(vm: &Vm, v: Value) -> PyResult<BigInt> {
    vm.as_bigint(v).ok_or_else(|| vm.type_error_for("'", v, "' object cannot be interpreted as an integer"))
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = *args.first().ok_or_else(|| vm.type_error_msg("factorial() missing required argument"))?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| vm.new_error(vm.exc.overflow_error, "factorial() argument too large"))?;
    // Roughly n*log2(n) bits: refuse what cannot fit in the board's heap.
    let bits = (n as f64) * libm::log2(n.max(2) as f64);
    vm.text_fits((bits / 8.0) as usize)?;
    let mut r = BigInt::from(1u64);
    for i in 2..=n {
        r = &r * &BigInt::from(i);
    }
    Ok(vm.new_int(r))
}

fn gcd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut g = BigInt::ZERO;
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
        return Ok(Value::float(f64::INFINITY));
    }
    Ok(Value::float(xs.iter().fold(0.0f64, |acc, x| libm::hypot(acc, *x))))
}
