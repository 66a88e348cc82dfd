//! `json`: `dumps`/`dump` in CPython's output format (separators, indent, sort_keys, `ensure_ascii`
//! escapes, float repr, Infinity/NaN) and `loads`/`load` with CPython's error messages and positions.

use super::util::{self, kwarg};
use crate::heap::Obj;
use crate::numfmt::{bigint_to_decimal, float_repr, parse_decimal_bigint};
use crate::objects::function::Kwargs;
use crate::objects::sort::sort_indices;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(vm, dict, &[("dumps", dumps), ("dump", dump), ("loads", loads), ("load", load)]);
    Ok(())
}

struct Encoder {
    item_sep: String,
    key_sep: String,
    indent: Option<String>,
    sort_keys: bool,
    out: String,
}

fn encoder(vm: &mut Vm, kw: Kwargs, separators: Option<Value>) -> PyResult<Encoder> {
    let indent = match kwarg(vm, kw, "indent") {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str(v) {
            Some(s) => Some(s.to_string()),
            None => Some(" ".repeat(vm.expect_index(v)?.clamp(0, 1000) as usize)),
        },
    };
    let (mut item_sep, mut key_sep) = (if indent.is_some() { "," } else { ", " }.to_string(), ": ".to_string());
    if let Some(seps) = separators.or_else(|| kwarg(vm, kw, "separators")).filter(|v| !v.is_none()) {
        let items = vm.collect_iter(seps)?;
        if items.len() != 2 {
            return Err(vm.value_error("too many values to unpack"));
        }
        item_sep = vm.expect_str(items[0])?;
        key_sep = vm.expect_str(items[1])?;
    }
    let sort_keys = match kwarg(vm, kw, "sort_keys") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(Encoder { item_sep, key_sep, indent, sort_keys, out: String::new() })
}

fn encode_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    // binascii's hex digits: a `{:04x}` here would link u16's hex formatter for this one use.
                    out.push_str("\\u");
                    for d in super::binascii::to_hex(&unit.to_be_bytes(), &[]) {
                        out.push(d as char);
                    }
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The JSON text of a number, bool or None (`None` for anything else).
fn scalar(vm: &Vm, v: Value) -> Option<String> {
    Some(match v {
        Value::None => "null".into(),
        Value::Bool(b) => if b.get() { "true" } else { "false" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) if f.get().is_nan() => "NaN".into(),
        Value::Float(f) if f.get().is_infinite() => if f.get() > 0.0 { "Infinity" } else { "-Infinity" }.into(),
        Value::Float(f) => float_repr(f.get()),
        _ => bigint_to_decimal(&vm.as_bigint(v)?),
    })
}

impl Encoder {
    fn newline(&mut self, depth: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str(ind);
            }
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: Value, depth: usize) -> PyResult<()> {
        let v = vm.unwrap_base(v);
        if let Some(text) = scalar(vm, v) {
            self.out.push_str(&text);
        } else {
            let Value::Obj(r) = v else { return Ok(()) };
            match vm.heap.get(r) {
                Obj::Str(s) => {
                    let s = s.as_str().to_string();
                    encode_str(&s, &mut self.out);
                    return vm.text_fits(self.out.len());
                }
                Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) => {}
                _ => return Err(vm.type_error_for("Object of type ", v, " is not JSON serializable")),
            }
            vm.enter_native()?;
            let r = self.encode_container(vm, r, depth);
            vm.leave_native();
            r?;
        }
        // The text grows in host memory; a list holding one big string many times must stop at the heap.
        vm.text_fits(self.out.len())
    }

    fn encode_container(&mut self, vm: &mut Vm, r: ObjRef, depth: usize) -> PyResult<()> {
        let (entries, brackets) = match vm.heap.get(r) {
            Obj::Dict(d) => (self.dict_entries(vm, d.items())?, "{}"),
            Obj::List(items) | Obj::Tuple(items) => {
                let mut entries = Vec::new();
                for &item in items.iter() {
                    entries.push((None, item));
                }
                (entries, "[]")
            }
            _ => return Ok(()),
        };
        self.encode_items(vm, &entries, brackets, depth)
    }

    /// A dict's items with their keys as text, in the order to write them: sorted by key text with
    /// `sort_keys` (by our merge sort over indices; std's `sort_by` would be one more copy of its sort in the
    /// wasm build).
    fn dict_entries(&self, vm: &Vm, items: Vec<(Value, Value)>) -> PyResult<Vec<(Option<String>, Value)>> {
        let mut keyed = Vec::with_capacity(items.len());
        for (k, v) in items {
            let Some(key) = vm.as_str(k).map(str::to_string).or_else(|| scalar(vm, k)) else {
                return Err(vm.type_error_for("keys must be str, int, float, bool or None, not ", k, ""));
            };
            keyed.push((key, v));
        }
        let mut order: Vec<usize> = (0..keyed.len()).collect();
        if self.sort_keys {
            sort_indices(&mut order, &mut |&a, &b| Ok(keyed[a].0 < keyed[b].0))?;
        }
        let mut entries = Vec::with_capacity(order.len());
        for i in order {
            entries.push((Some(std::mem::take(&mut keyed[i].0)), keyed[i].1));
        }
        Ok(entries)
    }

    /// A list's items (no keys) or a dict's entries between the two `brackets`.
    fn encode_items(
        &mut self,
        vm: &mut Vm,
        entries: &[(Option<String>, Value)],
        brackets: &str,
        depth: usize,
    ) -> PyResult<()> {
        if entries.is_empty() {
            self.out.push_str(brackets);
            return Ok(());
        }
        self.out.push_str(&brackets[..1]);
        for (i, (key, v)) in entries.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.item_sep);
            }
            self.newline(depth + 1);
            if let Some(key) = key {
                encode_str(key, &mut self.out);
                self.out.push_str(&self.key_sep);
            }
            self.encode(vm, *v, depth + 1)?;
        }
        self.newline(depth);
        self.out.push_str(&brackets[1..]);
        Ok(())
    }
}

