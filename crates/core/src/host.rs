//! The host interface: everything the core needs from the outside world. The native CLI, the WebAssembly
//! bindings and the tests each implement it; the core itself does no I/O.

use crate::vfs::FileSystem;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

pub trait Host {
    /// Write program output.
    fn write(&mut self, stream: Stream, text: &str);

    /// A monotonic clock in nanoseconds (the board clock: real, or virtual under `--fast`).
    fn monotonic_ns(&mut self) -> u64;

    /// Seconds since the Unix epoch, for `time.time()` (boards without an RTC start at 2000-01-01).
    fn unix_time(&mut self) -> f64 {
        946_684_800.0 + self.monotonic_ns() as f64 / 1e9
    }

    /// Block until the monotonic clock reaches `until_ns`. Used only where the VM cannot suspend (a sleep
    /// inside Python code called from native code); a virtual clock just advances.
    fn sleep_blocking(&mut self, until_ns: u64);

    /// The board's drive.
    fn fs(&mut self) -> &mut dyn FileSystem;

    /// Entropy for `random`'s initial seed and `os.urandom`.
    fn random_u64(&mut self) -> u64 {
        0x853c_49e6_748f_ea9b ^ self.monotonic_ns()
    }

    /// Called after a slice that ran out of its instruction budget (busy code, not a sleep), so a virtual
    /// clock can charge the time such code takes.
    fn after_slice(&mut self, _instructions: u64) {}
}
