//! The special methods of the builtin types as attributes (`int.__add__`, `(1).__eq__(1)`, and above all
//! `super().__add__(o)` in a subclass of a builtin): each is one native that applies the VM's own operator to
//! the builtin value, so there is no second implementation of any operation.

use crate::heap::Obj;
use crate::objects::function::{Kwargs, NativeFunction, NativeKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use circuitpython_parser::ast::{BinOp, CmpOp, UnaryOp};

/// What a dunder does, encoded in the native's bound value.
#[derive(Clone, Copy)]
enum Op {
    Binary(BinOp),
    Reflected(BinOp),
    Compare(CmpOp),
    Unary(UnaryOp),
    Abs,
    Len,
    Hash,
    Bool,
    Str,
    Repr,
    Contains,
    GetItem,
    Iter,
}

const BINARY: [(BinOp, &str, &str); 12] = [
    (BinOp::Add, "__add__", "__radd__"),
    (BinOp::Sub, "__sub__", "__rsub__"),
    (BinOp::Mult, "__mul__", "__rmul__"),
    (BinOp::Div, "__truediv__", "__rtruediv__"),
    (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"),
    (BinOp::Mod, "__mod__", "__rmod__"),
    (BinOp::Pow, "__pow__", "__rpow__"),
    (BinOp::LShift, "__lshift__", "__rlshift__"),
    (BinOp::RShift, "__rshift__", "__rrshift__"),
    (BinOp::BitAnd, "__and__", "__rand__"),
    (BinOp::BitOr, "__or__", "__ror__"),
    (BinOp::BitXor, "__xor__", "__rxor__"),
];

const COMPARE: [(CmpOp, &str); 6] = [
    (CmpOp::Eq, "__eq__"),
    (CmpOp::NotEq, "__ne__"),
    (CmpOp::Lt, "__lt__"),
    (CmpOp::LtE, "__le__"),
    (CmpOp::Gt, "__gt__"),
    (CmpOp::GtE, "__ge__"),
];

/// All the dunders, as (name, operation).
fn table() -> Vec<(&'static str, Op)> {
    let mut t: Vec<(&'static str, Op)> = Vec::new();
    for (op, name, rname) in BINARY {
        t.push((name, Op::Binary(op)));
        t.push((rname, Op::Reflected(op)));
    }
    for (op, name) in COMPARE {
        t.push((name, Op::Compare(op)));
    }
    t.extend([
        ("__neg__", Op::Unary(UnaryOp::USub)),
        ("__pos__", Op::Unary(UnaryOp::UAdd)),
        ("__invert__", Op::Unary(UnaryOp::Invert)),
        ("__abs__", Op::Abs),
        ("__len__", Op::Len),
        ("__hash__", Op::Hash),
        ("__bool__", Op::Bool),
        ("__str__", Op::Str),
        ("__repr__", Op::Repr),
        ("__contains__", Op::Contains),
        ("__getitem__", Op::GetItem),
        ("__iter__", Op::Iter),
    ]);
    t
}

/// `args` = [index of the operation in `table()`, self, operands...].
fn dunder(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let op = match args.first().and_then(|c| vm.as_i64(*c)).and_then(|c| table().get(c as usize).map(|e| e.1)) {
        Some(op) => op,
        None => return Err(vm.type_error_msg("bad special method")),
    };
    let Some(&receiver) = args.get(1) else { return Err(vm.type_error_msg("special method needs an argument")) };
    let this = vm.unwrap_base(receiver);
    let other = || args.get(2).copied();
    let need = |vm: &Vm| vm.type_error_msg("expected 1 argument");
    Ok(match op {
        Op::Binary(op) => {
            let o = other().ok_or_else(|| need(vm))?;
            let r = vm.binary_op(op, this, o);
            not_implemented_on_type_error(vm, r)?
        }
        Op::Reflected(op) => {
            let o = other().ok_or_else(|| need(vm))?;
            let r = vm.binary_op(op, o, this);
            not_implemented_on_type_error(vm, r)?
        }
        Op::Compare(op) => {
            let o = other().ok_or_else(|| need(vm))?;
            let r = vm.compare(this, o, op);
            not_implemented_on_type_error(vm, r)?
        }
        Op::Unary(op) => vm.unary_op(op, this)?,
        Op::Abs => {
            let neg = vm.compare(this, Value::Int(0), CmpOp::Lt)?;
            if vm.truthy(neg)? {
                vm.unary_op(UnaryOp::USub, this)?
            } else {
                this
            }
        }
        Op::Len => Value::Int(vm.len(this)? as i64),
        Op::Hash => Value::Int(vm.hash(this)?),
        Op::Bool => Value::Bool(vm.truthy(this)?),
        // `object.__str__`: the receiver's own repr (a subclass may define `__repr__`); a str is itself.
        Op::Str if vm.as_str(this).is_some() => this,
        Op::Str => {
            let s = vm.repr(receiver)?;
            vm.new_string(s)
        }
        Op::Repr => {
            let s = vm.repr(this)?;
            vm.new_string(s)
        }
        Op::Contains => {
            let o = other().ok_or_else(|| need(vm))?;
            Value::Bool(vm.contains(this, o)?)
        }
        Op::GetItem => {
            let o = other().ok_or_else(|| need(vm))?;
            vm.getitem(this, o)?
        }
        Op::Iter => vm.iter(this)?,
    })
}

/// Give each builtin value type the dunders it does not define itself.
/// A special method answers `NotImplemented` where the operation has none for these operand types (its
/// TypeError), so that Python falls back to the other operand, as `int.__add__(1, "a")` does.
fn not_implemented_on_type_error(vm: &Vm, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if vm.error_matches(&e, vm.exc.type_error) => Ok(vm.not_implemented),
        other => other,
    }
}

pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let types =
        [t.int, t.bool_, t.float, t.str, t.bytes, t.bytearray, t.list, t.tuple, t.dict, t.set, t.frozenset, t.range];
    for (code, (name, _)) in table().into_iter().enumerate() {
        let f = Value::Obj(vm.heap.alloc(Obj::Native(NativeFunction {
            name,
            f: dunder,
            kind: NativeKind::Method,
            bound: Some(Value::Int(code as i64)),
        })));
        let key = vm.intern(name);
        for ty in types {
            let dict = vm.type_obj(ty).dict;
            if vm.dict_get_str_fast(dict, key).is_none() {
                let _ = vm.dict_set(dict, key, f);
            }
        }
    }
}
