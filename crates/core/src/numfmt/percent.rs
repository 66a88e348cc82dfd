//! Building blocks of `str % args` (printf-style formatting).
//!
//! The VM drives the loop: it copies literal text, and at each `%` calls [`parse_percent_spec`] with the
//! byte position just after the `%`. It then fetches the arguments: the `*` width and precision first (see
//! [`PercentSpec::set_width_arg`] / [`PercentSpec::set_precision_arg`]), then the value (by `key` from a
//! mapping, or the next positional one), converts it, and renders it with [`percent_format_int`] (`d i u o
//! x X`), [`percent_format_float`] (`e E f F g G`), or [`percent_pad_str`] (`s r a`, and `c` after
//! [`int_to_char`] or a one-character string). `conv == '%'` writes a literal `%` and takes no argument.
//! The renderers turn the spec into the [`FormatSpec`] that `format()` would lay the value out with, and share
//! its digits, padding and layout.

use super::format::{format_float, int_layout, text_layout};
use super::{FormatError, FormatSpec};
use circuitpython_bigint::BigInt;

/// One parsed `%[(key)][flags][width][.precision][length]type` conversion.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// Where the mapping key of `%(key)s` is in the template (a byte range).
    pub key: Option<(usize, usize)>,
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always write a sign.
    pub plus: bool,
    /// ` `: a space before positive numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding for numbers (ignored with `-`).
    pub zero: bool,
    /// The minimum width (0 when absent).
    pub width: usize,
    /// `*`: the width comes from the argument list (call [`PercentSpec::set_width_arg`]).
    pub width_from_arg: bool,
    /// The precision, if any.
    pub precision: Option<usize>,
    /// `.*`: the precision comes from the argument list (call [`PercentSpec::set_precision_arg`]).
    pub precision_from_arg: bool,
    /// The conversion character (`d i u o x X e E f F g G c s r a %`).
    pub conv: char,
}

impl PercentSpec {
    /// Set the width from a `*` argument; a negative width means left-justify.
    pub fn set_width_arg(&mut self, w: i64) {
        if w < 0 {
            self.left = true;
        }
        self.width = w.unsigned_abs() as usize;
        self.width_from_arg = false;
    }

    /// Set the precision from a `.*` argument; a negative one counts as 0.
    pub fn set_precision_arg(&mut self, p: i64) {
        self.precision = Some(p.max(0) as usize);
        self.precision_from_arg = false;
    }

    /// The format spec that lays this conversion out as `format()` would: `-` left-justifies, `0` zero-pads
    /// numbers after the sign, `+` beats ` `, and `ty` is the presentation type.
    fn format_spec(&self, ty: char, numeric: bool) -> FormatSpec {
        let (fill, align) = match (self.left, self.zero && numeric) {
            (true, _) => (' ', '<'),
            (false, true) => ('0', '='),
            (false, false) => (' ', '>'),
        };
        let sign = if self.plus {
            Some('+')
        } else if self.space {
            Some(' ')
        } else {
            None
        };
        FormatSpec {
            fill: Some(fill),
            align: Some(align),
            sign,
            alternate: self.alt,
            width: Some(self.width),
            precision: self.precision,
            ty: Some(ty),
            ..FormatSpec::default()
        }
    }
}

fn read_count(bytes: &[u8], pos: &mut usize) -> Result<usize, FormatError> {
    let (value, len) = super::leading_number(&bytes[*pos..], i32::MAX as usize);
    *pos += len;
    value.ok_or_else(|| FormatError::value("width too big"))
}

