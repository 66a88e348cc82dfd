//! Driving a started program through the VM's slices: sleeping through `time.sleep` (really, or on the virtual
//! clock), stopping at `--until`, turning Ctrl-C into `KeyboardInterrupt`, and handing `input()` back to the
//! caller (the program runner reads stdin, the REPL reads its keys). Also the exit status of an uncaught error.

use crate::host::take_sigint;
use circuitpython_core::bytecode::Mode;
use circuitpython_core::{PyErr, RunOutcome, Suspend, Value, Vm};
use std::io::BufRead;

/// Instructions per slice: small enough that Ctrl-C and `--until` are noticed within a millisecond or so.
const SLICE: u64 = 20_000;

pub enum Outcome {
    Finished(Result<Value, PyErr>),
    /// `input(prompt)` is waiting: resume with `vm.resume_input(line)` or `raise_at_suspension`, then `drive`.
    NeedInput(String),
    /// The board clock reached the `--until` limit; the program was stopped.
    TimeUp,
}

/// Resume a suspended program by raising a new `class()` exception where it waits.
pub fn raise_at_suspension(vm: &mut Vm, class: circuitpython_core::ObjRef) {
    let exc = vm.new_exception_value(class, vec![]);
    vm.resume_error(exc);
}

/// Run the started program until it finishes, needs input, or board time reaches `until_ns`.
pub fn drive(vm: &mut Vm, until_ns: Option<u64>) -> Outcome {
    loop {
        if take_sigint() {
            vm.interrupt();
        }
        // `--until T` includes what happens at exactly T (a sleep waking at T runs on) and stops after it.
        if until_ns.is_some_and(|limit| vm.host.monotonic_ns() > limit) {
            vm.frames.clear();
            return Outcome::TimeUp;
        }
        match vm.run(SLICE) {
            RunOutcome::Complete(v) => return Outcome::Finished(Ok(v)),
            RunOutcome::Error(e) => return Outcome::Finished(Err(e)),
            RunOutcome::Yielded => {}
            RunOutcome::Suspended(Suspend::Sleep { until_ns: wake }) => {
                // Waking after the limit: the program stops at the limit instead.
                if until_ns.is_some_and(|limit| wake > limit) {
                    let limit = until_ns.unwrap_or(wake);
                    vm.host.sleep_blocking(limit);
                    vm.frames.clear();
                    return Outcome::TimeUp;
                }
                vm.host.sleep_blocking(wake);
                if take_sigint() {
                    let class = vm.exc.keyboard_interrupt;
                    raise_at_suspension(vm, class);
                }
            }
            RunOutcome::Suspended(Suspend::Input { prompt }) => return Outcome::NeedInput(prompt),
            RunOutcome::Suspended(Suspend::HostWait { .. }) => {
                // Only the WebAssembly host creates host futures; nothing here could ever resolve one.
                let class = vm.exc.runtime_error;
                let msg = vm.new_str("no host futures on the native command line");
                let exc = vm.new_exception_value(class, vec![msg]);
                vm.resume_error(exc);
            }
        }
    }
}

/// What an uncaught error means for the process: `SystemExit` gives its code (printing a non-integer one, as
/// CPython does), anything else prints its traceback and gives 1.
pub fn exit_status(vm: &mut Vm, err: PyErr) -> i32 {
    if !vm.error_matches(&err, vm.exc.system_exit) {
        vm.print_exception(err);
        return 1;
    }
    let exc = vm.materialize(err);
    let args = vm.exc_data(exc).map(|e| e.args).unwrap_or(Value::None);
    let code = vm.seq_items(args).and_then(|items| items.first().copied()).unwrap_or(Value::None);
    match code {
        Value::None => 0,
        Value::Int(n) => n as i32,
        Value::Bool(b) => i32::from(b),
        other => {
            let text = vm.str_of(other).unwrap_or_default();
            vm.write(circuitpython_core::Stream::Stderr, &format!("{text}\n"));
            1
        }
    }
}

/// Compile and run a whole program as `__main__`, reading `input()` lines from `stdin`; returns the exit status.
pub fn run_program(vm: &mut Vm, source: &str, filename: &str, until_ns: Option<u64>, stdin: &mut dyn BufRead) -> i32 {
    let code = match vm.compile_source(source, filename, Mode::Exec) {
        Ok(code) => code,
        Err(e) => return exit_status(vm, e),
    };
    // A Ctrl-C pressed before the program started is not meant for it.
    take_sigint();
    let globals = vm.main_globals;
    vm.start(code, globals);
    loop {
        match drive(vm, until_ns) {
            Outcome::Finished(Ok(_)) | Outcome::TimeUp => return 0,
            Outcome::Finished(Err(e)) => return exit_status(vm, e),
            Outcome::NeedInput(prompt) => {
                vm.write(circuitpython_core::Stream::Stdout, &prompt);
                let mut line = String::new();
                match stdin.read_line(&mut line) {
                    Ok(0) | Err(_) => {
                        let class = vm.exc.eof_error;
                        raise_at_suspension(vm, class);
                    }
                    Ok(_) => {
                        let text = line.strip_suffix('\n').unwrap_or(&line);
                        vm.resume_input(text.strip_suffix('\r').unwrap_or(text));
                    }
                }
            }
        }
    }
}
