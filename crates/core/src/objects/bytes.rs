//! `bytes` and `bytearray`: constructors, repr, codecs, hex, bytearray mutation, and the text methods they
//! share with `str`. Those (find, split, strip, replace, justify, case changes, predicates...) are written once
//! here, in one function driven by a table of methods, over a `Text` view of the raw data; `str` stores UTF-8,
//! and its kind switches on character indices and Unicode line breaks. Whitespace, case mappings and character classes are ASCII-only for both, as on the
//! device.

use crate::heap::Obj;
use crate::numfmt::is_py_space;
use crate::objects::function::{Kwargs, NativeFn, NativeKind};
use crate::objects::seq::{byte_value, clamp_index, norm_index};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use circuitpython_parser::ast::{BinOp, CmpOp};
use std::borrow::Cow;

/// `repr(bytes)`: `b'...'`, quoted and escaped as a str is, but every byte outside printable ASCII escaped.
pub fn bytes_repr(b: &[u8]) -> String {
    crate::objects::str::quoted(&latin1(b), true)
}

/// Bytes as text of one char per byte (U+0000..U+00FF): Latin-1 decoding, and how `%` and `repr` handle bytes
/// with the str code.
pub(crate) fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

// ---- arguments ----

/// The parameters of a native method after `self`, given by position or keyword, in `names` order, into
/// `out` (at least as long as `names`); the first `required` must be present.
pub(crate) fn params(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: Kwargs,
    names: &[&str],
    required: usize,
    out: &mut [Option<Value>],
) -> PyResult<()> {
    let pos = args.get(1..).unwrap_or(&[]);
    if pos.len() > names.len() {
        return Err(vm.type_error_msg(format!(
            "{name}() takes at most {} arguments ({} given)",
            names.len(),
            pos.len()
        )));
    }
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(*v);
    }
    for (k, v) in kw {
        let key = vm.as_str(*k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_none() => out[i] = Some(*v),
            Some(_) => return Err(vm.type_error_msg(format!("{name}() got multiple values for argument '{key}'"))),
            None => return Err(vm.type_error_msg(format!("unexpected keyword argument '{key}'"))),
        }
    }
    if out[..required].iter().any(Option::is_none) {
        return Err(vm.type_error_msg(format!("{name}() missing required argument")));
    }
    Ok(())
}

/// An optional argument where Python's `None` also means "not given".
fn given(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !v.is_none())
}

/// The `start, end` arguments of find/count/startswith...: negatives count from the end, then both are
/// clamped to `0..=len`. `None` when `start > end` (nothing matches, not even the empty string).
pub(crate) fn span(vm: &Vm, start: Option<Value>, end: Option<Value>, len: usize) -> PyResult<Option<(usize, usize)>> {
    let len = len as i64;
    let bound = |v: Option<Value>, default: i64| -> PyResult<i64> {
        match given(v) {
            None => Ok(default),
            Some(v) => {
                let i = clamp_index(vm, v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i })
            }
        }
    };
    let a = bound(start, 0)?;
    let b = bound(end, len)?.min(len);
    Ok((a <= b).then_some((a as usize, b as usize)))
}

// ---- the text view ----

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Str,
    Bytes,
    ByteArray,
}

/// The data of a str (UTF-8), bytes or bytearray, with its length in characters (str) or bytes.
pub(crate) struct Text<'a> {
    pub data: &'a [u8],
    pub kind: Kind,
    pub len: usize,
    /// The str, bytes or bytearray object itself.
    pub obj: ObjRef,
}

impl Text<'_> {
    fn unicode(&self) -> bool {
        self.kind == Kind::Str
    }

    fn is_ascii(&self) -> bool {
        self.len == self.data.len()
    }

    /// Byte offset of character (or byte) index `i <= len`.
    fn offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            char_offset(self.data, i)
        }
    }

    /// Character (or byte) index of byte offset `b`.
    fn index_of(&self, b: usize) -> usize {
        if self.is_ascii() {
            b
        } else {
            unit_count(&self.data[..b], true)
        }
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Byte offset of character `i` of UTF-8 `data` (its length when there are not that many).
pub(crate) fn char_offset(data: &[u8], i: usize) -> usize {
    let mut seen = 0;
    for (at, &b) in data.iter().enumerate() {
        if !is_continuation(b) {
            if seen == i {
                return at;
            }
            seen += 1;
        }
    }
    data.len()
}

fn unit_count(data: &[u8], unicode: bool) -> usize {
    if unicode {
        data.iter().filter(|b| !is_continuation(**b)).count()
    } else {
        data.len()
    }
}

/// The character starting at byte `i` and its length in bytes.
pub(crate) fn unit_at(data: &[u8], i: usize, unicode: bool) -> (char, usize) {
    let b = data[i];
    if b < 0x80 || !unicode {
        return (b as char, 1);
    }
    let len = match b {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    };
    let end = (i + len).min(data.len());
    match std::str::from_utf8(&data[i..end]).ok().and_then(|s| s.chars().next()) {
        Some(c) => (c, end - i),
        None => ('\u{fffd}', 1),
    }
}

/// The character ending at byte `i` (exclusive) and its length in bytes.
fn unit_before(data: &[u8], i: usize, unicode: bool) -> (char, usize) {
    let mut j = i - 1;
    if unicode {
        while j > 0 && i - j < 4 && is_continuation(data[j]) {
            j -= 1;
        }
    }
    unit_at(data, j, unicode)
}

/// Byte length of the line break starting at `i` (`\r\n` is one), or 0.
fn line_break_at(data: &[u8], i: usize, unicode: bool) -> usize {
    match data[i] {
        b'\n' => 1,
        b'\r' => 1 + (data.get(i + 1) == Some(&b'\n')) as usize,
        0x0b | 0x0c | 0x1c | 0x1d | 0x1e if unicode => 1,
        0xC2 if unicode && data.get(i + 1) == Some(&0x85) => 2,
        0xE2 if unicode && data.get(i + 1) == Some(&0x80) && matches!(data.get(i + 2), Some(0xA8 | 0xA9)) => 3,
        _ => 0,
    }
}

/// `self` of a text method (str, bytes, bytearray or a subclass instance).
pub(crate) fn text_of(vm: &Vm, v: Value) -> Option<Text<'_>> {
    let Value::Obj(r) = vm.unwrap_base(v) else { return None };
    match vm.heap.get(r) {
        Obj::Str(s) => Some(Text { data: s.as_str().as_bytes(), kind: Kind::Str, len: s.char_len(), obj: r }),
        Obj::Bytes(b) => Some(Text { data: b, kind: Kind::Bytes, len: b.len(), obj: r }),
        Obj::ByteArray(b) => Some(Text { data: b, kind: Kind::ByteArray, len: b.len(), obj: r }),
        _ => None,
    }
}

