//! circuitpython-core: the CircuitPython interpreter, independent of any host.
//!
//! Source goes through `circuitpython_parser` to an AST, `compile` turns it into `bytecode`, and the stackless
//! `vm` runs it in slices. The core does no I/O: output, clocks, sleeping, files and input go through the
//! `Host` trait, implemented by the native CLI, the WebAssembly bindings and the tests.

pub mod bytecode;
pub mod compile;
pub mod numfmt;
