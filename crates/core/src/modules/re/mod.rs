//! `re`: the Python API (module functions, `Pattern` and `Match` objects) over our own backtracking engine in
//! `engine.rs`. Subjects are matched as characters, so every position here is a character index.

mod engine;

use super::util::{self, arg};
use crate::objects::bytes::char_offset;
use crate::objects::function::Kwargs;
use crate::objects::instance::NativeState;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use engine::{Regex, Spans, DOTALL, IGNORECASE, MULTILINE};
use std::ops::Range;
use std::rc::Rc;

struct Compiled {
    source: String,
    regex: Regex,
}

struct PatternState(Rc<Compiled>);
crate::keyed_type!(PatternState);
impl NativeState for PatternState {}

struct MatchState {
    pattern: Rc<Compiled>,
    /// The subject string (traced).
    subject: Value,
    /// Character ranges: the whole match, then each group.
    spans: Spans,
}

crate::keyed_type!(MatchState);
impl NativeState for MatchState {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.subject);
    }
}

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("compile", compile),
            ("match", |vm, a, k| with_pattern(vm, a, k, 2, pattern_match)),
            ("search", |vm, a, k| with_pattern(vm, a, k, 2, pattern_search)),
            ("fullmatch", |vm, a, k| with_pattern(vm, a, k, 2, pattern_fullmatch)),
            ("sub", |vm, a, k| with_pattern(vm, a, k, 4, pattern_sub)),
            ("split", |vm, a, k| with_pattern(vm, a, k, 3, pattern_split)),
            ("findall", |vm, a, k| with_pattern(vm, a, k, 2, pattern_findall)),
            ("finditer", |vm, a, k| with_pattern(vm, a, k, 2, pattern_finditer)),
        ],
    );
    for (name, v) in [
        ("IGNORECASE", IGNORECASE),
        ("I", IGNORECASE),
        ("MULTILINE", MULTILINE),
        ("M", MULTILINE),
        ("DOTALL", DOTALL),
        ("S", DOTALL),
    ] {
        vm.dict_set_str(dict, name, Value::Int(v));
    }
    let error = Value::Obj(vm.exc.value_error);
    vm.dict_set_str(dict, "error", error);
    Ok(())
}

fn pattern_class(vm: &mut Vm) -> PyResult<ObjRef> {
    util::class(vm, "Pattern", |vm| {
        let c = vm.new_native_class("Pattern", None);
        vm.add_methods(
            c,
            &[
                ("match", pattern_match),
                ("search", pattern_search),
                ("fullmatch", pattern_fullmatch),
                ("sub", pattern_sub),
                ("split", pattern_split),
                ("findall", pattern_findall),
                ("finditer", pattern_finditer),
                ("__repr__", pattern_repr),
            ],
        );
        util::add_property(vm, c, "pattern", |vm, a, _k| {
            let s = compiled(vm, a[0])?.source.clone();
            Ok(vm.new_string(s))
        });
        util::add_property(vm, c, "flags", |vm, a, _k| Ok(Value::Int(compiled(vm, a[0])?.regex.flags)));
        util::add_property(vm, c, "groups", |vm, a, _k| Ok(Value::Int(compiled(vm, a[0])?.regex.groups as i64)));
        Ok(c)
    })
}

fn match_class(vm: &mut Vm) -> PyResult<ObjRef> {
    util::class(vm, "Match", |vm| {
        let c = vm.new_native_class("Match", None);
        vm.add_methods(
            c,
            &[
                ("group", match_group),
                ("__getitem__", match_group),
                ("groups", match_groups),
                ("groupdict", match_groupdict),
                ("start", |vm, a, _k| span_part(vm, a, 0)),
                ("end", |vm, a, _k| span_part(vm, a, 1)),
                ("span", |vm, a, _k| span_part(vm, a, 2)),
                ("__repr__", match_repr),
            ],
        );
        util::add_property(vm, c, "string", |vm, a, _k| Ok(match_state(vm, a[0])?.subject));
        Ok(c)
    })
}

// ---- compiling ----

fn regex_error(vm: &Vm, e: engine::Error) -> crate::vm::PyErr {
    match e {
        engine::Error::Syntax(detail) => vm.value_error(detail),
        engine::Error::TooComplex => vm.runtime_error("regular expression too complex for this input"),
    }
}

