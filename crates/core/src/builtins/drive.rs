//! Builtins over iterators that run Python code, without nested runs.
//!
//! A native that advances a generator itself runs it in a nested run, and a nested run cannot give control
//! back to the host: a `time.sleep` in `sum(reading() for _ in range(10))` or `for i, x in enumerate(gen())`
//! would block the host (the browser page) for the whole loop, the loop could not be interrupted, and nothing
//! it left behind could be collected until it ended. So when the iterator runs Python code:
//! - consumers (`sum`, `any`, `all`, `min`/`max`, `list`, `tuple`, `set`, `dict`, `sorted`, `str.join`,
//!   `list.extend`) check their arguments and leave a `Request::Drive`: the VM folds each item the generator
//!   yields into an accumulator on the caller's stack and resumes it, in its own loop (`Drive`);
//! - `enumerate` and `zip` over generators, and one-iterable `map` and `filter` with a Python function or
//!   over a generator, are advanced by the VM's `ForIter` itself (`vm::interp`); the other adapters, and
//!   `iter(f, sentinel)` with a Python `f`, run as generators of `drive.py`, bytecode like the program's own
//!   (`IterState::Delegate`); consumers of adapters the VM advances fold in `drive.py` loops, `next()` of
//!   them takes one step of one, and so do `min`/`max`/`sorted` with a Python key.
//!
//! Iterators over native data (lists, ranges, strings, dicts) keep the native loops.

use crate::heap::Obj;
use crate::objects::iter::IterState;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Request, Vm};

/// `drive.py` with its comment lines blanked by the build script.
const SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/drive.py"));

/// The filename of `drive.py`'s code: its frames are left out of tracebacks.
pub const FILENAME: &str = "<builtin>";

impl Vm {
    /// Does advancing iterator `it` run Python code: a generator, an object with a Python `__next__`, or an
    /// adapter over one? (The VM advances `enumerate` over a generator and one-iterable `map` with a Python
    /// function itself, in `ForIter`; other adapters over Python code are made as `IterState::Delegate`.)
    pub fn runs_python(&mut self, it: Value) -> bool {
        let Value::Obj(r) = it else { return false };
        match self.heap.get(r) {
            Obj::Generator(_) => true,
            Obj::Iter(s) => self.advance_of(s).is_some(),
            Obj::Instance(_) => self.python_special(it, "__next__").is_some(),
            _ => false,
        }
    }

    /// How the VM's `ForIter` advances an adapter whose items come from Python code, or None for one read
    /// natively. (The adapters' constructors only make these states over generators or native iterators;
    /// adapters over other Python code are `Delegate`s.)
    pub fn advance_of(&self, s: &IterState) -> Option<Advance> {
        match s {
            IterState::Delegate { gen } => Some(Advance::Resume(*gen)),
            IterState::Enumerate { iter, .. } => resumable(self, *iter).map(Advance::Resume),
            IterState::Map { func, iters } => {
                let over_generator = match iters.as_slice() {
                    [it] => resumable(self, *it),
                    _ => None,
                };
                over_generator.map(Advance::Resume).or_else(|| self.calls_python(*func).then_some(Advance::Call))
            }
            IterState::Filter { func, iter } => resumable(self, *iter)
                .map(Advance::Resume)
                .or_else(|| (!func.is_none() && self.calls_python(*func)).then_some(Advance::Call)),
            IterState::Zip { iters, .. } => {
                iters.iter().any(|it| resumable(self, *it).is_some()).then_some(Advance::Zip)
            }
            _ => None,
        }
    }

    /// Does calling `f` run Python code (anything but a native function, a bound native method or a
    /// builtin class)?
    pub fn calls_python(&self, f: Value) -> bool {
        let Value::Obj(r) = f else { return true };
        match self.heap.get(r) {
            Obj::Native(_) => false,
            Obj::BoundMethod(b) => self.calls_python(b.func),
            Obj::Type(t) => !t.builtin,
            _ => true,
        }
    }

    /// Finish a native in `drive.py`: its function `name` is called with `args` in the native's place (the
    /// VM carries the request out when the native returns; its own result is a placeholder).
    pub fn drive(&mut self, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let func = self.drive_function(name)?;
        self.request = Some(Request::Call { func, args, check: None });
        Ok(Value::None)
    }

    /// An iterator (`enumerate(gen)`, `map(f, xs)`) whose items come from `drive.py`'s generator `name`.
    pub fn drive_iter(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let func = self.drive_function(name)?;
        // Calling a generator function only makes the generator: no Python code runs here.
        match self.call(func, args)? {
            Value::Obj(gen) if matches!(self.heap.get(gen), Obj::Generator(_)) => {
                Ok(self.new_iter(IterState::Delegate { gen }))
            }
            _ => Err(self.runtime_error(format!("drive.py's {name} is not a generator"))),
        }
    }

