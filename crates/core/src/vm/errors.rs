//! Raising and reporting exceptions: `PyErr` (an exception in flight, materialised lazily so that errors
//! caught by native code cost no allocation), constructors with CircuitPython's messages, and traceback
//! formatting in CircuitPython's layout.

use super::Vm;
use crate::heap::Obj;
use crate::objects::instance::{ExcData, Instance, Payload, TracebackEntry};
use crate::value::{ObjRef, Value};

/// An exception propagating through native code. One pointer: `PyResult` travels through every `?` of the
/// interpreter, and a boxed error keeps `Result<Value, PyErr>` at a `Value`'s 16 bytes (the error in its tag's
/// niche) and `Result<(), PyErr>` in a register, where the unboxed 24-byte error made each `?` copy a
/// 32-byte result through memory.
#[derive(Debug, Clone)]
pub struct PyErr(Box<ErrState>);

/// What a `PyErr` holds.
#[derive(Debug, Clone)]
enum ErrState {
    /// A materialised exception instance.
    Exc(Value),
    /// Class and message, not yet allocated.
    Msg(ObjRef, String),
    /// Class and a single argument value (e.g. `KeyError(key)`).
    Arg(ObjRef, Value),
}

impl PyErr {
    /// A materialised exception instance.
    pub fn exc(exc: Value) -> PyErr {
        PyErr(Box::new(ErrState::Exc(exc)))
    }

    /// Class and message, allocated as an instance only if Python code sees it.
    pub fn msg(class: ObjRef, msg: String) -> PyErr {
        PyErr(Box::new(ErrState::Msg(class, msg)))
    }

    /// Class and a single argument value (e.g. `KeyError(key)`).
    pub fn arg(class: ObjRef, arg: Value) -> PyErr {
        PyErr(Box::new(ErrState::Arg(class, arg)))
    }
}

impl Vm {
    pub fn new_error(&self, class: ObjRef, msg: impl Into<String>) -> PyErr {
        PyErr::msg(class, msg.into())
    }

    pub fn type_error_msg(&self, msg: impl Into<String>) -> PyErr {
        PyErr::msg(self.exc.type_error, msg.into())
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        PyErr::msg(self.exc.value_error, msg.into())
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        PyErr::msg(self.exc.index_error, msg.into())
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        PyErr::msg(self.exc.runtime_error, msg.into())
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr::arg(self.exc.key_error, key)
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        if value.is_none() {
            PyErr::msg(self.exc.stop_iteration, String::new())
        } else {
            PyErr::arg(self.exc.stop_iteration, value)
        }
    }

    pub fn zero_division(&self) -> PyErr {
        PyErr::msg(self.exc.zero_division_error, "division by zero".into())
    }

    /// `MemoryError` with the device's message. Materialising it allocates a little, which the soft heap
    /// limit allows; the preallocated instance is the fallback when even that is impossible.
    pub fn memory_error(&self) -> PyErr {
        PyErr::msg(
            self.exc.memory_error,
            format!("memory allocation failed, allocating {} bytes", self.heap.last_request()),
        )
    }

