//! The operations instructions and builtins share: truth, equality, ordering, hashing, arithmetic dispatch
//! (builtin fast paths, then `__op__`/`__rop__` of Python classes), containment, length, item access,
//! iteration, and dict access that may need Python-level `__eq__`/`__hash__`.

use super::{PyResult, ResultCheck, Vm};
use crate::heap::Obj;
use crate::objects::bytes::find_bytes;
use crate::objects::dict::Probe;
use crate::objects::instance::Payload;
use crate::value::{ObjRef, Truth, Value};
use circuitpython_parser::ast::{BinOp, CmpOp, UnaryOp};
use std::cmp::Ordering;

/// The special method names of each binary operator: (op, reflected, in-place).
pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// Whether an ordering makes the comparison `op` true.
fn ordering_satisfies(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        _ => false,
    }
}

/// The builtin comparison of values that have no order, equal when `same`: `==` and `!=` only.
fn identity_compare(same: bool, op: CmpOp) -> Option<bool> {
    match op {
        CmpOp::Eq => Some(same),
        CmpOp::NotEq => Some(!same),
        _ => None,
    }
}

/// A rich comparison's method and the one its reflection calls (`a < b` is also `b > a`).
pub(crate) fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        _ => ("", ""),
    }
}

/// Deepest native recursion (repr/==/hash of nested containers). Each level takes a few hundred bytes of
/// Rust stack; the WebAssembly build has a 4 MB stack (see `.cargo/config.toml`).
const MAX_NATIVE_DEPTH: usize = 1000;

