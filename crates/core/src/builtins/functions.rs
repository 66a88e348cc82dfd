//! The builtins over iterables and objects: `all`, `any`, `enumerate`, `filter`, `map`, `zip`, `reversed`,
//! `sorted`, `sum`, `min`, `max`, `callable`, `hash`, `id`, `input`.

use super::drive::{resumable, Drive, Finish, Iteration};
use super::{check_args, reject_kwargs, take_kwargs};
use crate::heap::Obj;
use crate::objects::function::{Kwargs, NativeFn};
use crate::objects::iter::IterState;
use crate::value::{Truth, Value};
use crate::vm::{PyResult, Request, Suspend, Vm};
use circuitpython_parser::ast::{BinOp, CmpOp};

fn all(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "all", kw)?;
    check_args(vm, "all", args, 1, 1)?;
    let it = vm.iter(args[0])?;
    if vm.runs_python(it) {
        return vm.drive_items(it, Drive::All, vec![Value::TRUE]);
    }
    while let Some(v) = vm.next(it)? {
        if !vm.truthy(v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn any(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "any", kw)?;
    check_args(vm, "any", args, 1, 1)?;
    let it = vm.iter(args[0])?;
    if vm.runs_python(it) {
        return vm.drive_items(it, Drive::Any, vec![Value::FALSE]);
    }
    while let Some(v) = vm.next(it)? {
        if vm.truthy(v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// `enumerate(iterable, start=0)`.
fn enumerate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, start] = take_kwargs(vm, "enumerate", args, kw, &["iterable", "start"])?;
    let Some(iterable) = iterable else { return Err(vm.type_error_msg("enumerate() missing required argument")) };
    let count = match start {
        Some(s) => vm.expect_index(s)?,
        None => 0,
    };
    let iter = vm.iter(iterable)?;
    if !loop_can_read(vm, &[iter]) {
        return vm.drive_iter("enumerate_", &[iter, Value::Int(count)]);
    }
    Ok(vm.new_iter(IterState::Enumerate { iter, count: Value::Int(count) }))
}

fn filter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "filter", kw)?;
    check_args(vm, "filter", args, 2, 2)?;
    let iter = vm.iter(args[1])?;
    if !loop_can_read(vm, &[iter]) {
        return vm.drive_iter("filter_", &[args[0], iter]);
    }
    Ok(vm.new_iter(IterState::Filter { func: args[0], iter }))
}

fn map(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "map", kw)?;
    if args.len() < 2 {
        return Err(vm.type_error_msg("map() must have at least two arguments."));
    }
    let iters = iters_of(vm, &args[1..])?;
    // (The loop resumes the generator of a one-iterable map; over several it reads native iterables only.)
    let loop_reads =
        loop_can_read(vm, &iters) && (iters.len() == 1 || !iters.iter().any(|it| resumable(vm, *it).is_some()));
    if !loop_reads && (vm.calls_python(args[0]) || any_runs_python(vm, &iters)) {
        let iters = vm.new_tuple(iters);
        return vm.drive_iter("map_", &[args[0], iters]);
    }
    Ok(vm.new_iter(IterState::Map { func: args[0], iters }))
}

/// An iterator of each argument (`map`, `zip`), in a plain loop: a fallible `collect` per caller would each
/// be a copy of the collecting code.
fn iters_of(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        out.push(vm.iter(a)?);
    }
    Ok(out)
}

/// `zip(*iterables, strict=False)`.
fn zip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in kw {
        if vm.as_str(*k) != Some("strict") {
            return Err(unexpected_kwarg(vm, "zip", *k));
        }
        strict = vm.truthy(*v)?;
    }
    let iters = iters_of(vm, args)?;
    // (`strict`'s length checks are `drive.py`'s.)
    if (strict || !loop_can_read(vm, &iters)) && any_runs_python(vm, &iters) {
        let iters = vm.new_tuple(iters);
        return vm.drive_iter("zip_", &[iters, Value::bool(strict)]);
    }
    Ok(vm.new_iter(IterState::Zip { iters, strict }))
}

/// Whether `ForIter` can read an adapter's inner iterators itself (see `Vm::advance_of`): each is a
/// generator it resumes or a native iterator; an object with a Python `__next__` (or an adapter over one)
/// makes the adapter a `drive.py` generator instead.
fn loop_can_read(vm: &mut Vm, iters: &[Value]) -> bool {
    iters.iter().all(|it| resumable(vm, *it).is_some() || !vm.runs_python(*it))
}

