//! The native REPL host: `NativeRepl` owns the VM and runs what the shared, executor-independent session
//! (`circuitpython_board::repl::ReplSession`, also behind the WebAssembly package's REPL) hands it, with the
//! blocking run loop (`run::drive`, Ctrl-C by SIGINT), making a fresh VM at each soft reboot. The front ends
//! (rustyline on a terminal, raw bytes on a pipe) and the tests talk to it; `None` from a call means the session
//! goes on, `Some(code)` that it ended and the process should exit with `code`.

use crate::host::take_sigint;
use crate::run::{drive, Outcome};
use circuitpython_board::repl::{ReplSession, Status, REPL_FILENAME};
use circuitpython_core::{Value, Vm};

pub use circuitpython_board::repl::ReplMode;
pub use circuitpython_board::supervisor::{banner, CIRCUITPYTHON_VERSION};

pub struct NativeRepl {
    vm: Vm,
    make_vm: Box<dyn FnMut() -> Vm>,
    session: ReplSession,
}

impl NativeRepl {
    /// A REPL on a VM from `make_vm` (called again at each soft reboot); see `ReplSession::new` for the rest.
    pub fn new(mut make_vm: Box<dyn FnMut() -> Vm>, board_description: &str, echo: bool) -> NativeRepl {
        NativeRepl { vm: make_vm(), make_vm, session: ReplSession::new(board_description, echo) }
    }

    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    pub fn mode(&self) -> ReplMode {
        self.session.mode()
    }

    pub fn prompt(&self) -> String {
        self.session.prompt()
    }

    pub fn auto_indent(&self) -> String {
        self.session.auto_indent()
    }

    pub fn start(&mut self) {
        self.session.start(&mut self.vm);
    }

    pub fn completions(&mut self, before_cursor: &str) -> (usize, Vec<String>) {
        self.session.completions(&mut self.vm, before_cursor)
    }

    /// Keys as a serial terminal sends them.
    pub fn feed(&mut self, keys: &str) -> Option<i32> {
        let status = self.session.feed(&mut self.vm, keys);
        self.serve(status)
    }

    pub fn submit_line(&mut self, line: &str) -> Option<i32> {
        let status = self.session.submit_line(&mut self.vm, line);
        self.serve(status)
    }

    pub fn cancel_line(&mut self) -> Option<i32> {
        let status = self.session.cancel_line(&mut self.vm);
        self.serve(status)
    }

    pub fn end_of_input(&mut self) -> Option<i32> {
        let status = self.session.end_of_input(&mut self.vm);
        self.serve(status)
    }

    pub fn enter_paste_mode(&mut self) {
        self.session.enter_paste_mode(&mut self.vm);
    }

    pub fn enter_raw_mode(&mut self) {
        self.session.enter_raw_mode(&mut self.vm);
    }

    pub fn leave_raw_mode(&mut self) {
        self.session.leave_raw_mode(&mut self.vm);
    }

    /// Do what the session asks until it waits for input again (or ends).
    fn serve(&mut self, mut status: Status) -> Option<i32> {
        loop {
            status = match status {
                Status::Idle => return None,
                Status::Exit(code) => return Some(code),
                Status::Run { source, mode } => match self.vm.compile_source(&source, REPL_FILENAME, mode) {
                    Ok(code) => {
                        // A Ctrl-C pressed before the entry started is not meant for it.
                        take_sigint();
                        let globals = self.vm.main_globals;
                        self.vm.start(code, globals);
                        self.keep_running()
                    }
                    Err(e) => self.session.finished(&mut self.vm, Err(e)),
                },
                Status::Resume => self.keep_running(),
                Status::SoftReboot => {
                    self.vm = (self.make_vm)();
                    self.session.rebooted(&mut self.vm)
                }
            };
        }
    }

    /// Run the started code until it ends or waits for `input()`.
    fn keep_running(&mut self) -> Status {
        match drive(&mut self.vm, None) {
            Outcome::Finished(result) => self.session.finished(&mut self.vm, result),
            Outcome::TimeUp => self.session.finished(&mut self.vm, Ok(Value::None)),
            Outcome::NeedInput(prompt) => self.session.wait_input(&mut self.vm, &prompt),
        }
    }
}
