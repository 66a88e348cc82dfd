//! `set` and `frozenset` operators (`| & - ^` and their in-place forms), and `dict | dict`.

use crate::heap::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use circuitpython_parser::ast::BinOp;

fn keys_of(vm: &Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Set { store, .. } => store.keys(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn is_dict(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)))
}

/// The members of `a op b`.
fn combine(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Vec<Value>> {
    let (ka, kb) = (keys_of(vm, a), keys_of(vm, b));
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    match op {
        BinOp::BitOr => {
            out.extend_from_slice(&ka);
            for k in kb {
                if !vm.dict_contains(ra, k)? {
                    out.push(k);
                }
            }
        }
        BinOp::BitAnd => {
            for k in ka {
                if vm.dict_contains(rb, k)? {
                    out.push(k);
                }
            }
        }
        BinOp::Sub => {
            for k in ka {
                if !vm.dict_contains(rb, k)? {
                    out.push(k);
                }
            }
        }
        BinOp::BitXor => {
            for k in ka {
                if !vm.dict_contains(rb, k)? {
                    out.push(k);
                }
            }
            for k in kb {
                if !vm.dict_contains(ra, k)? {
                    out.push(k);
                }
            }
        }
        _ => {}
    }
    Ok(out)
}

pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if is_dict(vm, a) || is_dict(vm, b) {
        if op != BinOp::BitOr || !is_dict(vm, a) || !is_dict(vm, b) {
            return Ok(None);
        }
        let d = vm.new_dict();
        for src in [a, b] {
            let r = vm.dict_ref(src).expect("dict");
            for (k, v) in vm.dict_store(r).items() {
                vm.dict_set(d, k, v)?;
            }
        }
        return Ok(Some(Value::Obj(d)));
    }
    let frozen = matches!(a, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set { frozen: true, .. }));
    let members = combine(vm, op, a, b)?;
    let s = vm.new_set(frozen);
    for k in members {
        vm.dict_set(s, k, Value::None)?;
    }
    Ok(Some(Value::Obj(s)))
}

/// `s |= t` and friends (and `d |= mapping`), mutating `a`.
pub fn inplace_set_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let Value::Obj(ra) = a else { return Err(vm.type_error_msg("set expected")) };
    if is_dict(vm, a) {
        let items = match vm.dict_ref(b) {
            Some(rb) => vm.dict_store(rb).items(),
            None => return Err(vm.unsupported_binop("__ior__", a, b)),
        };
        for (k, v) in items {
            vm.dict_set(ra, k, v)?;
        }
        return Ok(a);
    }
    if !matches!(b, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set { .. })) {
        let (_, _, name) = crate::vm::ops::binop_dunders(op);
        return Err(vm.unsupported_binop(name, a, b));
    }
    let members = combine(vm, op, a, b)?;
    vm.dict_store_mut(ra).clear();
    for k in members {
        vm.dict_set(ra, k, Value::None)?;
    }
    Ok(a)
}

use crate::objects::function::Kwargs;

fn make_set(vm: &mut Vm, args: &[Value], frozen: bool) -> PyResult<Value> {
    let s = vm.new_set(frozen);
    if let Some(&src) = args.get(1) {
        for it in vm.collect_iter(src)? {
            vm.dict_set(s, it, Value::None)?;
        }
    }
    Ok(Value::Obj(s))
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    make_set(vm, args, false)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    make_set(vm, args, true)
}

fn set_add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Obj(s) = vm.unwrap_base(args[0]) else { return Err(vm.type_error_msg("set expected")) };
    vm.dict_set(s, args[1], Value::None)?;
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    vm.set_constructor(vm.types.set, set_new);
    vm.set_constructor(vm.types.frozenset, frozenset_new);
    vm.add_methods(vm.types.set, &[("add", set_add)]);
}
