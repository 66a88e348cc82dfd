//! `select`: the `poll()` object asyncio's scheduler waits on. The core has no pollable streams, so a poll
//! reports no events; what matters is its timeout, which suspends the VM (as `time.sleep` does) instead of
//! spinning, so an idle event loop hands control back to the host.

use super::util;
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Request, Suspend, Vm};

const POLLIN: i64 = 1;
const POLLOUT: i64 = 4;
const POLLERR: i64 = 8;
const POLLHUP: i64 = 16;
/// How long a poll with no timeout waits before the scheduler looks again (nothing can wake it sooner).
const FOREVER_SLICE_MS: u64 = 100;

/// The registered objects, by identity (kept alive through `trace`).
#[derive(Default)]
struct Poll(Vec<(Value, i64)>);

crate::keyed_type!(Poll);
impl crate::objects::instance::NativeState for Poll {
    fn trace(&self, out: &mut Vec<Value>) {
        for (v, _) in &self.0 {
            out.push(*v);
        }
    }
}

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    for (name, v) in [("POLLIN", POLLIN), ("POLLOUT", POLLOUT), ("POLLERR", POLLERR), ("POLLHUP", POLLHUP)] {
        vm.dict_set_str(dict, name, Value::Int(v));
    }
    util::add_functions(vm, dict, &[("poll", poll)]);
    Ok(())
}

fn poll_class(vm: &mut Vm) -> PyResult<ObjRef> {
    util::class(vm, "poll", |vm| {
        let c = vm.new_native_class("poll", None);
        vm.add_methods(
            c,
            &[("register", register), ("modify", modify), ("unregister", unregister), ("poll", wait), ("ipoll", wait)],
        );
        Ok(c)
    })
}

fn poll(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let class = poll_class(vm)?;
    Ok(vm.new_native_instance(class, Box::new(Poll::default())))
}

fn state(vm: &mut Vm, v: Value) -> PyResult<&mut Poll> {
    let err = vm.type_error_msg("poll object expected");
    vm.native_state_mut::<Poll>(v).ok_or(err)
}

fn mask_arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i) {
        Some(v) => vm.expect_index(*v),
        None => Ok(POLLIN | POLLOUT),
    }
}

fn object_arg(vm: &Vm, args: &[Value], func: &str) -> PyResult<Value> {
    args.get(1).copied().ok_or_else(|| vm.type_error_msg(format!("{func}() missing required argument 'obj'")))
}

/// `register(obj, eventmask=POLLIN|POLLOUT)`: registering again updates the mask.
fn register(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    set_mask(vm, args, "register")
}

/// `modify(obj, eventmask)`: as `register`, for an object registered already.
fn modify(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    set_mask(vm, args, "modify")
}

fn set_mask(vm: &mut Vm, args: &[Value], func: &str) -> PyResult<Value> {
    let obj = object_arg(vm, args, func)?;
    let mask = mask_arg(vm, args, 2)?;
    let p = state(vm, args[0])?;
    match p.0.iter_mut().find(|(o, _)| o.is(obj)) {
        Some(entry) => entry.1 = mask,
        None if func == "register" => p.0.push((obj, mask)),
        None => return Err(util::os_error(vm, 2)),
    }
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = object_arg(vm, args, "unregister")?;
    // Registering an object again updates its entry, so it has one at most: no `retain` (instantiated for
    // this use alone) needed.
    let entries = &mut state(vm, args[0])?.0;
    if let Some(i) = entries.iter().position(|(o, _)| o.is(obj)) {
        entries.remove(i);
    }
    Ok(Value::None)
}

/// `poll(timeout_ms=-1)` / `ipoll(...)`: no events ever; waits out the timeout by suspending the VM.
fn wait(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    state(vm, args[0])?;
    let timeout = match args.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => vm.expect_index(*v)?,
    };
    let ms = if timeout < 0 { FOREVER_SLICE_MS } else { timeout as u64 };
    if ms > 0 {
        let until_ns = vm.host.monotonic_ns().saturating_add(ms.saturating_mul(1_000_000));
        vm.request = Some(Request::Suspend(Suspend::Sleep { until_ns }));
    }
    Ok(vm.new_list(Vec::new()))
}
