//! Builtin iterators: over sequences, strings, dicts and sets, ranges, and the lazy builtins (`enumerate`,
//! `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`, the sequence protocol over `__getitem__`).

use crate::heap::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::init::Types;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// list, tuple, bytes, bytearray by index.
    Seq {
        seq: Value,
        index: usize,
    },
    Str {
        s: Value,
        byte_pos: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Iterating a dict or set; `len` detects a size change during iteration.
    DictKeys {
        dict: ObjRef,
        index: usize,
        len: usize,
        kind: DictIterKind,
    },
    /// A dict view object (`d.keys()`), itself iterable again.
    DictView {
        dict: ObjRef,
        kind: DictIterKind,
    },
    Enumerate {
        iter: Value,
        /// The next index: a small int, or a big one once counting passes `i64::MAX`.
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        /// `zip(strict=True)`: iterables of different lengths raise ValueError.
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    Callable {
        func: Value,
        sentinel: Value,
        done: bool,
    },
    GetItem {
        obj: Value,
        index: i64,
    },
    /// The awaitable returned by `agen.__anext__()` (run by the VM's `YieldFrom`).
    AsyncGenStep {
        gen: ObjRef,
    },
    /// An adapter over Python code (`enumerate(gen)`, `map(f, xs)` with a Python `f`): the items come from a
    /// generator of `builtins/drive.py`, which the VM resumes stacklessly where it can.
    Delegate {
        gen: ObjRef,
    },
}

impl IterState {
    pub fn trace(&self, out: &mut Vec<Value>) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => out.push(*seq),
            IterState::Str { s, .. } => out.push(*s),
            IterState::Range { .. } => {}
            IterState::DictKeys { dict, .. } | IterState::DictView { dict, .. } => out.push(Value::Obj(*dict)),
            IterState::Enumerate { iter, count } => out.extend_from_slice(&[*iter, *count]),
            IterState::Zip { iters, .. } => out.extend_from_slice(iters),
            IterState::Map { func, iters } => {
                out.push(*func);
                out.extend_from_slice(iters);
            }
            IterState::Filter { func, iter } => out.extend_from_slice(&[*func, *iter]),
            IterState::Callable { func, sentinel, .. } => out.extend_from_slice(&[*func, *sentinel]),
            IterState::GetItem { obj, .. } => out.push(*obj),
            IterState::AsyncGenStep { gen } | IterState::Delegate { gen } => out.push(Value::Obj(*gen)),
        }
    }

    pub fn type_of(&self, t: &Types) -> ObjRef {
        match self {
            IterState::DictView { kind: DictIterKind::Keys, .. } => t.dict_keys,
            IterState::DictView { kind: DictIterKind::Values, .. } => t.dict_values,
            IterState::DictView { kind: DictIterKind::Items, .. } => t.dict_items,
            _ => t.iterator,
        }
    }

    /// `len()` of a dict view.
    pub fn view_len(&self, vm: &Vm) -> Option<usize> {
        match self {
            IterState::DictView { dict, .. } => Some(vm.dict_store(*dict).len()),
            _ => None,
        }
    }
}

fn state(vm: &mut Vm, r: ObjRef) -> &mut IterState {
    match vm.heap.get_mut(r) {
        Obj::Iter(s) => s,
        _ => unreachable!("iter_next on a non-iterator"),
    }
}

