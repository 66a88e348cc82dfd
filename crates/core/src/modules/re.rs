//! `re`: regular expressions on the `regress` backtracking engine. Python's syntax is translated to the
//! ECMAScript dialect regress reads (named groups, `\A`/`\Z`, Python's `.`, `^`, `$` and `{` rules), and
//! positions are converted between the engine's byte offsets and Python's character indices.

use super::util::{self, arg};
use crate::objects::function::Kwargs;
use crate::objects::instance::NativeState;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::ops::Range;
use std::rc::Rc;

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;

struct Compiled {
    source: String,
    flags: i64,
    regex: regress::Regex,
    /// The same pattern anchored at both ends, for `fullmatch`.
    full: regress::Regex,
    groups: usize,
    names: Vec<(String, usize)>,
}

struct PatternState(Rc<Compiled>);
util::plain_state!(PatternState);

struct MatchState {
    pattern: Rc<Compiled>,
    /// The subject string (traced).
    subject: Value,
    /// Byte ranges: the whole match, then each group.
    spans: Vec<Option<Range<usize>>>,
}

impl NativeState for MatchState {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.subject);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
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
    for (name, v) in [("IGNORECASE", IGNORECASE), ("I", IGNORECASE), ("MULTILINE", MULTILINE), ("M", MULTILINE)] {
        vm.dict_set_str(dict, name, Value::Int(v));
    }
    vm.dict_set_str(dict, "DOTALL", Value::Int(DOTALL));
    vm.dict_set_str(dict, "S", Value::Int(DOTALL));
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
        util::add_property(vm, c, "flags", |vm, a, _k| Ok(Value::Int(compiled(vm, a[0])?.flags)));
        util::add_property(vm, c, "groups", |vm, a, _k| Ok(Value::Int(compiled(vm, a[0])?.groups as i64)));
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
                ("span", match_span),
                ("__repr__", match_repr),
            ],
        );
        util::add_property(vm, c, "string", |vm, a, _k| Ok(match_state(vm, a[0])?.subject));
        Ok(c)
    })
}

// ---- compiling ----

/// A pattern in regress's dialect, its number of capture groups, and the named ones' numbers.
type Translated = (String, usize, Vec<(String, usize)>);

