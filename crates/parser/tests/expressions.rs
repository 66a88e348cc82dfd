mod common;
use common::expr;

#[test]
fn precedence() {
    assert_eq!(expr("1 + 2 * 3"), "(1 + (2 * 3))");
    assert_eq!(expr("1 - 2 - 3"), "((1 - 2) - 3)");
    assert_eq!(expr("a | b ^ c & d << e + f * g"), "(a | (b ^ (c & (d << (e + (f * g))))))");
    assert_eq!(expr("a * b + c | d"), "(((a * b) + c) | d)");
    assert_eq!(expr("-2**2"), "(-(2 ** 2))");
    assert_eq!(expr("2**-1"), "(2 ** (-1))");
    assert_eq!(expr("2**3**2"), "(2 ** (3 ** 2))");
    assert_eq!(expr("-x.y[1](2)"), "(-x.y[1](2))");
    assert_eq!(expr("~-+a"), "(~(-(+a)))");
    assert_eq!(expr("a // b % c @ d / e"), "((((a // b) % c) @ d) / e)");
    assert_eq!(expr("not a == b"), "(not (a == b))");
    assert_eq!(expr("a or b and not c"), "(a or (b and (not c)))");
    assert_eq!(expr("a and b and c"), "(a and b and c)");
    assert_eq!(expr("a < b <= c != d"), "(a < b <= c != d)");
    assert_eq!(expr("a not in b is not c in d is e"), "(a not in b is not c in d is e)");
    assert_eq!(expr("a if b else c if d else e"), "(a if b else (c if d else e))");
    assert_eq!(expr("lambda: a if b else c"), "(lambda  defaults[]: (a if b else c))");
    assert_eq!(expr("a + b < c * d"), "((a + b) < (c * d))");
    assert_eq!(expr("await x ** 2"), "((await x) ** 2)");
    assert_eq!(expr("(a := 1 + 2)"), "(a= := (1 + 2))");
}

#[test]
fn literals() {
    assert_eq!(expr("0x_ff"), "255");
    assert_eq!(expr("0o17 + 0b101 + 1_000"), "((15 + 5) + 1000)");
    assert_eq!(expr("1."), "1.0");
    assert_eq!(expr(".5"), "0.5");
    assert_eq!(expr("1e-3"), "0.001");
    assert_eq!(expr("1_000.0"), "1000.0");
    assert_eq!(expr("1E+2"), "100.0");
    assert_eq!(expr("2j"), "2.0j");
    assert_eq!(expr("1.5J"), "1.5j");
    assert_eq!(expr("9223372036854775807"), "9223372036854775807");
    assert_eq!(expr("9223372036854775808"), "big:9223372036854775808");
    // Big prefixed literals keep their base: the runtime reads them as `int(text, 0)` does.
    assert_eq!(expr("0xffffffffffffffffff"), "big:0xffffffffffffffffff");
    assert_eq!(expr("0x_00ff_ffff_ffff_ffff_ffff"), "big:0xffffffffffffffffff");
    assert_eq!(expr("0b1"), "1");
    assert_eq!(expr("0o7777777777777777777777777"), "big:0o7777777777777777777777777");
    assert_eq!(expr("0x7fffffffffffffff"), "9223372036854775807");
    assert_eq!(expr("0x8000000000000000"), "big:0x8000000000000000");
    assert_eq!(expr("000"), "0");
    assert_eq!(expr("None, True, False, ..."), "(None, True, False, ...,)");
}

