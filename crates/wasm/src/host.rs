//! The `Host` the interpreter runs on inside WebAssembly: output goes to JS callbacks, the clock is the
//! virtual board's (`BoardState`: the JS clock (`js::NOW`) under real time, or virtual time, exactly as natively),
//! and the drive is an in-memory `MemFs` shared with the JS `FS` API.

use crate::bridge::{js, Bridge};
use circuitpython_board::BoardState;
use circuitpython_core::vfs::{FileSystem, FsError, MemFs, Stat};
use circuitpython_core::{Host, Stream};
use std::cell::RefCell;
use std::rc::Rc;

/// The drive, shared by the VM (through the host) and by the JS `FS` methods (which work even while
/// Python code is running or suspended).
#[derive(Clone, Default)]
pub struct SharedFs(pub Rc<RefCell<MemFs>>);

impl FileSystem for SharedFs {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        self.0.borrow_mut().read(path)
    }
    fn write(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        self.0.borrow_mut().write(path, data)
    }
    fn stat(&mut self, path: &str) -> Result<Stat, FsError> {
        self.0.borrow_mut().stat(path)
    }
    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        self.0.borrow_mut().list_dir(path)
    }
    fn mkdir(&mut self, path: &str) -> Result<(), FsError> {
        self.0.borrow_mut().mkdir(path)
    }
    fn remove(&mut self, path: &str) -> Result<(), FsError> {
        self.0.borrow_mut().remove(path)
    }
    fn rmdir(&mut self, path: &str) -> Result<(), FsError> {
        self.0.borrow_mut().rmdir(path)
    }
    fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        self.0.borrow_mut().rename(from, to)
    }
}

pub struct WasmHost {
    pub bridge: Rc<Bridge>,
    /// The JS clock (`js::NOW`) when the board was powered on: real time counts from there.
    start_ms: f64,
    pub board: Rc<RefCell<BoardState>>,
    pub fs: SharedFs,
    random_state: u64,
}

impl WasmHost {
    pub fn new(bridge: Rc<Bridge>, start_ms: f64, board: Rc<RefCell<BoardState>>, fs: SharedFs) -> WasmHost {
        let random_state = bridge.random_seed();
        WasmHost { bridge, start_ms, board, fs, random_state }
    }

    fn is_virtual(&self) -> bool {
        self.board.borrow().virtual_time
    }
}

/// The board clock in nanoseconds, catching up with real time unless the clock is virtual.
pub fn board_now_ns(bridge: &Bridge, start_ms: f64, board: &RefCell<BoardState>) -> u64 {
    let real_ns = ((bridge.number(js::NOW) - start_ms).max(0.0) * 1e6) as u64;
    board.borrow_mut().clock_ns(real_ns)
}

impl Host for WasmHost {
    fn write(&mut self, stream: Stream, text: &str) {
        self.bridge.write(stream, text);
    }

    fn monotonic_ns(&mut self) -> u64 {
        board_now_ns(&self.bridge, self.start_ms, &self.board)
    }

    fn unix_time(&mut self) -> f64 {
        if self.is_virtual() {
            946_684_800.0 + self.monotonic_ns() as f64 / 1e9
        } else {
            self.bridge.number(js::DATE_NOW) / 1000.0
        }
    }

    /// Only reached from nested runs (a sleep inside a callback), where the VM cannot give control back.
    fn sleep_blocking(&mut self, until_ns: u64) {
        if self.is_virtual() {
            self.board.borrow_mut().advance_to(until_ns);
        } else {
            while self.monotonic_ns() < until_ns {}
        }
    }

    fn fs(&mut self) -> &mut dyn FileSystem {
        &mut self.fs
    }

    fn random_u64(&mut self) -> u64 {
        // splitmix64 over a seed from the host's crypto source.
        self.random_state = self.random_state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.random_state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn after_slice(&mut self, _instructions: u64) {
        self.board.borrow_mut().charge_busy_slice();
    }
}
