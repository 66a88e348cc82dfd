//! `list`: constructor and methods, the `index`/`count` search shared with `tuple`, and the special methods
//! (`__len__`, `__getitem__`, ...) that let Python subclasses of the containers reach the builtin behaviour
//! through `super()`.

use crate::builtins::{check_args, Drive, Finish, Iteration};
use crate::heap::Obj;
use crate::objects::function::{Kwargs, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The receiver of a method (`args[0]`), or a TypeError when an unbound method is called without one.
pub fn receiver(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    args.first().copied().ok_or_else(|| vm.type_error_msg("unbound method needs an argument"))
}

/// The list behind the receiver (a list, or a subclass instance wrapping one).
fn list_ref(vm: &Vm, args: &[Value]) -> PyResult<ObjRef> {
    let v = receiver(vm, args)?;
    match vm.unwrap_base(v) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_)) => Ok(r),
        _ => Err(vm.type_error_msg(format!("descriptor for 'list' doesn't apply to '{}'", vm.type_name(v)))),
    }
}

fn items_mut(vm: &mut Vm, r: ObjRef) -> &mut Vec<Value> {
    match vm.heap.get_mut(r) {
        Obj::List(l) => l,
        _ => unreachable!("list_ref checked the kind"),
    }
}

fn items(vm: &Vm, r: ObjRef) -> &[Value] {
    match vm.heap.get(r) {
        Obj::List(l) | Obj::Tuple(l) => l,
        _ => &[],
    }
}

/// The item at `i` of a list or tuple, read afresh (an `__eq__` may have shrunk the list meanwhile).
fn item_at(vm: &Vm, r: ObjRef, i: usize) -> Option<Value> {
    items(vm, r).get(i).copied()
}

/// A keyword argument by name, rejecting unknown ones.
pub fn kwargs_get<const N: usize>(vm: &Vm, func: &str, kw: Kwargs, names: [&str; N]) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    for (k, v) in kw {
        let name = vm.as_str(*k).unwrap_or("");
        match names.iter().position(|n| *n == name) {
            Some(i) => out[i] = Some(*v),
            None => return Err(vm.type_error_msg(format!("{func}() got an unexpected keyword argument '{name}'"))),
        }
    }
    Ok(out)
}

/// A position argument clamped into `0..=len` with negative values counted from the end (`insert`, the
/// bounds of `index`); ints too big for i64 saturate instead of failing, as in Python.
fn clamped_position(vm: &Vm, v: Value, len: usize) -> PyResult<usize> {
    let len = len as i64;
    let i = match vm.as_i64(v) {
        Some(i) => i,
        None => match vm.as_bigint(v) {
            Some(b) if b.is_negative() => -len,
            Some(_) => len,
            None => vm.expect_index(v)?,
        },
    };
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "list", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        Some(v) if args[0].is(Value::Obj(vm.types.list)) => match vm.iteration(*v)? {
            Iteration::Python(it) => return vm.drive_collect(it, Finish::List, None),
            Iteration::Native(v) => vm.collect_iter(v)?,
        },
        Some(v) => vm.collect_iter(*v)?,
        None => Vec::new(),
    };
    Ok(vm.new_list(items))
}

/// What a list method does (`list_method`).
#[derive(Clone, Copy)]
enum Op {
    Init,
    Extend,
    Insert,
    Pop,
    Remove,
    Clear,
    Copy,
    Reverse,
}

