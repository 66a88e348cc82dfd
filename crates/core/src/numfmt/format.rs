//! `format(value, spec)` for floats, ints and strings: presentation, sign, grouping, fill and alignment.

use super::digits::float_body;
use super::spec::FormatSpec;
use super::FormatError;
use circuitpython_bigint::BigInt;

/// Insert `sep` every `every` digits from the right; when `min_width` is larger than the result, pad with
/// zeros (the `0` flag with grouping pads inside the groups: `format(1234, '010,') == '00,001,234'`). The
/// digits and separators are ASCII.
fn group_digits(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let d = digits.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(d.len() + d.len() / every + 1);
    let mut i = d.len();
    let mut count = 0;
    loop {
        if i > 0 {
            i -= 1;
            out.push(d[i]);
        } else if out.len() < min_width {
            out.push(b'0');
        } else {
            break;
        }
        count += 1;
        if count == every {
            count = 0;
            if i > 0 || out.len() < min_width {
                out.push(sep as u8);
            }
        }
    }
    if out.last() == Some(&(sep as u8)) {
        out.push(b'0');
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The pieces of a formatted number, laid out by [`layout_number`].
struct NumberParts<'a> {
    sign: &'a str,
    prefix: &'a str,
    /// The integer digits, which grouping applies to.
    digits: &'a str,
    /// Everything after the integer digits (fraction, exponent, `%`), or a whole `inf`/`nan`.
    rest: &'a str,
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `parts` joined and padded with `fill` to `width` characters: after them for `<`, around them for `^`,
/// between the second and third part for `=` (after a sign and prefix), before them otherwise.
fn pad(parts: [&str; 4], width: usize, fill: char, align: char) -> String {
    // Without a width (`'%d' % n`, `f'{x:.2f}'`) nothing is counted.
    let len = if width == 0 { 0 } else { parts.iter().map(|p| p.chars().count()).sum() };
    let pad = width.saturating_sub(len);
    let (before, between) = match align {
        '<' => (0, 0),
        '^' => (pad / 2, 0),
        '=' => (0, pad),
        _ => (pad, 0),
    };
    let bytes: usize = parts.iter().map(|p| p.len()).sum();
    let mut out = String::with_capacity(bytes + pad * fill.len_utf8());
    push_fill(&mut out, fill, before);
    out.push_str(parts[0]);
    out.push_str(parts[1]);
    push_fill(&mut out, fill, between);
    out.push_str(parts[2]);
    out.push_str(parts[3]);
    push_fill(&mut out, fill, pad - before - between);
    out
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    for _ in 0..n {
        out.push(fill);
    }
}

/// Apply grouping, fill, width and alignment (`default_align` when the spec has none).
fn layout_number(p: &NumberParts, spec: &FormatSpec, group_every: usize, default_align: char) -> String {
    let fill = spec.fill_char();
    let align = spec.align_char(default_align);
    let width = spec.width.unwrap_or(0);
    let grouped = match spec.grouping {
        Some(sep) if !p.digits.is_empty() => {
            let fixed_len = p.sign.len() + p.prefix.len() + p.rest.chars().count();
            let min = if fill == '0' && align == '=' { width.saturating_sub(fixed_len) } else { 0 };
            Some(group_digits(p.digits, sep, group_every, min))
        }
        _ => None,
    };
    let digits = grouped.as_deref().unwrap_or(p.digits);
    pad([p.sign, p.prefix, digits, p.rest], width, fill, align)
}

/// `format(x, spec)` for a float.
///
/// Types `e E f F g G n %` and none: correctly rounded (ties to even on the exact binary value), `#`
/// alternate form, sign, `z`, grouping on the integer part, fill/align/width, `=` and zero padding. `inf`
/// and `nan` are upper-cased for `E F G`; a NaN is never signed negative (as in CPython).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, "float")),
    }
    spec.check_grouping(ty.unwrap_or('\0'))?;
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    // Scaled before the finiteness test: a huge float times 100 is `inf%`, as in CPython.
    let x = if ty == Some('%') { x * 100.0 } else { x };
    let mut negative = x.is_sign_negative() && !x.is_nan();
    let body = if x.is_finite() {
        let mut b = float_body(x.abs(), ty, spec.precision, spec.alternate);
        if upper {
            b.make_ascii_uppercase();
        }
        if negative && spec.no_neg_zero && !b.bytes().any(|c| (b'1'..=b'9').contains(&c)) {
            negative = false;
        }
        b
    } else {
        let b = if x.is_nan() { "nan" } else { "inf" };
        if upper {
            b.to_ascii_uppercase()
        } else {
            b.to_string()
        }
    };
    let mut body = body;
    if ty == Some('%') {
        body.push('%');
    }
    let split = if x.is_finite() { body.bytes().take_while(u8::is_ascii_digit).count() } else { 0 };
    let parts =
        NumberParts { sign: sign_str(negative, spec.sign), prefix: "", digits: &body[..split], rest: &body[split..] };
    Ok(layout_number(&parts, spec, 3, '>'))
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!("unknown format code '{ty}' for object of type '{type_name}'"))
}

