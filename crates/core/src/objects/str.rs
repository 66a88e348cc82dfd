//! `str`: immutable Unicode text stored as UTF-8, with its length in characters and its hash cached so that
//! dict lookups of names and keys are cheap. Indexing is O(1) for ASCII text and O(n) otherwise (as on
//! CircuitPython, which also stores UTF-8).

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    hash: Cell<u64>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> Self {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, char_len, hash: Cell::new(0) }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The hash of the text (never 0, so 0 marks "not computed yet").
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// Byte offset of character `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }

    /// The character at index `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

/// A 64-bit string hash (FNV-1a with a final avalanche), never 0. Python-visible `hash(str)` is derived
/// from it; Python only requires it to be stable within a run.
pub fn str_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    if h == 0 {
        1
    } else {
        h
    }
}

/// `repr(str)`: Python's quoting and escaping (printable non-ASCII characters are kept).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
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
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (0x80..0xa0).contains(&(c as u32)) => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: escape every non-ASCII character of an already-made repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

use crate::objects::function::Kwargs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `str(x='')` and `str(bytes, encoding)`.
fn str_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(&x) = args.get(1) else { return Ok(vm.intern("")) };
    if args.len() > 2 {
        if let Some(b) = vm.as_bytes(x) {
            return match std::str::from_utf8(b) {
                Ok(s) => {
                    let s = s.to_string();
                    Ok(vm.new_string(s))
                }
                Err(_) => Err(vm.new_error(vm.exc.unicode_error, "invalid utf-8")),
            };
        }
    }
    if vm.as_str(x).is_some() && vm.type_of(x) == vm.types.str {
        return Ok(x);
    }
    let s = vm.str_of(x)?;
    Ok(vm.new_string(s))
}

pub fn register(vm: &mut Vm) {
    vm.set_constructor(vm.types.str, str_new);
}
