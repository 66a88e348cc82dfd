//! `slice`: the constructor (`slice(stop)`, `slice(start, stop[, step])`) and `indices(len)`.

use crate::builtins::check_args;
use crate::heap::Obj;
use crate::objects::function::Kwargs;
use crate::objects::seq::slice_indices;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn slice_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = &args[1..];
    check_args(vm, "slice", a, 1, 3)?;
    let (start, stop, step) = match *a {
        [stop] => (Value::None, stop, Value::None),
        [start, stop] => (start, stop, Value::None),
        [start, stop, step] => (start, stop, step),
        _ => unreachable!("check_args bounds the count"),
    };
    Ok(Value::Obj(vm.alloc(Obj::Slice { start, stop, step })))
}

/// `s.indices(len)`: the `(start, stop, step)` the slice selects from a sequence of that length.
fn slice_indices_method(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "indices", args, 2, 2)?;
    let len = vm.expect_index(args[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices(vm, args[0], len as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.slice;
    vm.set_constructor(t, slice_new);
    vm.add_methods(t, &[("indices", slice_indices_method)]);
}