fn compile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = util::need(vm, args, kw, 0, "pattern", "compile")?;
    let flags = index_arg(vm, args, kw, 1, "flags", 0)?;
    if vm.native_state::<PatternState>(p).is_some() {
        return Ok(p);
    }
    let source = vm.as_str(p).map(str::to_string).ok_or_else(|| vm.type_error_msg("pattern must be a str"))?;
    let regex = engine::compile(&source, flags).map_err(|e| regex_error(vm, e))?;
    let c = Compiled { source, regex };
    let class = pattern_class(vm)?;
    Ok(vm.new_native_instance(class, Box::new(PatternState(Rc::new(c)))))
}

/// `re.f(pattern, *rest, flags=0)` → `compile(pattern, flags).f(*rest)`; `flags_at` is the position of
/// `flags` among the module function's positional arguments.
fn with_pattern(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    flags_at: usize,
    f: fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value>,
) -> PyResult<Value> {
    let p = util::need(vm, args, kw, 0, "pattern", "re")?;
    let flags = arg(vm, args, kw, flags_at, "flags").unwrap_or(Value::Int(0));
    // A loop rather than a filtered collect: no iterator code instantiated for this one use.
    let mut rest = Vec::new();
    for &(k, v) in kw {
        if vm.as_str(k) != Some("flags") {
            rest.push((k, v));
        }
    }
    let pattern = compile(vm, &[p, flags], &[])?;
    let mut call_args = vec![pattern];
    call_args.extend_from_slice(&args[1..args.len().min(flags_at)]);
    f(vm, &call_args, &rest)
}

fn compiled(vm: &Vm, v: Value) -> PyResult<Rc<Compiled>> {
    vm.native_state::<PatternState>(v).map(|p| p.0.clone()).ok_or_else(|| vm.type_error_msg("Pattern expected"))
}

/// The subject string's value and characters.
fn subject(vm: &Vm, v: Option<Value>) -> PyResult<(Value, Vec<char>)> {
    let v = v.ok_or_else(|| vm.type_error_msg("missing required argument 'string'"))?;
    match vm.as_str(v) {
        Some(s) => Ok((v, s.chars().collect())),
        None => Err(vm.type_error_for("expected string, got '", v, "'")),
    }
}

fn new_match(vm: &mut Vm, c: &Rc<Compiled>, subject: Value, spans: Spans) -> PyResult<Value> {
    let class = match_class(vm)?;
    Ok(vm.new_native_instance(class, Box::new(MatchState { pattern: c.clone(), subject, spans })))
}

/// Shared by match/search/fullmatch: `(string, pos=0, endpos=len)`.
fn search_at(vm: &mut Vm, args: &[Value], kw: Kwargs, anchored: bool, full: bool) -> PyResult<Value> {
    let c = compiled(vm, args[0])?;
    let (sv, text) = subject(vm, arg(vm, args, kw, 1, "string"))?;
    let len = text.len() as i64;
    let pos = index_arg(vm, args, kw, 2, "pos", 0)?.clamp(0, len) as usize;
    let end = index_arg(vm, args, kw, 3, "endpos", len)?.clamp(0, len) as usize;
    if pos > end {
        return Ok(Value::None);
    }
    match c.regex.search(&text[..end], pos, anchored, full, false).map_err(|e| regex_error(vm, e))? {
        Some(spans) => new_match(vm, &c, sv, spans),
        None => Ok(Value::None),
    }
}

fn pattern_match(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    search_at(vm, args, kw, true, false)
}

fn pattern_search(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    search_at(vm, args, kw, false, false)
}

fn pattern_fullmatch(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    search_at(vm, args, kw, true, true)
}

/// Every match from the start (at most `limit` unless 0); after an empty match the next one may not be empty
/// at the same place, as in CPython.
fn all_matches(vm: &Vm, c: &Compiled, text: &[char], limit: usize) -> PyResult<Vec<Spans>> {
    let mut out = Vec::new();
    let (mut at, mut after_empty) = (0, false);
    while at <= text.len() && (limit == 0 || out.len() < limit) {
        let Some(spans) = c.regex.search(text, at, false, false, after_empty).map_err(|e| regex_error(vm, e))? else {
            break;
        };
        let whole = spans[0].clone().unwrap_or(at..at);
        after_empty = whole.is_empty();
        at = whole.end;
        out.push(spans);
    }
    Ok(out)
}

/// An optional integer argument.
fn index_arg(vm: &Vm, args: &[Value], kw: Kwargs, i: usize, name: &str, default: i64) -> PyResult<i64> {
    match arg(vm, args, kw, i, name) {
        Some(v) => vm.expect_index(v),
        None => Ok(default),
    }
}

const FINDALL: u8 = 0;
const FINDITER: u8 = 1;
const SPLIT: u8 = 2;
const SUB: u8 = 3;

