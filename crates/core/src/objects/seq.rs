//! Operations shared by the sequence types (str, bytes, bytearray, list, tuple, range): concatenation and
//! repetition, indexing and slicing with Python's index rules, and slice assignment/deletion.

use crate::heap::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use circuitpython_parser::ast::BinOp;

/// Resolved `start, stop, step` of a slice over a sequence of `len` items (Python's `slice.indices`).
pub fn slice_indices(vm: &mut Vm, slice: Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let (start, stop, step) = slice_bounds(vm, slice, len as i128)?;
    // Start and stop lie in -1..=len; a step past i64 (a big int) takes one item, as half of i64 does.
    let step = i64::try_from(step).unwrap_or(if step < 0 { i64::MIN / 2 } else { i64::MAX / 2 });
    Ok((start as i64, stop as i64, step))
}

/// Python's `slice.indices()` in 128 bits, for sequences and for ranges, whose length may exceed i64. Big-int
/// bounds saturate past any length, and a step is clamped to 2**64: beyond the length it takes one item
/// whatever its size, and a range's step times it stays within 128 bits.
pub fn slice_bounds(vm: &Vm, slice: Value, len: i128) -> PyResult<(i128, i128, i128)> {
    let Value::Obj(r) = slice else { return Err(vm.type_error_msg("slice expected")) };
    let Obj::Slice { start, stop, step } = *vm.heap.get(r) else { return Err(vm.type_error_msg("slice expected")) };
    let step = if step.is_none() { 1 } else { wide_index(vm, step)?.clamp(-(1 << 64), 1 << 64) };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Value, default: i128| -> PyResult<i128> {
        if v.is_none() {
            return Ok(default);
        }
        let i = wide_index(vm, v)?;
        Ok(if i < 0 { (i + len).max(lower) } else { i.min(upper) })
    };
    let start = fix(start, if step < 0 { upper } else { lower })?;
    let stop = fix(stop, if step < 0 { lower } else { upper })?;
    Ok((start, stop, step))
}

/// A slice bound as an i128: big ints saturate past any length.
fn wide_index(vm: &Vm, v: Value) -> PyResult<i128> {
    match vm.as_i64(v) {
        Some(i) => Ok(i as i128),
        None => Ok(clamp_index(vm, v)?.signum() as i128 * (1 << 100)),
    }
}

/// The positions a resolved slice selects below `n` (an extended slice assignment's targets).
fn positions_below(start: i64, stop: i64, step: i64, n: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for p in slice_positions(start, stop, step) {
        if p < n {
            out.push(p);
        }
    }
    out
}

/// An index for slicing: big ints saturate instead of failing.
pub(crate) fn clamp_index(vm: &Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = vm.as_i64(v) {
        return Ok(i);
    }
    if let Some(b) = vm.as_bigint(v) {
        return Ok(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 });
    }
    Err(vm.type_error_msg("slice indices must be integers or None or have an __index__ method"))
}

/// The positions a resolved slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let cur = i;
            i += step;
            Some(cur as usize)
        } else {
            None
        }
    })
}

pub(crate) fn is_slice(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Slice { .. }))
}

/// Normalise an index against `len`, raising IndexError with `what`'s message.
pub fn norm_index(vm: &mut Vm, key: Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match vm.as_i64(key) {
        Some(i) => i,
        None if vm.is_int(key) => return Err(vm.index_error(format!("{what} index out of range"))),
        None => return Err(vm.type_error_msg(format!("{what} indices must be integers, not {}", vm.type_name(key)))),
    };
    let idx = if i < 0 { i + len as i64 } else { i };
    if idx < 0 || idx >= len as i64 {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(idx as usize)
}

/// The kinds of sequence `seq_getitem` and `seq_binop` index, slice and build.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    List,
    Tuple,
    Str,
    Bytes,
    ByteArray,
}

