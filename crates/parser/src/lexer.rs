//! The tokenizer: turns source text into a flat token vector with NEWLINE/INDENT/DEDENT tokens, implicit line
//! joining inside brackets, backslash continuation, comments, number literals (big integers kept as their digits,
//! decimal or behind their `0x`/`0o`/`0b` prefix, for the runtime to read) and raw string-literal bodies (escapes and f-string fields are decoded later, in `strings.rs`).

use crate::ast::Constant;
use crate::decimal_float::parse_decimal_bytes;
use crate::{Fail, ParseErrorKind};

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    Name(String),
    /// A reserved keyword.
    Kw(Kw),
    /// An operator or delimiter.
    Op(Op),
    Num(Constant),
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,
    End,
}

/// A string literal as written: its prefix flags and the raw text between the quotes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StrLit {
    pub bytes: bool,
    pub raw: bool,
    pub fmt: bool,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    pub line: u32,
}

pub(crate) struct Lexed {
    pub tokens: Vec<Token>,
    /// Index of the first token synthesised at end of input (final NEWLINE, DEDENTs, END). An error on one of
    /// those means more input could have completed the program.
    pub real_end: usize,
}

/// Python's reserved keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

/// Operators and delimiters (their text is in `OPERATORS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    StarStarEq,
    SlashSlashEq,
    ShrEq,
    ShlEq,
    Ellipsis,
    Arrow,
    ColonEq,
    StarStar,
    SlashSlash,
    Shl,
    Shr,
    LtEq,
    GtEq,
    EqEq,
    NotEq,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    PercentEq,
    AmpEq,
    PipeEq,
    CaretEq,
    AtEq,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    At,
    Amp,
    Pipe,
    Caret,
    Tilde,
    Lt,
    Gt,
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Eq,
}

const KEYWORDS: &[(&str, Kw)] = &[
    ("False", Kw::False),
    ("None", Kw::None),
    ("True", Kw::True),
    ("and", Kw::And),
    ("as", Kw::As),
    ("assert", Kw::Assert),
    ("async", Kw::Async),
    ("await", Kw::Await),
    ("break", Kw::Break),
    ("class", Kw::Class),
    ("continue", Kw::Continue),
    ("def", Kw::Def),
    ("del", Kw::Del),
    ("elif", Kw::Elif),
    ("else", Kw::Else),
    ("except", Kw::Except),
    ("finally", Kw::Finally),
    ("for", Kw::For),
    ("from", Kw::From),
    ("global", Kw::Global),
    ("if", Kw::If),
    ("import", Kw::Import),
    ("in", Kw::In),
    ("is", Kw::Is),
    ("lambda", Kw::Lambda),
    ("nonlocal", Kw::Nonlocal),
    ("not", Kw::Not),
    ("or", Kw::Or),
    ("pass", Kw::Pass),
    ("raise", Kw::Raise),
    ("return", Kw::Return),
    ("try", Kw::Try),
    ("while", Kw::While),
    ("with", Kw::With),
    ("yield", Kw::Yield),
];

/// Operators, longest first so that the first prefix match is the right one.
const OPERATORS: &[(&str, Op)] = &[
    ("**=", Op::StarStarEq),
    ("//=", Op::SlashSlashEq),
    (">>=", Op::ShrEq),
    ("<<=", Op::ShlEq),
    ("...", Op::Ellipsis),
    ("->", Op::Arrow),
    (":=", Op::ColonEq),
    ("**", Op::StarStar),
    ("//", Op::SlashSlash),
    ("<<", Op::Shl),
    (">>", Op::Shr),
    ("<=", Op::LtEq),
    (">=", Op::GtEq),
    ("==", Op::EqEq),
    ("!=", Op::NotEq),
    ("+=", Op::PlusEq),
    ("-=", Op::MinusEq),
    ("*=", Op::StarEq),
    ("/=", Op::SlashEq),
    ("%=", Op::PercentEq),
    ("&=", Op::AmpEq),
    ("|=", Op::PipeEq),
    ("^=", Op::CaretEq),
    ("@=", Op::AtEq),
    ("+", Op::Plus),
    ("-", Op::Minus),
    ("*", Op::Star),
    ("/", Op::Slash),
    ("%", Op::Percent),
    ("@", Op::At),
    ("&", Op::Amp),
    ("|", Op::Pipe),
    ("^", Op::Caret),
    ("~", Op::Tilde),
    ("<", Op::Lt),
    (">", Op::Gt),
    ("(", Op::LPar),
    (")", Op::RPar),
    ("[", Op::LSqb),
    ("]", Op::RSqb),
    ("{", Op::LBrace),
    ("}", Op::RBrace),
    (",", Op::Comma),
    (":", Op::Colon),
    (".", Op::Dot),
    (";", Op::Semi),
    ("=", Op::Eq),
];

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    i: usize,
    line: u32,
    tokens: Vec<Token>,
}

