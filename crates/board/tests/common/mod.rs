//! A test host for the board: output captured, an in-memory drive, the clock taken from the board state
//! (virtual time), and a minimal `time` module (monotonic, sleep) standing in for the core's until it lands.

#![allow(dead_code)]

use circuitpython_board::supervisor::{run_slice, RunStep};
use circuitpython_board::{find_board, BoardState};
use circuitpython_core::objects::function::{Kwargs, NativeKind};
use circuitpython_core::vfs::{FileSystem, MemFs};
use circuitpython_core::vm::Request;
use circuitpython_core::{Config, Host, ObjRef, PyResult, Stream, Suspend, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub struct TestHost {
    pub state: Rc<RefCell<BoardState>>,
    pub out: Rc<RefCell<String>>,
    pub fs: MemFs,
}

impl Host for TestHost {
    fn write(&mut self, _stream: Stream, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn monotonic_ns(&mut self) -> u64 {
        self.state.borrow_mut().clock_ns(0)
    }
    fn sleep_blocking(&mut self, until_ns: u64) {
        self.state.borrow_mut().advance_to(until_ns);
    }
    fn fs(&mut self) -> &mut dyn FileSystem {
        &mut self.fs
    }
    fn after_slice(&mut self, _instructions: u64) {
        self.state.borrow_mut().charge_busy_slice();
    }
}

pub struct Board {
    pub vm: Vm,
    pub state: Rc<RefCell<BoardState>>,
    pub out: Rc<RefCell<String>>,
}

fn time_monotonic(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::float(vm.host.monotonic_ns() as f64 / 1e9))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let seconds = vm.expect_f64(args[0])?;
    let until_ns = vm.host.monotonic_ns() + (seconds * 1e9) as u64;
    vm.request = Some(Request::Suspend(Suspend::Sleep { until_ns }));
    Ok(Value::None)
}

fn time_init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let f = vm.new_native("monotonic", time_monotonic, NativeKind::Function);
    vm.dict_set_str(m, "monotonic", f);
    let f = vm.new_native("sleep", time_sleep, NativeKind::Function);
    vm.dict_set_str(m, "sleep", f);
    Ok(())
}

impl Board {
    pub fn new(id: &str) -> Board {
        Board::with_files(id, &[])
    }

    pub fn with_files(id: &str, files: &[(&str, &str)]) -> Board {
        let def = find_board(id).expect("known board");
        let state = Rc::new(RefCell::new(BoardState::new(def, true)));
        let out = Rc::new(RefCell::new(String::new()));
        let mut fs = MemFs::new();
        for (path, text) in files {
            fs.write(path, text.as_bytes()).expect("write");
        }
        let host = TestHost { state: state.clone(), out: out.clone(), fs };
        let mut vm = Vm::new(Box::new(host), Config { heap_size: def.heap, ..Config::default() });
        if vm.native_module("time").is_none() {
            vm.register_native_module("time", time_init);
        }
        circuitpython_board::install(&mut vm, def, state.clone());
        Board { vm, state, out }
    }

    /// Run `source` as code.py under virtual time until it ends or the clock reaches `until` seconds;
    /// returns the exception text if one escaped.
    pub fn run(&mut self, source: &str, until: f64) -> Option<String> {
        let code = match self.vm.compile_source(source, "code.py", circuitpython_core::bytecode::Mode::Exec) {
            Ok(c) => c,
            Err(e) => return Some(self.error_text(e)),
        };
        let globals = self.vm.main_globals;
        self.vm.start(code, globals);
        let until_ns = Some((until * 1e9) as u64);
        loop {
            match run_slice(&mut self.vm, until_ns) {
                RunStep::Running => {}
                RunStep::Done(Ok(_)) | RunStep::UntilReached => return None,
                RunStep::Done(Err(e)) => return Some(self.error_text(e)),
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    fn error_text(&mut self, e: circuitpython_core::PyErr) -> String {
        let exc = self.vm.materialize(e);
        self.vm.format_exception(exc).lines().last().unwrap_or("").to_string()
    }

    pub fn trace(&self) -> Vec<String> {
        self.state.borrow_mut().drain_trace_lines()
    }

    pub fn output(&self) -> String {
        self.out.borrow().clone()
    }
}
