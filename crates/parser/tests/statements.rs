mod common;
use common::prog;

#[test]
fn simple_statements() {
    assert_eq!(prog("x = 1"), "1: x= = 1\n");
    assert_eq!(prog("a = b = c, d"), "1: a= = b= = (c, d,)\n");
    assert_eq!(prog("a, *b = c"), "1: (a=, *b==,)= = c\n");
    assert_eq!(prog("[a, (b, c)] = x"), "1: [a=, (b=, c=,)=]= = x\n");
    assert_eq!(prog("a.b[c] = d.e"), "1: a.b[c]= = d.e\n");
    assert_eq!(prog("x += 1; y **= 2; z //= 3"), "1: x= += 1\n1: y= **= 2\n1: z= //= 3\n");
    assert_eq!(prog("a[i] >>= 1;"), "1: a[i]= >>= 1\n");
    assert_eq!(prog("x: int"), "1: x=: int simple=true\n");
    assert_eq!(prog("(x): int = 3"), "1: x=: int = 3 simple=false\n");
    assert_eq!(prog("a.b: List[int] = []"), "1: a.b=: List[int] = [] simple=false\n");
    assert_eq!(prog("del a, b[1], c.d"), "1: del a~, b[1]~, c.d~\n");
    assert_eq!(prog("del (a, b)"), "1: del (a~, b~,)~\n");
    assert_eq!(prog("pass\nbreak\ncontinue"), "1: pass\n2: break\n3: continue\n");
    assert_eq!(prog("return\nreturn 1, *a"), "1: return \n2: return (1, *a,)\n");
    assert_eq!(prog("raise\nraise E\nraise E from c"), "1: raise \n2: raise E\n3: raise E from c\n");
    assert_eq!(prog("assert x\nassert x, 'm'"), "1: assert x\n2: assert x, \"m\"\n");
    assert_eq!(prog("global a, b\nnonlocal c"), "1: global a, b\n2: nonlocal c\n");
    assert_eq!(
        prog("x = yield\ny = yield from z\nyield a, b"),
        "1: x= = (yield)\n2: y= = (yield from z)\n3: (yield (a, b,))\n"
    );
    assert_eq!(prog("f(x)\n"), "1: f(x)\n");
    assert_eq!(prog("x = 1 if y else 2"), "1: x= = (1 if y else 2)\n");
    assert_eq!(prog("x = *a, b"), "1: x= = (*a, b,)\n");
}

#[test]
fn imports() {
    assert_eq!(prog("import a.b.c as d, e"), "1: import a.b.c as d, e\n");
    assert_eq!(prog("from . import x"), "1: from . import x\n");
    assert_eq!(prog("from ...pkg.mod import (a as b, c,)"), "1: from ...pkg.mod import a as b, c\n");
    assert_eq!(prog("from .... import x"), "1: from .... import x\n");
    assert_eq!(prog("from m import *"), "1: from m import *\n");
    let m = common::module("from ..a import b");
    match &m.body[0].kind {
        circuitpython_parser::ast::StmtKind::ImportFrom { module, level, .. } => {
            assert_eq!(module.as_deref(), Some("a"));
            assert_eq!(*level, 2);
        }
        k => panic!("{k:?}"),
    }
}

#[test]
fn compound_statements() {
    assert_eq!(
        prog("if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n"),
        "1: if a\n  2: x\nelse\n  3: if b\n    4: y\n  else\n    5: if c\n      6: z\n    else\n      8: w\n"
    );
    assert_eq!(prog("if x: y; z"), "1: if x\n  1: y\n  1: z\n");
    assert_eq!(prog("while x:\n\tpass\nelse:\n\tbreak"), "1: while x\n  2: pass\nelse\n  4: break\n");
    assert_eq!(
        prog("for a, b in c, d:\n  pass\nelse: pass"),
        "1: for (a=, b=,)= in (c, d,)\n  2: pass\nelse\n  3: pass\n"
    );
    assert_eq!(prog("for x, in y: pass"), "1: for (x=,)= in y\n  1: pass\n");
    assert_eq!(
        prog("try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n"),
        "1: try\n  2: a\n3: except (A, B,) as e\n  4: b\n5: except C\n  6: c\n7: except \n  8: d\nelse\n  10: e\nfinally\n  12: f\n"
    );
    assert_eq!(prog("try: a\nfinally: b"), "1: try\n  1: a\nfinally\n  2: b\n");
    assert_eq!(prog("with a as b, c as (d, e), f: pass"), "1: with a as b=, c as (d=, e=,)=, f\n  1: pass\n");
    assert_eq!(prog("with (a as b, c as d,):\n  pass"), "1: with a as b=, c as d=\n  2: pass\n");
    assert_eq!(prog("with (a, b) as c: pass"), "1: with (a, b,) as c=\n  1: pass\n");
    assert_eq!(prog("with (a): pass"), "1: with a\n  1: pass\n");
    assert_eq!(prog("with (open(x)) as f: pass"), "1: with open(x) as f=\n  1: pass\n");
    assert_eq!(prog("while (n := n - 1): pass"), "1: while (n= := (n - 1))\n  1: pass\n");
}

