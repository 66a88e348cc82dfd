//! `collections`: `namedtuple` (tuple subclasses with named fields, also used by `time.struct_time`,
//! `os.uname()` and `sys.implementation`), `OrderedDict` (a dict subclass: dicts keep insertion order) and
//! `deque` (a ring of values with an optional `maxlen`).

use super::util::{self, arg};
use crate::heap::Obj;
use crate::numfmt::is_py_space;
use crate::objects::function::{Kwargs, NativeKind};
use crate::objects::instance::{Instance, NativeState, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::collections::VecDeque;

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(vm, dict, &[("namedtuple", namedtuple)]);
    let od = util::class(vm, "OrderedDict", make_ordered_dict)?;
    vm.dict_set_str(dict, "OrderedDict", Value::Obj(od));
    let dq = util::class(vm, "deque", make_deque)?;
    vm.dict_set_str(dict, "deque", Value::Obj(dq));
    Ok(())
}

// ---- namedtuple ----

/// A tuple subclass `name` whose items are also readable as the attributes `fields`.
pub fn make_namedtuple(vm: &mut Vm, name: &str, fields: &[&str]) -> PyResult<ObjRef> {
    let ns = vm.new_dict();
    let mut field_values = Vec::with_capacity(fields.len());
    for f in fields {
        field_values.push(vm.new_str(f));
    }
    let fields_tuple = vm.new_tuple(field_values);
    vm.dict_set_str(ns, "_fields", fields_tuple);
    let new = vm.new_native("__new__", namedtuple_new, NativeKind::Function);
    vm.dict_set_str(ns, "__new__", new);
    let repr = vm.new_native("__repr__", namedtuple_repr, NativeKind::Method);
    vm.dict_set_str(ns, "__repr__", repr);
    let asdict = vm.new_native("_asdict", namedtuple_asdict, NativeKind::Method);
    vm.dict_set_str(ns, "_asdict", asdict);
    for (i, f) in fields.iter().enumerate() {
        let getter = vm.new_native_bound("field", namedtuple_field, Value::Int(i as i64));
        let prop = Value::Obj(vm.alloc(Obj::Property {
            fget: getter,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        }));
        vm.dict_set_str(ns, f, prop);
    }
    let tuple = vm.types.tuple;
    vm.create_class(name, vec![tuple], ns)
}

/// An instance of a namedtuple class made by `make_namedtuple`.
pub fn new_namedtuple(vm: &mut Vm, class: ObjRef, items: Vec<Value>) -> Value {
    let t = vm.new_tuple(items);
    Value::Obj(vm.alloc(Obj::Instance(Instance { class, dict: None, payload: Payload::Base(t) })))
}

fn class_fields(vm: &mut Vm, class: Value) -> PyResult<Vec<Value>> {
    let f = vm.getattr_str(class, "_fields")?;
    vm.seq_items(f).ok_or_else(|| vm.type_error_msg("_fields must be a tuple"))
}

fn namedtuple_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Value::Obj(cls) = args[0] else { return Err(vm.type_error_msg("__new__ needs a class")) };
    let fields = class_fields(vm, args[0])?;
    let given = &args[1..];
    let name = vm.type_name_of_type(cls);
    if given.len() > fields.len() {
        return Err(vm.type_error_msg(format!(
            "{name}() takes {} positional arguments but {} were given",
            fields.len(),
            given.len()
        )));
    }
    let mut items = vec![None; fields.len()];
    for (slot, v) in items.iter_mut().zip(given) {
        *slot = Some(*v);
    }
    for (k, v) in kw {
        let pos = fields.iter().position(|f| vm.as_str(*f) == vm.as_str(*k));
        match pos {
            Some(i) if items[i].is_none() => items[i] = Some(*v),
            Some(_) => return Err(arg_error(vm, &name, "got multiple values for argument", *k)),
            None => return Err(arg_error(vm, &name, "got an unexpected keyword argument", *k)),
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.into_iter().enumerate() {
        match v {
            Some(v) => out.push(v),
            None => return Err(arg_error(vm, &name, "missing required argument:", fields[i])),
        }
    }
    Ok(new_namedtuple(vm, cls, out))
}

/// `TypeError: name() what 'arg'`.
fn arg_error(vm: &Vm, name: &str, what: &str, arg: Value) -> crate::vm::PyErr {
    vm.type_error_msg(format!("{name}() {what} '{}'", vm.as_str(arg).unwrap_or("")))
}

fn namedtuple_items(vm: &Vm, v: Value) -> PyResult<Vec<Value>> {
    vm.seq_items(v).ok_or_else(|| vm.type_error_msg("namedtuple expected"))
}

fn namedtuple_field(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let i = vm.as_i64(args[0]).unwrap_or(0) as usize;
    let items = namedtuple_items(vm, args[1])?;
    items.get(i).copied().ok_or_else(|| vm.index_error("tuple index out of range"))
}

fn namedtuple_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let items = namedtuple_items(vm, args[0])?;
    let name = vm.type_name(args[0]);
    fields_repr(vm, args[0], items, name)
}

