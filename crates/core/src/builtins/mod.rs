//! The `builtins` module: the builtin types and exceptions under their names, and the builtin functions
//! (the core ones here, the rest in `functions.rs`, `numeric.rs` and `scope.rs`), with the argument helpers
//! they share.

mod drive;
mod functions;
mod help;
mod numeric;
mod scope;
#[cfg(test)]
mod tests;

pub use drive::{resumable, Advance, Drive, Finish, Iteration, Slots as DriveSlots, FILENAME as DRIVE_FILENAME};
pub use functions::is_callable;
pub use numeric::{float_to_int, index_bigint, round_float, round_int};

use crate::host::Stream;
use crate::objects::function::{Kwargs, NativeFn, NativeKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `TypeError` unless `kw` is empty, for builtins that take no keyword arguments.
pub fn reject_kwargs(vm: &Vm, name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error_msg(format!("{name}() takes no keyword arguments")))
    }
}

/// Bind positional then keyword arguments to `names` (a name "" is positional-only). Unknown names,
/// duplicates and extra positional arguments are a `TypeError`; missing ones are `None`.
pub fn take_kwargs<const N: usize>(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: Kwargs,
    names: &[&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    bind_arguments(vm, fname, args, kw, names, &mut out)?;
    Ok(out)
}

/// `take_kwargs`' work, written once for every number of names (only the array it fills is generic).
fn bind_arguments(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: Kwargs,
    names: &[&str],
    out: &mut [Option<Value>],
) -> PyResult<()> {
    if args.len() > names.len() {
        let n = names.len();
        return Err(vm.type_error_msg(format!("{fname}() takes at most {n} arguments ({} given)", args.len())));
    }
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(*a);
    }
    for (k, v) in kw {
        let name = vm.as_str(*k).unwrap_or("");
        match names.iter().position(|n| !n.is_empty() && *n == name) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error_msg(format!("argument for {fname}() given by name ('{name}') and position")))
            }
            Some(i) => out[i] = Some(*v),
            None => return Err(functions::unexpected_kwarg(vm, fname, *k)),
        }
    }
    Ok(())
}

/// `print(*args, sep=' ', end='\n', file=None, flush=False)`.
fn print(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [sep, end, file, _flush] = take_kwargs(vm, "print", &[], kw, &["sep", "end", "file", "flush"])?;
    let text_of = |vm: &mut Vm, v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match vm.as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error_msg(format!("{what} must be None or a string, not {}", vm.type_name(v)))),
            },
        }
    };
    let sep = text_of(vm, sep, "sep", " ")?;
    let end = text_of(vm, end, "end", "\n")?;
    let file = file.unwrap_or(Value::None);
    let to_stdout = file.is_none();
    // Objects whose `__str__` is Python code: printed piece by piece by `drive.py`, their `str()` as bytecode.
    if args.iter().any(|a| vm.python_str_method(*a).is_some()) {
        let call_args = vec![vm.new_tuple(args.to_vec()), vm.new_string(sep), vm.new_string(end), file];
        return vm.drive("print_", call_args);
    }
    if to_stdout {
        // Streamed in bounded chunks, as MicroPython's printer does: `print(*[s] * 10**4)` must not gather
        // gigabytes in host memory first. A small print is still one write.
        const CHUNK: usize = 1 << 16;
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            // What came before an argument whose `str()` raises is still printed, as on the device.
            let s = match vm.str_of(*a) {
                Ok(s) => s,
                Err(e) => {
                    if !out.is_empty() {
                        vm.host.write(Stream::Stdout, &out);
                    }
                    return Err(e);
                }
            };
            out.push_str(&s);
            if out.len() >= CHUNK {
                vm.host.write(Stream::Stdout, &out);
                out.clear();
            }
        }
        out.push_str(&end);
        vm.host.write(Stream::Stdout, &out);
        return Ok(Value::None);
    }
    // A file object gets each piece in its own write(), as CPython does, each as soon as it is known.
    let w = vm.getattr_str(file, "write")?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(&sep);
            vm.call(w, &[s])?;
        }
        let part = vm.str_of(*a)?;
        let s = vm.new_string(part);
        vm.call(w, &[s])?;
    }
    let s = vm.new_string(end);
    vm.call(w, &[s])?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "len", kw)?;
    check_args(vm, "len", args, 1, 1)?;
    if let Some(f) = vm.python_special(args[0], "__len__") {
        return Ok(vm.answer_by_frame(f, args[0], crate::vm::ops::len_answer));
    }
    if let Value::Obj(r) = args[0] {
        // Exact even beyond a 32-bit usize (the WebAssembly build).
        if let crate::heap::Obj::Range { start, stop, step } = *vm.heap.get(r) {
            let n = crate::objects::range::range_len(start, stop, step);
            return i64::try_from(n)
                .map(Value::Int)
                .map_err(|_| vm.new_error(vm.exc.overflow_error, "range too large"));
        }
    }
    vm.len(args[0]).map(|n| Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "repr", kw)?;
    check_args(vm, "repr", args, 1, 1)?;
    // A Python `__repr__` runs as bytecode (see `builtins::drive`).
    if let Some(method) = vm.python_repr_method(args[0]) {
        return vm.drive_text(method, args[0]);
    }
    let s = vm.repr(args[0])?;
    Ok(vm.new_string(s))
}

