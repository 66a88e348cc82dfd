//! WebAssembly bindings: the `Interpreter` class that `js/src/index.mjs` drives, through its constructor and
//! one entry point, `op(code, a, b, c)` (the operations are numbered in the `op` module).
//!
//! JS starts a program (`EXEC_START`, or `POWER_ON` for boot.py + code.py), then calls `RUN(budget)`; each call
//! runs the board's slices (`supervisor::run_slice`, the same loop as the native CLI, so virtual-time runs and
//! traces are identical) and returns a status object (`{done, value}`, `{done, until}`, `{error}`,
//! `{yielded}`, `{sleep: ms, stop}`, `{input: prompt}` or `{await: promise}`); JS resumes the VM after timers,
//! promises and input. Values cross with the conversions of `convert.rs`;
//! Python objects handed to JS are pinned and reached again through `CALL`/`GET_ATTR`/`UNPIN`.
//!
//! The REPL is the shared `circuitpython_board::repl::ReplSession` (the native CLI's too): `REPL_FEED(keys)` and
//! friends return `{idle}`, `{run}` (an entry was started: drive it with `RUN`, whose final status then carries
//! `repl`, the session's next status), `{resume}` (the entry waiting in `input()` got its line: keep driving),
//! `{reboot}` (soft-reboot, then `REPL_REBOOTED`) or `{exit: code}`. Bad input
//! from JS is reported as a JS `Error`, never a panic (a panic would kill the instance).

mod board;
mod bridge;
mod convert;
mod fs;
mod host;
mod jsproxy;
mod reentry;

/// The module's memory allocator: talc in place of std's dlmalloc, 3.7 KB less code (1.7 KB gzipped) and no slower
/// (single-threaded: this build has no atomics).
#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use bridge::{js, Bridge};
use bridge::{Array, Object};
use circuitpython_board::repl::{ReplSession, Status, REPL_FILENAME};
use circuitpython_board::supervisor::{self, run_slice, RunStep};
use circuitpython_board::{BoardDef, BoardState, SLICE_INSTRUCTIONS};
use circuitpython_core::bytecode::Mode;
use circuitpython_core::heap::Obj;
use circuitpython_core::{Config, PyErr, Suspend, Value, Vm};
use convert::{to_js, to_py, ToPy};
use host::{board_now_ns, SharedFs, WasmHost};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// Runs a coroutine left as the value of `runPythonAsync` code to its end, stacklessly (`send` resumes it in
/// the outermost loop, so its `await`s on JS promises suspend the VM).
const COROUTINE_DRIVER: &str = "def run(coro):\n    try:\n        while True:\n            coro.send(None)\n    except StopIteration as e:\n        return e.value\n";

/// What the started program still has to do after its current code object completes.
#[derive(Default)]
struct Program {
    /// The last expression statement, compiled apart so its value can be returned (a pinned code object).
    last_expression: Option<u64>,
    /// Await a coroutine result (runPythonAsync).
    drive_coroutine: bool,
    /// The supervisor's code file (`POWER_ON`): its end prints the traceback and `Code done running.`.
    supervised: bool,
    /// A REPL entry: its end goes to the REPL session.
    repl: bool,
}

#[wasm_bindgen]
pub struct Interpreter {
    vm: RefCell<Box<Vm>>,
    /// Where the VM lives (stable while boxed), to recognise it when lent to re-entrant calls.
    vm_addr: Cell<*mut Vm>,
    interrupt: RefCell<Arc<AtomicBool>>,
    bridge: Rc<Bridge>,
    fs: SharedFs,
    /// The JS clock (`js::NOW`) at power-on: real board time counts from there.
    start_ms: f64,
    def: &'static BoardDef,
    board: Rc<RefCell<BoardState>>,
    /// `until` (the CLI's `--until`), in board nanoseconds.
    until_ns: Cell<Option<u64>>,
    heap_size: usize,
    program: RefCell<Program>,
    /// The coroutine driver's namespace in the current VM (pinned), made on first use.
    driver: Cell<Option<u64>>,
    /// The REPL's state (kept across soft reboots), from `REPL_INIT` on.
    repl: RefCell<Option<ReplSession>>,
}