/// `prefix(field=value, ...)` for namedtuple `v` whose items are `items`.
pub fn fields_repr(vm: &mut Vm, v: Value, items: Vec<Value>, prefix: String) -> PyResult<Value> {
    let class = Value::Obj(vm.type_of(v));
    let fields = class_fields(vm, class)?;
    let mut s = prefix;
    s.push('(');
    for (i, (f, v)) in fields.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(vm.as_str(*f).unwrap_or(""));
        s.push('=');
        s.push_str(&vm.repr(*v)?);
    }
    s.push(')');
    Ok(vm.new_string(s))
}

fn namedtuple_asdict(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let items = namedtuple_items(vm, args[0])?;
    let class = Value::Obj(vm.type_of(args[0]));
    let fields = class_fields(vm, class)?;
    let d = vm.new_dict();
    for (f, v) in fields.into_iter().zip(items) {
        vm.dict_set(d, f, v)?;
    }
    Ok(Value::Obj(d))
}

/// `namedtuple(name, fields)`: fields as a sequence of names or one string separated by spaces or commas.
fn namedtuple(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let name = util::need(vm, args, kw, 0, "typename", "namedtuple")?;
    let name = vm.expect_str(name)?;
    let spec = util::need(vm, args, kw, 1, "field_names", "namedtuple")?;
    let mut fields = Vec::new();
    match vm.as_str(spec) {
        Some(s) => {
            for f in s.split(|c| c == ',' || is_py_space(c)) {
                if !f.is_empty() {
                    fields.push(f.to_string());
                }
            }
        }
        None => {
            for v in vm.collect_iter(spec)? {
                fields.push(vm.expect_str(v)?);
            }
        }
    }
    for f in &fields {
        if !circuitpython_parser::is_identifier(f) {
            return Err(vm.value_error(format!("Type names and field names must be valid identifiers: '{f}'")));
        }
    }
    // A loop, not `map(String::as_str).collect()`: that chain's iterator code would be this module's alone.
    let mut names = Vec::with_capacity(fields.len());
    for f in &fields {
        names.push(f.as_str());
    }
    make_namedtuple(vm, &name, &names).map(Value::Obj)
}

// ---- OrderedDict ----

fn make_ordered_dict(vm: &mut Vm) -> PyResult<ObjRef> {
    let ns = vm.new_dict();
    for (name, f) in [
        ("move_to_end", od_move_to_end as crate::objects::function::NativeFn),
        ("popitem", od_popitem),
        ("__repr__", od_repr),
    ] {
        let m = vm.new_native(name, f, NativeKind::Method);
        vm.dict_set_str(ns, name, m);
    }
    let dict = vm.types.dict;
    vm.create_class("OrderedDict", vec![dict], ns)
}

fn od_store(vm: &Vm, v: Value) -> PyResult<ObjRef> {
    vm.dict_ref(v).ok_or_else(|| vm.type_error_msg("OrderedDict expected"))
}

/// The `last` argument of `move_to_end` and `popitem` (true by default).
fn last_arg(vm: &mut Vm, args: &[Value], kw: Kwargs, i: usize) -> PyResult<bool> {
    match arg(vm, args, kw, i, "last") {
        Some(v) => vm.truthy(v),
        None => Ok(true),
    }
}

