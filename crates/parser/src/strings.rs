//! String literals: escape decoding for str and bytes, adjacent-literal concatenation, and f-strings (literal
//! text, `{expr!conv:spec}` fields with nested fields in the spec, and the `{expr=}` self-documenting form).
//! Expressions inside f-string fields are lexed and parsed by a nested parser that shares the depth limit.

use crate::ast::{Constant, Expr, ExprKind, Line};
use crate::lexer::{lex, StrLit, Tok};
use crate::parser::{PResult, Parser};
use crate::Fail;

/// Build the expression for adjacent literals `lits` (at least one).
pub(crate) fn concat(p: &mut Parser, line: Line, lits: &[(&StrLit, Line)]) -> PResult<Expr> {
    let bytes = lits.first().is_some_and(|(s, _)| s.bytes);
    if lits.iter().any(|(s, _)| s.bytes != bytes) {
        return Err(Fail::syntax("cannot mix bytes and nonbytes literals", line));
    }
    let mut buf = String::new();
    if !lits.iter().any(|(s, _)| s.fmt) {
        for (s, l) in lits {
            decode(&s.body, s.raw, bytes, *l, &mut buf)?;
        }
        let value = if bytes {
            // Each char stands for one byte (see `decode`).
            let mut out = Vec::with_capacity(buf.len());
            for c in buf.chars() {
                out.push(c as u8);
            }
            Constant::Bytes(out)
        } else {
            Constant::Str(buf)
        };
        return Ok(Expr { line, kind: ExprKind::Constant(value) });
    }
    let mut parts = Vec::new();
    for (s, l) in lits {
        if s.fmt {
            let mut fs = FString { p, s: &s.body, raw: s.raw, line: *l };
            fs.parts(0, false, &mut parts, &mut buf)?;
        } else {
            decode(&s.body, s.raw, false, *l, &mut buf)?;
        }
    }
    flush_buf(&mut parts, &mut buf, line);
    Ok(Expr { line, kind: ExprKind::JoinedStr(parts) })
}

fn flush_buf(parts: &mut Vec<Expr>, buf: &mut String, line: Line) {
    if !buf.is_empty() {
        parts.push(Expr { line, kind: ExprKind::Constant(Constant::Str(std::mem::take(buf))) });
    }
}

fn hex_value(chars: &mut std::iter::Peekable<std::str::Chars>, n: usize, line: Line) -> PResult<u32> {
    let mut v: u32 = 0;
    for _ in 0..n {
        match chars.next().and_then(|c| c.to_digit(16)) {
            Some(d) => v = v.wrapping_mul(16).wrapping_add(d),
            None => return Err(Fail::syntax("invalid escape sequence", line)),
        }
    }
    Ok(v)
}