fn this<'a>(vm: &'a Vm, args: &[Value]) -> PyResult<Text<'a>> {
    args.first()
        .and_then(|v| text_of(vm, *v))
        .ok_or_else(|| vm.type_error_msg("descriptor needs a str, bytes or bytearray object"))
}

/// An argument that must be of the same family as `self`: str for str, bytes-like for bytes.
fn like_arg(vm: &Vm, kind: Kind, v: Value) -> PyResult<&[u8]> {
    match kind {
        Kind::Str => vm
            .as_str(v)
            .map(str::as_bytes)
            .ok_or_else(|| vm.type_error_msg(format!("can't convert '{}' object to str implicitly", vm.type_name(v)))),
        _ => vm
            .as_bytes(v)
            .ok_or_else(|| vm.type_error_msg(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

/// A substring to search for (also for `in`): like `like_arg`, and for bytes also an int or int subclass (one
/// byte; a big int is out of range too).
pub(crate) fn needle_arg(vm: &Vm, kind: Kind, v: Value) -> PyResult<Cow<'_, [u8]>> {
    if kind != Kind::Str && vm.is_int(vm.unwrap_base(v)) {
        return match vm.as_i64(v).and_then(|i| u8::try_from(i).ok()) {
            Some(b) => Ok(Cow::Owned(vec![b])),
            None => Err(vm.value_error("byte must be in range(0, 256)")),
        };
    }
    like_arg(vm, kind, v).map(Cow::Borrowed)
}

pub(crate) fn new_text(vm: &mut Vm, kind: Kind, data: Vec<u8>) -> Value {
    match kind {
        Kind::Str => match String::from_utf8(data) {
            Ok(s) => vm.new_string(s),
            Err(e) => vm.new_string(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        },
        Kind::Bytes => vm.new_bytes(data),
        Kind::ByteArray => vm.new_bytearray(data),
    }
}

/// New texts of the same kind as the str, bytes or bytearray `obj` from byte ranges of it, in a list or a
/// tuple. (The data is looked up again for each, as making one needs the VM; a str's pieces are at character
/// boundaries, so they need no UTF-8 check.)
fn new_texts(vm: &mut Vm, obj: ObjRef, ranges: &[(usize, usize)], tuple: bool) -> Value {
    let mut items = Vec::with_capacity(ranges.len());
    for &(a, b) in ranges {
        items.push(match vm.heap.get(obj) {
            Obj::Str(s) => {
                let s = s.as_str()[a..b].to_string();
                vm.new_string(s)
            }
            Obj::Bytes(d) => {
                let d = d[a..b].to_vec();
                vm.new_bytes(d)
            }
            Obj::ByteArray(d) => {
                let d = d[a..b].to_vec();
                vm.new_bytearray(d)
            }
            _ => Value::None,
        });
    }
    if tuple {
        vm.new_tuple(items)
    } else {
        vm.new_list(items)
    }
}

// ---- searching ----

pub(crate) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let [first, rest @ ..] = needle else { return Some(0) };
    let last = hay.len().checked_sub(needle.len())?;
    let mut i = 0;
    while i <= last {
        i += hay[i..=last].iter().position(|b| b == first)?;
        // (A one-byte needle, the usual separator, has matched already: no comparison call.)
        if rest.is_empty() || hay[i + 1..i + needle.len()] == *rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let last = hay.len().checked_sub(needle.len())?;
    if needle.is_empty() {
        return Some(hay.len());
    }
    let mut end = last + 1;
    while end > 0 {
        let i = hay[..end].iter().rposition(|&b| b == needle[0])?;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        end = i;
    }
    None
}

/// Non-overlapping occurrences of a non-empty `needle`, at most `limit` (negative: all).
fn count_bytes(hay: &[u8], needle: &[u8], limit: i64) -> usize {
    let mut n = 0;
    let mut pos = 0;
    while limit < 0 || (n as i64) < limit {
        match find_bytes(&hay[pos..], needle) {
            Some(i) => {
                n += 1;
                pos += i + needle.len();
            }
            None => break,
        }
    }
    n
}

// ---- splitting ----

/// From byte `i`, over bytes that are whitespace (`space`) or are not, forwards or backwards (`back`: the
/// bytes before `i`); where that stops. Whitespace is ASCII's, so no byte of a multi-byte character is.
pub(crate) fn skip(data: &[u8], mut i: usize, back: bool, space: bool) -> usize {
    loop {
        match data.get(if back { i.wrapping_sub(1) } else { i }) {
            Some(&c) if is_py_space(c as char) == space => {}
            _ => return i,
        }
        if back {
            i -= 1
        } else {
            i += 1
        }
    }
}

/// The byte ranges of the pieces between runs of whitespace, at most `maxsplit` splits (negative: no limit),
/// made from the right when `from_end` (the pieces still in order).
fn split_whitespace(data: &[u8], maxsplit: i64, from_end: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // What is not split yet.
    let (mut a, mut b) = (0, data.len());
    loop {
        if from_end {
            b = skip(data, b, true, true);
        } else {
            a = skip(data, a, false, true);
        }
        if a >= b {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            out.push((a, b));
            break;
        }
        if from_end {
            let start = skip(data, b, true, false);
            out.push((start, b));
            b = start;
        } else {
            let end = skip(data, a, false, false);
            out.push((a, end));
            a = end;
        }
    }
    if from_end {
        out.reverse();
    }
    out
}

/// The byte ranges of the pieces between occurrences of a non-empty `sep`, like `split_whitespace`.
fn split_sep(data: &[u8], sep: &[u8], maxsplit: i64, from_end: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut a, mut b) = (0, data.len());
    while maxsplit < 0 || (out.len() as i64) < maxsplit {
        let rest = &data[a..b];
        let found = if from_end { rfind_bytes(rest, sep) } else { find_bytes(rest, sep) };
        let Some(i) = found else { break };
        let (i, j) = (a + i, a + i + sep.len());
        if from_end {
            out.push((j, b));
            b = i;
        } else {
            out.push((a, i));
            a = j;
        }
    }
    out.push((a, b));
    if from_end {
        out.reverse();
    }
    out
}

fn text_join(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "join", &args[args.len().min(1)..], 1, 1)?;
    let source = match vm.iteration(args[1])? {
        crate::builtins::Iteration::Python(it) => {
            let join = vm.getattr_str(args[0], "join")?;
            return vm.drive_collect(it, crate::builtins::Finish::Apply, Some(join));
        }
        crate::builtins::Iteration::Native(v) => v,
    };
    let items = vm.collect_iter(source)?;
    let t = this(vm, args)?;
    let kind = t.kind;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(t.data);
        }
        let part = like_arg(vm, kind, *item)
            .map_err(|_| vm.type_error_msg("join expects a list of str/bytes objects consistent with self object"))?;
        out.extend_from_slice(part);
        if out.len() > 4096 && i % 256 == 0 {
            vm.text_fits(out.len())?;
        }
    }
    Ok(new_text(vm, kind, out))
}