    fn drive_function(&mut self, name: &str) -> PyResult<Value> {
        let globals = match self.drive_globals {
            Some(g) => g,
            None => self.load_drive()?,
        };
        self.dict_get_str(globals, name).ok_or_else(|| self.runtime_error(format!("drive.py has no {name}")))
    }

    fn load_drive(&mut self) -> PyResult<ObjRef> {
        let code = self.compile_source(SOURCE, FILENAME, crate::bytecode::Mode::Exec)?;
        let globals = self.new_dict();
        self.drive_globals = Some(globals);
        let name = self.new_str("drive");
        self.dict_set_str(globals, "__name__", name);
        let sort = self.new_native("sort_by_keys", sort_by_keys, crate::objects::function::NativeKind::Function);
        self.dict_set_str(globals, "sort_by_keys", sort);
        if let Err(e) = self.run_module_body(code, globals) {
            self.drive_globals = None;
            return Err(e);
        }
        Ok(globals)
    }
}

/// `sort_by_keys(items, keys, reverse)`, for `drive.py`: sort list `items` in place by the keys computed for
/// it; a list that changed meanwhile (a key function appended to it) is an error, as in CPython.
fn sort_by_keys(vm: &mut Vm, args: &[Value], _kw: crate::objects::function::Kwargs) -> PyResult<Value> {
    let list_items = |vm: &Vm, v: Value| match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::List(items) => Some((r, items.clone())),
            _ => None,
        },
        _ => None,
    };
    let (Some((list, mut items)), Some((_, keys)), Some(&reverse)) =
        (list_items(vm, args[0]), args.get(1).and_then(|k| list_items(vm, *k)), args.get(2))
    else {
        return Err(vm.type_error_msg("sort_by_keys(list, list, reverse)"));
    };
    if keys.len() != items.len() {
        return Err(vm.value_error("list modified during sort"));
    }
    let reverse = vm.truthy(reverse)?;
    crate::objects::sort::sort_by_keys(vm, &mut items, &keys, reverse)?;
    if let Obj::List(l) = vm.heap.get_mut(list) {
        *l = items;
    }
    Ok(Value::None)
}

/// The generator to resume for the next item of `it` when that is all it takes: `it` itself, or the one an
/// adapter made by `drive_iter` runs.
pub fn resumable(vm: &Vm, it: Value) -> Option<ObjRef> {
    let Value::Obj(r) = it else { return None };
    match vm.heap.get(r) {
        Obj::Generator(_) => Some(r),
        _ => delegate_of(vm, r),
    }
}

/// The generator an adapter made by `drive_iter` resumes.
pub fn delegate_of(vm: &Vm, r: ObjRef) -> Option<ObjRef> {
    match vm.heap.get(r) {
        Obj::Iter(s) => match **s {
            IterState::Delegate { gen } => Some(gen),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// The Python method `str(v)` calls (`__str__`, or `__repr__` when the class defines only that), when `v`
    /// is an instance whose class defines it in Python.
    pub fn python_str_method(&mut self, v: Value) -> Option<Value> {
        if !matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_))) {
            return None;
        }
        match self.special_method(v, "__str__") {
            Some(f) => self.is_python_function(f).then_some(f),
            None => self.python_repr_method(v),
        }
    }

    /// The Python `__repr__` of an instance, for `repr(v)`.
    pub fn python_repr_method(&mut self, v: Value) -> Option<Value> {
        let f = self.special_method(v, "__repr__")?;
        self.is_python_function(f).then_some(f)
    }

    /// The `drive.py` call that makes an f-string field (`{v}`, `{v!r}`, `{v:spec}`) of an instance whose
    /// text methods are Python code; None when the field is made natively.
    pub fn python_format_call(
        &mut self,
        v: Value,
        conversion: Option<char>,
        spec: Option<Value>,
    ) -> Option<(&'static str, Vec<Value>)> {
        if !matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_))) {
            return None;
        }
        let spec_empty = spec.and_then(|s| self.as_str(s).map(str::is_empty)).unwrap_or(true);
        let f = match conversion {
            Some('r') => self.python_repr_method(v)?,
            Some('s') => self.python_str_method(v)?,
            Some(_) => return None,
            None => match self.special_method(v, "__format__") {
                Some(f) if self.is_python_function(f) => {
                    let spec = spec.unwrap_or_else(|| self.intern(""));
                    return Some(("format_", vec![f, v, spec]));
                }
                Some(_) => return None,
                // `object.__format__` with an empty spec is `str(v)`; with another it is an error, made natively.
                None if spec_empty => self.python_str_method(v)?,
                None => return None,
            },
        };
        let spec = spec.unwrap_or_else(|| self.intern(""));
        Some(("text_", vec![f, v, spec]))
    }

    /// Finish `str(v)`/`repr(v)` in `drive.py`, calling the Python method found above.
    pub fn drive_text(&mut self, method: Value, v: Value) -> PyResult<Value> {
        let spec = self.intern("");
        self.drive("text_", vec![method, v, spec])
    }
}

