//! Calling: binding arguments to parameters, starting Python frames (pushed on the frame stack, never
//! recursing), instantiating classes (`__new__`/`__init__`), bound methods, `__call__`, and the nested runs
//! native code uses to call back into Python.

use super::frame::{Frame, OnReturn};
use super::interp::Exit;
use super::{PyResult, Request, Suspend, Vm, MAX_NESTED_RUNS};
use crate::heap::Obj;
use crate::objects::function::{Function, NativeKind};
use crate::objects::generator::{GenKind, Generator};
use crate::objects::instance::{ExcData, Instance, Payload};
use crate::objects::typeobj::Layout;
use crate::value::{ObjRef, Value};
use smallvec::SmallVec;
use std::rc::Rc;

pub type Args = SmallVec<[Value; 8]>;

/// Most finished frames kept for reuse.
const FRAME_POOL_SIZE: usize = 64;

/// Bytes of garbage beyond the board's heap that nested runs may leave before MemoryError (see
/// `Vm::check_nested_entry`): 64 heaps' worth, within 4 MB to 64 MB.
fn nested_garbage_allowance(limit: usize) -> usize {
    limit.saturating_mul(64).clamp(4 << 20, 64 << 20)
}

impl Vm {
    /// A frame for `code`, taken from the pool of finished frames when there is one (its buffers are reused,
    /// so a call allocates nothing).
    pub(crate) fn make_frame(
        &mut self,
        code: Rc<super::code::Code>,
        globals: ObjRef,
        locals_dict: Option<ObjRef>,
        on_return: OnReturn,
        function: Option<ObjRef>,
    ) -> Box<Frame> {
        let max_stack = code.obj.max_stack as usize;
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.code = code;
                f.ip = 0;
                f.globals = globals;
                f.locals_dict = locals_dict;
                f.on_return = on_return;
                f.generator = None;
                f.function = function;
                f.stack.reserve(max_stack);
                f
            }
            None => Box::new(Frame {
                code,
                ip: 0,
                stack: Vec::with_capacity(max_stack),
                locals: Vec::new(),
                cells: Vec::new(),
                globals,
                locals_dict,
                blocks: Vec::new(),
                handling: Vec::new(),
                on_return,
                generator: None,
                function,
            }),
        }
    }

    /// Keep a finished frame for the next call.
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() < FRAME_POOL_SIZE {
            frame.stack.clear();
            frame.locals.clear();
            frame.cells.clear();
            frame.blocks.clear();
            frame.handling.clear();
            self.frame_pool.push(frame);
        }
    }
}

/// What a generator did when resumed from native code.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

/// How a call turned out when made from the instruction loop.
pub enum CallOutcome {
    /// Finished at once (a native function): the result.
    Done(Value),
    /// A frame was pushed; its return will be delivered by `OnReturn`.
    Pushed,
}

impl Vm {
    /// Call `f` with positional arguments and wait for the result (a nested run for Python code).
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// Before a nested run (native code calling Python code): the nesting bound, and a bound on the garbage
    /// such runs leave. The collector cannot run while a native driving Python code (`max(x for x in g)`,
    /// `sorted(key=...)`) holds values it cannot see, so without a bound a long generator consumed by a
    /// built-in could use up the host's memory (fatal in WebAssembly); past it, MemoryError, once until the
    /// next collection (so the handler can run). The counted bytes are about an eighth of what the host
    /// holds for small objects: 64 MB counted is some 500 MB of host memory, well inside WebAssembly's 4 GB.
    pub(crate) fn check_nested_entry(&mut self) -> PyResult<()> {
        if self.nested_runs >= MAX_NESTED_RUNS {
            return Err(self.runtime_error("maximum recursion depth exceeded"));
        }
        if !self.nested_garbage_reported
            && self.heap.counted() > self.heap.limit().saturating_add(nested_garbage_allowance(self.heap.limit()))
        {
            self.nested_garbage_reported = true;
            return Err(self.memory_error());
        }
        Ok(())
    }

