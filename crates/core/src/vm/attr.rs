//! Types and attributes: `type()` of a value, subclass tests, lookup along the MRO, and attribute get/set/del
//! with Python's descriptor rules (functions bind, properties call, class/static methods) plus
//! `__getattr__`/`__setattr__` hooks of Python classes.

use super::{PyResult, Vm};
use crate::heap::Obj;
use crate::objects::function::{BoundMethod, NativeKind};
use crate::objects::instance::{Instance, Payload};
use crate::objects::typeobj::Type;
use crate::value::{ObjRef, Value};

/// A direct-mapped cache of MRO lookups: (class, name) → what the lookup found, valid while no class
/// namespace has changed (`type_dict_epoch`). Makes method calls and attribute loads on instances cost one
/// probe of the instance dict instead of one per class in the MRO.
pub struct MroCache {
    entries: Box<[std::cell::Cell<MroCacheEntry>]>,
}

#[derive(Clone, Copy, Default)]
struct MroCacheEntry {
    class: u32,
    name: u32,
    /// Epoch + 1, so that 0 means empty.
    epoch: u32,
    found: Option<(Value, ObjRef)>,
}

const MRO_CACHE_SIZE: usize = 4096;

impl MroCache {
    pub fn new() -> Self {
        MroCache { entries: (0..MRO_CACHE_SIZE).map(|_| std::cell::Cell::new(MroCacheEntry::default())).collect() }
    }