/// `{k: v, ...}`.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let obj = Object::new();
    for (k, v) in fields {
        bridge::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}

/// `{key: value}`.
fn field(key: &str, value: JsValue) -> JsValue {
    object(&[(key, value)])
}

/// `{key: true}`.
fn flag(key: &str) -> JsValue {
    field(key, JsValue::TRUE)
}

/// A Python exception as `{type, message, traceback}` (JS turns it into a `PythonError`).
fn error_object(vm: &mut Vm, err: PyErr) -> JsValue {
    let exc = vm.materialize(err);
    let class = vm.type_name(exc);
    let message = vm.exception_str(exc);
    let traceback = vm.format_exception(exc);
    let error = object(&[
        ("type", JsValue::from_str(&class)),
        ("message", JsValue::from_str(&message)),
        ("traceback", JsValue::from_str(&traceback)),
    ]);
    field("error", error)
}

/// `{value}` or `{error}`, for calls from JS that run Python code to completion.
fn outcome(vm: &mut Vm, result: Result<Value, PyErr>) -> JsValue {
    match result {
        Ok(v) => {
            let value = to_js(vm, v);
            field("value", value)
        }
        Err(e) => error_object(vm, e),
    }
}

/// A VM on the board `def`/`board`, with the JS proxies and the board's modules installed.
fn new_vm(
    bridge: &Rc<Bridge>,
    start_ms: f64,
    def: &'static BoardDef,
    board: &Rc<RefCell<BoardState>>,
    fs: &SharedFs,
    heap: usize,
) -> Box<Vm> {
    let host = WasmHost::new(bridge.clone(), start_ms, board.clone(), fs.clone());
    let mut vm = Box::new(Vm::new(Box::new(host), Config { heap_size: heap, ..Config::default() }));
    jsproxy::install(&mut vm, bridge.clone());
    circuitpython_board::install(&mut vm, def, board.clone());
    vm.heap.make_permanent();
    vm
}

/// The operations of `Interpreter::op`; `js/src/protocol.mjs` names the same numbers.
mod op {
    pub const SET_ARGV: u32 = 0;
    pub const RESET: u32 = 1;
    pub const SET_UNTIL: u32 = 2;
    pub const INTERRUPT: u32 = 3;
    pub const MONOTONIC: u32 = 4;
    pub const REPL_IDLE: u32 = 5;
    pub const REGISTER_JS_MODULE: u32 = 6;
    pub const EXEC_START: u32 = 7;
    pub const POWER_ON: u32 = 8;
    pub const RUN: u32 = 9;
    pub const ABORT: u32 = 10;
    pub const IS_RUNNING: u32 = 11;
    pub const REPL_INIT: u32 = 12;
    pub const REPL_FEED: u32 = 13;
    pub const REPL_WAIT_INPUT: u32 = 14;
    pub const REPL_REBOOTED: u32 = 15;
    pub const REPL_ABORT: u32 = 16;
    pub const RESUME_INPUT: u32 = 17;
    pub const RESUME_VALUE: u32 = 18;
    pub const RESUME_ERROR: u32 = 19;
    pub const GLOBAL_GET: u32 = 20;
    pub const GLOBAL_SET: u32 = 21;
    pub const GLOBAL_DELETE: u32 = 22;
    pub const PYIMPORT: u32 = 23;
    pub const CALL: u32 = 24;
    pub const GET_ATTR: u32 = 25;
    pub const SET_ATTR: u32 = 26;
    pub const REPR: u32 = 27;
    pub const UNPIN: u32 = 28;
    // The drive (`fs.rs`).
    pub const FS_READ: u32 = 29;
    pub const FS_WRITE: u32 = 30;
    pub const FS_MKDIR: u32 = 31;
    pub const FS_READDIR: u32 = 32;
    pub const FS_UNLINK: u32 = 33;
    pub const FS_RMDIR: u32 = 34;
    pub const FS_RENAME: u32 = 35;
    pub const FS_STAT: u32 = 36;
    // The board (`board.rs`).
    pub const BOARD_INFO: u32 = 37;
    pub const BOARD_PINS: u32 = 38;
    pub const BOARD_PIXELS: u32 = 39;
    pub const BOARD_SET_INPUT: u32 = 40;
    pub const BOARD_SCHEDULE: u32 = 41;
    pub const BOARD_UART_WRITE: u32 = 42;
    pub const BOARD_UART_READ: u32 = 43;
    pub const BOARD_ATTACH_I2C: u32 = 44;
    pub const BOARD_TRACE: u32 = 45;
}