    pub fn call_kw(&mut self, f: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        // What it calls may change state: the running operation can no longer be run again.
        self.heap.take_upfront_arm();
        self.check_nested_entry()?;
        let base = self.frames.len();
        match self.invoke(f, args, kwargs, OnReturn::Native)? {
            CallOutcome::Done(v) => self.finish_native_request(v),
            CallOutcome::Pushed => self.run_nested(base),
        }
    }

    /// Run frames pushed above `base` until the one marked `OnReturn::Native` returns.
    pub(crate) fn run_nested(&mut self, base: usize) -> PyResult<Value> {
        self.nested_runs += 1;
        let exit = self.execute(base, None);
        self.nested_runs -= 1;
        match exit {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
            Exit::Raise(e) => Err(e),
            Exit::Budget | Exit::Suspend(_) => Err(self.runtime_error("can't suspend here")),
        }
    }

    /// A native returned with a pending request while called from native code: carry it out now.
    pub(crate) fn finish_native_request(&mut self, v: Value) -> PyResult<Value> {
        match self.request.take() {
            // Called from native code, which may hold values: the periodic check collects later.
            None | Some(Request::Collect) => Ok(v),
            Some(Request::Suspend(Suspend::Sleep { until_ns })) => {
                self.host.sleep_blocking(until_ns);
                Ok(v)
            }
            Some(Request::Suspend(_)) => Err(self.runtime_error("can't wait for input or a promise inside a callback")),
            Some(Request::Call { func, args, check }) => {
                let r = self.call(func, &args)?;
                check.map_or(Ok(r), |check| check(self, r))
            }
            Some(Request::Drive { gen, drive, slots }) => self.drive_nested(gen, drive, slots),
            Some(Request::Run(code, globals, locals, eval)) => {
                let r = self.run_code_in(code, globals, locals)?;
                Ok(if eval { r } else { v })
            }
            Some(Request::Resume { gen, value, throw }) => match self.resume_generator_nested(gen, value, throw)? {
                GenResult::Yield(v) => Ok(v),
                GenResult::Return(r) => Err(self.stop_iteration(r)),
            },
        }
    }

    /// Resume a generator from native code and wait for its next yield or its return.
    pub fn resume_generator_nested(&mut self, gen: ObjRef, value: Value, throw: bool) -> PyResult<GenResult> {
        self.check_nested_entry()?;
        let base = self.frames.len();
        if let Some(r) = self.push_generator(gen, value, throw, OnReturn::GenNative)? {
            return Ok(GenResult::Return(r));
        }
        self.nested_runs += 1;
        let exit = self.execute(base, None);
        self.nested_runs -= 1;
        match exit {
            Exit::Yield(v) => Ok(GenResult::Yield(v)),
            Exit::Return(v) => Ok(GenResult::Return(v)),
            Exit::Raise(e) => Err(e),
            Exit::Budget | Exit::Suspend(_) => Err(self.runtime_error("can't suspend here")),
        }
    }

