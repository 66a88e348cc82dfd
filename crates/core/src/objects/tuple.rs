//! `tuple`: constructor and methods.

use crate::builtins::{check_args, Finish, Iteration};
use crate::heap::Obj;
use crate::objects::function::Kwargs;
use crate::objects::list::{receiver, seq_count, seq_index, READ_PROTOCOL};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "tuple", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        Some(v) if args[0].is(Value::Obj(vm.types.tuple)) => match vm.iteration(*v)? {
            Iteration::Python(it) => return vm.drive_collect(it, Finish::Tuple, None),
            Iteration::Native(v) => vm.collect_iter(v)?,
        },
        Some(v) => vm.collect_iter(*v)?,
        None => Vec::new(),
    };
    Ok(vm.new_tuple(items))
}

fn tuple_ref(vm: &Vm, args: &[Value]) -> PyResult<ObjRef> {
    let v = receiver(vm, args)?;
    match vm.unwrap_base(v) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)) => Ok(r),
        _ => Err(vm.type_error_msg(format!("descriptor for 'tuple' doesn't apply to '{}'", vm.type_name(v)))),
    }
}

fn tuple_index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let r = tuple_ref(vm, args)?;
    seq_index(vm, r, args)
}

fn tuple_count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let r = tuple_ref(vm, args)?;
    seq_count(vm, r, args)
}

fn tuple_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    let r = tuple_ref(vm, args)?;
    vm.getitem(Value::Obj(r), args[1])
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.tuple;
    vm.set_constructor(t, tuple_new);
    vm.add_methods(t, &[("index", tuple_index), ("count", tuple_count), ("__getitem__", tuple_getitem)]);
    vm.add_methods(t, READ_PROTOCOL);
}
