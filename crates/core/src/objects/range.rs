//! `range`: length, membership and indexing computed from start/stop/step, never materialised.

use crate::builtins::check_args;
use crate::heap::Obj;
use crate::objects::iter::IterState;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The number of items, exact even where it exceeds the platform's `usize` (WebAssembly is 32-bit).
pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    if step > 0 && start < stop {
        ((stop - start + step - 1) / step) as u64
    } else if step < 0 && start > stop {
        ((start - stop - step - 1) / (-step)) as u64
    } else {
        0
    }
}

pub fn range_contains(start: i64, stop: i64, step: i64, x: i64) -> bool {
    let in_bounds = if step > 0 { x >= start && x < stop } else { x <= start && x > stop };
    in_bounds && (x as i128 - start as i128) % step as i128 == 0
}

/// The item at index `i` (already bounds-checked).
fn range_item(start: i64, step: i64, i: u64) -> i64 {
    (start as i128 + step as i128 * i as i128) as i64
}

/// `r[a:b:c]`, in 128 bits (as `slice_bounds` reads the slice): near the ends of i64 a range's length, its new
/// ends and `step * c` overflow 64-bit arithmetic (`range(2**62)[::-10**20]`).
fn range_slice(vm: &mut Vm, start: i64, step: i64, len: u64, slice: Value) -> PyResult<Value> {
    let (a, b, c) = crate::objects::seq::slice_bounds(vm, slice, len as i128)?;
    let (start, step) = (start as i128, step as i128);
    let (new_start, new_stop, new_step) = (start + step * a, start + step * b, step * c);
    let n = if new_step > 0 && new_start < new_stop {
        (new_stop - new_start + new_step - 1) / new_step
    } else if new_step < 0 && new_start > new_stop {
        (new_start - new_stop - new_step - 1) / -new_step
    } else {
        0
    };
    let fit = |x: i128| x.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
    let (start, stop, step) = match (i64::try_from(new_start), i64::try_from(new_stop), i64::try_from(new_step)) {
        (Ok(start), Ok(stop), Ok(step)) => (start, stop, step),
        _ if n == 0 => (fit(new_start), fit(new_start), fit(new_step)),
        _ => {
            // The first and last items are items of this range, so they fit; the end may lie outside i64,
            // and any end just past the last item will do. The step matters only with two items or more.
            let too_large = |vm: &Vm| vm.new_error(vm.exc.overflow_error, "range too large");
            let last = new_start + new_step * (n - 1);
            let step = if n == 1 { fit(new_step) } else { i64::try_from(new_step).map_err(|_| too_large(vm))? };
            let stop = i64::try_from(last + step.signum() as i128).map_err(|_| too_large(vm))?;
            (new_start as i64, stop, step)
        }
    };
    Ok(Value::Obj(vm.alloc(Obj::Range { start, stop, step })))
}

/// `r[key]` of a range with these bounds: an item (indexed in 64 bits, since a range may be longer than a
/// 32-bit `usize`), or a range for a slice.
pub fn range_getitem(vm: &mut Vm, start: i64, stop: i64, step: i64, key: Value) -> PyResult<Value> {
    let exact_len = range_len(start, stop, step);
    if crate::objects::seq::is_slice(vm, key) {
        return range_slice(vm, start, step, exact_len, key);
    }
    let i = match vm.as_i64(key) {
        Some(i) => i,
        None => {
            let len = usize::try_from(exact_len).unwrap_or(usize::MAX);
            return crate::objects::seq::norm_index(vm, key, len, "range").map(|_| Value::None);
        }
    };
    let idx = if i < 0 { i as i128 + exact_len as i128 } else { i as i128 };
    if idx < 0 || idx >= exact_len as i128 {
        return Err(vm.index_error("range index out of range"));
    }
    Ok(Value::Int(range_item(start, step, idx as u64)))
}