// ---- case ----
//
// CircuitPython's case mapping and character classes are ASCII-only (py/unicode.c: `unichar_isupper(c)` is
// `c < 128 && ...`, `unichar_toupper` changes only `a`..`z`), and its str methods apply them byte by byte
// (py/objstr.c `str_caseconv`, `str_uni_istype`). Every byte of a multi-byte UTF-8 character is >= 0x80, so
// it is uncased, unchanged and in no class: working on the raw bytes is right for str and bytes alike.

#[derive(Clone, Copy)]
enum Case {
    Upper,
    Lower,
    Swap,
    Title,
    Capitalize,
}

fn change_case(data: &[u8], case: Case) -> Vec<u8> {
    let mut out = data.to_vec();
    let mut prev_cased = false;
    for (i, b) in out.iter_mut().enumerate() {
        let cased = b.is_ascii_alphabetic();
        match case {
            Case::Upper => b.make_ascii_uppercase(),
            Case::Lower => b.make_ascii_lowercase(),
            Case::Swap if b.is_ascii_uppercase() => b.make_ascii_lowercase(),
            Case::Swap => b.make_ascii_uppercase(),
            Case::Title if prev_cased => b.make_ascii_lowercase(),
            Case::Title => b.make_ascii_uppercase(),
            Case::Capitalize if i == 0 => b.make_ascii_uppercase(),
            Case::Capitalize => b.make_ascii_lowercase(),
        }
        prev_cased = cased;
    }
    out
}

// ---- the methods str, bytes and bytearray share ----

/// How a method takes its arguments after `self`.
#[derive(Clone, Copy)]
enum Params {
    /// By position or keyword, in this order; the first `usize` are required.
    Named(&'static [&'static str], usize),
    /// Exactly this many, by position (keywords are ignored).
    Exact(usize),
    /// Anything, ignored.
    Any,
}

const SUB: Params = Params::Named(&["sub", "start", "end"], 1);
const PREFIX: Params = Params::Named(&["prefix", "start", "end"], 1);
const SEP: Params = Params::Named(&["sep", "maxsplit"], 0);
const CHARS: Params = Params::Named(&["chars"], 0);
const WIDTH_FILL: Params = Params::Named(&["width", "fillchar"], 1);

/// How center/ljust/rjust/zfill share out the padding.
#[derive(Clone, Copy)]
enum Pad {
    Center,
    Left,
    Right,
    /// rjust with `0`, after any sign.
    Zeros,
}

#[derive(Clone, Copy)]
enum Op {
    /// find, rfind, index, rindex.
    Find {
        from_end: bool,
        raise: bool,
    },
    Count,
    /// startswith, endswith.
    TailMatch {
        at_end: bool,
    },
    Split {
        from_end: bool,
    },
    SplitLines,
    Partition {
        from_end: bool,
    },
    Replace,
    Strip {
        left: bool,
        right: bool,
    },
    /// removeprefix, removesuffix.
    Affix {
        suffix: bool,
    },
    Pad(Pad),
    ExpandTabs,
    Case(Case),
    /// isdigit, isalpha...: every byte satisfies the test (a non-ASCII character never does), and there is
    /// one unless `empty`; `str_only` for the methods bytes doesn't have.
    All {
        test: fn(&u8) -> bool,
        empty: bool,
        str_only: bool,
    },
    /// isupper, islower: at least one letter, and every letter of that case (py/objstr.c `str_uni_istype`).
    Cased {
        upper: bool,
    },
    IsTitle,
    Len,
    Decode,
    Hex,
    /// `str.encode`.
    Encode,
}

/// One method: its name in messages, its parameters and what it does.
struct Method {
    name: &'static str,
    params: Params,
    op: Op,
}

/// What a method makes from `self`'s data, in `self`'s kind.
enum Made {
    Text(Vec<u8>),
    /// Pieces of `self`, as byte ranges.
    List(Vec<(usize, usize)>),
    Tuple(Vec<(usize, usize)>),
    Str(String),
    Bytes(Vec<u8>),
}

/// The `(name, NativeFn)` entry of a method run by `text_method`.
macro_rules! method {
    ($name:literal, $params:expr, $op:expr) => {
        method!($name, $name, $params, $op)
    };
    ($name:literal, $msg_name:literal, $params:expr, $op:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], kw: Kwargs| {
            text_method(vm, args, kw, &Method { name: $msg_name, params: $params, op: $op })
        })
    };
}