/// How `EXEC_START` runs code (its `c`); js/src/protocol.mjs names the same numbers `AS_*`.
mod exec_as {
    /// A whole program; its result is None.
    pub const FILE: f64 = 0.0;
    /// The last expression statement's value is the result.
    pub const EXPRESSION: f64 = 1.0;
    /// As `EXPRESSION`, and a coroutine result is awaited.
    pub const ASYNC: f64 = 2.0;
}

/// The arguments of an `Interpreter::op`, with the texts of `a` and `b`, which most operations take (empty when
/// they are no strings), read once.
struct Args<'a> {
    a: &'a JsValue,
    b: &'a JsValue,
    c: &'a JsValue,
    a_text: String,
    b_text: String,
}

/// A string argument (anything else reads as empty: index.mjs passes strings).
fn text(v: &JsValue) -> String {
    v.as_string().unwrap_or_default()
}

/// A number argument (anything else reads as NaN, which every number check rejects).
fn num(v: &JsValue) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

#[wasm_bindgen]
impl Interpreter {
    /// `bridge`: the JS function of `bridge.rs`; `board`: a built-in board id (index.mjs checks it first and
    /// names the valid ones); `heap_size` in bytes (0: the board's); `virtual_time`: the clock moves only by
    /// sleeps and busy slices.
    #[wasm_bindgen(constructor)]
    pub fn new(bridge: JsValue, board: &str, heap_size: f64, virtual_time: bool) -> Result<Interpreter, JsError> {
        let bridge = Rc::new(Bridge::from_js(bridge).ok_or_else(|| JsError::new("the bridge must be a function"))?);
        let def = circuitpython_board::find_board(board).ok_or_else(|| JsError::new("unknown board"))?;
        let heap_size = if heap_size == 0.0 { def.heap as f64 } else { heap_size };
        if !(heap_size.is_finite() && (16.0 * 1024.0..=1024.0 * 1024.0 * 1024.0).contains(&heap_size)) {
            return Err(JsError::new("heapsize must be a number of bytes between 16 KiB and 1 GiB"));
        }
        let heap_size = heap_size as usize;
        let start_ms = bridge.number(js::NOW);
        let board = Rc::new(RefCell::new(BoardState::new(def, virtual_time)));
        let fs = SharedFs::default();
        let mut vm = new_vm(&bridge, start_ms, def, &board, &fs, heap_size);
        let vm_addr = Cell::new(&mut *vm as *mut Vm);
        let interrupt = RefCell::new(vm.interrupt_handle());
        Ok(Interpreter {
            vm: RefCell::new(vm),
            vm_addr,
            interrupt,
            bridge,
            fs,
            start_ms,
            def,
            board,
            until_ns: Cell::new(None),
            heap_size,
            program: RefCell::new(Program::default()),
            driver: Cell::new(None),
            repl: RefCell::new(None),
        })
    }