#[test]
fn strings() {
    assert_eq!(expr(r#"'a' "b" '''c''' """d""""#), "\"abcd\"");
    assert_eq!(
        expr(r#"'\n\t\\\'\"\a\b\f\v\0\101\x41\u00e9\U0001F600'"#),
        "\"\\n\\t\\\\'\\\"\\u{7}\\u{8}\\u{c}\\u{b}\\0AA\u{e9}\u{1f600}\""
    );
    assert_eq!(expr(r"'\N{DEGREE SIGN}\q'"), "\"\u{b0}\\\\q\"");
    assert_eq!(expr(r"r'\n\'' R'\x'"), "\"\\\\n\\\\'\\\\x\"");
    assert_eq!(expr(r"b'a\x00\n\xff' B'c' rb'\n' Br'x'"), "b\"a\\0\\n\u{fffd}c\\\\nx\"");
    assert_eq!(expr("u'x' U'y'"), "\"xy\"");
    assert_eq!(expr("'''a\nb'''"), "\"a\\nb\"");
    assert_eq!(expr("'a\\\nb'"), "\"ab\"");
    assert_eq!(expr("'é' 'ü'"), "\"éü\"");
}

#[test]
fn string_escapes() {
    assert_eq!(expr(r#"'\\ \' \" \a \b \f \n \r \t \v'"#), r#""\\ ' \" \u{7} \u{8} \u{c} \n \r \t \u{b}""#);
    assert_eq!(expr(r"'\0 \7 \101 \1010 \777 \8 \9'"), r#""\0 \u{7} A A0 ǿ \\8 \\9""#);
    assert_eq!(expr(r"b'\777 \101'"), "b\"\u{fffd} A\"");
    assert_eq!(expr(r"'\x41\x4a\xff\u00e9\U0001F600'"), "\"AJÿé😀\"");
    assert_eq!(expr(r"b'\u1234 \N{BULLET}'"), r#"b"\\u1234 \\N{BULLET}""#);
    assert_eq!(expr(r"'\N{bullet}\N{Em Dash}\N{LINE FEED}'"), r#""•—\n""#);
    assert_eq!(expr(r"'\q \é'"), r#""\\q \\é""#);
    assert_eq!(expr("'a\\\r\nb' 'c\\\rd'"), "\"abcd\"");
    for bad in [r"'\x4'", r"'\xZZ'", r"'\u00'", r"'\U00110000'", r"'\N{BULLET'", r"'\NBULLET'"] {
        let e = circuitpython_parser::parse_expression(bad).expect_err(bad);
        assert_eq!(e.message, "invalid escape sequence", "{bad}");
    }
    for bad in [r"'\N{nope}'", r"'\N{}'"] {
        let e = circuitpython_parser::parse_expression(bad).expect_err(bad);
        assert_eq!(e.message, "unknown Unicode character name", "{bad}");
    }
}

#[test]
fn fstrings() {
    assert_eq!(expr("f'a{b}c'"), "f[\"a\", {b}, \"c\"]");
    assert_eq!(expr("f'{x!r:>{w}}'"), "f[{x!r:f[\">\", {w}]}]");
    assert_eq!(expr("f'{x=}'"), "f[\"x=\", {x!r}]");
    assert_eq!(expr("f'{x = }'"), "f[\"x = \", {x!r}]");
    assert_eq!(expr("f'{x=:5}'"), "f[\"x=\", {x:f[\"5\"]}]");
    assert_eq!(expr("f'{x=!s}'"), "f[\"x=\", {x!s}]");
    assert_eq!(expr("f'{{a}}{b!a}'"), "f[\"{a}\", {b!a}]");
    assert_eq!(expr("f'{a[\"k\"]} {d[1:2]}'"), "f[{a[\"k\"]}, \" \", {d[1:2:]}]");
    assert_eq!(expr("f'{a == b} {a != b} {a >= b}'"), "f[{(a == b)}, \" \", {(a != b)}, \" \", {(a >= b)}]");
    assert_eq!(expr("'x' f'{y}' 'z'"), "f[\"x\", {y}, \"z\"]");
    assert_eq!(expr("f'\\n{y}'"), "f[\"\\n\", {y}]");
    assert_eq!(expr("rf'\\n{y}'"), "f[\"\\\\n\", {y}]");
    assert_eq!(expr("f'{f\"{x}\"}'"), "f[{f[{x}]}]");
    assert_eq!(expr("f'{x:{\"a\"}{y}.2f}'"), "f[{x:f[{\"a\"}, {y}, \".2f\"]}]");
    assert_eq!(expr("f'{(lambda: 1)()}'"), "f[{(lambda  defaults[]: 1)()}]");
    assert_eq!(expr("f'{a, b}'"), "f[{(a, b,)}]");
    assert_eq!(expr("f''"), "f[]");
    assert_eq!(expr("f'{d[\"}\"]}'"), "f[{d[\"}\"]}]");
    assert_eq!(expr("f'''{\nx\n}'''"), "f[{x}]");
}

/// Literal text and field expressions are cut from the literal's body next to ASCII characters only: non-ASCII
/// text around and inside fields, escapes (`\N{...}` braces are not fields) and doubled braces.
#[test]
fn fstring_text_around_fields() {
    assert_eq!(expr("f'é{x}ü'"), r#"f["é", {x}, "ü"]"#);
    assert_eq!(expr("f'{x}→{y!r}'"), r#"f[{x}, "→", {y!r}]"#);
    assert_eq!(expr("f'ü{{é}}{x}'"), r#"f["ü{é}", {x}]"#);
    assert_eq!(expr(r"f'\N{BULLET}{x}\N{EM DASH}'"), r#"f["•", {x}, "—"]"#);
    assert_eq!(expr(r"f'\x41{{{x}}}'"), r#"f["A{", {x}, "}"]"#);
    assert_eq!(expr(r#"f'{"é"}'"#), r#"f[{"é"}]"#);
    assert_eq!(expr("f'{x=}é'"), r#"f["x=", {x!r}, "é"]"#);
    assert_eq!(expr("f'{ é = }'"), r#"f[" é = ", {é!r}]"#);
    assert_eq!(expr("f'{x:é{y}ü}'"), r#"f[{x:f["é", {y}, "ü"]}]"#);
    assert_eq!(expr(r"f'\\{x}'"), r#"f["\\", {x}]"#);
    assert_eq!(expr(r"rf'\{x}'"), r#"f["\\", {x}]"#);
    assert_eq!(expr("f'''\n{x}\n{y\n}'''"), r#"f["\n", {x}, "\n", {y}]"#);
    let err = |src: &str| {
        let e = circuitpython_parser::parse_module(src).expect_err(src);
        (e.message, e.line)
    };
    let single = "f-string: single '}' is not allowed";
    assert_eq!(err("f'a\\{{b}}'\n"), (single.into(), 1));
    assert_eq!(err("x = f'\\xZZ{{ }'\n"), (single.into(), 1));
    assert_eq!(err("x = 1\ny = f'''\n{a b}'''\n"), ("f-string: invalid syntax".into(), 3));
    assert_eq!(err("f'\\N{nope}{x}'\n"), ("unknown Unicode character name".into(), 1));
    assert_eq!(err("f'{x!é}'\n"), ("f-string: invalid conversion character".into(), 1));
    assert_eq!(err("f'{x:{y}é'\n"), ("f-string: expecting '}'".into(), 1));
    assert_eq!(err("f'{é'\n"), ("f-string: expecting '}'".into(), 1));
}

#[test]
fn fstring_errors() {
    for bad in ["f'{}'", "f'}'", "f'{x'", "f'{x!z}'", "f'{x:{y}'", "f'{#}'", "f'{a b}'", "b'' f''", "f'{ }'"] {
        assert!(circuitpython_parser::parse_expression(bad).is_err(), "{bad}");
    }
}

#[test]
fn primaries() {
    assert_eq!(expr("a.b.c"), "a.b.c");
    assert_eq!(expr("a[1:2, ::3]"), "a[(1:2:, ::3,)]");
    assert_eq!(expr("a[:]"), "a[::]");
    assert_eq!(expr("a[1:]"), "a[1::]");
    assert_eq!(expr("a[::-1]"), "a[::(-1)]");
    assert_eq!(expr("a[1,]"), "a[(1,)]");
    assert_eq!(expr("a[b, c]"), "a[(b, c,)]");
    assert_eq!(expr("a[*b]"), "a[*b]");
    assert_eq!(expr("f(a, *b, c=1, **d)"), "f(a, *b, c=1, **d)");
    assert_eq!(expr("f(x for x in y)"), "f((x for x= in y))");
    assert_eq!(expr("f(x for x in y,)"), "f((x for x= in y))");
    assert_eq!(expr("f(*a, *b, c=1, *d, **e, f=2)"), "f(*a, *b, *d, c=1, **e, f=2)");
    assert_eq!(expr("f()()"), "f()()");
    assert_eq!(expr("f(a,)"), "f(a)");
    assert_eq!(expr("f(a:=1)"), "f((a= := 1))");
}

#[test]
fn displays() {
    assert_eq!(expr("()"), "(,)");
    assert_eq!(expr("(x,)"), "(x,)");
    assert_eq!(expr("(x)"), "x");
    assert_eq!(expr("(1, 2, *a)"), "(1, 2, *a,)");
    assert_eq!(expr("[]"), "[]");
    assert_eq!(expr("[1, *a, 2,]"), "[1, *a, 2]");
    assert_eq!(expr("{}"), "{}");
    assert_eq!(expr("{1: 2, **d, 3: 4,}"), "{1: 2, **d, 3: 4}");
    assert_eq!(expr("{**d}"), "{**d}");
    assert_eq!(expr("{1, 2, *s}"), "{1, 2, *s}");
    assert_eq!(expr("[x for x in y if x if z for w in x]"), "[x for x= in y if x if z for w= in x]");
    assert_eq!(expr("{k: v for k, v in d}"), "{k: v for (k=, v=,)= in d}");
    assert_eq!(expr("{x async for x in y}"), "{x async for x= in y}");
    assert_eq!(expr("(x for x in range(3))"), "(x for x= in range(3))");
    assert!(circuitpython_parser::parse_expression("[x for x in a if b else c]").is_err());
}

#[test]
fn lambdas_and_yield() {
    assert_eq!(expr("lambda x, y=1, *a, z, w=2, **k: x"), "(lambda x, y, *a, z, w=2, **k defaults[1]: x)");
    assert_eq!(expr("lambda *, a: a"), "(lambda *, a defaults[]: a)");
    assert_eq!(expr("lambda a, /, b: a"), "(lambda a, /, b defaults[]: a)");
    assert_eq!(expr("(yield)"), "(yield)");
    assert_eq!(expr("(yield a, b)"), "(yield (a, b,))");
    assert_eq!(expr("(yield from g)"), "(yield from g)");
    assert_eq!(expr("lambda: (yield)"), "(lambda  defaults[]: (yield))");
}

#[test]
fn eval_input() {
    assert_eq!(expr("  1 + 2  \n\n"), "(1 + 2)");
    assert_eq!(expr("\n\n  x\n"), "x");
    assert_eq!(expr("1, 2"), "(1, 2,)");
    assert!(circuitpython_parser::parse_expression("x = 1").is_err());
    assert!(circuitpython_parser::parse_expression("1\n2").is_err());
    assert!(circuitpython_parser::parse_expression("").is_err());
}

#[test]
fn unicode_identifiers() {
    assert_eq!(expr("café + π"), "(café + π)");
}
