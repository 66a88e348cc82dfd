//! Making and reading values: constructors for every builtin kind of object, and typed accessors that native
//! code uses to look inside its arguments.

use super::{PyResult, Vm};
use crate::heap::Obj;
use crate::objects::dict::DictStore;
use crate::objects::function::{NativeFn, NativeFunction, NativeKind};
use crate::objects::instance::{ExcData, Instance, Payload};
use crate::objects::str::PyStr;
use crate::type_key::{self, Keyed};
use crate::value::{ObjRef, Value};
use circuitpython_bigint::BigInt;

impl Vm {
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        self.heap.alloc(obj)
    }

    pub fn new_str(&mut self, s: &str) -> Value {
        if s.len() <= 1 {
            return self.intern(s);
        }
        Value::Obj(self.heap.alloc(Obj::Str(PyStr::new(s))))
    }

    pub fn new_string(&mut self, s: String) -> Value {
        if s.len() <= 1 {
            return self.intern(&s);
        }
        Value::Obj(self.heap.alloc(Obj::Str(PyStr::new(s))))
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        Value::Obj(self.heap.alloc(Obj::Bytes(b)))
    }

    pub fn new_bytearray(&mut self, b: Vec<u8>) -> Value {
        Value::Obj(self.heap.alloc(Obj::ByteArray(b)))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Obj::List(items)))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        Value::Obj(self.heap.alloc(Obj::Tuple(items)))
    }

    pub fn new_dict(&mut self) -> ObjRef {
        self.heap.alloc(Obj::Dict(DictStore::new()))
    }

    pub fn new_set(&mut self, frozen: bool) -> ObjRef {
        self.heap.alloc(Obj::Set { store: DictStore::new(), frozen })
    }

    /// An int from a BigInt, normalised to `Value::Int` when it fits.
    pub fn new_int(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(self.heap.alloc(Obj::BigInt(b))),
        }
    }

    pub fn new_native(&mut self, name: &'static str, f: NativeFn, kind: NativeKind) -> Value {
        Value::Obj(self.heap.alloc(Obj::Native(NativeFunction { name, f, kind, bound: None })))
    }

    /// A native function with a value bound to it, received as `args[0]`.
    pub fn new_native_bound(&mut self, name: &'static str, f: NativeFn, bound: Value) -> Value {
        Value::Obj(self.heap.alloc(Obj::Native(NativeFunction {
            name,
            f,
            kind: NativeKind::Function,
            bound: Some(bound),
        })))
    }

    /// An instance of a native class holding Rust state.
    pub fn new_native_instance(
        &mut self,
        class: ObjRef,
        state: Box<dyn crate::objects::instance::NativeState>,
    ) -> Value {
        Value::Obj(self.heap.alloc(Obj::Instance(Instance { class, dict: None, payload: Payload::Native(state) })))
    }

    /// A plain instance of a class (no payload).
    pub fn new_instance(&mut self, class: ObjRef) -> Value {
        Value::Obj(self.heap.alloc(Obj::Instance(Instance { class, dict: None, payload: Payload::None })))
    }

    pub fn new_exception_value(&mut self, class: ObjRef, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        Value::Obj(self.heap.alloc(Obj::Instance(Instance {
            class,
            dict: None,
            payload: Payload::Exception(Box::new(ExcData {
                args,
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            })),
        })))
    }

    // ---- accessors ----

    pub fn as_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.as_str()),
                Obj::Instance(Instance { payload: Payload::Base(b), .. }) => self.as_str(*b),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn as_pystr(&self, v: Value) -> Option<&PyStr> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s),
                Obj::Instance(Instance { payload: Payload::Base(b), .. }) => self.as_pystr(*b),
                _ => None,
            },
            _ => None,
        }
    }

    /// The str argument or a TypeError naming what was expected.
    pub fn expect_str(&self, v: Value) -> PyResult<String> {
        match self.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => Err(self.type_error_for("expected str, got ", v, "")),
        }
    }

    /// Bytes-like contents (bytes, bytearray).
    pub fn as_bytes(&self, v: Value) -> Option<&[u8]> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Bytes(b) | Obj::ByteArray(b) => Some(b),
                Obj::Instance(Instance { payload: Payload::Base(b), .. }) => self.as_bytes(*b),
                Obj::Instance(Instance { payload: Payload::Native(_), .. }) => {
                    crate::objects::memoryview::view_bytes(self, v)
                        .or_else(|| crate::modules::array::array_bytes(self, v))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Writable bytes-like contents (a bytearray, a memoryview of one, an array): what `readinto` and
    /// `struct.pack_into` fill, as CircuitPython's writable buffer protocol.
    pub fn as_bytes_mut(&mut self, v: Value) -> Option<&mut [u8]> {
        let v = self.unwrap_base(v);
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::ByteArray(_)) => match self.heap.get_mut(r) {
                Obj::ByteArray(b) => Some(b),
                _ => None,
            },
            _ if crate::modules::array::array_bytes(self, v).is_some() => {
                crate::modules::array::array_bytes_mut(self, v)
            }
            _ => crate::objects::memoryview::view_bytes_mut(self, v),
        }
    }

    /// The items of a list or tuple (copied out, so the caller can keep using the VM).
    pub fn seq_items(&self, v: Value) -> Option<Vec<Value>> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(l) | Obj::Tuple(l) => Some(l.clone()),
                Obj::Instance(Instance { payload: Payload::Base(b), .. }) => self.seq_items(*b),
                _ => None,
            },
            _ => None,
        }
    }

    /// The builtin value a subclass instance wraps, or the value itself.
    pub fn unwrap_base(&self, v: Value) -> Value {
        if let Value::Obj(r) = v {
            if let Obj::Instance(Instance { payload: Payload::Base(b), .. }) = self.heap.get(r) {
                return *b;
            }
        }
        v
    }

    pub fn list_mut(&mut self, v: Value) -> Option<&mut Vec<Value>> {
        let v = self.unwrap_base(v);
        match v {
            Value::Obj(r) => match self.heap.get_mut(r) {
                Obj::List(l) => Some(l),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn dict_ref(&self, v: Value) -> Option<ObjRef> {
        let v = self.unwrap_base(v);
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Dict(_) => Some(r),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn dict_store(&self, r: ObjRef) -> &DictStore {
        match self.heap.get(r) {
            Obj::Dict(d) | Obj::Set { store: d, .. } => d,
            _ => panic!("dict_store on a non-dict"),
        }
    }

    pub fn dict_store_mut(&mut self, r: ObjRef) -> &mut DictStore {
        match self.heap.get_mut(r) {
            Obj::Dict(d) | Obj::Set { store: d, .. } => d,
            _ => panic!("dict_store_mut on a non-dict"),
        }
    }

    /// Native state of an instance of a native class, downcast to `T`.
    pub fn native_state<T: Keyed>(&self, v: Value) -> Option<&T> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(Instance { payload: Payload::Native(n), .. }) => type_key::downcast_ref(&**n),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn native_state_mut<T: Keyed>(&mut self, v: Value) -> Option<&mut T> {
        match v {
            Value::Obj(r) => match self.heap.get_mut(r) {
                Obj::Instance(Instance { payload: Payload::Native(n), .. }) => type_key::downcast_mut(&mut **n),
                _ => None,
            },
            _ => None,
        }
    }

    /// Integer value of an int or bool (not float), as i64 when it fits.
    pub fn as_i64(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b.get() as i64),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(Instance { payload: Payload::Base(b), .. }) => self.as_i64(*b),
                _ => None,
            },
            _ => None,
        }
    }

    /// Integer value as a BigInt (ints of any size and bools).
    pub fn as_bigint(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(b.clone()),
                Obj::Instance(Instance { payload: Payload::Base(b), .. }) => self.as_bigint(*b),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(r) => matches!(self.heap.get(r), Obj::BigInt(_)),
            _ => false,
        }
    }

    /// A number as f64 (int, bool, float), or None.
    pub fn as_f64(&self, v: Value) -> Option<f64> {
        match v {
            Value::Float(f) => Some(f.get()),
            Value::Int(i) => Some(i as f64),
            Value::Bool(b) => Some(b.get() as i64 as f64),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(b.to_f64()),
                Obj::Instance(Instance { payload: Payload::Base(b), .. }) => self.as_f64(*b),
                _ => None,
            },
            _ => None,
        }
    }

    /// An index, count or size argument: int (or bool), or an object with `__index__`... ints only here. Too
    /// big an int is an OverflowError, as for Python's sizes (subscripts say "index out of range" first).
    pub fn expect_index(&self, v: Value) -> PyResult<i64> {
        match self.as_i64(v) {
            Some(i) => Ok(i),
            None if self.is_int(v) => {
                Err(self.new_error(self.exc.overflow_error, "cannot fit 'int' into an index-sized integer"))
            }
            None => Err(self.type_error_for("'", v, "' object cannot be interpreted as an integer")),
        }
    }

    /// A number argument as f64, or `TypeError: can't convert X to float`.
    pub fn expect_f64(&self, v: Value) -> PyResult<f64> {
        if let Value::Obj(r) = v {
            if let Obj::BigInt(b) = self.heap.get(r) {
                return Some(b.to_f64())
                    .filter(|f| f.is_finite())
                    .ok_or_else(|| self.new_error(self.exc.overflow_error, "int too large to convert to float"));
            }
        }
        self.as_f64(v).ok_or_else(|| self.type_error_for("can't convert ", v, " to float"))
    }
}