#[test]
fn definitions() {
    assert_eq!(
        prog("@dec\n@a.b(1)\ndef f(a, b: int = 1, *args, c, d=2, **kw) -> int:\n    return a\n"),
        "@dec\n@a.b(1)\n3: def f(a, b:int, *args, c, d=2, **kw defaults[1]) -> int\n  4: return a\n"
    );
    assert_eq!(prog("def f(a, /, b, *, c): pass"), "1: def f(a, /, b, *, c defaults[])\n  1: pass\n");
    assert_eq!(prog("def f(*a: int, **k: str,): pass"), "1: def f(*a:int, **k:str defaults[])\n  1: pass\n");
    assert_eq!(prog("async def f():\n  await x\n  async for a in b: pass\n  async with c: pass"),
        "1: async def f( defaults[])\n  2: (await x)\n  3: async for a= in b\n    3: pass\n  4: async with c\n    4: pass\n");
    assert_eq!(prog("class A(B, metaclass=M, **kw):\n  x = 1\n"), "1: class A(B, metaclass=M, **=kw)\n  2: x= = 1\n");
    assert_eq!(prog("class A: pass"), "1: class A()\n  1: pass\n");
    assert_eq!(prog("class A(): pass"), "1: class A()\n  1: pass\n");
    assert_eq!(prog("@d\nclass A: pass"), "@d\n2: class A()\n  2: pass\n");
    assert_eq!(prog("@d\nasync def f(): pass"), "@d\n2: async def f( defaults[])\n  2: pass\n");
    assert_eq!(prog("@x[0].y\ndef f(): pass"), "@x[0].y\n2: def f( defaults[])\n  2: pass\n");
}

#[test]
fn layout() {
    // Blank lines, comments, continuation lines, brackets across lines, CRLF, no final newline.
    let src = "# c\n\nx = (1 +\n   2)  # c\n\n   # indented comment\nif x:\n\n    y = [\n1,\n]\n    z = \\\n  3\nw = 1";
    assert_eq!(prog(src), "3: x= = (1 + 2)\n7: if x\n  9: y= = [1]\n  12: z= = 3\n14: w= = 1\n");
    assert_eq!(prog("if x:\r\n  y\r\nz\r\n"), "1: if x\n  2: y\nz".replace("z", "3: z\n"));
    assert_eq!(prog(""), "");
    assert_eq!(prog("\n\n# only comments\n"), "");
    assert_eq!(prog("if a:\n if b:\n\tc\n d\ne"), "1: if a\n  2: if b\n    3: c\n  4: d\n5: e\n");
    assert_eq!(prog("x = '''a\nb'''\ny"), "1: x= = \"a\\nb\"\n3: y\n");
    assert_eq!(prog("def f():\n    pass\n  # comment at other indent\n"), "1: def f( defaults[])\n  2: pass\n");
}

#[test]
fn lines_of_expressions() {
    let m = common::module("x = (\n  a +\n  b)\nf(\n1,\n  g(2))");
    use circuitpython_parser::ast::*;
    let StmtKind::Assign { value, .. } = &m.body[0].kind else { panic!() };
    assert_eq!(value.line, 2);
    let StmtKind::Expr(call) = &m.body[1].kind else { panic!() };
    let ExprKind::Call { args, .. } = &call.kind else { panic!() };
    assert_eq!(m.body[1].line, 4);
    assert_eq!(args[0].line, 5);
    assert_eq!(args[1].line, 6);
}

#[test]
fn soft_keywords_are_names() {
    assert_eq!(prog("match = 1\ncase = 2\n_ = 3"), "1: match= = 1\n2: case= = 2\n3: _= = 3\n");
}
