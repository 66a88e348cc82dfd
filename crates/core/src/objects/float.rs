//! `float`: IEEE double arithmetic with Python's semantics (floor division and modulo with the divisor's
//! sign, `ZeroDivisionError`, `OverflowError` from `**`), mixed with ints.

use crate::heap::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use circuitpython_parser::ast::BinOp;

/// Python's float modulo: the result has the sign of the divisor.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

/// The float value of a number operand for mixed arithmetic, or None if it is not a number.
fn operand(vm: &Vm, v: Value) -> Option<Result<f64, ()>> {
    match v {
        Value::Float(f) => Some(Ok(f.get())),
        Value::Int(i) => Some(Ok(i as f64)),
        Value::Bool(b) => Some(Ok(b.get() as i64 as f64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some(Some(b.to_f64()).filter(|f| f.is_finite()).ok_or(())),
            _ => None,
        },
        _ => None,
    }
}

/// Arithmetic where at least one side is a float. None when the operands aren't both numbers or neither
/// is a float.
pub fn float_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
        return None;
    }
    let x = operand(vm, a)?;
    let y = operand(vm, b)?;
    let (Ok(x), Ok(y)) = (x, y) else {
        return Some(Err(vm.new_error(vm.exc.overflow_error, "int too large to convert to float")));
    };
    Some(float_arith(vm, op, x, y))
}

pub fn float_arith(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(vm.zero_division());
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division());
            }
            float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division());
            }
            float_mod(x, y)
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.new_error(vm.exc.zero_division_error, "0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return Err(vm.value_error("complex values not supported"));
            }
            let r = libm::pow(x, y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.new_error(vm.exc.overflow_error, "math range error"));
            }
            r
        }
        _ => {
            let (fa, fb) = (Value::float(x), Value::float(y));
            let (name, _, _) = crate::vm::ops::binop_dunders(op);
            return Err(vm.unsupported_binop(name, fa, fb));
        }
    };
    Ok(Value::float(r))
}

use crate::builtins::{check_args, float_to_int, reject_kwargs, round_float, take_kwargs};
use crate::objects::function::Kwargs;

/// `float(x=0.0)`: from a number, a string (`' 1e3 '`, `'nan'`, `'-inf'`), bytes, or `__float__`/`__index__`.
fn float_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "float", kw)?;
    check_args(vm, "float", &args[1..], 0, 1)?;
    let Some(&x) = args.get(1) else { return Ok(Value::float(0.0)) };
    let text = match vm.as_str(x) {
        Some(s) => Some(s.to_string()),
        None => vm.as_bytes(x).map(|b| String::from_utf8_lossy(b).into_owned()),
    };
    if let Some(s) = text {
        return match crate::numfmt::parse_float(&s) {
            Some(f) => Ok(Value::float(f)),
            // CircuitPython's wording (py/parsenum.c), which does not repeat the text.
            None => Err(vm.value_error("invalid syntax for number")),
        };
    }
    let u = vm.unwrap_base(x);
    if let Value::Float(f) = u {
        return Ok(Value::float(f.get()));
    }
    if !u.is(x) || !matches!(x, Value::Obj(_)) || vm.is_int(x) {
        return vm.expect_f64(u).map(Value::float);
    }
    if let Some(f) = vm.special_method(x, "__float__") {
        let r = vm.call(f, &[x])?;
        return match vm.unwrap_base(r) {
            Value::Float(f) => Ok(Value::float(f.get())),
            _ => Err(vm.type_error_msg(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(r)
            ))),
        };
    }
    if let Some(f) = vm.special_method(x, "__index__") {
        let r = vm.call(f, &[x])?;
        return vm.expect_f64(r).map(Value::float);
    }
    vm.expect_f64(x).map(Value::float)
}

/// The float value of a method's `self` (a float or an instance of a float subclass).
fn self_float(vm: &Vm, v: Value) -> PyResult<f64> {
    match vm.unwrap_base(v) {
        Value::Float(f) => Ok(f.get()),
        _ => Err(vm.type_error_msg(format!("descriptor requires a 'float', not '{}'", vm.type_name(v)))),
    }
}

fn is_integer(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "is_integer", kw)?;
    check_args(vm, "is_integer", &args[1..], 0, 0)?;
    let f = self_float(vm, args[0])?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

/// `__int__` and `__trunc__`: toward zero.
fn float_trunc(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    float_to_int(vm, f)
}

fn float_floor(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = self_float(vm, args[0])?;
    float_to_int(vm, f.ceil())
}

fn float_round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [ndigits] = take_kwargs(vm, "__round__", &args[1..], kw, &["ndigits"])?;
    let f = self_float(vm, args[0])?;
    round_float(vm, f, ndigits.filter(|n| !n.is_none()))
}

fn float_value(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    self_float(vm, args[0]).map(Value::float)
}

fn float_zero(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

pub fn register(vm: &mut Vm) {
    let float = vm.types.float;
    crate::objects::int::add_getters(vm, float, &[("real", float_value), ("imag", float_zero)]);
    vm.set_constructor(float, float_new);
    vm.add_methods(
        float,
        &[
            ("is_integer", is_integer),
            ("conjugate", float_value),
            ("__int__", float_trunc),
            ("__trunc__", float_trunc),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__round__", float_round),
        ],
    );
}