fn any_runs_python(vm: &mut Vm, iters: &[Value]) -> bool {
    iters.iter().any(|it| vm.runs_python(*it))
}

pub fn unexpected_kwarg(vm: &Vm, fname: &str, k: Value) -> crate::vm::PyErr {
    let name = vm.as_str(k).unwrap_or("?");
    vm.type_error_msg(format!("{fname}() got an unexpected keyword argument '{name}'"))
}

/// `reversed(seq)`: `__reversed__`, or a backwards walk over `len` and `__getitem__`.
fn reversed(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "reversed", kw)?;
    check_args(vm, "reversed", args, 1, 1)?;
    let seq = args[0];
    if let Some(f) = vm.special_method(seq, "__reversed__") {
        return vm.call(f, &[seq]);
    }
    let base = vm.unwrap_base(seq);
    // Ranges walk backwards lazily, dicts and their views over a snapshot: the types' own `__reversed__`.
    if let Some(it) = crate::objects::range::reversed_iter(vm, base)? {
        return Ok(it);
    }
    if let Some(it) = crate::objects::dict::reversed_iter(vm, base)? {
        return Ok(it);
    }
    let not_reversible = |vm: &Vm| vm.type_error_for("'", seq, "' object isn't reversible");
    let reversible = match base {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Iter(_) | Obj::Set { .. } | Obj::Generator(_) => false,
            Obj::Instance(_) => vm.special_method(seq, "__getitem__").is_some(),
            _ => true,
        },
        _ => false,
    };
    if !reversible {
        return Err(not_reversible(vm));
    }
    let index = match vm.len(seq) {
        Ok(n) => n,
        Err(e) if vm.error_matches(&e, vm.exc.type_error) => return Err(not_reversible(vm)),
        Err(e) => return Err(e),
    };
    Ok(vm.new_iter(IterState::Reversed { seq, index }))
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn sorted(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "sorted", args, 1, 1)?;
    let (mut key, mut reverse) = (None, false);
    for (k, v) in kw {
        match vm.as_str(*k) {
            Some("key") => key = Some(*v).filter(|v| !v.is_none()),
            Some("reverse") => reverse = vm.truthy(*v)?,
            _ => return Err(unexpected_kwarg(vm, "sorted", *k)),
        }
    }
    if key.is_some_and(|k| vm.calls_python(k)) {
        // The key calls are Python code: made as bytecode, then sorted natively (see `builtins::drive`).
        return vm.drive("sorted_", vec![args[0], key.unwrap_or(Value::None), Value::bool(reverse)]);
    }
    let source = match vm.iteration(args[0])? {
        Iteration::Python(it) if key.is_none() => return vm.drive_collect(it, Finish::Sorted { reverse }, None),
        Iteration::Python(it) => {
            return vm.drive("sorted_", vec![it, key.unwrap_or(Value::None), Value::bool(reverse)]);
        }
        Iteration::Native(v) => v,
    };
    let mut items = vm.collect_iter(source)?;
    crate::objects::sort::sort_values(vm, &mut items, key, reverse)?;
    Ok(vm.new_list(items))
}

/// `sum(iterable, /, start=0)`.
fn sum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, start] = take_kwargs(vm, "sum", args, kw, &["", "start"])?;
    let Some(iterable) = iterable else { return Err(vm.type_error_msg("sum() missing required argument")) };
    let mut total = start.unwrap_or(Value::Int(0));
    if vm.as_str(total).is_some() {
        return Err(vm.type_error_msg("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Value::Obj(r) = vm.unwrap_base(total) {
        match vm.heap.get(r) {
            Obj::Bytes(_) => return Err(vm.type_error_msg("sum() can't sum bytes [use b''.join(seq) instead]")),
            Obj::ByteArray(_) => return Err(vm.type_error_msg("sum() can't sum bytearray [use b''.join(seq) instead]")),
            _ => {}
        }
    }
    let it = vm.iter(iterable)?;
    if vm.runs_python(it) {
        return vm.drive_items(it, Drive::Sum, vec![total]);
    }
    while let Some(v) = vm.next(it)? {
        total = match (total, v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() + b.get()),
            _ => vm.binary_op(BinOp::Add, total, v)?,
        };
    }
    Ok(total)
}

