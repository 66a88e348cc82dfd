//! Operations shared by the sequence types (str, bytes, bytearray, list, tuple, range): concatenation and
//! repetition, indexing and slicing with Python's index rules, and slice assignment/deletion.

use crate::heap::Obj;
use crate::value::Value;
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
        return Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 });
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

fn is_slice(vm: &Vm, v: Value) -> bool {
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

pub fn seq_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let Value::Obj(r) = obj else { unreachable!() };
    let slice = is_slice(vm, key);
    match vm.heap.get(r) {
        Obj::List(items) | Obj::Tuple(items) => {
            let is_list = matches!(vm.heap.get(r), Obj::List(_));
            let len = items.len();
            if slice {
                let (a, b, c) = slice_indices(vm, key, len)?;
                let (Obj::List(items) | Obj::Tuple(items)) = vm.heap.get(r) else { unreachable!() };
                // Plain loops, here and below: a `map().collect()` per element type would each be a copy of
                // the collecting code.
                let mut out = Vec::new();
                for i in slice_positions(a, b, c) {
                    out.push(items[i]);
                }
                return Ok(if is_list { vm.new_list(out) } else { vm.new_tuple(out) });
            }
            let what = if is_list { "list" } else { "tuple" };
            let i = norm_index(vm, key, len, what)?;
            let (Obj::List(items) | Obj::Tuple(items)) = vm.heap.get(r) else { unreachable!() };
            Ok(items[i])
        }
        Obj::Str(s) => {
            if slice {
                let len = s.char_len();
                let (a, b, c) = slice_indices(vm, key, len)?;
                let Obj::Str(s) = vm.heap.get(r) else { unreachable!() };
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
                return Ok(vm.new_string(out));
            }
            let len = s.char_len();
            let i = norm_index(vm, key, len, "string")?;
            let Obj::Str(s) = vm.heap.get(r) else { unreachable!() };
            let c = s.char_at(i);
            let mut buf = [0u8; 4];
            Ok(vm.new_str(c.encode_utf8(&mut buf)))
        }
        Obj::Bytes(b) | Obj::ByteArray(b) => {
            let is_bytes = matches!(vm.heap.get(r), Obj::Bytes(_));
            let len = b.len();
            if slice {
                let (x, y, z) = slice_indices(vm, key, len)?;
                let (Obj::Bytes(b) | Obj::ByteArray(b)) = vm.heap.get(r) else { unreachable!() };
                let mut out = Vec::new();
                for i in slice_positions(x, y, z) {
                    out.push(b[i]);
                }
                return Ok(if is_bytes { vm.new_bytes(out) } else { vm.new_bytearray(out) });
            }
            let what = if is_bytes { "bytes" } else { "bytearray" };
            let i = norm_index(vm, key, len, what)?;
            let (Obj::Bytes(b) | Obj::ByteArray(b)) = vm.heap.get(r) else { unreachable!() };
            Ok(Value::Int(b[i] as i64))
        }
        Obj::Range { start, stop, step } => {
            let (start, step) = (*start, *step);
            let exact_len = super::range::range_len(start, *stop, step);
            let len = usize::try_from(exact_len).unwrap_or(usize::MAX);
            if slice {
                return super::range::range_slice(vm, start, step, exact_len, key);
            }
            // Indexed in 64 bits: a range may be longer than a 32-bit `usize`.
            let i = match vm.as_i64(key) {
                Some(i) => i,
                None => return norm_index(vm, key, len, "range").map(|_| Value::None),
            };
            let idx = if i < 0 { i as i128 + exact_len as i128 } else { i as i128 };
            if idx < 0 || idx >= exact_len as i128 {
                return Err(vm.index_error("range index out of range"));
            }
            Ok(Value::Int(super::range::range_item(start, step, idx as u64)))
        }
        _ => Err(vm.type_error_msg(format!("'{}' object isn't subscriptable", vm.type_name(obj)))),
    }
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
        let (a, b, c) = slice_indices(vm, key, len)?;
        if is_list {
            let items = vm.collect_iter(value)?;
            let Obj::List(l) = vm.heap.get_mut(r) else { unreachable!() };
            // Iterating `value` (or an index's `__index__`) may have run Python code that resized the list
            // since the slice was resolved: clamp to its length now.
            let n = l.len();
            if c == 1 {
                let (a, b) = ((a as usize).min(n), (b.max(a) as usize).min(n));
                l.splice(a..b.max(a), items);
            } else {
                let pos = positions_below(a, b, c, n);
                if pos.len() != items.len() {
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        items.len(),
                        pos.len()
                    )));
                }
                for (&p, &v) in pos.iter().zip(&items) {
                    l[p] = v;
                }
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
            // As for lists: the bytearray may have been resized while `value` was iterated.
            let n = l.len();
            if c == 1 {
                let (a, b) = ((a as usize).min(n), (b.max(a) as usize).min(n));
                l.splice(a..b.max(a), bytes);
            } else {
                let pos = positions_below(a, b, c, n);
                if pos.len() != bytes.len() {
                    return Err(vm.value_error("attempt to assign sequence to extended slice of different size"));
                }
                for (&p, &v) in pos.iter().zip(&bytes) {
                    l[p] = v;
                }
            }
        }
        vm.heap.resize(r);
        return Ok(());
    }
    let what = if is_list { "list" } else { "bytearray" };
    let i = norm_index(vm, key, len, what)?;
    if is_list {
        if let Obj::List(l) = vm.heap.get_mut(r) {
            l[i] = value;
        }
    } else {
        let b = byte_value(vm, value)?;
        if let Obj::ByteArray(l) = vm.heap.get_mut(r) {
            l[i] = b;
        }
    }
    Ok(())
}