    /// Move a generator's frame onto the frame stack to run it. Returns `Some(value)` when it is already
    /// finished (the caller treats that as a return of None), after raising into it when `throw`.
    pub(crate) fn push_generator(
        &mut self,
        gen: ObjRef,
        value: Value,
        throw: bool,
        on_return: OnReturn,
    ) -> PyResult<Option<Value>> {
        let Obj::Generator(g) = self.heap.get_mut(gen) else {
            return Err(self.type_error_msg("not a generator"));
        };
        if g.running {
            return Err(PyErrMsg::running(self));
        }
        if g.finished || g.frame.is_none() {
            if throw {
                return Err(super::PyErr::exc(value));
            }
            return Ok(Some(Value::None));
        }
        if !g.started && !value.is_none() && !throw {
            return Err(self.type_error_msg("can't send non-None value to a just-started generator"));
        }
        let mut frame = g.frame.take().expect("checked above");
        let started = g.started;
        g.started = true;
        g.running = true;
        frame.on_return = on_return;
        if self.frames.len() >= self.recursion_limit {
            if let Obj::Generator(g) = self.heap.get_mut(gen) {
                g.frame = Some(frame);
                g.running = false;
            }
            return Err(self.runtime_error("maximum recursion depth exceeded"));
        }
        if started && !throw {
            frame.stack.push(value);
        }
        // A throw into a generator delegating with `yield from`/`await` goes to the innermost generator.
        let delegate = if throw && matches!(frame.code.obj.code.get(frame.ip), Some(crate::bytecode::Instr::YieldFrom))
        {
            frame
                .stack
                .last()
                .copied()
                .filter(|v| matches!(v, Value::Obj(r) if matches!(self.heap.get(*r), Obj::Generator(_))))
        } else {
            None
        };
        self.frames.push(frame);
        if let Some(Value::Obj(sub)) = delegate {
            // Step past the YieldFrom, as if it had just resumed the subgenerator.
            self.frames.last_mut().expect("frame").ip += 1;
            return match self.push_generator(sub, value, true, OnReturn::GenYieldFrom) {
                Ok(Some(_)) => {
                    self.pending_throw = Some(value);
                    Ok(None)
                }
                Ok(None) => Ok(None),
                Err(e) => {
                    let exc = self.materialize(e);
                    self.pending_throw = Some(exc);
                    Ok(None)
                }
            };
        }
        if throw {
            // Raise at the point where the generator is suspended.
            self.pending_throw = Some(value);
        }
        Ok(None)
    }

    /// Call `f` from the instruction loop: Python functions get a new frame; natives run at once.
    pub(crate) fn invoke(
        &mut self,
        f: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
        on_return: OnReturn,
    ) -> PyResult<CallOutcome> {
        let Value::Obj(r) = f else {
            return Err(self.not_callable(f));
        };
        match self.heap.get(r) {
            Obj::Function(_) => self.call_function(r, args, kwargs, on_return, None),
            Obj::Native(n) => {
                let (func, bound) = (n.f, n.bound);
                // Methods index their `self` (`args[0]`): an unbound one called bare must not reach them.
                if bound.is_none() && args.is_empty() && n.kind != NativeKind::Function {
                    return Err(self.type_error_msg(format!("unbound method {}() needs an argument", n.name)));
                }
                let v = match bound {
                    Some(b) => {
                        let full = prepend(b, args);
                        func(self, &full, kwargs)?
                    }
                    None => func(self, args, kwargs)?,
                };
                Ok(CallOutcome::Done(v))
            }
            Obj::BoundMethod(m) => {
                let (func, self_) = (m.func, m.self_);
                let full = prepend(self_, args);
                if let Value::Obj(fr) = func {
                    if matches!(self.heap.get(fr), Obj::Function(_)) {
                        return self.call_function(fr, &full, kwargs, on_return, None);
                    }
                }
                self.invoke(func, &full, kwargs, on_return)
            }
            Obj::Type(t) => {
                // A Python metaclass may define how its classes are called.
                if let Some(meta) = t.metaclass {
                    let call = self.names.call;
                    if let Some(c) = self.lookup_special(meta, call).filter(|c| self.is_python_function(*c)) {
                        let full = prepend(f, args);
                        return self.invoke(c, &full, kwargs, on_return);
                    }
                }
                self.instantiate(r, args, kwargs, on_return)
            }
            Obj::Instance(i) => {
                let class = i.class;
                let name = self.names.call;
                match self.lookup_special(class, name) {
                    Some(c) => {
                        let full = prepend(f, args);
                        self.invoke(c, &full, kwargs, on_return)
                    }
                    None => Err(self.not_callable(f)),
                }
            }
            Obj::StaticMethod(inner) => {
                let inner = *inner;
                self.invoke(inner, args, kwargs, on_return)
            }
            _ => Err(self.not_callable(f)),
        }
    }

    pub fn not_callable(&self, f: Value) -> super::PyErr {
        self.type_error_for("'", f, "' object isn't callable")
    }

