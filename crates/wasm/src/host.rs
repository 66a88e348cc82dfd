//! The `Host` the interpreter runs on inside WebAssembly: output goes to JS callbacks, the clock is
//! `performance.now()` or a virtual clock, and the drive is an in-memory `MemFs` shared with the JS `FS` API.

use crate::bridge::Bridge;
use circuitpython_core::vfs::{FileSystem, FsError, MemFs, Stat};
use circuitpython_core::{Host, Stream};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Board time charged per instruction under virtual time, so busy loops advance `time.monotonic()`
/// deterministically (about a microcontroller's bytecode rate).
const VIRTUAL_NS_PER_INSTRUCTION: u64 = 200;

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

/// The board clock. Real time counts from the interpreter's creation; virtual time only moves when the
/// host advances it (sleeps, instruction cost).
#[derive(Clone)]
pub struct Clock {
    bridge: Rc<Bridge>,
    start_ms: f64,
    /// `Some(ns)` under virtual time.
    virtual_ns: Option<Rc<Cell<u64>>>,
}

impl Clock {
    pub fn new(bridge: Rc<Bridge>, virtual_time: bool) -> Clock {
        let start_ms = bridge.now_ms();
        Clock { bridge, start_ms, virtual_ns: virtual_time.then(|| Rc::new(Cell::new(0))) }
    }

    pub fn is_virtual(&self) -> bool {
        self.virtual_ns.is_some()
    }

    pub fn now_ns(&self) -> u64 {
        match &self.virtual_ns {
            Some(v) => v.get(),
            None => ((self.bridge.now_ms() - self.start_ms).max(0.0) * 1e6) as u64,
        }
    }

    /// Under virtual time, move the clock forward to `ns` (never backwards).
    pub fn advance_to(&self, ns: u64) {
        if let Some(v) = &self.virtual_ns {
            v.set(v.get().max(ns));
        }
    }
}

pub struct WasmHost {
    pub bridge: Rc<Bridge>,
    pub clock: Clock,
    pub fs: SharedFs,
    random_state: u64,
}

impl WasmHost {
    pub fn new(bridge: Rc<Bridge>, clock: Clock, fs: SharedFs) -> WasmHost {
        let random_state = bridge.random_seed();
        WasmHost { bridge, clock, fs, random_state }
    }
}

impl Host for WasmHost {
    fn write(&mut self, stream: Stream, text: &str) {
        self.bridge.write(stream, text);
    }

    fn monotonic_ns(&mut self) -> u64 {
        self.clock.now_ns()
    }

    fn unix_time(&mut self) -> f64 {
        if self.clock.is_virtual() {
            946_684_800.0 + self.clock.now_ns() as f64 / 1e9
        } else {
            self.bridge.date_now_ms() / 1000.0
        }
    }

    /// Only reached from nested runs (a sleep inside a callback), where the VM cannot give control back.
    fn sleep_blocking(&mut self, until_ns: u64) {
        if self.clock.is_virtual() {
            self.clock.advance_to(until_ns);
        } else {
            while self.clock.now_ns() < until_ns {}
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

    fn after_slice(&mut self, instructions: u64) {
        if let Some(v) = &self.clock.virtual_ns {
            v.set(v.get() + instructions * VIRTUAL_NS_PER_INSTRUCTION);
        }
    }
}
