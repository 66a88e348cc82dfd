//! Python-exact number formatting and parsing, as pure functions over Rust primitives.
//!
//! Nothing here knows about VM objects: the VM converts its values to `f64`, `BigInt` or `&str`, calls these
//! functions, and turns a [`FormatError`] into the Python exception it names.
//!
//! * [`float_repr`]: `repr(float)` / `str(float)` (shortest round-trip digits from `ryu`, Python's layout).
//! * [`parse_format_spec`] and [`FormatSpec`]: the format-spec mini-language of `format()`, `str.format` and
//!   f-strings; [`format_float`], [`format_int`] and [`format_str`] apply a parsed spec.
//! * [`parse_percent_spec`] and the `percent_*` renderers: the building blocks of `str % args`.
//! * [`parse_float`] and [`parse_int`]: the string rules of `float()` and `int()`.
//! * [`bigint_to_decimal`] and [`parse_decimal_bigint`]: fast `str(int)` / `int(str)` for huge numbers.
//! * [`round_half_even`]: `round(x, ndigits)` for floats.
//!
//! Error messages use CircuitPython/MicroPython wording where it has one (e.g. `invalid format specifier`,
//! `sign not allowed in string format specifier`, `incomplete format`), otherwise CPython's.

mod bigdec;
mod digits;
mod format;
mod parse;
mod percent;
mod round;
mod spec;

#[cfg(test)]
mod cases;

pub use bigdec::{bigint_to_decimal, parse_decimal_bigint};
pub use digits::float_repr;
pub use format::{format_float, format_int, format_str};
pub use parse::{parse_float, parse_int, IntValue};
pub use percent::{
    int_to_char, parse_percent_spec, percent_format_float, percent_format_int, percent_pad_str,
    PercentSpec,
};
pub use round::round_half_even;
pub use spec::{parse_format_spec, FormatSpec};

use std::fmt;

/// The Python exception class a formatting or parsing failure maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
}

impl ErrorKind {
    /// The Python name of the exception class, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
        }
    }
}

/// A failure to format or parse: which Python exception to raise, and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The exception message, without the class name.
    pub message: String,
}

impl FormatError {
    /// A `ValueError` with the given message.
    pub fn value(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }
    /// A `TypeError` with the given message.
    pub fn type_error(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::TypeError,
            message: message.into(),
        }
    }
    /// An `OverflowError` with the given message.
    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for FormatError {}

/// Python's `repr()` of a `str`, used in error messages such as `invalid literal for int()`.
pub(crate) fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) || c == '\u{ad}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isspace()` for one character (Unicode White_Space plus the ASCII separators 0x1c..0x1f).
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}