/// A few Unicode character names for `\N{...}` (CircuitPython boards have no name database).
const NAMES: &[(&str, char)] = &[
    ("SPACE", ' '),
    ("NULL", '\0'),
    ("CHARACTER TABULATION", '\t'),
    ("LINE FEED", '\n'),
    ("CARRIAGE RETURN", '\r'),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("MICRO SIGN", '\u{b5}'),
    ("BULLET", '\u{2022}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("EN DASH", '\u{2013}'),
    ("EM DASH", '\u{2014}'),
    ("EURO SIGN", '\u{20ac}'),
    ("POUND SIGN", '\u{a3}'),
    ("COPYRIGHT SIGN", '\u{a9}'),
    ("REGISTERED SIGN", '\u{ae}'),
    ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
    ("GREEK SMALL LETTER BETA", '\u{3b2}'),
    ("GREEK SMALL LETTER PI", '\u{3c0}'),
    ("GREEK SMALL LETTER MU", '\u{3bc}'),
    ("GREEK CAPITAL LETTER OMEGA", '\u{3a9}'),
    ("OHM SIGN", '\u{2126}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("BLACK HEART SUIT", '\u{2665}'),
    ("SNOWMAN", '\u{2603}'),
    ("CHECK MARK", '\u{2713}'),
    ("BLACK STAR", '\u{2605}'),
    ("WHITE SMILING FACE", '\u{263a}'),
];

/// Decode the escapes of a str literal body and append it to `out`. A bytes literal (`bytes`, ASCII only, as
/// the lexer checked) decodes to one char per byte, U+0000 to U+00FF, and has no `\u`, `\U` or `\N` escapes.
pub(crate) fn decode(body: &str, raw: bool, bytes: bool, line: Line, out: &mut String) -> PResult<()> {
    if !body.bytes().any(|c| c == b'\\' || c == b'\r') {
        out.push_str(body);
        return Ok(());
    }
    let bad = || Err(Fail::syntax("invalid escape sequence", line));
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if c != '\\' || raw {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        // Each escape gives the one character appended below (an unknown one keeps its backslash).
        let c = match e {
            '\n' => continue,
            '\r' => {
                chars.next_if_eq(&'\n');
                continue;
            }
            e @ ('\\' | '\'' | '"') => e,
            'a' => '\x07',
            'b' => '\x08',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            e @ '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                if bytes {
                    v &= 0xff;
                }
                char::from_u32(v).unwrap_or('\u{fffd}')
            }
            'x' | 'u' | 'U' if !bytes || e == 'x' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                match char::from_u32(hex_value(&mut chars, n, line)?) {
                    Some(c) => c,
                    None => return bad(),
                }
            }
            'N' if !bytes => {
                if chars.next() != Some('{') {
                    return bad();
                }
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => name.push(c.to_ascii_uppercase()),
                        None => return bad(),
                    }
                }
                match NAMES.iter().find(|(n, _)| *n == name) {
                    Some(&(_, c)) => c,
                    None => return Err(Fail::syntax("unknown Unicode character name", line)),
                }
            }
            other => {
                out.push('\\');
                other
            }
        };
        out.push(c);
    }
    Ok(())
}

/// An f-string literal's body, split into literal text and fields. It is scanned as bytes: every character
/// that matters here is ASCII and no byte of a non-ASCII character is, so the text is only ever cut next to
/// an ASCII character, and the literal text and field expressions are slices of the body.
struct FString<'p, 'a, 't> {
    p: &'p mut Parser<'t>,
    s: &'a str,
    raw: bool,
    line: Line,
}