    /// Start a Python function: bind arguments, then push its frame (or make a generator).
    pub(crate) fn call_function(
        &mut self,
        fr: ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
        on_return: OnReturn,
        locals_dict: Option<ObjRef>,
    ) -> PyResult<CallOutcome> {
        let Obj::Function(func) = self.heap.get(fr) else { unreachable!("checked by caller") };
        let code = func.code.clone();
        let globals = func.globals;
        let closure = func.closure.clone();
        let mut frame = self.make_frame(code.clone(), globals, locals_dict, on_return, Some(fr));
        if let Err(e) = self.bind_arguments(fr, args, kwargs, &mut frame.locals) {
            self.recycle_frame(frame);
            return Err(e);
        }
        let flags = code.obj.flags;
        for _ in 0..code.obj.cellvars.len() {
            let cell = Value::Obj(self.heap.alloc(Obj::Cell(None)));
            frame.cells.push(cell);
        }
        frame.cells.extend(closure);
        if flags.generator || flags.coroutine || flags.async_generator {
            let kind = if flags.async_generator {
                GenKind::AsyncGenerator
            } else if flags.coroutine {
                GenKind::Coroutine
            } else {
                GenKind::Generator
            };
            let (name, qualname) = match self.heap.get(fr) {
                Obj::Function(f) => (f.name, f.qualname),
                _ => (Value::None, Value::None),
            };
            let g = self.heap.alloc(Obj::Generator(Box::new(Generator {
                kind,
                frame: None,
                running: false,
                started: false,
                finished: false,
                name,
                qualname,
            })));
            frame.generator = Some(g);
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.frame = Some(frame);
            }
            self.heap.resize(g);
            return Ok(CallOutcome::Done(Value::Obj(g)));
        }
        if self.frames.len() >= self.recursion_limit {
            self.recycle_frame(frame);
            return Err(self.runtime_error("maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        Ok(CallOutcome::Pushed)
    }

    /// Python's argument binding rules, with MicroPython's error wording. Fills `locals` (emptied first).
    fn bind_arguments(
        &mut self,
        fr: ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
        locals: &mut Vec<Option<Value>>,
    ) -> PyResult<()> {
        let Obj::Function(func) = self.heap.get(fr) else { unreachable!() };
        let code = func.code.clone();
        let co = &code.obj;
        let nlocals = co.varnames.len();
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        locals.clear();
        // The common case: exactly the positional parameters, nothing else.
        if kwargs.is_empty() && args.len() == argcount && kwonly == 0 && !co.flags.varargs && !co.flags.varkeywords {
            locals.extend(args.iter().map(|a| Some(*a)));
            locals.resize(nlocals, None);
            return Ok(());
        }
        locals.resize(nlocals, None);
        let npos = args.len().min(argcount);
        for (i, a) in args[..npos].iter().enumerate() {
            locals[i] = Some(*a);
        }
        let mut slot = argcount + kwonly;
        if co.flags.varargs {
            let extra = if args.len() > argcount { args[argcount..].to_vec() } else { Vec::new() };
            locals[slot] = Some(self.new_tuple(extra));
            slot += 1;
        } else if args.len() > argcount {
            return Err(self.type_error_msg(format!(
                "function takes {} positional arguments but {} were given",
                argcount,
                args.len()
            )));
        }
        let kwdict = if co.flags.varkeywords {
            let d = self.heap.alloc(Obj::Dict(crate::objects::dict::DictStore::with_capacity(kwargs.len())));
            locals[slot] = Some(Value::Obj(d));
            Some(d)
        } else {
            None
        };
        for &(name, value) in kwargs {
            // Keyword names and parameter names are usually the same interned str: try identity first.
            let params = posonly..argcount + kwonly;
            let found = params.clone().find(|&i| code.varnames[i].is(name)).or_else(|| {
                let name = self.as_str(name);
                params.clone().find(|&i| self.as_str(code.varnames[i]) == name)
            });
            match found {
                Some(i) => {
                    if locals[i].is_some() {
                        let n = self.as_str(name).unwrap_or("").to_string();
                        return Err(self.type_error_msg(format!("function got multiple values for argument '{n}'")));
                    }
                    locals[i] = Some(value);
                }
                None => match kwdict {
                    Some(d) => self.dict_set(d, name, value)?,
                    None => {
                        let n = self.as_str(name).unwrap_or("").to_string();
                        return Err(self.type_error_msg(format!("unexpected keyword argument '{n}'")));
                    }
                },
            }
        }
        // Defaults.
        let Obj::Function(func) = self.heap.get(fr) else { unreachable!() };
        let defaults = &func.defaults;
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = 0;
        for i in 0..argcount {
            if locals[i].is_none() {
                if i >= first_default {
                    locals[i] = Some(defaults[i - first_default]);
                } else {
                    missing += 1;
                }
            }
        }
        if missing > 0 {
            return Err(self.type_error_msg(format!("function missing {missing} required positional arguments")));
        }
        let kwdefaults = func.kwdefaults;
        for (i, slot) in locals.iter_mut().enumerate().take(argcount + kwonly).skip(argcount) {
            if slot.is_none() {
                let d = kwdefaults.and_then(|d| self.dict_get_str_fast(d, code.varnames[i]));
                match d {
                    Some(v) => *slot = Some(v),
                    None => {
                        let n = co.varnames[i].clone();
                        return Err(self.type_error_msg(format!("function missing required keyword argument '{n}'")));
                    }
                }
            }
        }
        Ok(())
    }

    /// `Class(args)`: `__new__` (a Python one, or the layout's builtin construction), then `__init__`.
    fn instantiate(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
        on_return: OnReturn,
    ) -> PyResult<CallOutcome> {
        if cls == self.types.type_ && args.len() == 1 && kwargs.is_empty() {
            return Ok(CallOutcome::Done(Value::Obj(self.type_of(args[0]))));
        }
        // A builtin type itself (`str(x)`, `list(it)`, `DigitalInOut(pin)`): its constructor does it all.
        let t = self.type_obj(cls);
        if let (true, Some(ctor)) = (t.builtin, t.constructor) {
            let full = prepend(Value::Obj(cls), args);
            return ctor(self, &full, kwargs).map(CallOutcome::Done);
        }
        let new_name = self.names.new;
        let init_name = self.names.init;
        let user_new = self.lookup_special(cls, new_name);
        let instance = if let Some(new) = user_new {
            let new = match new {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::StaticMethod(f) => *f,
                    _ => new,
                },
                _ => new,
            };
            let full = prepend(Value::Obj(cls), args);
            let inst = self.call_kw(new, &full, kwargs)?;
            if !self.isinstance(inst, cls) {
                return Ok(CallOutcome::Done(inst));
            }
            inst
        } else {
            self.builtin_new(cls, args, kwargs)?
        };
        // `__init__` defined by a Python class (builtin types initialise in their constructor).
        let init = self.lookup_special(cls, init_name);
        let builtin_layout = self.type_obj(cls).layout;
        match init {
            Some(init) if !self.type_obj(cls).builtin || builtin_layout == Layout::Exception => {
                if let Value::Obj(ir) = init {
                    if matches!(self.heap.get(ir), Obj::Function(_)) {
                        let full = prepend(instance, args);
                        return self.call_function(ir, &full, kwargs, init_return(on_return, instance), None);
                    }
                }
                let full = prepend(instance, args);
                let r = self.call_kw(init, &full, kwargs)?;
                if !r.is_none() {
                    return Err(self.type_error_msg("__init__() should return None"));
                }
                Ok(CallOutcome::Done(instance))
            }
            _ => {
                if user_new.is_none()
                    && (!args.is_empty() || !kwargs.is_empty())
                    && self.type_obj(cls).layout == Layout::Object
                {
                    let name = self.type_name_of_type(cls);
                    return Err(self.type_error_msg(format!("{name}() takes no arguments")));
                }
                Ok(CallOutcome::Done(instance))
            }
        }
    }

    /// The instance a class makes before `__init__`, according to its nearest builtin base.
    pub fn builtin_new(&mut self, cls: ObjRef, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        let mro = self.type_obj(cls).mro.clone();
        for &base in &mro {
            let (layout, constructor, builtin) = {
                let t = self.type_obj(base);
                (t.layout, t.constructor, t.builtin)
            };
            if !builtin {
                continue;
            }
            match layout {
                Layout::Exception => {
                    let a = self.new_tuple(args.to_vec());
                    return Ok(Value::Obj(self.heap.alloc(Obj::Instance(Instance {
                        class: cls,
                        dict: None,
                        payload: Payload::Exception(Box::new(ExcData {
                            args: a,
                            traceback: Vec::new(),
                            cause: Value::None,
                            context: Value::None,
                            suppress_context: false,
                        })),
                    }))));
                }
                Layout::Object => return Ok(self.new_instance(cls)),
                Layout::Builtin | Layout::Native => {
                    let Some(ctor) = constructor else { continue };
                    // A Python subclass's __init__ may take different arguments than the builtin: mutable
                    // builtins are made empty and filled by __init__.
                    let is_sub = base != cls;
                    let mutable =
                        [self.types.list, self.types.dict, self.types.set, self.types.bytearray].contains(&base);
                    let (args, kwargs) = if is_sub && mutable { (&[][..], &[][..]) } else { (args, kwargs) };
                    let v = ctor(self, &prepend(Value::Obj(cls), args), kwargs)?;
                    // (A metaclass's instances are classes: `type`'s constructor made one already.)
                    if is_sub && layout == Layout::Builtin && base != self.types.type_ {
                        return Ok(Value::Obj(self.heap.alloc(Obj::Instance(Instance {
                            class: cls,
                            dict: None,
                            payload: Payload::Base(v),
                        }))));
                    }
                    if is_sub {
                        // A Python subclass of a native class: re-label the instance.
                        if let Value::Obj(r) = v {
                            if let Obj::Instance(i) = self.heap.get_mut(r) {
                                i.class = cls;
                            }
                        }
                    }
                    return Ok(v);
                }
            }
        }
        Err(self.type_error_msg(format!("cannot create '{}' instances", self.type_name_of_type(cls))))
    }

    /// Make a function object from a code constant (the `MakeFunction` instruction and `exec` of modules).
    pub fn new_function(
        &mut self,
        code: Rc<super::code::Code>,
        globals: ObjRef,
        defaults: Vec<Value>,
        kwdefaults: Option<ObjRef>,
        closure: Vec<Value>,
    ) -> Value {
        let (name, qualname) = (code.name, code.qualname);
        Value::Obj(self.heap.alloc(Obj::Function(Box::new(Function {
            code,
            globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            dict: None,
        }))))
    }

    /// `cls(*args)` made from native code, skipping a metaclass `__call__` (that is what calls this).
    pub(crate) fn construct(&mut self, cls: ObjRef, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        let base = self.frames.len();
        match self.instantiate(cls, args, kwargs, OnReturn::Native)? {
            CallOutcome::Done(v) => Ok(v),
            CallOutcome::Pushed => self.run_nested(base),
        }
    }

    pub(crate) fn is_python_function(&self, f: Value) -> bool {
        matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_)))
    }

    /// Whether calling `f` would bind `self` (for `CallMethod`): a function or native method found on the type.
    pub(crate) fn is_plain_method(&self, f: Value) -> bool {
        match f {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Function(_) => true,
                Obj::Native(n) => n.kind == NativeKind::Method,
                _ => false,
            },
            _ => false,
        }
    }
}

/// `first` and then `args`: the arguments of a call that binds `self` (or the class), made in one place
/// rather than as a small vector built inline at each of those calls.
fn prepend(first: Value, args: &[Value]) -> Args {
    let mut full: Args = SmallVec::with_capacity(args.len() + 1);
    full.push(first);
    full.extend_from_slice(args);
    full
}

/// How the `__init__` frame of a new instance returns, given how the class call was to return.
fn init_return(outer: OnReturn, instance: Value) -> OnReturn {
    match outer {
        OnReturn::Native => OnReturn::InitNative(instance),
        _ => OnReturn::Init(instance),
    }
}

struct PyErrMsg;
impl PyErrMsg {
    fn running(vm: &Vm) -> super::PyErr {
        vm.new_error(vm.exc.value_error, "generator already executing")
    }
}
