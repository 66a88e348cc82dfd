//! A compact, fully parenthesised printer of the AST, to write expected results in tests briefly.
#![allow(dead_code)]

use circuitpython_parser::ast::*;

pub fn expr(e: &str) -> String {
    match circuitpython_parser::parse_expression(e) {
        Ok(e) => dump(&e),
        Err(err) => panic!("{e:?}: {err:?}"),
    }
}

pub fn module(src: &str) -> Module {
    match circuitpython_parser::parse_module(src) {
        Ok(m) => m,
        Err(err) => panic!("{src:?}: {err:?}"),
    }
}

pub fn err(src: &str) -> (String, u32) {
    match circuitpython_parser::parse_module(src) {
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
        Err(e) => (e.message, e.line),
    }
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

fn cmp(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn ctx(c: Ctx) -> &'static str {
    match c {
        Ctx::Load => "",
        Ctx::Store => "=",
        Ctx::Del => "~",
    }
}

fn list(es: &[Expr]) -> String {
    es.iter().map(dump).collect::<Vec<_>>().join(", ")
}

fn comps(gens: &[Comprehension]) -> String {
    let mut s = String::new();
    for g in gens {
        s.push_str(&format!(" {}for {} in {}", if g.is_async { "async " } else { "" }, dump(&g.target), dump(&g.iter)));
        for i in &g.ifs {
            s.push_str(&format!(" if {}", dump(i)));
        }
    }
    s
}

pub fn args(a: &Arguments) -> String {
    let mut parts = Vec::new();
    let f = |x: &Arg| match &x.annotation {
        Some(t) => format!("{}:{}", x.name, dump(t)),
        None => x.name.clone(),
    };
    for p in &a.posonlyargs {
        parts.push(f(p));
    }
    if !a.posonlyargs.is_empty() {
        parts.push("/".into());
    }
    for p in &a.args {
        parts.push(f(p));
    }
    if let Some(v) = &a.vararg {
        parts.push(format!("*{}", f(v)));
    } else if !a.kwonlyargs.is_empty() {
        parts.push("*".into());
    }
    for (p, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        match d {
            Some(d) => parts.push(format!("{}={}", f(p), dump(d))),
            None => parts.push(f(p)),
        }
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", f(k)));
    }
    let d = list(&a.defaults);
    format!("{} defaults[{}]", parts.join(", "), d)
}

pub fn dump(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let o = if *op == BoolOp::And { " and " } else { " or " };
            format!("({})", values.iter().map(dump).collect::<Vec<_>>().join(o))
        }
        ExprKind::NamedExpr { target, value } => format!("({} := {})", dump(target), dump(value)),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", dump(left), binop(*op), dump(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not ",
                UnaryOp::UAdd => "+",
                UnaryOp::USub => "-",
            };
            format!("({}{})", o, dump(operand))
        }
        ExprKind::Lambda { args: a, body } => format!("(lambda {}: {})", args(a), dump(body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("({} if {} else {})", dump(body), dump(test), dump(orelse))
        }
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", dump(k), dump(v)),
                    None => format!("**{}", dump(v)),
                })
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        ExprKind::Set(v) => format!("{{{}}}", list(v)),
        ExprKind::ListComp { elt, generators } => format!("[{}{}]", dump(elt), comps(generators)),
        ExprKind::SetComp { elt, generators } => format!("{{{}{}}}", dump(elt), comps(generators)),
        ExprKind::DictComp { key, value, generators } => {
            format!("{{{}: {}{}}}", dump(key), dump(value), comps(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("({}{})", dump(elt), comps(generators))
        }
        ExprKind::Await(v) => format!("(await {})", dump(v)),
        ExprKind::Yield(None) => "(yield)".into(),
        ExprKind::Yield(Some(v)) => format!("(yield {})", dump(v)),
        ExprKind::YieldFrom(v) => format!("(yield from {})", dump(v)),
        ExprKind::Compare { left, ops, comparators } => {
            let mut s = format!("({}", dump(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {} {}", cmp(*o), dump(c)));
            }
            s + ")"
        }
        ExprKind::Call { func, args, keywords } => {
            let mut parts: Vec<String> = args.iter().map(dump).collect();
            for k in keywords {
                match &k.name {
                    Some(n) => parts.push(format!("{}={}", n, dump(&k.value))),
                    None => parts.push(format!("**{}", dump(&k.value))),
                }
            }
            format!("{}({})", dump(func), parts.join(", "))
        }
        ExprKind::JoinedStr(parts) => format!("f[{}]", list(parts)),
        ExprKind::FormattedValue { value, conversion, format_spec } => {
            let mut s = format!("{{{}", dump(value));
            if let Some(c) = conversion {
                s.push('!');
                s.push(*c);
            }
            if let Some(f) = format_spec {
                s.push(':');
                s.push_str(&dump(f));
            }
            s + "}"
        }
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(s) => format!("big:{s}"),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imaginary(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        },
        ExprKind::Attribute { value, attr, ctx: c } => format!("{}.{}{}", dump(value), attr, ctx(*c)),
        ExprKind::Subscript { value, slice, ctx: c } => format!("{}[{}]{}", dump(value), dump(slice), ctx(*c)),
        ExprKind::Starred { value, ctx: c } => format!("*{}{}", dump(value), ctx(*c)),
        ExprKind::Name { id, ctx: c } => format!("{}{}", id, ctx(*c)),
        ExprKind::List { elts, ctx: c } => format!("[{}]{}", list(elts), ctx(*c)),
        ExprKind::Tuple { elts, ctx: c } => format!("({},){}", list(elts), ctx(*c)),
        ExprKind::Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map(|e| dump(e)).unwrap_or_default();
            format!("{}:{}:{}", o(lower), o(upper), o(step))
        }
    }
}

