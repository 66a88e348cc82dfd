//! The builtins that see namespaces and run code: `globals`, `locals`, `vars`, `dir`, `eval`, `exec`,
//! `compile`, `__import__`.

use super::{check_args, reject_kwargs, take_kwargs};
use crate::bytecode::Mode;
use crate::heap::Obj;
use crate::objects::function::{Kwargs, NativeFn};
use crate::objects::sort::{sort_texts, TextKeyed};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The globals of the running Python code (`__main__`'s when called from the host).
fn current_globals(vm: &Vm) -> ObjRef {
    vm.frames.last().map(|f| f.globals).unwrap_or(vm.main_globals)
}

/// `locals()`: the namespace dict of module and class bodies; for a function, a new dict of its bound
/// local and closure variables (a snapshot, as in CPython).
fn current_locals(vm: &mut Vm) -> ObjRef {
    let Some(frame) = vm.frames.last() else { return vm.main_globals };
    if let Some(d) = frame.locals_dict {
        return d;
    }
    let code = frame.code.clone();
    let locals = frame.locals.clone();
    let cells = frame.cells.clone();
    let d = vm.new_dict();
    // Borrowing loops, not consuming or chained iterators: each of those would be one more generic copy.
    for (name, v) in code.varnames.iter().zip(locals.iter()) {
        if let Some(v) = *v {
            let _ = vm.dict_set(d, *name, v);
        }
    }
    let (cellvars, freevars) = (&code.obj.cellvars, &code.obj.freevars);
    for (i, &cell) in cells.iter().enumerate() {
        // Cells hold the cell variables, then the free ones.
        let Some(name) = cellvars.get(i).or_else(|| freevars.get(i - cellvars.len())) else { break };
        let value = match cell {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Cell(c) => *c,
                _ => None,
            },
            _ => None,
        };
        if let Some(v) = value {
            let k = vm.intern(name);
            let _ = vm.dict_set(d, k, v);
        }
    }
    d
}

fn globals(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "globals", kw)?;
    check_args(vm, "globals", args, 0, 0)?;
    Ok(Value::Obj(current_globals(vm)))
}

fn locals(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "locals", kw)?;
    check_args(vm, "locals", args, 0, 0)?;
    Ok(Value::Obj(current_locals(vm)))
}

/// `vars(obj)`: its `__dict__`; `vars()`: `locals()`.
fn vars(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "vars", kw)?;
    check_args(vm, "vars", args, 0, 1)?;
    let Some(&obj) = args.first() else { return Ok(Value::Obj(current_locals(vm))) };
    match vm.getattr_opt(obj, "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.type_error_msg("vars() argument must have __dict__ attribute")),
    }
}

/// `dir(obj)`: sorted attribute names (`__dir__` if the class defines one); `dir()`: the current scope's names.
fn dir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    reject_kwargs(vm, "dir", kw)?;
    check_args(vm, "dir", args, 0, 1)?;
    let Some(&obj) = args.first() else {
        let d = current_locals(vm);
        let mut names = vm.dict_store(d).keys();
        sort_strs(vm, &mut names);
        return Ok(vm.new_list(names));
    };
    if let Some(f) = vm.special_method(obj, "__dir__") {
        let listed = vm.call(f, &[obj])?;
        let mut names = vm.collect_iter(listed)?;
        sort_strs(vm, &mut names);
        return Ok(vm.new_list(names));
    }
    vm.dir_list(obj)
}

/// Sort str values by their text (non-strs, which `__dir__` could return, go last, in their order).
fn sort_strs(vm: &Vm, names: &mut [Value]) {
    let mut texts: Vec<TextKeyed> = Vec::with_capacity(names.len());
    let mut others = Vec::new();
    for &v in names.iter() {
        match vm.as_str(v) {
            Some(s) => texts.push((s.as_bytes(), (v, v))),
            None => others.push(v),
        }
    }
    sort_texts(&mut texts);
    let mut i = 0;
    for t in &texts {
        names[i] = t.1 .0;
        i += 1;
    }
    for v in others {
        names[i] = v;
        i += 1;
    }
}

