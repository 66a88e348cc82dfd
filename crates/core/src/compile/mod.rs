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

/// Compile a parsed module. `Mode::Eval` expects a module of one expression statement.
pub fn compile(module: &ast::Module, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let table = symtable::build(module)?;
    codegen::Compiler::new(table, filename, mode).compile_module(module)
}