fn od_move_to_end(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = od_store(vm, args[0])?;
    let key = util::need(vm, args, kw, 1, "key", "move_to_end")?;
    let last = last_arg(vm, args, kw, 2)?;
    let Some(value) = vm.dict_del(d, key)? else { return Err(vm.key_error(key)) };
    if last {
        vm.dict_set(d, key, value)?;
    } else {
        let rest = vm.dict_store(d).items();
        vm.dict_store_mut(d).clear();
        vm.dict_set(d, key, value)?;
        for (k, v) in rest {
            vm.dict_set(d, k, v)?;
        }
    }
    Ok(Value::None)
}

fn od_popitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = od_store(vm, args[0])?;
    let last = last_arg(vm, args, kw, 1)?;
    let items = vm.dict_store(d).items();
    let picked = if last { items.last() } else { items.first() };
    let Some(&(k, v)) = picked else { return Err(vm.new_error(vm.exc.key_error, "dictionary is empty")) };
    vm.dict_del(d, k)?;
    Ok(vm.new_tuple(vec![k, v]))
}

fn od_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = od_store(vm, args[0])?;
    let inner = vm.repr(Value::Obj(d))?;
    let name = vm.type_name(args[0]);
    Ok(vm.new_string(format!("{name}({inner})")))
}

// ---- deque ----

struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every change, so an iterator can tell it was mutated under it (as CPython's deque does).
    changes: usize,
}

impl Deque {
    /// Append the items in order to `out`: through the ring's two slices, so VecDeque's iterator (and the
    /// adapters collecting from it) is not instantiated for the module.
    fn copy_items(&self, out: &mut Vec<Value>) {
        let (front, back) = self.items.as_slices();
        out.extend_from_slice(front);
        out.extend_from_slice(back);
    }
}

crate::keyed_type!(Deque);
impl NativeState for Deque {
    fn trace(&self, out: &mut Vec<Value>) {
        self.copy_items(out);
    }
    fn heap_bytes(&self) -> usize {
        self.items.capacity() * 8
    }
}

/// Count a deque's (possibly grown) item buffer against the heap, so an unbounded deque reaches
/// `MemoryError` at the board's limit instead of growing host memory without end.
fn account(vm: &mut Vm, v: Value) {
    if let Value::Obj(r) = v {
        vm.heap.resize(r);
    }
}

struct DequeIter {
    deque: Value,
    index: usize,
    /// The deque's `changes` when iteration began.
    changes: usize,
}

crate::keyed_type!(DequeIter);
impl NativeState for DequeIter {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.deque);
    }
}

fn make_deque(vm: &mut Vm) -> PyResult<ObjRef> {
    let c = vm.new_native_class("deque", Some(deque_new));
    vm.add_methods(
        c,
        &[
            ("append", deque_append),
            ("appendleft", deque_appendleft),
            ("pop", deque_pop),
            ("popleft", deque_popleft),
            ("extend", deque_extend),
            ("clear", deque_clear),
            ("__len__", deque_len),
            ("__bool__", deque_bool),
            ("__iter__", deque_iter),
            ("__getitem__", deque_getitem),
            ("__repr__", deque_repr),
        ],
    );
    Ok(c)
}

fn make_deque_iter(vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(util::iterator_class(vm, "deque_iterator", deque_iter_next))
}

fn deque_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let maxlen = match arg(vm, args, kw, 2, "maxlen") {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = vm.expect_index(v)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(usize::try_from(n).unwrap_or(usize::MAX))
        }
    };
    let initial = match arg(vm, args, kw, 1, "iterable") {
        Some(v) => vm.collect_iter(v)?,
        None => Vec::new(),
    };
    let Value::Obj(cls) = args[0] else { return Err(vm.type_error_msg("deque needs a class")) };
    let mut d = Deque { items: VecDeque::new(), maxlen, changes: 0 };
    for v in initial {
        push(&mut d, v, false);
    }
    let v = vm.new_native_instance(cls, Box::new(d));
    account(vm, v);
    Ok(v)
}

