//! The supervisor's flow for hosts: power-on (`boot.py` with its output to `/boot_out.txt`, then the first of
//! `code.txt`, `code.py`, `main.txt`, `main.py`) with CircuitPython's texts, and a slice runner that
//! handles sleeps under virtual time and `--until`.

use crate::state::{BoardState, SLICE_INSTRUCTIONS};
use circuitpython_core::bytecode::Mode;
use circuitpython_core::vfs::FileSystem;
use circuitpython_core::{Host, PyErr, RunOutcome, Stream, Suspend, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

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
    /// Real time only: wait until the board clock (the host's monotonic clock) reaches this, then continue.
    Sleep { until_ns: u64 },
    /// `input()` or a host future: resume the VM as `Suspend` says, then continue.
    Suspended(Suspend),
    /// The program ended: `Ok` with its value or the exception that escaped.
    Done(Result<Value, PyErr>),
    /// The board clock reached `--until`: stop cleanly.
    UntilReached,
}

/// Run one slice of the started program. Under virtual time a sleep moves the clock to its end at once
/// (or to `until_ns` when it ends there or later, which ends the run).
pub fn run_slice(vm: &mut Vm, state: &Rc<RefCell<BoardState>>, until_ns: Option<u64>) -> RunStep {
    let reached = |state: &Rc<RefCell<BoardState>>| until_ns.is_some_and(|u| state.borrow().now_ns() >= u);
    if reached(state) {
        return RunStep::UntilReached;
    }
    match vm.run(SLICE_INSTRUCTIONS) {
        RunOutcome::Complete(v) => RunStep::Done(Ok(v)),
        RunOutcome::Error(e) => RunStep::Done(Err(e)),
        RunOutcome::Yielded if reached(state) => RunStep::UntilReached,
        RunOutcome::Yielded => RunStep::Running,
        RunOutcome::Suspended(Suspend::Sleep { until_ns: wake }) => {
            let mut s = state.borrow_mut();
            if let Some(limit) = until_ns.filter(|&u| wake >= u) {
                if s.virtual_time {
                    s.advance_to(limit);
                    return RunStep::UntilReached;
                }
            }
            if s.virtual_time {
                s.advance_to(wake);
                RunStep::Running
            } else {
                RunStep::Sleep { until_ns: wake.min(until_ns.unwrap_or(u64::MAX)) }
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

/// Run `/boot.py` if present, to completion (it should be short), with its output going to `/boot_out.txt`
/// after `header` (the banner line) and `Board ID:`, as CircuitPython writes that file.
pub fn run_boot(vm: &mut Vm, header: &str) {
    let board_id = vm.extension::<crate::BoardHandle>().map(|h| h.def.id.clone()).unwrap_or_default();
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
