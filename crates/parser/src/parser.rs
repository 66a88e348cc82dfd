//! The recursive-descent parser: statements, blocks and expressions (precedence climbing for binary operators,
//! loops for flat chains so that long inputs do not deepen the Rust stack), assignment-target checking with
//! `Ctx`, and a nesting-depth limit so that deeply nested input is an error rather than a stack overflow.

use crate::ast::*;
use crate::lexer::{Kw, Op, StrLit, Tok, Token};
use crate::{Fail, ParseErrorKind};

/// Maximum nesting of brackets, unary operators, blocks, lambdas and f-string fields.
pub(crate) const MAX_DEPTH: usize = 200;
pub(crate) const DEPTH_MESSAGE: &str = "too many nested parentheses";

pub(crate) type PResult<T> = Result<T, Box<Fail>>;

pub(crate) struct Parser<'t> {
    toks: &'t [Token],
    pos: usize,
    real_end: usize,
    pub(crate) depth: usize,
}

fn ex(line: Line, kind: ExprKind) -> Expr {
    Expr { line, kind }
}

/// Boxing out of line: inlined, each `Box::new(expr)` copies the expression field by field into the new box.
#[inline(never)]
fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// A parse result's expression boxed, out of line: `boxed(self.test())?` passes the result where it was
/// returned, where `bx(self.test()?)` first copies the expression out of it.
#[inline(never)]
fn boxed(r: PResult<Expr>) -> PResult<Box<Expr>> {
    r.map(Box::new)
}

fn binop_of(tok: &Tok) -> Option<(BinOp, u8)> {
    let Tok::Op(op) = tok else { return None };
    Some(match *op {
        Op::Pipe => (BinOp::BitOr, 1),
        Op::Caret => (BinOp::BitXor, 2),
        Op::Amp => (BinOp::BitAnd, 3),
        Op::Shl => (BinOp::LShift, 4),
        Op::Shr => (BinOp::RShift, 4),
        Op::Plus => (BinOp::Add, 5),
        Op::Minus => (BinOp::Sub, 5),
        Op::Star => (BinOp::Mult, 6),
        Op::Slash => (BinOp::Div, 6),
        Op::SlashSlash => (BinOp::FloorDiv, 6),
        Op::Percent => (BinOp::Mod, 6),
        Op::At => (BinOp::MatMult, 6),
        _ => return None,
    })
}

fn augop_of(tok: &Tok) -> Option<BinOp> {
    let Tok::Op(op) = tok else { return None };
    Some(match *op {
        Op::PlusEq => BinOp::Add,
        Op::MinusEq => BinOp::Sub,
        Op::StarEq => BinOp::Mult,
        Op::SlashEq => BinOp::Div,
        Op::SlashSlashEq => BinOp::FloorDiv,
        Op::PercentEq => BinOp::Mod,
        Op::AtEq => BinOp::MatMult,
        Op::AmpEq => BinOp::BitAnd,
        Op::PipeEq => BinOp::BitOr,
        Op::CaretEq => BinOp::BitXor,
        Op::ShlEq => BinOp::LShift,
        Op::ShrEq => BinOp::RShift,
        Op::StarStarEq => BinOp::Pow,
        _ => return None,
    })
}

/// A list of one expression, out of line (inlined, `vec![e]` copies the expression field by field).
#[inline(never)]
fn one(e: Expr) -> Vec<Expr> {
    vec![e]
}

/// Append a parse result's expression, out of line, taking the result where it was returned (see `boxed`).
#[inline(never)]
fn push_expr(v: &mut Vec<Expr>, r: PResult<Expr>) -> PResult<()> {
    v.push(r?);
    Ok(())
}

/// Append a keyword argument whose value is the parse result `r`, out of line (see `push_expr`).
#[inline(never)]
fn push_keyword(keywords: &mut Vec<Keyword>, name: Option<String>, r: PResult<Box<Expr>>) -> PResult<()> {
    keywords.push(Keyword { name, value: r? });
    Ok(())
}

/// Append a parsed statement, out of line: callers pass the parse result where it was returned instead of each
/// copying the statement out of it first.
#[inline(never)]
fn push_stmt(out: &mut Vec<Stmt>, line: Line, r: PResult<StmtKind>) -> PResult<()> {
    out.push(Stmt { line, kind: r? });
    Ok(())
}

/// Mark an assignment (or `del`) target, rejecting what cannot be assigned to.
pub(crate) fn set_ctx(e: &mut Expr, ctx: Ctx) -> PResult<()> {
    let line = e.line;
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. } | ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => {
            *c = ctx;
            Ok(())
        }
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_ctx(value, ctx)
        }
        ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
            *c = ctx;
            for elt in elts {
                set_ctx(elt, ctx)?;
            }
            Ok(())
        }
        ExprKind::Constant(_) | ExprKind::JoinedStr(_) => {
            let msg = if ctx == Ctx::Del { "can't delete literal" } else { "can't assign to literal" };
            Err(Fail::syntax(msg, line))
        }
        _ => {
            let msg = if ctx == Ctx::Del { "can't delete expression" } else { "can't assign to expression" };
            Err(Fail::syntax(msg, line))
        }
    }
}

impl<'t> Parser<'t> {
    pub(crate) fn new(toks: &'t [Token], real_end: usize, depth: usize) -> Self {
        Parser { toks, pos: 0, real_end, depth }
    }

    // ---- token helpers ----

    fn peek(&self) -> &Tok {
        match self.toks.get(self.pos) {
            Some(t) => &t.tok,
            None => &Tok::End,
        }
    }

    fn peek_at(&self, k: usize) -> &Tok {
        match self.toks.get(self.pos + k) {
            Some(t) => &t.tok,
            None => &Tok::End,
        }
    }