/// The text methods, written once: arguments parsed by the method's table entry, then `self` as a `Text`.
fn text_method(vm: &mut Vm, args: &[Value], kw: Kwargs, m: &Method) -> PyResult<Value> {
    let mut p = [None; 3];
    match m.params {
        Params::Named(names, required) => params(vm, m.name, args, kw, names, required, &mut p)?,
        Params::Exact(n) => {
            let given = args.get(1..).unwrap_or(&[]);
            crate::builtins::check_args(vm, m.name, given, n, n)?;
            for (slot, v) in p.iter_mut().zip(given) {
                *slot = Some(*v);
            }
        }
        Params::Any => {}
    }
    // A Python `__bool__` runs with the VM to itself, before `self`'s data is borrowed.
    let keepends = match (m.op, p[0]) {
        (Op::SplitLines, Some(v)) => vm.truthy(v)?,
        _ => false,
    };
    if matches!(m.op, Op::Encode | Op::All { str_only: true, .. }) {
        let me = args.first().copied().unwrap_or(Value::None);
        if vm.as_str(me).is_none() {
            vm.expect_str(me)?;
        }
    }
    let t = this(vm, args)?;
    let (data, kind, unicode) = (t.data, t.kind, t.unicode());
    // The int parameter some methods have (which one, and its default).
    let int_param = match m.op {
        Op::Split { .. } => Some((1, -1)),
        Op::Replace => Some((2, -1)),
        Op::Pad(_) => Some((0, 0)),
        Op::ExpandTabs => Some((0, 8)),
        Op::Hex => Some((1, 1)),
        _ => None,
    };
    let n = match int_param {
        Some((slot, default)) => match p[slot] {
            Some(v) => vm.expect_index(v)?,
            None => default,
        },
        None => 0,
    };
    // The first parameter of split, strip, partition, replace and the affixes: of `self`'s kind (`None` for
    // split's and strip's default).
    let sub: Option<&[u8]> = match m.op {
        Op::Split { .. } | Op::Strip { .. } if given(p[0]).is_none() => None,
        Op::Split { .. } | Op::Strip { .. } | Op::Partition { .. } | Op::Replace | Op::Affix { .. } => {
            Some(like_arg(vm, kind, p[0].unwrap_or(Value::None))?)
        }
        _ => None,
    };
    if matches!(m.op, Op::Split { .. } | Op::Partition { .. }) && sub.is_some_and(<[u8]>::is_empty) {
        return Err(vm.value_error("empty separator"));
    }
    let made = match m.op {
        Op::Find { .. } | Op::Count => {
            let needle = needle_arg(vm, kind, p[0].unwrap_or(Value::None))?;
            let found = match span(vm, p[1], p[2], t.len)? {
                Some((a, b)) if matches!(m.op, Op::Count) => {
                    let n = if needle.is_empty() {
                        b - a + 1
                    } else {
                        count_bytes(&data[t.offset(a)..t.offset(b)], &needle, -1)
                    };
                    Some(n)
                }
                Some((a, b)) if b - a >= unit_count(&needle, unicode) => {
                    let (ba, bb) = (t.offset(a), t.offset(b));
                    let hay = &data[ba..bb];
                    let at = if matches!(m.op, Op::Find { from_end: true, .. }) {
                        rfind_bytes(hay, &needle)
                    } else {
                        find_bytes(hay, &needle)
                    };
                    at.map(|i| t.index_of(ba + i))
                }
                _ => None,
            };
            return match (found, m.op) {
                (Some(i), _) => Ok(Value::Int(i as i64)),
                (None, Op::Count) => Ok(Value::Int(0)),
                (None, Op::Find { raise: true, .. }) => Err(vm.value_error("substring not found")),
                (None, _) => Ok(Value::Int(-1)),
            };
        }
        Op::TailMatch { at_end } => {
            // `prefix` may be a tuple of candidates.
            let prefix = p[0].unwrap_or(Value::None);
            let candidates = match vm.unwrap_base(prefix) {
                Value::Obj(r) => match vm.heap.get(r) {
                    Obj::Tuple(items) => &items[..],
                    _ => std::slice::from_ref(&prefix),
                },
                _ => std::slice::from_ref(&prefix),
            };
            let Some((a, b)) = span(vm, p[1], p[2], t.len)? else { return Ok(Value::FALSE) };
            let hay = &data[t.offset(a)..t.offset(b)];
            for &c in candidates {
                let p = like_arg(vm, kind, c).map_err(|_| {
                    let what = if unicode { "str" } else { "bytes" };
                    vm.type_error_msg(format!(
                        "{} first arg must be {what} or a tuple of {what}, not {}",
                        m.name,
                        vm.type_name(c)
                    ))
                })?;
                if if at_end { hay.ends_with(p) } else { hay.starts_with(p) } {
                    return Ok(Value::TRUE);
                }
            }
            return Ok(Value::FALSE);
        }
        Op::Split { from_end } => {
            let maxsplit = n;
            Made::List(match sub {
                None => split_whitespace(data, maxsplit, from_end),
                Some(sep) => split_sep(data, sep, maxsplit, from_end),
            })
        }
        Op::SplitLines => {
            let mut lines = Vec::new();
            let (mut start, mut i) = (0, 0);
            while i < data.len() {
                let n = line_break_at(data, i, unicode);
                if n == 0 {
                    i += 1;
                    continue;
                }
                lines.push((start, if keepends { i + n } else { i }));
                i += n;
                start = i;
            }
            if start < data.len() {
                lines.push((start, data.len()));
            }
            Made::List(lines)
        }
        Op::Partition { from_end } => {
            let sep = sub.unwrap_or_default();
            let found = if from_end { rfind_bytes(data, sep) } else { find_bytes(data, sep) };
            // Before, the separator, after: not found, all of `self` is after (rpartition) or before it.
            let n = data.len();
            let (i, j) = match found {
                Some(i) => (i, i + sep.len()),
                None if from_end => (0, 0),
                None => (n, n),
            };
            Made::Tuple(vec![(0, i), (i, j), (j, n)])
        }
        Op::Replace => {
            let limit = n;
            let old = sub.unwrap_or_default();
            let new = like_arg(vm, kind, p[1].unwrap_or(Value::None))?;
            let matches = if old.is_empty() {
                let slots = t.len + 1;
                usize::try_from(limit).map_or(slots, |l| l.min(slots))
            } else {
                count_bytes(data, old, limit)
            };
            let size = data.len() - matches * old.len() + matches.saturating_mul(new.len());
            vm.text_fits(size)?;
            let mut out = Vec::with_capacity(size);
            if old.is_empty() {
                let mut done = 0;
                let mut i = 0;
                while i <= data.len() {
                    if done < matches {
                        out.extend_from_slice(new);
                        done += 1;
                    }
                    if i == data.len() {
                        break;
                    }
                    let n = unit_at(data, i, unicode).1;
                    out.extend_from_slice(&data[i..i + n]);
                    i += n;
                }
            } else {
                let mut rest = data;
                for _ in 0..matches {
                    let Some(i) = find_bytes(rest, old) else { break };
                    out.extend_from_slice(&rest[..i]);
                    out.extend_from_slice(new);
                    rest = &rest[i + old.len()..];
                }
                out.extend_from_slice(rest);
            }
            Made::Text(out)
        }
        Op::Strip { left, right } => {
            let strip_it = |c: char| match sub {
                Some(set) => has_unit(set, c, unicode),
                None => is_py_space(c),
            };
            let (mut a, mut b) = (0, data.len());
            while left && a < b {
                let (c, n) = unit_at(data, a, unicode);
                if !strip_it(c) {
                    break;
                }
                a += n;
            }
            while right && b > a {
                let (c, n) = unit_before(data, b, unicode);
                if !strip_it(c) {
                    break;
                }
                b -= n;
            }
            Made::Text(data[a..b].to_vec())
        }
        Op::Affix { suffix } => {
            let affix = sub.unwrap_or_default();
            let kept = if suffix { data.strip_suffix(affix) } else { data.strip_prefix(affix) };
            Made::Text(kept.unwrap_or(data).to_vec())
        }
        Op::Pad(pad) => {
            let width = n;
            let fill: &[u8] = match (pad, p[1]) {
                (Pad::Zeros, _) => b"0",
                (_, None) => b" ",
                (_, Some(f)) => match like_arg(vm, kind, f).ok().filter(|b| unit_count(b, unicode) == 1) {
                    Some(b) => b,
                    None if unicode => {
                        return Err(vm.type_error_msg("The fill character must be exactly one character long"))
                    }
                    None => return Err(vm.type_error_msg("fill character must be a byte string of length 1")),
                },
            };
            let margin = usize::try_from(width.max(0)).unwrap_or(usize::MAX).saturating_sub(t.len);
            vm.text_fits(margin.saturating_mul(fill.len()))?;
            let left = match pad {
                // CPython's rule: odd margins put the extra character on the left only when the width is odd.
                Pad::Center => margin / 2 + (margin & width as usize & 1),
                Pad::Left => 0,
                Pad::Right | Pad::Zeros => margin,
            };
            let (sign, body) = match data.first() {
                Some(b'+' | b'-') if matches!(pad, Pad::Zeros) => data.split_at(1),
                _ => (&[][..], data),
            };
            let mut out = Vec::with_capacity(data.len() + margin * fill.len());
            out.extend_from_slice(sign);
            for _ in 0..left {
                out.extend_from_slice(fill);
            }
            out.extend_from_slice(body);
            for _ in left..margin {
                out.extend_from_slice(fill);
            }
            Made::Text(out)
        }
        Op::ExpandTabs => {
            let tabsize = n;
            let tabs = data.iter().filter(|b| **b == b'\t').count();
            let tabsize_bytes = usize::try_from(tabsize.max(0)).unwrap_or(usize::MAX);
            vm.text_fits(tabs.saturating_mul(tabsize_bytes))?;
            let mut out = Vec::with_capacity(data.len());
            let mut col = 0i64;
            let mut i = 0;
            while i < data.len() {
                let n = unit_at(data, i, unicode).1;
                match data[i] {
                    b'\t' if tabsize > 0 => {
                        let spaces = tabsize - col % tabsize;
                        out.resize(out.len() + spaces as usize, b' ');
                        col += spaces;
                    }
                    b'\t' => {}
                    b'\n' | b'\r' => {
                        out.push(data[i]);
                        col = 0;
                    }
                    _ => {
                        out.extend_from_slice(&data[i..i + n]);
                        col += 1;
                    }
                }
                i += n;
            }
            Made::Text(out)
        }
        Op::Case(case) => Made::Text(change_case(data, case)),
        Op::All { test, empty, .. } => return Ok(Value::bool((empty || !data.is_empty()) && data.iter().all(test))),
        Op::Cased { upper } => {
            let mut letters = data.iter().filter(|b| b.is_ascii_alphabetic()).peekable();
            let seen = letters.peek().is_some();
            return Ok(Value::bool(seen && letters.all(|b| b.is_ascii_uppercase() == upper)));
        }
        Op::IsTitle => {
            // Some letter, every upper-case letter starts a run of letters and every lower-case one continues it.
            let (mut prev_cased, mut seen) = (false, false);
            for b in data {
                let cased = b.is_ascii_alphabetic();
                if cased && b.is_ascii_uppercase() == prev_cased {
                    return Ok(Value::FALSE);
                }
                seen |= cased;
                prev_cased = cased;
            }
            return Ok(Value::bool(seen));
        }
        Op::Len => return Ok(Value::Int(t.len as i64)),
        Op::Decode => {
            let (codec, errors) = codec_args(vm, p[0], p[1])?;
            Made::Str(decode(vm, data, codec, &errors)?)
        }
        Op::Hex => Made::Str(hex(vm, data, p[0], n)?),
        Op::Encode => {
            let (codec, errors) = codec_args(vm, p[0], p[1])?;
            let s = vm.as_str(args[0]).unwrap_or("");
            Made::Bytes(encode(vm, s, codec, &errors)?)
        }
    };
    Ok(match made {
        Made::Text(out) => new_text(vm, kind, out),
        Made::List(ranges) => new_texts(vm, t.obj, &ranges, false),
        Made::Tuple(ranges) => new_texts(vm, t.obj, &ranges, true),
        Made::Str(s) => vm.new_string(s),
        Made::Bytes(b) => vm.new_bytes(b),
    })
}