/// The classes of `isinstance`/`issubclass`'s second argument: a class or a (nested) tuple of classes.
fn class_list(vm: &mut Vm, fname: &str, v: Value) -> PyResult<Vec<crate::value::ObjRef>> {
    let tuple_items = match v {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::heap::Obj::Tuple(items) => Some(items.clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(items) = tuple_items {
        let mut out = Vec::new();
        for it in items {
            out.extend(class_list(vm, fname, it)?);
        }
        return Ok(out);
    }
    match v {
        Value::Obj(r) if vm.is_type(v) => Ok(vec![r]),
        _ => Err(vm.type_error_msg(format!("{fname}() arg 2 must be a type or tuple of types"))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "isinstance", kw)?;
    check_args(vm, "isinstance", args, 2, 2)?;
    let classes = class_list(vm, "isinstance", args[1])?;
    Ok(Value::bool(classes.iter().any(|c| vm.isinstance(args[0], *c))))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "issubclass", kw)?;
    check_args(vm, "issubclass", args, 2, 2)?;
    let Value::Obj(sub) = args[0] else { return Err(vm.type_error_msg("issubclass() arg 1 must be a class")) };
    if !vm.is_type(args[0]) {
        return Err(vm.type_error_msg("issubclass() arg 1 must be a class"));
    }
    let classes = class_list(vm, "issubclass", args[1])?;
    Ok(Value::bool(classes.iter().any(|c| vm.is_subclass(sub, *c))))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "iter", kw)?;
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(vm, args[0]) {
            return Err(vm.type_error_msg("iter(v, w): v must be callable"));
        }
        if vm.calls_python(args[0]) {
            // Each item is a call of Python code: a generator of `drive.py` makes the calls, as bytecode.
            return vm.drive_iter("call_iter_", &args[..2]);
        }
        return Ok(vm.new_iter(crate::objects::iter::IterState::Callable {
            func: args[0],
            sentinel: args[1],
            done: false,
        }));
    }
    vm.iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "next", kw)?;
    check_args(vm, "next", args, 1, 2)?;
    if let Value::Obj(r) = args[0] {
        // An adapter over Python code is advanced by resuming its generator.
        let r = drive::delegate_of(vm, r).unwrap_or(r);
        if matches!(vm.heap.get(r), crate::heap::Obj::Generator(_)) {
            if args.len() == 1 {
                // Resumed by the VM after this returns: stackless, and its return value reaches StopIteration.
                vm.request = Some(crate::vm::Request::Resume { gen: r, value: Value::None, throw: false });
                return Ok(Value::None);
            }
            return vm.drive("next_or_", args.to_vec());
        }
    }
    if vm.runs_python(args[0]) {
        // An adapter the VM advances, or an object with a Python `__next__`: one step of a loop in
        // `drive.py`, so the Python code it runs does not nest.
        return vm.drive(if args.len() == 1 { "next_" } else { "next_or_" }, args.to_vec());
    }
    match vm.next(args[0]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(vm.stop_iteration(Value::None)),
        },
        Err(e) => Err(e),
    }
}