impl FString<'_, '_, '_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.s.as_bytes().get(i).copied()
    }

    fn err<T>(&self, msg: &'static str) -> PResult<T> {
        Err(Fail::syntax(msg, self.line))
    }

    /// Decode the literal text gathered in `lit` followed by `s[from..to]` onto `buf`.
    fn flush_lit(&self, lit: &mut String, from: usize, to: usize, buf: &mut String) -> PResult<()> {
        lit.push_str(&self.s[from..to]);
        decode(lit, self.raw, false, self.line, buf)?;
        lit.clear();
        Ok(())
    }

    /// Literal text and fields from `i`; in a format spec, stops at the `}` that closes the field (not consumed).
    fn parts(&mut self, mut i: usize, in_spec: bool, parts: &mut Vec<Expr>, buf: &mut String) -> PResult<usize> {
        // The literal text so far is `lit` (text before a doubled brace, which keeps one of its two) and then
        // the body from `from` to `i`.
        let mut lit = String::new();
        let mut from = i;
        while let Some(c) = self.at(i) {
            match c {
                b'{' if self.at(i + 1) == Some(b'{') && !in_spec => {
                    lit.push_str(&self.s[from..i + 1]);
                    i += 2;
                    from = i;
                }
                b'{' => {
                    self.flush_lit(&mut lit, from, i, buf)?;
                    i = self.field(i + 1, parts, buf)?;
                    from = i;
                }
                b'}' if in_spec => {
                    self.flush_lit(&mut lit, from, i, buf)?;
                    return Ok(i);
                }
                b'}' if self.at(i + 1) == Some(b'}') => {
                    lit.push_str(&self.s[from..i + 1]);
                    i += 2;
                    from = i;
                }
                b'}' => return self.err("f-string: single '}' is not allowed"),
                b'\\' if !self.raw => {
                    // An escape stays with the literal text (decoded with it), and the braces of a `\N{...}`
                    // name are not a field.
                    i += 1;
                    if self.at(i) == Some(b'N') && self.at(i + 1) == Some(b'{') {
                        while let Some(c) = self.at(i) {
                            i += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                    } else if self.at(i).is_some() {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        if in_spec {
            return self.err("f-string: expecting '}'");
        }
        self.flush_lit(&mut lit, from, i, buf)?;
        Ok(i)
    }

    /// A replacement field starting just after its `{`; returns the index after its `}`.
    fn field(&mut self, mut i: usize, parts: &mut Vec<Expr>, buf: &mut String) -> PResult<usize> {
        self.p.enter().map_err(|mut f| {
            f.line = self.line;
            f.incomplete = false;
            f
        })?;
        let s = self.s;
        let start = i;
        let mut nest = 0usize;
        let mut quote: Option<u8> = None;
        loop {
            let Some(c) = self.at(i) else {
                return self.err("f-string: expecting '}'");
            };
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => nest += 1,
                b')' | b']' | b'}' if nest > 0 => nest -= 1,
                b'}' | b':' if nest == 0 => break,
                b'!' | b'=' | b'<' | b'>' if self.at(i + 1) == Some(b'=') => {
                    i += 2;
                    continue;
                }
                b'!' | b'=' if nest == 0 => break,
                b'#' => return self.err("f-string expression part cannot include '#'"),
                b'\\' => return self.err("f-string expression part cannot include a backslash"),
                _ => {}
            }
            i += 1;
        }
        let text = &s[start..i];
        if text.trim().is_empty() {
            return self.err("f-string: empty expression not allowed");
        }
        let field_line = self.line + s.as_bytes()[..start].iter().filter(|&&c| c == b'\n').count() as Line;
        let mut selfdoc = None;
        if self.at(i) == Some(b'=') {
            i += 1;
            while self.at(i).is_some_and(|c| c.is_ascii_whitespace()) {
                i += 1;
            }
            selfdoc = Some(&s[start..i]);
        }
        let mut conversion = None;
        if self.at(i) == Some(b'!') {
            match self.at(i + 1) {
                Some(c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                _ => return self.err("f-string: invalid conversion character"),
            }
            i += 2;
        }
        let mut format_spec = None;
        if self.at(i) == Some(b':') {
            let mut spec_parts = Vec::new();
            let mut spec_buf = String::new();
            i = self.parts(i + 1, true, &mut spec_parts, &mut spec_buf)?;
            flush_buf(&mut spec_parts, &mut spec_buf, field_line);
            format_spec = Some(Box::new(Expr { line: field_line, kind: ExprKind::JoinedStr(spec_parts) }));
        }
        if self.at(i) != Some(b'}') {
            return self.err("f-string: expecting '}'");
        }
        i += 1;
        let value = sub_expression(self.p, text, field_line)?;
        if let Some(doc) = selfdoc {
            buf.push_str(doc);
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        flush_buf(parts, buf, self.line);
        parts.push(Expr {
            line: field_line,
            kind: ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec },
        });
        self.p.leave();
        Ok(i)
    }
}

/// Parse the expression text of an f-string field, as if it were in parentheses.
fn sub_expression(p: &Parser, text: &str, line: Line) -> PResult<Expr> {
    let mut wrapped = String::with_capacity(text.len() + 3);
    wrapped.push('(');
    wrapped.push_str(text);
    wrapped.push_str("\n)");
    let fix = |mut f: Box<Fail>| {
        f.incomplete = false;
        if f.message == "invalid syntax" {
            f.message = "f-string: invalid syntax";
        }
        f
    };
    let lexed = lex(&wrapped, line).map_err(fix)?;
    let mut sub = Parser::new(&lexed.tokens, usize::MAX, p.depth);
    let e = sub.paren_for_fstring().map_err(fix)?;
    sub.skip_newlines();
    if !sub.at_end() {
        return Err(fix(Fail::syntax("invalid syntax", line)));
    }
    if matches!(lexed.tokens.first().map(|t| &t.tok), Some(Tok::End)) {
        return Err(Fail::syntax("f-string: empty expression not allowed", line));
    }
    Ok(e)
}
