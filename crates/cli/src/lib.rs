//! The native `circuitpython` command as a library: options, the native host (console, clock, Ctrl-C), the
//! directory-backed drive, the slice-driving run loop and the REPL session. `main.rs` wires them up; the
//! tests and other front ends use them directly.

pub mod args;
pub mod drive;
pub mod host;
pub mod repl;
pub mod run;

use circuitpython_core::vfs::FileSystem;
use circuitpython_core::{Config, Vm};

/// The banner's `BOARD with MCU` part for the default board (the virtual board crate will supply it per board).
pub const DEFAULT_BOARD_DESCRIPTION: &str = "Raspberry Pi Pico with rp2040";

/// A fresh VM on a native host.
pub fn new_vm(heap_size: Option<usize>, clock: host::Clock, console: host::Console, fs: Box<dyn FileSystem>) -> Vm {
    let defaults = Config::default();
    let config = Config { heap_size: heap_size.unwrap_or(defaults.heap_size), ..defaults };
    Vm::new(Box::new(host::NativeHost::new(clock, console, fs)), config)
}
