//! `str`: immutable Unicode text stored as UTF-8, with its length in characters and its hash cached so that
//! dict lookups of names and keys are cheap. Indexing is O(1) for ASCII text and O(n) otherwise (as on
//! CircuitPython, which also stores UTF-8). Its constructor and some methods only str has live here; the text
//! methods it shares with bytes, and the str-only ones written the same way (encode, casefold, isdecimal...),
//! are in `bytes.rs`, `str.format` in `strformat.rs`, `%` in `percent.rs`.

use std::cell::Cell;

pub struct PyStr {
    // A `String`, not a `Box<str>`: most texts are built by pushing, and trimming their spare capacity on
    // the way in was a reallocation for every other new str (3.5% of the string benchmark). The slack is
    // trimmed only when it is large; the VM's heap accounting counts the text's length, as the device does.
    s: String,
    char_len: usize,
    hash: Cell<u64>,
}

impl PyStr {
    #[inline]
    pub fn new(s: impl Into<String>) -> Self {
        Self::from_string(s.into())
    }

    /// One copy of the constructor for every caller of the generic `new`.
    fn from_string(mut s: String) -> Self {
        if s.capacity() > 2 * s.len() + 64 {
            s.shrink_to_fit();
        }
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, char_len, hash: Cell::new(0) }
    }

    /// `a + b`: the character count is the sum of theirs, so the joined text is not scanned again.
    pub fn concat(a: &PyStr, b: &PyStr) -> Self {
        let mut s = String::with_capacity(a.s.len() + b.s.len());
        s.push_str(&a.s);
        s.push_str(&b.s);
        PyStr { s, char_len: a.char_len + b.char_len, hash: Cell::new(0) }
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

    /// The character at index `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            let data = self.s.as_bytes();
            crate::objects::bytes::unit_at(data, crate::objects::bytes::char_offset(data, i), true).0
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

/// `repr(str)`: Python's quoting and escaping (printable non-ASCII characters are kept, others escaped).
pub fn str_repr(s: &str) -> String {
    quoted(s, false)
}

/// The repr of a str, or with `bytes` of bytes given as Latin-1 text (`b` first, and only printable ASCII
/// shown): single quotes unless the text has one and no double quote.
pub(crate) fn quoted(s: &str, bytes: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 3);
    if bytes {
        out.push('b');
    }
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
            c if shown_in_repr(c) && (c.is_ascii() || !bytes) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// The characters repr writes as they are: CPython's printable ones (not a control, format or separator
/// character other than space). The separators are listed rather than taken from Unicode's White_Space table.
fn shown_in_repr(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !(c.is_control()
        || matches!(
            c,
            '\u{a0}'
                | '\u{1680}'
                | '\u{2000}'..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{ad}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{feff}'
        ))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as repr writes a character it can't show.
pub(crate) fn push_escape(out: &mut String, c: char) {
    let n = c as u32;
    let (tag, digits) = if n < 0x100 {
        ('x', 2)
    } else if n < 0x10000 {
        ('u', 4)
    } else {
        ('U', 8)
    };
    out.push('\\');
    out.push(tag);
    crate::objects::bytes::push_hex(out, n, digits);
}

/// `ascii()`: escape every non-ASCII character of an already-made repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

use crate::builtins::check_args;
use crate::objects::bytes::{self as text, codec_args, decode, params};
use crate::objects::function::{Kwargs, NativeFn, NativeKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `a + b` when both are strs (None for anything else): the character count is the sum of theirs, and
    /// a result that cannot fit the board's heap is a MemoryError before anything is copied. Run ahead of the
    /// general operator dispatch for `+` and `+=`, and by `seq_binop` for what reaches it.
    pub(crate) fn concat_strs(&mut self, a: Value, b: Value) -> Option<PyResult<Value>> {
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return None };
        let (crate::heap::Obj::Str(s), crate::heap::Obj::Str(t)) = (self.heap.get(x), self.heap.get(y)) else {
            return None;
        };
        let len = s.as_str().len() + t.as_str().len();
        if len <= 1 {
            // "" or one byte: `new_string` interns those.
            let text = format!("{}{}", s.as_str(), t.as_str());
            return Some(Ok(self.new_string(text)));
        }
        if let Err(e) = self.reserve_upfront(len) {
            return Some(Err(e));
        }
        let (crate::heap::Obj::Str(s), crate::heap::Obj::Str(t)) = (self.heap.get(x), self.heap.get(y)) else {
            return None;
        };
        let joined = PyStr::concat(s, t);
        Some(Ok(Value::Obj(self.heap.alloc(crate::heap::Obj::Str(joined)))))
    }
}

/// `str(x='')` and `str(bytes, encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    // `str(x)`, by far the most common form (args[0] is the class), needs no parameter parsing.
    let x = match (args, kw.is_empty()) {
        ([cls, x], true) => {
            if cls.is(Value::Obj(vm.types.str)) {
                // A Python `__str__` runs as bytecode (see `builtins::drive`).
                if let Some(method) = vm.python_str_method(*x) {
                    return vm.drive_text(method, *x);
                }
            }
            *x
        }
        _ => {
            let mut p = [None; 3];
            params(vm, "str", args, kw, &["object", "encoding", "errors"], 0, &mut p)?;
            let [x, encoding, errors] = p;
            let Some(x) = x else { return Ok(vm.intern("")) };
            if encoding.is_some() || errors.is_some() {
                let Some(data) = vm.as_bytes(x) else {
                    return Err(vm.type_error_msg(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(x)
                    )));
                };
                let (codec, errors) = codec_args(vm, encoding, errors)?;
                let s = decode(vm, data, codec, &errors)?;
                return Ok(vm.new_string(s));
            }
            x
        }
    };
    if let Value::Int(i) = x {
        return Ok(vm.new_string(i.to_string()));
    }
    if vm.as_str(x).is_some() && vm.type_of(x) == vm.types.str {
        return Ok(x);
    }
    let s = vm.str_of(x)?;
    Ok(vm.new_string(s))
}

