//! Helpers the module files share: argument lookup (positional or keyword), filling a module dict with
//! natives, and the registry of native classes that modules create once and reuse (kept alive by pinning).

use crate::objects::function::{Kwargs, NativeFn, NativeKind};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A keyword argument by name.
pub fn kwarg(vm: &Vm, kw: Kwargs, name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| vm.as_str(*k) == Some(name)).map(|(_, v)| *v)
}

/// Argument `i` given positionally or by keyword `name`.
pub fn arg(vm: &Vm, args: &[Value], kw: Kwargs, i: usize, name: &str) -> Option<Value> {
    args.get(i).copied().or_else(|| kwarg(vm, kw, name))
}

/// A required argument, or `TypeError` naming the function.
pub fn need(vm: &Vm, args: &[Value], kw: Kwargs, i: usize, name: &str, func: &str) -> PyResult<Value> {
    arg(vm, args, kw, i, name).ok_or_else(|| vm.type_error_msg(format!("{func}() missing required argument '{name}'")))
}

/// A str value for each of `items`: a plain loop, not a `map().collect()` (whose iterator adapters would be
/// instantiated at each of its callers).
pub fn str_values<S: AsRef<str>>(vm: &mut Vm, items: &[S]) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len());
    for s in items {
        out.push(vm.new_str(s.as_ref()));
    }
    out
}

/// Put module-level functions into a module dict.
pub fn add_functions(vm: &mut Vm, dict: ObjRef, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        let v = vm.new_native(name, *f, NativeKind::Function);
        vm.dict_set_str(dict, name, v);
    }
}

/// A read-only property computed by `fget(self)`.
pub fn add_property(vm: &mut Vm, class: ObjRef, name: &'static str, fget: NativeFn) {
    let fget = vm.new_native(name, fget, NativeKind::Function);
    let prop = crate::heap::Obj::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
    let prop = Value::Obj(vm.alloc(prop));
    vm.type_dict_set(class, name, prop);
}

/// Native classes created by modules, by key (a few: a list). They are pinned, so they outlive their module's dict.
#[derive(Default)]
struct ModuleClasses(Vec<(&'static str, ObjRef)>);
crate::keyed_type!(ModuleClasses);

/// The class registered under `key`, creating it with `make` the first time.
pub fn class(vm: &mut Vm, key: &'static str, make: fn(&mut Vm) -> PyResult<ObjRef>) -> PyResult<ObjRef> {
    let known = vm.extension::<ModuleClasses>().and_then(|m| m.0.iter().find(|(k, _)| *k == key));
    if let Some(&(_, c)) = known {
        return Ok(c);
    }
    let c = make(vm)?;
    vm.pin(Value::Obj(c));
    if vm.extension::<ModuleClasses>().is_none() {
        vm.set_extension(ModuleClasses::default());
    }
    if let Some(m) = vm.extension_mut::<ModuleClasses>() {
        m.0.push((key, c));
    }
    Ok(c)
}

/// A native iterator class named `name`: `__iter__` answers the iterator itself, `__next__` is `next`.
pub fn iterator_class(vm: &mut Vm, name: &'static str, next: NativeFn) -> ObjRef {
    let c = vm.new_native_class(name, None);
    // `next` differs between callers, so this table is not static: its natives are made now.
    let iter_self = vm.new_native("__iter__", |_vm, a, _k| Ok(a[0]), NativeKind::Method);
    vm.type_dict_set(c, "__iter__", iter_self);
    let next = vm.new_native("__next__", next, NativeKind::Method);
    vm.type_dict_set(c, "__next__", next);
    c
}

/// An `OSError` carrying an errno, as CircuitPython raises them (`OSError(2)`).
pub fn os_error(vm: &mut Vm, errno: i64) -> crate::vm::PyErr {
    crate::vm::PyErr::arg(vm.exc.os_error, Value::Int(errno))
}
