//! Compiler tests on hand-built ASTs: instruction shapes of the key constructs, scope analysis, SyntaxErrors
//! with their lines, and stack depth.

use super::dis::instructions;
use super::*;
use crate::bytecode::{CodeObject, Const, Instr, Mode};
use circuitpython_parser::ast::*;

// ---- AST builders (line 1 unless placed with `at`) ----

fn e(kind: ExprKind) -> Expr {
    Expr { line: 1, kind }
}
fn name(id: &str) -> Expr {
    e(ExprKind::Name { id: id.into(), ctx: Ctx::Load })
}
fn store(id: &str) -> Expr {
    e(ExprKind::Name { id: id.into(), ctx: Ctx::Store })
}
fn int(i: i64) -> Expr {
    e(ExprKind::Constant(Constant::Int(i)))
}
fn call(func: Expr, args: Vec<Expr>) -> Expr {
    e(ExprKind::Call { func: Box::new(func), args, keywords: vec![] })
}
fn attr(value: Expr, a: &str) -> Expr {
    e(ExprKind::Attribute { value: Box::new(value), attr: a.into(), ctx: Ctx::Load })
}
fn s(kind: StmtKind) -> Stmt {
    Stmt { line: 1, kind }
}
fn at(line: u32, mut st: Stmt) -> Stmt {
    st.line = line;
    st
}
fn assign(t: &str, v: Expr) -> Stmt {
    s(StmtKind::Assign { targets: vec![store(t)], value: Box::new(v) })
}
fn ret(v: Expr) -> Stmt {
    s(StmtKind::Return(Some(Box::new(v))))
}
fn expr_stmt(v: Expr) -> Stmt {
    s(StmtKind::Expr(Box::new(v)))
}
fn arg(n: &str) -> Arg {
    Arg { name: n.into(), annotation: None, line: 1 }
}
fn def(n: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    let args = Arguments { args: params.iter().map(|p| arg(p)).collect(), ..Default::default() };
    s(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: n.into(),
        args,
        body,
        decorators: vec![],
        returns: None,
        is_async: false,
    })))
}
fn class(n: &str, body: Vec<Stmt>) -> Stmt {
    s(StmtKind::ClassDef(Box::new(ClassDef {
        name: n.into(),
        bases: vec![],
        keywords: vec![],
        body,
        decorators: vec![],
    })))
}

/// Check the stack discipline of a code object and all the code nested in it.
fn verify_all(code: &CodeObject) {
    let problems = super::stack::verify(&code.code);
    assert!(problems.is_empty(), "{problems:?}\n{code}");
    assert_eq!(code.lines.len(), code.code.len());
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify_all(inner);
        }
    }
}

fn comp(body: Vec<Stmt>) -> CodeObject {
    match compile(&Module { body }, "<test>", Mode::Exec) {
        Ok(c) => {
            verify_all(&c);
            c
        }
        Err(e) => panic!("compile error: {e:?}"),
    }
}
fn comp_err(body: Vec<Stmt>) -> (String, u32) {
    let e = compile(&Module { body }, "<test>", Mode::Exec).expect_err("expected a compile error");
    (e.message, e.line)
}
fn child(code: &CodeObject, qualname: &str) -> CodeObject {
    fn find(code: &CodeObject, q: &str) -> Option<CodeObject> {
        for c in &code.consts {
            if let Const::Code(inner) = c {
                if inner.qualname == q {
                    return Some((**inner).clone());
                }
                if let Some(found) = find(inner, q) {
                    return Some(found);
                }
            }
        }
        None
    }
    find(code, qualname).unwrap_or_else(|| panic!("no code {qualname} in\n{code}"))
}
/// The instruction texts only (no index/line columns).
fn ops(code: &CodeObject) -> Vec<String> {
    instructions(code).lines().map(|l| l[10..].to_string()).collect()
}
fn check(code: &CodeObject, expected: &[&str]) {
    let got = ops(code);
    assert_eq!(got, expected, "\n{code}");
}