    fn line(&self) -> Line {
        match self.toks.get(self.pos).or(self.toks.last()) {
            Some(t) => t.line,
            None => 1,
        }
    }

    fn advance(&mut self) {
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
    }

    fn is_op(&self, op: Op) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: Kw) -> bool {
        matches!(self.peek(), Tok::Kw(k) if *k == kw)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        if self.is_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        if self.is_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub(crate) fn fail_kind(&self, kind: ParseErrorKind, msg: &'static str) -> Box<Fail> {
        Fail::new(kind, msg, self.line(), self.pos >= self.real_end)
    }

    pub(crate) fn fail(&self, msg: &'static str) -> Box<Fail> {
        self.fail_kind(ParseErrorKind::SyntaxError, msg)
    }

    fn expect_op(&mut self, op: Op) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.fail("invalid syntax"))
        }
    }

    fn expect_kw(&mut self, kw: Kw) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.fail("invalid syntax"))
        }
    }

    fn name(&mut self) -> PResult<String> {
        if let Tok::Name(n) = self.peek() {
            let n = n.clone();
            self.advance();
            Ok(n)
        } else {
            Err(self.fail("invalid syntax"))
        }
    }

    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail(DEPTH_MESSAGE));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    pub(crate) fn at_end(&self) -> bool {
        matches!(self.peek(), Tok::End)
    }

    pub(crate) fn skip_newlines(&mut self) {
        while matches!(self.peek(), Tok::Newline) {
            self.advance();
        }
    }

    /// Whether the current token can start an expression.
    fn starts_expr(&self) -> bool {
        match self.peek() {
            Tok::Name(_) | Tok::Num(_) | Tok::Str(_) => true,
            Tok::Kw(k) => matches!(k, Kw::None | Kw::True | Kw::False | Kw::Lambda | Kw::Not | Kw::Await),
            Tok::Op(o) => matches!(
                o,
                Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis | Op::Star
            ),
            _ => false,
        }
    }

    fn at_comp_for(&self) -> bool {
        self.is_kw(Kw::For) || (self.is_kw(Kw::Async) && matches!(self.peek_at(1), Tok::Kw(Kw::For)))
    }

    // ---- module and statements ----

    pub(crate) fn module(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            self.skip_newlines();
            if self.at_end() {
                break;
            }
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let line = self.line();
        let r = match self.peek() {
            Tok::Kw(Kw::If) => self.if_stmt(false),
            Tok::Kw(Kw::While) => self.if_stmt(true),
            Tok::Kw(Kw::For) => self.for_stmt(false),
            Tok::Kw(Kw::Try) => self.try_stmt(),
            Tok::Kw(Kw::With) => self.with_stmt(false),
            Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), false),
            Tok::Kw(Kw::Class) => self.classdef(Vec::new()),
            Tok::Kw(Kw::Async) | Tok::Op(Op::At) | Tok::Indent | Tok::Dedent => return self.statement_rare(out),
            _ => return self.simple_stmts(out),
        };
        push_stmt(out, line, r)
    }

    #[inline(never)]
    fn statement_rare(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let line = self.line();
        let r = match self.peek() {
            Tok::Kw(Kw::Async) => {
                self.advance();
                match self.peek() {
                    Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), true),
                    Tok::Kw(Kw::For) => self.for_stmt(true),
                    Tok::Kw(Kw::With) => self.with_stmt(true),
                    _ => return Err(self.fail("invalid syntax")),
                }
            }
            Tok::Op(Op::At) => return self.decorated(out),
            Tok::Indent => return Err(self.fail_kind(ParseErrorKind::IndentationError, "unexpected indent")),
            _ => {
                return Err(
                    self.fail_kind(ParseErrorKind::IndentationError, "unindent doesn't match any outer indent level")
                )
            }
        };
        push_stmt(out, line, r)
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let line = self.line();
            push_stmt(out, line, self.small_stmt())?;
            if self.eat_op(Op::Semi) {
                if matches!(self.peek(), Tok::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if matches!(self.peek(), Tok::Newline) {
            self.advance();
            Ok(())
        } else {
            Err(self.fail("invalid syntax"))
        }
    }

    /// The body after a compound statement's `:` (the colon is consumed here).
    fn block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_op(Op::Colon)?;
        let mut body = Vec::new();
        if matches!(self.peek(), Tok::Newline) {
            self.advance();
            if !matches!(self.peek(), Tok::Indent) {
                return Err(self.fail_kind(ParseErrorKind::IndentationError, "expected an indented block"));
            }
            self.advance();
            self.enter()?;
            while !matches!(self.peek(), Tok::Dedent | Tok::End) {
                self.statement(&mut body)?;
            }
            self.eat_dedent();
            self.leave();
        } else {
            self.simple_stmts(&mut body)?;
        }
        Ok(body)
    }

    fn eat_dedent(&mut self) {
        if matches!(self.peek(), Tok::Dedent) {
            self.advance();
        }
    }

    fn small_stmt(&mut self) -> PResult<StmtKind> {
        match self.peek() {
            Tok::Kw(Kw::Pass) => {
                self.advance();
                Ok(StmtKind::Pass)
            }
            Tok::Kw(Kw::Break) => {
                self.advance();
                Ok(StmtKind::Break)
            }
            Tok::Kw(Kw::Continue) => {
                self.advance();
                Ok(StmtKind::Continue)
            }
            Tok::Kw(Kw::Return) => {
                self.advance();
                let value = if self.starts_expr() { Some(boxed(self.star_expressions())?) } else { None };
                Ok(StmtKind::Return(value))
            }
            Tok::Kw(Kw::Raise) => {
                self.advance();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expr() {
                    exc = Some(boxed(self.test())?);
                    if self.eat_kw(Kw::From) {
                        cause = Some(boxed(self.test())?);
                    }
                }
                Ok(StmtKind::Raise { exc, cause })
            }
            Tok::Kw(Kw::Global) | Tok::Kw(Kw::Nonlocal) => {
                let global = self.is_kw(Kw::Global);
                self.advance();
                let mut names = vec![self.name()?];
                while self.eat_op(Op::Comma) {
                    names.push(self.name()?);
                }
                Ok(if global { StmtKind::Global(names) } else { StmtKind::Nonlocal(names) })
            }
            Tok::Kw(Kw::Del) => {
                self.advance();
                let mut targets = Vec::new();
                loop {
                    push_expr(&mut targets, self.binary(0))?;
                    if let Some(t) = targets.last_mut() {
                        set_ctx(t, Ctx::Del)?;
                    }
                    if !self.eat_op(Op::Comma) || !self.starts_expr() {
                        break;
                    }
                }
                Ok(StmtKind::Delete(targets))
            }
            Tok::Kw(Kw::Assert) => {
                self.advance();
                let test = boxed(self.test())?;
                let msg = if self.eat_op(Op::Comma) { Some(boxed(self.test())?) } else { None };
                Ok(StmtKind::Assert { test, msg })
            }
            Tok::Kw(Kw::Import) => {
                self.advance();
                Ok(StmtKind::Import(self.aliases(true, false)?))
            }
            Tok::Kw(Kw::From) => self.import_from(),
            _ => self.expr_stmt(),
        }
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    /// `name [as name], ...` of an import: dotted module names for `import`, plain names (in parentheses, which
    /// allow a trailing comma) for `from ... import`.
    fn aliases(&mut self, dotted: bool, paren: bool) -> PResult<Vec<Alias>> {
        let mut names = Vec::new();
        loop {
            let name = if dotted { self.dotted_name()? } else { self.name()? };
            let asname = if self.eat_kw(Kw::As) { Some(self.name()?) } else { None };
            names.push(Alias { name, asname });
            if !self.eat_op(Op::Comma) || (paren && self.is_op(Op::RPar)) {
                break;
            }
        }
        Ok(names)
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if matches!(self.peek(), Tok::Name(_)) { Some(self.dotted_name()?) } else { None };
        if module.is_none() && level == 0 {
            return Err(self.fail("invalid syntax"));
        }
        self.expect_kw(Kw::Import)?;
        let names;
        if self.eat_op(Op::Star) {
            names = vec![Alias { name: "*".into(), asname: None }];
        } else {
            let paren = self.eat_op(Op::LPar);
            names = self.aliases(false, paren)?;
            if paren {
                self.expect_op(Op::RPar)?;
            }
        }
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    fn expr_or_yield(&mut self) -> PResult<Expr> {
        if self.is_kw(Kw::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn expr_stmt(&mut self) -> PResult<StmtKind> {
        let parenthesised = self.is_op(Op::LPar);
        // Boxed at once: most statements keep it boxed (as the expression statement, or the target of an
        // augmented or annotated assignment).
        let mut first = boxed(self.expr_or_yield())?;
        let aug = augop_of(self.peek());
        if aug.is_some() || self.is_op(Op::Colon) {
            if !matches!(first.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                let msg = match aug {
                    Some(_) => "illegal expression for augmented assignment",
                    None => "illegal target for annotation",
                };
                return Err(Fail::syntax(msg, first.line));
            }
            set_ctx(&mut first, Ctx::Store)?;
            self.advance();
            if let Some(op) = aug {
                return Ok(StmtKind::AugAssign { target: first, op, value: boxed(self.expr_or_yield())? });
            }
            let annotation = boxed(self.test())?;
            let value = if self.eat_op(Op::Eq) { Some(boxed(self.expr_or_yield())?) } else { None };
            let simple = !parenthesised && matches!(first.kind, ExprKind::Name { .. });
            return Ok(StmtKind::AnnAssign { target: first, annotation, value, simple });
        }
        if self.is_op(Op::Eq) {
            // Every expression before the last `=` is a target; the last one is the value.
            let mut targets = one(*first);
            loop {
                self.advance();
                push_expr(&mut targets, self.expr_or_yield())?;
                if !self.is_op(Op::Eq) {
                    break;
                }
            }
            let value = Box::new(targets.pop().expect("the value was pushed"));
            for t in targets.iter_mut() {
                set_ctx(t, Ctx::Store)?;
            }
            return Ok(StmtKind::Assign { targets, value });
        }
        if let ExprKind::Starred { .. } = first.kind {
            return Err(Fail::syntax("can't use starred expression here", first.line));
        }
        Ok(StmtKind::Expr(first))
    }

    /// `if` with its `elif`s, or `while`: a test, a block and an optional `else` block.
    fn if_stmt(&mut self, is_while: bool) -> PResult<StmtKind> {
        // `elif` chains are collected in a loop and nested afterwards, so long chains do not recurse.
        self.advance();
        let test = boxed(self.named_expr())?;
        let body = self.block()?;
        let mut elifs: Vec<(Line, Box<Expr>, Vec<Stmt>)> = Vec::new();
        while !is_while && self.is_kw(Kw::Elif) {
            let line = self.line();
            self.advance();
            let test = boxed(self.named_expr())?;
            let body = self.block()?;
            elifs.push((line, test, body));
        }
        let mut orelse = self.else_block()?;
        if is_while {
            return Ok(StmtKind::While { test, body, orelse });
        }
        while let Some((line, test, body)) = elifs.pop() {
            orelse = vec![Stmt { line, kind: StmtKind::If { test, body, orelse } }];
        }
        Ok(StmtKind::If { test, body, orelse })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.eat_kw(Kw::Else) {
            self.block()
        } else {
            Ok(Vec::new())
        }
    }

    fn for_stmt(&mut self, is_async: bool) -> PResult<StmtKind> {
        self.advance();
        let target = boxed(self.target_list())?;
        self.expect_kw(Kw::In)?;
        let iter = boxed(self.star_expressions())?;
        let body = self.block()?;
        let orelse = self.else_block()?;
        Ok(StmtKind::For { is_async, target, iter, body, orelse })
    }

    fn try_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let body = self.block()?;
        let mut handlers = Vec::new();
        while self.is_kw(Kw::Except) {
            let line = self.line();
            if handlers.last().is_some_and(|h: &ExceptHandler| h.typ.is_none()) {
                return Err(self.fail("default 'except' must be last"));
            }
            self.advance();
            let mut typ = None;
            let mut name = None;
            if !self.is_op(Op::Colon) {
                typ = Some(boxed(self.test())?);
                if self.eat_kw(Kw::As) {
                    name = Some(self.name()?);
                }
            }
            let body = self.block()?;
            handlers.push(ExceptHandler { line, typ, name, body });
        }
        if handlers.is_empty() && self.is_kw(Kw::Else) {
            return Err(self.fail("invalid syntax"));
        }
        let orelse = self.else_block()?;
        let mut finalbody = Vec::new();
        if self.eat_kw(Kw::Finally) {
            finalbody = self.block()?;
        } else if handlers.is_empty() {
            return Err(self.fail("invalid syntax"));
        }
        Ok(StmtKind::Try(Box::new(Try { body, handlers, orelse, finalbody })))
    }

    /// Whether the `(` at the cursor closes just before a `:` (the parenthesised form of `with` items).
    fn paren_before_colon(&self) -> bool {
        let mut depth = 0usize;
        let mut k = self.pos;
        while let Some(t) = self.toks.get(k) {
            match &t.tok {
                Tok::Op(Op::LPar | Op::LSqb | Op::LBrace) => depth += 1,
                Tok::Op(Op::RPar | Op::RSqb | Op::RBrace) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return matches!(self.toks.get(k + 1).map(|t| &t.tok), Some(Tok::Op(Op::Colon)));
                    }
                }
                Tok::Newline | Tok::End => return false,
                _ => {}
            }
            k += 1;
        }
        false
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = boxed(self.test())?;
        let target = if self.eat_kw(Kw::As) {
            let mut t = boxed(self.star_item(true))?;
            set_ctx(&mut t, Ctx::Store)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn with_stmt(&mut self, is_async: bool) -> PResult<StmtKind> {
        self.advance();
        let mut items = Vec::new();
        if self.is_op(Op::LPar) && self.paren_before_colon() {
            // `with (a as b, c):` — but `with (a, b) as c:` is not this form (no `:` right after the `)`).
            self.advance();
            self.enter()?;
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(Op::Comma) || self.is_op(Op::RPar) {
                    break;
                }
            }
            self.expect_op(Op::RPar)?;
            self.leave();
            // `with (a):` / `with (a, b):` parse the same either way.
        } else {
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(Op::Comma) {
                    break;
                }
            }
        }
        let body = self.block()?;
        Ok(StmtKind::With { is_async, items, body })
    }

    /// A decorated definition; its line is the line of its `def`/`class`, as in CPython.
    fn decorated(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            push_expr(&mut decorators, self.named_expr())?;
            if !matches!(self.peek(), Tok::Newline) {
                return Err(self.fail("invalid syntax"));
            }
            self.advance();
        }
        let line = self.line();
        let r = match self.peek() {
            Tok::Kw(Kw::Def) => self.funcdef(decorators, false),
            Tok::Kw(Kw::Class) => self.classdef(decorators),
            Tok::Kw(Kw::Async) if matches!(self.peek_at(1), Tok::Kw(Kw::Def)) => {
                self.advance();
                self.funcdef(decorators, true)
            }
            _ => return Err(self.fail("invalid syntax")),
        };
        push_stmt(out, line, r)
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool) -> PResult<StmtKind> {
        self.advance();
        let name = self.name()?;
        self.expect_op(Op::LPar)?;
        let args = self.parameters(Op::RPar, true)?;
        self.expect_op(Op::RPar)?;
        let returns = if self.eat_op(Op::Arrow) { Some(boxed(self.test())?) } else { None };
        let body = self.block()?;
        Ok(StmtKind::FunctionDef(Box::new(FunctionDef { name, args, body, decorators, returns, is_async })))
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<StmtKind> {
        self.advance();
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.eat_op(Op::LPar) {
            self.enter()?;
            (bases, keywords) = self.call_args()?;
            self.leave();
        }
        let body = self.block()?;
        Ok(StmtKind::ClassDef(Box::new(ClassDef { name, bases, keywords, body, decorators })))
    }

    /// A parameter list up to (not including) `close`: `)` for `def`, `:` for `lambda`.
    fn parameters(&mut self, close: Op, annotations: bool) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut seen_star = false;
        let mut seen_slash = false;
        while !self.is_op(close) {
            if self.kwarg_done(&a) {
                return Err(self.fail("invalid syntax"));
            }
            if self.eat_op(Op::Slash) {
                if seen_slash || seen_star || a.args.is_empty() {
                    return Err(self.fail("invalid syntax"));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            } else if self.eat_op(Op::StarStar) {
                a.kwarg = Some(self.param(annotations)?);
            } else if self.eat_op(Op::Star) {
                if seen_star {
                    return Err(self.fail("invalid syntax"));
                }
                seen_star = true;
                if !self.is_op(Op::Comma) && !self.is_op(close) {
                    a.vararg = Some(self.param(annotations)?);
                } else if self.is_op(close) || matches!(self.peek_at(1), Tok::Op(o) if *o == close) {
                    // A bare `*` must be followed by a keyword-only parameter.
                    return Err(self.fail("invalid syntax"));
                }
            } else {
                let p = self.param(annotations)?;
                let default = if self.eat_op(Op::Eq) { Some(self.test()?) } else { None };
                if seen_star {
                    a.kwonlyargs.push(p);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None if !a.defaults.is_empty() => {
                            return Err(self.fail("non-default argument follows default argument"))
                        }
                        None => {}
                    }
                    a.args.push(p);
                }
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(a)
    }

    fn kwarg_done(&self, a: &Arguments) -> bool {
        a.kwarg.is_some()
    }

    fn param(&mut self, annotations: bool) -> PResult<Arg> {
        let line = self.line();
        let name = self.name()?;
        let annotation = if annotations && self.eat_op(Op::Colon) { Some(boxed(self.test())?) } else { None };
        Ok(Arg { name, annotation, line })
    }

    // ---- expressions ----

    /// `a, *b, c` without brackets (a single item stays itself; a trailing comma makes a tuple).
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        self.star_list(false)
    }

    /// `star_expressions`, or with `target` the same shape of targets (see `star_item`), still in `Load`.
    fn star_list(&mut self, target: bool) -> PResult<Expr> {
        let line = self.line();
        let first = self.star_item(target)?;
        if !self.is_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = one(first);
        while self.eat_op(Op::Comma) {
            if !self.starts_expr() {
                break;
            }
            push_expr(&mut elts, self.star_item(target))?;
        }
        Ok(ex(line, ExprKind::Tuple { elts, ctx: Ctx::Load }))
    }

    /// `*x` or an expression; an assignment target (`target`) is a bare `binary` expression (no `if`,
    /// comparison or boolean operator), and `set_ctx` marks it afterwards.
    fn star_item(&mut self, target: bool) -> PResult<Expr> {
        if self.is_op(Op::Star) {
            let line = self.line();
            self.advance();
            let value = boxed(self.binary(0))?;
            Ok(ex(line, ExprKind::Starred { value, ctx: Ctx::Load }))
        } else if target {
            self.binary(0)
        } else {
            self.test()
        }
    }

    /// An element of a list/set/tuple display or call: `*x`, or an expression possibly with `:=`.
    fn star_named(&mut self) -> PResult<Expr> {
        if self.is_op(Op::Star) {
            self.star_item(false)
        } else {
            self.named_expr()
        }
    }

    /// Targets of `for` and comprehensions: `a`, `a, b`, `(a, *b)`, `x.y`, `z[0]`.
    fn target_list(&mut self) -> PResult<Expr> {
        let mut t = self.star_list(true)?;
        set_ctx(&mut t, Ctx::Store)?;
        Ok(t)
    }

    /// The items of a display after its first, up to (not consuming) `close`.
    fn items_after(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = one(first);
        while self.eat_op(Op::Comma) && !self.is_op(close) {
            push_expr(&mut elts, self.star_named())?;
        }
        Ok(elts)
    }

    // The functions on the path that nested brackets recurse through (named_expr .. atom) keep their common
    // case tiny and hand anything else to separate functions: in debug builds every temporary gets its own
    // stack slot, and this keeps the stack used per nesting level small.

    pub(crate) fn named_expr(&mut self) -> PResult<Expr> {
        match self.test() {
            Ok(e) if self.is_op(Op::ColonEq) => self.walrus(e),
            r => r,
        }
    }

    #[inline(never)]
    fn walrus(&mut self, e: Expr) -> PResult<Expr> {
        if !matches!(e.kind, ExprKind::Name { .. }) {
            return Err(Fail::syntax("can't assign to expression", e.line));
        }
        self.advance();
        let mut target = e;
        set_ctx(&mut target, Ctx::Store)?;
        self.enter()?;
        let value = boxed(self.test())?;
        self.leave();
        let line = target.line;
        Ok(ex(line, ExprKind::NamedExpr { target: bx(target), value }))
    }

    pub(crate) fn test(&mut self) -> PResult<Expr> {
        if self.is_kw(Kw::Lambda) {
            return self.lambda();
        }
        match self.or_test() {
            Ok(e) if self.is_kw(Kw::If) => self.if_exp(e),
            r => r,
        }
    }

    #[inline(never)]
    fn if_exp(&mut self, body: Expr) -> PResult<Expr> {
        self.advance();
        let test = boxed(self.or_test())?;
        self.expect_kw(Kw::Else)?;
        self.enter()?;
        let orelse = boxed(self.test())?;
        self.leave();
        let line = body.line;
        Ok(ex(line, ExprKind::IfExp { test, body: bx(body), orelse }))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        self.enter()?;
        let args = self.parameters(Op::Colon, false)?;
        self.expect_op(Op::Colon)?;
        let body = boxed(self.test())?;
        self.leave();
        Ok(ex(line, ExprKind::Lambda { args: Box::new(args), body }))
    }

    fn or_test(&mut self) -> PResult<Expr> {
        match self.and_test() {
            Ok(e) if self.is_kw(Kw::Or) => self.bool_op(e, BoolOp::Or),
            r => r,
        }
    }

    fn and_test(&mut self) -> PResult<Expr> {
        match self.not_test() {
            Ok(e) if self.is_kw(Kw::And) => self.bool_op(e, BoolOp::And),
            r => r,
        }
    }

    #[inline(never)]
    fn bool_op(&mut self, first: Expr, op: BoolOp) -> PResult<Expr> {
        let line = first.line;
        let kw = if op == BoolOp::Or { Kw::Or } else { Kw::And };
        let mut values = one(first);
        while self.eat_kw(kw) {
            push_expr(&mut values, if op == BoolOp::Or { self.and_test() } else { self.not_test() })?;
        }
        Ok(ex(line, ExprKind::BoolOp { op, values }))
    }

    fn not_test(&mut self) -> PResult<Expr> {
        if self.is_kw(Kw::Not) {
            return self.prefixed(true);
        }
        self.comparison()
    }

    fn comp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.peek() {
            Tok::Op(Op::Lt) => (CmpOp::Lt, 1),
            Tok::Op(Op::Gt) => (CmpOp::Gt, 1),
            Tok::Op(Op::EqEq) => (CmpOp::Eq, 1),
            Tok::Op(Op::GtEq) => (CmpOp::GtE, 1),
            Tok::Op(Op::LtEq) => (CmpOp::LtE, 1),
            Tok::Op(Op::NotEq) => (CmpOp::NotEq, 1),
            Tok::Kw(Kw::In) => (CmpOp::In, 1),
            Tok::Kw(Kw::Not) if matches!(self.peek_at(1), Tok::Kw(Kw::In)) => (CmpOp::NotIn, 2),
            Tok::Kw(Kw::Is) if matches!(self.peek_at(1), Tok::Kw(Kw::Not)) => (CmpOp::IsNot, 2),
            Tok::Kw(Kw::Is) => (CmpOp::Is, 1),
            _ => return None,
        })
    }

    fn comparison(&mut self) -> PResult<Expr> {
        match self.binary(0) {
            Ok(e) if self.comp_op().is_some() => self.compare(e),
            r => r,
        }
    }

    #[inline(never)]
    fn compare(&mut self, left: Expr) -> PResult<Expr> {
        let line = left.line;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.comp_op() {
            for _ in 0..n {
                self.advance();
            }
            ops.push(op);
            push_expr(&mut comparators, self.binary(0))?;
        }
        Ok(ex(line, ExprKind::Compare { left: bx(left), ops, comparators }))
    }

    /// Binary operators from `|` down to `*`, by precedence climbing: a chain at one level is a loop, and the
    /// recursion only goes as deep as the number of precedence levels.
    pub(crate) fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        match self.unary() {
            Ok(e) if binop_of(self.peek()).is_some_and(|(_, prec)| prec >= min_prec) => self.binary_rest(e, min_prec),
            r => r,
        }
    }

    #[inline(never)]
    fn binary_rest(&mut self, mut left: Expr, min_prec: u8) -> PResult<Expr> {
        loop {
            let (op, prec) = match binop_of(self.peek()) {
                Some((op, prec)) if prec >= min_prec => (op, prec),
                _ => break,
            };
            self.advance();
            let right = self.binary(prec + 1)?;
            let line = left.line;
            left = ex(line, ExprKind::BinOp { left: bx(left), op, right: bx(right) });
        }
        Ok(left)
    }

    fn unary(&mut self) -> PResult<Expr> {
        if matches!(self.peek(), Tok::Op(Op::Minus | Op::Plus | Op::Tilde)) {
            return self.prefixed(false);
        }
        self.power()
    }

    /// A run of prefix operators, `not` (`not_test`) or `-`, `+`, `~` (`unary`), and what they apply to. The
    /// run is a loop, and each operator still counts as a level of nesting.
    #[inline(never)]
    fn prefixed(&mut self, not: bool) -> PResult<Expr> {
        let mut ops = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::Kw(Kw::Not) if not => UnaryOp::Not,
                Tok::Op(Op::Minus) if !not => UnaryOp::USub,
                Tok::Op(Op::Plus) if !not => UnaryOp::UAdd,
                Tok::Op(Op::Tilde) if !not => UnaryOp::Invert,
                _ => break,
            };
            ops.push((op, self.line()));
            self.advance();
        }
        if self.depth + ops.len() > MAX_DEPTH {
            return Err(self.fail(DEPTH_MESSAGE));
        }
        self.depth += ops.len();
        let mut e = if not { self.comparison()? } else { self.power()? };
        self.depth -= ops.len();
        while let Some((op, line)) = ops.pop() {
            e = ex(line, ExprKind::UnaryOp { op, operand: bx(e) });
        }
        Ok(e)
    }

    fn power(&mut self) -> PResult<Expr> {
        if self.is_kw(Kw::Await) {
            return self.await_power();
        }
        match self.primary() {
            Ok(e) if self.is_op(Op::StarStar) => self.pow_rest(e),
            r => r,
        }
    }

    #[inline(never)]
    fn await_power(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        let base = ex(line, ExprKind::Await(boxed(self.primary())?));
        if self.is_op(Op::StarStar) {
            return self.pow_rest(base);
        }
        Ok(base)
    }

    #[inline(never)]
    fn pow_rest(&mut self, base: Expr) -> PResult<Expr> {
        self.advance();
        self.enter()?;
        let right = boxed(self.unary())?;
        self.leave();
        let line = base.line;
        Ok(ex(line, ExprKind::BinOp { left: bx(base), op: BinOp::Pow, right }))
    }

    fn primary(&mut self) -> PResult<Expr> {
        match self.atom() {
            Ok(e) if matches!(self.peek(), Tok::Op(Op::Dot | Op::LPar | Op::LSqb)) => self.trailers(e),
            r => r,
        }
    }

    #[inline(never)]
    fn trailers(&mut self, mut e: Expr) -> PResult<Expr> {
        loop {
            let r = match self.peek() {
                Tok::Op(Op::Dot) => self.attribute(e),
                Tok::Op(Op::LPar) => self.call(e),
                Tok::Op(Op::LSqb) => self.subscription(e),
                _ => break,
            };
            e = r?;
        }
        Ok(e)
    }

    #[inline(never)]
    fn attribute(&mut self, e: Expr) -> PResult<Expr> {
        self.advance();
        let attr = self.name()?;
        let line = e.line;
        Ok(ex(line, ExprKind::Attribute { value: bx(e), attr, ctx: Ctx::Load }))
    }

    #[inline(never)]
    fn call(&mut self, func: Expr) -> PResult<Expr> {
        self.advance();
        self.enter()?;
        let (args, keywords) = self.call_args()?;
        self.leave();
        let line = func.line;
        Ok(ex(line, ExprKind::Call { func: bx(func), args, keywords }))
    }

    #[inline(never)]
    fn subscription(&mut self, value: Expr) -> PResult<Expr> {
        self.advance();
        self.enter()?;
        let slice = boxed(self.subscript())?;
        self.leave();
        let line = value.line;
        Ok(ex(line, ExprKind::Subscript { value: bx(value), slice, ctx: Ctx::Load }))
    }

    /// Arguments after `(` up to and including `)`.
    fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kwargs = false;
        while !self.is_op(Op::RPar) {
            self.call_arg(&mut args, &mut keywords, &mut seen_kwargs)?;
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RPar)?;
        Ok((args, keywords))
    }

    fn call_arg(&mut self, args: &mut Vec<Expr>, keywords: &mut Vec<Keyword>, seen_kwargs: &mut bool) -> PResult<()> {
        if matches!(self.peek(), Tok::Op(Op::Star | Op::StarStar)) {
            return self.call_arg_star(args, keywords, seen_kwargs);
        }
        match self.named_expr() {
            Ok(e) => self.call_arg_rest(e, args, keywords, *seen_kwargs),
            Err(f) => Err(f),
        }
    }

    #[inline(never)]
    fn call_arg_star(
        &mut self,
        args: &mut Vec<Expr>,
        keywords: &mut Vec<Keyword>,
        seen_kwargs: &mut bool,
    ) -> PResult<()> {
        if self.eat_op(Op::Star) {
            let line = self.line();
            if *seen_kwargs {
                return Err(self.fail("iterable argument unpacking follows keyword argument unpacking"));
            }
            let value = boxed(self.test())?;
            args.push(ex(line, ExprKind::Starred { value, ctx: Ctx::Load }));
        } else {
            self.advance();
            *seen_kwargs = true;
            push_keyword(keywords, None, boxed(self.test()))?;
        }
        Ok(())
    }

    #[inline(never)]
    fn call_arg_rest(
        &mut self,
        e: Expr,
        args: &mut Vec<Expr>,
        keywords: &mut Vec<Keyword>,
        seen_kwargs: bool,
    ) -> PResult<()> {
        if self.is_op(Op::Eq) {
            let ExprKind::Name { id, .. } = &e.kind else {
                return Err(Fail::syntax("expression cannot contain assignment", e.line));
            };
            let id = id.clone();
            self.advance();
            push_keyword(keywords, Some(id), boxed(self.test()))?;
        } else if self.at_comp_for() {
            let line = e.line;
            let generators = self.comp_for()?;
            if !args.is_empty() || !keywords.is_empty() || (self.is_op(Op::Comma) && !self.peek_is_close_after_comma())
            {
                return Err(Fail::syntax("Generator expression must be parenthesized", line));
            }
            args.push(ex(line, ExprKind::GeneratorExp { elt: bx(e), generators }));
        } else {
            if seen_kwargs {
                return Err(Fail::syntax("positional argument follows keyword argument unpacking", e.line));
            }
            if !keywords.is_empty() {
                return Err(Fail::syntax("positional argument follows keyword argument", e.line));
            }
            args.push(e);
        }
        Ok(())
    }

    fn peek_is_close_after_comma(&self) -> bool {
        matches!(self.peek_at(1), Tok::Op(Op::RPar))
    }

    /// The inside of `[...]` after a primary, up to and including `]`.
    fn subscript(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut items = Vec::new();
        let mut trailing_comma = false;
        loop {
            push_expr(&mut items, self.slice_item())?;
            if !self.eat_op(Op::Comma) {
                break;
            }
            if self.is_op(Op::RSqb) {
                trailing_comma = true;
                break;
            }
        }
        self.expect_op(Op::RSqb)?;
        if items.len() == 1 && !trailing_comma {
            Ok(items.pop().unwrap_or_else(|| ex(line, ExprKind::Constant(Constant::None))))
        } else {
            Ok(ex(line, ExprKind::Tuple { elts: items, ctx: Ctx::Load }))
        }
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let line = self.line();
        if self.is_op(Op::Colon) {
            return self.slice_rest(line, None);
        }
        match self.star_named() {
            Ok(e) if self.is_op(Op::Colon) => self.slice_rest(line, Some(e)),
            r => r,
        }
    }

    #[inline(never)]
    fn slice_rest(&mut self, line: Line, lower: Option<Expr>) -> PResult<Expr> {
        self.advance(); // `:`
        let ends = |p: &Self| p.is_op(Op::RSqb) || p.is_op(Op::Comma) || p.is_op(Op::Colon);
        let upper = if ends(self) { None } else { Some(boxed(self.test())?) };
        let mut step = None;
        if self.eat_op(Op::Colon) && !ends(self) {
            step = Some(boxed(self.test())?);
        }
        Ok(ex(line, ExprKind::Slice { lower: lower.map(bx), upper, step }))
    }

    fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat_kw(Kw::Async);
            self.advance(); // `for`
            let target = boxed(self.target_list())?;
            self.expect_kw(Kw::In)?;
            let iter = boxed(self.or_test())?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                push_expr(&mut ifs, self.or_test())?;
            }
            generators.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(generators)
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        if self.eat_kw(Kw::From) {
            return Ok(ex(line, ExprKind::YieldFrom(boxed(self.test())?)));
        }
        if self.starts_expr() {
            return Ok(ex(line, ExprKind::Yield(Some(boxed(self.star_expressions())?))));
        }
        Ok(ex(line, ExprKind::Yield(None)))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        let kind = match self.peek() {
            Tok::Name(n) => ExprKind::Name { id: n.clone(), ctx: Ctx::Load },
            Tok::Num(c) => ExprKind::Constant(c.clone()),
            Tok::Kw(Kw::None) => ExprKind::Constant(Constant::None),
            Tok::Kw(Kw::True) => ExprKind::Constant(Constant::True),
            Tok::Kw(Kw::False) => ExprKind::Constant(Constant::False),
            Tok::Op(Op::Ellipsis) => ExprKind::Constant(Constant::Ellipsis),
            Tok::Str(_) => return self.strings(),
            Tok::Op(Op::LPar) => return self.paren(),
            Tok::Op(Op::LSqb) => return self.list(),
            Tok::Op(Op::LBrace) => return self.brace(),
            _ => return Err(self.fail("invalid syntax")),
        };
        self.advance();
        Ok(ex(line, kind))
    }

    /// An f-string field's expression, lexed inside added parentheses.
    pub(crate) fn paren_for_fstring(&mut self) -> PResult<Expr> {
        self.paren()
    }

    fn paren(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        self.enter()?;
        if self.is_op(Op::RPar) || self.is_kw(Kw::Yield) {
            return self.paren_special(line);
        }
        match self.star_named() {
            Ok(first) => self.paren_rest(line, first),
            r => r,
        }
    }

    #[inline(never)]
    fn paren_special(&mut self, line: Line) -> PResult<Expr> {
        let e = if self.is_op(Op::RPar) {
            ex(line, ExprKind::Tuple { elts: Vec::new(), ctx: Ctx::Load })
        } else {
            self.yield_expr()?
        };
        self.close(Op::RPar, e)
    }

    /// The closing bracket of a display whose opening one `enter`ed a level, then the display `e`.
    fn close(&mut self, op: Op, e: Expr) -> PResult<Expr> {
        self.expect_op(op)?;
        self.leave();
        Ok(e)
    }

    #[inline(never)]
    fn paren_rest(&mut self, line: Line, first: Expr) -> PResult<Expr> {
        let e = if self.at_comp_for() {
            let generators = self.comp_for()?;
            ex(line, ExprKind::GeneratorExp { elt: bx(first), generators })
        } else if self.is_op(Op::Comma) {
            ex(line, ExprKind::Tuple { elts: self.items_after(first, Op::RPar)?, ctx: Ctx::Load })
        } else {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(Fail::syntax("can't use starred expression here", first.line));
            }
            first
        };
        self.close(Op::RPar, e)
    }

    fn list(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        self.enter()?;
        if self.is_op(Op::RSqb) {
            return self.close(Op::RSqb, ex(line, ExprKind::List { elts: Vec::new(), ctx: Ctx::Load }));
        }
        match self.star_named() {
            Ok(first) => self.list_rest(line, first),
            r => r,
        }
    }

    #[inline(never)]
    fn list_rest(&mut self, line: Line, first: Expr) -> PResult<Expr> {
        let kind = if self.at_comp_for() {
            ExprKind::ListComp { elt: bx(first), generators: self.comp_for()? }
        } else {
            ExprKind::List { elts: self.items_after(first, Op::RSqb)?, ctx: Ctx::Load }
        };
        self.close(Op::RSqb, ex(line, kind))
    }

    fn brace(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.advance();
        self.enter()?;
        if self.is_op(Op::RBrace) || self.is_op(Op::StarStar) {
            return self.brace_rest(line, None);
        }
        match self.star_named() {
            Ok(first) => self.brace_rest(line, Some(first)),
            Err(f) => Err(f),
        }
    }

    /// The rest of a dict or set display after its first element (None if it is `**x` or the display is empty).
    #[inline(never)]
    fn brace_rest(&mut self, line: Line, first: Option<Expr>) -> PResult<Expr> {
        let kind = match first {
            Some(first) if !self.is_op(Op::Colon) => {
                if self.at_comp_for() {
                    ExprKind::SetComp { elt: bx(first), generators: self.comp_for()? }
                } else {
                    ExprKind::Set(self.items_after(first, Op::RBrace)?)
                }
            }
            key => self.dict_items(key)?,
        };
        self.close(Op::RBrace, ex(line, kind))
    }

    /// A dict display's entries up to (not consuming) `}`, or a dict comprehension; `key` is the first key
    /// when the caller has parsed it.
    fn dict_items(&mut self, mut key: Option<Expr>) -> PResult<ExprKind> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        loop {
            if key.is_none() {
                if self.is_op(Op::RBrace) {
                    break;
                }
                if !self.eat_op(Op::StarStar) {
                    key = Some(self.test()?);
                }
            }
            // No key here means a `**mapping` entry.
            match key.take() {
                None => {
                    keys.push(None);
                    push_expr(&mut values, self.binary(0))?;
                }
                Some(k) => {
                    self.expect_op(Op::Colon)?;
                    if keys.is_empty() {
                        let value = self.test()?;
                        if self.at_comp_for() {
                            let generators = self.comp_for()?;
                            return Ok(ExprKind::DictComp { key: bx(k), value: bx(value), generators });
                        }
                        values.push(value);
                    } else {
                        push_expr(&mut values, self.test())?;
                    }
                    keys.push(Some(k));
                }
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(ExprKind::Dict { keys, values })
    }

    /// One or more adjacent string literals.
    fn strings(&mut self) -> PResult<Expr> {
        let line = self.line();
        let toks = self.toks;
        let mut lits: Vec<(&StrLit, Line)> = Vec::new();
        while let Some(Token { tok: Tok::Str(s), line }) = toks.get(self.pos) {
            lits.push((s, *line));
            self.pos += 1;
        }
        crate::strings::concat(self, line, &lits)
    }
}
