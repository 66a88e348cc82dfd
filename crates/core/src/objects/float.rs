//! `float`: IEEE double arithmetic with Python's semantics (floor division and modulo with the divisor's
//! sign, `ZeroDivisionError`, `OverflowError` from `**`), mixed with ints.

use crate::heap::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use circuitpython_parser::ast::BinOp;
use num_traits::ToPrimitive;

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
        Value::Float(f) => Some(Ok(f)),
        Value::Int(i) => Some(Ok(i as f64)),
        Value::Bool(b) => Some(Ok(b as i64 as f64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some(b.to_f64().filter(|f| f.is_finite()).ok_or(())),
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
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.new_error(vm.exc.overflow_error, "math range error"));
            }
            r
        }
        _ => {
            let (fa, fb) = (Value::Float(x), Value::Float(y));
            let (name, _, _) = crate::vm::ops::binop_dunders(op);
            return Err(vm.unsupported_binop(name, fa, fb));
        }
    };
    Ok(Value::Float(r))
}

use crate::objects::function::Kwargs;

/// `float(x=0.0)`.
fn float_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(&x) = args.get(1) else { return Ok(Value::Float(0.0)) };
    if let Some(s) = vm.as_str(x) {
        let s = s.to_string();
        return match crate::numfmt::parse_float(&s) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                Err(vm.value_error(format!("could not convert string to float: {}", crate::objects::str::str_repr(&s))))
            }
        };
    }
    if let Some(f) = vm.special_method(x, "__float__") {
        return vm.call(f, &[x]);
    }
    vm.expect_f64(x).map(Value::Float)
}

pub fn register(vm: &mut Vm) {
    vm.set_constructor(vm.types.float, float_new);
}