/// Identifier bytes as CircuitPython's lexer has them (py/lexer.c `is_head_of_identifier`): ASCII letters and
/// digits, `_`, and every byte of a non-ASCII character (it takes any byte >= 0x80, so UTF-8 names need no
/// Unicode tables). Every byte of a non-ASCII character is >= 0x80, so a run of these ends on a character
/// boundary.
fn is_id_byte(c: u8) -> bool {
    c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80
}

/// Whether `name` lexes as one identifier: the rule for `str.isidentifier()` and the names that `namedtuple`
/// and `re`'s named groups accept.
pub fn is_identifier(name: &str) -> bool {
    name.bytes().next().is_some_and(|c| !c.is_ascii_digit()) && name.bytes().all(is_id_byte)
}

/// String prefix letters, as bits; `OTHER` marks a letter that cannot be in a prefix or a repeated one.
const RAW: u8 = 1;
const BYTES: u8 = 2;
const FMT: u8 = 4;
const U: u8 = 8;
const OTHER: u8 = 16;

/// Tokenize `src`; line numbers start at `first_line`.
pub(crate) fn lex(src: &str, first_line: u32) -> Result<Lexed, Box<Fail>> {
    let lx = Lexer { src, b: src.as_bytes(), i: 0, line: first_line, tokens: Vec::with_capacity(src.len() / 3) };
    lx.run()
}

impl<'a> Lexer<'a> {
    fn push(&mut self, tok: Tok, line: u32) {
        self.tokens.push(Token { tok, line });
    }

    fn peek(&self, k: usize) -> u8 {
        *self.b.get(self.i + k).unwrap_or(&0)
    }

