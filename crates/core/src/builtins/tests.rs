//! Tests of the builtins that need a host's cooperation (`input()` suspending the VM) or that compare with
//! values computed in Rust.

use crate::host::{Host, Stream};
use crate::vfs::{FileSystem, MemFs};
use crate::vm::{Config, RunOutcome, Suspend, Vm};
use std::cell::RefCell;
use std::rc::Rc;

struct TestHost {
    out: Rc<RefCell<String>>,
    fs: MemFs,
}

impl Host for TestHost {
    fn write(&mut self, _stream: Stream, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn monotonic_ns(&mut self) -> u64 {
        0
    }
    fn sleep_blocking(&mut self, _until_ns: u64) {}
    fn fs(&mut self) -> &mut dyn FileSystem {
        &mut self.fs
    }
}

fn vm_with_output() -> (Vm, Rc<RefCell<String>>) {
    let out = Rc::new(RefCell::new(String::new()));
    let host = TestHost { out: out.clone(), fs: MemFs::new() };
    (Vm::new(Box::new(host), Config::default()), out)
}

#[test]
fn input_suspends_and_resumes_with_the_line() {
    let (mut vm, out) = vm_with_output();
    let code =
        vm.compile_source("a = input('name? ')\nb = input()\nprint(a + '/' + b)", "t.py", crate::bytecode::Mode::Exec);
    let g = vm.main_globals;
    vm.start(code.expect("compiles"), g);
    match vm.run(10_000) {
        RunOutcome::Suspended(Suspend::Input { prompt }) => assert_eq!(prompt, "name? "),
        other => panic!("expected input suspension, got {other:?}"),
    }
    vm.resume_input("ada");
    match vm.run(10_000) {
        RunOutcome::Suspended(Suspend::Input { prompt }) => assert_eq!(prompt, ""),
        other => panic!("expected input suspension, got {other:?}"),
    }
    vm.resume_input("lovelace");
    assert!(matches!(vm.run(10_000), RunOutcome::Complete(_)));
    assert_eq!(out.borrow().as_str(), "ada/lovelace\n");
}

#[test]
fn huge_int_conversions_are_exact() {
    let (mut vm, out) = vm_with_output();
    let src = "x = 7 ** 20000\ns = str(x)\nprint(len(s), int(s) == x, int(hex(x), 16) == x, int(bin(-x), 0) == -x)";
    vm.exec_main(src, "t.py").expect("runs");
    assert_eq!(out.borrow().as_str(), "16902 True True True\n");
}
