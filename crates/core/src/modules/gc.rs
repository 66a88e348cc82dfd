//! `gc`: collection on request, the board heap's free and used bytes, and automatic collection on/off.

use super::util;
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Request, Vm};

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("collect", collect),
            ("mem_free", mem_free),
            ("mem_alloc", mem_alloc),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("threshold", threshold),
        ],
    );
    Ok(())
}

/// The VM collects once this native has returned, at a point where no native code holds values.
fn collect(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    vm.request = Some(Request::Collect);
    Ok(Value::None)
}

fn mem_free(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.free_bytes() as i64))
}

fn mem_alloc(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.used() as i64))
}

fn enable(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    vm.heap.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    vm.heap.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::bool(vm.heap.enabled))
}

/// Stored threshold (`-1` until set); the collector's own pacing follows the live set.
struct Threshold(i64);
crate::keyed_type!(Threshold);

fn threshold(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::Int(vm.extension::<Threshold>().map_or(-1, |t| t.0))),
        Some(v) => {
            let n = vm.expect_index(*v)?;
            vm.set_extension(Threshold(n));
            Ok(Value::None)
        }
    }
}