/// One line per statement, indented by nesting.
pub fn stmts(body: &[Stmt]) -> String {
    let mut out = String::new();
    write_body(body, 0, &mut out);
    out
}

fn write_body(body: &[Stmt], ind: usize, out: &mut String) {
    for s in body {
        write_stmt(s, ind, out);
    }
}

fn line(out: &mut String, ind: usize, s: String) {
    out.push_str(&"  ".repeat(ind));
    out.push_str(&s);
    out.push('\n');
}

fn write_stmt(s: &Stmt, ind: usize, out: &mut String) {
    let l = s.line;
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            for d in &f.decorators {
                line(out, ind, format!("@{}", dump(d)));
            }
            let r = f.returns.as_ref().map(|r| format!(" -> {}", dump(r))).unwrap_or_default();
            let a = if f.is_async { "async " } else { "" };
            line(out, ind, format!("{l}: {a}def {}({}){r}", f.name, args(&f.args)));
            write_body(&f.body, ind + 1, out);
        }
        StmtKind::ClassDef(c) => {
            for d in &c.decorators {
                line(out, ind, format!("@{}", dump(d)));
            }
            let mut parts: Vec<String> = c.bases.iter().map(dump).collect();
            for k in &c.keywords {
                parts.push(format!("{}={}", k.name.clone().unwrap_or("**".into()), dump(&k.value)));
            }
            line(out, ind, format!("{l}: class {}({})", c.name, parts.join(", ")));
            write_body(&c.body, ind + 1, out);
        }
        StmtKind::Return(v) => line(out, ind, format!("{l}: return {}", v.as_deref().map(dump).unwrap_or_default())),
        StmtKind::Delete(t) => line(out, ind, format!("{l}: del {}", list(t))),
        StmtKind::Assign { targets, value } => {
            let t: Vec<String> = targets.iter().map(dump).collect();
            line(out, ind, format!("{l}: {} = {}", t.join(" = "), dump(value)))
        }
        StmtKind::AugAssign { target, op, value } => {
            line(out, ind, format!("{l}: {} {}= {}", dump(target), binop(*op), dump(value)))
        }
        StmtKind::AnnAssign { target, annotation, value, simple } => line(
            out,
            ind,
            format!(
                "{l}: {}: {}{} simple={simple}",
                dump(target),
                dump(annotation),
                value.as_ref().map(|v| format!(" = {}", dump(v))).unwrap_or_default()
            ),
        ),
        StmtKind::For { is_async, target, iter, body, orelse } => {
            let a = if *is_async { "async " } else { "" };
            line(out, ind, format!("{l}: {a}for {} in {}", dump(target), dump(iter)));
            write_body(body, ind + 1, out);
            if !orelse.is_empty() {
                line(out, ind, "else".into());
                write_body(orelse, ind + 1, out);
            }
        }
        StmtKind::While { test, body, orelse } => {
            line(out, ind, format!("{l}: while {}", dump(test)));
            write_body(body, ind + 1, out);
            if !orelse.is_empty() {
                line(out, ind, "else".into());
                write_body(orelse, ind + 1, out);
            }
        }
        StmtKind::If { test, body, orelse } => {
            line(out, ind, format!("{l}: if {}", dump(test)));
            write_body(body, ind + 1, out);
            if !orelse.is_empty() {
                line(out, ind, "else".into());
                write_body(orelse, ind + 1, out);
            }
        }
        StmtKind::With { is_async, items, body } => {
            let a = if *is_async { "async " } else { "" };
            let it: Vec<String> = items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => format!("{} as {}", dump(&i.context), dump(t)),
                    None => dump(&i.context),
                })
                .collect();
            line(out, ind, format!("{l}: {a}with {}", it.join(", ")));
            write_body(body, ind + 1, out);
        }
        StmtKind::Raise { exc, cause } => line(
            out,
            ind,
            format!(
                "{l}: raise {}{}",
                exc.as_deref().map(dump).unwrap_or_default(),
                cause.as_ref().map(|c| format!(" from {}", dump(c))).unwrap_or_default()
            ),
        ),
        StmtKind::Try(t) => {
            let Try { body, handlers, orelse, finalbody } = &**t;
            line(out, ind, format!("{l}: try"));
            write_body(body, ind + 1, out);
            for h in handlers {
                let t = h.typ.as_deref().map(dump).unwrap_or_default();
                let n = h.name.as_ref().map(|n| format!(" as {n}")).unwrap_or_default();
                line(out, ind, format!("{}: except {t}{n}", h.line));
                write_body(&h.body, ind + 1, out);
            }
            if !orelse.is_empty() {
                line(out, ind, "else".into());
                write_body(orelse, ind + 1, out);
            }
            if !finalbody.is_empty() {
                line(out, ind, "finally".into());
                write_body(finalbody, ind + 1, out);
            }
        }
        StmtKind::Assert { test, msg } => line(
            out,
            ind,
            format!("{l}: assert {}{}", dump(test), msg.as_ref().map(|m| format!(", {}", dump(m))).unwrap_or_default()),
        ),
        StmtKind::Import(names) => line(out, ind, format!("{l}: import {}", aliases(names))),
        StmtKind::ImportFrom { module, names, level } => line(
            out,
            ind,
            format!(
                "{l}: from {}{} import {}",
                ".".repeat(*level as usize),
                module.clone().unwrap_or_default(),
                aliases(names)
            ),
        ),
        StmtKind::Global(n) => line(out, ind, format!("{l}: global {}", n.join(", "))),
        StmtKind::Nonlocal(n) => line(out, ind, format!("{l}: nonlocal {}", n.join(", "))),
        StmtKind::Expr(e) => line(out, ind, format!("{l}: {}", dump(e))),
        StmtKind::Pass => line(out, ind, format!("{l}: pass")),
        StmtKind::Break => line(out, ind, format!("{l}: break")),
        StmtKind::Continue => line(out, ind, format!("{l}: continue")),
    }
}

fn aliases(names: &[Alias]) -> String {
    names
        .iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {}", a.name, n),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn prog(src: &str) -> String {
    stmts(&module(src).body)
}
