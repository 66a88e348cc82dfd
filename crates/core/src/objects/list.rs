//! `list`: constructor and methods.

use crate::heap::Obj;
use crate::objects::function::Kwargs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn list_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let items = match args.get(1) {
        Some(v) => vm.collect_iter(*v)?,
        None => Vec::new(),
    };
    Ok(vm.new_list(items))
}

fn list_append(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let target = vm.unwrap_base(args[0]);
    let Value::Obj(r) = target else { return Err(vm.type_error_msg("list expected")) };
    match vm.heap.get_mut(r) {
        Obj::List(l) => l.push(args[1]),
        _ => return Err(vm.type_error_msg("list expected")),
    }
    vm.heap.resize(r);
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.list;
    vm.set_constructor(t, list_new);
    vm.add_methods(t, &[("append", list_append)]);
}
