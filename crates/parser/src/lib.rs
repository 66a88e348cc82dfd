//! Python source to AST: the lexer (tokens, indentation, string and number literals) and a recursive-descent
//! parser for the Python 3 grammar that CircuitPython 10 accepts. Errors carry CircuitPython's `SyntaxError`
//! wording and the line they are on.

pub mod ast;

/// A syntax error (or an `IndentationError`, a subclass in Python) found while lexing or parsing.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// `"SyntaxError"` or `"IndentationError"`: the Python exception class to raise.
    pub kind: ParseErrorKind,
    /// The message as CircuitPython prints it, e.g. `invalid syntax`, `unexpected indent`.
    pub message: String,
    /// 1-based line of the error.
    pub line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseErrorKind {
    SyntaxError,
    IndentationError,
}

/// Parse a whole module. Never panics, whatever the input (deep nesting included: it is reported as an error
/// rather than overflowing the stack).
pub fn parse_module(_source: &str) -> Result<ast::Module, ParseError> {
    Err(ParseError {
        kind: ParseErrorKind::SyntaxError,
        message: "parser not written yet".into(),
        line: 1,
    })
}

/// Parse the input of `eval()`: a single expression (surrounding whitespace and newlines allowed).
pub fn parse_expression(_source: &str) -> Result<ast::Expr, ParseError> {
    Err(ParseError {
        kind: ParseErrorKind::SyntaxError,
        message: "parser not written yet".into(),
        line: 1,
    })
}