    pub fn attribute_error(&self, v: Value, name: &str) -> PyErr {
        let mut msg = match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Type(_)) => {
                format!("type object '{}'", self.type_name_of_type(r))
            }
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Module(_)) => "'module' object".to_string(),
            _ => format!("'{}' object", self.type_name(v)),
        };
        msg.push_str(" has no attribute '");
        msg.push_str(name);
        msg.push('\'');
        PyErr::msg(self.exc.attribute_error, msg)
    }

    /// A TypeError whose message names `v`'s type between two texts (`'int' object is not iterable`): one
    /// function instead of a `format!` at each of the many sites that word an error this way.
    pub fn type_error_for(&self, before: &str, v: Value, after: &str) -> PyErr {
        let mut msg = String::from(before);
        msg.push_str(&self.type_name(v));
        msg.push_str(after);
        PyErr::msg(self.exc.type_error, msg)
    }

    /// `obj.name` is missing, for a name given as a str value.
    pub fn no_attribute(&self, obj: Value, name: Value) -> PyErr {
        self.attribute_error(obj, self.as_str(name).unwrap_or(""))
    }

    /// `unsupported types for __add__: 'int', 'str'` (binary operators and comparisons alike).
    pub fn unsupported_binop(&self, dunder: &str, a: Value, b: Value) -> PyErr {
        self.type_error_msg(format!(
            "unsupported types for {}: '{}', '{}'",
            dunder,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Turn an error into an exception instance.
    pub fn materialize(&mut self, err: PyErr) -> Value {
        match *err.0 {
            ErrState::Exc(v) => v,
            ErrState::Msg(class, msg) => {
                let args = if msg.is_empty() { vec![] } else { vec![self.new_string(msg)] };
                self.new_exception_value(class, args)
            }
            ErrState::Arg(class, v) => self.new_exception_value(class, vec![v]),
        }
    }

    /// The class of an error without materialising it.
    pub fn error_class(&self, err: &PyErr) -> ObjRef {
        match &*err.0 {
            ErrState::Exc(v) => self.type_of(*v),
            ErrState::Msg(c, _) | ErrState::Arg(c, _) => *c,
        }
    }

    pub fn error_matches(&self, err: &PyErr, class: ObjRef) -> bool {
        self.is_subclass(self.error_class(err), class)
    }

    pub fn exc_data(&self, exc: Value) -> Option<&ExcData> {
        match exc {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(Instance { payload: Payload::Exception(e), .. }) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, exc: Value) -> Option<&mut ExcData> {
        match exc {
            Value::Obj(r) => match self.heap.get_mut(r) {
                Obj::Instance(Instance { payload: Payload::Exception(e), .. }) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_exception_instance(&self, v: Value) -> bool {
        self.exc_data(v).is_some()
    }

    /// Add a traceback entry (innermost first), skipping a repeat of the last one (re-raise in one frame).
    pub(crate) fn add_traceback(&mut self, exc: Value, entry: TracebackEntry) {
        if let Some(e) = self.exc_data_mut(exc) {
            if e.traceback.last() == Some(&entry) {
                return;
            }
            // Bound the traceback of runaway recursion (the device keeps a small fixed buffer too).
            if e.traceback.len() < 200 {
                e.traceback.push(entry);
            }
        }
    }

    /// `ValueError: message`, as the last line of a traceback (and `print_exception`).
    pub fn format_exception_only(&mut self, exc: Value) -> String {
        let class = self.type_of(exc);
        let name = self.type_name_of_type(class);
        let msg = self.exception_str(exc);
        format!("{name}: {msg}")
    }

    /// `str(exc)`: the single argument's str, the args tuple's repr for several, empty for none.
    pub fn exception_str(&mut self, exc: Value) -> String {
        self.try_exception_str(exc).unwrap_or_else(|_| "<exception str() failed>".into())
    }

    /// `str(exc)`, with the error a failing `str()` of an argument raises.
    pub fn try_exception_str(&mut self, exc: Value) -> super::PyResult<String> {
        let args = self.exc_data(exc).map(|e| e.args).unwrap_or(Value::None);
        let items = self.seq_items(args).unwrap_or_default();
        let class = self.type_of(exc);
        let errno_text = match items.first() {
            Some(Value::Int(code)) if class == self.exc.os_error => {
                crate::modules::errno::describe(*code).map(|text| (*code, text))
            }
            _ => None,
        };
        // An exception's argument may be an exception (and so on): bound the recursion like containers do.
        self.enter_native()?;
        let r = match items.len() {
            0 => Ok(String::new()),
            // CircuitPython words an errno: `[Errno 2] No such file/directory`.
            1 | 2 if errno_text.is_some() => {
                let (code, text) = errno_text.unwrap_or_default();
                match items.get(1) {
                    Some(detail) => self.str_of(*detail).map(|d| format!("[Errno {code}] {text}: {d}")),
                    None => Ok(format!("[Errno {code}] {text}")),
                }
            }
            1 if self.is_subclass(class, self.exc.key_error) && self.exc_data(exc).is_some() => self.repr(items[0]),
            1 => self.str_of(items[0]),
            _ => self.repr(args),
        };
        self.leave_native();
        r
    }

    /// The whole traceback text, as CircuitPython prints it (chained causes and contexts first).
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: Value, out: &mut String, seen: &mut Vec<Value>) {
        if seen.iter().any(|s| s.is(exc)) || seen.len() > 16 {
            return;
        }
        seen.push(exc);
        let (cause, context, suppress) = match self.exc_data(exc) {
            Some(e) => (e.cause, e.context, e.suppress_context),
            None => (Value::None, Value::None, false),
        };
        if !cause.is_none() {
            self.format_chain(cause, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if !context.is_none() && !suppress {
            self.format_chain(context, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        out.push_str("Traceback (most recent call last):\n");
        let entries: Vec<TracebackEntry> = self.exc_data(exc).map(|e| e.traceback.clone()).unwrap_or_default();
        for e in entries.iter().rev() {
            out.push_str(&format!("  File \"{}\", line {}", e.filename, e.line));
            if !e.name.is_empty() {
                out.push_str(", in ");
                out.push_str(&e.name);
            }
            out.push('\n');
        }
        let last = self.format_exception_only(exc);
        out.push_str(&last);
        out.push('\n');
    }
}