/// The source of `exec`/`eval`/`compile`: a str, or bytes decoded as UTF-8.
fn source_text(vm: &Vm, fname: &str, v: Value) -> PyResult<Option<String>> {
    if let Some(s) = vm.as_str(v) {
        return Ok(Some(s.to_string()));
    }
    if let Some(b) = vm.as_bytes(v) {
        return match std::str::from_utf8(b) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(_) => Err(vm.new_error(vm.exc.unicode_error, "invalid utf-8")),
        };
    }
    if vm.code_of(v).is_some() {
        return Ok(None);
    }
    Err(vm.type_error_msg(format!("{fname}() arg 1 must be a string, bytes or code object")))
}

/// `eval(source, globals=None, locals=None)` and `exec(...)`: run in the given namespaces, by default the
/// caller's.
fn run_source(vm: &mut Vm, fname: &str, mode: Mode, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [source, globals, locals] = take_kwargs(vm, fname, args, kw, &["", "globals", "locals"])?;
    let Some(source) = source else { return Err(vm.type_error_msg(format!("{fname}() missing required argument"))) };
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    let g = match globals {
        Some(g) => match vm.dict_ref(g) {
            Some(d) => d,
            None => return Err(vm.type_error_msg(format!("{fname}() globals must be a dict, not {}", vm.type_name(g)))),
        },
        None => current_globals(vm),
    };
    let l = match (locals, globals) {
        (Some(l), _) => match vm.dict_ref(l) {
            Some(d) => d,
            None => return Err(vm.type_error_msg(format!("{fname}() locals must be a dict, not {}", vm.type_name(l)))),
        },
        (None, Some(_)) => g,
        (None, None) => current_locals(vm),
    };
    let code = match source_text(vm, fname, source)? {
        Some(text) => {
            // eval ignores leading blanks, so an indented expression string still parses.
            let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']) } else { &text };
            vm.compile_source(text, "<string>", mode)?
        }
        None => vm.code_of(source).expect("checked by source_text"),
    };
    vm.request = Some(crate::vm::Request::Run(code, g, l, mode == Mode::Eval));
    Ok(Value::None)
}

fn eval(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    run_source(vm, "eval", Mode::Eval, args, kw)
}

fn exec(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    run_source(vm, "exec", Mode::Exec, args, kw)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code object for
/// `exec`/`eval`.
fn compile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    let [source, filename, mode, ..] = take_kwargs(vm, "compile", args, kw, &names)?;
    let (Some(source), Some(filename), Some(mode)) = (source, filename, mode) else {
        return Err(vm.type_error_msg("compile() missing required argument"));
    };
    let mode = match vm.as_str(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let filename = vm.str_of(filename)?;
    let Some(text) = source_text(vm, "compile", source)? else { return Ok(source) };
    let code = vm.compile_source(&text, &filename, mode)?;
    Ok(Value::Obj(vm.heap.alloc(Obj::Code(code))))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let [name, globals, _, fromlist, level] = take_kwargs(vm, "__import__", args, kw, &names)?;
    let Some(name) = name else { return Err(vm.type_error_msg("__import__() missing required argument 'name'")) };
    let name = vm.expect_str(name)?;
    let globals = match globals.and_then(|g| vm.dict_ref(g)) {
        Some(g) => g,
        None => current_globals(vm),
    };
    let level = match level {
        Some(l) => vm.expect_index(l)?,
        None => 0,
    };
    let level = u32::try_from(level).map_err(|_| vm.value_error("level must be >= 0"))?;
    vm.import(&name, fromlist.unwrap_or(Value::None), level, globals)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
    ("eval", eval),
    ("exec", exec),
    ("compile", compile),
    ("__import__", import),
];