    /// Every operation of the class: `code` (the `op` module) picks it, `a`, `b` and `c` are its arguments
    /// (unused ones undefined). One export rather than one per operation: each export costs the module an
    /// ABI wrapper and the glue a method.
    pub fn op(&self, code: u32, a: &JsValue, b: &JsValue, c: &JsValue) -> Result<JsValue, JsError> {
        let args = Args { a, b, c, a_text: text(a), b_text: text(b) };
        Ok(match code {
            // `sys.argv` (an array of strings) for programs run from now on.
            op::SET_ARGV => {
                let mut vm =
                    self.vm.try_borrow_mut().map_err(|_| JsError::new("can't set argv while the interpreter runs"))?;
                let (list, mut argv) = (a.unchecked_ref::<Array>(), Vec::new());
                for i in 0..list.length() {
                    argv.push(text(&list.get(i)));
                }
                vm.argv = argv;
                JsValue::UNDEFINED
            }
            // Soft reboot: a new VM on the same drive and clock, the board's pins released.
            op::RESET => {
                let mut vm =
                    self.vm.try_borrow_mut().map_err(|_| JsError::new("can't reset the interpreter while it runs"))?;
                self.board.borrow_mut().soft_reset();
                *vm = new_vm(&self.bridge, self.start_ms, self.def, &self.board, &self.fs, self.heap_size);
                self.vm_addr.set(&mut **vm as *mut Vm);
                *self.interrupt.borrow_mut() = vm.interrupt_handle();
                *self.program.borrow_mut() = Program::default();
                self.driver.set(None);
                JsValue::UNDEFINED
            }
            // Stop programs once board time passes `a` seconds (inclusive, as the CLI's `--until`); negative: never.
            op::SET_UNTIL => {
                let seconds = num(a);
                self.until_ns.set((seconds.is_finite() && seconds >= 0.0).then_some((seconds * 1e9) as u64));
                JsValue::UNDEFINED
            }
            // Raise KeyboardInterrupt at the next check (works while Python code runs, from any JS callback).
            op::INTERRUPT => {
                self.interrupt.borrow().store(true, Ordering::Relaxed);
                JsValue::UNDEFINED
            }
            // The board clock in seconds (real or virtual).
            op::MONOTONIC => JsValue::from_f64(board_now_ns(&self.bridge, self.start_ms, &self.board) as f64 / 1e9),
            // True at an empty `>>> ` prompt with nothing running or queued.
            op::REPL_IDLE => JsValue::from_bool(self.repl.borrow().as_ref().is_some_and(|s| s.is_idle())),
            op::FS_READ..=op::FS_STAT => return self.fs_op(code, &args),
            op::BOARD_INFO..=op::BOARD_TRACE => return self.board_op(code, &args),
            _ => return self.with_vm(|vm| self.vm_op(vm, code, &args)),
        })
    }
}

impl Interpreter {
    fn with_vm(&self, f: impl FnOnce(&mut Vm) -> Result<JsValue, JsError>) -> Result<JsValue, JsError> {
        if let Some(lent) = reentry::lent(self.vm_addr.get()) {
            // SAFETY: the pointer comes from the `&mut Vm` of a native function of this VM that is waiting
            // for the JS call we are in; it is not used until we return.
            return f(unsafe { &mut *lent });
        }
        let mut vm = self
            .vm
            .try_borrow_mut()
            .map_err(|_| JsError::new("the interpreter is busy (called from its own output callback?)"))?;
        f(&mut vm)
    }

