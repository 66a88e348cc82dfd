//! `object`, `type`, `super`, `property`, `staticmethod` and `classmethod`: the class machinery, including
//! class creation with the C3 linearisation (`__build_class__` and `type(name, bases, dict)`).

use crate::heap::Obj;
use crate::objects::function::{Kwargs, NativeKind};
use crate::objects::typeobj::{Layout, Type};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn object_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().copied() else {
        return Err(vm.type_error_msg("object.__new__(X): X is not a type object"));
    };
    if !matches!(vm.heap.get(cls), Obj::Type(_)) {
        return Err(vm.type_error_msg("object.__new__(X): X is not a type object"));
    }
    vm.builtin_new(cls, &[], &[])
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

/// Check the argument count of a slot wrapper (`object().__eq__(x)`: `n` arguments after `self`) with CPython's
/// wording, so a bound wrapper called with too few never indexes past `args`.
fn expect_slot_args(vm: &Vm, args: &[Value], n: usize) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got == n {
        return Ok(());
    }
    Err(vm.type_error_msg(format!("expected {n} argument{}, got {got}", if n == 1 { "" } else { "s" })))
}

/// Check that a method taking one argument after `self` got exactly one (CPython's wording for `METH_O`).
fn expect_one_arg(vm: &Vm, qualname: &str, args: &[Value]) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got == 1 {
        return Ok(());
    }
    Err(vm.type_error_msg(format!("{qualname}() takes exactly one argument ({got} given)")))
}

/// What a method of `object` does (`object_method`).
#[derive(Clone, Copy)]
enum Op {
    Eq,
    Ne,
    Hash,
    Repr,
    Str,
    SetAttr,
    GetAttribute,
    DelAttr,
    Format,
    Dir,
}

/// The methods of `object`, written once.
fn object_method(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    match op {
        Op::Eq | Op::Ne | Op::GetAttribute | Op::DelAttr => expect_slot_args(vm, args, 1)?,
        Op::SetAttr => expect_slot_args(vm, args, 2)?,
        _ => {}
    }
    if let Op::Format = op {
        let qualname = format!("{}.__format__", args.first().map(|v| vm.type_name(*v)).unwrap_or_default());
        expect_one_arg(vm, &qualname, args)?;
    }
    let this = args[0];
    Ok(match op {
        Op::Eq => {
            if this.is(args[1]) {
                Value::TRUE
            } else {
                vm.not_implemented
            }
        }
        Op::Ne => {
            let r = vm.compare(this, args[1], circuitpython_parser::ast::CmpOp::Eq)?;
            Value::bool(!vm.truthy(r)?)
        }
        Op::Hash => match this {
            Value::Obj(r) => Value::Int((r.index() as i64) << 4),
            v => Value::Int(vm.hash(v)?),
        },
        Op::Repr => {
            let s = match this {
                Value::Obj(r) => format!("<{} object at {}>", vm.type_name(this), vm.address_of(r)),
                _ => vm.repr(this)?,
            };
            vm.new_string(s)
        }
        Op::Str => {
            let s = vm.repr(this)?;
            vm.new_string(s)
        }
        Op::SetAttr => {
            vm.generic_setattr(this, args[1], args[2])?;
            Value::None
        }
        Op::GetAttribute => vm.getattr(this, args[1])?,
        Op::DelAttr => {
            if let Some(d) = vm.instance_dict(this) {
                if vm.dict_del(d, args[1])?.is_some() {
                    return Ok(Value::None);
                }
            }
            return Err(vm.no_attribute(this, args[1]));
        }
        Op::Format => {
            if !vm.as_str(args[1]).unwrap_or("").is_empty() {
                return Err(
                    vm.type_error_msg(format!("unsupported format string passed to {}.__format__", vm.type_name(this)))
                );
            }
            let s = vm.str_of(this)?;
            vm.new_string(s)
        }
        Op::Dir => vm.dir_list(this)?,
    })
}

/// The `(name, NativeFn)` entry of a method run by `object_method`.
macro_rules! method {
    ($name:literal, $op:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], _kw: Kwargs| object_method(vm, args, $op))
    };
}