#[test]
fn module_assignment() {
    let code = comp(vec![assign("x", int(1)), expr_stmt(call(name("print"), vec![name("x")]))]);
    check(
        &code,
        &[
            "LoadConst 1",
            "StoreName x",
            "LoadName print",
            "LoadName x",
            "CallFunction 1",
            "Pop",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    assert!(code.flags.uses_locals_dict);
    assert_eq!(code.lines.len(), code.code.len());
    assert_eq!(code.max_stack, 2);
}

#[test]
fn function_with_closure() {
    // def f(a):
    //     def g(): return a
    //     return g
    let code = comp(vec![def("f", &["a"], vec![def("g", &[], vec![ret(name("a"))]), ret(name("g"))])]);
    let f = child(&code, "f");
    assert_eq!(f.varnames, vec!["a", "g"]);
    assert_eq!(f.cellvars, vec!["a"]);
    check(
        &f,
        &[
            "LoadFast a",
            "StoreDeref a",
            "LoadClosure a",
            "BuildTuple 1",
            "MakeFunction <code f.<locals>.g> flags=4",
            "StoreFast g",
            "LoadFast g",
            "ReturnValue",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let g = child(&code, "f.<locals>.g");
    assert_eq!(g.freevars, vec!["a"]);
    check(&g, &["LoadDeref a", "ReturnValue", "LoadConst None", "ReturnValue"]);
    assert_eq!(f.argcount, 1);
}

#[test]
fn globals_and_nonlocal() {
    // x = 0
    // def f():
    //     global x; x = 1; y = len
    let code = comp(vec![
        assign("x", int(0)),
        def("f", &[], vec![s(StmtKind::Global(vec!["x".into()])), assign("x", int(1)), assign("y", name("len"))]),
    ]);
    let f = child(&code, "f");
    check(&f, &["LoadConst 1", "StoreGlobal x", "LoadGlobal len", "StoreFast y", "LoadConst None", "ReturnValue"]);
    // def f():
    //     n = 0
    //     def g(): nonlocal n; n += 1
    let code = comp(vec![def(
        "f",
        &[],
        vec![
            assign("n", int(0)),
            def(
                "g",
                &[],
                vec![
                    s(StmtKind::Nonlocal(vec!["n".into()])),
                    s(StmtKind::AugAssign { target: Box::new(store("n")), op: BinOp::Add, value: Box::new(int(1)) }),
                ],
            ),
        ],
    )]);
    let g = child(&code, "f.<locals>.g");
    check(&g, &["LoadDeref n", "LoadConst 1", "InplaceOp Add", "StoreDeref n", "LoadConst None", "ReturnValue"]);
}

#[test]
fn try_finally_with_return() {
    // def f():
    //     try: return 1
    //     finally: g()
    let body = vec![s(StmtKind::Try(Box::new(Try {
        body: vec![ret(int(1))],
        handlers: vec![],
        orelse: vec![],
        finalbody: vec![expr_stmt(call(name("g"), vec![]))],
    })))];
    let code = comp(vec![def("f", &[], body)]);
    let f = child(&code, "f");
    check(
        &f,
        &[
            "SetupExcept 12",
            "LoadConst 1",
            "PopBlock",
            "LoadGlobal g",
            "CallFunction 0",
            "Pop",
            "ReturnValue",
            "PopBlock",
            "LoadGlobal g",
            "CallFunction 0",
            "Pop",
            "Jump 16",
            "LoadGlobal g",
            "CallFunction 0",
            "Pop",
            "Reraise",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let texts = ops(&f);
    let handler = texts.iter().position(|t| t == "Reraise").expect("reraise");
    assert_eq!(&texts[handler - 3..handler], &["LoadGlobal g", "CallFunction 0", "Pop"]);
    assert_eq!(f.max_stack, 2);
}

#[test]
fn try_except_as() {
    // try: f()
    // except (A, B) as e: pass
    let handler = ExceptHandler {
        line: 2,
        typ: Some(Box::new(e(ExprKind::Tuple { elts: vec![name("A"), name("B")], ctx: Ctx::Load }))),
        name: Some("e".into()),
        body: vec![s(StmtKind::Pass)],
    };
    let code = comp(vec![s(StmtKind::Try(Box::new(Try {
        body: vec![expr_stmt(call(name("f"), vec![]))],
        handlers: vec![handler],
        orelse: vec![],
        finalbody: vec![],
    })))]);
    check(
        &code,
        &[
            "SetupExcept 6",
            "LoadName f",
            "CallFunction 0",
            "Pop",
            "PopBlock",
            "Jump 20",
            "LoadName A",
            "LoadName B",
            "BuildTuple 2",
            "CheckExcMatch",
            "PopJumpIfFalse 19",
            "Copy 1",
            "StoreName e",
            "PopExcept",
            "Pop",
            "LoadConst None",
            "StoreName e",
            "DeleteName e",
            "Jump 20",
            "Reraise",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    assert_eq!(code.lines[9], 2);
}

#[test]
fn with_and_break() {
    // for x in y:
    //     with m as v:
    //         break
    let with = s(StmtKind::With {
        is_async: false,
        items: vec![WithItem { context: Box::new(name("m")), target: Some(Box::new(store("v"))) }],
        body: vec![s(StmtKind::Break)],
    });
    let code = comp(vec![s(StmtKind::For {
        is_async: false,
        target: Box::new(store("x")),
        iter: Box::new(name("y")),
        body: vec![with],
        orelse: vec![],
    })]);
    check(
        &code,
        &[
            "LoadName y",
            "GetIter",
            "ForIter 18",
            "StoreName x",
            "LoadName m",
            "BeforeWith",
            "StoreName v",
            "SetupExcept 15",
            "PopBlock",
            "WithNormalExit",
            "Pop",
            "Jump 18",
            "PopBlock",
            "WithNormalExit",
            "Jump 17",
            "WithExceptStart",
            "WithExceptFinish",
            "Jump 2",
            "LoadConst None",
            "ReturnValue",
        ],
    );
}

#[test]
fn list_comprehension() {
    // [x * 2 for x in xs if x]
    let lc = e(ExprKind::ListComp {
        elt: Box::new(e(ExprKind::BinOp { left: Box::new(name("x")), op: BinOp::Mult, right: Box::new(int(2)) })),
        generators: vec![Comprehension {
            target: Box::new(store("x")),
            iter: Box::new(name("xs")),
            ifs: vec![name("x")],
            is_async: false,
        }],
    });
    let code = comp(vec![expr_stmt(lc)]);
    check(
        &code,
        &[
            "MakeFunction <code <listcomp>> flags=0",
            "LoadName xs",
            "GetIter",
            "CallFunction 1",
            "Pop",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let c = child(&code, "<listcomp>");
    assert_eq!(c.argcount, 1);
    assert_eq!(c.varnames, vec![".0", "x"]);
    check(
        &c,
        &[
            "BuildList 0",
            "LoadFast .0",
            "ForIter 11",
            "StoreFast x",
            "LoadFast x",
            "PopJumpIfFalse 2",
            "LoadFast x",
            "LoadConst 2",
            "BinaryOp Mult",
            "ListAppend 2",
            "Jump 2",
            "ReturnValue",
        ],
    );
    assert_eq!(c.max_stack, 4);
}

#[test]
fn class_with_super() {
    // class C:
    //     def m(self): return super().m()
    let sup = call(attr(call(name("super"), vec![]), "m"), vec![]);
    let code = comp(vec![class("C", vec![def("m", &["self"], vec![ret(sup)])])]);
    check(
        &code,
        &[
            "LoadBuildClass",
            "MakeFunction <code C> flags=0",
            "LoadConst \"C\"",
            "CallFunction 2",
            "StoreName C",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let c = child(&code, "C");
    assert_eq!(c.cellvars, vec!["__class__"]);
    check(
        &c,
        &[
            "LoadName __name__",
            "StoreName __module__",
            "LoadConst \"C\"",
            "StoreName __qualname__",
            "LoadClosure __class__",
            "BuildTuple 1",
            "MakeFunction <code C.m> flags=4",
            "StoreName m",
            "LoadClosure __class__",
            "ReturnValue",
        ],
    );
    let m = child(&code, "C.m");
    assert_eq!(m.freevars, vec!["__class__"]);
    check(
        &m,
        &["LoadGlobal super", "CallFunction 0", "CallMethod m 0", "ReturnValue", "LoadConst None", "ReturnValue"],
    );
}

#[test]
fn class_without_super_returns_none() {
    let code = comp(vec![class("C", vec![assign("x", int(1))])]);
    let c = child(&code, "C");
    assert!(c.cellvars.is_empty());
    assert_eq!(ops(&c).last().unwrap(), "ReturnValue");
    assert_eq!(ops(&c)[ops(&c).len() - 2], "LoadConst None");
}

#[test]
fn generator_flags() {
    let code = comp(vec![def("g", &[], vec![expr_stmt(e(ExprKind::Yield(Some(Box::new(int(1))))))])]);
    let g = child(&code, "g");
    assert!(g.flags.generator && !g.flags.coroutine);
    check(&g, &["LoadConst 1", "YieldValue", "Pop", "LoadConst None", "ReturnValue"]);
}

#[test]
fn syntax_errors_with_lines() {
    assert_eq!(comp_err(vec![s(StmtKind::Pass), at(2, ret(int(1)))]), ("'return' outside function".into(), 2));
    assert_eq!(comp_err(vec![at(3, s(StmtKind::Break))]), ("'break'/'continue' outside loop".into(), 3));
    assert_eq!(comp_err(vec![at(1, s(StmtKind::Continue))]), ("'break'/'continue' outside loop".into(), 1));
    let y = Expr { line: 4, kind: ExprKind::Yield(None) };
    assert_eq!(comp_err(vec![at(4, expr_stmt(y))]), ("'yield' outside function".into(), 4));
    let nl = def("f", &[], vec![at(5, s(StmtKind::Nonlocal(vec!["q".into()])))]);
    assert_eq!(comp_err(vec![nl]).0, "no binding for nonlocal found");
    let g = def("f", &["a"], vec![at(2, s(StmtKind::Global(vec!["a".into()])))]);
    assert_eq!(comp_err(vec![g]), ("identifier redefined as global".into(), 2));
    let imag = Expr { line: 7, kind: ExprKind::Constant(Constant::Imaginary(1.0)) };
    assert_eq!(comp_err(vec![at(7, assign("x", imag))]), ("complex values not supported".into(), 7));
    let d = s(StmtKind::Delete(vec![Expr { line: 2, kind: ExprKind::Constant(Constant::Int(1)) }]));
    assert_eq!(comp_err(vec![at(2, d)]), ("can't delete expression".into(), 2));
    let dup = def("f", &["a", "a"], vec![]);
    assert_eq!(comp_err(vec![dup]).0, "argument name reused");
}

#[test]
fn eval_and_single_modes() {
    let m = Module { body: vec![expr_stmt(int(5))] };
    let code = compile(&m, "<eval>", Mode::Eval).unwrap();
    check(&code, &["LoadConst 5", "ReturnValue"]);
    let code = compile(&m, "<stdin>", Mode::Single).unwrap();
    check(&code, &["LoadConst 5", "PrintExpr", "LoadConst None", "ReturnValue"]);
}

#[test]
fn const_tuple_folding_and_calls() {
    // f(*a, k=1) ; t = (1, -2, 'x')
    let t = e(ExprKind::Tuple {
        elts: vec![
            int(1),
            e(ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(int(2)) }),
            e(ExprKind::Constant(Constant::Str("x".into()))),
        ],
        ctx: Ctx::Load,
    });
    let starred = e(ExprKind::Starred { value: Box::new(name("a")), ctx: Ctx::Load });
    let c = e(ExprKind::Call {
        func: Box::new(name("f")),
        args: vec![starred],
        keywords: vec![Keyword { name: Some("k".into()), value: Box::new(int(1)) }],
    });
    let code = comp(vec![assign("t", t), expr_stmt(c)]);
    check(
        &code,
        &[
            "LoadConst (1, -2, \"x\")",
            "StoreName t",
            "LoadName f",
            // A lone `*a` goes to the call as it is; keywords beside it still build the dict.
            "LoadName a",
            "BuildMap 0",
            "LoadConst \"k\"",
            "LoadConst 1",
            "MapAdd 1",
            "CallFunctionEx { has_kwargs: true }",
            "Pop",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    assert_eq!(code.consts.iter().filter(|c| matches!(c, Const::Int(1))).count(), 1);
}

#[test]
fn chained_comparison_and_stack() {
    // a < b < c
    let cmp = e(ExprKind::Compare {
        left: Box::new(name("a")),
        ops: vec![CmpOp::Lt, CmpOp::Lt],
        comparators: vec![name("b"), name("c")],
    });
    let code = comp(vec![expr_stmt(cmp)]);
    check(
        &code,
        &[
            "LoadName a",
            "LoadName b",
            "Swap 2",
            "Copy 2",
            "Compare Lt",
            "JumpIfFalseOrPop 9",
            "LoadName c",
            "Compare Lt",
            "Jump 11",
            "Swap 2",
            "Pop",
            "Pop",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    assert_eq!(code.max_stack, 3);
    assert!(matches!(code.code[5], Instr::JumpIfFalseOrPop(9)));
}

fn async_def(n: &str, body: Vec<Stmt>) -> Stmt {
    let mut d = def(n, &[], body);
    if let StmtKind::FunctionDef(f) = &mut d.kind {
        f.is_async = true;
    }
    d
}

#[test]
fn async_with_for_await() {
    // async def f():
    //     async with m as v:
    //         async for x in it:
    //             await x
    //             return v
    let afor = s(StmtKind::For {
        is_async: true,
        target: Box::new(store("x")),
        iter: Box::new(name("it")),
        body: vec![expr_stmt(e(ExprKind::Await(Box::new(name("x"))))), ret(name("v"))],
        orelse: vec![],
    });
    let awith = s(StmtKind::With {
        is_async: true,
        items: vec![WithItem { context: Box::new(name("m")), target: Some(Box::new(store("v"))) }],
        body: vec![afor],
    });
    let code = comp(vec![async_def("f", vec![awith])]);
    let f = child(&code, "f");
    assert!(f.flags.coroutine && !f.flags.generator);
    check(
        &f,
        &[
            "LoadGlobal m",
            "BeforeAsyncWith",
            "GetAwaitable",
            "LoadConst None",
            "YieldFrom",
            "StoreFast v",
            "SetupExcept 40",
            "LoadGlobal it",
            "GetAiter",
            "SetupExcept 32",
            "GetAnext",
            "LoadConst None",
            "YieldFrom",
            "PopBlock",
            "StoreFast x",
            "LoadFast x",
            "GetAwaitable",
            "LoadConst None",
            "YieldFrom",
            "Pop",
            "LoadFast v",
            "Swap 2",
            "Pop",
            "PopBlock",
            "Swap 2",
            "AsyncWithNormalExit",
            "GetAwaitable",
            "LoadConst None",
            "YieldFrom",
            "Pop",
            "ReturnValue",
            "Jump 9",
            "EndAsyncFor",
            "PopBlock",
            "AsyncWithNormalExit",
            "GetAwaitable",
            "LoadConst None",
            "YieldFrom",
            "Pop",
            "Jump 45",
            "AsyncWithExceptStart",
            "GetAwaitable",
            "LoadConst None",
            "YieldFrom",
            "WithExceptFinish",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    // await at module level, async for in a plain def
    let aw = Expr { line: 3, kind: ExprKind::Await(Box::new(name("x"))) };
    assert_eq!(comp_err(vec![at(3, expr_stmt(aw.clone()))]), ("'await' outside function".into(), 3));
    let msg = comp_err(vec![def("g", &[], vec![at(2, expr_stmt(aw))])]).0;
    assert_eq!(msg, "'await', 'async for' or 'async with' outside async function");
}

#[test]
fn unwinding_shapes_verify() {
    // def f():
    //     for i in x:
    //         try:
    //             try: continue
    //             finally: break
    //         except E as e:
    //             return e
    //         finally:
    //             with m: return 1
    //     while True:
    //         try: pass
    //         except: break
    let inner_try = s(StmtKind::Try(Box::new(Try {
        body: vec![s(StmtKind::Continue)],
        handlers: vec![],
        orelse: vec![],
        finalbody: vec![s(StmtKind::Break)],
    })));
    let with = s(StmtKind::With {
        is_async: false,
        items: vec![WithItem { context: Box::new(name("m")), target: None }],
        body: vec![ret(int(1))],
    });
    let outer_try = s(StmtKind::Try(Box::new(Try {
        body: vec![inner_try],
        handlers: vec![ExceptHandler {
            line: 6,
            typ: Some(Box::new(name("E"))),
            name: Some("e".into()),
            body: vec![ret(name("e"))],
        }],
        orelse: vec![],
        finalbody: vec![with],
    })));
    let for_loop = s(StmtKind::For {
        is_async: false,
        target: Box::new(store("i")),
        iter: Box::new(name("x")),
        body: vec![outer_try],
        orelse: vec![],
    });
    let while_loop = s(StmtKind::While {
        test: Box::new(e(ExprKind::Constant(Constant::True))),
        body: vec![s(StmtKind::Try(Box::new(Try {
            body: vec![s(StmtKind::Pass)],
            handlers: vec![ExceptHandler { line: 12, typ: None, name: None, body: vec![s(StmtKind::Break)] }],
            orelse: vec![],
            finalbody: vec![],
        })))],
        orelse: vec![],
    });
    let code = comp(vec![def("f", &[], vec![for_loop, while_loop])]);
    let f = child(&code, "f");
    assert!(ops(&f).iter().filter(|o| *o == "WithNormalExit").count() >= 2);
}

#[test]
fn functions_defaults_decorators_lambda() {
    // @dec
    // def f(a, b=1, *args, c, d=2, **kw): pass
    // g = lambda x=3: x
    let args = Arguments {
        posonlyargs: vec![],
        args: vec![arg("a"), arg("b")],
        vararg: Some(arg("args")),
        kwonlyargs: vec![arg("c"), arg("d")],
        kw_defaults: vec![None, Some(int(2))],
        kwarg: Some(arg("kw")),
        defaults: vec![int(1)],
    };
    let f = s(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: "f".into(),
        args,
        body: vec![s(StmtKind::Pass)],
        decorators: vec![name("dec")],
        returns: None,
        is_async: false,
    })));
    let lam = e(ExprKind::Lambda {
        args: Box::new(Arguments { args: vec![arg("x")], defaults: vec![int(3)], ..Default::default() }),
        body: Box::new(name("x")),
    });
    let code = comp(vec![f, assign("g", lam)]);
    check(
        &code,
        &[
            "LoadName dec",
            "LoadConst 1",
            "BuildTuple 1",
            "LoadConst \"d\"",
            "LoadConst 2",
            "BuildMap 1",
            "MakeFunction <code f> flags=3",
            "CallFunction 1",
            "StoreName f",
            "LoadConst 3",
            "BuildTuple 1",
            "MakeFunction <code <lambda>> flags=1",
            "StoreName g",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let f = child(&code, "f");
    assert_eq!(f.varnames, vec!["a", "b", "c", "d", "args", "kw"]);
    assert_eq!((f.argcount, f.kwonlyargcount), (2, 2));
    assert!(f.flags.varargs && f.flags.varkeywords);
    check(&child(&code, "<lambda>"), &["LoadFast x", "ReturnValue"]);
}

#[test]
fn imports() {
    // import a.b.c ; import a.b as d ; from ..m import x as y, z ; from m import *
    let code = comp(vec![
        s(StmtKind::Import(vec![Alias { name: "a.b.c".into(), asname: None }])),
        s(StmtKind::Import(vec![Alias { name: "a.b".into(), asname: Some("d".into()) }])),
        s(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![Alias { name: "x".into(), asname: Some("y".into()) }, Alias { name: "z".into(), asname: None }],
            level: 2,
        }),
        s(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![Alias { name: "*".into(), asname: None }],
            level: 0,
        }),
    ]);
    check(
        &code,
        &[
            "LoadConst None",
            "ImportName a.b.c level=0",
            "StoreName a",
            "LoadConst None",
            "ImportName a.b level=0",
            "ImportFrom b",
            "Swap 2",
            "Pop",
            "StoreName d",
            "LoadConst (\"x\", \"z\")",
            "ImportName m level=2",
            "ImportFrom x",
            "StoreName y",
            "ImportFrom z",
            "StoreName z",
            "Pop",
            "LoadConst (\"*\",)",
            "ImportName m level=0",
            "ImportStar",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let star = s(StmtKind::ImportFrom {
        module: Some("m".into()),
        names: vec![Alias { name: "*".into(), asname: None }],
        level: 0,
    });
    assert_eq!(comp_err(vec![def("f", &[], vec![star])]).0, "import * not at module level");
}

#[test]
fn unpacking_and_augassign() {
    // a, *b, c = x ; o[k] += 1 ; o.n -= 2
    let target = e(ExprKind::Tuple {
        elts: vec![store("a"), e(ExprKind::Starred { value: Box::new(store("b")), ctx: Ctx::Store }), store("c")],
        ctx: Ctx::Store,
    });
    let sub = e(ExprKind::Subscript { value: Box::new(name("o")), slice: Box::new(name("k")), ctx: Ctx::Store });
    let at_ = e(ExprKind::Attribute { value: Box::new(name("o")), attr: "n".into(), ctx: Ctx::Store });
    let code = comp(vec![
        s(StmtKind::Assign { targets: vec![target], value: Box::new(name("x")) }),
        s(StmtKind::AugAssign { target: Box::new(sub), op: BinOp::Add, value: Box::new(int(1)) }),
        s(StmtKind::AugAssign { target: Box::new(at_), op: BinOp::Sub, value: Box::new(int(2)) }),
    ]);
    check(
        &code,
        &[
            "LoadName x",
            "UnpackEx { before: 1, after: 1 }",
            "StoreName a",
            "StoreName b",
            "StoreName c",
            "LoadName o",
            "LoadName k",
            "Copy 2",
            "Copy 2",
            "LoadSubscr",
            "LoadConst 1",
            "InplaceOp Add",
            "Swap 3",
            "Swap 2",
            "StoreSubscr",
            "LoadName o",
            "Copy 1",
            "LoadAttr n",
            "LoadConst 2",
            "InplaceOp Sub",
            "Swap 2",
            "StoreAttr n",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    let two = e(ExprKind::Tuple {
        elts: vec![
            e(ExprKind::Starred { value: Box::new(store("a")), ctx: Ctx::Store }),
            e(ExprKind::Starred { value: Box::new(store("b")), ctx: Ctx::Store }),
        ],
        ctx: Ctx::Store,
    });
    let msg = comp_err(vec![s(StmtKind::Assign { targets: vec![two], value: Box::new(name("x")) })]).0;
    assert_eq!(msg, "multiple *x in assignment");
}

#[test]
fn walrus_in_comprehension_and_class_deref() {
    // def f():
    //     [(y := v) for v in xs]
    //     class C:
    //         z = y
    //     return y
    let lc = e(ExprKind::ListComp {
        elt: Box::new(e(ExprKind::NamedExpr { target: Box::new(store("y")), value: Box::new(name("v")) })),
        generators: vec![Comprehension {
            target: Box::new(store("v")),
            iter: Box::new(name("xs")),
            ifs: vec![],
            is_async: false,
        }],
    });
    let code = comp(vec![def("f", &[], vec![expr_stmt(lc), class("C", vec![assign("z", name("y"))]), ret(name("y"))])]);
    let f = child(&code, "f");
    assert_eq!(f.cellvars, vec!["y"]);
    let c = child(&code, "f.<locals>.<listcomp>");
    assert_eq!(c.freevars, vec!["y"]);
    assert!(ops(&c).contains(&"StoreDeref y".to_string()));
    let cls = child(&code, "f.<locals>.C");
    assert!(ops(&cls).contains(&"LoadClassDeref y".to_string()));
    assert!(ops(&cls).contains(&"StoreName z".to_string()));
}

// ---- from source (through the parser) ----

fn src(source: &str) -> CodeObject {
    let module =
        circuitpython_parser::parse_module(source).unwrap_or_else(|e| panic!("parse error {e:?} in\n{source}"));
    match compile(&module, "<test>", Mode::Exec) {
        Ok(c) => {
            verify_all(&c);
            c
        }
        Err(e) => panic!("compile error {e:?} in\n{source}"),
    }
}

fn src_err(source: &str) -> (String, u32) {
    let module =
        circuitpython_parser::parse_module(source).unwrap_or_else(|e| panic!("parse error {e:?} in\n{source}"));
    let e = compile(&module, "<test>", Mode::Exec).expect_err("expected a compile error");
    (e.message, e.line)
}

const PROGRAMS: &[&str] = &[
    "x = 1\nprint(x + 2 * 3, -x, not x, ~x)\n",
    "a = b = [1, 2, *c]\nt = (*a,)\nd = {**a, 'k': 1, 2: 3}\ns = {*a, 1}\n",
    "def f(a, /, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\nf(1, *x, c=3, **y)\n",
    "o.m(1, k=2)\no.m(*a)\no.m(**k)\nf(a)(b)[c].d = e\ndel o.x, o[1], y\n",
    "x[1:2] = x[::2]\ny = x[1:2, 3]\nx[a:b] += 1\n",
    "for i in range(3):\n    if i: continue\n    elif i > 1: break\nelse:\n    pass\nwhile x:\n    x -= 1\nelse:\n    y = 2\n",
    "try:\n    f()\nexcept (A, B) as e:\n    print(e)\nexcept C:\n    raise\nexcept:\n    raise X from None\nelse:\n    g()\nfinally:\n    h()\n",
    "with a as b, c as (d, e):\n    pass\nwith f():\n    pass\n",
    "def g():\n    yield 1\n    x = yield\n    yield from range(3)\n    return 5\n",
    "async def co():\n    async with a as b:\n        async for x in b:\n            await x\n    return [await y async for y in z]\n",
    "async def ag():\n    yield 1\n    await x\n",
    "class A(B, metaclass=M):\n    x = 1\n    def f(self):\n        return super().f() + __class__.x\n    @staticmethod\n    def g(): pass\n",
    "class C(*bases, **kw):\n    pass\n",
    "def outer():\n    v = 1\n    class K:\n        w = v\n        def m(self): return v\n    return K\n",
    "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g\n",
    "g = (x * y for x in a if x for y in b)\nl = [i for i in range(3)]\nd = {k: v for k, v in items}\ns = {i for i in a}\n",
    "def f():\n    if (n := 10) > 5:\n        return [y := i for i in range(n)], y\n",
    "print(f'{x!r:>{w}} and {y:.2f} {z}')\n",
    "import a.b.c\nimport a.b as d\nfrom . import x\nfrom ..m import y as z\nfrom os import *\n",
    "assert x, 'msg'\nassert y\nglobal q\nq = 1\n",
    "x = 1 if a else 2\ny = a and b or c\nz = a < b < c != d\nlambda: (yield)\nf = lambda *a, **k: (a, k)\n",
    "def f():\n    for x in y:\n        try:\n            with m:\n                return x\n        finally:\n            break\n    return 0\n",
    "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
    "a, *b, c = x\n[d, e] = f\n(g) = 1\nh: int = 2\ni: int\nj.k: int\n",
    "x = 12345678901234567890123\ny = -9223372036854775808\nz = 1.5e3\nw = b'ab'\nv = ...\n",
    "@dec1\n@dec2(1)\ndef f(): pass\n@dec\nclass C: pass\n",
    "def f(x):\n    def g(): return x\n    x = 2\n    del x\n",
];

#[test]
fn programs_compile_and_verify() {
    for p in PROGRAMS {
        src(p);
    }
}

#[test]
fn source_errors() {
    assert_eq!(src_err("x = 1\nreturn x\n"), ("'return' outside function".into(), 2));
    assert_eq!(src_err("if x:\n    break\n"), ("'break'/'continue' outside loop".into(), 2));
    assert_eq!(src_err("def f():\n    pass\nclass C:\n    yield 1\n"), ("'yield' outside function".into(), 4));
    assert_eq!(src_err("x = 1\n\ny = 2j\n"), ("complex values not supported".into(), 3));
    assert_eq!(src_err("def f():\n    x = 1\n    global x\n"), ("identifier redefined as global".into(), 3));
    assert_eq!(src_err("def f():\n    def g():\n        nonlocal q\n"), ("no binding for nonlocal found".into(), 3));
    assert_eq!(src_err("nonlocal x\n"), ("can't declare nonlocal in outer code".into(), 1));
    assert_eq!(src_err("def f(a, a): pass\n").0, "argument name reused");
    assert_eq!(src_err("x = 1\nawait x\n"), ("'await' outside function".into(), 2));
    assert_eq!(src_err("a, *b, *c = d\n").0, "multiple *x in assignment");
}

#[test]
fn source_shapes() {
    let code = src("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    let f = child(&code, "f");
    check(
        &f,
        &[
            "SetupExcept 13",
            "LoadGlobal g",
            "CallFunction 0",
            "PopBlock",
            "LoadGlobal h",
            "CallFunction 0",
            "Pop",
            "ReturnValue",
            "PopBlock",
            "LoadGlobal h",
            "CallFunction 0",
            "Pop",
            "Jump 17",
            "LoadGlobal h",
            "CallFunction 0",
            "Pop",
            "Reraise",
            "LoadConst None",
            "ReturnValue",
        ],
    );
    assert_eq!(&f.lines[..8], &[2, 3, 3, 3, 5, 5, 5, 3]);
    let code = src("print(f'a{x!r}b{y:>3}')\n");
    check(
        &code,
        &[
            "LoadName print",
            "LoadConst \"a\"",
            "LoadName x",
            "FormatValue { conversion: Some('r'), has_spec: false }",
            "LoadConst \"b\"",
            "LoadName y",
            "LoadConst \">3\"",
            "FormatValue { conversion: None, has_spec: true }",
            "BuildString 4",
            "CallFunction 1",
            "Pop",
            "LoadConst None",
            "ReturnValue",
        ],
    );
}

#[test]
fn odd_inputs_never_panic() {
    let snippets = [
        "del (a, [b, c.d, e[1]])\n",
        "x = yield\n",
        "def f():\n    return [(yield) for x in y]\n",
        "class C:\n    [(z := 1) for x in y]\n",
        "def f():\n    global x\n    [(x := 1) for i in y]\n",
        "[(q := 1) for i in y]\n",
        "def f():\n    x = 1\n    nonlocal x\n",
        "def f():\n    from m import *\n",
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
        "def f():\n    lambda: await x\n",
        "async def f():\n    yield 1\n    return 2\n",
        "f(a=1, *b, **c, d=2)\n",
        "def f():\n    super\n    class C:\n        def g(self): return __class__\n",
        "x = [1, 2][0:1:2]\nx = {1: 2, **{}}\n",
        "while 1:\n    pass\nelse:\n    x = 1\n",
        "x = -(-9223372036854775808)\ny = -(1.0)\nz = (1, (2, -3), 'a')\n",
        "def f(*, a=1):\n    del a\n    return a\n",
    ];
    for sn in snippets {
        let Ok(m) = circuitpython_parser::parse_module(sn) else {
            continue;
        };
        for mode in [Mode::Exec, Mode::Single] {
            if let Ok(c) = compile(&m, "<t>", mode) {
                verify_all(&c);
            }
        }
        let mut lines: Vec<&str> = sn.lines().collect();
        while !lines.is_empty() {
            lines.pop();
            let text = lines.join("\n") + "\n";
            if let Ok(m) = circuitpython_parser::parse_module(&text) {
                if let Ok(c) = compile(&m, "<t>", Mode::Exec) {
                    verify_all(&c);
                }
            }
        }
    }
    for p in PROGRAMS {
        let m = circuitpython_parser::parse_module(p).unwrap();
        let _ = compile(&m, "<t>", Mode::Eval);
        if let Ok(c) = compile(&m, "<t>", Mode::Single) {
            verify_all(&c);
        }
    }
}