    /// The operations that use the VM.
    fn vm_op(&self, vm: &mut Vm, code: u32, args: &Args) -> Result<JsValue, JsError> {
        let &Args { a, b, c, ref a_text, ref b_text } = args;
        Ok(match code {
            // `py.registerJsModule(a, b)`.
            op::REGISTER_JS_MODULE => {
                let name = a_text;
                if name.is_empty() || !(b.is_object() || b.is_function()) {
                    return Err(JsError::new("registerJsModule needs a module name and an object"));
                }
                jsproxy::register_js_module(vm, name, b.clone()).map_err(|e| py_error(vm, e))?;
                JsValue::UNDEFINED
            }
            op::EXEC_START => return self.exec_start(vm, a_text, b_text, num(c)),
            // True when a program was started (drive it with RUN); false when the texts are already out.
            op::POWER_ON => {
                self.check_idle(vm)?;
                let started = supervisor::power_on(vm);
                *self.program.borrow_mut() = Program { supervised: started, ..Program::default() };
                JsValue::from_bool(started)
            }
            op::RUN => return self.run(vm, num(a)),
            // Stop the running program where it is (e.g. `runPython` met a sleep it can't wait for).
            op::ABORT => {
                vm.frames.clear();
                self.end_program(vm);
                JsValue::UNDEFINED
            }
            op::IS_RUNNING => JsValue::from_bool(vm.is_running()),
            // Start the REPL: its banner and first prompt.
            op::REPL_INIT => {
                let mut session = ReplSession::new(self.def.machine, true);
                session.start(vm);
                *self.repl.borrow_mut() = Some(session);
                JsValue::UNDEFINED
            }
            // REPL_FEED: keys typed at the REPL (queued while an entry runs, except for its `input()`).
            // REPL_WAIT_INPUT: the running REPL entry waits in `input(a)`: `{resume}` if queued keys answered
            // it, else `{idle}` (the answer comes with later keys). REPL_REBOOTED: after `{reboot}` and
            // RESET, the REPL's texts on the fresh VM. Each returns the REPL status.
            op::REPL_FEED | op::REPL_WAIT_INPUT | op::REPL_REBOOTED => {
                let mut slot = self.repl.borrow_mut();
                let session =
                    slot.as_mut().ok_or_else(|| JsError::new("the REPL isn't started (call replInit first)"))?;
                let status = match code {
                    op::REPL_FEED => session.feed(vm, a_text),
                    op::REPL_WAIT_INPUT => session.wait_input(vm, a_text),
                    _ => session.rebooted(vm),
                };
                self.repl_status(vm, session, status)
            }
            // The REPL entry was stopped without an outcome (board time up, or a host error): the next prompt.
            op::REPL_ABORT => {
                vm.frames.clear();
                self.repl_done(vm, Ok(Value::None))
            }
            // After `{input}`: the line typed, without its newline.
            op::RESUME_INPUT => {
                vm.resume_input(a_text);
                JsValue::UNDEFINED
            }
            // After `{await}`: the promise fulfilled with `a`.
            op::RESUME_VALUE => {
                let v = to_py(vm, a, ToPy::Ref).unwrap_or(Value::None);
                vm.resume_value(v);
                JsValue::UNDEFINED
            }
            // After `{await}`: the promise rejected with `a` (raised in Python as `JsException`), or, with
            // `b` true, the wait was interrupted (KeyboardInterrupt).
            op::RESUME_ERROR => {
                let exc = if b.is_truthy() {
                    let class = vm.exc.keyboard_interrupt;
                    vm.new_exception_value(class, vec![])
                } else {
                    let e = jsproxy::js_error(vm, a);
                    vm.materialize(e)
                };
                vm.resume_error(exc);
                JsValue::UNDEFINED
            }
            // `py.globals.get(a)`.
            op::GLOBAL_GET => {
                let g = vm.main_globals;
                match vm.dict_get_str(g, a_text) {
                    Some(v) => to_js(vm, v),
                    None => JsValue::UNDEFINED,
                }
            }
            // `py.globals.set(a, b)` (arrays, plain objects and Maps are copied).
            op::GLOBAL_SET => {
                let v = to_py(vm, b, ToPy::Copy).map_err(|e| py_error(vm, e))?;
                let g = vm.main_globals;
                vm.dict_set_str(g, a_text, v);
                JsValue::UNDEFINED
            }
            // `py.globals.delete(a)`; false if there was no such global.
            op::GLOBAL_DELETE => {
                let g = vm.main_globals;
                let key = vm.new_str(a_text);
                JsValue::from_bool(matches!(vm.dict_del(g, key), Ok(Some(_))))
            }
            // `py.pyimport(a)`: `{value}` (the module, as a proxy) or `{error}`.
            op::PYIMPORT => {
                let g = vm.main_globals;
                let fromlist = vm.new_tuple(vec![Value::None]);
                let result = vm.import(a_text, fromlist, 0, g);
                outcome(vm, result)
            }
            // Release the pinned Python object `a` (its JS proxy was destroyed or collected).
            op::UNPIN => {
                let handle = num(a);
                if handle >= 1.0 {
                    vm.unpin(handle as u64);
                }
                JsValue::UNDEFINED
            }
            // The rest act on the pinned Python object `a`.
            _ => {
                let obj = pinned(vm, num(a))?;
                match code {
                    // Call it with the JS arguments `b` (copied into Python values): `{value}` or `{error}`.
                    op::CALL => {
                        let args = b.unchecked_ref::<Array>();
                        let mut py_args = Vec::with_capacity(args.length() as usize);
                        for i in 0..args.length() {
                            match to_py(vm, &args.get(i), ToPy::Copy) {
                                Ok(v) => py_args.push(v),
                                Err(e) => return Ok(error_object(vm, e)),
                            }
                        }
                        let result = vm.call(obj, &py_args);
                        outcome(vm, result)
                    }
                    // Its attribute `b`: `{value}` or `{error}`.
                    op::GET_ATTR => {
                        let result = vm.getattr_str(obj, b_text);
                        outcome(vm, result)
                    }
                    // Set its attribute `b` to `c`: `{value}` or `{error}`.
                    op::SET_ATTR => {
                        let result =
                            to_py(vm, c, ToPy::Copy).and_then(|v| vm.setattr_str(obj, b_text, v).map(|_| Value::None));
                        outcome(vm, result)
                    }
                    // Its `repr()`.
                    op::REPR => {
                        let text = vm.repr(obj).map_err(|e| py_error(vm, e))?;
                        JsValue::from_str(&text)
                    }
                    _ => return Err(JsError::new("unknown operation")),
                }
            }
        })
    }

