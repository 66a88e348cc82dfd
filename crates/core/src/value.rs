//! `Value`: what the VM passes around. Small ints, floats, bools and None are unboxed; everything else is an
//! `ObjRef`, a handle into the garbage-collected `Heap`. Values are `Copy`, so holding one never keeps an
//! object alive by itself: the collector runs only at safepoints, where every live value is reachable from the
//! VM's roots (frames, modules, pinned host handles).

use std::fmt;

/// A handle to a heap object (index into the heap's slot table).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub(crate) u32);

impl ObjRef {
    pub fn index(self) -> u32 {
        self.0
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Value {
    None,
    Bool(bool),
    /// An int that fits in i64; larger ints are `Obj::BigInt` and are always normalised back to `Int` when
    /// they fit, so two equal ints have the same representation.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    /// Identity (`is`): same handle, or same unboxed value (NaN floats are identical to themselves).
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }

    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
}

impl From<ObjRef> for Value {
    fn from(r: ObjRef) -> Self {
        Value::Obj(r)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
