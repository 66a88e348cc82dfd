//! `type` objects: name, bases, the C3 method resolution order, the class namespace, and for builtin types the
//! native constructor and the layout their instances need.

use crate::objects::function::{NativeFn, NativeKind};
use crate::value::{ObjRef, Value};

pub struct Type {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<ObjRef>,
    /// This type first, `object` last.
    pub mro: Vec<ObjRef>,
    pub dict: ObjRef,
    /// Builds an instance for `Type(...)` when no Python `__new__` is defined: receives `[cls, args...]`.
    pub constructor: Option<NativeFn>,
    /// What instances of this type (or of Python subclasses of it) are made of.
    pub layout: Layout,
    /// Builtin types are immutable from Python.
    pub builtin: bool,
    /// The class of this class when it is not `type` (a Python metaclass).
    pub metaclass: Option<ObjRef>,
    /// Natives declared for this type but not yet in `dict` (see `Vm::type_dict`), in declaration order.
    pub lazy: Vec<LazyNatives>,
}

/// Methods a builtin or native class declares as static tables. Their function objects are made on the type's
/// first lookup rather than when the VM starts (MicroPython keeps such tables in ROM): a program touches a few
/// of the ~1,500, so start-up does less work and the board's heap starts emptier.
#[derive(Clone, Copy)]
pub enum LazyNatives {
    /// (name, function) pairs, made into natives of this kind; a later table overrides an earlier one.
    Table(&'static [(&'static str, NativeFn)], NativeKind),
    /// The special methods (`__add__`, `__eq__`, ...) the tables before it left undefined (objects::dunders).
    Dunders,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A plain instance (subclasses of `object`).
    Object,
    /// An exception instance.
    Exception,
    /// Builtin values with their own `Obj` representation; Python subclasses wrap one (`Payload::Base`).
    Builtin,
    /// Instances carry Rust state made by the constructor.
    Native,
}

impl Type {
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.bases.iter().map(|b| Value::Obj(*b)));
        out.extend(self.mro.iter().map(|b| Value::Obj(*b)));
        out.push(Value::Obj(self.dict));
        out.extend(self.metaclass.map(Value::Obj));
    }
}