fn check_attr_name(vm: &Vm, name: Value) -> PyResult<()> {
    match vm.as_str(name) {
        Some(_) => Ok(()),
        None => Err(vm.type_error_for("attribute name must be string, not '", name, "'")),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "getattr", kw)?;
    check_args(vm, "getattr", args, 2, 3)?;
    check_attr_name(vm, args[1])?;
    // A property getter or `__getattr__` in Python runs as bytecode, as it does for `obj.name`.
    match vm.load_attr(args[0], args[1]) {
        Ok(crate::vm::attr::Flow::Value(v)) => Ok(v),
        Ok(crate::vm::attr::Flow::Call(f, call_args)) if args.len() == 2 => {
            vm.request = Some(crate::vm::Request::Call { func: f, args: call_args, check: None });
            Ok(Value::None)
        }
        Ok(crate::vm::attr::Flow::Call(f, call_args)) => {
            let call_args = vm.new_tuple(call_args);
            vm.drive("getattr_or_", vec![f, call_args, args[2]])
        }
        Err(e) if args.len() == 3 && vm.error_matches(&e, vm.exc.attribute_error) => Ok(args[2]),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "setattr", kw)?;
    check_args(vm, "setattr", args, 3, 3)?;
    check_attr_name(vm, args[1])?;
    // A property setter or `__setattr__` in Python runs as bytecode, as it does for `obj.name = v`.
    if let Some((f, call_args)) = vm.store_attr(args[0], args[1], args[2])? {
        let call_args = vm.new_tuple(call_args);
        return vm.drive("call_none_", vec![f, call_args]);
    }
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "delattr", kw)?;
    check_args(vm, "delattr", args, 2, 2)?;
    check_attr_name(vm, args[1])?;
    vm.delattr(args[0], args[1])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "hasattr", kw)?;
    check_args(vm, "hasattr", args, 2, 2)?;
    check_attr_name(vm, args[1])?;
    match vm.load_attr(args[0], args[1]) {
        Ok(crate::vm::attr::Flow::Call(f, call_args)) => {
            let call_args = vm.new_tuple(call_args);
            vm.drive("hasattr_", vec![f, call_args])
        }
        Ok(_) => Ok(Value::TRUE),
        Err(e) if vm.error_matches(&e, vm.exc.attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn build_class(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::objects::object::build_class(vm, args, kw)
}

/// Check a builtin's positional argument count, with MicroPython's wording.
pub fn check_args(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        return Err(if min == max {
            vm.type_error_msg(format!("{name}() takes {min} positional arguments but {} were given", args.len()))
        } else if args.len() < min {
            vm.type_error_msg(format!("{name}() missing required argument"))
        } else {
            vm.type_error_msg(format!("{name}() takes at most {max} arguments ({} given)", args.len()))
        });
    }
    Ok(())
}

/// Functions defined in this file.
const CORE: &[(&str, NativeFn)] = &[
    ("__build_class__", build_class),
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("iter", iter),
    ("next", next),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("hasattr", hasattr),
];

pub fn register(vm: &mut Vm) {
    let b = vm.builtins;
    // As on CircuitPython, every builtin iterator answers `__next__` with `next` bound to it
    // (adafruit_itertools' roundrobin cycles over `iter(x).__next__`).
    vm.add_methods(vm.types.iterator, &[("__next__", next)]);
    let all = [CORE, functions::FUNCTIONS, numeric::FUNCTIONS, scope::FUNCTIONS, help::FUNCTIONS];
    for table in all {
        for &(name, f) in table {
            let v = vm.new_native(name, f, NativeKind::Function);
            vm.dict_set_str(b, name, v);
        }
    }
    let t = &vm.types;
    // Each under its own name (a table of the types alone is shorter code than one of name and type).
    let types = [
        t.object,
        t.type_,
        t.int,
        t.bool_,
        t.float,
        t.str,
        t.bytes,
        t.bytearray,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.range,
        t.slice,
        t.property,
        t.staticmethod,
        t.classmethod,
        t.super_,
        t.memoryview,
    ];
    for ty in types {
        let name = vm.type_obj(ty).name.clone();
        vm.dict_set_str(b, &name, Value::Obj(ty));
    }
    for (name, ty) in vm.exc.all() {
        vm.dict_set_str(b, name, Value::Obj(ty));
    }
    let os_error = vm.exc.os_error;
    vm.dict_set_str(b, "EnvironmentError", Value::Obj(os_error));
    vm.dict_set_str(b, "IOError", Value::Obj(os_error));
    let (ni, el) = (vm.not_implemented, vm.ellipsis);
    vm.dict_set_str(b, "NotImplemented", ni);
    vm.dict_set_str(b, "Ellipsis", el);
    let name = vm.new_str("builtins");
    vm.dict_set_str(b, "__name__", name);
}
