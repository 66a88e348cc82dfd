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

/// The argument a field name starts with.
#[derive(Debug, PartialEq, Eq)]
enum ArgRef<'a> {
    /// `{}`: the next positional argument.
    Auto,
    Index(usize),
    Name(&'a str),
}

/// What follows the argument: `.attr` or `[index]` / `[key]`.
#[derive(Debug, PartialEq, Eq)]
enum Access<'a> {
    Attr(&'a str),
    Index(usize),
    Key(&'a str),
}

/// The next piece of `template` from byte `*pos`, advancing it; `Err` holds a ValueError message.
fn next_piece<'a>(template: &'a str, pos: &mut usize) -> Result<Option<Piece<'a>>, &'static str> {
    let b = template.as_bytes();
    let start = *pos;
    let Some(&c) = b.get(start) else { return Ok(None) };
    if c != b'{' && c != b'}' {
        let end = b[start..].iter().position(|&c| c == b'{' || c == b'}').map_or(b.len(), |n| start + n);
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
            Some(b'[') => i = b[i..].iter().position(|&c| c == b']').map_or(b.len(), |n| i + n + 1),
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

/// Parse a field name: the argument, then its `.attr` / `[item]` accessors.
fn parse_field_name(name: &str) -> Result<(ArgRef<'_>, Vec<Access<'_>>), &'static str> {
    let first_end = accessor_start(name);
    let first = &name[..first_end];
    let arg = if first.is_empty() {
        ArgRef::Auto
    } else if first.bytes().all(|c| c.is_ascii_digit()) {
        ArgRef::Index(decimal(first).ok_or("Too many decimal digits in format string")?)
    } else {
        ArgRef::Name(first)
    };
    let mut path = Vec::new();
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = accessor_start(after);
            if end == 0 {
                return Err("Empty attribute in format string");
            }
            path.push(Access::Attr(&after[..end]));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.bytes().position(|c| c == b']').ok_or("Missing ']' in format string")?;
            let key = &after[..end];
            if key.is_empty() {
                return Err("Empty attribute in format string");
            }
            path.push(match decimal(key) {
                Some(i) => Access::Index(i),
                None => Access::Key(key),
            });
            rest = &after[end + 1..];
        } else {
            return Err("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    Ok((arg, path))
}

/// Where the first `.` or `[` of a field name is (its end if none).
fn accessor_start(name: &str) -> usize {
    name.bytes().position(|c| c == b'.' || c == b'[').unwrap_or(name.len())
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
                    let spec = if spec.contains(['{', '}']) { self.render(vm, spec, depth - 1)? } else { spec.into() };
                    out.push_str(&vm.format(value, &spec)?);
                }
            }
        }
        Ok(out)
    }

    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let (arg, path) = parse_field_name(name).map_err(|m| vm.value_error(m))?;
        let index = match arg {
            ArgRef::Auto => {
                if self.numbering == Numbering::Manual {
                    return Err(
                        vm.value_error("cannot switch from manual field specification to automatic field numbering")
                    );
                }
                self.numbering = Numbering::Auto;
                self.next_auto += 1;
                Some(self.next_auto - 1)
            }
            ArgRef::Index(i) => {
                if self.numbering == Numbering::Auto {
                    return Err(
                        vm.value_error("cannot switch from automatic field numbering to manual field specification")
                    );
                }
                self.numbering = Numbering::Manual;
                Some(i)
            }
            ArgRef::Name(_) => None,
        };
        let mut value = match (index, arg) {
            (Some(i), _) => *self.args.get(i).ok_or_else(|| vm.index_error("tuple index out of range"))?,
            (None, ArgRef::Name(n)) => match self.kwargs.iter().find(|(k, _)| vm.as_str(*k) == Some(n)) {
                Some((_, v)) => *v,
                None => {
                    let key = vm.new_str(n);
                    return Err(vm.key_error(key));
                }
            },
            (None, _) => unreachable!("positional fields always have an index"),
        };
        for access in path {
            value = match access {
                Access::Attr(a) => vm.getattr_str(value, a)?,
                Access::Index(i) => vm.getitem(value, Value::Int(i as i64))?,
                Access::Key(k) => {
                    let key = vm.new_str(k);
                    vm.getitem(value, key)?
                }
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

    #[test]
    fn field_names() {
        assert_eq!(parse_field_name("").unwrap(), (ArgRef::Auto, vec![]));
        assert_eq!(parse_field_name("12").unwrap(), (ArgRef::Index(12), vec![]));
        assert_eq!(
            parse_field_name("x.y[3][k].z").unwrap(),
            (ArgRef::Name("x"), vec![Access::Attr("y"), Access::Index(3), Access::Key("k"), Access::Attr("z")])
        );
        assert_eq!(parse_field_name("[0]").unwrap(), (ArgRef::Auto, vec![Access::Index(0)]));
        assert_eq!(parse_field_name("0[-1]").unwrap().1, vec![Access::Key("-1")]);
        assert_eq!(parse_field_name("0."), Err("Empty attribute in format string"));
        assert_eq!(parse_field_name("0[]"), Err("Empty attribute in format string"));
        assert_eq!(parse_field_name("0[1"), Err("Missing ']' in format string"));
        assert_eq!(parse_field_name("0[1]x"), Err("Only '.' or '[' may follow ']' in format field specifier"));
        assert_eq!(parse_field_name("99999999999999999999999"), Err("Too many decimal digits in format string"));
    }
}