/// Python's pattern syntax in regress's dialect.
fn translate(pattern: &str, flags: &mut i64) -> Result<Translated, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 8);
    let (mut groups, mut names) = (0usize, Vec::new());
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let next = *chars.get(i + 1).ok_or("bad escape (end of pattern)")?;
                match next {
                    'A' if !in_class => out.push_str(r"(?<![\s\S])"),
                    'Z' if !in_class => out.push_str(r"(?![\s\S])"),
                    _ => {
                        out.push('\\');
                        out.push(next);
                    }
                }
                i += 2;
                continue;
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                if chars.get(i + 1) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                // A `]` first in a class is a literal in Python.
                if chars.get(i + 1) == Some(&']') {
                    out.push_str(r"\]");
                    i += 1;
                }
            }
            '[' => out.push_str(r"\["),
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            _ if in_class => out.push(c),
            ']' => out.push_str(r"\]"),
            '}' => out.push_str(r"\}"),
            '{' => {
                let rest: String = chars[i + 1..].iter().take_while(|c| **c != '}').collect();
                let closed = chars.len() > i + 1 + rest.len();
                let (lo, hi) = rest.split_once(',').unwrap_or((rest.as_str(), rest.as_str()));
                let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
                if closed && !rest.is_empty() && digits(lo) && digits(hi) {
                    let lo = if lo.is_empty() { "0" } else { lo };
                    if rest.contains(',') {
                        out.push_str(&format!("{{{lo},{hi}}}"));
                    } else {
                        out.push_str(&format!("{{{lo}}}"));
                    }
                    i += rest.chars().count() + 2;
                    continue;
                }
                out.push_str(r"\{");
            }
            '.' => out.push_str(if *flags & DOTALL != 0 { r"[\s\S]" } else { r"[^\n]" }),
            '^' => out.push_str(if *flags & MULTILINE != 0 { r"(?<![^\n])" } else { r"(?<![\s\S])" }),
            '$' => out.push_str(if *flags & MULTILINE != 0 { r"(?=\n|(?![\s\S]))" } else { r"(?=\n?(?![\s\S]))" }),
            '(' => {
                let rest: String = chars[i + 1..].iter().take(4).collect();
                if rest.starts_with("?P<")
                    || (rest.starts_with("?<") && !rest.starts_with("?<=") && !rest.starts_with("?<!"))
                {
                    let start = i + if rest.starts_with("?P<") { 4 } else { 3 };
                    let name: String = chars[start..].iter().take_while(|c| **c != '>').collect();
                    if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                        return Err(format!("bad character in group name '{name}'"));
                    }
                    groups += 1;
                    names.push((name.clone(), groups));
                    out.push_str(&format!("(?<{name}>"));
                    i = start + name.chars().count() + 1;
                    continue;
                }
                if rest.starts_with("?P=") {
                    let name: String = chars[i + 4..].iter().take_while(|c| **c != ')').collect();
                    out.push_str(&format!(r"\k<{name}>"));
                    i += 4 + name.chars().count() + 1;
                    continue;
                }
                if rest.starts_with("?#") {
                    while i < chars.len() && chars[i] != ')' {
                        i += 1;
                    }
                    i += 1;
                    continue;
                }
                if rest.strip_prefix('?').is_some_and(|r| r.starts_with(|c: char| "aiLmsux".contains(c))) {
                    let inline: String = chars[i + 2..].iter().take_while(|c| **c != ')' && **c != ':').collect();
                    if chars.get(i + 2 + inline.chars().count()) == Some(&')') && i == 0 {
                        for f in inline.chars() {
                            *flags |= match f {
                                'i' => IGNORECASE,
                                'm' => MULTILINE,
                                's' => DOTALL,
                                _ => 0,
                            };
                        }
                        // Restart: the flags change how `.`, `^` and `$` translate.
                        let rest: String = chars[inline.chars().count() + 3..].iter().collect();
                        return translate(&rest, flags);
                    }
                    return Err("scoped and non-leading inline flags are not supported".into());
                }
                if !rest.starts_with('?') {
                    groups += 1;
                }
                out.push('(');
            }
            c => out.push(c),
        }
        i += 1;
    }
    if in_class {
        return Err("unterminated character set".into());
    }
    Ok((out, groups, names))
}

fn build(vm: &mut Vm, source: &str, flags: i64) -> PyResult<Compiled> {
    let mut flags = flags;
    let (translated, groups, names) = translate(source, &mut flags).map_err(|e| regex_error(vm, &e))?;
    let regress_flags = regress::Flags { icase: flags & IGNORECASE != 0, ..Default::default() };
    let regex = regress::Regex::with_flags(&translated, regress_flags).map_err(|e| regex_error(vm, &e.to_string()))?;
    let full = regress::Regex::with_flags(&format!(r"(?:{translated})(?![\s\S])"), regress_flags)
        .map_err(|e| regex_error(vm, &e.to_string()))?;
    Ok(Compiled { source: source.to_string(), flags, regex, full, groups, names })
}

fn regex_error(vm: &Vm, detail: &str) -> crate::vm::PyErr {
    vm.value_error(format!("Error in regex: {detail}"))
}

fn compile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = util::need(vm, args, kw, 0, "pattern", "compile")?;
    let flags = match arg(vm, args, kw, 1, "flags") {
        Some(f) => vm.expect_index(f)?,
        None => 0,
    };
    if vm.native_state::<PatternState>(p).is_some() {
        return Ok(p);
    }
    let source = vm.as_str(p).map(str::to_string).ok_or_else(|| vm.type_error_msg("pattern must be a str"))?;
    let c = build(vm, &source, flags)?;
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
    let rest: Vec<(Value, Value)> = kw.iter().filter(|(k, _)| vm.as_str(*k) != Some("flags")).copied().collect();
    let pattern = compile(vm, &[p, flags], &[])?;
    let mut call_args = vec![pattern];
    call_args.extend_from_slice(&args[1..args.len().min(flags_at)]);
    f(vm, &call_args, &rest)
}