/// `obj` as JSON text, with the encoder options in `kw` (or `separators` given positionally).
fn dumps_text(vm: &mut Vm, obj: Value, kw: Kwargs, separators: Option<Value>) -> PyResult<Value> {
    let mut enc = encoder(vm, kw, separators)?;
    enc.encode(vm, obj, 0)?;
    Ok(vm.new_string(enc.out))
}

fn dumps(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let obj = util::need(vm, args, kw, 0, "obj", "dumps")?;
    dumps_text(vm, obj, kw, args.get(1).copied())
}

fn dump(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let obj = util::need(vm, args, kw, 0, "obj", "dump")?;
    let fp = util::need(vm, args, kw, 1, "fp", "dump")?;
    let text = dumps_text(vm, obj, kw, args.get(2).copied())?;
    let write = vm.getattr_str(fp, "write")?;
    vm.call(write, &[text])?;
    Ok(Value::None)
}

// ---- decoding ----

struct Decoder<'a> {
    text: &'a [char],
    pos: usize,
}

impl Decoder<'_> {
    /// A `ValueError` in CPython's shape: `msg: line L column C (char P)`.
    fn error(&self, vm: &Vm, msg: &str, pos: usize) -> crate::vm::PyErr {
        let before = &self.text[..pos.min(self.text.len())];
        let line = before.iter().filter(|c| **c == '\n').count() + 1;
        let col = match before.iter().rposition(|c| *c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        vm.value_error(format!("{msg}: line {line} column {col} (char {pos})"))
    }

    fn skip_ws(&mut self) {
        while self.pos < self.text.len() && matches!(self.text[self.pos], ' ' | '\t' | '\n' | '\r') {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<char> {
        self.text.get(self.pos).copied()
    }

    fn starts_with(&self, word: &str) -> bool {
        let n = word.chars().count();
        self.pos + n <= self.text.len() && self.text[self.pos..self.pos + n].iter().copied().eq(word.chars())
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        if depth > 200 {
            return Err(vm.runtime_error("maximum recursion depth exceeded"));
        }
        self.skip_ws();
        let start = self.pos;
        match self.peek() {
            Some('"') => {
                let s = self.string(vm)?;
                Ok(vm.new_string(s))
            }
            Some('{') => self.container(vm, depth, '}'),
            Some('[') => self.container(vm, depth, ']'),
            Some(c) if c == '-' || c.is_ascii_digit() => {
                if self.starts_with("-Infinity") {
                    self.pos += 9;
                    return Ok(Value::float(f64::NEG_INFINITY));
                }
                self.number(vm)
            }
            _ => {
                for (word, v) in [
                    ("null", Value::None),
                    ("true", Value::TRUE),
                    ("false", Value::FALSE),
                    ("NaN", Value::float(f64::NAN)),
                    ("Infinity", Value::float(f64::INFINITY)),
                ] {
                    if self.starts_with(word) {
                        self.pos += word.len();
                        return Ok(v);
                    }
                }
                Err(self.error(vm, "Expecting value", start))
            }
        }
    }

    fn number(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let start = self.pos;
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        match self.peek() {
            Some('0') => self.pos += 1,
            Some(c) if c.is_ascii_digit() => {
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.pos += 1;
                }
            }
            _ => return Err(self.error(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        if self.peek() == Some('.') && self.text.get(self.pos + 1).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            self.pos += 1;
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
            }
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.pos += 1;
                }
            } else {
                self.pos = save;
            }
        }
        let s: String = self.text[start..self.pos].iter().collect();
        if is_float {
            return Ok(Value::float(circuitpython_parser::parse_decimal_float(&s).unwrap_or(f64::NAN)));
        }
        let negative = start != int_start;
        match parse_decimal_bigint(&s[negative as usize..]) {
            Some(b) => Ok(vm.new_int(if negative { -b } else { b })),
            None => Err(self.error(vm, "Expecting value", start)),
        }
    }

    fn string(&mut self, vm: &mut Vm) -> PyResult<String> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else { return Err(self.error(vm, "Unterminated string starting at", start)) };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let esc_pos = self.pos;
                    let Some(e) = self.text.get(self.pos + 1).copied() else {
                        return Err(self.error(vm, "Unterminated string starting at", start));
                    };
                    self.pos += 2;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let mut code = self.hex4(vm, esc_pos)?;
                            if (0xd800..0xdc00).contains(&code) && self.starts_with("\\u") {
                                let save = self.pos;
                                self.pos += 2;
                                let low = self.hex4(vm, save)?;
                                if (0xdc00..0xe000).contains(&low) {
                                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                                } else {
                                    self.pos = save;
                                }
                            }
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(self.error(vm, "Invalid \\escape", esc_pos)),
                    }
                }
                c if (c as u32) < 0x20 => return Err(self.error(vm, "Invalid control character at", self.pos)),
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn hex4(&mut self, vm: &Vm, esc_pos: usize) -> PyResult<u32> {
        let mut code = 0;
        for i in 0..4 {
            match self.text.get(self.pos + i).and_then(|c| c.to_digit(16)) {
                Some(d) => code = code * 16 + d,
                None => return Err(self.error(vm, "Invalid \\uXXXX escape", esc_pos + 1)),
            }
        }
        self.pos += 4;
        Ok(code)
    }

    /// An array (`close` is `]`) or an object (`}`): the same loop, an object reading `"key":` before each
    /// value.
    fn container(&mut self, vm: &mut Vm, depth: usize, close: char) -> PyResult<Value> {
        self.pos += 1;
        let dict = (close == '}').then(|| vm.new_dict());
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(close) {
            self.pos += 1;
        } else {
            loop {
                let mut key = None;
                if dict.is_some() {
                    self.skip_ws();
                    if self.peek() != Some('"') {
                        return Err(self.error(vm, "Expecting property name enclosed in double quotes", self.pos));
                    }
                    key = Some(self.string(vm)?);
                    self.skip_ws();
                    if self.peek() != Some(':') {
                        return Err(self.error(vm, "Expecting ':' delimiter", self.pos));
                    }
                    self.pos += 1;
                }
                let v = self.value(vm, depth + 1)?;
                match (dict, key) {
                    (Some(d), Some(k)) => {
                        let k = vm.new_string(k);
                        vm.dict_set(d, k, v)?;
                    }
                    _ => items.push(v),
                }
                self.skip_ws();
                let next = self.peek();
                if next != Some(',') && next != Some(close) {
                    return Err(self.error(vm, "Expecting ',' delimiter", self.pos));
                }
                self.pos += 1;
                if next == Some(close) {
                    break;
                }
            }
        }
        Ok(match dict {
            Some(d) => Value::Obj(d),
            None => vm.new_list(items),
        })
    }
}

fn decode(vm: &mut Vm, src: Value) -> PyResult<Value> {
    let text: Vec<char> = match vm.as_str(src) {
        Some(s) => s.chars().collect(),
        None => match vm.as_bytes(src) {
            Some(b) => String::from_utf8_lossy(b).chars().collect(),
            None => return Err(vm.type_error_for("the JSON object must be str, bytes or bytearray, not ", src, "")),
        },
    };
    let mut dec = Decoder { text: &text, pos: 0 };
    let v = dec.value(vm, 0)?;
    dec.skip_ws();
    if dec.pos < text.len() {
        return Err(dec.error(vm, "Extra data", dec.pos));
    }
    Ok(v)
}

fn loads(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = util::need(vm, args, kw, 0, "s", "loads")?;
    decode(vm, s)
}

fn load(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let fp = util::need(vm, args, kw, 0, "fp", "load")?;
    let read = vm.getattr_str(fp, "read")?;
    let text = vm.call(read, &[])?;
    decode(vm, text)
}