/// Convert an int to a float for the float presentation types, as Python's `float(int)` does.
pub(crate) fn bigint_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let f = v.to_f64();
    if f.is_finite() {
        Ok(f)
    } else {
        Err(FormatError::overflow("int too large to convert to float"))
    }
}

/// The digits of `|v|` in `radix` (2 to 36), lower-case: `bin()`/`hex()`, `format()` and `%`. Machine-sized
/// decimals (nearly all) skip the big-number digit conversion.
pub fn magnitude_digits(v: &BigInt, radix: u32) -> String {
    match v.magnitude_u64() {
        Some(small) if radix == 10 => small.to_string(),
        _ => v.magnitude_str_radix(radix),
    }
}

/// `format(v, spec)` for an int.
///
/// Types `b c d o x X n` and none; `e E f F g G %` format the value as a float (`OverflowError` if it is
/// too large). `#` adds `0b`/`0o`/`0x`/`0X`; `_` groups binary, octal and hex digits by 4. `c` gives the
/// character with that code (`OverflowError` outside `range(0x110000)`; a lone surrogate gives U+FFFD, as
/// a Rust `String` cannot hold one).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float(bigint_to_f64(v)?, spec);
    }
    if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
        return Err(unknown_code(ty, "int"));
    }
    spec.check_grouping(ty)?;
    if spec.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(FormatError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let c = super::int_to_char(v)?;
        let s = c.to_string();
        let parts = NumberParts { sign: "", prefix: "", digits: "", rest: &s };
        return Ok(layout_number(&parts, spec, 3, '>'));
    }
    Ok(int_layout(v, ty, spec, 0))
}

