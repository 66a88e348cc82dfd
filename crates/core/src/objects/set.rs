//! `set` and `frozenset`: operators (`| & - ^` and their in-place forms, plus `dict | dict`), constructors and
//! methods. The named methods accept any iterables, unlike the operators.

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
        BinOp::BitOr => out = ka,
        BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => keep_where(vm, &mut out, &ka, rb, op == BinOp::BitAnd)?,
        _ => {}
    }
    if matches!(op, BinOp::BitOr | BinOp::BitXor) {
        keep_where(vm, &mut out, &kb, ra, false)?;
    }
    Ok(out)
}

/// Push onto `out` the `keys` that are (or are not) in set `s`.
fn keep_where(vm: &mut Vm, out: &mut Vec<Value>, keys: &[Value], s: ObjRef, if_in: bool) -> PyResult<()> {
    for &k in keys {
        if vm.dict_contains(s, k)? == if_in {
            out.push(k);
        }
    }
    Ok(())
}

/// Add `keys` to set `s`.
fn insert_keys(vm: &mut Vm, s: ObjRef, keys: &[Value]) -> PyResult<()> {
    for &k in keys {
        vm.dict_set(s, k, Value::None)?;
    }
    Ok(())
}

/// `v` as an operand of the set operators: a set, or a keys/items view turned into one.
pub fn set_operand(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set { .. })) {
        return Ok(Some(v));
    }
    crate::objects::dict::view_as_set(vm, v)
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
    insert_keys(vm, s, &members)?;
    Ok(Some(Value::Obj(s)))
}

/// `s |= t` and friends (and `d |= mapping`), mutating `a`.
pub fn inplace_set_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let Value::Obj(ra) = a else { return Err(vm.type_error_msg("set expected")) };
    if is_dict(vm, a) {
        // `d |= other` takes whatever `d.update(other)` takes.
        crate::objects::dict::dict_update_from(vm, ra, b)?;
        return Ok(a);
    }
    if !matches!(b, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set { .. })) {
        let (_, _, name) = crate::vm::ops::binop_dunders(op);
        return Err(vm.unsupported_binop(name, a, b));
    }
    let members = combine(vm, op, a, b)?;
    vm.dict_store_mut(ra).clear();
    insert_keys(vm, ra, &members)?;
    Ok(a)
}

use crate::builtins::check_args;
use crate::objects::function::Kwargs;
use crate::objects::list::{receiver, READ_PROTOCOL};
use crate::value::ObjRef;

/// The set or frozenset behind the receiver (also a subclass instance wrapping one).
fn set_of(vm: &Vm, args: &[Value]) -> PyResult<ObjRef> {
    let v = receiver(vm, args)?;
    match vm.unwrap_base(v) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set { .. }) => Ok(r),
        _ => Err(vm.type_error_msg(format!("descriptor for 'set' doesn't apply to '{}'", vm.type_name(v)))),
    }
}

fn is_frozen(vm: &Vm, r: ObjRef) -> bool {
    matches!(vm.heap.get(r), Obj::Set { frozen: true, .. })
}

/// `other` as a set to probe: itself if it is one, else a temporary set of its items.
fn probe_set(vm: &mut Vm, other: Value) -> PyResult<ObjRef> {
    if let Value::Obj(r) = vm.unwrap_base(other) {
        if matches!(vm.heap.get(r), Obj::Set { .. }) {
            return Ok(r);
        }
    }
    let s = vm.new_set(true);
    add_all(vm, s, other)?;
    Ok(s)
}

fn add_all(vm: &mut Vm, s: ObjRef, items: Value) -> PyResult<()> {
    let items = vm.collect_iter(items)?;
    insert_keys(vm, s, &items)
}

fn members(vm: &Vm, s: ObjRef) -> Vec<Value> {
    vm.dict_store(s).keys()
}

fn replace_members(vm: &mut Vm, s: ObjRef, keep: Vec<Value>) -> PyResult<()> {
    vm.dict_store_mut(s).clear();
    insert_keys(vm, s, &keep)?;
    vm.heap.resize(s);
    Ok(())
}

