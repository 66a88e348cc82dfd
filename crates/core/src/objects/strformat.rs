//! `str.format`: the replacement-field template language — `{}` `{0}` `{name}`, attribute and item access
//! (`{0.attr}`, `{0[1]}`, `{x[key]}`), conversions (`!r` `!s` `!a`), format specs with nested fields
//! (`{:{w}.{p}f}`) and `{{`/`}}` escapes. The template is parsed as it is rendered (as CPython does, so the
//! first error met is the one raised); each field's value goes through `vm.format(value, spec)`.

use crate::objects::function::Kwargs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// One step of a template: literal text, or a replacement field's three parts, unparsed.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Literal(&'a str),
    Field { name: &'a str, conversion: Option<char>, spec: &'a str },
}

/// The next piece of `template` from byte `*pos`, advancing it; `Err` holds a ValueError message.
fn next_piece<'a>(template: &'a str, pos: &mut usize) -> Result<Option<Piece<'a>>, &'static str> {
    let b = template.as_bytes();
    let start = *pos;
    let Some(&c) = b.get(start) else { return Ok(None) };
    if c != b'{' && c != b'}' {
        let end = start + find_either(&b[start..], b'{', b'}');
        *pos = end;
        return Ok(Some(Piece::Literal(&template[start..end])));
    }
    if b.get(start + 1) == Some(&c) {
        *pos = start + 2;
        return Ok(Some(Piece::Literal(&template[start..start + 1])));
    }
    if c == b'}' {
        return Err("Single '}' encountered in format string");
    }
    if start + 1 == b.len() {
        return Err("Single '{' encountered in format string");
    }
    parse_field(template, start + 1, pos).map(Some)
}

/// Parse the field whose text starts at byte `i` (after its `{`), leaving `*pos` after its closing `}`.
/// The name may hold `[...]` with any characters; the conversion is the one character after `!`; the spec
/// runs to the brace that balances the field's, since it may hold nested fields.
fn parse_field<'a>(template: &'a str, mut i: usize, pos: &mut usize) -> Result<Piece<'a>, &'static str> {
    let b = template.as_bytes();
    let name_start = i;
    loop {
        match b.get(i) {
            None => return Err("expected '}' before end of string"),
            Some(b'[') => i = (i + find_either(&b[i..], b']', b']') + 1).min(b.len()),
            Some(b'{') => return Err("unexpected '{' in field name"),
            Some(b'}' | b':' | b'!') => break,
            Some(_) => i += 1,
        }
    }
    let name = &template[name_start..i];
    let mut conversion = None;
    if b[i] == b'!' {
        let c = template[i + 1..].chars().next().ok_or("end of string while looking for conversion specifier")?;
        conversion = Some(c);
        i += 1 + c.len_utf8();
        match b.get(i) {
            None => return Err("unmatched '{' in format spec"),
            Some(b'}' | b':') => {}
            Some(_) => return Err("expected ':' after conversion specifier"),
        }
    }
    if b[i] == b'}' {
        *pos = i + 1;
        return Ok(Piece::Field { name, conversion, spec: "" });
    }
    let spec_start = i + 1;
    let mut depth = 1;
    for (j, &c) in b.iter().enumerate().skip(spec_start) {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    *pos = j + 1;
                    return Ok(Piece::Field { name, conversion, spec: &template[spec_start..j] });
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

/// Where the first `x` or `y` in `b` is (its length if neither is): the one scanner of every search here.
fn find_either(b: &[u8], x: u8, y: u8) -> usize {
    let mut i = 0;
    while i < b.len() && b[i] != x && b[i] != y {
        i += 1;
    }
    i
}

/// Where the first `.` or `[` of a field name is (its end if none).
fn accessor_start(name: &str) -> usize {
    find_either(name.as_bytes(), b'.', b'[')
}

/// `s` as a number: decimal digits only, at least one, and not too many for a `usize`.
fn decimal(s: &str) -> Option<usize> {
    match crate::numfmt::leading_number(s.as_bytes(), usize::MAX) {
        (n, len) if len == s.len() && len > 0 => n,
        _ => None,
    }
}

/// How positional fields have been numbered so far: `{}` and `{0}` can't be mixed.
#[derive(PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

struct Renderer<'a> {
    args: &'a [Value],
    kwargs: Kwargs<'a>,
    numbering: Numbering,
    next_auto: usize,
}

impl Renderer<'_> {
    /// Render `template`; `depth` bounds nested fields in specs (CPython allows one level).
    fn render(&mut self, vm: &mut Vm, template: &str, depth: u8) -> PyResult<String> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut out = String::with_capacity(template.len());
        let mut pos = 0;
        while let Some(piece) = next_piece(template, &mut pos).map_err(|m| vm.value_error(m))? {
            match piece {
                Piece::Literal(s) => out.push_str(s),
                Piece::Field { name, conversion, spec } => {
                    let value = self.lookup(vm, name)?;
                    let value = convert(vm, value, conversion)?;
                    // (A byte test: `contains(['{', '}'])` links a char-set searcher for this one use.)
                    let nested = spec.bytes().any(|c| c == b'{' || c == b'}');
                    let spec = if nested { self.render(vm, spec, depth - 1)? } else { spec.into() };
                    out.push_str(&vm.format(value, &spec)?);
                }
            }
        }
        Ok(out)
    }

    /// The value a field name denotes: its argument, then each `.attr` / `[item]` accessor applied as it is
    /// read (as CPython does, so `{0.a.}` is an AttributeError when there is no `a`, before the empty
    /// attribute is seen).
    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = accessor_start(name);
        let first = &name[..first_end];
        let mut value = if first.bytes().all(|c| c.is_ascii_digit()) {
            // `{}` takes the next positional argument, `{0}` the one it names; the two can't be mixed.
            let auto = first.is_empty();
            let (index, numbering, clash) = if auto {
                (
                    self.next_auto,
                    Numbering::Auto,
                    "cannot switch from manual field specification to automatic field numbering",
                )
            } else {
                (
                    decimal(first).ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?,
                    Numbering::Manual,
                    "cannot switch from automatic field numbering to manual field specification",
                )
            };
            if self.numbering != Numbering::Unknown && self.numbering != numbering {
                return Err(vm.value_error(clash));
            }
            self.numbering = numbering;
            self.next_auto += auto as usize;
            *self.args.get(index).ok_or_else(|| vm.index_error("tuple index out of range"))?
        } else {
            match self.kwargs.iter().find(|(k, _)| vm.as_str(*k) == Some(first)) {
                Some((_, v)) => *v,
                None => {
                    let key = vm.new_str(first);
                    return Err(vm.key_error(key));
                }
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            let (key, attr) = if let Some(after) = rest.strip_prefix('.') {
                let end = accessor_start(after);
                rest = &after[end..];
                (&after[..end], true)
            } else if let Some(after) = rest.strip_prefix('[') {
                let end = find_either(after.as_bytes(), b']', b']');
                if end == after.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                rest = &after[end + 1..];
                (&after[..end], false)
            } else {
                return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            };
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = if attr {
                vm.getattr_str(value, key)?
            } else {
                // `[3]` indexes with an int, `[k]` with the string `k`.
                let key = match decimal(key) {
                    Some(i) => Value::Int(i as i64),
                    None => vm.new_str(key),
                };
                vm.getitem(value, key)?
            };
        }
        Ok(value)
    }
}

