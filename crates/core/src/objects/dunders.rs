//! The special methods of the builtin types as attributes (`int.__add__`, `(1).__eq__(1)`, and above all
//! `super().__add__(o)` in a subclass of a builtin): each is one native that applies the VM's own operator to
//! the builtin value, so there is no second implementation of any operation.

use crate::heap::Obj;
use crate::objects::function::{Kwargs, NativeFunction, NativeKind};
use crate::objects::typeobj::LazyNatives;
use crate::value::{ObjRef, Value};
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

/// All the dunders, as (name, operation); a dunder native's bound value is its index here.
const TABLE: [(&str, Op); 42] = [
    ("__add__", Op::Binary(BinOp::Add)),
    ("__radd__", Op::Reflected(BinOp::Add)),
    ("__sub__", Op::Binary(BinOp::Sub)),
    ("__rsub__", Op::Reflected(BinOp::Sub)),
    ("__mul__", Op::Binary(BinOp::Mult)),
    ("__rmul__", Op::Reflected(BinOp::Mult)),
    ("__truediv__", Op::Binary(BinOp::Div)),
    ("__rtruediv__", Op::Reflected(BinOp::Div)),
    ("__floordiv__", Op::Binary(BinOp::FloorDiv)),
    ("__rfloordiv__", Op::Reflected(BinOp::FloorDiv)),
    ("__mod__", Op::Binary(BinOp::Mod)),
    ("__rmod__", Op::Reflected(BinOp::Mod)),
    ("__pow__", Op::Binary(BinOp::Pow)),
    ("__rpow__", Op::Reflected(BinOp::Pow)),
    ("__lshift__", Op::Binary(BinOp::LShift)),
    ("__rlshift__", Op::Reflected(BinOp::LShift)),
    ("__rshift__", Op::Binary(BinOp::RShift)),
    ("__rrshift__", Op::Reflected(BinOp::RShift)),
    ("__and__", Op::Binary(BinOp::BitAnd)),
    ("__rand__", Op::Reflected(BinOp::BitAnd)),
    ("__or__", Op::Binary(BinOp::BitOr)),
    ("__ror__", Op::Reflected(BinOp::BitOr)),
    ("__xor__", Op::Binary(BinOp::BitXor)),
    ("__rxor__", Op::Reflected(BinOp::BitXor)),
    ("__eq__", Op::Compare(CmpOp::Eq)),
    ("__ne__", Op::Compare(CmpOp::NotEq)),
    ("__lt__", Op::Compare(CmpOp::Lt)),
    ("__le__", Op::Compare(CmpOp::LtE)),
    ("__gt__", Op::Compare(CmpOp::Gt)),
    ("__ge__", Op::Compare(CmpOp::GtE)),
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
];

/// `args` = [index of the operation in `TABLE`, self, operands...].
fn dunder(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let op = match args.first().and_then(|c| vm.as_i64(*c)).and_then(|c| TABLE.get(c as usize).map(|e| e.1)) {
        Some(op) => op,
        None => return Err(vm.type_error_msg("bad special method")),
    };
    let Some(&receiver) = args.get(1) else { return Err(vm.type_error_msg("special method needs an argument")) };
    let this = vm.unwrap_base(receiver);
    let o = match (args.get(2), op) {
        (Some(&o), _) => o,
        (None, Op::Binary(_) | Op::Reflected(_) | Op::Compare(_) | Op::Contains | Op::GetItem) => {
            return Err(vm.type_error_msg("expected 1 argument"));
        }
        (None, _) => Value::None,
    };
    Ok(match op {
        Op::Binary(bin) | Op::Reflected(bin) => {
            let (a, b) = if let Op::Binary(_) = op { (this, o) } else { (o, this) };
            let r = vm.binary_op(bin, a, b);
            not_implemented_on_type_error(vm, r)?
        }
        Op::Compare(op) => {
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
        Op::Bool => Value::bool(vm.truthy(this)?),
        // `object.__str__`: the receiver's own repr (a subclass may define `__repr__`); a str is itself.
        Op::Str if vm.as_str(this).is_some() => this,
        Op::Str | Op::Repr => {
            let s = vm.repr(if let Op::Str = op { receiver } else { this })?;
            vm.new_string(s)
        }
        Op::Contains => Value::bool(vm.contains(this, o)?),
        Op::GetItem => vm.getitem(this, o)?,
        Op::Iter => vm.iter(this)?,
    })
}

/// A special method answers `NotImplemented` where the operation has none for these operand types (its
/// TypeError), so that Python falls back to the other operand, as `int.__add__(1, "a")` does.
fn not_implemented_on_type_error(vm: &Vm, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if vm.error_matches(&e, vm.exc.type_error) => Ok(vm.not_implemented),
        other => other,
    }
}

/// Give each builtin value type the dunders it does not define itself.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let types =
        [t.int, t.bool_, t.float, t.str, t.bytes, t.bytearray, t.list, t.tuple, t.dict, t.set, t.frozenset, t.range];
    for ty in types {
        vm.declare_lazy(ty, LazyNatives::Dunders);
    }
}

/// Put into a builtin type's namespace the dunders it does not define itself (on the type's first lookup).
/// Numbers get `__bool__` and no container methods; containers get `__len__` and (but for `range`) no
/// `__bool__`, as in CPython: a subclass's own `__len__` then decides its truth, and `len()` of an int
/// subclass is refused as for any object without `__len__`.
pub fn fill_missing(vm: &mut Vm, ty: ObjRef, dict: ObjRef) {
    let t = &vm.types;
    let number = [t.int, t.bool_, t.float].contains(&ty);
    let has_bool = number || ty == t.range;
    for (code, (name, op)) in TABLE.iter().enumerate() {
        let container_op = matches!(op, Op::Len | Op::Contains | Op::GetItem | Op::Iter);
        if (number && container_op) || (!has_bool && matches!(op, Op::Bool)) {
            continue;
        }
        let key = vm.intern(name);
        if vm.dict_get_str_fast(dict, key).is_none() {
            let f = Value::Obj(vm.heap.alloc(Obj::Native(NativeFunction {
                name,
                f: dunder,
                kind: NativeKind::Method,
                bound: Some(Value::Int(code as i64)),
            })));
            let _ = vm.dict_set(dict, key, f);
        }
    }
}