/// Whether `c` is one of the characters (or bytes) of `set`.
fn has_unit(set: &[u8], c: char, unicode: bool) -> bool {
    let mut i = 0;
    while i < set.len() {
        let (u, n) = unit_at(set, i, unicode);
        if u == c {
            return true;
        }
        i += n;
    }
    false
}

// ---- dunders that programs call by name ----

fn binop_impl(vm: &mut Vm, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    crate::builtins::check_args(vm, "operator", &args[args.len().min(1)..], 1, 1)?;
    // The builtin value, so that a subclass's own `__add__` calling this can't recurse into itself.
    let me = vm.unwrap_base(args[0]);
    if reflected {
        vm.binary_op(op, args[1], me)
    } else {
        vm.binary_op(op, me, args[1])
    }
}

fn compare_impl(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    crate::builtins::check_args(vm, "operator", &args[args.len().min(1)..], 1, 1)?;
    let me = vm.unwrap_base(args[0]);
    let other = vm.unwrap_base(args[1]);
    if text_of(vm, other).map(|t| t.unicode()) != text_of(vm, me).map(|t| t.unicode()) {
        return Ok(vm.not_implemented);
    }
    vm.compare(me, other, op)
}

fn dunder_add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    binop_impl(vm, args, BinOp::Add, false)
}

fn dunder_mul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    binop_impl(vm, args, BinOp::Mult, false)
}

fn dunder_rmul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    binop_impl(vm, args, BinOp::Mult, true)
}

fn dunder_mod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    binop_impl(vm, args, BinOp::Mod, false)
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare_impl(vm, args, CmpOp::Eq)
}

fn dunder_ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare_impl(vm, args, CmpOp::NotEq)
}

fn dunder_lt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare_impl(vm, args, CmpOp::Lt)
}

fn dunder_le(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare_impl(vm, args, CmpOp::LtE)
}

fn dunder_gt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare_impl(vm, args, CmpOp::Gt)
}

fn dunder_ge(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare_impl(vm, args, CmpOp::GtE)
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__contains__", &args[args.len().min(1)..], 1, 1)?;
    let me = vm.unwrap_base(args[0]);
    vm.contains(me, args[1]).map(Value::bool)
}

/// `__hash__` of the immutable kinds (so that `str.__hash__(x)` doesn't fall back to `object`'s).
pub(crate) fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = vm.unwrap_base(args.first().copied().unwrap_or(Value::None));
    if text_of(vm, me).is_none_or(|t| t.kind == Kind::ByteArray) {
        return Err(vm.type_error_msg("descriptor '__hash__' needs a str or bytes object"));
    }
    vm.hash(me).map(Value::Int)
}

