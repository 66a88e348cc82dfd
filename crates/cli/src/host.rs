//! `NativeHost`: the core's `Host` on the native command line: the console (or a capture buffer, for tests),
//! the board clock, the drive, and Ctrl-C.
//!
//! The clock is real time, or with `--fast` a virtual clock that starts at 0 and moves only when the program
//! sleeps (instantly, to the wake-up time) and by a fixed cost per instruction: 1 µs per 100 instructions
//! (`NS_PER_INSTRUCTION`), charged after each slice the VM runs. Runs under `--fast` are therefore deterministic
//! whatever the host machine's speed.
//!
//! Ctrl-C (SIGINT) only raises `SIGINT_PENDING`; the run loop turns it into a `KeyboardInterrupt` in the VM,
//! and a real sleep wakes up early to let it.

use circuitpython_core::vfs::FileSystem;
use circuitpython_core::{Host, Stream};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Virtual time charged per instruction under `--fast`: 100 instructions cost 1 µs of board time.
pub const NS_PER_INSTRUCTION: u64 = 10;

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

pub enum Clock {
    Real { start: Instant },
    Virtual { now_ns: u64 },
}

impl Clock {
    pub fn new(fast: bool) -> Clock {
        if fast {
            Clock::Virtual { now_ns: 0 }
        } else {
            Clock::Real { start: Instant::now() }
        }
    }
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
    pub clock: Clock,
    pub console: Console,
    pub fs: Box<dyn FileSystem>,
}

impl NativeHost {
    pub fn new(clock: Clock, console: Console, fs: Box<dyn FileSystem>) -> NativeHost {
        NativeHost { clock, console, fs }
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
        match &self.clock {
            Clock::Real { start } => start.elapsed().as_nanos() as u64,
            Clock::Virtual { now_ns } => *now_ns,
        }
    }

    /// Sleep until `until_ns`, waking early if Ctrl-C is pressed (the caller checks `SIGINT_PENDING`).
    fn sleep_blocking(&mut self, until_ns: u64) {
        match &mut self.clock {
            Clock::Virtual { now_ns } => *now_ns = (*now_ns).max(until_ns),
            Clock::Real { start } => {
                const TICK: Duration = Duration::from_millis(20);
                loop {
                    let now = start.elapsed().as_nanos() as u64;
                    if now >= until_ns || SIGINT_PENDING.load(Ordering::SeqCst) {
                        break;
                    }
                    std::thread::sleep(TICK.min(Duration::from_nanos(until_ns - now)));
                }
            }
        }
    }

    fn fs(&mut self) -> &mut dyn FileSystem {
        self.fs.as_mut()
    }

    fn random_u64(&mut self) -> u64 {
        match self.clock {
            // Deterministic under --fast, like everything else there.
            Clock::Virtual { .. } => 0x853c_49e6_748f_ea9b,
            Clock::Real { .. } => {
                let wall = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
                0x853c_49e6_748f_ea9b ^ wall.as_nanos() as u64 ^ (u64::from(std::process::id()) << 32)
            }
        }
    }

    fn after_slice(&mut self, instructions: u64) {
        if let Clock::Virtual { now_ns } = &mut self.clock {
            *now_ns = now_ns.saturating_add(instructions.saturating_mul(NS_PER_INSTRUCTION));
        }
    }
}
