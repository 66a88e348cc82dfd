//! `time`: the board clock (monotonic, monotonic_ns), non-blocking `sleep` (the VM suspends and the host
//! resumes it when the time has come), wall-clock `time()`, and `struct_time` conversions (UTC: boards have no
//! time zone).

use super::util;
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Request, Suspend, Vm};

const FIELDS: [&str; 9] =
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("sleep", sleep),
            ("time", time),
            ("time_ns", time_ns),
            ("localtime", localtime),
            ("gmtime", localtime),
            ("mktime", mktime),
        ],
    );
    let st = struct_time_class(vm)?;
    vm.dict_set_str(dict, "struct_time", Value::Obj(st));
    Ok(())
}

fn struct_time_class(vm: &mut Vm) -> PyResult<ObjRef> {
    util::class(vm, "struct_time", |vm| {
        let class = super::collections::make_namedtuple(vm, "struct_time", &FIELDS)?;
        let new = vm.new_native("__new__", struct_time_new, crate::objects::function::NativeKind::Function);
        vm.type_dict_set(class, "__new__", new);
        Ok(class)
    })
}

/// `struct_time(seq)`: unlike other namedtuples it takes one 9-item sequence, as in CPython and CircuitPython
/// (adafruit_datetime builds them so).
fn struct_time_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some((&Value::Obj(class), [seq])) = args.split_first() else {
        return Err(vm.type_error_msg("struct_time() takes exactly one argument"));
    };
    let items = vm.collect_iter(*seq)?;
    if items.len() != FIELDS.len() {
        let msg = format!("time.struct_time() takes a 9-sequence ({}-sequence given)", items.len());
        return Err(vm.type_error_msg(msg));
    }
    Ok(super::collections::new_namedtuple(vm, class, items))
}

fn monotonic(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::float(vm.host.monotonic_ns() as f64 / 1e9))
}

fn monotonic_ns(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.host.monotonic_ns() as i64))
}

/// Suspends the VM until the board clock reaches the deadline, so the host's event loop keeps running.
fn sleep(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let secs = match args.first() {
        Some(v) => vm.expect_f64(*v)?,
        None => return Err(vm.type_error_msg("sleep() takes exactly one argument")),
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let now = vm.host.monotonic_ns();
    let until_ns = now.saturating_add((secs.min(1e10) * 1e9) as u64);
    vm.request = Some(Request::Suspend(Suspend::Sleep { until_ns }));
    Ok(Value::None)
}

fn time(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.host.unix_time().floor() as i64))
}

fn time_ns(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int((vm.host.unix_time() * 1e9) as i64))
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

/// (year, month, day) to days since 1970-01-01; month and day may be out of range and carry over.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = y + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `localtime([secs])`/`gmtime([secs])`: a struct_time in UTC.
fn localtime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let secs = match args.first() {
        None | Some(Value::None) => vm.host.unix_time().floor() as i64,
        Some(v) => {
            let f = vm.expect_f64(*v)?;
            if !f.is_finite() || f.abs() > 1e15 {
                return Err(vm.new_error(vm.exc.overflow_error, "timestamp out of range for platform time_t"));
            }
            f.floor() as i64
        }
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (Monday is 0).
    let yday = days - days_from_civil(y, 1, 1) + 1;
    let items = [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, wday, yday, 0].map(Value::Int).to_vec();
    let class = struct_time_class(vm)?;
    Ok(super::collections::new_namedtuple(vm, class, items))
}

/// `mktime(t)`: seconds since the epoch for a 9-tuple in UTC.
fn mktime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let t = *args.first().ok_or_else(|| vm.type_error_msg("mktime() takes exactly one argument"))?;
    let items = vm.seq_items(t).ok_or_else(|| vm.type_error_msg("Tuple or struct_time argument required"))?;
    if items.len() != 9 {
        return Err(vm.type_error_msg("function takes exactly 9 arguments"));
    }
    let mut f = [0i64; 6];
    for (slot, v) in f.iter_mut().zip(items.iter()) {
        *slot = vm.expect_index(*v)?.clamp(-1_000_000_000, 1_000_000_000);
    }
    let days = days_from_civil(f[0], f[1], f[2]);
    Ok(Value::Int(days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5]))
}
