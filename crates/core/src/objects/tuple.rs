//! `tuple`: constructor and methods.

use crate::objects::function::Kwargs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let items = match args.get(1) {
        Some(v) => vm.collect_iter(*v)?,
        None => Vec::new(),
    };
    Ok(vm.new_tuple(items))
}

pub fn register(vm: &mut Vm) {
    vm.set_constructor(vm.types.tuple, tuple_new);
}