/// A new set (of `s`'s kind) with `s`'s members.
fn copy_of(vm: &mut Vm, s: ObjRef) -> Value {
    let frozen = is_frozen(vm, s);
    let store = vm.dict_store(s).clone();
    Value::Obj(vm.alloc(Obj::Set { store, frozen }))
}

/// The members of `s` that are (or are not) in every one of `others`.
fn filter_members(vm: &mut Vm, s: ObjRef, others: &[Value], keep_if_in: bool) -> PyResult<Vec<Value>> {
    let mut keep = members(vm, s);
    for &o in others {
        let o = probe_set(vm, o)?;
        let mut next = Vec::with_capacity(keep.len());
        keep_where(vm, &mut next, &keep, o, keep_if_in)?;
        keep = next;
    }
    Ok(keep)
}

/// The members of exactly one of `s` and `other`.
fn symmetric_members(vm: &mut Vm, s: ObjRef, other: Value) -> PyResult<Vec<Value>> {
    let o = probe_set(vm, other)?;
    combine(vm, BinOp::BitXor, Value::Obj(s), Value::Obj(o))
}

fn new_like(vm: &mut Vm, s: ObjRef, items: Vec<Value>) -> PyResult<Value> {
    let frozen = is_frozen(vm, s);
    let out = vm.new_set(frozen);
    insert_keys(vm, out, &items)?;
    Ok(Value::Obj(out))
}

fn make_set(vm: &mut Vm, args: &[Value], frozen: bool) -> PyResult<Value> {
    check_args(vm, if frozen { "frozenset" } else { "set" }, &args[1..], 0, 1)?;
    let exact = if frozen { vm.types.frozenset } else { vm.types.set };
    let mut src = args.get(1).copied();
    if let (Some(v), true) = (src, args[0].is(Value::Obj(exact))) {
        match vm.iteration(v)? {
            crate::builtins::Iteration::Python(it) => {
                // Made from the items once the generator has given them all (see `builtins::drive`).
                return vm.drive_collect(it, crate::builtins::Finish::Apply, Some(args[0]));
            }
            crate::builtins::Iteration::Native(v) => src = Some(v),
        }
    }
    let s = vm.new_set(frozen);
    if let Some(src) = src {
        add_all(vm, s, src)?;
    }
    Ok(Value::Obj(s))
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    make_set(vm, args, false)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    make_set(vm, args, true)
}