/// findall, finditer, split and sub, which walk every match alike:
/// `findall(string)`, `finditer(string)`, `split(string, maxsplit=0)` (the pieces between matches, with the
/// groups' texts between them) and `sub(repl, string, count=0)` (`repl` is a template, `\1`, `\g<name>`, or a
/// function of the match).
fn each_match(vm: &mut Vm, args: &[Value], kw: Kwargs, mode: u8) -> PyResult<Value> {
    let c = compiled(vm, args[0])?;
    let repl = if mode == SUB { util::need(vm, args, kw, 1, "repl", "sub")? } else { Value::None };
    let (sv, text) = subject(vm, arg(vm, args, kw, 1 + (mode == SUB) as usize, "string"))?;
    let limit = match mode {
        SPLIT => index_arg(vm, args, kw, 2, "maxsplit", 0)?,
        SUB => index_arg(vm, args, kw, 3, "count", 0)?,
        _ => 0,
    };
    let template = vm.as_str(repl).map(str::to_string);
    let empty = if mode == FINDALL { vm.new_str("") } else { Value::None };
    let mut items = Vec::new();
    let mut out = String::new();
    let mut last = 0;
    // 0 is no limit, and so is one beyond the address space (a cast would wrap it on wasm32).
    for spans in all_matches(vm, &c, &text, usize::try_from(limit).unwrap_or(0))? {
        let whole = spans[0].clone().unwrap_or_default();
        match mode {
            // findall: the whole match, the one group, or a tuple of the groups; split: the piece before the
            // match, then the groups.
            FINDALL | SPLIT => {
                let single = mode == FINDALL && spans.len() <= 2;
                if mode == SPLIT {
                    items.push(group_value(vm, &text, &Some(last..whole.start), Value::None));
                }
                let mut gs = Vec::new();
                for g in &spans[if single { spans.len() - 1 } else { 1 }..] {
                    gs.push(group_value(vm, &text, g, empty));
                }
                if mode == FINDALL && !single {
                    items.push(vm.new_tuple(gs));
                } else {
                    items.extend(gs);
                }
            }
            FINDITER => items.push(new_match(vm, &c, sv, spans)?),
            _ => {
                out.extend(&text[last..whole.start]);
                match &template {
                    Some(t) => expand(vm, &c, t, &text, &spans, &mut out)?,
                    None => {
                        let mo = new_match(vm, &c, sv, spans)?;
                        let r = vm.call(repl, &[mo])?;
                        let s = vm.as_str(r).ok_or_else(|| vm.type_error_msg("expected str instance"))?;
                        out.push_str(s);
                    }
                }
                // The result grows outside the heap until it is done: keep it within the board's memory as it
                // grows.
                vm.text_fits(out.len())?;
            }
        }
        last = whole.end;
    }
    match mode {
        SUB => {
            out.extend(&text[last..]);
            return Ok(vm.new_string(out));
        }
        SPLIT => items.push(group_value(vm, &text, &Some(last..text.len()), Value::None)),
        _ => {}
    }
    let list = vm.new_list(items);
    if mode == FINDITER {
        return vm.iter(list);
    }
    Ok(list)
}

fn pattern_findall(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    each_match(vm, args, kw, FINDALL)
}

fn pattern_finditer(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    each_match(vm, args, kw, FINDITER)
}

fn pattern_split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    each_match(vm, args, kw, SPLIT)
}

fn pattern_sub(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    each_match(vm, args, kw, SUB)
}

/// Append a replacement template with its group references filled in.
fn expand(vm: &Vm, c: &Compiled, t: &str, text: &[char], spans: &Spans, out: &mut String) -> PyResult<()> {
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while let Some(&ch) = chars.get(i) {
        i += 1;
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        let Some(&next) = chars.get(i) else { return Err(vm.value_error("bad escape (end of pattern)")) };
        i += 1;
        let n = match next {
            'n' | 't' | 'r' | '\\' => {
                out.push(match next {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    _ => '\\',
                });
                continue;
            }
            'g' => {
                if chars.get(i) != Some(&'<') {
                    return Err(vm.value_error("missing <"));
                }
                let end = chars[i..].iter().position(|c| *c == '>').map_or(chars.len(), |p| i + p);
                let name: String = chars[i + 1..end].iter().collect();
                i = end + 1;
                match name.parse::<usize>() {
                    Ok(n) => n,
                    Err(_) => match c.regex.names.iter().find(|(k, _)| *k == name) {
                        Some((_, n)) => *n,
                        None => return Err(vm.index_error(format!("unknown group name '{name}'"))),
                    },
                }
            }
            d if d.is_ascii_digit() => {
                let mut n = d as usize - '0' as usize;
                if let Some(d2) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    n = n * 10 + d2 as usize;
                    i += 1;
                }
                n
            }
            c if c.is_ascii_alphabetic() => return Err(vm.value_error(format!("bad escape \\{c}"))),
            c => {
                out.push('\\');
                out.push(c);
                continue;
            }
        };
        if n > c.regex.groups {
            return Err(vm.value_error(format!("invalid group reference {n}")));
        }
        if let Some(r) = &spans[n] {
            out.extend(&text[r.clone()]);
        }
    }
    Ok(())
}