/// `type(x)` or `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.len() {
        2 => Ok(Value::Obj(vm.type_of(args[1]))),
        4 => {
            let name = vm.expect_str(args[1])?;
            let bases = vm.seq_items(args[2]).ok_or_else(|| vm.type_error_msg("type() argument 2 must be tuple"))?;
            let Some(ns) = vm.dict_ref(args[3]) else {
                return Err(vm.type_error_msg("type() argument 3 must be dict"));
            };
            let base_refs = base_types(vm, &bases)?;
            let store = vm.dict_store(ns).clone();
            let d = vm.alloc(Obj::Dict(store));
            vm.create_class(&name, base_refs, d).map(Value::Obj)
        }
        _ => Err(vm.type_error_msg("type() takes 1 or 3 arguments")),
    }
}

/// The classes among the bases of a class statement or `type()`, which must all be classes.
fn base_types(vm: &Vm, bases: &[Value]) -> PyResult<Vec<ObjRef>> {
    let mut out = Vec::with_capacity(bases.len());
    for &b in bases {
        match b {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Type(_)) => out.push(r),
            _ => return Err(vm.type_error_msg("bases must be types")),
        }
    }
    Ok(out)
}

/// `type.__new__(mcls, name, bases, ns)`: what a Python metaclass's `__new__` calls through `super()`.
fn type_dunder_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(mcls)) = args.first().copied() else {
        return Err(vm.type_error_msg("type.__new__(X): X is not a type object"));
    };
    if args.len() == 2 {
        return Ok(Value::Obj(vm.type_of(args[1])));
    }
    let class = type_new(vm, args, kw)?;
    if let (Value::Obj(c), true) = (class, mcls != vm.types.type_ && vm.is_subclass(mcls, vm.types.type_)) {
        if let Obj::Type(t) = vm.heap.get_mut(c) {
            t.metaclass = Some(mcls);
        }
    }
    Ok(class)
}

/// `type.__call__(cls, *args)`: make an instance (reached through `super()` in a metaclass's `__call__`).
fn type_call(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(cls)) if vm.is_type(args[0]) => vm.construct(*cls, &args[1..], kw),
        _ => Err(vm.type_error_msg("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let r = match args[0] {
        Value::Obj(r) if vm.is_type(args[0]) => r,
        v => {
            let msg = format!("descriptor 'mro' for 'type' objects doesn't apply to a '{}' object", vm.type_name(v));
            return Err(vm.type_error_msg(msg));
        }
    };
    let mro: Vec<Value> = vm.type_obj(r).mro.iter().map(|c| Value::Obj(*c)).collect();
    Ok(vm.new_list(mro))
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    expect_one_arg(vm, "type.__subclasscheck__", args)?;
    match (args[0], args[1]) {
        (Value::Obj(a), Value::Obj(b)) => Ok(Value::bool(vm.is_subclass(b, a))),
        _ => Ok(Value::FALSE),
    }
}

fn super_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (class, obj) = match args.len() {
        3 => match args[1] {
            Value::Obj(c) if matches!(vm.heap.get(c), Obj::Type(_)) => (c, args[2]),
            _ => return Err(vm.type_error_msg("super() argument 1 must be type")),
        },
        1 => vm.zero_arg_super()?,
        _ => return Err(vm.type_error_msg("super() takes 0 or 2 arguments")),
    };
    Ok(Value::Obj(vm.alloc(Obj::Super { class, obj })))
}

fn property_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut slots = [Value::None; 4];
    for (i, a) in args[1..].iter().enumerate().take(4) {
        slots[i] = *a;
    }
    for (k, v) in kw {
        match vm.as_str(*k) {
            Some("fget") => slots[0] = *v,
            Some("fset") => slots[1] = *v,
            Some("fdel") => slots[2] = *v,
            Some("doc") => slots[3] = *v,
            _ => return Err(vm.type_error_msg("unexpected keyword argument")),
        }
    }
    Ok(Value::Obj(vm.alloc(Obj::Property { fget: slots[0], fset: slots[1], fdel: slots[2], doc: slots[3] })))
}

fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    expect_one_arg(vm, ["property.getter", "property.setter", "property.deleter"][which], args)?;
    let Value::Obj(r) = args[0] else { return Err(vm.type_error_msg("property expected")) };
    let Obj::Property { fget, fset, fdel, doc } = *vm.heap.get(r) else {
        return Err(vm.type_error_msg("property expected"));
    };
    let mut s = [fget, fset, fdel];
    s[which] = args[1];
    Ok(Value::Obj(vm.alloc(Obj::Property { fget: s[0], fset: s[1], fdel: s[2], doc })))
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Obj(r) = args[0] else { return Err(vm.type_error_msg("property expected")) };
    let Obj::Property { fget, .. } = *vm.heap.get(r) else { return Err(vm.type_error_msg("property expected")) };
    if args.get(1).is_none_or(|v| v.is_none()) {
        return Ok(args[0]);
    }
    vm.call(fget, &[args[1]])
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = args.get(1).copied().ok_or_else(|| vm.type_error_msg("staticmethod expected 1 argument"))?;
    Ok(Value::Obj(vm.alloc(Obj::StaticMethod(f))))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = args.get(1).copied().ok_or_else(|| vm.type_error_msg("classmethod expected 1 argument"))?;
    Ok(Value::Obj(vm.alloc(Obj::ClassMethod(f))))
}

/// C3 linearisation of a new class's bases: `cls`, then repeatedly the first head of the bases' MROs (and of
/// the bases themselves) that is in no other's tail. Plain loops over positions into the sequences: each
/// iterator adapter or `retain` here was one more copy of generic code.
fn c3_merge(vm: &Vm, cls: ObjRef, bases: &[ObjRef]) -> Option<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = Vec::with_capacity(bases.len() + 1);
    for b in bases {
        seqs.push(vm.type_obj(*b).mro.clone());
    }
    seqs.push(bases.to_vec());
    // Where each sequence's unmerged part starts.
    let mut starts = vec![0; seqs.len()];
    let mut out = vec![cls];
    loop {
        let mut candidate = None;
        let mut left = false;
        for (s, &start) in seqs.iter().zip(&starts) {
            let Some(&head) = s.get(start) else { continue };
            left = true;
            let mut in_tail = false;
            for (t, &t_start) in seqs.iter().zip(&starts) {
                in_tail |= t.get(t_start + 1..).is_some_and(|tail| tail.contains(&head));
            }
            if !in_tail {
                candidate = Some(head);
                break;
            }
        }
        if !left {
            return Some(out);
        }
        let c = candidate?;
        out.push(c);
        for (s, start) in seqs.iter().zip(starts.iter_mut()) {
            if s.get(*start) == Some(&c) {
                *start += 1;
            }
        }
    }
}

impl Vm {
    /// Create a Python class with namespace dict `ns`.
    pub fn create_class(&mut self, name: &str, mut bases: Vec<ObjRef>, ns: ObjRef) -> PyResult<ObjRef> {
        if bases.is_empty() {
            bases.push(self.types.object);
        }
        for b in &bases {
            let t = self.type_obj(*b);
            if t.builtin
                && matches!(*b, x if x == self.types.bool_ || x == self.types.range || x == self.types.slice || x == self.types.function || x == self.types.native_function || x == self.types.generator || x == self.types.none)
            {
                let n = t.name.clone();
                return Err(self.type_error_msg(format!("type '{n}' is not an acceptable base type")));
            }
        }
        let qualname = self
            .dict_get_str(ns, "__qualname__")
            .and_then(|q| self.as_str(q).map(String::from))
            .unwrap_or_else(|| name.to_string());
        let mut layout = Layout::Object;
        for b in &bases {
            let l = self.type_obj(*b).layout;
            if l != Layout::Object {
                layout = l;
                break;
            }
        }
        // The MRO before the class exists: its first entry, the class itself, is filled in once allocated.
        let Some(mut mro) = c3_merge(self, ns, &bases) else {
            return Err(self.type_error_msg("Cannot create a consistent method resolution order (MRO)"));
        };
        self.dict_store_mut(ns).mark_type_dict();
        let r = self.heap.alloc(Obj::Type(Box::new(Type {
            name: name.to_string(),
            qualname,
            bases,
            mro: Vec::new(),
            dict: ns,
            constructor: None,
            layout,
            builtin: false,
            metaclass: None,
            lazy: Vec::new(),
        })));
        mro[0] = r;
        if let Obj::Type(t) = self.heap.get_mut(r) {
            t.mro = mro;
        }
        // `__new__` written in Python is implicitly a static method, these two class methods.
        for (i, m) in ["__new__", "__init_subclass__", "__class_getitem__"].iter().enumerate() {
            if let Some(f @ Value::Obj(fr)) = self.dict_get_str(ns, m) {
                if matches!(self.heap.get(fr), Obj::Function(_)) {
                    let s = self.alloc(if i == 0 { Obj::StaticMethod(f) } else { Obj::ClassMethod(f) });
                    self.dict_set_str(ns, m, Value::Obj(s));
                }
            }
        }
        Ok(r)
    }

