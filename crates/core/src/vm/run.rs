//! The host-facing API for running code: compiling source (syntax errors become `SyntaxError` exceptions
//! with CircuitPython's traceback shape), loading code objects into the VM, starting a program, running it
//! in slices, and resuming after a sleep, an `input()` or a host future.

use super::code::Code;
use super::frame::{Frame, OnReturn};
use super::interp::Exit;
use super::{PyErr, PyResult, RunOutcome, Suspend, Vm};
use crate::bytecode::{CodeObject, Const, Mode};
use crate::heap::Obj;
use crate::numfmt::IntValue;
use crate::objects::instance::{NativeState, TracebackEntry};
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// An awaitable standing for a host future (a JS promise): awaiting it suspends the VM with
/// `Suspend::HostWait { token }` until the host calls `resume_value` or `resume_error`.
pub struct HostAwaitable {
    pub token: u64,
    pub resolved: bool,
}

crate::keyed_type!(HostAwaitable);
impl NativeState for HostAwaitable {}

impl Vm {
    /// Turn a compiled code object into runtime code (names interned, constants made values).
    pub fn load_code(&mut self, obj: Rc<CodeObject>) -> Rc<Code> {
        let names = obj.names.iter().map(|n| self.intern(n)).collect();
        let varnames = obj.varnames.iter().map(|n| self.intern(n)).collect();
        for n in obj.cellvars.iter().chain(obj.freevars.iter()) {
            self.intern(n);
        }
        let consts = obj.consts.iter().map(|c| self.const_value(c)).collect();
        let name = self.intern(&obj.name);
        let qualname = self.intern(&obj.qualname);
        let name_rc: Rc<str> = Rc::from(obj.name.as_str());
        let caches = vec![std::cell::Cell::new(super::code::NameCache::Empty); obj.code.len()];
        Rc::new(Code { obj, names, consts, varnames, name, qualname, name_rc, caches })
    }

    fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::True => Value::TRUE,
            Const::False => Value::FALSE,
            Const::Ellipsis => self.ellipsis,
            Const::Int(i) => Value::Int(*i),
            // Decimal or prefixed digits, maybe negated by constant folding; the lexer validated them.
            Const::BigInt(s) => match crate::numfmt::parse_int(s, 0) {
                Ok(IntValue::Big(b)) => self.new_int(b),
                Ok(IntValue::Small(v)) => Value::Int(v),
                Err(_) => Value::Int(0),
            },
            Const::Float(f) => Value::float(*f),
            Const::Str(s) => self.intern(s),
            Const::Bytes(b) => self.new_bytes(b.clone()),
            Const::Tuple(items) => {
                let v = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(v)
            }
            Const::Code(code) => {
                let loaded = self.load_code(code.clone());
                Value::Obj(self.heap.alloc(Obj::Code(loaded)))
            }
        }
    }

    pub fn code_of(&self, v: Value) -> Option<Rc<Code>> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Code(c) => Some(c.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Parse and compile `source`. Syntax errors are raised as `SyntaxError`/`IndentationError`.
    pub fn compile_source(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
        let parsed = match mode {
            Mode::Eval => circuitpython_parser::parse_expression(source).map(|e| circuitpython_parser::ast::Module {
                body: vec![circuitpython_parser::ast::Stmt {
                    line: e.line,
                    kind: circuitpython_parser::ast::StmtKind::Expr(Box::new(e)),
                }],
            }),
            _ => circuitpython_parser::parse_module(source),
        };
        let module = match parsed {
            Ok(m) => m,
            Err(e) => {
                let class = match e.kind {
                    circuitpython_parser::ParseErrorKind::SyntaxError => self.exc.syntax_error,
                    circuitpython_parser::ParseErrorKind::IndentationError => self.exc.indentation_error,
                };
                return Err(self.syntax_error(class, &e.message, filename, e.line));
            }
        };
        match crate::compile::compile(&module, filename, mode) {
            Ok(code) => Ok(self.load_code(Rc::new(code))),
            Err(e) if e.message == crate::compile::RECURSION_MESSAGE => {
                Err(self.runtime_error(crate::compile::RECURSION_MESSAGE))
            }
            Err(e) => {
                let class = self.exc.syntax_error;
                Err(self.syntax_error(class, &e.message, filename, e.line))
            }
        }
    }

    fn syntax_error(&mut self, class: ObjRef, msg: &str, filename: &str, line: u32) -> PyErr {
        let m = self.new_str(msg);
        let exc = self.new_exception_value(class, vec![m]);
        self.add_traceback(exc, TracebackEntry { filename: Rc::from(filename), name: Rc::from(""), line });
        PyErr::exc(exc)
    }

    /// A frame for module-level code (a module body, `exec`/`eval` code) in these namespaces.
    fn module_frame(code: Rc<Code>, globals: ObjRef, locals: ObjRef) -> Box<Frame> {
        Box::new(Frame {
            stack: Vec::with_capacity(code.obj.max_stack as usize),
            locals: vec![None; code.obj.varnames.len()],
            cells: Vec::new(),
            code,
            ip: 0,
            globals,
            locals_dict: Some(locals),
            blocks: Vec::new(),
            handling: Vec::new(),
            on_return: OnReturn::Native,
            generator: None,
            function: None,
        })
    }

    /// Start running module code in `globals` (its namespace). Run it with `run`.
    pub fn start(&mut self, code: Rc<Code>, globals: ObjRef) {
        self.frames.push(Self::module_frame(code, globals, globals));
    }

    /// Run module-level code with these global and local namespaces, waiting for it (a nested run); returns
    /// what the code returns (the value of an `eval` expression).
    pub fn run_code_in(&mut self, code: Rc<Code>, globals: ObjRef, locals: ObjRef) -> PyResult<Value> {
        self.check_nested_entry()?;
        let base = self.frames.len();
        self.push_code(code, globals, locals, OnReturn::Native)?;
        self.run_nested(base)
    }

    /// Push a frame for module-level code in these namespaces, its return handed on as `on_return` says.
    pub(super) fn push_code(&mut self, code: Rc<Code>, g: ObjRef, l: ObjRef, on_return: OnReturn) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.runtime_error("maximum recursion depth exceeded"));
        }
        let mut frame = Self::module_frame(code, g, l);
        frame.on_return = on_return;
        self.frames.push(frame);
        Ok(())
    }

    /// True while a started program has frames left to run.
    pub fn is_running(&self) -> bool {
        !self.frames.is_empty()
    }

    /// Run at most about `budget` instructions of the started program.
    pub fn run(&mut self, budget: u64) -> RunOutcome {
        if self.frames.is_empty() {
            return RunOutcome::Complete(Value::None);
        }
        // An interrupt that arrived while the program was suspended (in a sleep) is raised before anything runs.
        if self.take_interrupt() {
            let class = self.exc.keyboard_interrupt;
            self.pending_throw = Some(self.new_exception_value(class, vec![]));
        }
        let before = self.instructions;
        let exit = self.execute(0, Some(budget.max(1)));
        // Only a slice that used up its budget costs board time: code that sleeps wakes at exactly the time
        // it asked for, so virtual-time runs show round times (blink toggles at 0.5, 1.0, ...).
        let ran = self.instructions - before;
        if matches!(exit, Exit::Budget) {
            self.host.after_slice(ran);
        }
        match exit {
            Exit::Return(v) | Exit::Yield(v) => {
                self.frames.clear();
                RunOutcome::Complete(v)
            }
            Exit::Raise(e) => {
                self.frames.clear();
                RunOutcome::Error(e)
            }
            Exit::Budget => RunOutcome::Yielded,
            Exit::Suspend(s) => RunOutcome::Suspended(s),
        }
    }

    /// Resume after `Suspend::Input` with the line read (without its newline).
    pub fn resume_input(&mut self, line: &str) {
        let v = self.new_str(line);
        self.resume_value(v);
    }

    /// Resume after `Suspend::Input` or `Suspend::HostWait` with a value (the result of `input()` or of the
    /// `await`).
    pub fn resume_value(&mut self, v: Value) {
        if let Some(f) = self.frames.last_mut() {
            // `input()` left a placeholder result to replace; an await left its awaitable at TOS.
            let awaiting = f.stack.last().copied();
            if let Some(aw) = awaiting {
                if let Some(h) = self.native_state_mut::<HostAwaitable>(aw) {
                    h.resolved = true;
                    self.frames.last_mut().expect("frame").stack.push(v);
                    return;
                }
            }
            let f = self.frames.last_mut().expect("frame");
            f.stack.pop();
            f.stack.push(v);
        }
    }

    /// Resume after `Suspend::HostWait` by raising `exc` at the `await`.
    pub fn resume_error(&mut self, exc: Value) {
        if let Some(f) = self.frames.last_mut() {
            // The frame was rewound to re-run YieldFrom; step over it so the handler sees the right line.
            f.ip += 1;
            f.stack.pop();
        }
        self.pending_throw = Some(exc);
    }

    /// The token of a host awaitable yielded from an `await`, if `v` is one that is not yet resolved.
    pub(crate) fn host_future_token(&self, v: Value) -> Option<u64> {
        self.native_state::<HostAwaitable>(v).filter(|h| !h.resolved).map(|h| h.token)
    }

    /// A new awaitable for a host future.
    pub fn new_host_awaitable(&mut self, token: u64) -> Value {
        let class = self.host_awaitable_class();
        self.new_native_instance(class, Box::new(HostAwaitable { token, resolved: false }))
    }

    fn host_awaitable_class(&mut self) -> ObjRef {
        if let Some(Value::Obj(c)) = self.dict_get_str(self.builtins, "__host_awaitable__") {
            return c;
        }
        let c = self.new_native_class("HostFuture", None);
        self.add_methods(
            c,
            &[
                ("__await__", host_await_iter),
                ("__iter__", host_await_iter),
                ("__next__", host_await_next),
                ("send", host_await_send),
            ],
        );
        let b = self.builtins;
        self.dict_set_str(b, "__host_awaitable__", Value::Obj(c));
        c
    }

    /// Run the started program to its end, sleeping through `time.sleep` with the host's blocking sleep.
    /// Input and host futures are not available this way (used by tests and simple hosts).
    pub fn run_to_completion(&mut self) -> PyResult<Value> {
        loop {
            match self.run(100_000) {
                RunOutcome::Complete(v) => return Ok(v),
                RunOutcome::Error(e) => return Err(e),
                RunOutcome::Yielded => {}
                RunOutcome::Suspended(Suspend::Sleep { until_ns }) => self.host.sleep_blocking(until_ns),
                RunOutcome::Suspended(_) => {
                    self.frames.clear();
                    return Err(self.runtime_error("input and host futures need an interactive host"));
                }
            }
        }
    }

    /// Compile and run `source` as the `__main__` module, to completion.
    pub fn exec_main(&mut self, source: &str, filename: &str) -> PyResult<Value> {
        let code = self.compile_source(source, filename, Mode::Exec)?;
        let g = self.main_globals;
        self.start(code, g);
        self.run_to_completion()
    }

    /// Print an exception's traceback to stderr, as an uncaught exception.
    pub fn print_exception(&mut self, err: PyErr) {
        let exc = self.materialize(err);
        let text = self.format_exception(exc);
        self.host.write(crate::host::Stream::Stderr, &text);
    }

    /// The class name of an exception (e.g. to decide an exit status for `SystemExit`).
    pub fn exception_class_name(&mut self, err: &PyErr) -> String {
        let c = self.error_class(err);
        self.type_name_of_type(c)
    }
}

fn host_await_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0])
}

/// Yield the awaitable itself once: `YieldFrom` recognises it and suspends the VM.
fn host_await_next(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0])
}

fn host_await_send(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.stop_iteration(args.get(1).copied().unwrap_or(Value::None)))
}
