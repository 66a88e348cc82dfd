//! `Value`: what the VM passes around. Small ints, floats, bools and None are unboxed; everything else is an
//! `ObjRef`, a handle into the garbage-collected `Heap`. Values are `Copy`, so holding one never keeps an
//! object alive by itself: the collector runs only at safepoints, where every live value is reachable from the
//! VM's roots (frames, modules, pinned host handles).

use std::fmt;

/// A handle to a heap object (index into the heap's slot table). A 64-bit word, like every other payload of
/// `Value` (see there).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub(crate) u64);

impl ObjRef {
    pub fn index(self) -> u32 {
        self.0 as u32
    }
}

/// A Python bool's payload in `Value`: a 64-bit word holding 0 or 1.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(u64)]
pub enum Truth {
    False = 0,
    True = 1,
}

impl Truth {
    pub fn get(self) -> bool {
        self == Truth::True
    }
}

/// A float's payload in `Value`: the bits of an f64. Deliberately not comparable: float equality is
/// `get()`'s (NaN unequal, -0.0 equal to 0.0), identity is `Value::is`'s.
#[derive(Clone, Copy)]
pub struct FloatBits(u64);

impl FloatBits {
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl fmt::Debug for FloatBits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.get(), f)
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Every payload is a 64-bit integer at the same offset (bools and floats through `Truth` and `FloatBits`,
/// handles widened to 64 bits), so rustc lays a `Value` out as a pair of scalars, tag and word, and passes it
/// to a function in two registers. With mixed payloads (bool, u32, i64, f64) it was an aggregate that every
/// call site spilled to the stack and passed by address: in WebAssembly that was 25 KB more code.
#[derive(Clone, Copy, Debug)]
pub enum Value {
    None,
    Bool(Truth),
    /// An int that fits in i64; larger ints are `Obj::BigInt` and are always normalised back to `Int` when
    /// they fit, so two equal ints have the same representation.
    Int(i64),
    Float(FloatBits),
    Obj(ObjRef),
}

impl Value {
    pub const TRUE: Value = Value::Bool(Truth::True);
    pub const FALSE: Value = Value::Bool(Truth::False);

    pub fn bool(b: bool) -> Value {
        Value::Bool(if b { Truth::True } else { Truth::False })
    }

    pub fn float(f: f64) -> Value {
        Value::Float(FloatBits(f.to_bits()))
    }

    /// Identity (`is`): same handle, or same unboxed value (NaN floats are identical to themselves).
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.0 == b.0,
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
        Value::bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::float(f)
    }
}