/// Apply a `!r` / `!s` / `!a` conversion.
fn convert(vm: &mut Vm, value: Value, conversion: Option<char>) -> PyResult<Value> {
    let text = match conversion {
        None => return Ok(value),
        Some('r') => vm.repr(value)?,
        Some('s') => vm.str_of(value)?,
        Some('a') => crate::objects::str::ascii_escape(&vm.repr(value)?),
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    Ok(vm.new_string(text))
}

/// `template.format(*args, **kwargs)`.
pub fn format_template(vm: &mut Vm, template: &str, args: &[Value], kwargs: Kwargs) -> PyResult<String> {
    let mut renderer = Renderer { args, kwargs, numbering: Numbering::Unknown, next_auto: 0 };
    renderer.render(vm, template, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(t: &str) -> Result<Vec<Piece<'_>>, &'static str> {
        let mut pos = 0;
        let mut out = Vec::new();
        while let Some(p) = next_piece(t, &mut pos)? {
            out.push(p);
        }
        Ok(out)
    }

    fn field<'a>(name: &'a str, conversion: Option<char>, spec: &'a str) -> Piece<'a> {
        Piece::Field { name, conversion, spec }
    }

    #[test]
    fn literals_and_escapes() {
        assert_eq!(pieces("").unwrap(), vec![]);
        assert_eq!(pieces("abc").unwrap(), vec![Piece::Literal("abc")]);
        assert_eq!(
            pieces("a{{b}}c").unwrap(),
            vec![
                Piece::Literal("a"),
                Piece::Literal("{"),
                Piece::Literal("b"),
                Piece::Literal("}"),
                Piece::Literal("c")
            ]
        );
        assert_eq!(pieces("é{}ü").unwrap(), vec![Piece::Literal("é"), field("", None, ""), Piece::Literal("ü")]);
    }

    #[test]
    fn fields() {
        assert_eq!(pieces("{0}{x}").unwrap(), vec![field("0", None, ""), field("x", None, "")]);
        assert_eq!(pieces("{!r}").unwrap(), vec![field("", Some('r'), "")]);
        assert_eq!(pieces("{0!s:>5}").unwrap(), vec![field("0", Some('s'), ">5")]);
        assert_eq!(pieces("{:{w}.{p}f}").unwrap(), vec![field("", None, "{w}.{p}f")]);
        assert_eq!(pieces("{0[:]}").unwrap(), vec![field("0[:]", None, "")]);
        assert_eq!(pieces("{a:}").unwrap(), vec![field("a", None, "")]);
        assert_eq!(pieces("{0[}]}").unwrap(), vec![field("0[}]", None, "")]);
        assert_eq!(pieces("{0!:}").unwrap(), vec![field("0", Some(':'), "")]);
        assert_eq!(pieces("{0!é}").unwrap(), vec![field("0", Some('é'), "")]);
    }

    #[test]
    fn template_errors() {
        assert_eq!(pieces("}"), Err("Single '}' encountered in format string"));
        assert_eq!(pieces("x{"), Err("Single '{' encountered in format string"));
        assert_eq!(pieces("{0"), Err("expected '}' before end of string"));
        assert_eq!(pieces("{0!"), Err("end of string while looking for conversion specifier"));
        assert_eq!(pieces("{!}"), Err("unmatched '{' in format spec"));
        assert_eq!(pieces("{!rx}"), Err("expected ':' after conversion specifier"));
        assert_eq!(pieces("{:{}"), Err("unmatched '{' in format spec"));
        assert_eq!(pieces("{0[}"), Err("expected '}' before end of string"));
        assert_eq!(pieces("{a{b}}"), Err("unexpected '{' in field name"));
    }
}
