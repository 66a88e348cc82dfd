//! `BaseException` and its methods (the hierarchy itself is built in `vm::init`).

use crate::objects::function::Kwargs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn exc_init(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = vm.new_tuple(args[1..].to_vec());
    if let Some(d) = vm.exc_data_mut(args[0]) {
        d.args = a;
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = vm.try_exception_str(args[0])?;
    Ok(vm.new_string(s))
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args[0])
}

pub fn register(vm: &mut Vm) {
    let b = vm.exc.base_exception;
    vm.add_methods(b, &[("__init__", exc_init), ("__str__", exc_str), ("with_traceback", exc_with_traceback)]);
}