/// An int in 0..=255, for bytes.
pub fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match vm.as_i64(v) {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("bytes value out of range")),
        None => Err(vm.type_error_msg(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

pub fn seq_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let Value::Obj(r) = obj else { unreachable!() };
    let len = match vm.heap.get(r) {
        Obj::List(l) => l.len(),
        Obj::ByteArray(b) => b.len(),
        _ => 0,
    };
    let is_list = matches!(vm.heap.get(r), Obj::List(_));
    if is_slice(vm, key) {
        let (a, b, c) = slice_indices(vm, key, len)?;
        let mut keep = vec![true; len];
        for p in slice_positions(a, b, c) {
            keep[p] = false;
        }
        match vm.heap.get_mut(r) {
            Obj::List(l) => {
                let mut k = keep.iter();
                l.retain(|_| *k.next().unwrap_or(&true));
            }
            Obj::ByteArray(l) => {
                let mut k = keep.iter();
                l.retain(|_| *k.next().unwrap_or(&true));
            }
            _ => {}
        }
        vm.heap.resize(r);
        return Ok(());
    }
    let what = if is_list { "list" } else { "bytearray" };
    let i = norm_index(vm, key, len, what)?;
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
    vm.heap.reserve(total).map_err(|_| vm.memory_error())?;
    Ok(Some(n))
}

/// `+`, `*` and `%` of sequences and sets.
pub fn seq_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    use Value::Obj as O;
    match (op, a, b) {
        (BinOp::Add, O(x), O(y)) => {
            if let Some(joined) = vm.concat_strs(a, b) {
                return joined.map(Some);
            }
            // The result must fit the board's heap: checked before anything is copied (`s += s` in a loop
            // would otherwise outgrow it many times over between two of the VM's periodic checks).
            let size = match (vm.heap.get(x), vm.heap.get(y)) {
                (Obj::List(s), Obj::List(t)) | (Obj::Tuple(s), Obj::Tuple(t)) => (s.len() + t.len()).saturating_mul(8),
                (Obj::Bytes(s) | Obj::ByteArray(s), Obj::Bytes(t) | Obj::ByteArray(t)) => s.len() + t.len(),
                _ => return Ok(None),
            };
            vm.heap.reserve(size).map_err(|_| vm.memory_error())?;
            let r = match (vm.heap.get(x), vm.heap.get(y)) {
                (Obj::List(s), Obj::List(t)) => {
                    let mut out = s.clone();
                    out.extend_from_slice(t);
                    vm.new_list(out)
                }
                (Obj::Tuple(s), Obj::Tuple(t)) => {
                    let mut out = s.clone();
                    out.extend_from_slice(t);
                    vm.new_tuple(out)
                }
                (Obj::Bytes(s) | Obj::ByteArray(s), Obj::Bytes(t) | Obj::ByteArray(t)) => {
                    let mut out = s.clone();
                    out.extend_from_slice(t);
                    if matches!(vm.heap.get(x), Obj::ByteArray(_)) {
                        vm.new_bytearray(out)
                    } else {
                        vm.new_bytes(out)
                    }
                }
                _ => return Ok(None),
            };
            Ok(Some(r))
        }
        (BinOp::Mult, O(x), n) | (BinOp::Mult, n, O(x)) if vm.is_int(n) => {
            let (len, item) = match vm.heap.get(x) {
                Obj::Str(s) => (s.as_str().len(), 1),
                Obj::List(l) | Obj::Tuple(l) => (l.len(), 8),
                Obj::Bytes(b) | Obj::ByteArray(b) => (b.len(), 1),
                _ => return Ok(None),
            };
            let Some(n) = repeat_count(vm, n, item, len)? else { return Ok(None) };
            let r = match vm.heap.get(x) {
                Obj::Str(s) => {
                    let out = s.as_str().repeat(n);
                    vm.new_string(out)
                }
                Obj::List(l) | Obj::Tuple(l) => {
                    let out = l.repeat(n);
                    if matches!(vm.heap.get(x), Obj::List(_)) {
                        vm.new_list(out)
                    } else {
                        vm.new_tuple(out)
                    }
                }
                Obj::Bytes(b) => {
                    let out = b.repeat(n);
                    vm.new_bytes(out)
                }
                Obj::ByteArray(b) => {
                    let out = b.repeat(n);
                    vm.new_bytearray(out)
                }
                _ => return Ok(None),
            };
            Ok(Some(r))
        }
        (BinOp::Mod, O(x), _) if matches!(vm.heap.get(x), Obj::Str(_) | Obj::Bytes(_)) => {
            crate::objects::percent::percent_format(vm, a, b).map(Some)
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, O(x), O(y))
            if matches!(vm.heap.get(x), Obj::Set { .. } | Obj::Dict(_))
                && matches!(vm.heap.get(y), Obj::Set { .. } | Obj::Dict(_)) =>
        {
            crate::objects::set::set_binop(vm, op, a, b)
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, O(x), O(y))
            if matches!(vm.heap.get(x), Obj::Iter(_)) || matches!(vm.heap.get(y), Obj::Iter(_)) =>
        {
            // Keys and items views combine with sets like sets do.
            let (Some(a), Some(b)) =
                (crate::objects::set::set_operand(vm, a)?, crate::objects::set::set_operand(vm, b)?)
            else {
                return Ok(None);
            };
            crate::objects::set::set_binop(vm, op, a, b)
        }
        _ => Ok(None),
    }
}