    /// `super()` inside a method: the class from the `__class__` cell, and the first argument.
    fn zero_arg_super(&mut self) -> PyResult<(ObjRef, Value)> {
        let Some(frame) = self.frames.last() else {
            return Err(self.runtime_error("super(): no arguments"));
        };
        let co = &frame.code.obj;
        let pos = co.freevars.iter().position(|n| n == "__class__");
        let cell = pos.map(|p| frame.cells[co.cellvars.len() + p]);
        let first = frame.locals.first().copied().flatten();
        let class = match cell {
            Some(Value::Obj(c)) => match self.heap.get(c) {
                Obj::Cell(Some(Value::Obj(k))) => Some(*k),
                _ => None,
            },
            _ => None,
        };
        match (class, first) {
            (Some(c), Some(o)) => Ok((c, o)),
            _ => Err(self.runtime_error("super(): no arguments")),
        }
    }

    /// `dir(v)` without a class `__dir__`, and `object.__dir__`: a list of the attribute names.
    pub fn dir_list(&mut self, v: Value) -> PyResult<Value> {
        let names = self.dir_names(v)?;
        let mut items = Vec::with_capacity(names.len());
        for n in &names {
            items.push(self.new_str(n));
        }
        Ok(self.new_list(items))
    }

    /// Attribute names for `dir()`.
    pub fn dir_names(&mut self, v: Value) -> PyResult<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        let add_dict = |vm: &Vm, d: ObjRef, names: &mut Vec<String>| {
            for k in vm.dict_store(d).keys() {
                if let Some(s) = vm.as_str(k) {
                    names.push(s.to_string());
                }
            }
        };
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Module(_)) => {
                if let Obj::Module(m) = self.heap.get(r) {
                    add_dict(self, m.dict, &mut names);
                }
            }
            _ => {
                if let Some(d) = self.instance_dict(v) {
                    add_dict(self, d, &mut names);
                }
                let class = match v {
                    Value::Obj(r) if matches!(self.heap.get(r), Obj::Type(_)) => r,
                    _ => self.type_of(v),
                };
                for c in self.type_obj(class).mro.clone() {
                    let dict = self.type_dict(c);
                    add_dict(self, dict, &mut names);
                }
                names.push("__class__".into());
            }
        }
        crate::objects::sort::sort_strings(&mut names);
        names.dedup();
        Ok(names)
    }
}