/// How `ForIter` advances an adapter over Python code (`vm::interp::adapters`).
#[derive(Clone, Copy)]
pub enum Advance {
    /// Resume this generator: the delegate's own, or the one an enumerate, map or filter reads.
    Resume(ObjRef),
    /// Read the native iterator(s) of a map or filter and call its Python function as a frame.
    Call,
    /// Gather a zip's tuple, resuming its generators.
    Zip,
}

/// How a builtin that collects an iterable's items should go about it.
pub enum Iteration {
    /// Natively, over this (the iterable itself, or the iterator already made from it).
    Native(Value),
    /// In `drive.py`, over this iterator.
    Python(Value),
}

impl Vm {
    /// Decide how to collect `v`'s items without calling its `__iter__` twice: lists, tuples, strings, dicts
    /// and the like are read natively as they are; a generator or adapter over Python code goes to
    /// `drive.py`; any other object's iterator is made here and classified.
    pub fn iteration(&mut self, v: Value) -> PyResult<Iteration> {
        let Value::Obj(r) = v else { return Ok(Iteration::Native(v)) };
        match self.heap.get(r) {
            Obj::Generator(_) | Obj::Iter(_) => {
                return Ok(if self.runs_python(v) { Iteration::Python(v) } else { Iteration::Native(v) })
            }
            Obj::Instance(_) => {}
            _ => return Ok(Iteration::Native(v)),
        }
        let it = self.iter(v)?;
        Ok(if self.runs_python(it) { Iteration::Python(it) } else { Iteration::Native(it) })
    }
}

/// A builtin consuming a plain generator, folded in the VM loop: no Python frames of `drive.py` per item.
/// The accumulator lives on the calling frame's stack (so the collector sees it), each yield is folded in and
/// the generator resumed at once, and its return leaves the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drive {
    /// `sum(gen, start)`: the running total.
    Sum,
    /// `any(gen)` / `all(gen)`: the answer so far; the first deciding item stops the loop.
    Any,
    All,
    /// `max(gen)` / `min(gen)` without key or default: the best item, once there is one.
    Best {
        max: bool,
        empty: bool,
    },
    /// `list(gen)` and the like: the items, appended to a list, then finished.
    Collect(Finish),
}

/// What a `Drive::Collect` makes of the items at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finish {
    List,
    Tuple,
    Sorted {
        reverse: bool,
    },
    /// `sep.join(gen)`, `set(gen)`, `dict(gen)`: the slot below the list holds what to call with it (the bound
    /// `sep.join`, the type).
    Apply,
    /// `lst.extend(gen)`: the items went straight into `lst`; the result is None.
    Extend,
}

impl Drive {
    /// How many values it keeps on the calling frame's stack.
    pub fn slots(self) -> usize {
        match self {
            Drive::Collect(Finish::Apply) => 2,
            _ => 1,
        }
    }
}

/// The values a drive keeps on the stack (a `Vec` keeps `Request` as small as its other variants: the run
/// loop moves it after every native that makes one).
pub type Slots = Vec<Value>;

impl Vm {
    /// Finish a native by folding the items of `it` (an iterator that runs Python code) into `slots` (see
    /// `Drive`); the VM carries it out when the native returns.
    pub fn drive_items(&mut self, it: Value, drive: Drive, mut slots: Slots) -> PyResult<Value> {
        if let Some(gen) = resumable(self, it) {
            self.request = Some(Request::Drive { gen, drive, slots });
            return Ok(Value::None);
        }
        // An adapter the VM advances in `ForIter`, or an object with a Python `__next__`: the same fold as a
        // loop in `drive.py`.
        let acc = slots.pop().expect("a drive keeps at least one slot");
        let (name, args) = match drive {
            Drive::Sum => ("sum_", vec![it, acc]),
            Drive::Any => ("any_", vec![it]),
            Drive::All => ("all_", vec![it]),
            Drive::Best { max, .. } => {
                let name = self.new_str(if max { "max" } else { "min" });
                ("min_max_", vec![it, Value::None, Value::None, Value::FALSE, name, Value::bool(max)])
            }
            Drive::Collect(Finish::List) => ("list_", vec![it]),
            Drive::Collect(Finish::Tuple) => ("tuple_", vec![it]),
            Drive::Collect(Finish::Sorted { reverse }) => ("sorted_", vec![it, Value::None, Value::bool(reverse)]),
            Drive::Collect(Finish::Apply) => ("apply_", vec![slots[0], it]),
            Drive::Collect(Finish::Extend) => ("extend_", vec![acc, it]),
        };
        self.drive(name, args)
    }