/// The list methods that check their argument count and then their receiver, written once: `self` is counted
/// with the arguments as the messages have it, but for `__init__`, counted as the constructor is.
fn list_method(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    let (name, min, max) = match op {
        Op::Init => ("list", 0, 1),
        Op::Extend => ("extend", 2, 2),
        Op::Insert => ("insert", 3, 3),
        Op::Pop => ("pop", 1, 2),
        Op::Remove => ("remove", 2, 2),
        Op::Clear => ("clear", 1, 1),
        Op::Copy => ("copy", 1, 1),
        Op::Reverse => ("reverse", 1, 1),
    };
    let counted = if let Op::Init = op { args.get(1..).unwrap_or(&[]) } else { args };
    check_args(vm, name, counted, min, max)?;
    let r = list_ref(vm, args)?;
    match op {
        // `list.__init__`: fills the (empty) list a subclass instance wraps.
        Op::Init => {
            let new = match args.get(1) {
                Some(v) => vm.collect_iter(*v)?,
                None => Vec::new(),
            };
            *items_mut(vm, r) = new;
        }
        Op::Extend => {
            let source = match vm.iteration(args[1])? {
                Iteration::Python(it) => {
                    return vm.drive_items(it, Drive::Collect(Finish::Extend), vec![Value::Obj(r)]);
                }
                Iteration::Native(v) => v,
            };
            let new = vm.collect_iter(source)?;
            vm.heap.reserve(new.len() * 8).map_err(|_| vm.memory_error())?;
            items_mut(vm, r).extend(new);
        }
        Op::Insert => {
            let at = clamped_position(vm, args[1], items(vm, r).len())?;
            items_mut(vm, r).insert(at, args[2]);
        }
        Op::Pop => {
            let len = items(vm, r).len();
            if len == 0 {
                return Err(vm.index_error("pop from empty list"));
            }
            let at = match args.get(1) {
                Some(&i) => crate::objects::seq::norm_index(vm, i, len, "list")?,
                None => len - 1,
            };
            let v = items_mut(vm, r).remove(at);
            vm.heap.resize(r);
            return Ok(v);
        }
        Op::Remove => {
            let Some(i) = find_index(vm, r, args[1], None, None)? else {
                return Err(vm.value_error("object not in sequence"));
            };
            let l = items_mut(vm, r);
            // An `__eq__` run by the search may have shrunk the list.
            if i < l.len() {
                l.remove(i);
            }
        }
        Op::Clear => *items_mut(vm, r) = Vec::new(),
        Op::Copy => {
            let copy = items(vm, r).to_vec();
            return Ok(vm.new_list(copy));
        }
        Op::Reverse => items_mut(vm, r).reverse(),
    }
    vm.heap.resize(r);
    Ok(Value::None)
}

/// `list.append`, the hottest list method, on its own: through `list_method` it takes a third more instructions.
fn list_append(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "append", args, 2, 2)?;
    let r = list_ref(vm, args)?;
    items_mut(vm, r).push(args[1]);
    vm.heap.resize(r);
    Ok(Value::None)
}

/// The `(name, NativeFn)` entry of a method run by `list_method`.
macro_rules! method {
    ($name:literal, $op:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], _kw: Kwargs| list_method(vm, args, $op))
    };
}

/// Position of the first item equal to `x` in `r[start..stop]` (a list or tuple), Python's slice rules for
/// the bounds.
fn find_index(vm: &mut Vm, r: ObjRef, x: Value, start: Option<Value>, stop: Option<Value>) -> PyResult<Option<usize>> {
    let len = items(vm, r).len();
    let bound = |vm: &Vm, v: Option<Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => clamped_position(vm, v, len),
        }
    };
    let (start, stop) = (bound(vm, start, 0)?, bound(vm, stop, len)?);
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(vm, r, i) else { break };
        if item.is(x) || vm.eq(item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `index(x[, start[, stop]])` of a list or tuple.
pub fn seq_index(vm: &mut Vm, r: ObjRef, args: &[Value]) -> PyResult<Value> {
    check_args(vm, "index", args, 2, 4)?;
    match find_index(vm, r, args[1], args.get(2).copied(), args.get(3).copied())? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("object not in sequence")),
    }
}