/// The kind of sequence `r` is, with its name in index messages and its length (in characters for a str).
fn kind_of(vm: &Vm, r: ObjRef) -> Option<(Kind, &'static str, usize)> {
    Some(match vm.heap.get(r) {
        Obj::List(l) => (Kind::List, "list", l.len()),
        Obj::Tuple(l) => (Kind::Tuple, "tuple", l.len()),
        Obj::Str(s) => (Kind::Str, "string", s.char_len()),
        Obj::Bytes(b) => (Kind::Bytes, "bytes", b.len()),
        Obj::ByteArray(b) => (Kind::ByteArray, "bytearray", b.len()),
        _ => return None,
    })
}

/// A new list or tuple (as `kind` says) of `items`.
fn new_values(vm: &mut Vm, kind: Kind, items: Vec<Value>) -> Value {
    if kind == Kind::List {
        vm.new_list(items)
    } else {
        vm.new_tuple(items)
    }
}

/// A new bytes or bytearray (as `kind` says) of `data`.
fn new_data(vm: &mut Vm, kind: Kind, data: Vec<u8>) -> Value {
    if kind == Kind::ByteArray {
        vm.new_bytearray(data)
    } else {
        vm.new_bytes(data)
    }
}

pub fn seq_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let Value::Obj(r) = obj else { unreachable!() };
    if let Obj::Range { start, stop, step } = *vm.heap.get(r) {
        return super::range::range_getitem(vm, start, stop, step, key);
    }
    let Some((kind, what, len)) = kind_of(vm, r) else {
        return Err(vm.type_error_msg(format!("'{}' object isn't subscriptable", vm.type_name(obj))));
    };
    if !is_slice(vm, key) {
        let i = norm_index(vm, key, len, what)?;
        return Ok(match vm.heap.get(r) {
            Obj::List(l) | Obj::Tuple(l) => l[i],
            Obj::Bytes(b) | Obj::ByteArray(b) => Value::Int(b[i] as i64),
            Obj::Str(s) => {
                let c = s.char_at(i);
                let mut buf = [0u8; 4];
                vm.new_str(c.encode_utf8(&mut buf))
            }
            _ => Value::None,
        });
    }
    let (a, b, c) = slice_indices(vm, key, len)?;
    // Plain loops: a `map().collect()` per element type would each be a copy of the collecting code.
    Ok(match vm.heap.get(r) {
        Obj::List(items) | Obj::Tuple(items) => {
            let mut out = Vec::new();
            for i in slice_positions(a, b, c) {
                out.push(items[i]);
            }
            new_values(vm, kind, out)
        }
        Obj::Bytes(data) | Obj::ByteArray(data) => {
            let mut out = Vec::new();
            for i in slice_positions(a, b, c) {
                out.push(data[i]);
            }
            new_data(vm, kind, out)
        }
        Obj::Str(s) => {
            let mut out = String::new();
            if s.is_ascii() {
                let bytes = s.as_str().as_bytes();
                for i in slice_positions(a, b, c) {
                    out.push(bytes[i] as char);
                }
            } else {
                let chars: Vec<char> = s.as_str().chars().collect();
                for i in slice_positions(a, b, c) {
                    out.push(chars[i]);
                }
            }
            vm.new_string(out)
        }
        _ => Value::None,
    })
}

/// Store `new` into the items a resolved slice selects, clamped to the length `items` has now (Python code
/// run since the slice was resolved may have resized it). An extended slice takes exactly as many items as
/// it selects: otherwise nothing changes and the two sizes are returned.
pub(crate) fn assign_slice<T: Copy>(
    items: &mut Vec<T>,
    (a, b, c): (i64, i64, i64),
    new: Vec<T>,
) -> Result<(), (usize, usize)> {
    let n = items.len();
    if c == 1 {
        // In place, as `splice` would do, without its generic machinery: make room for (or close the gap
        // left by) `new`, then copy it in.
        let (a, b) = ((a as usize).min(n), (b.max(a) as usize).min(n));
        let end = a + new.len();
        if end > b {
            items.extend_from_slice(&new[..end - b]);
        }
        items.copy_within(b..n, end);
        items.truncate(end + n - b);
        items[a..end].copy_from_slice(&new);
        return Ok(());
    }
    let pos = positions_below(a, b, c, n);
    if pos.len() != new.len() {
        return Err((new.len(), pos.len()));
    }
    for (&p, &v) in pos.iter().zip(&new) {
        items[p] = v;
    }
    Ok(())
}

