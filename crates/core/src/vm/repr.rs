//! `repr()`, `str()` and `format()` of every value: builtin types here (containers guard against cycles and
//! runaway nesting), classes through `__repr__`/`__str__`/`__format__`.

use super::{PyResult, Vm};
use crate::heap::Obj;
use crate::objects::instance::{Instance, Payload};
use crate::value::{ObjRef, Truth, Value};

impl Vm {
    /// A fake but stable address for reprs like `<function f at 0x...>`.
    pub fn address_of(&self, r: ObjRef) -> String {
        format!("0x{:08x}", 0x2000_0000u64 + (r.index() as u64) * 16)
    }

    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::None => Ok("None".into()),
            Value::Bool(Truth::True) => Ok("True".into()),
            Value::Bool(Truth::False) => Ok("False".into()),
            Value::Int(i) => Ok(i.to_string()),
            Value::Float(f) => Ok(crate::numfmt::float_repr(f.get())),
            Value::Obj(r) => self.repr_obj(v, r),
        }
    }

    fn repr_obj(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        let s = match self.heap.get(r) {
            Obj::Str(s) => crate::objects::str::str_repr(s.as_str()),
            Obj::Bytes(b) => crate::objects::bytes::bytes_repr(b),
            Obj::ByteArray(b) => format!("bytearray({})", crate::objects::bytes::bytes_repr(b)),
            Obj::BigInt(b) => crate::numfmt::bigint_to_decimal(b),
            Obj::Tuple(items) => {
                let items = items.clone();
                let close = if items.len() == 1 { ",)" } else { ")" };
                self.repr_items(r, &items, false, "(", close)?
            }
            Obj::List(items) => {
                if self.repr_active.contains(&r) {
                    return Ok("[...]".into());
                }
                let items = items.clone();
                self.repr_items(r, &items, false, "[", "]")?
            }
            Obj::Dict(d) => {
                if self.repr_active.contains(&r) {
                    return Ok("{...}".into());
                }
                let mut flat = Vec::with_capacity(d.len() * 2);
                for e in d.iter() {
                    flat.push(e.key);
                    flat.push(e.value);
                }
                self.repr_items(r, &flat, true, "{", "}")?
            }
            Obj::Set { store, frozen } => {
                let (keys, frozen) = (store.keys(), *frozen);
                let name = if frozen { "frozenset" } else { "set" };
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let (open, close) = if frozen { ("frozenset({", "})") } else { ("{", "}") };
                self.repr_items(r, &keys, false, open, close)?
            }
            Obj::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Obj::Slice { start, stop, step } => {
                let parts = [*start, *stop, *step];
                self.repr_items(r, &parts, false, "slice(", ")")?
            }
            Obj::Function(f) => {
                let q = f.qualname;
                self.at_address(&["function ", self.as_str(q).unwrap_or("?")], r)
            }
            Obj::Native(n) => format!("<built-in function {}>", n.name),
            Obj::BoundMethod(m) => {
                let (f, s) = (m.func, m.self_);
                let fname = self.getattr_str(f, "__name__").ok().and_then(|n| self.as_str(n).map(String::from));
                let srepr = self.repr(s)?;
                format!("<bound method {} of {}>", fname.unwrap_or_else(|| "?".into()), srepr)
            }
            Obj::Type(t) => format!("<class '{}'>", t.name),
            Obj::Module(m) => {
                let n = m.name;
                format!("<module '{}'>", self.as_str(n).unwrap_or("?"))
            }
            Obj::Cell(_) => self.at_address(&["cell"], r),
            Obj::Code(c) => self.at_address(&["code object ", &c.obj.name], r),
            Obj::Generator(g) => {
                // The type's name is the kind: generator, coroutine or async_generator.
                let q = g.qualname;
                self.at_address(&[&self.type_name(v), " object '", self.as_str(q).unwrap_or("?"), "'"], r)
            }
            Obj::Iter(_) => match crate::objects::dict::view_repr(self, r)? {
                Some(s) => s,
                None => self.at_address(&[&self.type_name(v), " object"], r),
            },
            Obj::Property { .. } => self.at_address(&["property"], r),
            Obj::StaticMethod(_) => self.at_address(&["staticmethod object"], r),
            Obj::ClassMethod(_) => self.at_address(&["classmethod object"], r),
            Obj::Super { .. } => "<super>".into(),
            Obj::Instance(i) => {
                let class = i.class;
                let payload_kind = match &i.payload {
                    Payload::Base(b) => Some(*b),
                    _ => None,
                };
                let is_exc = matches!(i.payload, Payload::Exception(_));
                if let Some(f) = self.special_method(v, "__repr__") {
                    // Whatever it returns is printed as str() prints it, as in CircuitPython (CPython: TypeError);
                    // fancyled's colours return tuples.
                    let s = self.call(f, &[v])?;
                    return self.str_of(s);
                }
                if v.is(self.not_implemented) {
                    return Ok("NotImplemented".into());
                }
                if v.is(self.ellipsis) {
                    return Ok("Ellipsis".into());
                }
                if is_exc {
                    return self.exception_repr(v);
                }
                if let Some(b) = payload_kind {
                    return self.repr(b);
                }
                self.at_address(&[&self.type_name_of_type(class), " object"], r)
            }
            Obj::Free => "<freed>".into(),
        };
        Ok(s)
    }

    fn exception_repr(&mut self, v: Value) -> PyResult<String> {
        let name = self.type_name(v);
        let args = self.exc_data(v).map(|e| e.args).unwrap_or(Value::None);
        let items = self.seq_items(args).unwrap_or_default();
        // An exception's argument may be an exception (and so on): bound the recursion like containers do.
        self.enter_native()?;
        let r = if items.len() == 1 {
            self.repr(items[0]).map(|a| format!("{name}({a})"))
        } else {
            self.repr(args).map(|a| format!("{name}{a}"))
        };
        self.leave_native();
        r
    }

    fn guard(&mut self, r: ObjRef) -> PyResult<()> {
        self.enter_native()?;
        self.repr_active.push(r);
        Ok(())
    }

    fn unguard(&mut self) {
        self.repr_active.pop();
        self.leave_native();
    }

    /// Text built in host memory (a repr, a join) must fit the heap it is about to become a string in: checked
    /// as it grows, so `repr([s] * 10**4)` of a 100 KB `s` is a MemoryError, not a gigabyte of host memory (an
    /// allocation failure aborts the process, or the whole WebAssembly instance).
    pub(crate) fn text_fits(&self, bytes: usize) -> PyResult<()> {
        self.heap.reserve(bytes).map_err(|_| self.memory_error())
    }

    /// A non-negative byte count from Python (`bytes(n)`, `os.urandom(n)`) as a usize, once the heap can hold
    /// that many bytes: on 32-bit WebAssembly an `as` cast would wrap 2**32 to 0.
    pub(crate) fn count_fits(&self, n: i64) -> PyResult<usize> {
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        self.reserve_upfront(n)?;
        Ok(n)
    }

    /// Room for `bytes` more, checked before the operation has changed anything (no item consumed, nothing
    /// mutated): strict when the VM loop armed the operation, which it then collects for and runs again if
    /// this refuses (see `Heap::reserve_upfront`).
    pub(crate) fn reserve_upfront(&self, bytes: usize) -> PyResult<()> {
        let strict = self.heap.take_upfront_arm() && self.nested_runs == 0;
        self.heap.reserve_upfront(bytes, strict).map_err(|_| self.memory_error())
    }

    /// `<` + `parts` + ` at 0x...>`, the repr of objects shown by address.
    fn at_address(&self, parts: &[&str], r: ObjRef) -> String {
        let mut s = String::from("<");
        for p in parts {
            s.push_str(p);
        }
        s.push_str(" at ");
        s.push_str(&self.address_of(r));
        s.push('>');
        s
    }

    /// A container's repr: `open`, its items' reprs separated by `, ` (by `: ` within each pair when
    /// `pairs`, a dict's keys and values alternating), `close`. One function for every container, written
    /// straight into one string.
    fn repr_items(&mut self, r: ObjRef, items: &[Value], pairs: bool, open: &str, close: &str) -> PyResult<String> {
        self.guard(r)?;
        let mut out = String::from(open);
        let mut res = Ok(());
        for (i, it) in items.iter().enumerate() {
            let sep = match i {
                0 => "",
                _ if pairs && i % 2 == 1 => ": ",
                _ => ", ",
            };
            match self.repr(*it) {
                Ok(s) => {
                    out.push_str(sep);
                    out.push_str(&s);
                    if let Err(e) = self.text_fits(out.len()) {
                        res = Err(e);
                        break;
                    }
                }
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        self.unguard();
        res?;
        out.push_str(close);
        Ok(out)
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: Value) -> PyResult<String> {
        if let Value::Int(i) = v {
            return Ok(i.to_string());
        }
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Str(s) => return Ok(s.as_str().to_string()),
                Obj::Instance(i) => {
                    let is_exc = matches!(i.payload, Payload::Exception(_));
                    let base = if let Payload::Base(b) = i.payload { Some(b) } else { None };
                    if let Some(f) = self.special_method(v, "__str__") {
                        let s = self.call(f, &[v])?;
                        return self.str_of(s);
                    }
                    if self.special_method(v, "__repr__").is_none() {
                        if is_exc {
                            return self.try_exception_str(v);
                        }
                        if let Some(b) = base {
                            return self.str_of(b);
                        }
                    }
                }
                _ => {}
            }
        }
        self.repr(v)
    }

    /// Check that a conversion's padding (and a float's digits) fit the heap: they are built as text before
    /// the heap sees them, and `f"{1:{10**9}}"` must be a MemoryError on a board, not gigabytes of host memory.
    pub(crate) fn reserve_formatted(&self, v: Value, width: usize, precision: Option<usize>) -> PyResult<()> {
        let float_digits = if matches!(v, Value::Float(_)) { precision.unwrap_or(0) } else { 0 };
        self.heap.reserve(width.max(float_digits)).map_err(|_| self.memory_error())
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(r) = v {
            if let Obj::Instance(Instance { .. }) = self.heap.get(r) {
                if let Some(f) = self.special_method(v, "__format__") {
                    let s = self.new_str(spec);
                    let out = self.call(f, &[v, s])?;
                    return match self.as_str(out) {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error_msg("__format__ must return a str")),
                    };
                }
            }
        }
        if spec.is_empty() {
            return self.str_of(v);
        }
        let parsed = crate::numfmt::parse_format_spec(spec).map_err(|e| self.numfmt_error(e))?;
        let u = self.unwrap_base(v);
        self.reserve_formatted(u, parsed.width.unwrap_or(0), parsed.precision)?;
        let r = match u {
            Value::Float(f) => crate::numfmt::format_float(f.get(), &parsed),
            _ if self.is_int(u) => {
                let b = self.as_bigint(u).unwrap_or_default();
                crate::numfmt::format_int(&b, &parsed)
            }
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)) => {
                crate::numfmt::format_str(self.as_str(u).unwrap_or(""), &parsed)
            }
            _ => return Err(self.type_error_for("unsupported format string passed to ", v, ".__format__")),
        };
        r.map_err(|e| self.numfmt_error(e))
    }

    /// Turn a formatting error into the Python exception it names.
    pub fn numfmt_error(&self, e: crate::numfmt::FormatError) -> super::PyErr {
        let class = match e.kind {
            crate::numfmt::ErrorKind::ValueError => self.exc.value_error,
            crate::numfmt::ErrorKind::TypeError => self.exc.type_error,
            crate::numfmt::ErrorKind::OverflowError => self.exc.overflow_error,
        };
        self.new_error(class, e.message)
    }
}
