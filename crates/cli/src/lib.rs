//! The native `circuitpython` command as a library: options, the native host (console, board clock, Ctrl-C),
//! the directory-backed drive, the slice-driving run loop and the native host of the shared REPL session.
//! `main.rs` wires them up; the tests and other front ends use them directly.

pub mod args;
pub mod drive;
pub mod host;
pub mod repl;
pub mod run;

use circuitpython_board::{find_board, BoardState};
use circuitpython_core::vfs::FileSystem;
use circuitpython_core::{Config, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// `--board`'s default.
pub const DEFAULT_BOARD: &str = "raspberry_pi_pico";

/// A fresh board state for the built-in board `id` (`None` if there is no such board); `virtual_time` is `--fast`.
pub fn new_board(id: &str, virtual_time: bool) -> Option<Rc<RefCell<BoardState>>> {
    let def = find_board(id)?;
    Some(Rc::new(RefCell::new(BoardState::new(def, virtual_time))))
}

/// A fresh VM on a native host with `board` installed; the heap is the board's unless `heap_size` is given.
pub fn new_vm(
    board: &Rc<RefCell<BoardState>>,
    heap_size: Option<usize>,
    console: host::Console,
    fs: Box<dyn FileSystem>,
) -> Vm {
    let def = board.borrow().def;
    let config = Config { heap_size: heap_size.unwrap_or(def.heap), ..Config::default() };
    let mut vm = Vm::new(Box::new(host::NativeHost::new(board.clone(), console, fs)), config);
    circuitpython_board::install(&mut vm, def, board.clone());
    vm.heap.make_permanent();
    vm
}