/// The `k`th iterable a `zip` or `map` advances (read afresh for each: advancing one can run Python code).
fn source(vm: &mut Vm, r: ObjRef, k: usize) -> Value {
    match state(vm, r) {
        IterState::Zip { iters, .. } | IterState::Map { iters, .. } => iters.get(k).copied().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// Advance the iterator an `enumerate`, `zip`, `map` or `filter` wraps. These nest without limit
/// (`x = map(f, x)` in a loop), and each level advances the next natively: bound it like nested containers.
pub(crate) fn next_inner(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    vm.enter_native()?;
    let r = vm.next(it);
    vm.leave_native();
    r
}

/// Advance a builtin iterator.
pub fn iter_next(vm: &mut Vm, r: ObjRef) -> PyResult<Option<Value>> {
    match state(vm, r) {
        IterState::AsyncGenStep { .. } => Err(vm.type_error_msg("'async_generator_asend' object is not an iterator")),
        IterState::Delegate { gen } => {
            let gen = *gen;
            match vm.resume_generator_nested(gen, Value::None, false)? {
                crate::vm::call::GenResult::Yield(v) => Ok(Some(v)),
                crate::vm::call::GenResult::Return(_) => Ok(None),
            }
        }
        IterState::Seq { seq, index } => {
            let (seq, i) = (*seq, *index);
            let Value::Obj(s) = seq else { return Ok(None) };
            let item = match vm.heap.get(s) {
                Obj::List(l) | Obj::Tuple(l) => l.get(i).copied(),
                Obj::Bytes(b) | Obj::ByteArray(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                _ => None,
            };
            if item.is_some() {
                if let IterState::Seq { index, .. } = state(vm, r) {
                    *index += 1;
                }
            }
            Ok(item)
        }
        IterState::Str { s, byte_pos } => {
            let (s, pos) = (*s, *byte_pos);
            let Some(text) = vm.as_str(s) else { return Ok(None) };
            let Some(c) = text[pos..].chars().next() else { return Ok(None) };
            if let IterState::Str { byte_pos, .. } = state(vm, r) {
                *byte_pos += c.len_utf8();
            }
            let mut buf = [0u8; 4];
            Ok(Some(vm.new_str(c.encode_utf8(&mut buf))))
        }
        IterState::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                match n.checked_add(*step) {
                    Some(x) => *next = x,
                    None => *stop = n,
                }
                Ok(Some(Value::Int(n)))
            } else {
                Ok(None)
            }
        }
        IterState::DictKeys { dict, index, len, kind } => {
            let (d, start, len, kind) = (*dict, *index, *len, *kind);
            let store = vm.dict_store(d);
            if store.len() != len {
                return Err(vm.runtime_error(if matches!(vm.heap.get(d), Obj::Set { .. }) {
                    "set changed size during iteration"
                } else {
                    "dictionary changed size during iteration"
                }));
            }
            let mut i = start;
            while i < store.slots() {
                if let Some(e) = store.entry(i) {
                    let (k, v) = (e.key, e.value);
                    if let IterState::DictKeys { index, .. } = state(vm, r) {
                        *index = i + 1;
                    }
                    return Ok(Some(match kind {
                        DictIterKind::Keys => k,
                        DictIterKind::Values => v,
                        DictIterKind::Items => vm.new_tuple(vec![k, v]),
                    }));
                }
                i += 1;
            }
            if let IterState::DictKeys { index, .. } = state(vm, r) {
                *index = i;
            }
            Ok(None)
        }
        IterState::DictView { .. } => Err(vm.type_error_msg("'dict_keys' object is not an iterator")),
        IterState::Enumerate { iter, count } => {
            let (it, c) = (*iter, *count);
            match next_inner(vm, it)? {
                Some(v) => {
                    let next = match c {
                        Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                        _ => vm.binary_op(circuitpython_parser::ast::BinOp::Add, c, Value::Int(1))?,
                    };
                    if let IterState::Enumerate { count, .. } = state(vm, r) {
                        *count = next;
                    }
                    Ok(Some(vm.new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { iters, strict } => {
            let (n, strict) = (iters.len(), *strict);
            if n == 0 {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(n);
            for i in 0..n {
                let it = source(vm, r, i);
                match next_inner(vm, it)? {
                    Some(v) => items.push(v),
                    None if !strict => return Ok(None),
                    None if i > 0 => return Err(zip_length_error(vm, i, "shorter")),
                    None => {
                        for j in 1..n {
                            let other = source(vm, r, j);
                            if vm.next(other)?.is_some() {
                                return Err(zip_length_error(vm, j, "longer"));
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(items)))
        }
        IterState::Map { func, iters } => {
            let (func, n) = (*func, iters.len());
            // On the stack, not the allocator: this runs once per item.
            let mut args = crate::vm::call::Args::new();
            for k in 0..n {
                let it = source(vm, r, k);
                match next_inner(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            // A StopIteration from the function ends the map, as in CPython.
            match vm.call(func, &args) {
                Err(e) if vm.error_matches(&e, vm.exc.stop_iteration) => Ok(None),
                r => r.map(Some),
            }
        }
        IterState::Filter { func, iter } => {
            let (func, it) = (*func, *iter);
            while let Some(v) = next_inner(vm, it)? {
                let keep = if func.is_none() {
                    vm.truthy(v)?
                } else {
                    let r = vm.call(func, &[v])?;
                    vm.truthy(r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Reversed { seq, index } => {
            let (seq, i) = (*seq, *index);
            if i == 0 {
                return Ok(None);
            }
            // Lists and tuples are read directly; a list that shrank below the position ends the iteration
            // (as CPython's reversed list iterator does) rather than raising IndexError.
            let direct = match seq {
                Value::Obj(s) => match vm.heap.get(s) {
                    Obj::List(items) | Obj::Tuple(items) => Some(items.get(i - 1).copied()),
                    _ => None,
                },
                _ => None,
            };
            let v = match direct {
                Some(Some(v)) => v,
                Some(None) => {
                    if let IterState::Reversed { index, .. } = state(vm, r) {
                        *index = 0;
                    }
                    return Ok(None);
                }
                None => vm.getitem(seq, Value::Int(i as i64 - 1))?,
            };
            if let IterState::Reversed { index, .. } = state(vm, r) {
                *index -= 1;
            }
            Ok(Some(v))
        }
        IterState::Callable { func, sentinel, done } => {
            if *done {
                return Ok(None);
            }
            let (f, s) = (*func, *sentinel);
            let v = vm.call(f, &[])?;
            if vm.eq(v, s)? {
                if let IterState::Callable { done, .. } = state(vm, r) {
                    *done = true;
                }
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::GetItem { obj, index } => {
            let (obj, i) = (*obj, *index);
            match vm.getitem(obj, Value::Int(i)) {
                Ok(v) => {
                    if let IterState::GetItem { index, .. } = state(vm, r) {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if vm.error_matches(&e, vm.exc.index_error) || vm.error_matches(&e, vm.exc.stop_iteration) => {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// `zip(strict=True)` found argument `i` (0-based) shorter or longer than the ones before it.
fn zip_length_error(vm: &Vm, i: usize, what: &str) -> crate::vm::PyErr {
    let before = if i == 1 { "argument 1".to_string() } else { format!("arguments 1-{i}") };
    vm.value_error(format!("zip() argument {} is {what} than {before}", i + 1))
}

impl Vm {
    pub fn new_iter(&mut self, state: IterState) -> Value {
        Value::Obj(self.heap.alloc(Obj::Iter(Box::new(state))))
    }
}