fn str_format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(template) = args.first().and_then(|v| vm.as_str(*v)) else {
        return Err(vm.type_error_msg("format() needs a str"));
    };
    let template = template.to_string();
    let out = crate::objects::strformat::format_template(vm, &template, &args[1..], kw)?;
    Ok(vm.new_string(out))
}

/// Not a CircuitPython method (nor are isdecimal, isnumeric and isprintable, with the other str methods in
/// `bytes.rs`).
fn str_isidentifier(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = vm.expect_str(args.first().copied().unwrap_or(Value::None))?;
    Ok(Value::bool(circuitpython_parser::is_identifier(&s)))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
fn str_maketrans(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "maketrans", args, 1, 3)?;
    let table = vm.new_dict();
    if args.len() == 1 {
        let Some(d) = vm.dict_ref(args[0]) else {
            return Err(vm.type_error_msg("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in vm.dict_store(d).items() {
            let key = match vm.as_str(k) {
                Some(s) => {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => return Err(vm.value_error("string keys in translate table must be of length 1")),
                    }
                }
                None if vm.is_int(k) => k,
                None => return Err(vm.type_error_msg("keys in translate table must be strings or integers")),
            };
            vm.dict_set(table, key, v)?;
        }
        return Ok(Value::Obj(table));
    }
    let from = vm.expect_str(args[0])?;
    let to = vm.expect_str(args[1])?;
    if from.chars().count() != to.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (f, t) in from.chars().zip(to.chars()) {
        vm.dict_set(table, Value::Int(f as i64), Value::Int(t as i64))?;
    }
    if let Some(&z) = args.get(2) {
        for c in vm.expect_str(z)?.chars() {
            vm.dict_set(table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(table))
}

/// `str.translate(table)`: each character's code point looked up in `table` (any mapping or sequence); a
/// LookupError keeps the character, None deletes it, an int or str replaces it.
fn str_translate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "translate", &args[args.len().min(1)..], 1, 1)?;
    let s = vm.expect_str(args[0])?;
    let table = args[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match vm.getitem(table, Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if vm.error_matches(&e, vm.exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if mapped.is_none() {
            continue;
        }
        if let Some(r) = vm.as_str(mapped) {
            out.push_str(r);
        } else if let Some(n) = vm.as_i64(mapped) {
            match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(vm.type_error_msg("character mapping must return integer, None or str"));
        }
        if out.len() > 4096 && out.len() % 1024 < 4 {
            vm.heap.reserve(out.len()).map_err(|_| vm.memory_error())?;
        }
    }
    Ok(vm.new_string(out))
}

const STR_METHODS: &[(&str, NativeFn)] = &[
    ("format", str_format),
    ("isidentifier", str_isidentifier),
    ("translate", str_translate),
    ("__hash__", text::dunder_hash),
];

pub fn register(vm: &mut Vm) {
    let t = vm.types.str;
    vm.set_constructor(t, str_new);
    vm.add_methods(t, text::SHARED_METHODS);
    vm.add_methods(t, STR_METHODS);
    vm.add_methods(t, text::STR_METHODS);
    vm.add_natives(t, NativeKind::Function, &[("maketrans", str_maketrans)]);
}
