//! `traceback`: format_exception and print_exception, in both call forms (`(exc)` and CPython's
//! `(etype, value, tb)`), over the VM's traceback formatter; and `builtins`, a module over the builtins dict.

use super::util::{self, kwarg};
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(vm, dict, &[("format_exception", format_exception), ("print_exception", print_exception)]);
    Ok(())
}

/// `builtins`: its namespace is the builtins dict itself, so assignments are seen everywhere.
pub fn init_builtins(vm: &mut Vm, _dict: ObjRef) -> PyResult<()> {
    let key = vm.new_str("builtins");
    if let Some(Value::Obj(m)) = vm.dict_get(vm.modules, key)? {
        let b = vm.builtins;
        if let crate::heap::Obj::Module(module) = vm.heap.get_mut(m) {
            module.dict = b;
        }
    }
    Ok(())
}

/// The exception a call names: the first argument, or the `value` of `(etype, value, tb)`.
fn exception_arg(vm: &Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let first = args.first().copied().or_else(|| kwarg(vm, kw, "exc"));
    let exc = match (first, args.get(1).copied().or_else(|| kwarg(vm, kw, "value"))) {
        (Some(e), _) if vm.is_exception_instance(e) => e,
        (_, Some(v)) if vm.is_exception_instance(v) => v,
        _ => return Err(vm.type_error_msg("exception expected")),
    };
    Ok(exc)
}

fn format_exception(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let exc = exception_arg(vm, args, kw)?;
    let text = vm.format_exception(exc);
    // A loop, not `map().collect()`: that chain's iterator code was this function's alone.
    let mut lines = Vec::new();
    for l in text.split_inclusive('\n') {
        lines.push(vm.new_str(l));
    }
    Ok(vm.new_list(lines))
}

fn print_exception(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let exc = exception_arg(vm, args, kw)?;
    let text = vm.format_exception(exc);
    let file =
        kwarg(vm, kw, "file").or_else(|| if vm.is_exception_instance(args[0]) { None } else { args.get(4).copied() });
    super::sys::write_to(vm, file, &text)?;
    Ok(Value::None)
}