/// `min`/`max`: over one iterable (with `default=`) or over the arguments, by `key=`.
fn min_max(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, op: CmpOp) -> PyResult<Value> {
    let (mut key, mut default) = (None, None);
    for (k, v) in kw {
        match vm.as_str(*k) {
            Some("key") => key = Some(*v).filter(|v| !v.is_none()),
            Some("default") => default = Some(*v),
            _ => return Err(unexpected_kwarg(vm, name, *k)),
        }
    }
    let mut best = None;
    match args.len() {
        0 => return Err(vm.type_error_msg(format!("{name} expected at least 1 argument, got 0"))),
        1 => {
            let it = vm.iter(args[0])?;
            if vm.runs_python(it) && key.is_none() && default.is_none() {
                return vm.drive_items(it, Drive::Best { max: op == CmpOp::Gt, empty: true }, vec![Value::None]);
            }
            // (A Python key runs per item too: `max(range(10**6), key=f)` is a loop over Python code.)
            if vm.runs_python(it) || key.is_some_and(|k| vm.calls_python(k)) {
                let (name, want_max) = (vm.new_str(name), Value::bool(op == CmpOp::Gt));
                let has_default = Value::bool(default.is_some());
                let args =
                    vec![it, key.unwrap_or(Value::None), default.unwrap_or(Value::None), has_default, name, want_max];
                return vm.drive("min_max_", args);
            }
            while let Some(v) = vm.next(it)? {
                best = Some(better_of(vm, best, v, key, op)?);
            }
        }
        _ => {
            if default.is_some() {
                return Err(vm.type_error_msg(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            for v in args {
                best = Some(better_of(vm, best, *v, key, op)?);
            }
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// The (key, item) to keep: the new item only if its key compares `op` to the best one's, so the first of
/// equal items wins.
fn better_of(
    vm: &mut Vm,
    best: Option<(Value, Value)>,
    v: Value,
    key: Option<Value>,
    op: CmpOp,
) -> PyResult<(Value, Value)> {
    let k = match key {
        Some(f) => vm.call(f, &[v])?,
        None => v,
    };
    let Some(best) = best else { return Ok((k, v)) };
    let better = vm.compare(k, best.0, op)?;
    Ok(if vm.truthy(better)? { (k, v) } else { best })
}

fn min(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    min_max(vm, "min", args, kw, CmpOp::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    min_max(vm, "max", args, kw, CmpOp::Gt)
}

/// Can `v` be called?
pub fn is_callable(vm: &mut Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    match vm.heap.get(r) {
        Obj::Function(_) | Obj::BoundMethod(_) | Obj::Native(_) | Obj::Type(_) | Obj::StaticMethod(_) => true,
        Obj::Instance(_) => vm.special_method(v, "__call__").is_some(),
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "callable", kw)?;
    check_args(vm, "callable", args, 1, 1)?;
    Ok(Value::bool(is_callable(vm, args[0])))
}

fn hash(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "hash", kw)?;
    check_args(vm, "hash", args, 1, 1)?;
    vm.hash(args[0]).map(Value::Int)
}

/// `id(x)`: a heap object's slot (stable for its lifetime); unboxed values get a number derived from their
/// value, so equal small values share an id as they share identity.
fn id(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "id", kw)?;
    check_args(vm, "id", args, 1, 1)?;
    // Objects are multiples of 16; None, False, True are small odd multiples of 8; ints and floats are odd.
    let id: i128 = match args[0] {
        Value::Obj(r) => (r.index() as i128 + 1) * 16,
        Value::None => 8,
        Value::Bool(Truth::False) => 24,
        Value::Bool(Truth::True) => 40,
        Value::Int(i) => (i as i128) * 4 + 1,
        Value::Float(f) => (f.get().to_bits() as i128) * 4 + 3,
    };
    Ok(match i64::try_from(id) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int(id.into()),
    })
}

/// `input(prompt='')`: suspends the VM; the host resumes it with the line typed (`Vm::resume_input`), which
/// replaces the placeholder result.
fn input(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "input", kw)?;
    check_args(vm, "input", args, 0, 1)?;
    let prompt = match args.first() {
        Some(p) => vm.str_of(*p)?,
        None => String::new(),
    };
    vm.request = Some(Request::Suspend(Suspend::Input { prompt }));
    Ok(Value::None)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("all", all),
    ("any", any),
    ("enumerate", enumerate),
    ("filter", filter),
    ("map", map),
    ("zip", zip),
    ("reversed", reversed),
    ("sorted", sorted),
    ("sum", sum),
    ("min", min),
    ("max", max),
    ("callable", callable),
    ("hash", hash),
    ("id", id),
    ("input", input),
];
