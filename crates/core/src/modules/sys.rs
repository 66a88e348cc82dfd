//! `sys`: argv, path, modules, implementation, platform, version, byteorder, maxsize, the standard streams,
//! exit, print_exception and exc_info.

use super::util::{self, arg};
use crate::host::Stream;
use crate::objects::function::Kwargs;
use crate::objects::instance::NativeState;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Request, Suspend, Vm};

/// What the board reports in `sys.platform` and `sys.implementation._machine`; a board layer may set it as
/// a VM extension before `sys` is first imported.
pub struct BoardIdentity {
    pub platform: String,
    pub machine: String,
}
crate::keyed_type!(BoardIdentity);

impl Default for BoardIdentity {
    fn default() -> Self {
        BoardIdentity { platform: "RP2040".into(), machine: "Raspberry Pi Pico with rp2040".into() }
    }
}

/// `sys.stdin`, `sys.stdout` or `sys.stderr`.
struct StdStream(u8);
crate::keyed_type!(StdStream);
impl NativeState for StdStream {}

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    let argv = util::str_values(vm, &vm.argv.clone());
    let argv = vm.new_list(argv);
    vm.dict_set_str(dict, "argv", argv);
    let path = util::str_values(vm, &crate::vm::import::DEFAULT_PATH);
    let path = vm.new_list(path);
    vm.dict_set_str(dict, "path", path);
    let modules = Value::Obj(vm.modules);
    vm.dict_set_str(dict, "modules", modules);
    let board = match vm.extension::<BoardIdentity>() {
        Some(b) => (b.platform.clone(), b.machine.clone()),
        None => {
            let d = BoardIdentity::default();
            (d.platform, d.machine)
        }
    };
    let imp_class =
        super::collections::make_namedtuple(vm, "implementation", &["name", "version", "_machine", "_mpy"])?;
    let name = vm.new_str("circuitpython");
    let version = vm.new_tuple(vec![Value::Int(10), Value::Int(0), Value::Int(0)]);
    let machine = vm.new_str(&board.1);
    let implementation = super::collections::new_namedtuple(vm, imp_class, vec![name, version, machine, Value::Int(6)]);
    vm.dict_set_str(dict, "implementation", implementation);
    let platform = vm.new_str(&board.0);
    vm.dict_set_str(dict, "platform", platform);
    let version = vm.new_str("3.4.0; CircuitPython 10.0.0");
    vm.dict_set_str(dict, "version", version);
    let version_info = vm.new_tuple(vec![Value::Int(3), Value::Int(4), Value::Int(0)]);
    vm.dict_set_str(dict, "version_info", version_info);
    let byteorder = vm.new_str("little");
    vm.dict_set_str(dict, "byteorder", byteorder);
    vm.dict_set_str(dict, "maxsize", Value::Int(i32::MAX as i64));
    // Keyed apart from io's binary-file class, which is also named FileIO.
    let stream_class = util::class(vm, "sys.FileIO", make_stream_class)?;
    for (i, name) in ["stdin", "stdout", "stderr"].iter().enumerate() {
        let s = vm.new_native_instance(stream_class, Box::new(StdStream(i as u8)));
        vm.dict_set_str(dict, name, s);
    }
    util::add_functions(vm, dict, &[("exit", exit), ("print_exception", print_exception), ("exc_info", exc_info)]);
    Ok(())
}

fn make_stream_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let c = vm.new_native_class("FileIO", None);
    vm.add_methods(
        c,
        &[
            ("write", stream_write),
            ("read", stream_read),
            ("readline", stream_read),
            ("flush", |_vm, _a, _k| Ok(Value::None)),
            ("__repr__", stream_repr),
        ],
    );
    Ok(c)
}

fn stream_number(vm: &Vm, v: Value) -> PyResult<u8> {
    vm.native_state::<StdStream>(v).map(|s| s.0).ok_or_else(|| vm.type_error_msg("FileIO expected"))
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = stream_number(vm, args[0])?;
    let data = *args.get(1).ok_or_else(|| vm.type_error_msg("write() takes exactly one argument"))?;
    let text = match vm.as_str(data) {
        Some(s) => s.to_string(),
        None => match vm.as_bytes(data) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => return Err(vm.type_error_msg("object with buffer protocol required")),
        },
    };
    let stream = match n {
        2 => Stream::Stderr,
        1 => Stream::Stdout,
        _ => return Err(util::os_error(vm, 9)),
    };
    vm.write(stream, &text);
    Ok(Value::Int(text.len() as i64))
}

/// `sys.stdin.read()`/`readline()`: a line from the host, as `input()` reads one (suspending the VM).
fn stream_read(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if stream_number(vm, args[0])? != 0 {
        return Err(util::os_error(vm, 9));
    }
    vm.request = Some(Request::Suspend(Suspend::Input { prompt: String::new() }));
    Ok(Value::None)
}

fn stream_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = stream_number(vm, args[0])?;
    Ok(vm.new_string(format!("<io.FileIO {n}>")))
}

fn exit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let exc = vm.new_exception_value(vm.exc.system_exit, args[..args.len().min(1)].to_vec());
    Err(crate::vm::PyErr::exc(exc))
}

/// `sys.print_exception(exc, file=sys.stdout)`.
fn print_exception(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let exc = util::need(vm, args, kw, 0, "exc", "print_exception")?;
    if !vm.is_exception_instance(exc) {
        return Err(vm.type_error_msg("exception expected"));
    }
    let text = vm.format_exception(exc);
    write_to(vm, arg(vm, args, kw, 1, "file"), &text)?;
    Ok(Value::None)
}

/// Write text to a file object's `write`, or to stdout when `file` is absent or None.
pub fn write_to(vm: &mut Vm, file: Option<Value>, text: &str) -> PyResult<()> {
    match file {
        Some(f) if !f.is_none() => {
            let w = vm.getattr_str(f, "write")?;
            let s = vm.new_str(text);
            vm.call(w, &[s])?;
        }
        _ => vm.write(Stream::Stdout, text),
    }
    Ok(())
}

/// `sys.exc_info()`: (type, value, None) of the exception being handled, or three Nones.
fn exc_info(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let handled = vm.frames.iter().rev().find_map(|f| f.handling.last().copied());
    let items = match handled {
        Some(e) => vec![Value::Obj(vm.type_of(e)), e, Value::None],
        None => vec![Value::None; 3],
    };
    Ok(vm.new_tuple(items))
}
