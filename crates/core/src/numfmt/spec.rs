//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::FormatError;

/// A parsed format spec, as written: nothing is defaulted by type here (the `format_*` functions do that).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when given before an alignment.
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: coerce negative zero (after rounding) to positive zero.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag before the width: zero fill, and `=` alignment for numbers unless an alignment is given.
    pub zero: bool,
    /// The minimum width, in characters.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// The precision.
    pub precision: Option<usize>,
    /// The presentation type character.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Remove `c` from the front of `rest` if it is there.
fn eat(rest: &mut &str, c: char) -> bool {
    match rest.strip_prefix(c) {
        Some(r) => {
            *rest = r;
            true
        }
        None => false,
    }
}

/// Read a run of decimal digits from the front of `rest`; `Ok(None)` if there are none.
fn read_number(rest: &mut &str) -> Result<Option<usize>, FormatError> {
    let (value, len) = super::leading_number(rest.as_bytes(), isize::MAX as usize);
    *rest = &rest[len..];
    match value {
        _ if len == 0 => Ok(None),
        None => Err(FormatError::value("Too many decimal digits in format string")),
        v => Ok(v),
    }
}

/// Parse a format spec (the part after `:` in a replacement field).
///
/// Errors (`ValueError`): `invalid format specifier` for trailing junk, `Format specifier missing precision`,
/// `Cannot specify both ',' and '_'.`, `Too many decimal digits in format string`.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let mut out = FormatSpec::default();
    let mut rest = spec;
    let mut chars = spec.chars();
    match (chars.next(), chars.next()) {
        (Some(fill), Some(align)) if is_align(align) => {
            out.fill = Some(fill);
            out.align = Some(align);
            rest = chars.as_str();
        }
        (Some(align), _) if is_align(align) => {
            out.align = Some(align);
            rest = &spec[1..];
        }
        _ => {}
    }
    if let Some(sign @ ('+' | '-' | ' ')) = rest.chars().next() {
        out.sign = Some(sign);
        rest = &rest[1..];
    }
    out.no_neg_zero = eat(&mut rest, 'z');
    out.alternate = eat(&mut rest, '#');
    out.zero = eat(&mut rest, '0');
    out.width = read_number(&mut rest)?;
    if eat(&mut rest, ',') {
        out.grouping = Some(',');
    }
    if eat(&mut rest, '_') {
        if out.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
    }
    if out.grouping == Some('_') && rest.starts_with(',') {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if eat(&mut rest, '.') {
        out.precision = read_number(&mut rest)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    let mut chars = rest.chars();
    out.ty = chars.next();
    if chars.next().is_some() {
        return Err(FormatError::value("invalid format specifier"));
    }
    Ok(out)
}

impl FormatSpec {
    /// The fill character in effect: the explicit one, else `0` with the `0` flag, else a space.
    pub fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    /// The alignment in effect, given the type's default (`>` for numbers, `<` for strings).
    pub fn align_char(&self, default: char) -> char {
        self.align.unwrap_or(if self.zero && self.fill.is_none() && default == '>' { '=' } else { default })
    }

    /// Check that the grouping option suits presentation type `ty` (the type after defaulting).
    pub(crate) fn check_grouping(&self, ty: char) -> Result<(), FormatError> {
        let Some(sep) = self.grouping else {
            return Ok(());
        };
        let ok = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(FormatError::value(format!("Cannot specify '{sep}' with '{ty}'.")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_field() {
        let s = parse_format_spec("*^+z#012,.3f").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_zero && s.alternate && s.zero);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        assert_eq!(parse_format_spec("").unwrap(), FormatSpec::default());
        let s = parse_format_spec("é<6").unwrap();
        assert_eq!((s.fill, s.align, s.width), (Some('é'), Some('<'), Some(6)));
        let s = parse_format_spec("<").unwrap();
        assert_eq!((s.fill, s.align), (None, Some('<')));
    }

    #[test]
    fn errors() {
        let msg = |s: &str| parse_format_spec(s).unwrap_err().message;
        assert_eq!(msg("ab"), "invalid format specifier");
        assert_eq!(msg(".f"), "Format specifier missing precision");
        assert_eq!(msg(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(msg("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(msg("99999999999999999999999"), "Too many decimal digits in format string");
        // `1,,` parses with type ','; the type check rejects it later.
        assert_eq!(parse_format_spec("1,,").unwrap().ty, Some(','));
    }
}
