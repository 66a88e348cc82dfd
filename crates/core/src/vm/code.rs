//! Runtime code: the compiler's `CodeObject` plus its names and constants turned into VM values once (names
//! interned, big ints and tuples built), so instructions index them directly.

use crate::bytecode::CodeObject;
use crate::value::Value;
use std::rc::Rc;

pub struct Code {
    /// Shared with the constants of the enclosing code, which hold it (loading a nested function's code
    /// copies nothing).
    pub obj: Rc<CodeObject>,
    /// `obj.names`, interned.
    pub names: Vec<Value>,
    /// `obj.consts` as values (nested code objects become `Obj::Code`).
    pub consts: Vec<Value>,
    /// `obj.varnames`, interned (for binding keyword arguments).
    pub varnames: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    /// `obj.name` shared, for traceback entries.
    pub name_rc: std::rc::Rc<str>,
    /// One inline cache per instruction (used by name loads and stores): see `vm::interp`.
    pub caches: Vec<std::cell::Cell<NameCache>>,
}

/// An unused place in `NameCache::InstanceAttr::classes`.
pub const NO_CLASS: u32 = u32::MAX;

/// What an instruction found last time, to repeat it cheaply: for name loads, an entry index in the frame's
/// namespace, or in `builtins` while the namespace's key set is unchanged (so the name is still absent
/// from it); for attribute loads and method calls, where the attribute was for instances of one class
/// (two for instance attributes).
#[derive(Clone, Copy, Debug, Default)]
pub enum NameCache {
    #[default]
    Empty,
    Namespace(u32),
    Builtins {
        index: u32,
        namespace_keys: u32,
    },
    /// An attribute of instances of any of `classes` (by handle, the latest first; `NO_CLASS` in unused
    /// places: a base class's methods see instances of its subclasses too), stored at `index` in the
    /// instance dict and not shadowed by a data descriptor, while no class namespace changes
    /// (`type_dict_epoch == epoch`).
    InstanceAttr {
        classes: [u32; 3],
        epoch: u32,
        index: u32,
    },
    /// A method found on `class` for `CallMethod`, valid at `epoch`.
    Method {
        class: u32,
        epoch: u32,
        method: crate::value::Value,
    },
}

impl Code {
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.names);
        out.extend_from_slice(&self.consts);
        out.extend_from_slice(&self.varnames);
        out.push(self.name);
        out.push(self.qualname);
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.obj.lines.get(ip).copied().unwrap_or(self.obj.first_line)
    }
}