pub fn seq_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let Value::Obj(r) = obj else { unreachable!() };
    let is_list = matches!(vm.heap.get(r), Obj::List(_));
    let len = match vm.heap.get(r) {
        Obj::List(l) => l.len(),
        Obj::ByteArray(b) => b.len(),
        _ => 0,
    };
    if is_slice(vm, key) {
        let bounds = slice_indices(vm, key, len)?;
        if is_list {
            let items = vm.collect_iter(value)?;
            let Obj::List(l) = vm.heap.get_mut(r) else { unreachable!() };
            if let Err((given, wanted)) = assign_slice(l, bounds, items) {
                return Err(vm.value_error(format!(
                    "attempt to assign sequence of size {given} to extended slice of size {wanted}"
                )));
            }
        } else {
            let bytes = match vm.as_bytes(value) {
                Some(b) => b.to_vec(),
                None => {
                    let items = vm.collect_iter(value)?;
                    let mut out = Vec::with_capacity(items.len());
                    for it in items {
                        out.push(byte_value(vm, it)?);
                    }
                    out
                }
            };
            let Obj::ByteArray(l) = vm.heap.get_mut(r) else { unreachable!() };
            if assign_slice(l, bounds, bytes).is_err() {
                return Err(vm.value_error("attempt to assign sequence to extended slice of different size"));
            }
        }
        vm.heap.resize(r);
        return Ok(());
    }
    let what = if is_list { "list" } else { "bytearray" };
    let i = norm_index(vm, key, len, what)?;
    let b = if is_list { 0 } else { byte_value(vm, value)? };
    match vm.heap.get_mut(r) {
        Obj::List(l) => l[i] = value,
        Obj::ByteArray(l) => l[i] = b,
        _ => {}
    }
    Ok(())
}

