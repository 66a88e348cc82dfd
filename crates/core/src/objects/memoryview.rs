//! `memoryview`: a window over a `bytes` or `bytearray` (the source value plus a start and a length, so
//! slicing a view never copies). Views of a bytearray write through to it; views of bytes are read-only.
//! Only byte format and contiguous slices (step 1), as on CircuitPython.

use crate::builtins::check_args;
use crate::heap::Obj;
use crate::objects::function::Kwargs;
use crate::objects::instance::NativeState;
use crate::objects::seq::{byte_value, norm_index, slice_indices};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct MemoryView {
    /// The `bytes` or `bytearray` viewed (never a subclass wrapper or another view).
    source: Value,
    start: usize,
    len: usize,
}

crate::keyed_type!(MemoryView);
impl NativeState for MemoryView {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.source);
    }
}

/// The bytes a memoryview shows, if `v` is one. A bytearray that shrank under the view cuts it short.
pub fn view_bytes(vm: &Vm, v: Value) -> Option<&[u8]> {
    let mv = vm.native_state::<MemoryView>(v)?;
    let Value::Obj(r) = mv.source else { return None };
    let (Obj::Bytes(b) | Obj::ByteArray(b)) = vm.heap.get(r) else { return None };
    let start = mv.start.min(b.len());
    let end = mv.start.saturating_add(mv.len).min(b.len());
    Some(&b[start..end])
}

/// The bytes a memoryview of a bytearray shows, to write through; None for a view of bytes (read-only).
pub fn view_bytes_mut(vm: &mut Vm, v: Value) -> Option<&mut [u8]> {
    let mv = vm.native_state::<MemoryView>(v)?;
    let (Value::Obj(r), start, len) = (mv.source, mv.start, mv.len) else { return None };
    let Obj::ByteArray(b) = vm.heap.get_mut(r) else { return None };
    let end = start.saturating_add(len).min(b.len());
    Some(&mut b[start.min(end)..end])
}

fn view_of(vm: &Vm, v: Value) -> PyResult<(Value, usize, usize)> {
    match vm.native_state::<MemoryView>(v) {
        Some(mv) => Ok((mv.source, mv.start, view_bytes(vm, v).map_or(0, |b| b.len()))),
        None => Err(vm.type_error_msg("memoryview expected")),
    }
}

fn new_view(vm: &mut Vm, source: Value, start: usize, len: usize) -> Value {
    let class = vm.types.memoryview;
    vm.new_native_instance(class, Box::new(MemoryView { source, start, len }))
}

fn memoryview_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "memoryview", &args[1..], 1, 1)?;
    let src = vm.unwrap_base(args[1]);
    if let Ok((source, start, len)) = view_of(vm, src) {
        return Ok(new_view(vm, source, start, len));
    }
    match src {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Bytes(b) | Obj::ByteArray(b) => {
                let len = b.len();
                Ok(new_view(vm, src, 0, len))
            }
            _ => Err(vm.type_error_msg("object with buffer protocol required")),
        },
        _ => Err(vm.type_error_msg("object with buffer protocol required")),
    }
}

fn is_slice(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Slice { .. }))
}

/// The `(start, len)` within the view that a contiguous slice selects.
fn contiguous_slice(vm: &mut Vm, key: Value, len: usize) -> PyResult<(usize, usize)> {
    let (a, b, step) = slice_indices(vm, key, len)?;
    if step != 1 {
        return Err(vm.new_error(vm.exc.not_implemented_error, "only slices with step=1 (aka None) are supported"));
    }
    Ok((a as usize, (b.max(a) - a) as usize))
}

#[derive(Clone, Copy)]
enum Op {
    Len,
    GetItem,
    SetItem,
    ToBytes,
    ToList,
    /// `mv == other`: equal to any bytes-like object with the same contents.
    Eq,
}

/// The memoryview methods, `self` included in the argument count as the messages have it.
fn mv_method(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    let (name, n) = match op {
        Op::Len => ("__len__", 1),
        Op::GetItem => ("__getitem__", 2),
        Op::SetItem => ("__setitem__", 3),
        Op::ToBytes => ("tobytes", 1),
        Op::ToList => ("tolist", 1),
        Op::Eq => ("__eq__", 2),
    };
    check_args(vm, name, args, n, n)?;
    if let Op::Eq = op {
        return Ok(match (view_bytes(vm, args[0]), vm.as_bytes(args[1])) {
            (Some(a), Some(b)) => Value::bool(a == b),
            _ => vm.not_implemented,
        });
    }
    let (source, start, len) = view_of(vm, args[0])?;
    let data = view_bytes(vm, args[0]).unwrap_or_default();
    match op {
        Op::Len => Ok(Value::Int(len as i64)),
        Op::ToBytes => {
            let bytes = data.to_vec();
            Ok(vm.new_bytes(bytes))
        }
        Op::ToList => {
            let mut items = Vec::with_capacity(data.len());
            for &b in data {
                items.push(Value::Int(b as i64));
            }
            Ok(vm.new_list(items))
        }
        Op::GetItem => {
            if is_slice(vm, args[1]) {
                let (a, n) = contiguous_slice(vm, args[1], len)?;
                return Ok(new_view(vm, source, start + a, n));
            }
            let i = norm_index(vm, args[1], len, "memoryview")?;
            Ok(Value::Int(view_bytes(vm, args[0]).map_or(0, |b| b[i]) as i64))
        }
        _ => {
            let Value::Obj(src) = source else { return Err(vm.type_error_msg("memoryview expected")) };
            if !matches!(vm.heap.get(src), Obj::ByteArray(_)) {
                return Err(vm.type_error_msg("'memoryview' object doesn't support item assignment"));
            }
            let (at, new) = if is_slice(vm, args[1]) {
                let (a, n) = contiguous_slice(vm, args[1], len)?;
                let Some(bytes) = vm.as_bytes(args[2]).map(|b| b.to_vec()) else {
                    return Err(vm.type_error_msg("object with buffer protocol required"));
                };
                if bytes.len() != n {
                    return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
                }
                (a, bytes)
            } else {
                let i = norm_index(vm, args[1], len, "memoryview")?;
                (i, vec![byte_value(vm, args[2])?])
            };
            if let Obj::ByteArray(b) = vm.heap.get_mut(src) {
                let at = start + at;
                if let Some(dest) = b.get_mut(at..at + new.len()) {
                    dest.copy_from_slice(&new);
                }
            }
            Ok(Value::None)
        }
    }
}

/// The `(name, NativeFn)` entry of a memoryview method.
macro_rules! method {
    ($name:literal, $op:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], _kw: Kwargs| mv_method(vm, args, $op))
    };
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.memoryview;
    vm.set_constructor(t, memoryview_new);
    vm.add_methods(
        t,
        &[
            method!("__len__", Op::Len),
            method!("__getitem__", Op::GetItem),
            method!("__setitem__", Op::SetItem),
            method!("tobytes", Op::ToBytes),
            method!("tolist", Op::ToList),
            method!("__eq__", Op::Eq),
        ],
    );
}