    fn slot(class: ObjRef, name: ObjRef) -> usize {
        let h = (class.index() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ^ (name.index() as u64).wrapping_mul(0xc2b2_ae3d_27d4_eb4f);
        (h >> 52) as usize & (MRO_CACHE_SIZE - 1)
    }

    #[inline]
    fn get(&self, class: ObjRef, name: ObjRef, epoch: u32) -> Option<Option<(Value, ObjRef)>> {
        let e = self.entries[Self::slot(class, name)].get();
        (e.epoch == epoch.wrapping_add(1) && e.class == class.index() && e.name == name.index()).then_some(e.found)
    }

    fn put(&self, class: ObjRef, name: ObjRef, epoch: u32, found: Option<(Value, ObjRef)>) {
        self.entries[Self::slot(class, name)].set(MroCacheEntry {
            class: class.index(),
            name: name.index(),
            epoch: epoch.wrapping_add(1),
            found,
        });
    }

    /// Forget everything (after a collection, when freed handles may be reused).
    pub fn clear(&self) {
        for e in self.entries.iter() {
            e.set(MroCacheEntry::default());
        }
    }
}

impl Default for MroCache {
    fn default() -> Self {
        Self::new()
    }
}

/// The attributes `builtin_special_attr` and `type_special_attr` answer: the name is looked up once in `SPECIAL_ATTRS`, and the
/// answer is a match on the object's kind and this number, not a string comparison per case.
#[derive(Clone, Copy, PartialEq)]
enum Special {
    Class,
    Dict,
    Args,
    Cause,
    Context,
    SuppressContext,
    Traceback,
    Value,
    Errno,
    Code,
    Name,
    Qualname,
    Module,
    Globals,
    Defaults,
    Doc,
    Self_,
    Func,
    Fget,
    Fset,
    Fdel,
    Bases,
    Base,
    Mro,
    // In this order: slices and ranges index their fields by it.
    Start,
    Stop,
    Step,
}

const SPECIAL_ATTRS: [(&str, Special); 27] = [
    ("__class__", Special::Class),
    ("__dict__", Special::Dict),
    ("args", Special::Args),
    ("__cause__", Special::Cause),
    ("__context__", Special::Context),
    ("__suppress_context__", Special::SuppressContext),
    ("__traceback__", Special::Traceback),
    ("value", Special::Value),
    ("errno", Special::Errno),
    ("code", Special::Code),
    ("__name__", Special::Name),
    ("__qualname__", Special::Qualname),
    ("__module__", Special::Module),
    ("__globals__", Special::Globals),
    ("__defaults__", Special::Defaults),
    ("__doc__", Special::Doc),
    ("__self__", Special::Self_),
    ("__func__", Special::Func),
    ("fget", Special::Fget),
    ("fset", Special::Fset),
    ("fdel", Special::Fdel),
    ("__bases__", Special::Bases),
    ("__base__", Special::Base),
    ("__mro__", Special::Mro),
    ("start", Special::Start),
    ("stop", Special::Stop),
    ("step", Special::Step),
];

fn special_attr(name: &str) -> Option<Special> {
    SPECIAL_ATTRS.iter().find(|(s, _)| *s == name).map(|(_, a)| *a)
}

/// The result of an attribute load: a value, or a call whose result is the value (a property getter or
/// `__getattr__`), which the instruction loop can run without recursing.
pub enum Flow {
    Value(Value),
    Call(Value, Vec<Value>),
}

impl Vm {
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::None => t.none,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Free => t.object,
                Obj::Str(_) => t.str,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::BigInt(_) => t.int,
                Obj::Tuple(_) => t.tuple,
                Obj::List(_) => t.list,
                Obj::Dict(_) => t.dict,
                Obj::Set { frozen: false, .. } => t.set,
                Obj::Set { frozen: true, .. } => t.frozenset,
                Obj::Range { .. } => t.range,
                Obj::Slice { .. } => t.slice,
                Obj::Function(_) => t.function,
                Obj::BoundMethod(_) => t.bound_method,
                Obj::Native(_) => t.native_function,
                Obj::Type(ty) => ty.metaclass.unwrap_or(t.type_),
                Obj::Instance(i) => i.class,
                Obj::Module(_) => t.module,
                Obj::Cell(_) => t.cell,
                Obj::Code(_) => t.code,
                Obj::Generator(g) => match g.kind {
                    crate::objects::generator::GenKind::Generator => t.generator,
                    crate::objects::generator::GenKind::Coroutine => t.coroutine,
                    crate::objects::generator::GenKind::AsyncGenerator => t.async_generator,
                },
                Obj::Iter(it) => it.type_of(t),
                Obj::Property { .. } => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super { .. } => t.super_,
            },
        }
    }

    pub fn type_obj(&self, r: ObjRef) -> &Type {
        match self.heap.get(r) {
            Obj::Type(t) => t,
            _ => panic!("type_obj on a non-type"),
        }
    }

    pub fn is_type(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Type(_)))
    }

    pub fn type_name_of_type(&self, r: ObjRef) -> String {
        match self.heap.get(r) {
            Obj::Type(t) => t.name.clone(),
            _ => "?".into(),
        }
    }

    /// The name of a value's type, as error messages show it.
    pub fn type_name(&self, v: Value) -> String {
        self.type_name_of_type(self.type_of(v))
    }

    pub fn is_subclass(&self, sub: ObjRef, sup: ObjRef) -> bool {
        if sub == sup {
            return true;
        }
        match self.heap.get(sub) {
            Obj::Type(t) => t.mro.contains(&sup),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: Value, class: ObjRef) -> bool {
        self.is_subclass(self.type_of(v), class)
    }

    /// Find `name` in the dicts along `ty`'s MRO (no descriptor handling).
    pub fn lookup_in_mro(&mut self, ty: ObjRef, name: Value) -> Option<Value> {
        self.lookup_with_owner(ty, name).map(|(v, _)| v)
    }

    /// Like `lookup_in_mro`, but skipping the builtin `object` (to find overrides of special methods).
    pub fn lookup_special(&mut self, ty: ObjRef, name: Value) -> Option<Value> {
        let object = self.types.object;
        self.lookup_with_owner(ty, name).filter(|(_, owner)| *owner != object).map(|(v, _)| v)
    }

    /// The value of `name` along `ty`'s MRO and the class defining it, through the MRO cache.
    pub fn lookup_with_owner(&mut self, ty: ObjRef, name: Value) -> Option<(Value, ObjRef)> {
        let Value::Obj(n) = name else { return None };
        let epoch = crate::objects::dict::type_dict_epoch();
        if let Some(hit) = self.mro_cache.get(ty, n, epoch) {
            return hit;
        }
        let found = self.walk_mro(ty, name);
        // Plain values can change without a new epoch (class counters), so they are looked up each time.
        if !found.is_some_and(|(v, _)| crate::objects::dict::is_plain(v)) {
            self.mro_cache.put(ty, n, epoch, found);
        }
        found
    }

    fn walk_mro(&mut self, ty: ObjRef, name: Value) -> Option<(Value, ObjRef)> {
        for i in 0.. {
            let c = match self.heap.get(ty) {
                Obj::Type(t) => *t.mro.get(i)?,
                _ => return None,
            };
            if !matches!(self.heap.get(c), Obj::Type(_)) {
                continue;
            }
            let dict = self.type_dict(c);
            if let Some(v) = self.dict_get_str_fast(dict, name) {
                return Some((v, c));
            }
        }
        None
    }

    /// A special method defined by a Python class (or a native class) for this value, if any.
    pub fn special_method(&mut self, v: Value, name: &str) -> Option<Value> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(i) = self.heap.get(r) else { return None };
        let class = i.class;
        let key = self.intern(name);
        self.lookup_special(class, key)
    }

    /// Dict lookup by a str key using only the cached hash and identity/text equality (never runs Python).
    pub fn dict_get_str_fast(&self, dict: ObjRef, key: Value) -> Option<Value> {
        let i = self.str_key_index(dict, key)?;
        self.heap.dict(dict).entry(i).map(|e| e.value)
    }

    /// Entry index of a str key in a dict, found with the cached hash and without running Python code.
    pub(crate) fn str_key_index(&self, dict: ObjRef, key: Value) -> Option<usize> {
        if !matches!(self.heap.get(dict), Obj::Dict(_)) {
            return None;
        }
        self.probe_str_key(dict, key)?.1
    }

    /// A str key (most keys): its cached hash and where it is in dict or set `d`, when the probe settles that
    /// without Python's `==` (it does unless a key of another type shares the hash). None for other keys.
    pub(crate) fn probe_str_key(&self, d: ObjRef, key: Value) -> Option<(u64, Option<usize>)> {
        let Value::Obj(k) = key else { return None };
        let Obj::Str(s) = self.heap.get(k) else { return None };
        let hash = s.hash();
        match self.heap.dict(d).probe(&self.heap, hash, key) {
            crate::objects::dict::Probe::Found(i) => Some((hash, Some(i))),
            crate::objects::dict::Probe::Absent => Some((hash, None)),
            crate::objects::dict::Probe::NeedsEq(_) => None,
        }
    }

    /// Bind what a class attribute lookup found to `obj` (descriptor protocol for the builtin descriptors).
    fn bind(&mut self, found: Value, obj: Value, class: ObjRef) -> Flow {
        let Value::Obj(r) = found else { return Flow::Value(found) };
        match self.heap.get(r) {
            Obj::Function(_) => Flow::Value(self.new_bound_method(found, obj)),
            Obj::Native(n) => match n.kind {
                NativeKind::Method => Flow::Value(self.new_bound_method(found, obj)),
                NativeKind::ClassMethod => Flow::Value(self.new_bound_method(found, Value::Obj(class))),
                NativeKind::Function => Flow::Value(found),
            },
            Obj::StaticMethod(f) => Flow::Value(*f),
            Obj::ClassMethod(f) => {
                let f = *f;
                Flow::Value(self.new_bound_method(f, Value::Obj(class)))
            }
            Obj::Instance(i) => {
                // A Python descriptor: `__get__(descriptor, obj, type)`.
                let dclass = i.class;
                let get = self.names.get;
                match self.lookup_special(dclass, get) {
                    Some(g) => Flow::Call(g, vec![found, obj, Value::Obj(class)]),
                    None => Flow::Value(found),
                }
            }
            Obj::Property { fget, .. } => {
                let fget = *fget;
                if fget.is_none() {
                    Flow::Value(Value::None) // replaced by an error by the caller
                } else {
                    Flow::Call(fget, vec![obj])
                }
            }
            _ => Flow::Value(found),
        }
    }

    pub fn new_bound_method(&mut self, func: Value, self_: Value) -> Value {
        Value::Obj(self.heap.alloc(Obj::BoundMethod(BoundMethod { func, self_ })))
    }

    /// A special method of a Python descriptor object (`__get__`, `__set__`, `__delete__`).
    pub fn descriptor_method(&mut self, descriptor: Value, name: &str) -> Option<Value> {
        match descriptor {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => self.special_method(descriptor, name),
            _ => None,
        }
    }

    /// A descriptor that also controls assignment or deletion, so it takes precedence over the instance dict.
    pub fn is_data_descriptor(&mut self, v: Value) -> bool {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Property { .. }) => true,
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => {
                self.descriptor_method(v, "__set__").is_some() || self.descriptor_method(v, "__delete__").is_some()
            }
            _ => false,
        }
    }

    fn is_property_without_getter(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Property { fget: Value::None, .. }))
    }

    /// `obj.name`, possibly as a pending call (property getter, `__getattr__`).
    pub fn load_attr(&mut self, obj: Value, name: Value) -> PyResult<Flow> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Module(m) => {
                    let dict = m.dict;
                    if let Some(v) = self.dict_get_str_fast(dict, name) {
                        return Ok(Flow::Value(v));
                    }
                    if self.as_str(name) == Some("__dict__") {
                        return Ok(Flow::Value(Value::Obj(dict)));
                    }
                    let getattr = self.names.getattr;
                    if let Some(f) = self.dict_get_str_fast(dict, getattr) {
                        return Ok(Flow::Call(f, vec![name]));
                    }
                    return Err(self.no_attribute(obj, name));
                }
                Obj::Type(_) => return self.load_type_attr(r, name),
                Obj::Super { class, obj: sobj } => {
                    let (class, sobj) = (*class, *sobj);
                    return self.load_super_attr(obj, class, sobj, name);
                }
                _ => {}
            }
        }
        let class = self.type_of(obj);
        let found = self.lookup_in_mro(class, name);
        // Data descriptors (properties, objects with `__set__`/`__delete__`) on the class win over the
        // instance dict.
        if let Some(f) = found {
            if let Value::Obj(fr) = f {
                if matches!(self.heap.get(fr), Obj::Property { .. }) {
                    if self.is_property_without_getter(f) {
                        return Err(self.new_error(self.exc.attribute_error, "unreadable attribute"));
                    }
                    return Ok(self.bind(f, obj, class));
                }
            }
            if self.is_data_descriptor(f) {
                return Ok(self.bind(f, obj, class));
            }
        }
        if let Some(d) = self.instance_dict(obj) {
            if let Some(v) = self.dict_get_str_fast(d, name) {
                return Ok(Flow::Value(v));
            }
        }
        if let Some(f) = found {
            return Ok(self.bind(f, obj, class));
        }
        if let Some(v) = self.builtin_special_attr(obj, name)? {
            return Ok(Flow::Value(v));
        }
        let getattr = self.names.getattr;
        if let Some(f) = self.lookup_special(class, getattr) {
            return Ok(Flow::Call(f, vec![obj, name]));
        }
        Err(self.no_attribute(obj, name))
    }

    fn load_type_attr(&mut self, ty: ObjRef, name: Value) -> PyResult<Flow> {
        if let Some(f) = self.lookup_in_mro(ty, name) {
            let Value::Obj(fr) = f else { return Ok(Flow::Value(f)) };
            return Ok(match self.heap.get(fr) {
                Obj::StaticMethod(v) => Flow::Value(*v),
                Obj::ClassMethod(v) => {
                    let v = *v;
                    Flow::Value(self.new_bound_method(v, Value::Obj(ty)))
                }
                Obj::Native(n) if n.kind == NativeKind::ClassMethod => {
                    Flow::Value(self.new_bound_method(f, Value::Obj(ty)))
                }
                Obj::Instance(i) => {
                    let dclass = i.class;
                    let get = self.names.get;
                    match self.lookup_special(dclass, get) {
                        Some(g) => Flow::Call(g, vec![f, Value::None, Value::Obj(ty)]),
                        None => Flow::Value(f),
                    }
                }
                _ => Flow::Value(f),
            });
        }
        if let Some(v) = self.type_special_attr(ty, name) {
            return Ok(Flow::Value(v));
        }
        // Attributes of the class's metaclass (`type`'s `mro`, or a Python metaclass's methods), bound to it.
        let meta = self.type_of(Value::Obj(ty));
        if let Some(f) = self.lookup_in_mro(meta, name) {
            return Ok(self.bind(f, Value::Obj(ty), meta));
        }
        Err(self.no_attribute(Value::Obj(ty), name))
    }

    fn type_special_attr(&mut self, ty: ObjRef, name: Value) -> Option<Value> {
        let a = special_attr(self.as_str(name)?)?;
        let t = self.type_obj(ty);
        match a {
            Special::Name => {
                let n = t.name.clone();
                Some(self.new_string(n))
            }
            Special::Qualname => {
                let n = t.qualname.clone();
                Some(self.new_string(n))
            }
            Special::Bases | Special::Mro => {
                let classes = if a == Special::Bases { &t.bases } else { &t.mro };
                let mut b = Vec::with_capacity(classes.len());
                for c in classes {
                    b.push(Value::Obj(*c));
                }
                Some(self.new_tuple(b))
            }
            Special::Base => Some(t.bases.first().map_or(Value::None, |b| Value::Obj(*b))),
            Special::Dict => Some(Value::Obj(self.type_dict(ty))),
            Special::Doc => Some(Value::None),
            Special::Module => Some(self.intern("builtins")),
            _ => None,
        }
    }

    /// `sup.name` for `sup`, a `super(class, obj)`.
    fn load_super_attr(&mut self, sup: Value, class: ObjRef, obj: Value, name: Value) -> PyResult<Flow> {
        // Search the MRO of obj's type (or obj itself when it is a class) after `class`.
        let (start_ty, bind_class) = if self.is_type(obj) && {
            let Value::Obj(o) = obj else { unreachable!() };
            self.is_subclass(o, class)
        } {
            let Value::Obj(o) = obj else { unreachable!() };
            (o, true)
        } else {
            (self.type_of(obj), false)
        };
        let mro = self.type_obj(start_ty).mro.clone();
        let pos = mro.iter().position(|c| *c == class).map_or(mro.len(), |p| p + 1);
        for &c in &mro[pos..] {
            let dict = self.type_dict(c);
            if let Some(f) = self.dict_get_str_fast(dict, name) {
                if bind_class {
                    let Value::Obj(fr) = f else { return Ok(Flow::Value(f)) };
                    return Ok(match self.heap.get(fr) {
                        Obj::ClassMethod(v) => {
                            let v = *v;
                            Flow::Value(self.new_bound_method(v, obj))
                        }
                        Obj::Native(n) if n.kind == NativeKind::ClassMethod => {
                            Flow::Value(self.new_bound_method(f, obj))
                        }
                        Obj::StaticMethod(v) => Flow::Value(*v),
                        _ => Flow::Value(f),
                    });
                }
                return Ok(self.bind(f, obj, start_ty));
            }
        }
        Err(self.no_attribute(sup, name))
    }

    /// Attributes every object has that are not stored in a dict (`__class__`, `__dict__`, function
    /// `__name__`, exception `args`, ...).
    fn builtin_special_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        use Special as S;
        let Some(a) = self.as_str(name).and_then(special_attr) else { return Ok(None) };
        if a == S::Class {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(r) = obj else {
            return Ok(None);
        };
        let v = match (self.heap.get(r), a) {
            (Obj::Instance(_), S::Dict) => Some(Value::Obj(self.ensure_instance_dict(r))),
            (Obj::Instance(Instance { payload: Payload::Exception(e), class, .. }), _) => match a {
                S::Args => Some(e.args),
                S::Cause => Some(e.cause),
                S::Context => Some(e.context),
                S::SuppressContext => Some(Value::bool(e.suppress_context)),
                // No traceback objects (as on CircuitPython).
                S::Traceback => Some(Value::None),
                // The first argument, under the name the exception class gives it.
                S::Value | S::Errno | S::Code => {
                    let owner = match a {
                        S::Value => self.exc.stop_iteration,
                        S::Errno => self.exc.os_error,
                        _ => self.exc.system_exit,
                    };
                    if self.is_subclass(*class, owner) {
                        Some(self.seq_items(e.args).and_then(|a| a.first().copied()).unwrap_or(Value::None))
                    } else {
                        None
                    }
                }
                _ => None,
            },
            (Obj::Function(f), S::Name) => Some(f.name),
            (Obj::Function(f), S::Qualname) => Some(f.qualname),
            (Obj::Function(f), S::Module) => {
                let g = f.globals;
                let k = self.intern("__name__");
                Some(self.dict_get_str_fast(g, k).unwrap_or(Value::None))
            }
            (Obj::Function(f), S::Globals) => Some(Value::Obj(f.globals)),
            (Obj::Function(f), S::Defaults) => {
                let d = f.defaults.clone();
                Some(if d.is_empty() { Value::None } else { self.new_tuple(d) })
            }
            (Obj::Function(_), S::Dict) => Some(Value::Obj(self.ensure_function_dict(r))),
            (Obj::Function(_), S::Doc) => Some(Value::None),
            (Obj::Native(n), S::Name) => {
                let name = n.name;
                Some(self.new_str(name))
            }
            (Obj::BoundMethod(m), S::Self_) => Some(m.self_),
            (Obj::BoundMethod(m), S::Func) => Some(m.func),
            (Obj::BoundMethod(m), S::Name) => {
                let f = m.func;
                return Ok(Some(self.getattr_str(f, "__name__")?));
            }
            (Obj::Generator(g), S::Name) => Some(g.name),
            (Obj::Generator(g), S::Qualname) => Some(g.qualname),
            (Obj::Module(m), S::Name) => Some(m.name),
            (Obj::Property { fget, fset, fdel, doc }, _) => match a {
                S::Fget => Some(*fget),
                S::Fset => Some(*fset),
                S::Fdel => Some(*fdel),
                S::Doc => Some(*doc),
                _ => None,
            },
            (Obj::StaticMethod(f) | Obj::ClassMethod(f), S::Func) => Some(*f),
            (Obj::Slice { start, stop, step }, S::Start | S::Stop | S::Step) => {
                Some([*start, *stop, *step][a as usize - S::Start as usize])
            }
            (Obj::Range { start, stop, step }, S::Start | S::Stop | S::Step) => {
                Some(Value::Int([*start, *stop, *step][a as usize - S::Start as usize]))
            }
            _ => None,
        };
        Ok(v)
    }

    pub fn instance_dict(&self, obj: Value) -> Option<ObjRef> {
        match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => i.dict,
                Obj::Function(f) => f.dict,
                _ => None,
            },
            _ => None,
        }
    }

    fn ensure_instance_dict(&mut self, r: ObjRef) -> ObjRef {
        if let Obj::Instance(i) = self.heap.get(r) {
            if let Some(d) = i.dict {
                return d;
            }
        }
        let d = self.new_dict();
        if let Obj::Instance(i) = self.heap.get_mut(r) {
            i.dict = Some(d);
        }
        d
    }

    fn ensure_function_dict(&mut self, r: ObjRef) -> ObjRef {
        if let Obj::Function(f) = self.heap.get(r) {
            if let Some(d) = f.dict {
                return d;
            }
        }
        let d = self.new_dict();
        if let Obj::Function(f) = self.heap.get_mut(r) {
            f.dict = Some(d);
        }
        d
    }

    /// `getattr(obj, name)`, running a property getter or `__getattr__` in a nested call if needed.
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match self.load_attr(obj, name)? {
            Flow::Value(v) => Ok(v),
            Flow::Call(f, args) => self.call(f, &args),
        }
    }

    pub fn getattr_str(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, n)
    }

    /// `getattr(obj, name, None)`-like: None when absent (other errors propagate).
    pub fn getattr_opt(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.error_matches(&e, self.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `obj.name = value`: returns a pending call for a property setter or a Python `__setattr__`.
    pub fn store_attr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<Option<(Value, Vec<Value>)>> {
        let Value::Obj(r) = obj else {
            return Err(self.no_attribute(obj, name));
        };
        match self.heap.get(r) {
            Obj::Type(t) => {
                if t.builtin {
                    let tn = t.name.clone();
                    return Err(self.type_error_msg(format!("can't set attributes of built-in/extension type '{tn}'")));
                }
                let d = t.dict;
                self.dict_set(d, name, value)?;
                return Ok(None);
            }
            Obj::Module(m) => {
                let d = m.dict;
                self.dict_set(d, name, value)?;
                return Ok(None);
            }
            Obj::Function(_) => {
                let d = self.ensure_function_dict(r);
                self.dict_set(d, name, value)?;
                return Ok(None);
            }
            Obj::Instance(_) => {}
            _ => {
                return Err(self.no_attribute(obj, name));
            }
        }
        let class = self.type_of(obj);
        if let Some(found @ Value::Obj(fr)) = self.lookup_in_mro(class, name) {
            if let Obj::Property { fset, .. } = self.heap.get(fr) {
                let fset = *fset;
                if fset.is_none() {
                    return Err(self.new_error(self.exc.attribute_error, "can't set attribute"));
                }
                return Ok(Some((fset, vec![obj, value])));
            }
            if let Some(set) = self.descriptor_method(found, "__set__") {
                return Ok(Some((set, vec![found, obj, value])));
            }
        }
        let setattr = self.names.setattr;
        if let Some(f) = self.lookup_special(class, setattr) {
            return Ok(Some((f, vec![obj, name, value])));
        }
        // Instances of builtin classes (`object()`, native classes) have no attribute dict.
        if self.type_obj(class).builtin
            && class != self.exc.base_exception
            && !self.is_subclass(class, self.exc.base_exception)
        {
            return Err(self.no_attribute(obj, name));
        }
        let d = self.ensure_instance_dict(r);
        self.dict_set(d, name, value)?;
        Ok(None)
    }

    /// `object.__setattr__(obj, name, value)`: store in the instance dict, bypassing `__setattr__`.
    pub fn generic_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            return Err(self.no_attribute(obj, name));
        };
        if !matches!(self.heap.get(r), Obj::Instance(_)) {
            return self.setattr(obj, name, value);
        }
        let d = self.ensure_instance_dict(r);
        self.dict_set(d, name, value)
    }

    pub fn setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        if let Some((f, args)) = self.store_attr(obj, name, value)? {
            self.call(f, &args)?;
        }
        Ok(())
    }

    pub fn setattr_str(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        let n = self.intern(name);
        self.setattr(obj, n, value)
    }

    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let class = self.type_of(obj);
        if let Some(Value::Obj(fr)) = self.lookup_in_mro(class, name) {
            if let Obj::Property { fdel, .. } = self.heap.get(fr) {
                let fdel = *fdel;
                if fdel.is_none() {
                    return Err(self.new_error(self.exc.attribute_error, "can't delete attribute"));
                }
                self.call(fdel, &[obj])?;
                return Ok(());
            }
        }
        if let Some(found) = self.lookup_in_mro(class, name) {
            if let Some(del) = self.descriptor_method(found, "__delete__") {
                self.call(del, &[found, obj])?;
                return Ok(());
            }
        }
        let delattr = self.names.delattr;
        if let Some(f) = self.lookup_special(class, delattr) {
            self.call(f, &[obj, name])?;
            return Ok(());
        }
        let dict = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Type(t) if !t.builtin => Some(t.dict),
                Obj::Module(m) => Some(m.dict),
                Obj::Instance(i) => i.dict,
                Obj::Function(f) => f.dict,
                _ => None,
            },
            _ => None,
        };
        if let Some(d) = dict {
            if self.dict_del(d, name)?.is_some() {
                return Ok(());
            }
        }
        Err(self.no_attribute(obj, name))
    }
}
