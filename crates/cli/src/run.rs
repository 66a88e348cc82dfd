//! Driving a started program through the board's slice loop (`supervisor::run_slice`, shared with the
//! WebAssembly host): sleeping through `time.sleep` in real time, stopping at `--until`, turning Ctrl-C into
//! `KeyboardInterrupt`, and handing `input()` back to the caller (the program runner reads stdin, the REPL reads
//! its keys). Also the exit status of an uncaught error, and the supervisor's power-on run (`--drive`).

use crate::host::take_sigint;
use circuitpython_board::repl::raise_at_suspension;
use circuitpython_board::supervisor::{self, run_slice, RunStep};
use circuitpython_core::bytecode::Mode;
use circuitpython_core::{PyErr, Suspend, Value, Vm};
use std::io::BufRead;

pub enum Outcome {
    Finished(Result<Value, PyErr>),
    /// `input(prompt)` is waiting: resume with `vm.resume_input(line)` or `repl::raise_at_suspension`, then `drive`.
    NeedInput(String),
    /// The board clock reached the `--until` limit; the program was stopped.
    TimeUp,
}

/// Run the started program until it finishes, needs input, or board time passes `until_ns` (inclusive).
pub fn drive(vm: &mut Vm, until_ns: Option<u64>) -> Outcome {
    loop {
        if take_sigint() {
            vm.interrupt();
        }
        match run_slice(vm, until_ns) {
            RunStep::Running => {}
            RunStep::Done(result) => return Outcome::Finished(result),
            RunStep::UntilReached => return Outcome::TimeUp,
            RunStep::Sleep { until_ns: wake, then_stop } => {
                vm.host.sleep_blocking(wake);
                if take_sigint() {
                    let class = vm.exc.keyboard_interrupt;
                    raise_at_suspension(vm, class);
                } else if then_stop {
                    vm.frames.clear();
                    return Outcome::TimeUp;
                }
            }
            RunStep::Suspended(Suspend::Input { prompt }) => return Outcome::NeedInput(prompt),
            // run_slice turns sleeps into `RunStep::Sleep`; should one come through, wait it out.
            RunStep::Suspended(Suspend::Sleep { until_ns: wake }) => vm.host.sleep_blocking(wake),
            RunStep::Suspended(Suspend::HostWait { .. }) => {
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
    supervisor::system_exit_status(vm, err)
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
    match run_started(vm, until_ns, stdin) {
        Ok(_) => 0,
        Err(e) => exit_status(vm, e),
    }
}

/// What a board does at power-on (`--drive DIR` without FILE): boot.py with its output to /boot_out.txt, then the first code file between `code.py output:` and the supervisor's closing texts. Exit
/// status 1 when the code ended with an uncaught exception (other than SystemExit), else 0.
pub fn power_on(vm: &mut Vm, until_ns: Option<u64>, stdin: &mut dyn BufRead) -> i32 {
    take_sigint();
    if !supervisor::power_on(vm) {
        return 0;
    }
    let result = run_started(vm, until_ns, stdin);
    let failed = matches!(&result, Err(e) if !vm.error_matches(e, vm.exc.system_exit));
    supervisor::finish_code(vm, result);
    i32::from(failed)
}

/// Drive the started program to its end (or `--until`, which counts as success), answering `input()` from
/// `stdin` (its end raises EOFError where the program waits).
fn run_started(vm: &mut Vm, until_ns: Option<u64>, stdin: &mut dyn BufRead) -> Result<Value, PyErr> {
    loop {
        match drive(vm, until_ns) {
            Outcome::Finished(result) => return result,
            Outcome::TimeUp => return Ok(Value::None),
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