fn compiled(vm: &Vm, v: Value) -> PyResult<Rc<Compiled>> {
    vm.native_state::<PatternState>(v).map(|p| p.0.clone()).ok_or_else(|| vm.type_error_msg("Pattern expected"))
}

fn subject(vm: &Vm, v: Option<Value>) -> PyResult<(Value, String)> {
    let v = v.ok_or_else(|| vm.type_error_msg("missing required argument 'string'"))?;
    match vm.as_str(v) {
        Some(s) => Ok((v, s.to_string())),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error_msg(format!("expected string, got '{t}'")))
        }
    }
}

/// The byte offset of character index `i` (clamped).
fn byte_at(text: &str, i: i64) -> usize {
    if i <= 0 {
        return 0;
    }
    text.char_indices().nth(i as usize).map(|(b, _)| b).unwrap_or(text.len())
}

fn char_index(text: &str, byte: usize) -> i64 {
    text[..byte.min(text.len())].chars().count() as i64
}

fn find(c: &Compiled, text: &str, from: usize, full: bool) -> Option<regress::Match> {
    if from > text.len() {
        return None;
    }
    if full {
        c.full.find_from(text, from).next()
    } else {
        c.regex.find_from(text, from).next()
    }
}

fn new_match(vm: &mut Vm, c: &Rc<Compiled>, subject: Value, m: &regress::Match) -> PyResult<Value> {
    let mut spans = vec![Some(m.range())];
    spans.extend(m.captures.iter().cloned());
    spans.resize(c.groups + 1, None);
    let class = match_class(vm)?;
    Ok(vm.new_native_instance(class, Box::new(MatchState { pattern: c.clone(), subject, spans })))
}