    fn run(mut self) -> Result<Lexed, Box<Fail>> {
        let mut indents: Vec<u32> = vec![0];
        let mut brackets: Vec<Op> = Vec::new();
        let mut at_line_start = true;
        // Whether the current logical line has produced a token (a NEWLINE is due at its end).
        let mut line_has_tokens = false;
        loop {
            if at_line_start && brackets.is_empty() {
                let mut col: u32 = 0;
                while self.i < self.b.len() {
                    match self.b[self.i] {
                        b' ' => col = col.saturating_add(1),
                        b'\t' => col = (col / 8).saturating_add(1).saturating_mul(8),
                        b'\x0c' => col = 0,
                        _ => break,
                    }
                    self.i += 1;
                }
                if self.i >= self.b.len() {
                    break;
                }
                match self.b[self.i] {
                    // A blank or comment-only line leaves the indentation as it is (and, having no token, ends
                    // with no NEWLINE): its comment and line break are skipped below, as in any line.
                    b'#' | b'\n' | b'\r' => {}
                    b'\\' if matches!(self.peek(1), b'\n' | b'\r') => {
                        // A continuation line that starts with a backslash: a blank line joined to the next.
                        self.i += 1;
                        self.newline_char();
                        continue;
                    }
                    _ => {
                        let top = *indents.last().unwrap_or(&0);
                        if col > top {
                            indents.push(col);
                            self.push(Tok::Indent, self.line);
                        } else if col < top {
                            while col < *indents.last().unwrap_or(&0) {
                                indents.pop();
                                self.push(Tok::Dedent, self.line);
                            }
                            if col != *indents.last().unwrap_or(&0) {
                                return Err(Fail::new(
                                    ParseErrorKind::IndentationError,
                                    "unindent doesn't match any outer indent level",
                                    self.line,
                                    false,
                                ));
                            }
                        }
                        at_line_start = false;
                    }
                }
            }
            // Skip whitespace inside a line.
            while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\x0c') {
                self.i += 1;
            }
            if self.i >= self.b.len() {
                break;
            }
            let c = self.b[self.i];
            let line = self.line;
            match c {
                b'#' => {
                    while self.i < self.b.len() && self.b[self.i] != b'\n' && self.b[self.i] != b'\r' {
                        self.i += 1;
                    }
                }
                b'\n' | b'\r' => {
                    if brackets.is_empty() {
                        if line_has_tokens {
                            self.push(Tok::Newline, line);
                        }
                        line_has_tokens = false;
                        at_line_start = true;
                    }
                    self.newline_char();
                }
                b'\\' => {
                    self.i += 1;
                    if self.i >= self.b.len() {
                        return Err(Fail::new(ParseErrorKind::SyntaxError, "invalid syntax", line, true));
                    }
                    if matches!(self.b[self.i], b'\n' | b'\r') {
                        self.newline_char();
                        if self.i >= self.b.len() {
                            return Err(Fail::new(ParseErrorKind::SyntaxError, "invalid syntax", line, true));
                        }
                    } else {
                        return Err(Fail::syntax("invalid syntax", line));
                    }
                }
                b'0'..=b'9' => {
                    let n = self.number()?;
                    self.push(Tok::Num(n), line);
                    line_has_tokens = true;
                }
                b'.' if self.peek(1).is_ascii_digit() => {
                    let n = self.number()?;
                    self.push(Tok::Num(n), line);
                    line_has_tokens = true;
                }
                b'"' | b'\'' => {
                    let s = self.string(false, false, false)?;
                    self.push(Tok::Str(Box::new(s)), line);
                    line_has_tokens = true;
                }
                _ if is_id_byte(c) => {
                    let start = self.i;
                    while self.i < self.b.len() && is_id_byte(self.b[self.i]) {
                        self.i += 1;
                    }
                    let word = &self.src[start..self.i];
                    let q = self.peek(0);
                    if (q == b'"' || q == b'\'') && word.len() <= 2 {
                        // A string prefix: `r`, `u`, `b`, `f`, `br` or `fr` in any order and case.
                        let mut flags = 0u8;
                        for c in word.bytes() {
                            let bit = match c | 0x20 {
                                b'r' => RAW,
                                b'b' => BYTES,
                                b'f' => FMT,
                                b'u' => U,
                                _ => OTHER,
                            };
                            flags |= bit | if flags & bit != 0 { OTHER } else { 0 };
                        }
                        if flags & OTHER == 0 && flags & (BYTES | FMT) != BYTES | FMT && (flags & U == 0 || flags == U)
                        {
                            let s = self.string(flags & BYTES != 0, flags & RAW != 0, flags & FMT != 0)?;
                            self.push(Tok::Str(Box::new(s)), line);
                            line_has_tokens = true;
                            continue;
                        }
                    }
                    let tok = match KEYWORDS.iter().find(|(k, _)| *k == word) {
                        Some(&(_, k)) => Tok::Kw(k),
                        None => Tok::Name(word.to_string()),
                    };
                    self.push(tok, line);
                    line_has_tokens = true;
                }
                _ => {
                    let rest = &self.b[self.i..];
                    let Some(&(text, op)) = OPERATORS.iter().find(|(t, _)| rest.starts_with(t.as_bytes())) else {
                        return Err(Fail::syntax("invalid syntax", line));
                    };
                    self.i += text.len();
                    // `brackets` holds the closing bracket that each open one expects.
                    match op {
                        Op::LPar => brackets.push(Op::RPar),
                        Op::LSqb => brackets.push(Op::RSqb),
                        Op::LBrace => brackets.push(Op::RBrace),
                        Op::RPar | Op::RSqb | Op::RBrace if brackets.pop() != Some(op) => {
                            return Err(Fail::syntax("invalid syntax", line));
                        }
                        _ => {}
                    }
                    self.push(Tok::Op(op), line);
                    line_has_tokens = true;
                }
            }
        }
        let line = self.line;
        // The NEWLINE ending a last line that lacks its line break counts as real (`x = 1 +` is an error, not
        // unfinished input) unless a bracket is still open.
        if line_has_tokens && brackets.is_empty() {
            self.push(Tok::Newline, line);
        }
        let real_end = self.tokens.len();
        if !brackets.is_empty() {
            self.push(Tok::Newline, line);
        }
        for _ in 1..indents.len() {
            self.push(Tok::Dedent, line);
        }
        self.push(Tok::End, line);
        Ok(Lexed { tokens: self.tokens, real_end })
    }

    /// Consume one line break (`\n`, `\r\n` or `\r`).
    fn newline_char(&mut self) {
        if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
            self.i += 2;
        } else {
            self.i += 1;
        }
        self.line = self.line.saturating_add(1);
    }

    fn string(&mut self, bytes: bool, raw: bool, fmt: bool) -> Result<StrLit, Box<Fail>> {
        let start_line = self.line;
        let q = self.b[self.i];
        let triple = self.peek(1) == q && self.peek(2) == q;
        let qlen = if triple { 3 } else { 1 };
        self.i += qlen;
        let start = self.i;
        loop {
            if self.i >= self.b.len() {
                return Err(Fail::new(ParseErrorKind::SyntaxError, "invalid syntax", start_line, triple));
            }
            let c = self.b[self.i];
            if c == b'\\' {
                self.i += 1;
                match self.peek(0) {
                    b'\n' | b'\r' => self.newline_char(),
                    0 if self.i >= self.b.len() => {}
                    _ => self.i += 1,
                }
                continue;
            }
            if c == b'\n' || c == b'\r' {
                if !triple {
                    return Err(Fail::syntax("invalid syntax", start_line));
                }
                self.newline_char();
                continue;
            }
            if c == q && (!triple || (self.peek(1) == q && self.peek(2) == q)) {
                break;
            }
            self.i += 1;
        }
        // `i` may have stepped past the end over a trailing backslash; clamp before slicing.
        let end = self.i.min(self.b.len());
        let body = self.src.get(start..end).unwrap_or("").to_string();
        self.i = end + qlen;
        if bytes && !body.is_ascii() {
            return Err(Fail::syntax("bytes can only contain ASCII literal characters", start_line));
        }
        Ok(StrLit { bytes, raw, fmt, body })
    }

    /// Digits that `ok` accepts, appended to `out` without the single `_`s allowed between two of them.
    fn digits(&mut self, out: &mut Vec<u8>, ok: fn(&u8) -> bool) -> Result<(), Box<Fail>> {
        let start = out.len();
        let mut last_underscore = false;
        while let Some(&c) = self.b.get(self.i) {
            if c == b'_' {
                let misplaced = last_underscore || out.len() == start;
                last_underscore = true;
                if misplaced {
                    break;
                }
            } else if ok(&c) {
                out.push(c);
                last_underscore = false;
            } else {
                break;
            }
            self.i += 1;
        }
        if last_underscore {
            return Err(Fail::syntax("invalid syntax", self.line));
        }
        Ok(())
    }

    fn number(&mut self) -> Result<Constant, Box<Fail>> {
        let line = self.line;
        let mut text = Vec::new();
        let base = match self.peek(1) | 0x20 {
            _ if self.peek(0) != b'0' => 10,
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 10,
        };
        if base != 10 {
            self.i += 2;
            if self.peek(0) == b'_' {
                self.i += 1;
            }
            self.digits(&mut text, u8::is_ascii_alphanumeric)?;
            if text.is_empty() || !text.iter().all(|&c| (c as char).is_digit(base)) {
                return Err(Fail::syntax("invalid syntax", line));
            }
            return Ok(int_from_digits(&text, base));
        }
        self.digits(&mut text, u8::is_ascii_digit)?;
        let int_len = text.len();
        if self.peek(0) == b'.' {
            self.i += 1;
            text.push(b'.');
            if self.peek(0).is_ascii_digit() {
                self.digits(&mut text, u8::is_ascii_digit)?;
            }
        }
        if self.peek(0) | 0x20 == b'e' {
            let sign = matches!(self.peek(1), b'+' | b'-') as usize;
            if self.peek(1 + sign).is_ascii_digit() {
                text.extend_from_slice(&self.b[self.i..=self.i + sign]);
                self.i += 1 + sign;
                self.digits(&mut text, u8::is_ascii_digit)?;
            }
        }
        // Digits with a point or an exponent: a float literal, which always parses.
        let float = || parse_decimal_bytes(&text).unwrap_or(0.0);
        if self.peek(0) | 0x20 == b'j' {
            self.i += 1;
            return Ok(Constant::Imaginary(float()));
        }
        if text.len() > int_len {
            return Ok(Constant::Float(float()));
        }
        if text.len() > 1 && text[0] == b'0' && text.iter().any(|&c| c != b'0') {
            return Err(Fail::syntax("invalid syntax", line));
        }
        Ok(int_from_digits(&text, 10))
    }
}

