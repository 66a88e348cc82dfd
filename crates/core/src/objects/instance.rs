//! Instances of classes: a class pointer, an optional attribute dict, and a payload for what the nearest
//! builtin base needs (an exception's args and traceback, the list inside a `list` subclass, or the Rust state
//! of a native class such as `digitalio.DigitalInOut`).

use crate::type_key::HasKey;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

pub struct Instance {
    pub class: ObjRef,
    pub dict: Option<ObjRef>,
    pub payload: Payload,
}

pub enum Payload {
    None,
    /// The builtin value a subclass of `int`, `str`, `list`, `dict`, ... wraps.
    Base(Value),
    Exception(Box<ExcData>),
    Native(Box<dyn NativeState>),
}

/// Rust state of an instance of a native class. `trace` must report every `Value` it holds; a state holding
/// none implements nothing (`impl NativeState for T {}`). The VM reaches the concrete type by its key
/// (`keyed_type!`, `Vm::native_state`).
pub trait NativeState: HasKey {
    fn trace(&self, _out: &mut Vec<Value>) {}
    /// Bytes of growable buffers the state owns (a deque's items, a stream's data), counted against the
    /// heap limit like a list's slots; the owner calls `heap.resize` after growing them.
    fn heap_bytes(&self) -> usize {
        0
    }
}

pub struct ExcData {
    /// A tuple.
    pub args: Value,
    /// Innermost frame first.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// One line of a traceback. `name` is empty for a syntax error's location (printed without `, in ...`).
#[derive(Clone, Debug, PartialEq)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub line: u32,
}

impl Instance {
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.push(Value::Obj(self.class));
        out.extend(self.dict.map(Value::Obj));
        match &self.payload {
            Payload::None => {}
            Payload::Base(v) => out.push(*v),
            Payload::Exception(e) => {
                out.extend_from_slice(&[e.args, e.cause, e.context]);
            }
            Payload::Native(n) => n.trace(out),
        }
    }

    pub fn heap_bytes(&self) -> usize {
        match &self.payload {
            Payload::Exception(e) => 48 + e.traceback.len() * 16,
            Payload::Native(n) => 32 + n.heap_bytes(),
            _ => 16,
        }
    }
}