/// Shared by match/search/fullmatch: `(string, pos=0, endpos=len)`.
fn search_at(vm: &mut Vm, args: &[Value], kw: Kwargs, anchored: bool, full: bool) -> PyResult<Value> {
    let c = compiled(vm, args[0])?;
    let (sv, text) = subject(vm, arg(vm, args, kw, 1, "string"))?;
    let pos = match arg(vm, args, kw, 2, "pos") {
        Some(p) => vm.expect_index(p)?,
        None => 0,
    };
    let (sv, text) = match arg(vm, args, kw, 3, "endpos") {
        Some(e) => {
            let end = byte_at(&text, vm.expect_index(e)?);
            let cut = text[..end].to_string();
            (vm.new_str(&cut), cut)
        }
        None => (sv, text),
    };
    let from = byte_at(&text, pos);
    match find(&c, &text, from, full) {
        Some(m) if !anchored || m.start() == from => new_match(vm, &c, sv, &m),
        _ => Ok(Value::None),
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

/// Every match from the start, as regress iterates them (an empty match advances by one character).
fn all_matches(c: &Compiled, text: &str, limit: usize) -> Vec<regress::Match> {
    let mut out = Vec::new();
    for m in c.regex.find_iter(text) {
        if limit != 0 && out.len() >= limit {
            break;
        }
        out.push(m);
    }
    out
}

fn count_arg(vm: &Vm, args: &[Value], kw: Kwargs, i: usize, name: &str) -> PyResult<usize> {
    match arg(vm, args, kw, i, name) {
        Some(v) => Ok(vm.expect_index(v)?.max(0) as usize),
        None => Ok(0),
    }
}

fn group_text(text: &str, r: &Option<Range<usize>>) -> Option<String> {
    r.as_ref().map(|r| text[r.clone()].to_string())
}

/// `sub(repl, string, count=0)`: `repl` is a template (`\1`, `\g<name>`) or a function of the match.
fn pattern_sub(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = compiled(vm, args[0])?;
    let repl = util::need(vm, args, kw, 1, "repl", "sub")?;
    let (sv, text) = subject(vm, arg(vm, args, kw, 2, "string"))?;
    let count = count_arg(vm, args, kw, 3, "count")?;
    let template = vm.as_str(repl).map(str::to_string);
    let mut out = String::new();
    let mut last = 0;
    for m in all_matches(&c, &text, count) {
        out.push_str(&text[last..m.start()]);
        match &template {
            Some(t) => expand(vm, &c, t, &text, &m, &mut out)?,
            None => {
                let mo = new_match(vm, &c, sv, &m)?;
                let r = vm.call(repl, &[mo])?;
                let s = vm.as_str(r).map(str::to_string).ok_or_else(|| vm.type_error_msg("expected str instance"))?;
                out.push_str(&s);
            }
        }
        last = m.end();
    }
    out.push_str(&text[last..]);
    Ok(vm.new_string(out))
}

/// Append a replacement template with its group references filled in.
fn expand(vm: &Vm, c: &Compiled, t: &str, text: &str, m: &regress::Match, out: &mut String) -> PyResult<()> {
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    let group = |n: usize, out: &mut String| -> PyResult<()> {
        if n > c.groups {
            return Err(vm.value_error(format!("invalid group reference {n}")));
        }
        if let Some(s) = group_text(text, &m.group(n)) {
            out.push_str(&s);
        }
        Ok(())
    };
    while i < chars.len() {
        if chars[i] != '\\' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let Some(&next) = chars.get(i + 1) else { return Err(vm.value_error("bad escape (end of pattern)")) };
        i += 2;
        match next {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '\\' => out.push('\\'),
            'g' => {
                if chars.get(i) != Some(&'<') {
                    return Err(vm.value_error("missing <"));
                }
                let name: String = chars[i + 1..].iter().take_while(|c| **c != '>').collect();
                i += name.chars().count() + 2;
                match name.parse::<usize>() {
                    Ok(n) => group(n, out)?,
                    Err(_) => match c.names.iter().find(|(k, _)| *k == name) {
                        Some((_, n)) => group(*n, out)?,
                        None => return Err(vm.index_error(format!("unknown group name '{name}'"))),
                    },
                }
            }
            d if d.is_ascii_digit() => {
                let mut n = d.to_digit(10).unwrap_or(0) as usize;
                if let Some(d2) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    n = n * 10 + d2 as usize;
                    i += 1;
                }
                group(n, out)?;
            }
            c if c.is_ascii_alphabetic() => return Err(vm.value_error(format!("bad escape \\{c}"))),
            c => {
                out.push('\\');
                out.push(c);
            }
        }
    }
    Ok(())
}

fn group_value(vm: &mut Vm, text: &str, r: &Option<Range<usize>>, default: Value) -> Value {
    match group_text(text, r) {
        Some(s) => vm.new_string(s),
        None => default,
    }
}

/// `split(string, maxsplit=0)`: the pieces between matches, with the groups' texts between them.
fn pattern_split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = compiled(vm, args[0])?;
    let (_, text) = subject(vm, arg(vm, args, kw, 1, "string"))?;
    let maxsplit = count_arg(vm, args, kw, 2, "maxsplit")?;
    let mut parts = Vec::new();
    let mut last = 0;
    for m in all_matches(&c, &text, maxsplit) {
        parts.push(vm.new_str(&text[last..m.start()]));
        for g in &m.captures {
            let v = group_value(vm, &text, g, Value::None);
            parts.push(v);
        }
        last = m.end();
    }
    parts.push(vm.new_str(&text[last..]));
    Ok(vm.new_list(parts))
}

