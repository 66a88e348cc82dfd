//! The supervisor's flow for hosts: power-on (`boot.py` with its output to `/boot_out.txt`, then the first of
//! `code.txt`, `code.py`, `main.txt`, `main.py`) with CircuitPython's texts, and the slice runner both hosts
//! use, which handles sleeps under virtual time and `--until`.

use crate::state::{BoardState, SLICE_INSTRUCTIONS};
use circuitpython_core::bytecode::Mode;
use circuitpython_core::vfs::FileSystem;
use circuitpython_core::{Host, PyErr, RunOutcome, Stream, Suspend, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The version of CircuitPython this interpreter follows.
pub const CIRCUITPYTHON_VERSION: &str = "10.0.0";
/// The date the banner gives for this build (CircuitPython's banner shows its build date).
pub const RELEASE_DATE: &str = "2026-11-25";

/// The REPL banner and boot_out.txt's first line, in CircuitPython's shape (`Adafruit CircuitPython 10.0.0 on
/// DATE; BOARD with MCU`), naming this project: e.g. `circuitpython-wasm 0.1.0 (CircuitPython 10.0.0
/// compatible) on 2026-11-25; Raspberry Pi Pico with rp2040`. Both hosts print it.
pub fn banner(board_description: &str) -> String {
    format!(
        "circuitpython-wasm {} (CircuitPython {CIRCUITPYTHON_VERSION} compatible) on {RELEASE_DATE}; {board_description}",
        env!("CARGO_PKG_VERSION")
    )
}

/// The files the supervisor runs after boot.py, in CircuitPython's order of preference.
pub const CODE_FILES: [&str; 4] = ["code.txt", "code.py", "main.txt", "main.py"];
pub const CODE_DONE: &str = "\nCode done running.\n";
pub const PRESS_ANY_KEY: &str = "\nPress any key to enter the REPL. Use CTRL-D to reload.\n";
pub const SOFT_REBOOT: &str = "soft reboot\n";

/// What a slice of running left the host to do.
#[derive(Debug)]
pub enum RunStep {
    /// Call `run_slice` again.
    Running,
    /// Real time only: wait until the board clock (the host's monotonic clock) reaches `until_ns`; then call
    /// `run_slice` again, or with `then_stop` (the wake-up lies beyond `--until`) the run is over.
    Sleep { until_ns: u64, then_stop: bool },
    /// `input()` or a host future: resume the VM as `Suspend` says, then continue.
    Suspended(Suspend),
    /// The program ended: `Ok` with its value or the exception that escaped.
    Done(Result<Value, PyErr>),
    /// The board clock passed `--until` (or the next wake-up lies beyond it): the program was stopped.
    UntilReached,
}

/// Run one slice (`SLICE_INSTRUCTIONS`) of the started program: the one slice loop both hosts use. `--until`
/// is inclusive: everything at board time <= `until_ns` runs (a sleep waking at exactly `until_ns` runs on);
/// the run stops when the clock has passed it or the next wake-up would. Under virtual time a sleep moves
/// the clock to its end at once.
pub fn run_slice(vm: &mut Vm, until_ns: Option<u64>) -> RunStep {
    let Some(state) = vm.extension::<crate::BoardHandle>().map(|h| h.state.clone()) else {
        return RunStep::Done(Err(vm.runtime_error("no virtual board installed")));
    };
    let stop = |vm: &mut Vm| {
        vm.frames.clear();
        RunStep::UntilReached
    };
    // Through the host, so that under real time the board clock catches up (and due inputs apply).
    if until_ns.is_some_and(|limit| vm.host.monotonic_ns() > limit) {
        return stop(vm);
    }
    match vm.run(SLICE_INSTRUCTIONS) {
        RunOutcome::Complete(v) => RunStep::Done(Ok(v)),
        RunOutcome::Error(e) => RunStep::Done(Err(e)),
        RunOutcome::Yielded => RunStep::Running,
        RunOutcome::Suspended(Suspend::Sleep { until_ns: wake }) => {
            let beyond = until_ns.filter(|&limit| wake > limit);
            let mut s = state.borrow_mut();
            match (s.virtual_time, beyond) {
                (true, Some(limit)) => {
                    s.advance_to(limit);
                    drop(s);
                    stop(vm)
                }
                (true, None) => {
                    s.advance_to(wake);
                    RunStep::Running
                }
                (false, Some(limit)) => RunStep::Sleep { until_ns: limit, then_stop: true },
                (false, None) => RunStep::Sleep { until_ns: wake, then_stop: false },
            }
        }
        RunOutcome::Suspended(other) => RunStep::Suspended(other),
    }
}

/// The first code file present on the drive (or the one `supervisor.set_next_code_file` chose).
pub fn find_code_file(vm: &mut Vm, state: &Rc<RefCell<BoardState>>) -> Option<String> {
    let chosen = state.borrow_mut().next_code_file.take();
    let fs = vm.host.fs();
    if let Some(file) = chosen.filter(|f| fs.read(f).is_ok()) {
        return Some(file.trim_start_matches('/').to_string());
    }
    CODE_FILES.iter().find(|f| fs.read(&format!("/{f}")).is_ok()).map(|f| f.to_string())
}

/// Print `code.py output:` and start the code file in `__main__`; run it with `run_slice`. Returns the
/// file started, `Ok(None)` when the drive has none, or a syntax error (already started nothing).
pub fn start_code(vm: &mut Vm, state: &Rc<RefCell<BoardState>>) -> Result<Option<String>, PyErr> {
    let Some(file) = find_code_file(vm, state) else { return Ok(None) };
    vm.write(Stream::Stdout, &format!("{file} output:\n"));
    let source = vm.host.fs().read(&format!("/{file}")).unwrap_or_default();
    let source = String::from_utf8_lossy(&source).into_owned();
    let code = vm.compile_source(&source, &file, Mode::Exec)?;
    let globals = vm.main_globals;
    vm.start(code, globals);
    Ok(Some(file))
}

/// The process exit status a `SystemExit` asks for (`err` must be one): its code, 0 for none, and for any other
/// value 1 after printing it to stderr, as CPython does.
pub fn system_exit_status(vm: &mut Vm, err: PyErr) -> i32 {
    let exc = vm.materialize(err);
    let args = vm.exc_data(exc).map(|e| e.args).unwrap_or(Value::None);
    let code = vm.seq_items(args).and_then(|items| items.first().copied()).unwrap_or(Value::None);
    match code {
        Value::None => 0,
        Value::Int(n) => n as i32,
        Value::Bool(b) => i32::from(b.get()),
        other => {
            let text = vm.str_of(other).unwrap_or_default();
            vm.write(Stream::Stderr, &format!("{text}\n"));
            1
        }
    }
}

/// After the code file ends: its traceback (not for SystemExit), then `Code done running.` and the
/// REPL prompt text.
pub fn finish_code(vm: &mut Vm, result: Result<Value, PyErr>) {
    if let Err(e) = result {
        if vm.exception_class_name(&e) != "SystemExit" {
            vm.print_exception(e);
        }
    }
    vm.write(Stream::Stdout, CODE_DONE);
    vm.write(Stream::Stdout, PRESS_ANY_KEY);
}

/// Power-on (or the JS `start()`): boot.py (boot_out.txt starts with the banner), then start the code file. Returns true when a program was
/// started (run it with `run_slice`, then `finish_code`); otherwise the supervisor's texts are already out
/// (no code file, or one that doesn't compile).
pub fn power_on(vm: &mut Vm) -> bool {
    let Some(state) = vm.extension::<crate::BoardHandle>().map(|h| h.state.clone()) else { return false };
    let header = banner(state.borrow().def.machine);
    // As on a board whose drive is shared over USB: read-only to Python code unless boot.py remounts it
    // (`storage.remount("/", readonly=False)`); the host's own writes (boot_out.txt) always go through.
    circuitpython_core::modules::os::set_drive_writable(vm, false);
    run_boot(vm, &header);
    match start_code(vm, &state) {
        Ok(Some(_)) => true,
        Ok(None) => {
            vm.write(Stream::Stdout, PRESS_ANY_KEY);
            false
        }
        Err(e) => {
            finish_code(vm, Err(e));
            false
        }
    }
}

/// Run `/boot.py` if present, to completion (it should be short), with its output going to `/boot_out.txt`
/// after `header` (the banner line) and `Board ID:`, as CircuitPython writes that file.
pub fn run_boot(vm: &mut Vm, header: &str) {
    let board_id = vm.extension::<crate::BoardHandle>().map(|h| h.def.id).unwrap_or_default();
    let source = vm.host.fs().read("/boot.py").ok();
    let mut log = format!("{header}\nBoard ID:{board_id}\n");
    if let Some(source) = source {
        let real = std::mem::replace(&mut vm.host, Box::new(Placeholder::default()));
        let returned = Rc::new(RefCell::new(None));
        let out = Rc::new(RefCell::new(String::new()));
        vm.host = Box::new(Capture { inner: Some(real), out: out.clone(), returned: returned.clone() });
        let source = String::from_utf8_lossy(&source).into_owned();
        if let Err(e) = vm.exec_main(&source, "boot.py") {
            vm.print_exception(e);
        }
        // Dropping the capture hands the real host back through `returned`.
        vm.host = Box::new(Placeholder::default());
        if let Some(real) = returned.borrow_mut().take() {
            vm.host = real;
        }
        log.push_str("boot.py output:\n");
        log.push_str(&out.borrow());
    }
    let _ = vm.host.fs().write("/boot_out.txt", log.as_bytes());
}

/// Forwards everything to the real host except output, which it keeps (boot.py's output); when dropped it
/// gives the real host back through `returned`.
struct Capture {
    inner: Option<Box<dyn Host>>,
    out: Rc<RefCell<String>>,
    returned: Rc<RefCell<Option<Box<dyn Host>>>>,
}

impl Capture {
    fn real(&mut self) -> &mut dyn Host {
        self.inner.as_deref_mut().expect("present until dropped")
    }
}

impl Drop for Capture {
    fn drop(&mut self) {
        *self.returned.borrow_mut() = self.inner.take();
    }
}

impl Host for Capture {
    fn write(&mut self, _stream: Stream, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn monotonic_ns(&mut self) -> u64 {
        self.real().monotonic_ns()
    }
    fn unix_time(&mut self) -> f64 {
        self.real().unix_time()
    }
    fn sleep_blocking(&mut self, until_ns: u64) {
        self.real().sleep_blocking(until_ns)
    }
    fn fs(&mut self) -> &mut dyn FileSystem {
        self.real().fs()
    }
    fn random_u64(&mut self) -> u64 {
        self.real().random_u64()
    }
    fn after_slice(&mut self, instructions: u64) {
        self.real().after_slice(instructions)
    }
}

/// Stands in for the host for the instant it is being swapped.
#[derive(Default)]
struct Placeholder {
    fs: circuitpython_core::vfs::MemFs,
}

impl Host for Placeholder {
    fn write(&mut self, _stream: Stream, _text: &str) {}
    fn monotonic_ns(&mut self) -> u64 {
        0
    }
    fn sleep_blocking(&mut self, _until_ns: u64) {}
    fn fs(&mut self) -> &mut dyn FileSystem {
        &mut self.fs
    }
}