impl Vm {
    pub(crate) fn is_instance_obj(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)))
    }

    /// Guard native recursion (repr of nested containers, deep equality).
    pub fn enter_native(&mut self) -> PyResult<()> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.runtime_error("maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }

    // ---- truth ----

    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => !s.as_str().is_empty(),
                Obj::Bytes(b) | Obj::ByteArray(b) => !b.is_empty(),
                Obj::Tuple(t) | Obj::List(t) => !t.is_empty(),
                Obj::Dict(d) | Obj::Set { store: d, .. } => !d.is_empty(),
                Obj::Range { .. } => self.len(v)? != 0,
                Obj::BigInt(_) => true,
                Obj::Instance(i) => {
                    let method = self.truth_method(i.class);
                    return self.instance_truth(v, method);
                }
                _ => true,
            },
        })
    }

    // ---- equality and ordering ----

    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = self.heap.native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(r)
    }

    /// Builtin comparison; `Ok(None)` means "not supported for these types" (NotImplemented).
    fn builtin_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        let ord_result = |o: Option<Ordering>| o.map(|o| ordering_satisfies(o, op));
        let nan_result = matches!(op, CmpOp::NotEq);
        let (ua, ub) = (self.unwrap_base(a), self.unwrap_base(b));
        // Numbers.
        if self.is_int(ua) && self.is_int(ub) {
            return Ok(ord_result(self.int_cmp(ua, ub)));
        }
        // A float with a float or an int; no ordering means a NaN, which only `!=` holds for.
        let float_ord = match (ua, ub) {
            (Value::Float(x), Value::Float(y)) => Some(x.get().partial_cmp(&y.get())),
            (Value::Float(x), i) if self.is_int(i) => Some(self.int_float_cmp(i, x.get()).map(|o| o.reverse())),
            (i, Value::Float(y)) if self.is_int(i) => Some(self.int_float_cmp(i, y.get())),
            _ => None,
        };
        if let Some(o) = float_ord {
            return Ok(Some(ord_result(o).unwrap_or(nan_result)));
        }
        let (Value::Obj(ra), Value::Obj(rb)) = (ua, ub) else {
            return Ok(identity_compare(ua.is(ub), op));
        };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::Str(x), Obj::Str(y)) => Ok(ord_result(Some(x.as_str().cmp(y.as_str())))),
            (Obj::Bytes(x) | Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => Ok(ord_result(Some(x.cmp(y)))),
            (Obj::Tuple(_), Obj::Tuple(_)) | (Obj::List(_), Obj::List(_)) => self.seq_compare(ra, rb, op).map(Some),
            (Obj::Dict(_), Obj::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let e = self.dict_eq(ra, rb)?;
                Ok(identity_compare(e, op))
            }
            (Obj::Set { .. }, Obj::Set { .. }) => {
                let sub = self.set_is_subset(ra, rb)?;
                let sup = self.set_is_subset(rb, ra)?;
                Ok(Some(match op {
                    CmpOp::Eq => sub && sup,
                    CmpOp::NotEq => !(sub && sup),
                    CmpOp::LtE => sub,
                    CmpOp::Lt => sub && !sup,
                    CmpOp::GtE => sup,
                    CmpOp::Gt => sup && !sub,
                    _ => false,
                }))
            }
            // Equal by their items or parts, and without an order.
            (Obj::Range { .. }, Obj::Range { .. }) => {
                let x = crate::objects::range::range_items_key(self, ra);
                let y = crate::objects::range::range_items_key(self, rb);
                Ok(identity_compare(x == y, op))
            }
            (Obj::BoundMethod(x), Obj::BoundMethod(y)) => {
                Ok(identity_compare(x.func.is(y.func) && x.self_.is(y.self_), op))
            }
            (Obj::Iter(_), Obj::Set { .. } | Obj::Iter(_)) | (Obj::Set { .. }, Obj::Iter(_)) => {
                // Keys and items views compare like sets.
                let x = crate::objects::dict::view_as_set(self, ua)?.unwrap_or(ua);
                let y = crate::objects::dict::view_as_set(self, ub)?.unwrap_or(ub);
                if x.is(ua) && y.is(ub) {
                    return Ok(identity_compare(ra == rb, op));
                }
                self.builtin_compare(x, y, op)
            }
            _ => Ok(identity_compare(ra == rb, op)),
        }
    }

    /// Lexicographic comparison of two tuples or two lists. Items are read by index at each step rather
    /// than copied first: an item's `__eq__` may change a list, and the comparison then goes on with the
    /// list as it is (as CPython does); equal ints are skipped without the general `==`.
    fn seq_compare(&mut self, a: ObjRef, b: ObjRef, op: CmpOp) -> PyResult<bool> {
        let item = |vm: &Vm, r: ObjRef, i: usize| match vm.heap.get(r) {
            Obj::Tuple(v) | Obj::List(v) => (v.get(i).copied(), v.len()),
            _ => (None, 0),
        };
        self.enter_native()?;
        let r = (|| {
            let mut i = 0;
            loop {
                let ((p, x_len), (q, y_len)) = (item(self, a, i), item(self, b, i));
                let (Some(p), Some(q)) = (p, q) else {
                    return Ok(ordering_satisfies(x_len.cmp(&y_len), op));
                };
                i += 1;
                if let (Value::Int(m), Value::Int(n)) = (p, q) {
                    if m == n {
                        continue;
                    }
                    return Ok(ordering_satisfies(m.cmp(&n), op));
                }
                if !self.eq(p, q)? {
                    return match op {
                        CmpOp::Eq => Ok(false),
                        CmpOp::NotEq => Ok(true),
                        _ => {
                            let r = self.compare(p, q, op)?;
                            self.truthy(r)
                        }
                    };
                }
            }
        })();
        self.leave_native();
        r
    }

    fn dict_eq(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        if self.dict_store(a).len() != self.dict_store(b).len() {
            return Ok(false);
        }
        for (k, v) in self.dict_store(a).items() {
            match self.dict_get(b, k)? {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_is_subset(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        for k in self.dict_store(a).keys() {
            if self.dict_get(b, k)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A rich comparison (`<`, `==`, ... also `is`, `in`), returning a value (user `__lt__` may return anything).
    pub fn compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::bool(!a.is(b))),
            CmpOp::In => return Ok(Value::bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::bool(!self.contains(b, a)?)),
            _ => {}
        }
        let (name, rname) = cmp_dunders(op);
        if self.is_instance_obj(a) || self.is_instance_obj(b) {
            if op == CmpOp::NotEq {
                return self.not_equal(a, b);
            }
            let order: &[(Value, Value, &str)] =
                if self.compare_reflected_first(a, b) { &[(b, a, rname), (a, b, name)] } else { &[(a, b, name)] };
            for &(x, y, n) in order {
                if let Some(f) = self.special_method(x, n) {
                    let r = self.call(f, &[x, y])?;
                    if !r.is(self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        self.compare_after_left(a, b, op)
    }

    /// Whether `b`'s reflected comparison goes before `a`'s own: `b`'s class is a proper subclass of `a`'s
    /// (for comparisons Python does not ask whether it overrides the method).
    pub(crate) fn compare_reflected_first(&self, a: Value, b: Value) -> bool {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        tb != ta && self.is_subclass(tb, ta)
    }

    /// `a != b` where an instance takes part, as CPython has it: each side's `__ne__` in turn (the right one's
    /// first if its class is a subclass of the left one's), where a class without its own `__ne__` answers
    /// with its `__eq__` negated (object.__ne__); when both answer NotImplemented, the builtin comparison.
    fn not_equal(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let sides = if self.compare_reflected_first(a, b) { [(b, a), (a, b)] } else { [(a, b), (b, a)] };
        for (x, y) in sides {
            if let Some(r) = self.ne_of(x, y)? {
                return Ok(r);
            }
        }
        self.not_equal_builtin(a, b)
    }

    /// `x`'s answer to `x != y`, or None for NotImplemented (or no method at all).
    fn ne_of(&mut self, x: Value, y: Value) -> PyResult<Option<Value>> {
        if let Some(f) = self.special_method(x, "__ne__") {
            let r = self.call(f, &[x, y])?;
            return Ok((!r.is(self.not_implemented)).then_some(r));
        }
        if let Some(f) = self.special_method(x, "__eq__") {
            let r = self.call(f, &[x, y])?;
            if !r.is(self.not_implemented) {
                return Ok(Some(Value::bool(!self.truthy(r)?)));
            }
        }
        Ok(None)
    }

    fn not_equal_builtin(&mut self, a: Value, b: Value) -> PyResult<Value> {
        Ok(Value::bool(match self.builtin_compare(a, b, CmpOp::NotEq)? {
            Some(r) => r,
            None => !a.is(b),
        }))
    }

    /// The rest of `a op b` once `a`'s own method (if any) answered NotImplemented: `b`'s reflected method
    /// (for `!=`, its `__eq__` negated if it has no `__ne__`), then the builtin comparison, else TypeError.
    pub(crate) fn compare_after_left(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let (name, rname) = cmp_dunders(op);
        if self.is_instance_obj(a) || self.is_instance_obj(b) {
            if op == CmpOp::NotEq {
                return match self.ne_of(b, a)? {
                    Some(r) => Ok(r),
                    None => self.not_equal_builtin(a, b),
                };
            }
            if !self.compare_reflected_first(a, b) {
                if let Some(f) = self.special_method(b, rname) {
                    let r = self.call(f, &[b, a])?;
                    if !r.is(self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::bool(r));
        }
        Err(self.unsupported_binop(name, a, b))
    }

    /// `a < b` as a bool (for sorting, min, max).
    pub fn less_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        self.truthy(r)
    }

    // ---- hashing ----

    /// Python's `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x7f3a_1d2c,
            Value::Bool(b) => b.get() as i64,
            Value::Int(i) => crate::objects::int::hash_i64(i),
            Value::Float(f) => crate::objects::int::hash_f64(f.get()),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.hash() as i64,
                Obj::Bytes(b) => crate::objects::str::str_hash(b) as i64,
                Obj::BigInt(b) => crate::objects::int::hash_bigint(b),
                Obj::Tuple(items) => {
                    let items = items.clone();
                    self.hash_items(items, false)?
                }
                // Frozensets nest like tuples, so their hash recurses under the same depth bound.
                Obj::Set { frozen: true, store } => {
                    let keys = store.keys();
                    self.hash_items(keys, true)?
                }
                Obj::List(_) | Obj::Dict(_) | Obj::Set { .. } | Obj::ByteArray(_) | Obj::Slice { .. } => {
                    return Err(self.type_error_for("unhashable type: '", v, "'"));
                }
                Obj::Instance(i) => {
                    let class = i.class;
                    let base = if let Payload::Base(b) = i.payload { Some(b) } else { None };
                    let hash_name = self.names.hash;
                    let eq_name = self.names.eq;
                    match self.lookup_special(class, hash_name) {
                        Some(Value::None) => return Err(self.type_error_for("unhashable type: '", v, "'")),
                        Some(f) => {
                            let h = self.call(f, &[v])?;
                            return match self.as_i64(h) {
                                Some(x) => Ok(x),
                                None => match self.as_bigint(h) {
                                    Some(b) => Ok(crate::objects::int::hash_bigint(&b)),
                                    None => Err(self.type_error_msg("__hash__ should return an int")),
                                },
                            };
                        }
                        None => {
                            if let Some(b) = base {
                                return self.hash(b);
                            }
                            if self.lookup_special(class, eq_name).is_some() {
                                return Err(self.type_error_for("unhashable type: '", v, "'"));
                            }
                            (r.index() as i64) << 4
                        }
                    }
                }
                _ => (r.index() as i64) << 4,
            },
        })
    }

    // ---- dicts ----

    fn dict_probe(&mut self, d: ObjRef, hash: u64, key: Value) -> PyResult<Option<usize>> {
        let probe = match self.heap.get(d) {
            Obj::Dict(s) | Obj::Set { store: s, .. } => s.probe(&self.heap, hash, key),
            _ => return Ok(None),
        };
        match probe {
            Probe::Found(i) => Ok(Some(i)),
            Probe::Absent => Ok(None),
            Probe::NeedsEq(candidates) => {
                for i in candidates {
                    let k = match self.heap.get(d) {
                        Obj::Dict(s) | Obj::Set { store: s, .. } => s.entry(i).map(|e| e.key),
                        _ => None,
                    };
                    if let Some(k) = k {
                        if self.eq(k, key)? {
                            return Ok(Some(i));
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    /// The hash of a tuple's items (in order) or a frozenset's (in any order: `unordered`), under the native
    /// depth bound (nested containers recurse here).
    fn hash_items(&mut self, items: Vec<Value>, unordered: bool) -> PyResult<i64> {
        self.enter_native()?;
        let mut h = if unordered { 0x1234 } else { 0x345678 };
        let mut res = Ok(());
        for it in items {
            match self.hash(it) {
                Ok(x) if unordered => h ^= (x as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15),
                Ok(x) => h = (h ^ x as u64).wrapping_mul(1_000_003).rotate_left(5),
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        self.leave_native();
        res?;
        Ok((h >> 2) as i64)
    }

    /// The hash of `key` and where it is in `d` (a str key skips the general `hash` and probe dispatch).
    fn find_key(&mut self, d: ObjRef, key: Value) -> PyResult<(u64, Option<usize>)> {
        if let Some(found) = self.probe_str_key(d, key) {
            return Ok(found);
        }
        let h = self.hash(key)? as u64;
        Ok((h, self.dict_probe(d, h, key)?))
    }

    pub fn dict_get(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let (_, at) = self.find_key(d, key)?;
        Ok(at.and_then(|i| self.dict_store(d).entry(i).map(|e| e.value)))
    }

    pub fn dict_contains(&mut self, d: ObjRef, key: Value) -> PyResult<bool> {
        Ok(self.find_key(d, key)?.1.is_some())
    }

    pub fn dict_set(&mut self, d: ObjRef, key: Value, value: Value) -> PyResult<()> {
        let (h, at) = self.find_key(d, key)?;
        match at {
            Some(i) => {
                self.dict_store_mut(d).replace_value(i, value);
            }
            None => {
                self.dict_store_mut(d).insert_new(h, key, value);
                self.heap.resize(d);
            }
        }
        Ok(())
    }

    /// Remove `key`, returning its value if it was there.
    pub fn dict_del(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)? as u64;
        match self.dict_probe(d, h, key)? {
            Some(i) => Ok(self.dict_store_mut(d).remove_at(i).map(|e| e.value)),
            None => Ok(None),
        }
    }

    pub fn dict_get_str(&mut self, d: ObjRef, key: &str) -> Option<Value> {
        let k = self.intern(key);
        self.dict_get_str_fast(d, k)
    }

    pub fn dict_set_str(&mut self, d: ObjRef, key: &str, value: Value) {
        let k = self.intern(key);
        let _ = self.dict_set(d, k, value);
    }

    // ---- arithmetic ----

    /// `a op b` (not in-place).
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if op == BinOp::Add {
            if let Some(joined) = self.concat_strs(a, b) {
                return joined;
            }
        }
        let (name, rname, _) = binop_dunders(op);
        if self.is_instance_obj(a) || self.is_instance_obj(b) {
            let b_first = self.reflected_first(a, b, rname);
            if b_first {
                if let Some(f) = self.special_method(b, rname) {
                    let r = self.call(f, &[b, a])?;
                    if !r.is(self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(f) = self.special_method(a, name) {
                let r = self.call(f, &[a, b])?;
                if !r.is(self.not_implemented) {
                    return Ok(r);
                }
            }
            return self.binary_op_after_left(op, a, b);
        }
        match self.builtin_binop(op, a, b)? {
            Some(r) => Ok(r),
            None => Err(self.unsupported_binop(name, a, b)),
        }
    }

    /// The rest of `a op b` for instances once `a`'s own method (if any) answered NotImplemented: `b`'s
    /// reflected method, then the builtin operation on builtin subclasses' values, else TypeError.
    pub(crate) fn binary_op_after_left(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let (name, rname, _) = binop_dunders(op);
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if !self.reflected_first(a, b, rname) && ta != tb {
            if let Some(f) = self.special_method(b, rname) {
                let r = self.call(f, &[b, a])?;
                if !r.is(self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        // Subclasses of builtins fall back to the builtin operation on their values; so does a builtin
        // that accepts any object as its operand (`"%s" % obj`).
        let (ua, ub) = (self.unwrap_base(a), self.unwrap_base(b));
        if let Some(r) = self.builtin_binop(op, ua, ub)? {
            return Ok(r);
        }
        Err(self.unsupported_binop(name, a, b))
    }

    /// Whether `b`'s reflected method `rname` goes before `a`'s own in `a op b`: `b`'s class is a proper
    /// subclass of `a`'s that overrides it (Python's rule; a subclass inheriting the same method waits).
    pub(crate) fn reflected_first(&mut self, a: Value, b: Value, rname: &str) -> bool {
        if !self.is_instance_obj(b) {
            return false;
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if tb == ta || !self.is_subclass(tb, ta) {
            return false;
        }
        let key = self.intern(rname);
        match (self.lookup_in_mro(tb, key), self.lookup_in_mro(ta, key)) {
            (Some(fb), Some(fa)) => !fb.is(fa),
            (found, _) => found.is_some(),
        }
    }

    /// `a op= b`: `__iop__` of a class first, in-place list/bytearray/set/dict updates, else `a op b`.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if op == BinOp::Add {
            if let Some(joined) = self.concat_strs(a, b) {
                return joined;
            }
        }
        let (_, _, iname) = binop_dunders(op);
        if self.is_instance_obj(a) {
            if let Some(f) = self.special_method(a, iname) {
                let r = self.call(f, &[a, b])?;
                if !r.is(self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Value::Obj(r) = a {
            match (self.heap.get(r), op) {
                (Obj::List(_), BinOp::Add) => {
                    let items = self.collect_iter(b)?;
                    let len = if let Obj::List(l) = self.heap.get(r) { l.len() } else { 0 };
                    self.heap.reserve((len + items.len()).saturating_mul(8)).map_err(|_| self.memory_error())?;
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        l.extend(items);
                    }
                    self.heap.resize(r);
                    return Ok(a);
                }
                (Obj::List(_), BinOp::Mult) => {
                    // Saturating: `l *= 2**62` must be refused up front, not wrap to a small reservation and
                    // then loop 2**62 times (nor truncate to 32 bits on WebAssembly).
                    let n = usize::try_from(self.expect_index(b)?.max(0)).unwrap_or(usize::MAX);
                    let items = self.seq_items(a).unwrap_or_default();
                    self.reserve_upfront(items.len().saturating_mul(n).saturating_mul(8))?;
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        l.clear();
                        for _ in 0..n {
                            l.extend_from_slice(&items);
                        }
                    }
                    self.heap.resize(r);
                    return Ok(a);
                }
                (Obj::ByteArray(_), BinOp::Add) => {
                    let Some(extra) = self.as_bytes(b).map(|x| x.to_vec()) else {
                        return Err(self.unsupported_binop("__iadd__", a, b));
                    };
                    let len = if let Obj::ByteArray(l) = self.heap.get(r) { l.len() } else { 0 };
                    self.reserve_upfront(len + extra.len())?;
                    if let Obj::ByteArray(l) = self.heap.get_mut(r) {
                        l.extend(extra);
                    }
                    self.heap.resize(r);
                    return Ok(a);
                }
                (Obj::Set { frozen: false, .. }, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                | (Obj::Dict(_), BinOp::BitOr) => {
                    return crate::objects::set::inplace_set_op(self, op, a, b);
                }
                _ => {}
            }
        }
        self.binary_op(op, a, b)
    }

    /// Builtin operations; `Ok(None)` when the types don't support `op`.
    fn builtin_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if let Some(r) = self.int_binop(op, a, b) {
            return r.map(Some);
        }
        if let Some(r) = crate::objects::float::float_binop(self, op, a, b) {
            return r.map(Some);
        }
        let ((Value::Obj(_), _) | (_, Value::Obj(_))) = (a, b) else { return Ok(None) };
        crate::objects::seq::seq_binop(self, op, a, b)
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        let name = match op {
            UnaryOp::USub => "__neg__",
            UnaryOp::UAdd => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => return Ok(Value::bool(!self.truthy(v)?)),
        };
        if self.is_instance_obj(v) {
            if let Some(f) = self.special_method(v, name) {
                return self.call(f, &[v]);
            }
            let u = self.unwrap_base(v);
            if !u.is(v) {
                return self.unary_op(op, u);
            }
        }
        match (op, v) {
            (UnaryOp::USub, Value::Float(f)) => Ok(Value::float(-f.get())),
            (UnaryOp::UAdd, Value::Float(_)) => Ok(v),
            (UnaryOp::USub, _) if self.is_int(v) => Ok(self.int_neg(v)),
            (UnaryOp::UAdd, Value::Bool(b)) => Ok(Value::Int(b.get() as i64)),
            (UnaryOp::UAdd, _) if self.is_int(v) => Ok(v),
            (UnaryOp::Invert, _) if self.is_int(v) => Ok(self.int_invert(v)),
            _ => Err(self.type_error_msg(format!("unsupported type for {}: '{}'", name, self.type_name(v)))),
        }
    }

    // ---- containers ----

    /// The truth of the instance `v`, given its class's `truth_method` (called here, nested, if any).
    pub(crate) fn instance_truth(&mut self, v: Value, method: Option<(Value, ResultCheck)>) -> PyResult<bool> {
        if let Some((f, check)) = method {
            let r = self.call(f, &[v])?;
            return Ok(matches!(check(self, r)?, Value::Bool(Truth::True)));
        }
        let Value::Obj(r) = v else { return Ok(true) };
        let Obj::Instance(i) = self.heap.get(r) else { return Ok(true) };
        // An instance of a builtin's subclass is as true as its builtin value.
        if let Payload::Base(b) = i.payload {
            return self.truthy(b);
        }
        Ok(i.class != self.types.none)
    }

    /// The special method that gives instances of `class` their truth value, with the check its answer
    /// goes through: `__bool__`, or else `__len__`.
    pub(crate) fn truth_method(&mut self, class: ObjRef) -> Option<(Value, ResultCheck)> {
        let (bool_name, len_name) = (self.names.bool_, self.names.len);
        if let Some(f) = self.lookup_special(class, bool_name) {
            return Some((f, bool_answer));
        }
        self.lookup_special(class, len_name).map(|f| (f, len_truth as ResultCheck))
    }

    /// Finish a native (`len(obj)`, `bool(obj)`) with `v`'s Python special method `f`, which runs as a frame:
    /// its answer, through `check`, becomes the native's result. A sleep in the method suspends.
    pub(crate) fn answer_by_frame(&mut self, f: Value, v: Value, check: ResultCheck) -> Value {
        self.request = Some(super::Request::Call { func: f, args: vec![v], check: Some(check) });
        Value::None
    }

    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Value::Obj(r) = v {
            let n = match self.heap.get(r) {
                Obj::Str(s) => Some(s.char_len()),
                Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.len()),
                Obj::Tuple(t) | Obj::List(t) => Some(t.len()),
                Obj::Dict(d) | Obj::Set { store: d, .. } => Some(d.len()),
                Obj::Range { start, stop, step } => {
                    Some(usize::try_from(crate::objects::range::range_len(*start, *stop, *step)).unwrap_or(usize::MAX))
                }
                Obj::Iter(it) => it.view_len(self),
                Obj::Instance(i) => {
                    let base = if let Payload::Base(b) = i.payload { Some(b) } else { None };
                    if let Some(f) = self.special_method(v, "__len__") {
                        let n = self.call(f, &[v])?;
                        return len_count(self, n);
                    }
                    // A builtin base without a length is reported under the subclass's name.
                    match base.map(|b| self.len(b)) {
                        Some(Ok(n)) => return Ok(n),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(n) = n {
                return Ok(n);
            }
        }
        Err(self.type_error_for("object of type '", v, "' has no len()"))
    }

    /// `needle in container`.
    pub fn contains(&mut self, container: Value, needle: Value) -> PyResult<bool> {
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Obj::Dict(_) | Obj::Set { .. } => return self.dict_contains(r, needle),
                Obj::Iter(_) => {
                    if let Some(found) = crate::objects::dict::view_contains(self, container, needle)? {
                        return Ok(found);
                    }
                }
                // Both by the search `str.find` uses: std's two-way searcher was 1.2 KB of the WebAssembly build
                // for these alone.
                Obj::Str(s) => {
                    if let Some(n) = self.as_str(needle) {
                        return Ok(find_bytes(s.as_str().as_bytes(), n.as_bytes()).is_some());
                    }
                    return Err(self.type_error_for("'in <string>' requires string as left operand, not ", needle, ""));
                }
                Obj::Bytes(h) | Obj::ByteArray(h) => {
                    let needle = crate::objects::bytes::needle_arg(self, crate::objects::bytes::Kind::Bytes, needle)?;
                    return Ok(find_bytes(h, &needle).is_some());
                }
                Obj::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    if let Some(i) = self.as_i64(needle) {
                        return Ok(crate::objects::range::range_contains(start, stop, step, i));
                    }
                }
                Obj::Tuple(items) | Obj::List(items) => {
                    let n = items.len();
                    for i in 0..n {
                        let item = match self.heap.get(r) {
                            Obj::Tuple(items) | Obj::List(items) => match items.get(i) {
                                Some(x) => *x,
                                None => break,
                            },
                            _ => break,
                        };
                        if item.is(needle) || self.eq(item, needle)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Obj::Instance(i) => {
                    let base = if let Payload::Base(b) = i.payload { Some(b) } else { None };
                    if let Some(f) = self.special_method(container, "__contains__") {
                        let r = self.call(f, &[container, needle])?;
                        return self.truthy(r);
                    }
                    if let Some(b) = base {
                        return self.contains(b, needle);
                    }
                }
                _ => {}
            }
        }
        // Fall back to iteration.
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(_) => return Err(self.type_error_for("argument of type '", container, "' is not iterable")),
        };
        while let Some(x) = self.next(it)? {
            if x.is(needle) || self.eq(x, needle)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Dict(_) => {
                    return match self.dict_get(r, key)? {
                        Some(v) => Ok(v),
                        None => Err(self.key_error(key)),
                    }
                }
                Obj::Instance(i) => {
                    let class = i.class;
                    let base = if let Payload::Base(b) = i.payload { Some(b) } else { None };
                    if let Some(f) = self.special_method(obj, "__getitem__") {
                        return self.call(f, &[obj, key]);
                    }
                    if let Some(b) = base {
                        // A dict subclass with __missing__.
                        if let Some(d) = self.dict_ref(b) {
                            if let Some(v) = self.dict_get(d, key)? {
                                return Ok(v);
                            }
                            let missing = self.names.missing;
                            if let Some(f) = self.lookup_special(class, missing) {
                                return self.call(f, &[obj, key]);
                            }
                            return Err(self.key_error(key));
                        }
                        return self.getitem(b, key);
                    }
                }
                Obj::Type(_) => {
                    // `list[int]` and the like: generic aliases are the class itself here.
                    let cgi = self.intern("__class_getitem__");
                    if let Some(f) = self.lookup_in_mro(r, cgi) {
                        return self.call(f, &[obj, key]);
                    }
                    return Ok(obj);
                }
                _ => return crate::objects::seq::seq_getitem(self, obj, key),
            }
        }
        Err(self.type_error_for("'", obj, "' object isn't subscriptable"))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        self.store_item(obj, key, Some(value))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        self.store_item(obj, key, None)
    }

    /// `obj[key] = value`, or `del obj[key]` without a value: one dispatch for the two, which differ only in
    /// the method and the words of the error.
    fn store_item(&mut self, obj: Value, key: Value, value: Option<Value>) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Dict(_) => {
                    return match value {
                        Some(v) => self.dict_set(r, key, v),
                        None => match self.dict_del(r, key)? {
                            Some(_) => Ok(()),
                            None => Err(self.key_error(key)),
                        },
                    }
                }
                Obj::Instance(i) => {
                    let base = if let Payload::Base(b) = i.payload { Some(b) } else { None };
                    let name = if value.is_some() { "__setitem__" } else { "__delitem__" };
                    if let Some(f) = self.special_method(obj, name) {
                        let args = [obj, key, value.unwrap_or(Value::None)];
                        self.call(f, &args[..2 + value.is_some() as usize])?;
                        return Ok(());
                    }
                    if let Some(b) = base {
                        return self.store_item(b, key, value);
                    }
                }
                Obj::List(_) | Obj::ByteArray(_) => {
                    return match value {
                        Some(v) => crate::objects::seq::seq_setitem(self, obj, key, v),
                        None => crate::objects::seq::seq_delitem(self, obj, key),
                    }
                }
                _ => {}
            }
        }
        let doing = if value.is_some() {
            "' object doesn't support item assignment"
        } else {
            "' object doesn't support item deletion"
        };
        Err(self.type_error_for("'", obj, doing))
    }

    // ---- iteration ----

    /// `iter(v)`.
    pub fn iter(&mut self, v: Value) -> PyResult<Value> {
        use crate::objects::iter::IterState;
        if let Value::Obj(r) = v {
            let state = match self.heap.get(r) {
                Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                    Some(IterState::Seq { seq: v, index: 0 })
                }
                Obj::Str(_) => Some(IterState::Str { s: v, byte_pos: 0 }),
                Obj::Dict(_) | Obj::Set { .. } => Some(IterState::DictKeys {
                    dict: r,
                    index: 0,
                    len: self.dict_store(r).len(),
                    kind: crate::objects::iter::DictIterKind::Keys,
                }),
                Obj::Range { start, stop, step } => Some(IterState::Range { next: *start, stop: *stop, step: *step }),
                Obj::Iter(_) => match crate::objects::dict::view_iter_state(self, r) {
                    Some(s) => Some(s),
                    None => return Ok(v),
                },
                Obj::Generator(_) => return Ok(v),
                Obj::Instance(i) => {
                    let base = if let Payload::Base(b) = i.payload { Some(b) } else { None };
                    if let Some(f) = self.special_method(v, "__iter__") {
                        let it = self.call(f, &[v])?;
                        return Ok(it);
                    }
                    if self.special_method(v, "__getitem__").is_some() {
                        Some(IterState::GetItem { obj: v, index: 0 })
                    } else if let Some(b) = base {
                        return self.iter(b);
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(s) = state {
                return Ok(Value::Obj(self.heap.alloc(Obj::Iter(Box::new(s)))));
            }
        }
        Err(self.type_error_for("'", v, "' object is not iterable"))
    }

    /// Next item of an iterator, or None when exhausted (StopIteration is consumed).
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        // An item taken can't be given back: the running operation can no longer be run again.
        self.heap.take_upfront_arm();
        if let Value::Obj(r) = it {
            match self.heap.get(r) {
                Obj::Iter(_) => return crate::objects::iter::iter_next(self, r),
                Obj::Generator(_) => {
                    return match self.resume_generator_nested(r, Value::None, false)? {
                        crate::vm::call::GenResult::Yield(v) => Ok(Some(v)),
                        crate::vm::call::GenResult::Return(_) => Ok(None),
                    }
                }
                Obj::Instance(_) => {
                    if let Some(f) = self.special_method(it, "__next__") {
                        return match self.call(f, &[it]) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if self.error_matches(&e, self.exc.stop_iteration) => Ok(None),
                            Err(e) => Err(e),
                        };
                    }
                }
                _ => {}
            }
        }
        Err(self.type_error_for("'", it, "' object is not an iterator"))
    }

    /// All items of an iterable.
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.seq_items(v) {
            if !self.is_instance_obj(v) {
                return Ok(items);
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(it)? {
            out.push(x);
            if out.len() % 4096 == 0 {
                self.heap.reserve(out.len() * 8).map_err(|_| self.memory_error())?;
            }
        }
        Ok(out)
    }
}

/// `__bool__`'s answer, which must be a bool.
pub(crate) fn bool_answer(vm: &mut Vm, answer: Value) -> PyResult<Value> {
    match answer {
        Value::Bool(_) => Ok(answer),
        _ => Err(vm.type_error_msg("__bool__ should return bool")),
    }
}

/// `__len__`'s answer, which must be an int >= 0 (too big an int is an OverflowError).
fn len_count(vm: &mut Vm, answer: Value) -> PyResult<usize> {
    let n = vm.expect_index(answer)?;
    if n < 0 {
        return Err(vm.value_error("__len__() should return >= 0"));
    }
    Ok(n as usize)
}

/// `__len__`'s answer as `len()` gives it.
pub(crate) fn len_answer(vm: &mut Vm, answer: Value) -> PyResult<Value> {
    len_count(vm, answer).map(|n| Value::Int(n as i64))
}

/// `__len__`'s answer where a truth value is asked for (`if obj:` of a class without `__bool__`).
pub(crate) fn len_truth(vm: &mut Vm, answer: Value) -> PyResult<Value> {
    len_count(vm, answer).map(|n| Value::bool(n != 0))
}

/// `__contains__`'s answer for `in` (any value, taken for its truth), and for `not in`.
pub(crate) fn contains_answer(vm: &mut Vm, answer: Value) -> PyResult<Value> {
    vm.truthy(answer).map(Value::bool)
}

pub(crate) fn not_contains_answer(vm: &mut Vm, answer: Value) -> PyResult<Value> {
    vm.truthy(answer).map(|found| Value::bool(!found))
}