/// Every member of `a` is in `b`.
fn all_in(vm: &mut Vm, a: &[Value], b: ObjRef) -> PyResult<bool> {
    for &k in a {
        if !vm.dict_contains(b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// What a set method does (`set_method`).
#[derive(Clone, Copy)]
enum Op {
    Init,
    Add,
    Remove,
    Discard,
    Pop,
    Clear,
    Copy,
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
    Update,
    IntersectionUpdate,
    DifferenceUpdate,
    SymmetricDifferenceUpdate,
    IsSubset,
    IsSuperset,
    IsDisjoint,
}

/// The set methods, written once: the argument count is checked (`self` counted as the messages have it, but
/// for `__init__`, counted as the constructor is; the methods taking any number of iterables check none),
/// then the receiver.
fn set_method(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    let (name, min, max) = match op {
        Op::Init => ("set", 0, 1),
        Op::Add => ("add", 2, 2),
        Op::Remove => ("remove", 2, 2),
        Op::Discard => ("discard", 2, 2),
        Op::Pop => ("pop", 1, 1),
        Op::Clear => ("clear", 1, 1),
        Op::Copy => ("copy", 1, 1),
        Op::SymmetricDifference => ("symmetric_difference", 2, 2),
        Op::SymmetricDifferenceUpdate => ("symmetric_difference_update", 2, 2),
        Op::IsSubset => ("issubset", 2, 2),
        Op::IsSuperset => ("issuperset", 2, 2),
        Op::IsDisjoint => ("isdisjoint", 2, 2),
        _ => ("", 0, usize::MAX),
    };
    let counted = if let Op::Init = op { args.get(1..).unwrap_or(&[]) } else { args };
    check_args(vm, name, counted, min, max)?;
    let s = set_of(vm, args)?;
    let (arg, others) = (args.get(1).copied().unwrap_or(Value::None), args.get(1..).unwrap_or(&[]));
    Ok(match op {
        Op::Init => {
            let items = match args.get(1) {
                Some(&src) => vm.collect_iter(src)?,
                None => Vec::new(),
            };
            replace_members(vm, s, items)?;
            Value::None
        }
        Op::Add => {
            vm.dict_set(s, arg, Value::None)?;
            Value::None
        }
        Op::Remove | Op::Discard => {
            if vm.dict_del(s, arg)?.is_none() && matches!(op, Op::Remove) {
                return Err(vm.key_error(arg));
            }
            Value::None
        }
        Op::Pop => match vm.dict_store_mut(s).pop_last() {
            Some(e) => e.key,
            None => return Err(vm.new_error(vm.exc.key_error, "pop from an empty set")),
        },
        Op::Clear => {
            vm.dict_store_mut(s).clear();
            vm.heap.resize(s);
            Value::None
        }
        Op::Copy | Op::Union => {
            let out = copy_of(vm, s);
            if let (Value::Obj(o), Op::Union) = (out, op) {
                for &other in others {
                    add_all(vm, o, other)?;
                }
            }
            out
        }
        Op::Intersection | Op::Difference => {
            let keep = filter_members(vm, s, others, matches!(op, Op::Intersection))?;
            new_like(vm, s, keep)?
        }
        Op::SymmetricDifference => {
            let items = symmetric_members(vm, s, arg)?;
            new_like(vm, s, items)?
        }
        Op::Update => {
            for &other in others {
                add_all(vm, s, other)?;
            }
            Value::None
        }
        Op::IntersectionUpdate => {
            let keep = filter_members(vm, s, others, true)?;
            replace_members(vm, s, keep)?;
            Value::None
        }
        Op::DifferenceUpdate => {
            for &other in others {
                for k in vm.collect_iter(other)? {
                    vm.dict_del(s, k)?;
                }
            }
            Value::None
        }
        Op::SymmetricDifferenceUpdate => {
            let items = symmetric_members(vm, s, arg)?;
            replace_members(vm, s, items)?;
            Value::None
        }
        Op::IsSubset => {
            let o = probe_set(vm, arg)?;
            let mine = members(vm, s);
            Value::bool(all_in(vm, &mine, o)?)
        }
        Op::IsSuperset => {
            let theirs = vm.collect_iter(arg)?;
            Value::bool(all_in(vm, &theirs, s)?)
        }
        Op::IsDisjoint => {
            for k in vm.collect_iter(arg)? {
                if vm.dict_contains(s, k)? {
                    return Ok(Value::FALSE);
                }
            }
            Value::TRUE
        }
    })
}

/// The `(name, NativeFn)` entry of a method run by `set_method`.
macro_rules! method {
    ($name:literal, $op:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], _kw: Kwargs| set_method(vm, args, $op))
    };
}

pub fn register(vm: &mut Vm) {
    let (set, frozenset) = (vm.types.set, vm.types.frozenset);
    vm.set_constructor(set, set_new);
    vm.set_constructor(frozenset, frozenset_new);
    for t in [set, frozenset] {
        vm.add_methods(
            t,
            &[
                method!("copy", Op::Copy),
                method!("union", Op::Union),
                method!("intersection", Op::Intersection),
                method!("difference", Op::Difference),
                method!("symmetric_difference", Op::SymmetricDifference),
                method!("issubset", Op::IsSubset),
                method!("issuperset", Op::IsSuperset),
                method!("isdisjoint", Op::IsDisjoint),
            ],
        );
        vm.add_methods(t, READ_PROTOCOL);
    }
    vm.add_methods(
        set,
        &[
            method!("__init__", Op::Init),
            method!("add", Op::Add),
            method!("remove", Op::Remove),
            method!("discard", Op::Discard),
            method!("pop", Op::Pop),
            method!("clear", Op::Clear),
            method!("update", Op::Update),
            method!("intersection_update", Op::IntersectionUpdate),
            method!("difference_update", Op::DifferenceUpdate),
            method!("symmetric_difference_update", Op::SymmetricDifferenceUpdate),
        ],
    );
}