/// Parse one conversion of a `%` template, starting at byte `pos` just after the `%`.
///
/// Returns the spec and the byte position after its conversion character, which is not checked here (see
/// `unsupported_conversion`). Errors (`ValueError`): `incomplete format`, `incomplete format key`.
pub fn parse_percent_spec(template: &str, pos: usize) -> Result<(PercentSpec, usize), FormatError> {
    let bytes = template.as_bytes();
    let mut p = pos;
    let mut spec = PercentSpec::default();
    let incomplete = || FormatError::value("incomplete format");
    if p < bytes.len() && bytes[p] == b'(' {
        let start = p + 1;
        let mut depth = 1;
        p += 1;
        while p < bytes.len() {
            match bytes[p] {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            p += 1;
        }
        if p >= bytes.len() {
            return Err(FormatError::value("incomplete format key"));
        }
        spec.key = Some((start, p));
        p += 1;
    }
    while p < bytes.len() {
        match bytes[p] {
            b'-' => spec.left = true,
            b'+' => spec.plus = true,
            b' ' => spec.space = true,
            b'#' => spec.alt = true,
            b'0' => spec.zero = true,
            _ => break,
        }
        p += 1;
    }
    if p < bytes.len() && bytes[p] == b'*' {
        spec.width_from_arg = true;
        p += 1;
    } else {
        spec.width = read_count(bytes, &mut p)?;
    }
    if p < bytes.len() && bytes[p] == b'.' {
        p += 1;
        if p < bytes.len() && bytes[p] == b'*' {
            spec.precision_from_arg = true;
            p += 1;
        } else {
            spec.precision = Some(read_count(bytes, &mut p)?);
        }
    }
    while p < bytes.len() && matches!(bytes[p], b'h' | b'l' | b'L') {
        p += 1;
    }
    let Some(c) = template.get(p..).and_then(|s| s.chars().next()) else {
        return Err(incomplete());
    };
    spec.conv = c;
    Ok((spec, p + c.len_utf8()))
}

/// The error for a conversion character that isn't one (checked only once its argument has been taken, as Python
/// does: `'%y' % ()` is "not enough arguments"); `'%'` is one only as `%%`. `head` is the template up to and
/// including the character; the index is counted in characters, as in Python.
pub fn unsupported_conversion(head: &str) -> FormatError {
    let c = head.chars().next_back().unwrap_or('%');
    let index = head.chars().count() - 1;
    FormatError::value(format!("unsupported format character '{c}' (0x{:x}) at index {index}", c as u32))
}

/// Render an int for `%d %i %u %o %x %X`: precision is a minimum digit count, `#` adds `0o`/`0x`/`0X`.
pub fn percent_format_int(v: &BigInt, spec: &PercentSpec) -> String {
    let ty = if matches!(spec.conv, 'o' | 'x' | 'X') { spec.conv } else { 'd' };
    int_layout(v, ty, &spec.format_spec(ty, true), spec.precision.unwrap_or(0))
}

/// Render a float for `%e %E %f %F %g %G` (precision 6 by default; `inf`/`nan` upper-cased for `E F G`): as
/// `format()` with that type.
pub fn percent_format_float(x: f64, spec: &PercentSpec) -> Result<String, FormatError> {
    let mut fs = spec.format_spec(spec.conv, true);
    fs.precision = Some(spec.precision.unwrap_or(6));
    format_float(x, &fs)
}

/// Pad an already converted string for `%s %r %a %c`: precision truncates (in characters), width pads with
/// spaces, on the right with `-`.
pub fn percent_pad_str(s: &str, spec: &PercentSpec) -> String {
    text_layout(s, &spec.format_spec('s', false))
}

/// The character with code `v`, for `%c` and `format(v, 'c')`: `OverflowError` `%c arg not in
/// range(0x110000)` outside the range; a lone surrogate (which a Rust `char` cannot hold) gives U+FFFD.
pub fn int_to_char(v: &BigInt) -> Result<char, FormatError> {
    match v.to_u32() {
        Some(code) if code < 0x110000 => Ok(char::from_u32(code).unwrap_or('\u{fffd}')),
        _ => Err(FormatError::overflow("%c arg not in range(0x110000)")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::cases::{PERCENT_FLOAT_CASES, PERCENT_INT_CASES};
    use super::super::float_repr;
    use super::*;

    /// A one-argument `%` formatter over the building blocks, as the VM would drive it.
    fn run(template: &str, value: Value) -> Result<String, FormatError> {
        let mut out = String::new();
        let mut i = 0;
        let mut used = false;
        while let Some(off) = template[i..].find('%') {
            out.push_str(&template[i..i + off]);
            let (spec, next) = parse_percent_spec(template, i + off + 1)?;
            i = next;
            if spec.conv == '%' && next == i + off + 2 {
                out.push('%');
                continue;
            }
            assert!(!used);
            used = true;
            let piece = match (&value, spec.conv) {
                (Value::Int(n), 'c') => percent_pad_str(&int_to_char(n)?.to_string(), &spec),
                (Value::Int(n), 's' | 'r') => percent_pad_str(&n.to_string(), &spec),
                (Value::Int(n), 'e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
                    percent_format_float(super::super::format::bigint_to_f64(n)?, &spec)?
                }
                (Value::Int(n), _) => percent_format_int(n, &spec),
                (Value::Float(x), 's' | 'r') => percent_pad_str(&float_repr(*x), &spec),
                (Value::Float(x), _) => percent_format_float(*x, &spec)?,
            };
            out.push_str(&piece);
        }
        out.push_str(&template[i..]);
        Ok(out)
    }

    enum Value {
        Int(BigInt),
        Float(f64),
    }

    #[test]
    fn int_table() {
        let mut bad = 0;
        for (t, v, want) in PERCENT_INT_CASES {
            let got = run(t, Value::Int(crate::numfmt::parse_decimal_bigint(v).unwrap()));
            let ok = match (&got, want) {
                (Ok(g), Ok(w)) => g == w,
                (Err(e), Err(w)) => e.kind.name() == *w,
                _ => false,
            };
            if !ok {
                eprintln!("{t:?} % {v}: got {got:?}, want {want:?}");
                bad += 1;
            }
        }
        assert_eq!(bad, 0);
    }

    #[test]
    fn float_table() {
        let mut bad = 0;
        for (t, bits, want) in PERCENT_FLOAT_CASES {
            let x = f64::from_bits(*bits);
            let got = run(t, Value::Float(x));
            let ok = match (&got, want) {
                (Ok(g), Ok(w)) => g == w,
                (Err(e), Err(w)) => e.kind.name() == *w,
                _ => false,
            };
            if !ok {
                eprintln!("{t:?} % {x:?}: got {got:?}, want {want:?}");
                bad += 1;
            }
        }
        assert_eq!(bad, 0);
    }

    #[test]
    fn parsing() {
        let (s, next) = parse_percent_spec("%(na(m)e)-+ #012.5lx!", 1).unwrap();
        assert_eq!(s.key.map(|(a, b)| &"%(na(m)e)-+ #012.5lx!"[a..b]), Some("na(m)e"));
        assert!(s.left && s.plus && s.space && s.alt && s.zero);
        assert_eq!((s.width, s.precision, s.conv, next), (12, Some(5), 'x', 20));
        let (mut s, _) = parse_percent_spec("%*.*f", 1).unwrap();
        assert!(s.width_from_arg && s.precision_from_arg);
        s.set_width_arg(-7);
        s.set_precision_arg(2);
        assert_eq!((s.left, s.width, s.precision), (true, 7, Some(2)));
        assert_eq!(percent_format_float(1.5, &s).unwrap(), "1.50   ");
        let err = |t: &str| parse_percent_spec(t, 1).unwrap_err().message;
        assert_eq!(err("%"), "incomplete format");
        assert_eq!(err("%5"), "incomplete format");
        assert_eq!(err("%(a"), "incomplete format key");
        assert_eq!(unsupported_conversion("%y").message, "unsupported format character 'y' (0x79) at index 1");
        let (s, next) = parse_percent_spec("é%é", 3).unwrap();
        assert_eq!(s.conv, 'é');
        assert_eq!(
            unsupported_conversion(&"é%é"[..next]).message,
            "unsupported format character 'é' (0xe9) at index 2"
        );
        assert_eq!(parse_percent_spec("%%", 1).unwrap().0.conv, '%');
    }
}
