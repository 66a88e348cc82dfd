//! Python source to AST: the lexer (tokens, indentation, string and number literals) and a recursive-descent
//! parser for the Python 3 grammar that CircuitPython 10 accepts. Errors carry CircuitPython's `SyntaxError`
//! wording and the line they are on.

pub mod ast;
mod decimal_float;
mod lexer;
mod parser;
mod strings;

pub use decimal_float::parse_decimal_float;
pub use lexer::is_identifier;

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

/// An error plus whether it was found at the end of the input, where more lines could have completed the
/// program (an open bracket, a triple-quoted string, a `:` without its block...). Always boxed: errors travel
/// up through a `?` at every level of the parser, and a one-pointer error keeps each of those copies small.
#[derive(Debug)]
pub(crate) struct Fail {
    pub kind: ParseErrorKind,
    pub message: &'static str,
    pub line: u32,
    pub incomplete: bool,
}

impl Fail {
    pub(crate) fn new(kind: ParseErrorKind, message: &'static str, line: u32, incomplete: bool) -> Box<Self> {
        Box::new(Fail { kind, message, line, incomplete })
    }

    pub(crate) fn syntax(message: &'static str, line: u32) -> Box<Self> {
        Fail::new(ParseErrorKind::SyntaxError, message, line, false)
    }

    fn error(&self) -> ParseError {
        ParseError { kind: self.kind, message: self.message.to_string(), line: self.line }
    }
}

fn module_inner(source: &str) -> Result<ast::Module, Box<Fail>> {
    let lexed = lexer::lex(source, 1)?;
    let mut p = parser::Parser::new(&lexed.tokens, lexed.real_end, 0);
    let body = p.module()?;
    Ok(ast::Module { body })
}

/// Parse a whole module. Never panics, whatever the input (deep nesting included: it is reported as an error
/// rather than overflowing the stack).
pub fn parse_module(source: &str) -> Result<ast::Module, ParseError> {
    module_inner(source).map_err(|f| f.error())
}

/// Parse the input of `eval()`: a single expression (surrounding whitespace and newlines allowed).
pub fn parse_expression(source: &str) -> Result<ast::Expr, ParseError> {
    // Leading indentation is allowed in eval() input; so are blank lines around the expression.
    let trimmed = source.trim_start();
    let offset = source[..source.len() - trimmed.len()].bytes().filter(|&c| c == b'\n').count() as u32;
    let run = || -> Result<ast::Expr, Box<Fail>> {
        let lexed = lexer::lex(trimmed, 1 + offset)?;
        let mut p = parser::Parser::new(&lexed.tokens, lexed.real_end, 0);
        p.skip_newlines();
        let e = p.star_expressions()?;
        p.skip_newlines();
        if !p.at_end() {
            return Err(p.fail("invalid syntax"));
        }
        Ok(e)
    };
    run().map_err(|f| f.error())
}

/// For the REPL: whether `source` is unfinished and the user should be asked for another line.
///
/// True when parsing stops at the end of the input because something is still open (a bracket, a
/// triple-quoted string, a backslash continuation, a `:` still waiting for its block, a decorator waiting for
/// its `def`), and also when the input parses but its last statement is a compound statement (`if`, `def`,
/// `for`, ...) not yet followed by an empty line, as the CircuitPython REPL keeps reading until a blank line.
/// False for complete input and for input with a real syntax error (which should be reported at once).
pub fn is_incomplete(source: &str) -> bool {
    match module_inner(source) {
        Err(f) => f.incomplete,
        Ok(m) => {
            let compound = m.body.last().is_some_and(|s| {
                matches!(
                    s.kind,
                    ast::StmtKind::FunctionDef(_)
                        | ast::StmtKind::ClassDef(_)
                        | ast::StmtKind::For { .. }
                        | ast::StmtKind::While { .. }
                        | ast::StmtKind::If { .. }
                        | ast::StmtKind::With { .. }
                        | ast::StmtKind::Try(_)
                )
            });
            if !compound {
                return false;
            }
            // Complete once the last line is blank (the user pressed Enter on an empty line).
            let t = source.trim_end_matches([' ', '\t', '\r', '\x0c']);
            let t = t.strip_suffix('\n').unwrap_or(t);
            let last_line = t.rsplit_once('\n').map_or(t, |(_, last)| last);
            !(t.ends_with('\n') || last_line.trim().is_empty())
        }
    }
}