fn pattern_findall(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = compiled(vm, args[0])?;
    let (_, text) = subject(vm, arg(vm, args, kw, 1, "string"))?;
    let empty = vm.new_str("");
    let mut items = Vec::new();
    for m in all_matches(&c, &text, 0) {
        let item = match c.groups {
            0 => vm.new_str(&text[m.range()]),
            1 => group_value(vm, &text, &m.group(1), empty),
            _ => {
                let gs = (1..=c.groups).map(|i| group_value(vm, &text, &m.group(i), empty)).collect();
                vm.new_tuple(gs)
            }
        };
        items.push(item);
    }
    Ok(vm.new_list(items))
}

fn pattern_finditer(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = compiled(vm, args[0])?;
    let (sv, text) = subject(vm, arg(vm, args, kw, 1, "string"))?;
    let mut items = Vec::new();
    for m in all_matches(&c, &text, 0) {
        items.push(new_match(vm, &c, sv, &m)?);
    }
    let list = vm.new_list(items);
    vm.iter(list)
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

/// A group by number or name, as an index into the spans.
fn group_index(vm: &Vm, m: &MatchState, g: Value) -> PyResult<usize> {
    let idx = match vm.as_str(g) {
        Some(name) => m.pattern.names.iter().find(|(k, _)| k == name).map(|(_, i)| *i),
        None => vm.as_i64(g).filter(|i| *i >= 0).map(|i| i as usize),
    };
    match idx {
        Some(i) if i < m.spans.len() => Ok(i),
        _ => Err(vm.index_error("no such group")),
    }
}

fn match_parts(vm: &Vm, v: Value) -> PyResult<(String, Vec<Option<Range<usize>>>)> {
    let m = match_state(vm, v)?;
    Ok((vm.as_str(m.subject).unwrap_or("").to_string(), m.spans.clone()))
}

fn match_group(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (text, spans) = match_parts(vm, args[0])?;
    let wanted = if args.len() <= 1 { vec![Value::Int(0)] } else { args[1..].to_vec() };
    let mut out = Vec::with_capacity(wanted.len());
    for g in wanted {
        let i = group_index(vm, match_state(vm, args[0])?, g)?;
        out.push(group_value(vm, &text, &spans[i], Value::None));
    }
    Ok(if out.len() == 1 { out[0] } else { vm.new_tuple(out) })
}

fn match_groups(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (text, spans) = match_parts(vm, args[0])?;
    let default = arg(vm, args, kw, 1, "default").unwrap_or(Value::None);
    let items = spans[1..].iter().map(|r| group_value(vm, &text, r, default)).collect();
    Ok(vm.new_tuple(items))
}

fn match_groupdict(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (text, spans) = match_parts(vm, args[0])?;
    let default = arg(vm, args, kw, 1, "default").unwrap_or(Value::None);
    let names = match_state(vm, args[0])?.pattern.names.clone();
    let d = vm.new_dict();
    for (name, i) in names {
        let v = group_value(vm, &text, &spans[i], default);
        let k = vm.new_string(name);
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// (start, end) of a group in characters, (-1, -1) if it did not take part.
fn span_of(vm: &Vm, args: &[Value]) -> PyResult<(i64, i64)> {
    let m = match_state(vm, args[0])?;
    let i = group_index(vm, m, args.get(1).copied().unwrap_or(Value::Int(0)))?;
    let text = vm.as_str(m.subject).unwrap_or("");
    Ok(match &m.spans[i] {
        Some(r) => (char_index(text, r.start), char_index(text, r.end)),
        None => (-1, -1),
    })
}

fn span_part(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let (s, e) = span_of(vm, args)?;
    Ok(Value::Int(if which == 0 { s } else { e }))
}

fn match_span(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (s, e) = span_of(vm, args)?;
    Ok(vm.new_tuple(vec![Value::Int(s), Value::Int(e)]))
}

fn match_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (s, e) = span_of(vm, &args[..1])?;
    let (text, spans) = match_parts(vm, args[0])?;
    let whole = group_value(vm, &text, &spans[0], Value::None);
    let r = vm.repr(whole)?;
    Ok(vm.new_string(format!("<re.Match object; span=({s}, {e}), match={r}>")))
}
