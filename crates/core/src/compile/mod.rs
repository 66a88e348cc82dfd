//! AST to bytecode: scope analysis (locals, globals, cells, free variables) and code generation for every
//! statement and expression, producing the `CodeObject`s of `crate::bytecode`.

use crate::bytecode::{CodeObject, CompileError, Mode};
use circuitpython_parser::ast;

/// Compile a parsed module. `Mode::Eval` expects a module of one expression statement.
pub fn compile(_module: &ast::Module, _filename: &str, _mode: Mode) -> Result<CodeObject, CompileError> {
    Err(CompileError { message: "compiler not written yet".into(), line: 1 })
}