    /// Finish a native by collecting the items of `it` into a new list and then `finish` (`Finish::Apply`
    /// calls `apply` with it).
    pub fn drive_collect(&mut self, it: Value, finish: Finish, apply: Option<Value>) -> PyResult<Value> {
        let list = self.new_list(Vec::new());
        let slots = match apply {
            Some(f) => vec![f, list],
            None => vec![list],
        };
        self.drive_items(it, Drive::Collect(finish), slots)
    }

    /// Fold item `v` into the accumulator (the last slot); `None` when the loop is decided (`any`/`all`),
    /// else the drive to resume with.
    #[inline(never)]
    pub(crate) fn drive_fold(&mut self, drive: Drive, acc: &mut Value, v: Value) -> PyResult<Option<Drive>> {
        match drive {
            Drive::Sum => {
                *acc = match (*acc, v) {
                    (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
                    (Value::Float(a), Value::Float(b)) => Value::float(a.get() + b.get()),
                    (a, b) => self.binary_op(circuitpython_parser::ast::BinOp::Add, a, b)?,
                };
            }
            Drive::Any | Drive::All => {
                if self.truthy(v)? == (drive == Drive::Any) {
                    *acc = Value::bool(drive == Drive::Any);
                    return Ok(None);
                }
            }
            Drive::Best { max, empty: true } => {
                *acc = v;
                return Ok(Some(Drive::Best { max, empty: false }));
            }
            Drive::Best { max, empty: false } => {
                let best = *acc;
                let op = if max { circuitpython_parser::ast::CmpOp::Gt } else { circuitpython_parser::ast::CmpOp::Lt };
                let better = self.compare(v, best, op)?;
                if self.truthy(better)? {
                    *acc = v;
                }
            }
            Drive::Collect(_) => {
                let Value::Obj(list) = *acc else { unreachable!("a collect drive keeps a list") };
                if let Obj::List(items) = self.heap.get_mut(list) {
                    items.push(v);
                }
                self.heap.resize(list);
            }
        }
        Ok(Some(drive))
    }

    /// The generator returned: turn the slots into the native's result.
    #[inline(never)]
    pub(crate) fn drive_finish(&mut self, drive: Drive, slots: Slots) -> PyResult<Value> {
        let acc = *slots.last().expect("a drive keeps at least one slot");
        Ok(match drive {
            Drive::Sum | Drive::Any | Drive::All | Drive::Best { empty: false, .. } => acc,
            Drive::Best { max, empty: true } => {
                return Err(self.value_error(format!("{}() arg is an empty sequence", if max { "max" } else { "min" })))
            }
            Drive::Collect(Finish::List) => acc,
            Drive::Collect(Finish::Extend) => Value::None,
            Drive::Collect(Finish::Apply) => self.call(slots[0], &[acc])?,
            Drive::Collect(finish @ (Finish::Tuple | Finish::Sorted { .. })) => {
                let Value::Obj(list) = acc else { unreachable!("a collect drive keeps a list") };
                let mut items = match self.heap.get_mut(list) {
                    Obj::List(items) => std::mem::take(items),
                    _ => Vec::new(),
                };
                if let Finish::Sorted { reverse } = finish {
                    crate::objects::sort::sort_values(self, &mut items, None, reverse)?;
                    if let Obj::List(l) = self.heap.get_mut(list) {
                        *l = items;
                    }
                    acc
                } else {
                    self.new_tuple(items)
                }
            }
        })
    }

    /// `Request::Drive` when the native was called from native code: the same fold over nested resumes.
    #[inline(never)]
    pub(crate) fn drive_nested(&mut self, gen: ObjRef, mut drive: Drive, mut slots: Slots) -> PyResult<Value> {
        loop {
            match self.resume_generator_nested(gen, Value::None, false)? {
                crate::vm::call::GenResult::Yield(v) => {
                    match self.drive_fold(drive, slots.last_mut().expect("a slot"), v)? {
                        Some(next) => drive = next,
                        None => return Ok(*slots.last().expect("checked")),
                    }
                }
                crate::vm::call::GenResult::Return(_) => return self.drive_finish(drive, slots),
            }
        }
    }
}