/// The text of a span, `default` if there is none (a group that did not take part).
fn group_value(vm: &mut Vm, text: &[char], r: &Option<Range<usize>>, default: Value) -> Value {
    match r {
        Some(r) => vm.new_string(text[r.clone()].iter().collect()),
        None => default,
    }
}

fn pattern_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let c = compiled(vm, args[0])?;
    let src = vm.new_str(&c.source);
    let r = vm.repr(src)?;
    Ok(vm.new_string(format!("re.compile({r})")))
}

// ---- match objects ----

fn match_state(vm: &Vm, v: Value) -> PyResult<&MatchState> {
    vm.native_state::<MatchState>(v).ok_or_else(|| vm.type_error_msg("Match expected"))
}

/// A group of match `m` by number or name, as an index into its spans.
fn group_index(vm: &Vm, m: Value, g: Value) -> PyResult<usize> {
    let m = match_state(vm, m)?;
    let idx = match vm.as_str(g) {
        Some(name) => m.pattern.regex.names.iter().find(|(k, _)| k == name).map(|(_, i)| *i),
        None => vm.as_i64(g).and_then(|i| usize::try_from(i).ok()),
    };
    match idx {
        Some(i) if i < m.spans.len() => Ok(i),
        _ => Err(vm.index_error("no such group")),
    }
}

/// The text of group `i` of match `m`, `default` if it did not take part.
fn group_of(vm: &mut Vm, m: Value, i: usize, default: Value) -> PyResult<Value> {
    let m = match_state(vm, m)?;
    let Some(r) = m.spans[i].clone() else { return Ok(default) };
    // Sliced at the spans' byte offsets: a `chars().skip().take()` chain here was 700 B of wasm on its own.
    let s = vm.as_str(m.subject).unwrap_or("").as_bytes();
    let s = String::from_utf8_lossy(&s[char_offset(s, r.start)..char_offset(s, r.end)]).into_owned();
    Ok(vm.new_string(s))
}

fn match_group(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let whole = [Value::Int(0)];
    let wanted = if args.len() > 1 { &args[1..] } else { &whole };
    let mut out = Vec::new();
    for &g in wanted {
        let i = group_index(vm, args[0], g)?;
        out.push(group_of(vm, args[0], i, Value::None)?);
    }
    Ok(if out.len() == 1 { out[0] } else { vm.new_tuple(out) })
}

fn match_groups(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let default = arg(vm, args, kw, 1, "default").unwrap_or(Value::None);
    let mut items = Vec::new();
    for i in 1..match_state(vm, args[0])?.spans.len() {
        items.push(group_of(vm, args[0], i, default)?);
    }
    Ok(vm.new_tuple(items))
}

fn match_groupdict(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let default = arg(vm, args, kw, 1, "default").unwrap_or(Value::None);
    // The pattern (an Rc) is held, not its names cloned.
    let c = match_state(vm, args[0])?.pattern.clone();
    let d = vm.new_dict();
    for (name, i) in &c.regex.names {
        let v = group_of(vm, args[0], *i, default)?;
        let k = vm.new_str(name);
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// (start, end) of a group in characters, (-1, -1) if it did not take part.
fn span_of(vm: &Vm, args: &[Value]) -> PyResult<(i64, i64)> {
    let i = group_index(vm, args[0], args.get(1).copied().unwrap_or(Value::Int(0)))?;
    Ok(match &match_state(vm, args[0])?.spans[i] {
        Some(r) => (r.start as i64, r.end as i64),
        None => (-1, -1),
    })
}

/// `start` (0), `end` (1) or `span` (2) of a group.
fn span_part(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let (s, e) = span_of(vm, args)?;
    Ok(match which {
        0 => Value::Int(s),
        1 => Value::Int(e),
        _ => vm.new_tuple(vec![Value::Int(s), Value::Int(e)]),
    })
}

fn match_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (s, e) = span_of(vm, &args[..1])?;
    let whole = group_of(vm, args[0], 0, Value::None)?;
    let r = vm.repr(whole)?;
    Ok(vm.new_string(format!("<re.Match object; span=({s}, {e}), match={r}>")))
}