/// Add `v` at the right end (or the left), dropping an item from the other end when at `maxlen`.
fn push(d: &mut Deque, v: Value, left: bool) {
    if d.maxlen == Some(0) {
        return;
    }
    let full = d.maxlen.is_some_and(|m| d.items.len() >= m);
    if left {
        if full {
            d.items.pop_back();
        }
        d.items.push_front(v);
    } else {
        if full {
            d.items.pop_front();
        }
        d.items.push_back(v);
    }
}

/// The deque behind `v`, about to be changed.
fn deque_changing(vm: &mut Vm, v: Value) -> PyResult<&mut Deque> {
    let d = deque_mut(vm, v)?;
    d.changes = d.changes.wrapping_add(1);
    Ok(d)
}

fn deque_mut(vm: &mut Vm, v: Value) -> PyResult<&mut Deque> {
    if vm.native_state::<Deque>(v).is_none() {
        return Err(vm.type_error_msg("deque expected"));
    }
    Ok(vm.native_state_mut::<Deque>(v).expect("checked"))
}

fn deque_append(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    append_end(vm, args, "append", false)
}

fn deque_appendleft(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    append_end(vm, args, "appendleft", true)
}

fn append_end(vm: &mut Vm, args: &[Value], name: &str, left: bool) -> PyResult<Value> {
    let x = *args.get(1).ok_or_else(|| vm.type_error_msg(format!("{name}() takes exactly one argument")))?;
    push(deque_changing(vm, args[0])?, x, left);
    account(vm, args[0]);
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pop_end(vm, args[0], false)
}

fn deque_popleft(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pop_end(vm, args[0], true)
}

fn pop_end(vm: &mut Vm, v: Value, left: bool) -> PyResult<Value> {
    let items = &mut deque_changing(vm, v)?.items;
    match if left { items.pop_front() } else { items.pop_back() } {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn deque_extend(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let src = *args.get(1).ok_or_else(|| vm.type_error_msg("extend() takes exactly one argument"))?;
    let items = vm.collect_iter(src)?;
    vm.text_fits(items.len().saturating_mul(8))?;
    let d = deque_changing(vm, args[0])?;
    for v in items {
        push(d, v, false);
    }
    account(vm, args[0]);
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    deque_changing(vm, args[0])?.items.clear();
    Ok(Value::None)
}

fn deque_len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(deque_mut(vm, args[0])?.items.len() as i64))
}

fn deque_bool(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::bool(!deque_mut(vm, args[0])?.items.is_empty()))
}

fn deque_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let i = vm.expect_index(*args.get(1).unwrap_or(&Value::None))?;
    let d = deque_mut(vm, args[0])?;
    let n = d.items.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    match (0..n).contains(&idx) {
        true => Ok(d.items[idx as usize]),
        false => Err(vm.index_error("deque index out of range")),
    }
}

fn deque_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut items = Vec::new();
    let maxlen = {
        let d = deque_mut(vm, args[0])?;
        d.copy_items(&mut items);
        d.maxlen
    };
    let list = vm.new_list(items);
    let inner = vm.repr(list)?;
    let s = match maxlen {
        Some(m) => format!("deque({inner}, maxlen={m})"),
        None => format!("deque({inner})"),
    };
    Ok(vm.new_string(s))
}

fn deque_iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let changes = deque_mut(vm, args[0])?.changes;
    let c = util::class(vm, "deque_iterator", make_deque_iter)?;
    Ok(vm.new_native_instance(c, Box::new(DequeIter { deque: args[0], index: 0, changes })))
}

fn deque_iter_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (deque, index, changes) = match vm.native_state::<DequeIter>(args[0]) {
        Some(it) => (it.deque, it.index, it.changes),
        None => return Err(vm.type_error_msg("deque_iterator expected")),
    };
    let d = deque_mut(vm, deque)?;
    if d.changes != changes {
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    let item = d.items.get(index).copied();
    match item {
        Some(v) => {
            if let Some(it) = vm.native_state_mut::<DequeIter>(args[0]) {
                it.index += 1;
            }
            Ok(v)
        }
        None => Err(vm.stop_iteration(Value::None)),
    }
}
