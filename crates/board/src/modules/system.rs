//! `supervisor` (runtime, ticks_ms, reload, set_next_code_file), `storage` (remount: the drive-writable flag
//! the host's file system honours) and `alarm` (`alarm.time.TimeAlarm`, `light_sleep_until_alarms`).

use crate::modules::inputs::ticks_ms_at;
use crate::util::{self, add_class, add_functions, add_property, kwarg};
use circuitpython_core::objects::function::Kwargs;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::vm::Request;
use circuitpython_core::{ObjRef, PyResult, Suspend, Value, Vm};

struct Runtime;
circuitpython_core::keyed_type!(Runtime);
impl NativeState for Runtime {}

pub fn init_supervisor(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let class = add_class(vm, m, "Runtime", None, &[]);
    add_property(vm, class, "serial_connected", true_value, None);
    add_property(vm, class, "usb_connected", false_value, None);
    add_property(vm, class, "serial_bytes_available", false_value, None);
    add_property(vm, class, "autoreload", false_value, Some(ignore_setter));
    let runtime = vm.new_native_instance(class, Box::new(Runtime));
    vm.dict_set_str(m, "runtime", runtime);
    add_functions(
        vm,
        m,
        &[
            ("ticks_ms", ticks_ms),
            ("reload", reload),
            ("set_next_code_file", set_next_code_file),
            ("disable_autoreload", ignore),
            ("enable_autoreload", ignore),
            ("set_rgb_status_brightness", ignore),
        ],
    );
    Ok(())
}

fn true_value(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::TRUE)
}

fn false_value(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn ignore_setter(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn ignore(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

/// Milliseconds of board time, wrapping at 2**29 as CircuitPython's does.
fn ticks_ms(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(ticks_ms_at(util::now_ns(vm))))
}

/// `supervisor.reload()`: end the program; the host soft-reboots when `reload_requested` is set.
fn reload(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    util::board(vm).borrow_mut().reload_requested = true;
    Err(vm.new_error(vm.exc.system_exit, ""))
}

fn set_next_code_file(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let file = match args.first().copied().or_else(|| kwarg(vm, kw, "filename")) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.expect_str(v)?),
    };
    util::board(vm).borrow_mut().next_code_file = file;
    Ok(Value::None)
}

pub fn init_storage(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(
        vm,
        m,
        &[("remount", remount), ("disable_usb_drive", ignore), ("enable_usb_drive", ignore), ("getmount", getmount)],
    );
    Ok(())
}

/// `remount(mount_path, readonly=False, *, disable_concurrent_write_protection=False)`.
fn remount(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let path = args.first().copied().or_else(|| kwarg(vm, kw, "mount_path"));
    let Some(path) = path else { return Err(vm.type_error_msg("'mount_path' argument required")) };
    if vm.expect_str(path)? != "/" {
        return Err(vm.value_error("Invalid mount point"));
    }
    let readonly = match args.get(1).copied().or_else(|| kwarg(vm, kw, "readonly")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    circuitpython_core::modules::os::set_drive_writable(vm, !readonly);
    Ok(Value::None)
}

fn getmount(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(vm.new_error(vm.exc.not_implemented_error, "getmount"))
}

/// A `TimeAlarm` fires at a board time.
struct TimeAlarm {
    monotonic_ns: u64,
    monotonic_time: f64,
}
circuitpython_core::keyed_type!(TimeAlarm);
impl NativeState for TimeAlarm {}

pub fn init_alarm(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let time = vm.import_one("alarm.time")?;
    vm.dict_set_str(m, "time", time);
    vm.dict_set_str(m, "wake_alarm", Value::None);
    add_functions(
        vm,
        m,
        &[("light_sleep_until_alarms", light_sleep_until_alarms), ("exit_and_deep_sleep_until_alarms", deep_sleep)],
    );
    Ok(())
}

pub fn init_alarm_time(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let class = add_class(vm, m, "TimeAlarm", Some(time_alarm_new), &[]);
    add_property(vm, class, "monotonic_time", time_alarm_monotonic_time, None);
    Ok(())
}

/// `TimeAlarm(*, monotonic_time=None, epoch_time=None)`.
fn time_alarm_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let now = util::now_ns(vm);
    let seconds = match (kwarg(vm, kw, "monotonic_time"), kwarg(vm, kw, "epoch_time")) {
        (Some(m), None) if !m.is_none() => vm.expect_f64(m)?,
        (None, Some(e)) if !e.is_none() => {
            let epoch = vm.expect_f64(e)?;
            let unix_now = vm.host.unix_time();
            now as f64 / 1e9 + (epoch - unix_now)
        }
        _ => return Err(vm.value_error("Supply one of monotonic_time or epoch_time")),
    };
    let monotonic_ns = if seconds > 0.0 { (seconds * 1e9) as u64 } else { 0 };
    Ok(vm.new_native_instance(class, Box::new(TimeAlarm { monotonic_ns, monotonic_time: seconds })))
}

fn time_alarm_monotonic_time(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let t = vm.native_state::<TimeAlarm>(args[0]).map_or(0.0, |a| a.monotonic_time);
    Ok(Value::float(t))
}

/// The earliest alarm among the arguments and its time.
fn earliest(vm: &Vm, args: &[Value]) -> PyResult<(Value, u64)> {
    let mut best: Option<(Value, u64)> = None;
    for &a in args {
        let Some(t) = vm.native_state::<TimeAlarm>(a) else {
            return Err(vm.type_error_for("Expected an alarm, got ", a, ""));
        };
        if best.is_none_or(|(_, b)| t.monotonic_ns < b) {
            best = Some((a, t.monotonic_ns));
        }
    }
    best.ok_or_else(|| vm.value_error("No alarms"))
}

/// Sleep (suspending the VM like `time.sleep`) until the first alarm; it is returned and becomes
/// `alarm.wake_alarm`.
fn light_sleep_until_alarms(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return Ok(Value::None);
    }
    let (alarm, until_ns) = earliest(vm, args)?;
    let alarm_module = vm.import_one("alarm")?;
    vm.setattr_str(alarm_module, "wake_alarm", alarm)?;
    if until_ns > util::now_ns(vm) {
        vm.request = Some(Request::Suspend(Suspend::Sleep { until_ns }));
    }
    Ok(alarm)
}

/// With a host attached CircuitPython only simulates deep sleep: sleep until the alarm, then restart code.
fn deep_sleep(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (_, until_ns) = earliest(vm, args)?;
    let now = util::now_ns(vm);
    if until_ns > now {
        vm.host.sleep_blocking(until_ns);
        util::board(vm).borrow_mut().advance_to(until_ns);
    }
    util::board(vm).borrow_mut().reload_requested = true;
    Err(vm.new_error(vm.exc.system_exit, ""))
}