/// An int in 0..=255, for bytes.
pub fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match vm.as_i64(v) {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("bytes value out of range")),
        None if vm.is_int(v) => Err(vm.value_error("bytes value out of range")),
        None => Err(vm.type_error_msg(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// Drop the items of `items` whose place in `drop` is true (items past its end stay: Python code run since
/// the slice was resolved may have grown the sequence).
fn drop_where<T: Copy>(items: &mut Vec<T>, drop: &[bool]) {
    let mut kept = 0;
    for i in 0..items.len() {
        if drop.get(i) != Some(&true) {
            items[kept] = items[i];
            kept += 1;
        }
    }
    items.truncate(kept);
}

pub fn seq_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let Value::Obj(r) = obj else { unreachable!() };
    let (is_list, len) = match vm.heap.get(r) {
        Obj::List(l) => (true, l.len()),
        Obj::ByteArray(b) => (false, b.len()),
        _ => (false, 0),
    };
    if is_slice(vm, key) {
        let (a, b, c) = slice_indices(vm, key, len)?;
        let mut drop = vec![false; len];
        for p in slice_positions(a, b, c) {
            drop[p] = true;
        }
        match vm.heap.get_mut(r) {
            Obj::List(l) => drop_where(l, &drop),
            Obj::ByteArray(l) => drop_where(l, &drop),
            _ => {}
        }
        vm.heap.resize(r);
        return Ok(());
    }
    let i = norm_index(vm, key, len, if is_list { "list" } else { "bytearray" })?;
    match vm.heap.get_mut(r) {
        Obj::List(l) => {
            l.remove(i);
        }
        Obj::ByteArray(l) => {
            l.remove(i);
        }
        _ => {}
    }
    Ok(())
}

fn repeat_count(vm: &mut Vm, n: Value, item_bytes: usize, len: usize) -> PyResult<Option<usize>> {
    let Some(n) = vm.as_i64(n) else {
        if vm.is_int(n) {
            return Err(vm.memory_error());
        }
        return Ok(None);
    };
    // Saturating, so a count beyond a 32-bit usize (WebAssembly) is refused rather than truncated.
    let n = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
    let total = n.saturating_mul(len).saturating_mul(item_bytes);
    vm.reserve_upfront(total)?;
    Ok(Some(n))
}

/// `+`, `*` and `%` of sequences and sets.
pub fn seq_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    use Value::Obj as O;
    match op {
        BinOp::Add => {
            let (O(x), O(y)) = (a, b) else { return Ok(None) };
            if let Some(joined) = vm.concat_strs(a, b) {
                return joined.map(Some);
            }
            let (Some((kind, _, n)), Some((other, _, m))) = (kind_of(vm, x), kind_of(vm, y)) else {
                return Ok(None);
            };
            let data = matches!(kind, Kind::Bytes | Kind::ByteArray);
            if !(kind == other && matches!(kind, Kind::List | Kind::Tuple)
                || data && matches!(other, Kind::Bytes | Kind::ByteArray))
            {
                return Ok(None);
            }
            // The result must fit the board's heap: checked before anything is copied (`s += s` in a loop
            // would otherwise outgrow it many times over between two of the VM's periodic checks).
            let size = if data { n + m } else { (n + m).saturating_mul(8) };
            vm.reserve_upfront(size)?;
            Ok(Some(match (vm.heap.get(x), vm.heap.get(y)) {
                (Obj::List(s) | Obj::Tuple(s), Obj::List(t) | Obj::Tuple(t)) => {
                    let out = [&s[..], t].concat();
                    new_values(vm, kind, out)
                }
                (Obj::Bytes(s) | Obj::ByteArray(s), Obj::Bytes(t) | Obj::ByteArray(t)) => {
                    let out = [&s[..], t].concat();
                    new_data(vm, kind, out)
                }
                _ => return Ok(None),
            }))
        }
        BinOp::Mult => {
            let (x, n) = match (a, b) {
                (O(x), n) if vm.is_int(n) => (x, n),
                (n, O(x)) if vm.is_int(n) => (x, n),
                _ => return Ok(None),
            };
            let Some((kind, _, mut len)) = kind_of(vm, x) else { return Ok(None) };
            let item = if matches!(kind, Kind::List | Kind::Tuple) { 8 } else { 1 };
            if let Obj::Str(s) = vm.heap.get(x) {
                len = s.as_str().len();
            }
            let Some(n) = repeat_count(vm, n, item, len)? else { return Ok(None) };
            Ok(Some(match vm.heap.get(x) {
                Obj::Str(s) => {
                    let out = s.as_str().repeat(n);
                    vm.new_string(out)
                }
                Obj::List(l) | Obj::Tuple(l) => {
                    let out = l.repeat(n);
                    new_values(vm, kind, out)
                }
                Obj::Bytes(b) | Obj::ByteArray(b) => {
                    let out = b.repeat(n);
                    new_data(vm, kind, out)
                }
                _ => return Ok(None),
            }))
        }
        BinOp::Mod => match a {
            O(x) if matches!(vm.heap.get(x), Obj::Str(_) | Obj::Bytes(_)) => {
                crate::objects::percent::percent_format(vm, a, b).map(Some)
            }
            _ => Ok(None),
        },
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => {
            let (O(x), O(y)) = (a, b) else { return Ok(None) };
            let set_like = |r| matches!(vm.heap.get(r), Obj::Set { .. } | Obj::Dict(_));
            if set_like(x) && set_like(y) {
                return crate::objects::set::set_binop(vm, op, a, b);
            }
            // Keys and items views combine with sets like sets do.
            match (crate::objects::set::set_operand(vm, a)?, crate::objects::set::set_operand(vm, b)?) {
                (Some(a), Some(b)) => crate::objects::set::set_binop(vm, op, a, b),
                _ => Ok(None),
            }
        }
        _ => Ok(None),
    }
}