    fn check_idle(&self, vm: &Vm) -> Result<(), JsError> {
        if vm.is_running() {
            return Err(JsError::new("the interpreter is already running a program"));
        }
        self.interrupt.borrow().store(false, Ordering::Relaxed);
        Ok(())
    }

    /// Compile `source` and start it in `__main__`, run as `how` says (`exec_as`). Returns undefined, or
    /// `{error}` for a syntax error.
    fn exec_start(&self, vm: &mut Vm, source: &str, filename: &str, how: f64) -> Result<JsValue, JsError> {
        let (split, drive_coroutine) = match how {
            exec_as::FILE => (false, false),
            exec_as::EXPRESSION => (true, false),
            exec_as::ASYNC => (true, true),
            _ => return Err(JsError::new("unknown operation")),
        };
        self.check_idle(vm)?;
        let mut program = Program { drive_coroutine, ..Program::default() };
        let code = match split.then(|| compile_split(vm, source, filename)).flatten() {
            Some((body, last)) => {
                let last = Value::Obj(vm.heap.alloc(Obj::Code(last)));
                program.last_expression = Some(vm.pin(last));
                body
            }
            None => match vm.compile_source(source, filename, Mode::Exec) {
                Ok(code) => code,
                Err(e) => return Ok(error_object(vm, e)),
            },
        };
        let globals = vm.main_globals;
        vm.start(code, globals);
        *self.program.borrow_mut() = program;
        Ok(JsValue::UNDEFINED)
    }