/// An int's digits in the radix of `ty` (`b d o x X n`), zero-extended to `min_digits` (`%`'s precision), laid
/// out by `spec`: the one renderer of `format()` and `%`.
pub(crate) fn int_layout(v: &BigInt, ty: char, spec: &FormatSpec, min_digits: usize) -> String {
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(v, radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    if digits.len() < min_digits {
        digits.insert_str(0, &"0".repeat(min_digits - digits.len()));
    }
    let parts = NumberParts {
        sign: sign_str(v.is_negative(), spec.sign),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    layout_number(&parts, spec, if radix == 10 { 3 } else { 4 }, '>')
}

/// `format(s, spec)` for a str: fill, alignment (default left), width and precision (truncation), counted
/// in characters. Signs, `z`, `#`, `=` alignment and grouping are errors, as are types other than `s`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    spec.check_grouping(ty)?;
    if spec.sign.is_some() {
        return Err(FormatError::value("sign not allowed in string format specifier"));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    Ok(text_layout(s, spec))
}

/// Text cut to `spec`'s precision (in characters) and padded: the one renderer of `format()` for strs and of
/// `%s %r %a %c`.
pub(crate) fn text_layout(s: &str, spec: &FormatSpec) -> String {
    let text = match spec.precision.and_then(|p| s.char_indices().nth(p)) {
        Some((i, _)) => &s[..i],
        None => s,
    };
    let parts = NumberParts { sign: "", prefix: "", digits: "", rest: text };
    layout_number(&parts, spec, 3, '<')
}

#[cfg(test)]
mod tests {
    use super::super::cases::{FLOAT_CASES, INT_CASES, STR_CASES};
    use super::super::{parse_format_spec, ErrorKind};
    use super::*;

    fn check(got: Result<String, FormatError>, want: &Result<&str, &str>, what: &str) -> bool {
        match (got, want) {
            (Ok(g), Ok(w)) if g == *w => true,
            (Err(e), Err(w)) if e.kind.name() == *w => true,
            (g, w) => {
                eprintln!("{what}: got {g:?}, want {w:?}");
                false
            }
        }
    }

    #[test]
    fn float_table() {
        let mut bad = 0;
        for (bits, spec, want) in FLOAT_CASES {
            let x = f64::from_bits(*bits);
            let got = parse_format_spec(spec).and_then(|s| format_float(x, &s));
            bad += !check(got, want, &format!("format({x:?}, {spec:?})")) as usize;
        }
        assert_eq!(bad, 0, "{bad} of {} float cases failed", FLOAT_CASES.len());
    }

    #[test]
    fn int_table() {
        let mut bad = 0;
        for (v, spec, want) in INT_CASES {
            let n = crate::numfmt::parse_decimal_bigint(v).unwrap();
            let got = parse_format_spec(spec).and_then(|s| format_int(&n, &s));
            bad += !check(got, want, &format!("format({v}, {spec:?})")) as usize;
        }
        assert_eq!(bad, 0, "{bad} of {} int cases failed", INT_CASES.len());
    }

    #[test]
    fn str_table() {
        let mut bad = 0;
        for (v, spec, want) in STR_CASES {
            let got = parse_format_spec(spec).and_then(|s| format_str(v, &s));
            bad += !check(got, want, &format!("format({v:?}, {spec:?})")) as usize;
        }
        assert_eq!(bad, 0, "{bad} of {} str cases failed", STR_CASES.len());
    }

    #[test]
    fn messages() {
        let f = |x: f64, s: &str| format_float(x, &parse_format_spec(s).unwrap()).unwrap_err();
        let i = |v: i64, s: &str| format_int(&BigInt::from(v), &parse_format_spec(s).unwrap()).unwrap_err();
        let t = |v: &str, s: &str| format_str(v, &parse_format_spec(s).unwrap()).unwrap_err();
        assert_eq!(f(1.0, "d").message, "unknown format code 'd' for object of type 'float'");
        assert_eq!(f(1.0, ",n").message, "Cannot specify ',' with 'n'.");
        assert_eq!(i(1, "s").message, "unknown format code 's' for object of type 'int'");
        assert_eq!(i(1, ".2d").message, "Precision not allowed in integer format specifier");
        assert_eq!(i(1, "+c").message, "Sign not allowed with integer format specifier 'c'");
        assert_eq!(i(1, ",x").message, "Cannot specify ',' with 'x'.");
        let e = i(-1, "c");
        assert_eq!((e.kind, e.message.as_str()), (ErrorKind::OverflowError, "%c arg not in range(0x110000)"));
        assert_eq!(t("a", "+").message, "sign not allowed in string format specifier");
        assert_eq!(t("a", "=5").message, "'=' alignment not allowed in string format specifier");
        assert_eq!(t("a", ",").message, "Cannot specify ',' with 's'.");
        assert_eq!(t("a", "d").message, "unknown format code 'd' for object of type 'str'");
    }

    #[test]
    fn grouping_helper() {
        assert_eq!(group_digits("1234567", ',', 3, 0), "1,234,567");
        assert_eq!(group_digits("1234", ',', 3, 8), "0,001,234");
        assert_eq!(group_digits("ff", '_', 4, 0), "ff");
    }
}
