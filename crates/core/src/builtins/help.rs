//! `help()`: CircuitPython's welcome text; `help("modules")`: the built-in modules in four columns, column
//! by column, as MicroPython's `builtinhelp.c` lays them out; `help(obj)`: the object's type, then each name
//! of its module or class with its value.

use super::check_args;
use crate::heap::Obj;
use crate::host::Stream;
use crate::objects::function::{Kwargs, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn help(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "help", args, 0, 1)?;
    let text = match args.first() {
        None => format!(
            "Welcome to circuitpython-wasm (CircuitPython {} compatible)!\n\nVisit circuitpython.org for more \
             information.\n\nTo list built-in modules type `help(\"modules\")`.\n",
            crate::modules::os::RELEASE
        ),
        Some(&v) if vm.as_str(v) == Some("modules") => modules(vm),
        Some(&v) => object(vm, v)?,
    };
    vm.host.write(Stream::Stdout, &text);
    Ok(Value::None)
}

fn modules(vm: &Vm) -> String {
    const COLUMNS: usize = 4;
    const WIDTH: usize = 18;
    let mut names = vm.builtin_module_names();
    names.sort_unstable();
    names.dedup();
    let rows = names.len().div_ceil(COLUMNS);
    let mut out = String::new();
    for row in 0..rows {
        let mut i = row;
        loop {
            // Frozen packages and their modules as MicroPython names them: `asyncio`, `asyncio/core`.
            let name = names[i].strip_suffix(".__init__").unwrap_or(names[i]);
            for c in name.chars() {
                out.push(if c == '.' { '/' } else { c });
            }
            i += rows;
            if i >= names.len() {
                break;
            }
            // A name as wide as a column or wider pushes the next one to the following column stop.
            let mut gap = WIDTH as isize - name.len() as isize;
            while gap < 1 {
                gap += WIDTH as isize;
            }
            for _ in 0..gap {
                out.push(' ');
            }
        }
        out.push('\n');
    }
    out.push_str("Plus any modules on the filesystem\n");
    out
}

/// `object <str(v)> is of type <type>`, then `  name -- value` for each entry of its module's namespace, or of
/// its class's own (the class itself, for a class).
fn object(vm: &mut Vm, v: Value) -> PyResult<String> {
    let mut out = format!("object {} is of type {}\n", vm.str_of(v)?, vm.type_name(v));
    let is_module_or_type = matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Module(_) | Obj::Type(_)));
    let target = if is_module_or_type { v } else { Value::Obj(vm.type_of(v)) };
    let Some(namespace) = vm.getattr_opt(target, "__dict__")?.and_then(|d| vm.dict_ref(d)) else { return Ok(out) };
    for entry in vm.dict_store(namespace).iter().map(|e| (e.key, e.value)).collect::<Vec<_>>() {
        let (name, value) = (vm.str_of(entry.0)?, vm.str_of(entry.1)?);
        out.push_str(&format!("  {name} -- {value}\n"));
    }
    Ok(out)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("help", help)];