/// The methods str, bytes and bytearray all have.
pub(crate) const SHARED_METHODS: &[(&str, NativeFn)] = &[
    method!("find", SUB, Op::Find { from_end: false, raise: false }),
    method!("rfind", SUB, Op::Find { from_end: true, raise: false }),
    method!("index", SUB, Op::Find { from_end: false, raise: true }),
    method!("rindex", SUB, Op::Find { from_end: true, raise: true }),
    method!("count", SUB, Op::Count),
    method!("startswith", PREFIX, Op::TailMatch { at_end: false }),
    method!("endswith", PREFIX, Op::TailMatch { at_end: true }),
    method!("split", SEP, Op::Split { from_end: false }),
    method!("rsplit", SEP, Op::Split { from_end: true }),
    method!("splitlines", Params::Named(&["keepends"], 0), Op::SplitLines),
    method!("partition", Params::Exact(1), Op::Partition { from_end: false }),
    method!("rpartition", "partition", Params::Exact(1), Op::Partition { from_end: true }),
    ("join", text_join),
    method!("replace", Params::Named(&["old", "new", "count"], 2), Op::Replace),
    method!("strip", CHARS, Op::Strip { left: true, right: true }),
    method!("lstrip", CHARS, Op::Strip { left: true, right: false }),
    method!("rstrip", CHARS, Op::Strip { left: false, right: true }),
    method!("removeprefix", Params::Exact(1), Op::Affix { suffix: false }),
    method!("removesuffix", "removeprefix", Params::Exact(1), Op::Affix { suffix: true }),
    method!("center", WIDTH_FILL, Op::Pad(Pad::Center)),
    method!("ljust", WIDTH_FILL, Op::Pad(Pad::Left)),
    method!("rjust", WIDTH_FILL, Op::Pad(Pad::Right)),
    method!("zfill", Params::Named(&["width"], 1), Op::Pad(Pad::Zeros)),
    method!("expandtabs", Params::Named(&["tabsize"], 0), Op::ExpandTabs),
    method!("upper", "method", Params::Exact(0), Op::Case(Case::Upper)),
    method!("lower", "method", Params::Exact(0), Op::Case(Case::Lower)),
    method!("swapcase", "method", Params::Exact(0), Op::Case(Case::Swap)),
    method!("title", "method", Params::Exact(0), Op::Case(Case::Title)),
    method!("capitalize", "method", Params::Exact(0), Op::Case(Case::Capitalize)),
    method!("isdigit", "method", Params::Exact(0), Op::All { test: u8::is_ascii_digit, empty: false, str_only: false }),
    method!(
        "isalpha",
        "method",
        Params::Exact(0),
        Op::All { test: u8::is_ascii_alphabetic, empty: false, str_only: false }
    ),
    method!(
        "isalnum",
        "method",
        Params::Exact(0),
        Op::All { test: u8::is_ascii_alphanumeric, empty: false, str_only: false }
    ),
    method!(
        "isspace",
        "method",
        Params::Exact(0),
        Op::All { test: |b| is_py_space(char::from(*b)), empty: false, str_only: false }
    ),
    method!("isupper", Params::Any, Op::Cased { upper: true }),
    method!("islower", Params::Any, Op::Cased { upper: false }),
    method!("istitle", Params::Any, Op::IsTitle),
    method!("isascii", Params::Any, Op::All { test: u8::is_ascii, empty: true, str_only: false }),
    method!("__len__", Params::Any, Op::Len),
    ("__contains__", dunder_contains),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_rmul),
    ("__mod__", dunder_mod),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__lt__", dunder_lt),
    ("__le__", dunder_le),
    ("__gt__", dunder_gt),
    ("__ge__", dunder_ge),
];

/// The methods only str has that are written here.
pub(crate) const STR_METHODS: &[(&str, NativeFn)] = &[
    method!("encode", Params::Named(&["encoding", "errors"], 0), Op::Encode),
    // With ASCII case mapping, `lower`.
    method!("casefold", "method", Params::Exact(0), Op::Case(Case::Lower)),
    // isdecimal, isnumeric and isprintable are not CircuitPython methods; their character classes are its
    // ASCII ones (py/unicode.c), like those of the str methods it has: isdecimal and isnumeric are isdigit,
    // isprintable is `unichar_isprint` (space to `~`).
    method!(
        "isdecimal",
        "method",
        Params::Exact(0),
        Op::All { test: u8::is_ascii_digit, empty: false, str_only: true }
    ),
    method!(
        "isnumeric",
        "method",
        Params::Exact(0),
        Op::All { test: u8::is_ascii_digit, empty: false, str_only: true }
    ),
    method!("isprintable", Params::Any, Op::All { test: |b| (b' '..=b'~').contains(b), empty: true, str_only: true }),
];

/// The methods bytes and bytearray have beside the shared ones.
const BYTES_METHODS: &[(&str, NativeFn)] = &[
    method!("decode", Params::Named(&["encoding", "errors"], 0), Op::Decode),
    method!("hex", Params::Named(&["sep", "bytes_per_sep"], 0), Op::Hex),
];

// ---- codecs ----

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

/// The codec an encoding name denotes (case, `-`/`_` and spaces ignored, as Python's aliases).
fn codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    const ALIASES: &[(&str, Codec)] = &[
        ("utf8", Codec::Utf8),
        ("u8", Codec::Utf8),
        ("utf", Codec::Utf8),
        ("ascii", Codec::Ascii),
        ("usascii", Codec::Ascii),
        ("646", Codec::Ascii),
        ("latin1", Codec::Latin1),
        ("latin", Codec::Latin1),
        ("iso88591", Codec::Latin1),
        ("l1", Codec::Latin1),
        ("8859", Codec::Latin1),
        ("cp819", Codec::Latin1),
    ];
    let mut norm = String::with_capacity(name.len());
    for c in name.chars() {
        if !matches!(c, '-' | '_' | ' ') {
            norm.push(c.to_ascii_lowercase());
        }
    }
    match ALIASES.iter().find(|(alias, _)| *alias == norm) {
        Some(&(_, codec)) => Ok(codec),
        None => Err(vm.new_error(vm.exc.lookup_error, format!("unknown encoding: {name}"))),
    }
}

/// What `errors=` names: how a character the codec can't handle is treated.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The handler `errors` names, looked up only when an error happens (as Python does: an unknown name is no
/// error while the data is clean). `xmlcharrefreplace` exists but can't decode, a TypeError as in Python.
fn handler(vm: &Vm, errors: &str, decoding: bool) -> PyResult<Handler> {
    const HANDLERS: [(&str, Handler); 5] = [
        ("strict", Handler::Strict),
        ("ignore", Handler::Ignore),
        ("replace", Handler::Replace),
        ("backslashreplace", Handler::BackslashReplace),
        ("xmlcharrefreplace", Handler::XmlCharRefReplace),
    ];
    match HANDLERS.iter().find(|(name, _)| *name == errors) {
        Some((_, Handler::XmlCharRefReplace)) if decoding => {
            Err(vm.type_error_msg("don't know how to handle UnicodeDecodeError in error callback"))
        }
        Some(&(_, h)) => Ok(h),
        None => Err(vm.new_error(vm.exc.lookup_error, format!("unknown error handler name '{errors}'"))),
    }
}