/// `__build_class__(body, name, *bases, metaclass=None, **kw)`: run the class body, then make the class.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error_msg("__build_class__: not enough arguments"));
    }
    let (body, name_v) = (args[0], args[1]);
    let name = vm.expect_str(name_v)?;
    let bases = base_types(vm, &args[2..])?;
    let mut metaclass = None;
    for (k, v) in kw {
        if vm.as_str(*k) == Some("metaclass") {
            metaclass = Some(*v);
        }
    }
    // Without an explicit one, the class gets the most derived metaclass of its bases.
    if metaclass.is_none() {
        let type_ = vm.types.type_;
        for b in &bases {
            let m = vm.type_of(Value::Obj(*b));
            let current = match metaclass {
                Some(Value::Obj(c)) => c,
                _ => type_,
            };
            if m != type_ && vm.is_subclass(m, current) {
                metaclass = Some(Value::Obj(m));
            }
        }
    }
    let ns = vm.new_dict();
    let fr = match body {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_)) => r,
        _ => return Err(vm.type_error_msg("__build_class__: func must be a function")),
    };
    let base = vm.frames.len();
    let cell = match vm.call_function(fr, &[], &[], crate::vm::frame::OnReturn::Native, Some(ns))? {
        crate::vm::call::CallOutcome::Pushed => vm.run_nested(base)?,
        crate::vm::call::CallOutcome::Done(v) => v,
    };
    let class = match metaclass {
        Some(m) if !(matches!(m, Value::Obj(r) if r == vm.types.type_)) => {
            let bt = vm.new_tuple(args[2..].to_vec());
            let c = vm.call(m, &[name_v, bt, Value::Obj(ns)])?;
            match c {
                Value::Obj(r) => r,
                _ => return Ok(c),
            }
        }
        _ => vm.create_class(&name, bases, ns)?,
    };
    // Fill the `__class__` cell for zero-argument super().
    if let Value::Obj(c) = cell {
        if let Obj::Cell(slot) = vm.heap.get_mut(c) {
            *slot = Some(Value::Obj(class));
        }
    }
    // `__init_subclass__` of the nearest base that defines one.
    let isc = vm.intern("__init_subclass__");
    let mro = vm.type_obj(class).mro.clone();
    for b in mro.iter().skip(1) {
        let d = vm.type_dict(*b);
        if let Some(Value::Obj(f)) = vm.dict_get_str_fast(d, isc) {
            if let Obj::ClassMethod(func) = *vm.heap.get(f) {
                let mut extra = Vec::with_capacity(kw.len());
                for &(k, v) in kw {
                    if vm.as_str(k) != Some("metaclass") {
                        extra.push((k, v));
                    }
                }
                vm.call_kw(func, &[Value::Obj(class)], &extra)?;
            }
            break;
        }
    }
    Ok(Value::Obj(class))
}

pub fn register(vm: &mut Vm) {
    let o = vm.types.object;
    vm.add_natives(o, NativeKind::Function, &[("__new__", object_new)]);
    vm.add_methods(
        o,
        &[
            ("__init__", object_init),
            method!("__eq__", Op::Eq),
            method!("__ne__", Op::Ne),
            method!("__hash__", Op::Hash),
            method!("__repr__", Op::Repr),
            method!("__str__", Op::Str),
            method!("__setattr__", Op::SetAttr),
            method!("__getattribute__", Op::GetAttribute),
            method!("__delattr__", Op::DelAttr),
            method!("__format__", Op::Format),
            method!("__dir__", Op::Dir),
        ],
    );
    vm.set_constructor(o, |vm, args, _| {
        let Some(Value::Obj(cls)) = args.first().copied() else { return Err(vm.type_error_msg("bad call")) };
        if args.len() > 1 && cls == vm.types.object {
            return Err(vm.type_error_msg("object() takes no arguments"));
        }
        Ok(vm.new_instance(cls))
    });
    let t = vm.types.type_;
    vm.set_constructor(t, type_dunder_new);
    vm.add_natives(t, NativeKind::Function, &[("__new__", type_dunder_new)]);
    vm.add_methods(t, &[("__call__", type_call)]);
    vm.add_methods(t, &[("mro", type_mro), ("__subclasscheck__", type_subclasscheck)]);
    vm.set_constructor(vm.types.super_, super_new);
    let p = vm.types.property;
    vm.set_constructor(p, property_new);
    vm.add_methods(
        p,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
        ],
    );
    vm.set_constructor(vm.types.staticmethod, staticmethod_new);
    vm.set_constructor(vm.types.classmethod, classmethod_new);
}
