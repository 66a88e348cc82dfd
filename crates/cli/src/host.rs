//! `NativeHost`: the core's `Host` on the native command line: the console (or a capture buffer, for tests),
//! the board clock, the drive, and Ctrl-C.
//!
//! The clock is the virtual board's (`BoardState`, shared with the board modules): real time, or with `--fast`
//! virtual time that moves only when the program sleeps (instantly, to the wake-up time) and by a fixed cost
//! per busy slice, so runs under `--fast` are deterministic whatever the host machine's speed.
//!
//! Ctrl-C (SIGINT) only raises `SIGINT_PENDING`; the run loop turns it into a `KeyboardInterrupt` in the VM,
//! and a real sleep wakes up early to let it.

use circuitpython_board::BoardState;
use circuitpython_core::vfs::FileSystem;
use circuitpython_core::{Host, Stream};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Set by the SIGINT handler; taken by the run loop.
pub static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);

/// Take a pending Ctrl-C, if there is one.
pub fn take_sigint() -> bool {
    SIGINT_PENDING.swap(false, Ordering::SeqCst)
}

/// Install the SIGINT handler once. A second Ctrl-C before the first was taken (the program is blocked
/// reading stdin, where the VM can't be interrupted) ends the process as an uncaught KeyboardInterrupt would.
pub fn install_sigint_handler() {
    let _ = ctrlc::set_handler(|| {
        if SIGINT_PENDING.swap(true, Ordering::SeqCst) {
            let _ = std::io::stderr().write_all(b"\nKeyboardInterrupt: \n");
            std::process::exit(1);
        }
    });
}

/// Where program output goes.
pub enum Console {
    /// The process's stdout and stderr; with `merge_stderr` (the REPL, like a board's single serial line)
    /// tracebacks go to stdout too.
    Std { merge_stderr: bool },
    /// Both streams appended to a shared buffer (tests, and front ends that print it themselves).
    Capture(Rc<RefCell<String>>),
}

pub struct NativeHost {
    /// Real time counts from here.
    start: Instant,
    pub board: Rc<RefCell<BoardState>>,
    pub console: Console,
    pub fs: Box<dyn FileSystem>,
}

impl NativeHost {
    pub fn new(board: Rc<RefCell<BoardState>>, console: Console, fs: Box<dyn FileSystem>) -> NativeHost {
        NativeHost { start: Instant::now(), board, console, fs }
    }

    fn real_elapsed_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
}

impl Host for NativeHost {
    fn write(&mut self, stream: Stream, text: &str) {
        match &self.console {
            Console::Std { merge_stderr } => {
                // Flushed at once: prompts without a newline and output before a long sleep must show.
                let _ = if stream == Stream::Stderr && !merge_stderr {
                    std::io::stderr().write_all(text.as_bytes())
                } else {
                    let mut out = std::io::stdout().lock();
                    out.write_all(text.as_bytes()).and_then(|_| out.flush())
                };
            }
            Console::Capture(buffer) => buffer.borrow_mut().push_str(text),
        }
    }

    fn monotonic_ns(&mut self) -> u64 {
        let real = self.real_elapsed_ns();
        self.board.borrow_mut().clock_ns(real)
    }

    /// Sleep until `until_ns`, waking early if Ctrl-C is pressed (the caller checks `SIGINT_PENDING`).
    fn sleep_blocking(&mut self, until_ns: u64) {
        if self.board.borrow().virtual_time {
            self.board.borrow_mut().advance_to(until_ns);
            return;
        }
        const TICK: Duration = Duration::from_millis(20);
        loop {
            let now = self.monotonic_ns();
            if now >= until_ns || SIGINT_PENDING.load(Ordering::SeqCst) {
                break;
            }
            std::thread::sleep(TICK.min(Duration::from_nanos(until_ns - now)));
        }
    }

    fn fs(&mut self) -> &mut dyn FileSystem {
        self.fs.as_mut()
    }

    fn random_u64(&mut self) -> u64 {
        // Deterministic under --fast, like everything else there.
        if self.board.borrow().virtual_time {
            return 0x853c_49e6_748f_ea9b;
        }
        let wall = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        0x853c_49e6_748f_ea9b ^ wall.as_nanos() as u64 ^ (u64::from(std::process::id()) << 32)
    }

    fn after_slice(&mut self, _instructions: u64) {
        self.board.borrow_mut().charge_busy_slice();
    }
}