/// `count(x)` of a list or tuple.
pub fn seq_count(vm: &mut Vm, r: ObjRef, args: &[Value]) -> PyResult<Value> {
    check_args(vm, "count", args, 2, 2)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = item_at(vm, r, i) {
        if item.is(args[1]) || vm.eq(item, args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    seq_index(vm, r, args)
}

fn list_count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let r = list_ref(vm, args)?;
    seq_count(vm, r, args)
}

/// `list.sort(*, key=None, reverse=False)`. Sorts a copy and writes it back, so a key function or `__lt__`
/// that mutates the list cannot disturb the sort.
fn list_sort(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error_msg("sort() takes no positional arguments"));
    }
    let r = list_ref(vm, args)?;
    let [key, reverse] = kwargs_get(vm, "sort", kw, ["key", "reverse"])?;
    let reverse = match reverse {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if let Some(key) = key.filter(|k| vm.calls_python(*k)) {
        // The key calls are Python code: made as bytecode, then sorted natively (see `builtins::drive`).
        return vm.drive("sort_", vec![Value::Obj(r), key, Value::bool(reverse)]);
    }
    let mut values = items(vm, r).to_vec();
    crate::objects::sort::sort_values(vm, &mut values, key, reverse)?;
    *items_mut(vm, r) = values;
    vm.heap.resize(r);
    Ok(Value::None)
}

// ---- special methods shared by the container types, for subclasses calling them through `super()` ----

/// What a special method of `READ_PROTOCOL` and `ITEM_PROTOCOL` does.
#[derive(Clone, Copy)]
enum Base {
    Len,
    Contains,
    Iter,
    GetItem,
    SetItem,
    DelItem,
}

/// A special method applied to the builtin value the receiver wraps, written once.
fn base_method(vm: &mut Vm, args: &[Value], op: Base) -> PyResult<Value> {
    let (name, n) = match op {
        Base::Len => ("__len__", 1),
        Base::Contains => ("__contains__", 2),
        Base::Iter => ("__iter__", 1),
        Base::GetItem => ("__getitem__", 2),
        Base::SetItem => ("__setitem__", 3),
        Base::DelItem => ("__delitem__", 2),
    };
    check_args(vm, name, args, n, n)?;
    let b = vm.unwrap_base(args[0]);
    match op {
        Base::Len => vm.len(b).map(|n| Value::Int(n as i64)),
        Base::Contains => vm.contains(b, args[1]).map(Value::bool),
        Base::Iter => vm.iter(b),
        Base::GetItem => vm.getitem(b, args[1]),
        Base::SetItem => vm.setitem(b, args[1], args[2]).map(|_| Value::None),
        Base::DelItem => vm.delitem(b, args[1]).map(|_| Value::None),
    }
}

/// The `(name, NativeFn)` entry of a method run by `base_method`.
macro_rules! base {
    ($name:literal, $op:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], _kw: Kwargs| base_method(vm, args, $op))
    };
}

/// `__len__`, `__contains__`, `__iter__` of every container that wraps a builtin value.
pub const READ_PROTOCOL: &[(&str, NativeFn)] =
    &[base!("__len__", Base::Len), base!("__contains__", Base::Contains), base!("__iter__", Base::Iter)];

/// `__getitem__`, `__setitem__`, `__delitem__` delegating to the builtin value.
pub const ITEM_PROTOCOL: &[(&str, NativeFn)] =
    &[base!("__getitem__", Base::GetItem), base!("__setitem__", Base::SetItem), base!("__delitem__", Base::DelItem)];

pub fn register(vm: &mut Vm) {
    let t = vm.types.list;
    vm.set_constructor(t, list_new);
    vm.add_methods(
        t,
        &[
            method!("__init__", Op::Init),
            ("append", list_append),
            method!("extend", Op::Extend),
            method!("insert", Op::Insert),
            method!("pop", Op::Pop),
            method!("remove", Op::Remove),
            ("index", list_index),
            ("count", list_count),
            method!("clear", Op::Clear),
            method!("copy", Op::Copy),
            method!("reverse", Op::Reverse),
            ("sort", list_sort),
        ],
    );
    vm.add_methods(t, READ_PROTOCOL);
    vm.add_methods(t, ITEM_PROTOCOL);
}