    /// Run about `budget` instructions, in board slices; returns the status object described in the module
    /// comment.
    fn run(&self, vm: &mut Vm, budget: f64) -> Result<JsValue, JsError> {
        let slices = if budget.is_finite() && budget >= 1.0 { (budget as u64).div_ceil(SLICE_INSTRUCTIONS) } else { 1 };
        if !vm.is_running() {
            return Err(JsError::new("no program is running (call exec_start first)"));
        }
        for _ in 0..slices {
            match run_slice(vm, self.until_ns.get()) {
                RunStep::Running => {}
                RunStep::Done(Ok(v)) => return Ok(self.complete(vm, v)),
                RunStep::Done(Err(e)) => return Ok(self.failed(vm, e)),
                RunStep::UntilReached if self.program.borrow().repl => return Ok(self.repl_done(vm, Ok(Value::None))),
                RunStep::UntilReached => {
                    self.end_program(vm);
                    return Ok(object(&[("done", JsValue::TRUE), ("until", JsValue::TRUE)]));
                }
                RunStep::Sleep { until_ns, then_stop } => return Ok(self.sleep_status(until_ns, then_stop)),
                // run_slice turns sleeps into `RunStep::Sleep`; should one come through, wait it out.
                RunStep::Suspended(Suspend::Sleep { until_ns }) => return Ok(self.sleep_status(until_ns, false)),
                RunStep::Suspended(Suspend::Input { prompt }) => return Ok(field("input", JsValue::from_str(&prompt))),
                RunStep::Suspended(Suspend::HostWait { token }) => match jsproxy::take_promise(vm, token) {
                    Some(promise) => return Ok(field("await", promise)),
                    None => {
                        let e = vm.runtime_error("awaited a future the host doesn't know");
                        let exc = vm.materialize(e);
                        vm.resume_error(exc);
                    }
                },
            }
        }
        Ok(flag("yielded"))
    }

    /// `{sleep: ms, stop}`: JS waits that long, then runs on (or, with `stop`, the run is over).
    fn sleep_status(&self, until_ns: u64, stop: bool) -> JsValue {
        let now = board_now_ns(&self.bridge, self.start_ms, &self.board);
        let ms = until_ns.saturating_sub(now) as f64 / 1e6;
        object(&[("sleep", JsValue::from_f64(ms)), ("stop", JsValue::from_bool(stop))])
    }

    /// The program ended with an exception: the supervisor prints it with its texts, otherwise JS gets it.
    fn failed(&self, vm: &mut Vm, e: PyErr) -> JsValue {
        if self.program.borrow().repl {
            return self.repl_done(vm, Err(e));
        }
        let supervised = self.program.borrow().supervised;
        self.end_program(vm);
        if supervised {
            let failed = !vm.error_matches(&e, vm.exc.system_exit);
            supervisor::finish_code(vm, Err(e));
            return object(&[("done", JsValue::TRUE), ("failed", JsValue::from_bool(failed))]);
        }
        error_object(vm, e)
    }

    /// The current code object finished with `v`: go on with the next stage, or report the result.
    fn complete(&self, vm: &mut Vm, v: Value) -> JsValue {
        if self.program.borrow().repl {
            return self.repl_done(vm, Ok(v));
        }
        let next = self.program.borrow_mut().last_expression.take();
        if let Some(handle) = next {
            let code = vm.pinned(handle).and_then(|c| vm.code_of(c));
            vm.unpin(handle);
            if let Some(code) = code {
                let globals = vm.main_globals;
                vm.start(code, globals);
                return flag("yielded");
            }
        }
        if std::mem::take(&mut self.program.borrow_mut().supervised) {
            supervisor::finish_code(vm, Ok(v));
            return flag("done");
        }
        let drive = std::mem::take(&mut self.program.borrow_mut().drive_coroutine);
        if drive && vm.type_name(v) == "coroutine" {
            match self.start_driver(vm, v) {
                Ok(()) => return flag("yielded"),
                Err(e) => return error_object(vm, e),
            }
        }
        let value = to_js(vm, v);
        object(&[("done", JsValue::TRUE), ("value", value)])
    }

