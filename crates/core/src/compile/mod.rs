//! AST to bytecode: scope analysis (locals, globals, cells, free variables) and code generation for every
//! statement and expression, producing the `CodeObject`s of `crate::bytecode`.
//!
//! - `symtable`: the scope analysis pass;
//! - `codegen`: statements and expressions to instructions;
//! - `stack`: maximum stack depth of a finished code object;
//! - `dis`: a human-readable disassembly (for tests and debugging).

mod codegen;
pub mod dis;
pub mod stack;
pub mod symtable;
#[cfg(test)]
mod tests;

use crate::bytecode::{CodeObject, CompileError, Mode};
use circuitpython_parser::ast;

pub use dis::disassemble;

/// How deep expressions may nest in the compiler's recursive passes. The parser caps bracket nesting, but a
/// chain like `x.a.a.a…` or `f()()()…` is flat text that still parses to a tree as deep as it is long; past
/// this depth compiling it raises (as CPython does) instead of overflowing the host stack.
pub(crate) const MAX_EXPR_DEPTH: usize = 1000;

/// The message of the `RuntimeError` a too-deep expression raises (CPython's `RecursionError` wording).
pub const RECURSION_MESSAGE: &str = "maximum recursion depth exceeded during compilation";

/// The passes' results: the error is boxed so that a result is one word, which keeps each of the compiler's
/// many `?` a test of a register instead of a copy of the whole error through memory.
type R<T> = Result<T, Box<CompileError>>;

/// A compile error (cold: built out of line, once per failed compilation).
#[cold]
#[inline(never)]
fn err(message: &str, line: u32) -> Box<CompileError> {
    Box::new(CompileError { message: message.to_string(), line })
}

/// Compile a parsed module. `Mode::Eval` expects a module of one expression statement.
pub fn compile(module: &ast::Module, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let run = || codegen::Compiler::new(symtable::build(module)?, filename, mode).compile_module(module);
    run().map_err(|e| *e)
}
