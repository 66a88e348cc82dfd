mod common;
use circuitpython_parser::{is_incomplete, parse_module, ParseErrorKind};
use common::err;

fn e(msg: &str, line: u32) -> (String, u32) {
    (msg.to_string(), line)
}

#[test]
fn syntax_errors() {
    assert_eq!(err("x = 1\ny = = 2"), e("invalid syntax", 2));
    assert_eq!(err("1 = x"), e("can't assign to literal", 1));
    assert_eq!(err("'a' = x"), e("can't assign to literal", 1));
    assert_eq!(err("f() = 1"), e("can't assign to expression", 1));
    assert_eq!(err("a + b = 1"), e("can't assign to expression", 1));
    assert_eq!(err("x = 1\n(a, f()) = 1, 2"), e("can't assign to expression", 2));
    assert_eq!(err("a + b += 1"), e("illegal expression for augmented assignment", 1));
    assert_eq!(err("a, b += 1"), e("illegal expression for augmented assignment", 1));
    assert_eq!(err("del f()"), e("can't delete expression", 1));
    assert_eq!(err("for 1 in x: pass"), e("can't assign to literal", 1));
    assert_eq!(err("[x for 1 in y]"), e("can't assign to literal", 1));
    assert_eq!(err("with a as f(): pass"), e("can't assign to expression", 1));
    assert_eq!(err("if = 1"), e("invalid syntax", 1));
    assert_eq!(err("x = 'abc"), e("invalid syntax", 1));
    assert_eq!(err("x = 1\ny = \"abc\n"), e("invalid syntax", 2));
    assert_eq!(err("x = $"), e("invalid syntax", 1));
    // Every non-ASCII character is an identifier character, as in py/lexer.c: `€` is a name after a name.
    assert_eq!(err("x = a €"), e("invalid syntax", 1));
    assert_eq!(err("x = 0777"), e("invalid syntax", 1));
    assert_eq!(err("x = 1__0"), e("invalid syntax", 1));
    assert_eq!(err("x = 0b2"), e("invalid syntax", 1));
    assert_eq!(err("x = b'a' 'b'"), e("cannot mix bytes and nonbytes literals", 1));
    assert_eq!(err("x = b'é'"), e("bytes can only contain ASCII literal characters", 1));
    assert_eq!(err("f(a=1, b)"), e("positional argument follows keyword argument", 1));
    assert_eq!(err("f(x for x in y, 1)"), e("Generator expression must be parenthesized", 1));
    assert_eq!(err("def f(a=1, b): pass"), e("non-default argument follows default argument", 1));
    assert_eq!(err("try:\n  pass\n"), e("invalid syntax", 3));
    assert_eq!(err("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass"), e("default 'except' must be last", 5));
    assert_eq!(err("x = (1, 2]"), e("invalid syntax", 1));
    assert_eq!(err("x = )"), e("invalid syntax", 1));
    assert_eq!(err("*a"), e("can't use starred expression here", 1));
    assert_eq!(err("x = (*a)"), e("can't use starred expression here", 1));
    assert_eq!(err("a := 1"), e("invalid syntax", 1));
    assert_eq!(err("(a.b := 1)"), e("can't assign to expression", 1));
    assert_eq!(err("x = '\\xZZ'"), e("invalid escape sequence", 1));
    assert_eq!(err("x = '\\N{NO SUCH NAME}'"), e("unknown Unicode character name", 1));
    assert_eq!(err("x = 1 +\n"), e("invalid syntax", 1));
    assert_eq!(err("def f(*): pass"), e("invalid syntax", 1));
    assert_eq!(err("lambda x: (yield)\nx = 1 2"), e("invalid syntax", 2));
    assert_eq!(err("print 'a'"), e("invalid syntax", 1));
    assert_eq!(err("x = \\ y"), e("invalid syntax", 1));
    assert_eq!(err("from import x"), e("invalid syntax", 1));
    assert_eq!(err("import a.b as c.d"), e("invalid syntax", 1));
    assert_eq!(err("x = f'{'\n"), e("f-string: expecting '}'", 1));
    assert_eq!(err("\n\nx = f'{a b}'\n"), e("f-string: invalid syntax", 3));
}

/// An error inside an operand that the parser boxes or collects out of line (`boxed`) still comes out with
/// its own message and line.
#[test]
fn errors_inside_boxed_operands() {
    for src in [
        "raise E from (f() := 1)",
        "raise (f() := 1)",
        "assert a, (f() := 1)",
        "a += (f() := 1)",
        "a: (f() := 1) = 2",
        "for a in (f() := 1): pass",
        "y = a if (f() := 1) else b",
        "y = a if b else (f() := 1)",
        "y = lambda: (f() := 1)",
        "y = await (f() := 1)",
        "y = 2 ** (f() := 1)",
        "y = a[(f() := 1)]",
        "y = a[1:(f() := 1)]",
        "f(*(f() := 1))",
        "def g(): yield from (f() := 1)",
        "def g(): yield (f() := 1)",
        "y = *(f() := 1),",
    ] {
        assert_eq!(err(&format!("x = 1\n{src}")), e("can't assign to expression", 2), "{src}");
    }
}

#[test]
fn indentation_errors() {
    let kind = |s: &str| parse_module(s).unwrap_err().kind;
    assert_eq!(err("  x = 1"), e("unexpected indent", 1));
    assert_eq!(kind("  x = 1"), ParseErrorKind::IndentationError);
    assert_eq!(err("x = 1\n    y = 2"), e("unexpected indent", 2));
    assert_eq!(err("if x:\n    y\n  z"), e("unindent doesn't match any outer indent level", 3));
    assert_eq!(kind("if x:\n    y\n  z"), ParseErrorKind::IndentationError);
    assert_eq!(err("if x:\ny"), e("expected an indented block", 2));
    assert_eq!(kind("if x:\ny"), ParseErrorKind::IndentationError);
    assert_eq!(err("def f():\n\n# c\nreturn"), e("expected an indented block", 4));
    assert_eq!(err("if x:\n"), e("expected an indented block", 2));
    assert_eq!(kind("x = 1\n  ++y"), ParseErrorKind::IndentationError);
    assert_eq!(kind("x = 1 +"), ParseErrorKind::SyntaxError);
}

#[test]
fn incomplete_input() {
    for src in [
        "x = (1,",
        "x = [1,\n 2",
        "f(a,\n",
        "d = {",
        "s = '''abc",
        "s = '''abc\n",
        "x = 1 + \\",
        "x = 1 + \\\n",
        "if x:",
        "if x:\n",
        "def f():\n",
        "for i in range(3):\n    print(i)\n",
        "for i in range(3):\n    print(i)",
        "class A:\n  def f(self):\n    pass\n",
        "@dec\n",
        "@dec",
        "if x:\n  pass\nelse:\n",
        "try:\n  a\n",
        "if x: y",
        "while x:\n  if y:\n    z\n",
    ] {
        assert!(is_incomplete(src), "{src:?} should be incomplete");
    }
    for src in [
        "",
        "x = 1",
        "x = 1\n",
        "x = (1, 2)",
        "x = 1 +",
        "x = )",
        "s = 'abc",
        "for i in range(3):\n    print(i)\n\n",
        "for i in range(3):\n    print(i)\n   \n",
        "if x:\n  y\nz = 1\n",
        "import os",
        "  x",
        "s = '''a'''",
        "if x:\ny",
    ] {
        assert!(!is_incomplete(src), "{src:?} should not be incomplete");
    }
}