    fn start_driver(&self, vm: &mut Vm, coro: Value) -> Result<(), PyErr> {
        let ns = match self.driver.get().and_then(|h| vm.pinned(h)) {
            Some(Value::Obj(ns)) => ns,
            _ => {
                let ns = vm.new_dict();
                self.driver.set(Some(vm.pin(Value::Obj(ns))));
                let code = vm.compile_source(COROUTINE_DRIVER, "<async>", Mode::Exec)?;
                vm.run_module_body(code, ns)?;
                ns
            }
        };
        vm.dict_set_str(ns, "coro", coro);
        let code = vm.compile_source("run(coro)", "<async>", Mode::Eval)?;
        vm.start(code, ns);
        Ok(())
    }

    fn end_program(&self, vm: &mut Vm) {
        let program = std::mem::take(&mut *self.program.borrow_mut());
        if let Some(h) = program.last_expression {
            vm.unpin(h);
        }
    }

    /// The session's status for JS; an entry to run is compiled and started here (a syntax error goes straight
    /// back to the session).
    fn repl_status(&self, vm: &mut Vm, session: &mut ReplSession, mut status: Status) -> JsValue {
        loop {
            status = match status {
                Status::Idle => return flag("idle"),
                Status::Resume => return flag("resume"),
                Status::SoftReboot => return flag("reboot"),
                Status::Exit(code) => return field("exit", JsValue::from(code)),
                Status::Run { source, mode } => match vm.compile_source(&source, REPL_FILENAME, mode) {
                    Ok(code) => {
                        self.interrupt.borrow().store(false, Ordering::Relaxed);
                        let globals = vm.main_globals;
                        vm.start(code, globals);
                        *self.program.borrow_mut() = Program { repl: true, ..Program::default() };
                        return flag("run");
                    }
                    Err(e) => session.finished(vm, Err(e)),
                },
            };
        }
    }

    /// A REPL entry ended: the session prints the outcome and the prompt; `{done, repl: status}`.
    fn repl_done(&self, vm: &mut Vm, result: Result<Value, PyErr>) -> JsValue {
        self.end_program(vm);
        let mut slot = self.repl.borrow_mut();
        let Some(session) = slot.as_mut() else { return flag("done") };
        let status = session.finished(vm, result);
        let next = self.repl_status(vm, session, status);
        object(&[("done", JsValue::TRUE), ("repl", next)])
    }
}

fn pinned(vm: &Vm, handle: f64) -> Result<Value, JsError> {
    let found = (handle >= 1.0 && handle.fract() == 0.0).then(|| vm.pinned(handle as u64)).flatten();
    found.ok_or_else(|| {
        JsError::new("this Python object proxy was destroyed or belongs to an interpreter that was reset")
    })
}

/// A JS `Error` with "Type: message" of a Python exception.
fn py_error(vm: &mut Vm, err: PyErr) -> JsError {
    let exc = vm.materialize(err);
    JsError::new(vm.format_exception_only(exc).trim_end())
}

/// Compile a module in two parts when its last statement is an expression: the statements before it, and
/// the expression in eval mode (so its value is the program's result). `None` when there is nothing to
/// split or anything fails to compile (the caller compiles it whole, which reports the syntax error).
fn compile_split(
    vm: &mut Vm,
    source: &str,
    filename: &str,
) -> Option<(Rc<circuitpython_core::vm::code::Code>, Rc<circuitpython_core::vm::code::Code>)> {
    let mut module = circuitpython_parser::parse_module(source).ok()?;
    if !matches!(module.body.last()?.kind, circuitpython_parser::ast::StmtKind::Expr(_)) {
        return None;
    }
    let last = circuitpython_parser::ast::Module { body: vec![module.body.pop()?] };
    let body = circuitpython_core::compile::compile(&module, filename, Mode::Exec).ok()?;
    let last = circuitpython_core::compile::compile(&last, filename, Mode::Eval).ok()?;
    Some((vm.load_code(Rc::new(body)), vm.load_code(Rc::new(last))))
}