/// The `encoding` and `errors` arguments (strings, defaults utf-8 and strict).
pub(crate) fn codec_args(vm: &Vm, encoding: Option<Value>, errors: Option<Value>) -> PyResult<(Codec, String)> {
    let codec = match encoding {
        None => Codec::Utf8,
        Some(v) => codec(vm, &vm.expect_str(v)?)?,
    };
    let errors = match errors {
        None => "strict".into(),
        Some(v) => vm.expect_str(v)?,
    };
    Ok((codec, errors))
}

/// Bytes to text. `errors`: strict (UnicodeError), ignore, replace (U+FFFD), backslashreplace.
pub(crate) fn decode(vm: &Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let bad = |out: &mut String, bytes: &[u8], pos: usize, why: &str| -> PyResult<()> {
        match handler(vm, errors, true)? {
            Handler::Strict => {
                let name = match codec {
                    Codec::Utf8 => "utf-8",
                    _ => "ascii",
                };
                let what = match bytes {
                    [b] => format!("byte 0x{b:02x} in position {pos}"),
                    _ => format!("bytes in position {pos}-{}", pos + bytes.len() - 1),
                };
                return Err(vm.new_error(vm.exc.unicode_error, format!("'{name}' codec can't decode {what}: {why}")));
            }
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for &b in bytes {
                    crate::objects::str::push_escape(out, b as char);
                }
            }
            _ => {}
        }
        Ok(())
    };
    match codec {
        Codec::Latin1 => out = latin1(data),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    bad(&mut out, &data[i..=i], i, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Utf8 => {
            let mut pos = 0;
            for chunk in data.utf8_chunks() {
                out.push_str(chunk.valid());
                pos += chunk.valid().len();
                let invalid = chunk.invalid();
                if !invalid.is_empty() {
                    // A byte no sequence starts with; a sequence cut short by the end of the data; or a
                    // sequence broken by its next byte.
                    let why = if !(0xC2..=0xF4).contains(&invalid[0]) {
                        "invalid start byte"
                    } else if pos + invalid.len() == data.len() {
                        "unexpected end of data"
                    } else {
                        "invalid continuation byte"
                    };
                    bad(&mut out, invalid, pos, why)?;
                    pos += invalid.len();
                }
            }
        }
    }
    Ok(out)
}

/// Text to bytes. `errors`: strict (UnicodeError), ignore, replace (`?`), backslashreplace, xmlcharrefreplace.
pub(crate) fn encode(vm: &Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match handler(vm, errors, false)? {
            Handler::Strict => {
                let name = if codec == Codec::Ascii { "ascii" } else { "latin-1" };
                return Err(vm.new_error(
                    vm.exc.unicode_error,
                    format!(
                        "'{name}' codec can't encode character '\\u{n:04x}' in position {i}: ordinal not in range({limit})"
                    ),
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.push(b'?'),
            Handler::BackslashReplace => {
                out.extend_from_slice(crate::objects::str::ascii_escape(&c.to_string()).as_bytes())
            }
            Handler::XmlCharRefReplace => out.extend_from_slice(format!("&#{n};").as_bytes()),
        }
    }
    Ok(out)
}

// ---- hex ----

/// `bytes.hex(sep=None, bytes_per_sep=1)`: groups of `bytes_per_sep` counted from the right (from the left
/// when negative).
fn hex(vm: &Vm, data: &[u8], sep: Option<Value>, per: i64) -> PyResult<String> {
    let sep: Option<char> = match given(sep) {
        None => None,
        Some(s) => {
            let raw = vm.as_str(s).map(str::as_bytes).or_else(|| vm.as_bytes(s));
            match raw {
                Some([c]) if c.is_ascii() => Some(*c as char),
                _ => return Err(vm.value_error("sep must be ASCII.")),
            }
        }
    };
    let n = data.len();
    let group = per.unsigned_abs().max(1) as usize;
    let mut out = String::with_capacity(n * 3);
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            let boundary = if per < 0 { i.is_multiple_of(group) } else { (n - i).is_multiple_of(group) };
            if i > 0 && boundary {
                out.push(sep);
            }
        }
        push_hex(&mut out, *b as u32, 2);
    }
    Ok(out)
}

/// `n`'s last `digits` hex digits, lower-case.
pub(crate) fn push_hex(out: &mut String, n: u32, digits: u32) {
    for k in (0..digits).rev() {
        out.push(char::from(b"0123456789abcdef"[(n >> (4 * k)) as usize & 0xf]));
    }
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: pairs of hex digits, whitespace allowed between pairs.
fn bytes_fromhex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "fromhex", &args[args.len().min(1)..], 1, 1)?;
    let s = vm.expect_str(args[1])?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let err =
        |vm: &Vm, i: usize| vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    while i < b.len() {
        if b[i].is_ascii_whitespace() || b[i] == 0x0b {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).ok_or_else(|| err(vm, i))?;
        let lo = b.get(i + 1).and_then(|c| (*c as char).to_digit(16)).ok_or_else(|| err(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let is_bytearray = matches!(args[0], Value::Obj(c) if vm.is_subclass(c, vm.types.bytearray));
    Ok(if is_bytearray { vm.new_bytearray(out) } else { vm.new_bytes(out) })
}

// ---- bytearray mutation ----

#[derive(Clone, Copy)]
enum Edit {
    Append,
    Extend,
    Insert,
    Pop,
    Remove,
    Clear,
    Reverse,
    Copy,
}

/// The bytearray methods: the arguments checked and converted first, then one change to `self`, which the heap
/// then measures again.
fn bytearray_edit(vm: &mut Vm, args: &[Value], edit: Edit) -> PyResult<Value> {
    let given = args.get(1..).unwrap_or(&[]);
    let (name, min, max) = match edit {
        Edit::Append => ("append", 1, 1),
        Edit::Extend => ("extend", 1, 1),
        Edit::Insert => ("insert", 2, 2),
        Edit::Pop => ("pop", 0, 1),
        Edit::Remove => ("remove", 1, 1),
        _ => ("", 0, usize::MAX),
    };
    crate::builtins::check_args(vm, name, given, min, max)?;
    let len = match edit {
        Edit::Insert | Edit::Pop => this(vm, args)?.len,
        _ => 0,
    };
    let mut at = 0;
    let mut extra = Vec::new();
    match edit {
        Edit::Append => extra.push(byte_value(vm, given[0])?),
        Edit::Extend => {
            if vm.as_str(given[0]).is_some() {
                return Err(vm.type_error_msg("expected an iterable of integers, not str"));
            }
            extra = byte_values(vm, given[0])?;
        }
        Edit::Insert => {
            let i = clamp_index(vm, given[0])?;
            at = if i < 0 { (i + len as i64).max(0) } else { i.min(len as i64) } as usize;
            extra.push(byte_value(vm, given[1])?);
        }
        Edit::Pop => {
            if len == 0 {
                return Err(vm.index_error("pop from empty bytearray"));
            }
            at = match given.first() {
                Some(k) => norm_index(vm, *k, len, "bytearray")?,
                None => len - 1,
            };
        }
        Edit::Remove => {
            let b = byte_value(vm, given[0])?;
            let Some(i) = this(vm, args)?.data.iter().position(|x| *x == b) else {
                return Err(vm.value_error("value not found in bytearray"));
            };
            at = i;
        }
        Edit::Copy => {
            let data = this(vm, args)?.data.to_vec();
            return Ok(vm.new_bytearray(data));
        }
        Edit::Clear | Edit::Reverse => {}
    }
    let me = vm.unwrap_base(args.first().copied().unwrap_or(Value::None));
    let Value::Obj(r) = me else { return Err(vm.type_error_msg("bytearray expected")) };
    let Obj::ByteArray(b) = vm.heap.get_mut(r) else { return Err(vm.type_error_msg("bytearray expected")) };
    let out = match edit {
        Edit::Insert => {
            b.insert(at, extra[0]);
            Value::None
        }
        Edit::Pop => Value::Int(b.remove(at) as i64),
        Edit::Remove => {
            b.remove(at);
            Value::None
        }
        Edit::Clear => {
            *b = Vec::new();
            Value::None
        }
        Edit::Reverse => {
            b.reverse();
            Value::None
        }
        _ => {
            b.extend_from_slice(&extra);
            Value::None
        }
    };
    vm.heap.resize(r);
    Ok(out)
}

/// The `(name, NativeFn)` entry of a bytearray method.
macro_rules! edit {
    ($name:literal, $edit:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], _kw: Kwargs| bytearray_edit(vm, args, $edit))
    };
}

