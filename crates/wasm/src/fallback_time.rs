//! A minimal `time` module (`sleep`, `monotonic`, `monotonic_ns`, `time`) registered only while the core
//! has none of its own, so that sleeping (which suspends the VM and becomes a JS timer) works end to end.
//! Remove this file once the core's standard `time` module lands.

use circuitpython_core::objects::function::NativeKind;
use circuitpython_core::vm::Request;
use circuitpython_core::{ObjRef, PyResult, Suspend, Value, Vm};

type Kwargs<'a> = &'a [(Value, Value)];

pub fn register_if_missing(vm: &mut Vm) {
    if !vm.native_modules.contains_key("time") {
        vm.register_native_module("time", init);
    }
}

fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    let fns: [(&'static str, circuitpython_core::objects::function::NativeFn); 4] =
        [("sleep", sleep), ("monotonic", monotonic), ("monotonic_ns", monotonic_ns), ("time", time)];
    for (name, f) in fns {
        let v = vm.new_native(name, f, NativeKind::Function);
        vm.dict_set_str(dict, name, v);
    }
    Ok(())
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [secs] = args else { return Err(vm.type_error_msg("function takes 1 positional arguments")) };
    let secs = vm.expect_f64(*secs)?;
    if secs < 0.0 || secs.is_nan() {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let now = vm.host.monotonic_ns();
    let until_ns = now.saturating_add((secs.min(1e9) * 1e9) as u64);
    vm.request = Some(Request::Suspend(Suspend::Sleep { until_ns }));
    Ok(Value::None)
}

fn monotonic(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(vm.host.monotonic_ns() as f64 / 1e9))
}

fn monotonic_ns(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.host.monotonic_ns() as i64))
}

fn time(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.host.unix_time() as i64))
}
