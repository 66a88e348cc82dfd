//! circuitpython-core: the CircuitPython interpreter, independent of any host.
//!
//! Source goes through `circuitpython_parser` to an AST, `compile` turns it into `bytecode`, and the stackless
//! `vm` runs it in slices. The core does no I/O: output, clocks, sleeping, files and input go through the
//! `Host` trait, implemented by the native CLI, the WebAssembly bindings and the tests.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod heap;
pub mod host;
mod inflate;
pub mod modules;
pub mod numfmt;
pub mod objects;
mod sha;
mod strmap;
pub mod type_key;
pub mod value;
pub mod vfs;
pub mod vm;

pub use host::{Host, Stream};
pub use value::{FloatBits, ObjRef, Truth, Value};
pub use vm::{Config, PyErr, PyResult, RunOutcome, Suspend, Vm};