/// What decides range equality: (len, first, step-if-len>1).
pub fn range_items_key(vm: &Vm, r: ObjRef) -> (u64, i64, i64) {
    match vm.heap.get(r) {
        Obj::Range { start, stop, step } => {
            let n = range_len(*start, *stop, *step);
            (n, if n > 0 { *start } else { 0 }, if n > 1 { *step } else { 0 })
        }
        _ => (0, 0, 0),
    }
}

/// `range(...)`.
pub fn range_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = &args[1..];
    if !(1..=3).contains(&a.len()) {
        return Err(vm.type_error_msg(format!("range expected at most 3 arguments, got {}", a.len())));
    }
    let mut v = [0, 0, 1];
    for (slot, &x) in v.iter_mut().zip(a) {
        *slot = vm.expect_index(x)?;
    }
    let [start, stop, step] = if a.len() == 1 { [0, v[0], 1] } else { v };
    if step == 0 {
        return Err(vm.value_error("zero step"));
    }
    Ok(Value::Obj(vm.alloc(Obj::Range { start, stop, step })))
}

/// `x` as the int a range item would equal (ints, bools, integral floats).
fn as_range_item(vm: &Vm, x: Value) -> Option<i64> {
    match x {
        Value::Float(f) if f.get().fract() == 0.0 && f.get().abs() < 9.2e18 => Some(f.get() as i64),
        _ => vm.as_i64(x),
    }
}

/// `index(x)` (`find` true) and `count(x)` of a range.
fn range_find(vm: &mut Vm, args: &[Value], find: bool) -> PyResult<Value> {
    check_args(vm, if find { "index" } else { "count" }, args, 2, 2)?;
    let Value::Obj(r) = args[0] else { return Err(vm.type_error_msg("range expected")) };
    let Obj::Range { start, stop, step } = *vm.heap.get(r) else { return Err(vm.type_error_msg("range expected")) };
    let x = as_range_item(vm, args[1]).filter(|&x| range_contains(start, stop, step, x));
    if !find {
        return Ok(Value::Int(x.is_some() as i64));
    }
    if let Some(x) = x {
        // The index of an item of a range longer than i64::MAX may itself exceed it.
        let i = (x as i128 - start as i128) / step as i128;
        return Ok(i64::try_from(i).map_or_else(|_| vm.new_int(circuitpython_bigint::BigInt::from(i)), Value::Int));
    }
    let s = vm.repr(args[1])?;
    Err(vm.value_error(format!("{s} is not in range")))
}

/// `reversed(range(...))` as a range iterator running backwards, never materialised. None if `v` is not a
/// range.
pub fn reversed_iter(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let Value::Obj(r) = v else { return Ok(None) };
    let Obj::Range { start, stop, step } = *vm.heap.get(r) else { return Ok(None) };
    let n = range_len(start, stop, step);
    let (next, stop, step) = if n == 0 {
        (0, 0, 1)
    } else {
        // From the last item down to just past the first. Near the ends of i64 that bound overflows: leave
        // those ranges to the generic index-based `reversed`, which is lazy too.
        let last = range_item(start, step, n - 1);
        match (start.checked_sub(step), step.checked_neg()) {
            (Some(past_first), Some(back)) => (last, past_first, back),
            _ => return Ok(None),
        }
    };
    Ok(Some(vm.new_iter(IterState::Range { next, stop, step })))
}

fn range_reversed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__reversed__", args, 1, 1)?;
    if let Some(it) = reversed_iter(vm, args[0])? {
        return Ok(it);
    }
    // A range reaching the ends of i64: walk it backwards by index.
    let n = vm.len(args[0])?;
    Ok(vm.new_iter(IterState::Reversed { seq: args[0], index: n }))
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.range;
    vm.set_constructor(t, range_new);
    vm.add_methods(
        t,
        &[
            ("index", |vm, args, _| range_find(vm, args, true)),
            ("count", |vm, args, _| range_find(vm, args, false)),
            ("__reversed__", range_reversed),
        ],
    );
}