// ---- constructors ----

/// The bytes of a constructor argument: str with an encoding, an int (zeros), bytes-like, or iterable of ints.
fn bytes_from(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Vec<u8>> {
    let mut p = [None; 3];
    params(vm, "bytes", args, kw, &["source", "encoding", "errors"], 0, &mut p)?;
    let [source, encoding, errors] = p;
    let Some(x) = source else { return Ok(Vec::new()) };
    if let Some(s) = vm.as_str(x) {
        if encoding.is_none() {
            return Err(vm.type_error_msg("string argument without an encoding"));
        }
        let (codec, errors) = codec_args(vm, encoding, errors)?;
        return encode(vm, s, codec, &errors);
    }
    if encoding.is_some() || errors.is_some() {
        return Err(vm.type_error_msg("encoding or errors without a string argument"));
    }
    if vm.is_int(vm.unwrap_base(x)) {
        let n = vm.expect_index(x)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; vm.count_fits(n)?]);
    }
    byte_values(vm, x)
}

/// The bytes of a bytes-like object or an iterable of ints.
fn byte_values(vm: &mut Vm, x: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.as_bytes(x) {
        return Ok(b.to_vec());
    }
    let mut out = Vec::new();
    for v in vm.collect_iter(x)? {
        out.push(byte_value(vm, v)?);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bytes_from(vm, args, kw)?;
    Ok(vm.new_bytes(b))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bytes_from(vm, args, kw)?;
    Ok(vm.new_bytearray(b))
}

pub fn register(vm: &mut Vm) {
    let (bytes, bytearray) = (vm.types.bytes, vm.types.bytearray);
    vm.set_constructor(bytes, bytes_new);
    vm.set_constructor(bytearray, bytearray_new);
    for ty in [bytes, bytearray] {
        vm.add_methods(ty, SHARED_METHODS);
        vm.add_methods(ty, BYTES_METHODS);
        vm.add_natives(ty, NativeKind::ClassMethod, &[("fromhex", bytes_fromhex)]);
    }
    vm.add_methods(bytes, &[("__hash__", dunder_hash)]);
    vm.add_methods(
        bytearray,
        &[
            edit!("append", Edit::Append),
            edit!("extend", Edit::Extend),
            edit!("insert", Edit::Insert),
            edit!("pop", Edit::Pop),
            edit!("remove", Edit::Remove),
            edit!("clear", Edit::Clear),
            edit!("reverse", Edit::Reverse),
            edit!("copy", Edit::Copy),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_search() {
        assert_eq!(find_bytes(b"abcabc", b"ca"), Some(2));
        assert_eq!(find_bytes(b"abc", b""), Some(0));
        assert_eq!(find_bytes(b"ab", b"abc"), None);
        assert_eq!(rfind_bytes(b"abcabc", b"ab"), Some(3));
        assert_eq!(rfind_bytes(b"abc", b""), Some(3));
        assert_eq!(rfind_bytes(b"aaa", b"aa"), Some(1));
        assert_eq!(count_bytes(b"aaaa", b"aa", -1), 2);
        assert_eq!(count_bytes(b"aaaa", b"a", 3), 3);
    }

    fn pieces(data: &[u8], ranges: Vec<(usize, usize)>) -> Vec<&[u8]> {
        ranges.into_iter().map(|(a, b)| &data[a..b]).collect()
    }

    #[test]
    fn whitespace_splitting() {
        let s = " a\x0bb  c ".as_bytes();
        assert_eq!(pieces(s, split_whitespace(s, -1, false)), [&b"a"[..], b"b", b"c"]);
        assert_eq!(pieces(s, split_whitespace(s, 1, false)), [&b"a"[..], "b  c ".as_bytes()]);
        assert_eq!(pieces(s, split_whitespace(s, 1, true)), [" a\x0bb".as_bytes(), b"c"]);
        assert_eq!(split_whitespace(b"  ", -1, true), []);
        // Whitespace is ASCII's, as on the device: U+3000 is ordinary data in str and bytes alike.
        let wide = "a\u{3000}b c".as_bytes();
        assert_eq!(pieces(wide, split_whitespace(wide, -1, false)), ["a\u{3000}b".as_bytes(), b"c"]);
        let s = b"a,b,c";
        assert_eq!(pieces(s, split_sep(s, b",", 1, false)), [&b"a"[..], b"b,c"]);
        assert_eq!(pieces(s, split_sep(s, b",", 1, true)), [&b"a,b"[..], b"c"]);
        assert_eq!(pieces(s, split_sep(s, b",", -1, true)), [&b"a"[..], b"b", b"c"]);
    }

    #[test]
    fn units_and_breaks() {
        let s = "é€x".as_bytes();
        assert_eq!(unit_at(s, 0, true), ('é', 2));
        assert_eq!(unit_before(s, 5, true), ('€', 3));
        assert_eq!(unit_at(s, 0, false), ('\u{c3}', 1));
        assert_eq!(line_break_at("\u{2028}".as_bytes(), 0, true), 3);
        assert_eq!(line_break_at("\u{2028}".as_bytes(), 0, false), 0);
        assert_eq!(line_break_at(b"\r\n", 0, false), 2);
    }
}