/// Convert validated ASCII digits in `base` to an `Int`, or a `BigInt` if they do not fit in i64: decimal
/// digits without leading zeros, or the digits behind their `0x`/`0o`/`0b` prefix. The runtime converts a
/// big literal with the same routine as `int(text, 0)`, which reads power-of-two bases in linear time.
pub(crate) fn int_from_digits(digits: &[u8], base: u32) -> Constant {
    let significant = match digits.iter().position(|&c| c != b'0') {
        Some(first) => &digits[first..],
        None => return Constant::Int(0),
    };
    let mut value: u64 = 0;
    for &c in significant {
        let digit = (c as char).to_digit(base).unwrap_or(0) as u64;
        match value.checked_mul(base as u64).and_then(|v| v.checked_add(digit)) {
            Some(v) => value = v,
            None => return big_literal(significant, base),
        }
    }
    match i64::try_from(value) {
        Ok(v) => Constant::Int(v),
        Err(_) => big_literal(significant, base),
    }
}

fn big_literal(digits: &[u8], base: u32) -> Constant {
    let prefix = match base {
        16 => "0x",
        8 => "0o",
        2 => "0b",
        _ => "",
    };
    let mut text = String::with_capacity(prefix.len() + digits.len());
    text.push_str(prefix);
    text.extend(digits.iter().map(|&c| c as char));
    Constant::BigInt(text)
}
