//! Code generation: walks the AST with the scopes found by `symtable` and emits the instructions of each code
//! object (module, class bodies, functions, lambdas, comprehensions). Jumps are emitted to labels and resolved
//! when a code object is finished; `stack::max_stack` then computes its stack size.

use super::stack::max_stack;
use super::symtable::{NameScope, ScopeKind, SymbolTable, DEF_PARAM};
use crate::bytecode::*;
use crate::strmap::StrMap;
use circuitpython_parser::ast::*;
use std::rc::Rc;

use super::{err, R};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(u32);

/// What `break`, `continue` and `return` must undo when they leave a block.
#[derive(Clone, Copy)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        end: Label,
    },
    /// `for` and `async for`: the iterator is on the stack.
    ForLoop {
        start: Label,
        end: Label,
    },
    /// Inside `try` of a try/except: a handler block is pushed.
    TryExcept,
    /// Inside `try` of a try/finally: pop the block and run a copy of the finally body.
    FinallyTry(&'a [Stmt]),
    /// Inside a `finally` entered by an exception: the exception is on the stack and being handled.
    FinallyEnd,
    /// Inside an `except` handler: the exception is on the stack and being handled.
    Handler(Option<&'a str>),
    /// Inside a `with` body: `__exit__` is on the stack, a handler block is pushed.
    With,
    AsyncWith,
    /// A finally body copied into a `return`: the pending return value is on the stack under it.
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    code: CodeObject,
    names: StrMap,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    /// Where `child_scope` starts its search.
    next_child: usize,
}

pub struct Compiler<'a> {
    st: SymbolTable,
    units: Vec<Unit<'a>>,
    filename: Rc<str>,
    mode: Mode,
    /// Nesting of `expr` calls (bounded by `MAX_EXPR_DEPTH`).
    depth: usize,
}

/// Whether two constants can share a slot: floats by their bits (`0.0` and `-0.0` differ), code objects
/// never. Written out rather than through `Const`'s derived `==`, which would compare code objects
/// instruction by instruction and bring that comparison (1.3 KB) into the WebAssembly build.
fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None)
        | (Const::True, Const::True)
        | (Const::False, Const::False)
        | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) | (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Tuple(x), Const::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_const(a, b)),
        _ => false,
    }
}

fn jump_target(i: &mut Instr) -> Option<&mut u32> {
    use Instr::*;
    match i {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
        | SetupExcept(t) => Some(t),
        _ => None,
    }
}

/// `-literal`: the operand is a literal as the lexer gives it, never negative, so an int negates in range and
/// a big int's digits just take a sign (the runtime reads `-9223372036854775808` back as a small int).
fn negate_const(c: Const) -> Option<Const> {
    Some(match c {
        Const::Int(i) => Const::Int(-i),
        Const::BigInt(s) => Const::BigInt("-".to_string() + &s),
        Const::Float(f) => Const::Float(-f),
        _ => return None,
    })
}

/// A literal's constant (none for complex literals, which are not supported).
fn constant(c: &Constant) -> Option<Const> {
    Some(match c {
        Constant::None => Const::None,
        Constant::True => Const::True,
        Constant::False => Const::False,
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(s) => Const::BigInt(s.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Imaginary(_) => return None,
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
    })
}

/// The constant value of an expression, when it has one (literals, tuples of literals, negated numbers).
fn fold(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => constant(c),
        ExprKind::Tuple { elts, ctx: Ctx::Load } => {
            let mut items = Vec::with_capacity(elts.len());
            for e in elts {
                items.push(fold(e)?);
            }
            Some(Const::Tuple(items))
        }
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
            ExprKind::Constant(c) => negate_const(constant(c)?),
            _ => None,
        },
        _ => None,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

/// How many items of `elts` come before the first `*x` (all of them when there is none).
fn plain_prefix(elts: &[Expr]) -> usize {
    elts.iter().position(is_starred).unwrap_or(elts.len())
}

/// The four kinds of comprehension, in the order of their code objects' names.
#[derive(Clone, Copy, PartialEq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, PartialEq)]
enum NameOp {
    Load,
    Store,
    Delete,
}

impl<'a> Compiler<'a> {
    pub fn new(st: SymbolTable, filename: &str, mode: Mode) -> Self {
        Compiler { st, units: Vec::new(), filename: Rc::from(filename), mode, depth: 0 }
    }

    // ---------------------------------------------------------------- units

    fn push_unit(&mut self, scope: usize, name: &str, qualname: String, line: u32) {
        let s = &mut self.st.scopes[scope];
        let kind = s.kind;
        let mut varnames: Vec<String> = Vec::new();
        if kind.is_function() {
            // Fast locals: the parameters (their slots set by the first pass), then the other locals.
            varnames = s.params.clone();
            for sym in &mut s.symbols {
                if sym.scope == NameScope::Local && sym.flags & DEF_PARAM == 0 {
                    sym.slot = varnames.len() as u32;
                    varnames.push(sym.name.clone());
                }
            }
        }
        let flags =
            CodeFlags { uses_locals_dict: matches!(kind, ScopeKind::Module | ScopeKind::Class), ..Default::default() };
        let code = CodeObject {
            name: name.to_string(),
            qualname,
            filename: self.filename.clone(),
            first_line: line,
            code: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            max_stack: 0,
        };
        self.units.push(Unit {
            scope,
            kind,
            code,
            names: StrMap::default(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            line,
            next_child: 0,
        });
    }

    fn pop_unit(&mut self) -> CodeObject {
        let mut u = self.units.pop().expect("unit");
        let labels = u.labels;
        for i in u.code.code.iter_mut() {
            if let Some(t) = jump_target(i) {
                *t = labels.get(*t as usize).copied().flatten().unwrap_or(0);
            }
        }
        u.code.max_stack = max_stack(&u.code.code);
        u.code
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn scope(&self) -> &super::symtable::Scope {
        &self.st.scopes[self.units.last().expect("unit").scope]
    }

    /// The scope the first pass made for the AST node at address `node`, a child of the current unit's scope.
    /// Children are mostly compiled in the order they were found, so the search starts after the last one found.
    fn child_scope(&mut self, node: usize, line: u32) -> R<usize> {
        let u = self.units.last_mut().expect("unit");
        let children = &self.st.scopes[u.scope].children;
        let n = children.len();
        for k in 0..n {
            let i = (u.next_child + k) % n;
            if self.st.scopes[children[i]].node == node {
                u.next_child = i + 1;
                return Ok(children[i]);
            }
        }
        Err(err("internal: no scope", line))
    }

    fn emit(&mut self, i: Instr) {
        let u = self.unit();
        u.code.code.push(i);
        u.code.lines.push(u.line);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.code.code.len() as u32);
    }

    fn set_line(&mut self, line: u32) -> u32 {
        let u = self.unit();
        let old = u.line;
        if line > 0 {
            u.line = line;
        }
        old
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let consts = &mut self.unit().code.consts;
        if let Some(i) = consts.iter().position(|x| same_const(x, &c)) {
            return i as u32;
        }
        consts.push(c);
        consts.len() as u32 - 1
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.get(name) {
            return i;
        }
        let i = u.code.names.len() as u32;
        u.code.names.push(name.to_string());
        u.names.insert(name, i);
        i
    }

    fn name_op(&mut self, name: &str, op: NameOp) {
        let s = self.scope();
        let (ns, slot) = s.symbol(name).map_or((NameScope::GlobalImplicit, 0), |y| (y.scope, y.slot));
        let (kind, cell) = (s.kind, s.cell_index(name));
        let instr = match cell {
            Some(c) if matches!(ns, NameScope::Cell | NameScope::Free) => match op {
                NameOp::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(c),
                NameOp::Load => Instr::LoadDeref(c),
                NameOp::Store => Instr::StoreDeref(c),
                NameOp::Delete => Instr::DeleteDeref(c),
            },
            _ if kind.is_function() && ns == NameScope::Local => match op {
                NameOp::Load => Instr::LoadFast(slot),
                NameOp::Store => Instr::StoreFast(slot),
                NameOp::Delete => Instr::DeleteFast(slot),
            },
            _ if kind.is_function() || ns == NameScope::GlobalExplicit => {
                let n = self.name_idx(name);
                match op {
                    NameOp::Load => Instr::LoadGlobal(n),
                    NameOp::Store => Instr::StoreGlobal(n),
                    NameOp::Delete => Instr::DeleteGlobal(n),
                }
            }
            _ => {
                let n = self.name_idx(name);
                match op {
                    NameOp::Load => Instr::LoadName(n),
                    NameOp::Store => Instr::StoreName(n),
                    NameOp::Delete => Instr::DeleteName(n),
                }
            }
        };
        self.emit(instr);
    }

    // ---------------------------------------------------------------- entry

    pub fn compile_module(mut self, module: &'a Module) -> R<CodeObject> {
        let line = module.body.first().map_or(1, |s| s.line);
        self.push_unit(0, "<module>", "<module>".into(), line);
        match self.mode {
            Mode::Eval => {
                let [Stmt { kind: StmtKind::Expr(e), .. }] = module.body.as_slice() else {
                    return Err(err("invalid syntax", line));
                };
                self.expr(e)?;
                self.emit(Instr::ReturnValue);
            }
            _ => {
                self.stmts(&module.body)?;
                self.load_const(Const::None);
                self.emit(Instr::ReturnValue);
            }
        }
        Ok(self.pop_unit())
    }

    // ---------------------------------------------------------------- statements

    fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        let line = s.line;
        self.set_line(line);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, line)?,
            StmtKind::ClassDef(c) => self.class_def(c, line)?,
            StmtKind::Return(v) => {
                if !matches!(self.unit().kind, ScopeKind::Function | ScopeKind::Lambda) {
                    return Err(err("'return' outside function", line));
                }
                let sc = self.scope();
                if v.is_some() && sc.is_async && sc.is_generator {
                    return Err(err("'return' with value in async generator", line));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_all(true)?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t, NameOp::Delete)?;
                }
            }
            StmtKind::Assign { targets, value } if swap_assignment(targets, value).is_some() => {
                // `a, b = x, y` (two or three items, no stars): no tuple is built; the values are reordered
                // on the stack so the first target is stored first.
                let (elts, n) = swap_assignment(targets, value).expect("checked by the guard");
                self.exprs(elts)?;
                self.emit(Instr::Swap(n));
                let (ExprKind::Tuple { elts: tgts, .. } | ExprKind::List { elts: tgts, .. }) = &targets[0].kind else {
                    unreachable!("checked by swap_assignment")
                };
                for t in tgts {
                    self.store(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                } else {
                    match &target.kind {
                        ExprKind::Name { .. } => {}
                        ExprKind::Attribute { value, .. } => {
                            self.expr(value)?;
                            self.emit(Instr::Pop);
                        }
                        ExprKind::Subscript { value, slice, .. } => {
                            self.expr(value)?;
                            self.emit(Instr::Pop);
                            self.subscript_key(slice)?;
                            self.emit(Instr::Pop);
                        }
                        _ => return Err(err("can't assign to expression", line)),
                    }
                }
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                self.for_stmt(*is_async, target, iter, body, orelse, line)?
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let orelse_l = self.new_label();
                let end = self.new_label();
                self.bind(start);
                let always = match fold(test) {
                    Some(Const::True) => true,
                    Some(Const::Int(i)) => i != 0,
                    _ => false,
                };
                if !always {
                    self.jump_if(test, orelse_l, false, line)?;
                }
                self.push_block(FBlock::WhileLoop { start, end });
                self.stmts(body)?;
                self.pop_block();
                self.set_line(line);
                self.emit(Instr::Jump(start.0));
                self.bind(orelse_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                self.jump_if(test, else_l, false, line)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.bind(else_l);
                } else {
                    let end = self.new_label();
                    self.emit(Instr::Jump(end.0));
                    self.bind(else_l);
                    self.stmts(orelse)?;
                    self.bind(end);
                }
            }
            StmtKind::With { is_async, items, body } => self.with_stmt(*is_async, items, body, line)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(line);
                self.emit(Instr::Raise(n));
            }
            StmtKind::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse, line)?;
                } else {
                    self.try_finally(t, line)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true, line)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_line(line);
                    self.emit(Instr::CallFunction(1));
                }
                self.emit(Instr::Raise(1));
                self.bind(end);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.import_name(Const::None, &a.name, 0);
                    // `import a.b.c as d` binds the innermost module; `import a.b.c` binds `a`, as imported.
                    if a.asname.is_some() {
                        for part in a.name.split('.').skip(1) {
                            let p = self.name_idx(part);
                            self.emit(Instr::ImportFrom(p));
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::Pop);
                        }
                    }
                    self.name_op(a.bound_name(), NameOp::Store);
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let mut fromlist = Vec::with_capacity(names.len());
                for a in names {
                    fromlist.push(Const::Str(a.name.clone()));
                }
                self.import_name(Const::Tuple(fromlist), module.as_deref().unwrap_or(""), *level);
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        let n = self.name_idx(&a.name);
                        self.emit(Instr::ImportFrom(n));
                        self.name_op(a.bound_name(), NameOp::Store);
                    }
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                let interactive = self.mode == Mode::Single && self.units.len() == 1;
                if !interactive && matches!(e.kind, ExprKind::Constant(_)) {
                    // docstrings and other bare constants do nothing (but complex literals are still errors)
                    if let ExprKind::Constant(Constant::Imaginary(_)) = e.kind {
                        return Err(err("complex values not supported", e.line));
                    }
                    return Ok(());
                }
                self.expr(e)?;
                self.set_line(line);
                self.emit(if interactive { Instr::PrintExpr } else { Instr::Pop });
            }
            StmtKind::Break => self.break_continue(true, line)?,
            StmtKind::Continue => self.break_continue(false, line)?,
        }
        Ok(())
    }

    /// Import `module` (`level` dots up), with the `fromlist` constant under it, leaving the module on the stack.
    fn import_name(&mut self, fromlist: Const, module: &str, level: u32) {
        self.load_const(fromlist);
        let name = self.name_idx(module);
        self.emit(Instr::ImportName { name, level });
    }

    /// Emit what leaving the block `fb` needs. With `preserve_tos`, a value (the return value) is on top.
    fn unwind(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> R<()> {
        match fb {
            FBlock::WhileLoop { .. } => return Ok(()),
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
                return Ok(());
            }
            FBlock::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                let line = self.unit().line;
                if preserve_tos {
                    self.push_block(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_block();
                }
                self.set_line(line);
                return Ok(());
            }
            FBlock::With | FBlock::AsyncWith => self.emit(Instr::PopBlock),
            FBlock::FinallyEnd | FBlock::Handler(_) => self.emit(Instr::PopExcept),
            FBlock::ForLoop { .. } | FBlock::PopValue => {}
        }
        // Then drop the block's value (the iterator, the exception, the `__exit__`), under the return value.
        if preserve_tos {
            self.emit(Instr::Swap(2));
        }
        match fb {
            FBlock::With => self.emit(Instr::WithNormalExit),
            FBlock::AsyncWith => {
                self.emit(Instr::AsyncWithNormalExit);
                self.await_tos();
                self.emit(Instr::Pop);
            }
            _ => self.emit(Instr::Pop),
        }
        if let FBlock::Handler(Some(name)) = fb {
            self.clear_name(name);
        }
        Ok(())
    }

    fn push_block(&mut self, fb: FBlock<'a>) {
        self.unit().fblocks.push(fb);
    }

    fn pop_block(&mut self) {
        self.unit().fblocks.pop();
    }

    fn clear_name(&mut self, name: &str) {
        self.load_const(Const::None);
        self.name_op(name, NameOp::Store);
        self.name_op(name, NameOp::Delete);
    }

    fn await_tos(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.load_const(Const::None);
        self.emit(Instr::YieldFrom);
    }

    /// Unwind every block down to (not including) index `keep`, then restore the block stack.
    fn unwind_to(&mut self, keep: usize, preserve_tos: bool) -> R<()> {
        let saved = self.unit().fblocks.clone();
        while self.unit().fblocks.len() > keep {
            let fb = self.unit().fblocks.pop().expect("fblock");
            if let Err(e) = self.unwind(fb, preserve_tos) {
                self.unit().fblocks = saved;
                return Err(e);
            }
        }
        self.unit().fblocks = saved;
        Ok(())
    }

    fn unwind_all(&mut self, preserve_tos: bool) -> R<()> {
        self.unwind_to(0, preserve_tos)
    }

    fn break_continue(&mut self, is_break: bool, line: u32) -> R<()> {
        let fbs = &self.unit().fblocks;
        let found = fbs.iter().rposition(|f| matches!(f, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }));
        let Some(idx) = found else {
            return Err(err("'break'/'continue' outside loop", line));
        };
        let (start, end) = match fbs[idx] {
            FBlock::WhileLoop { start, end } | FBlock::ForLoop { start, end } => (start, end),
            _ => unreachable!(),
        };
        // `break` leaves the loop too (popping a `for` loop's iterator); `continue` stays in it.
        let (keep, target) = if is_break { (idx, end) } else { (idx + 1, start) };
        self.unwind_to(keep, false)?;
        self.set_line(line);
        self.emit(Instr::Jump(target.0));
        Ok(())
    }

    fn for_stmt(
        &mut self,
        is_async: bool,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        line: u32,
    ) -> R<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.set_line(line);
        self.emit(get_iter(is_async));
        self.loop_head(is_async, start, cleanup);
        self.store(target)?;
        self.push_block(FBlock::ForLoop { start, end });
        self.stmts(body)?;
        self.pop_block();
        self.set_line(line);
        self.loop_tail(is_async, start, cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// The head of a `for` loop or a comprehension's loop over the iterator on the stack: `start` is bound here,
    /// then the next item is pushed, or control goes to `exit` when the iterator is exhausted.
    fn loop_head(&mut self, is_async: bool, start: Label, exit: Label) {
        self.bind(start);
        if is_async {
            self.emit(Instr::SetupExcept(exit.0));
            self.emit(Instr::GetAnext);
            self.load_const(Const::None);
            self.emit(Instr::YieldFrom);
            self.emit(Instr::PopBlock);
        } else {
            self.emit(Instr::ForIter(exit.0));
        }
    }

    /// The end of a loop body: back to `start`; `exit` (bound here) is where an exhausted iterator arrives.
    fn loop_tail(&mut self, is_async: bool, start: Label, exit: Label) {
        self.emit(Instr::Jump(start.0));
        self.bind(exit);
        if is_async {
            self.emit(Instr::EndAsyncFor);
        }
    }

    fn with_stmt(&mut self, is_async: bool, items: &'a [WithItem], body: &'a [Stmt], line: u32) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(&item.context)?;
        self.set_line(line);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_tos();
        } else {
            self.emit(Instr::BeforeWith);
        }
        match &item.target {
            Some(t) => self.store(t)?,
            None => self.emit(Instr::Pop),
        }
        self.set_line(line);
        self.emit(Instr::SetupExcept(handler.0));
        let fb = if is_async { FBlock::AsyncWith } else { FBlock::With };
        self.push_block(fb);
        self.with_stmt(is_async, rest, body, line)?;
        self.pop_block();
        self.set_line(line);
        self.unwind(fb, false)?;
        self.emit(Instr::Jump(end.0));
        self.bind(handler);
        if is_async {
            self.emit(Instr::AsyncWithExceptStart);
            self.await_tos();
        } else {
            self.emit(Instr::WithExceptStart);
        }
        self.emit(Instr::WithExceptFinish);
        self.bind(end);
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], line: u32) -> R<()> {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupExcept(handler_l.0));
        self.push_block(FBlock::TryExcept);
        self.stmts(body)?;
        self.pop_block();
        self.set_line(line);
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.set_line(line);
        self.emit(Instr::Jump(end.0));
        self.bind(handler_l);
        let mut catch_all = false;
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.line);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.set_line(h.line);
                    self.emit(Instr::CheckExcMatch);
                    self.emit(Instr::PopJumpIfFalse(next.0));
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(err("default 'except' must be last", h.line));
                    }
                    catch_all = true;
                }
            }
            if let Some(name) = &h.name {
                self.emit(Instr::Copy(1));
                self.name_op(name, NameOp::Store);
            }
            let fb = FBlock::Handler(h.name.as_deref());
            self.push_block(fb);
            self.stmts(&h.body)?;
            self.pop_block();
            self.set_line(h.line);
            self.unwind(fb, false)?;
            self.emit(Instr::Jump(end.0));
            self.bind(next);
        }
        if !catch_all {
            self.set_line(line);
            self.emit(Instr::Reraise);
        }
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a Try, line: u32) -> R<()> {
        let finalbody = &t.finalbody;
        let handler_l = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupExcept(handler_l.0));
        self.push_block(FBlock::FinallyTry(finalbody));
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse, line)?;
        }
        self.pop_block();
        self.set_line(line);
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.set_line(line);
        self.emit(Instr::Jump(end.0));
        self.bind(handler_l);
        self.push_block(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.pop_block();
        self.set_line(line);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    // ---------------------------------------------------------------- targets

    fn store(&mut self, t: &'a Expr) -> R<()> {
        self.target(t, NameOp::Store)
    }

    /// Store into (`NameOp::Store`) or delete (`NameOp::Delete`) the target `t`.
    fn target(&mut self, t: &'a Expr, op: NameOp) -> R<()> {
        let old = self.set_line(t.line);
        let del = op == NameOp::Delete;
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, op),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.name_idx(attr);
                self.emit(if del { Instr::DeleteAttr(n) } else { Instr::StoreAttr(n) });
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.emit(if del { Instr::DeleteSubscr } else { Instr::StoreSubscr });
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                if !del {
                    let (n, i) = (elts.len(), plain_prefix(elts));
                    self.emit(if i == n {
                        Instr::UnpackSequence(n as u32)
                    } else if plain_prefix(&elts[i + 1..]) == n - i - 1 {
                        Instr::UnpackEx { before: i as u32, after: (n - i - 1) as u32 }
                    } else {
                        return Err(err("multiple *x in assignment", t.line));
                    });
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } if !del => self.store(value)?,
                        _ => self.target(e, op)?,
                    }
                }
            }
            ExprKind::Starred { .. } if !del => return Err(err("*x must be assignment target", t.line)),
            _ => return Err(err(if del { "can't delete expression" } else { "can't assign to expression" }, t.line)),
        }
        self.set_line(old);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R<()> {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, NameOp::Load);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.name_op(id, NameOp::Store);
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                let n = self.name_idx(attr);
                self.expr(obj)?;
                self.emit(Instr::Copy(1));
                self.emit(Instr::LoadAttr(n));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(n));
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(obj)?;
                self.subscript_key(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::LoadSubscr);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            _ => return Err(err("illegal expression for augmented assignment", target.line)),
        }
        Ok(())
    }

    // ---------------------------------------------------------------- functions and classes

    fn qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.code.qualname, name),
            _ if self.scope().lookup(name) == NameScope::GlobalExplicit => name.to_string(),
            _ => format!("{}.<locals>.{}", u.code.qualname, name),
        }
    }

    /// Push the closure tuple for a child code object; returns the MakeFunction flag for it.
    fn closure(&mut self, child: &CodeObject) -> u8 {
        if child.freevars.is_empty() {
            return 0;
        }
        for name in &child.freevars {
            let idx = self.scope().cell_index(name).unwrap_or(0);
            self.emit(Instr::LoadClosure(idx));
        }
        self.emit(Instr::BuildTuple(child.freevars.len() as u32));
        MAKE_FN_CLOSURE
    }

    /// Push defaults and keyword defaults; returns the MakeFunction flags.
    fn defaults(&mut self, args: &'a Arguments, line: u32) -> R<u8> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            if args.defaults.len() > args.posonlyargs.len() + args.args.len() {
                return Err(err("non-default argument follows default argument", line));
            }
            self.exprs(&args.defaults)?;
            self.set_line(line);
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= MAKE_FN_DEFAULTS;
        }
        let mut n = 0;
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                self.load_const(Const::Str(a.name.clone()));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.set_line(line);
            self.emit(Instr::BuildMap(n));
            flags |= MAKE_FN_KWDEFAULTS;
        }
        Ok(flags)
    }

    fn make_function(&mut self, code: CodeObject, flags: u8) {
        let flags = flags | self.closure(&code);
        let c = self.add_const(Const::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction { code: c, flags });
    }

    /// Start a function-like unit: argument counts, flags, and copying parameters into their cells.
    fn begin_function(&mut self, scope: usize, name: &str, args: Option<&Arguments>, line: u32) {
        let qualname = self.qualname(name);
        self.push_unit(scope, name, qualname, line);
        let s = &self.st.scopes[scope];
        let (is_gen, is_async) = (s.is_generator, s.is_async);
        let params = s.params.clone();
        let u = self.unit();
        if let Some(a) = args {
            u.code.argcount = (a.posonlyargs.len() + a.args.len()) as u32;
            u.code.posonlyargcount = a.posonlyargs.len() as u32;
            u.code.kwonlyargcount = a.kwonlyargs.len() as u32;
            u.code.flags.varargs = a.vararg.is_some();
            u.code.flags.varkeywords = a.kwarg.is_some();
        } else {
            u.code.argcount = 1;
        }
        let f = &mut u.code.flags;
        f.generator = is_gen && !is_async;
        f.coroutine = is_async && !is_gen;
        f.async_generator = is_async && is_gen;
        for (i, p) in params.iter().enumerate() {
            // (a parameter is never a free variable, so its cell is one of `cellvars`)
            if let Some(c) = self.st.scopes[scope].cell_index(p) {
                self.emit(Instr::LoadFast(i as u32));
                self.emit(Instr::StoreDeref(c));
            }
        }
    }

    fn function_def(&mut self, f: &'a FunctionDef, line: u32) -> R<()> {
        self.exprs(&f.decorators)?;
        self.set_line(line);
        let flags = self.defaults(&f.args, line)?;
        let scope = self.child_scope(f as *const FunctionDef as usize, line)?;
        self.begin_function(scope, &f.name, Some(&f.args), line);
        self.stmts(&f.body)?;
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(line);
        self.make_function(code, flags);
        for _ in &f.decorators {
            self.emit(Instr::CallFunction(1));
        }
        self.name_op(&f.name, NameOp::Store);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, line: u32) -> R<()> {
        self.exprs(&c.decorators)?;
        self.set_line(line);
        let scope = self.child_scope(c as *const ClassDef as usize, line)?;
        let qualname = self.qualname(&c.name);
        self.push_unit(scope, &c.name, qualname.clone(), line);
        let n = self.name_idx("__name__");
        self.emit(Instr::LoadName(n));
        let m = self.name_idx("__module__");
        self.emit(Instr::StoreName(m));
        self.load_const(Const::Str(qualname));
        let q = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(q));
        self.stmts(&c.body)?;
        self.set_line(line);
        if self.scope().needs_class_cell {
            let idx = self.scope().cell_index("__class__").unwrap_or(0);
            self.emit(Instr::LoadClosure(idx));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(line);
        self.emit(Instr::LoadBuildClass);
        self.make_function(code, 0);
        self.load_const(Const::Str(c.name.clone()));
        self.call_tail(&c.bases, &c.keywords, 2, None, line)?;
        for _ in &c.decorators {
            self.emit(Instr::CallFunction(1));
        }
        self.name_op(&c.name, NameOp::Store);
        Ok(())
    }

    // ---------------------------------------------------------------- expressions

    fn exprs(&mut self, es: &'a [Expr]) -> R<()> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> R<()> {
        if self.depth >= super::MAX_EXPR_DEPTH {
            return Err(err(super::RECURSION_MESSAGE, e.line));
        }
        self.depth += 1;
        let old = self.set_line(e.line);
        let r = self.expr_inner(e);
        self.set_line(old);
        self.depth -= 1;
        r
    }

    /// Compile `e` for its truth only (the test of an `if`, `while`, `assert`, conditional expression or
    /// comprehension filter): jump to `target` when its truth is `when`, else fall through. `and`, `or` and
    /// `not` become jumps, so each operand's truth is asked once, as CPython asks it (a `__bool__` with an
    /// effect, or one that sleeps, runs once). The jumps carry the statement's `line`.
    fn jump_if(&mut self, e: &'a Expr, target: Label, when: bool, line: u32) -> R<()> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.jump_if(operand, target, !when, line),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                // `and` jumping when false, or `or` jumping when true: any operand decides alone. Otherwise
                // only the last one can: an earlier operand that decides the other way skips the rest.
                if matches!(op, BoolOp::And) != when {
                    for v in values {
                        self.jump_if(v, target, when, line)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = values.split_last().expect("values is not empty");
                    for v in rest {
                        self.jump_if(v, skip, !when, line)?;
                    }
                    self.jump_if(last, target, when, line)?;
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.set_line(line);
                self.emit(if when { Instr::PopJumpIfTrue(target.0) } else { Instr::PopJumpIfFalse(target.0) });
                Ok(())
            }
        }
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R<()> {
        let line = e.line;
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(end.0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(end.0),
                        });
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                self.store(target)?;
            }
            ExprKind::BinOp { .. } => {
                // Left-deep chains (`a + b + c + ...`, thousands long in generated code) are compiled by
                // walking the spine, not by recursing once per operand.
                let mut spine: Vec<&Expr> = Vec::new();
                let mut cur = e;
                while let ExprKind::BinOp { left, .. } = &cur.kind {
                    spine.push(cur);
                    cur = left;
                }
                self.expr(cur)?;
                while let Some(node) = spine.pop() {
                    let ExprKind::BinOp { op, right, .. } = &node.kind else { unreachable!() };
                    let old = self.set_line(node.line);
                    self.expr(right)?;
                    self.emit(Instr::BinaryOp(*op));
                    self.set_line(old);
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold(e) {
                    self.load_const(c);
                } else {
                    self.expr(operand)?;
                    self.emit(match op {
                        UnaryOp::Not => Instr::UnaryNot,
                        _ => Instr::UnaryOp(*op),
                    });
                }
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.defaults(args, line)?;
                let scope = self.child_scope(e as *const Expr as usize, line)?;
                self.begin_function(scope, "<lambda>", Some(args), line);
                self.expr(body)?;
                if self.scope().is_generator {
                    self.emit(Instr::Pop);
                    self.load_const(Const::None);
                }
                self.emit(Instr::ReturnValue);
                let code = self.pop_unit();
                self.make_function(code, flags);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, else_l, false, line)?;
                self.expr(body)?;
                self.emit(Instr::Jump(end.0));
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => {
                // Items before the first `**m` are built in one instruction, the rest added one by one.
                let plain = keys.iter().position(Option::is_none).unwrap_or(keys.len());
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    if i == plain {
                        self.emit(Instr::BuildMap(plain as u32));
                    }
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                    if i >= plain {
                        self.emit(if k.is_some() { Instr::MapAdd(1) } else { Instr::DictUpdate(1) });
                    }
                }
                if plain == keys.len() {
                    self.emit(Instr::BuildMap(plain as u32));
                }
            }
            ExprKind::Set(elts) => {
                self.sequence(elts, 0, Instr::BuildSet, Instr::SetAdd(1), Instr::SetUpdate(1), false)?
            }
            ExprKind::List { elts, ctx } => {
                if *ctx != Ctx::Load {
                    return Err(err("invalid syntax", line));
                }
                self.sequence(elts, 0, Instr::BuildList, Instr::ListAppend(1), Instr::ListExtend(1), false)?
            }
            ExprKind::Tuple { elts, ctx } => {
                if *ctx != Ctx::Load {
                    return Err(err("invalid syntax", line));
                }
                if let Some(c) = fold(e) {
                    self.load_const(c);
                } else {
                    self.sequence(elts, 0, Instr::BuildTuple, Instr::ListAppend(1), Instr::ListExtend(1), true)?
                }
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::DictComp { .. } => self.comprehension(e)?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.await_tos();
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.expr(left)?;
                if ops.len() == 1 && comparators.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.emit(Instr::Compare(ops[0]));
                } else if !ops.is_empty() && ops.len() == comparators.len() {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    let n = ops.len();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < n {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::Copy(2));
                            self.emit(Instr::Compare(*op));
                            self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
                        } else {
                            self.emit(Instr::Compare(*op));
                        }
                    }
                    self.emit(Instr::Jump(end.0));
                    self.bind(cleanup);
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Pop);
                    self.bind(end);
                } else {
                    return Err(err("invalid syntax", line));
                }
            }
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords, line)?,
            ExprKind::JoinedStr(parts) => {
                let mut n = 0;
                for p in parts {
                    if let ExprKind::Constant(Constant::Str(s)) = &p.kind {
                        if s.is_empty() {
                            continue;
                        }
                    }
                    self.expr(p)?;
                    n += 1;
                }
                match n {
                    0 => self.load_const(Const::Str(String::new())),
                    1 => {}
                    _ => self.emit(Instr::BuildString(n)),
                }
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                self.emit(Instr::FormatValue { conversion: *conversion, has_spec: format_spec.is_some() });
            }
            ExprKind::Constant(c) => {
                let Some(c) = constant(c) else {
                    return Err(err("complex values not supported", line));
                };
                self.load_const(c);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.name_idx(attr);
                self.emit(Instr::LoadAttr(n));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.emit(Instr::LoadSubscr);
            }
            ExprKind::Starred { .. } => return Err(err("can't use starred expression here", line)),
            ExprKind::Name { id, .. } => self.name_op(id, NameOp::Load),
            ExprKind::Slice { .. } => return Err(err("invalid syntax", line)),
        }
        Ok(())
    }

    /// A list, tuple or set display (or a call's positional arguments, as a tuple), with `*x` items handled by
    /// extending a list (or set) built so far. The first `pre` items are already on the stack.
    fn sequence(
        &mut self,
        elts: &'a [Expr],
        pre: u32,
        build: fn(u32) -> Instr,
        add: Instr,
        extend: Instr,
        tuple: bool,
    ) -> R<()> {
        let plain = plain_prefix(elts);
        self.exprs(&elts[..plain])?;
        let n = pre + plain as u32;
        if plain == elts.len() {
            self.emit(build(n));
            return Ok(());
        }
        self.emit(if tuple { Instr::BuildList(n) } else { build(n) });
        for e in &elts[plain..] {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(extend);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(add);
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn subscript_key(&mut self, key: &'a Expr) -> R<()> {
        match &key.kind {
            ExprKind::Slice { lower, upper, step } => {
                let old = self.set_line(key.line);
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                let mut n = 2;
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
                self.set_line(old);
            }
            ExprKind::Tuple { elts, ctx: Ctx::Load }
                if elts.iter().any(|e| matches!(e.kind, ExprKind::Slice { .. })) =>
            {
                if plain_prefix(elts) < elts.len() {
                    return Err(err("invalid syntax", key.line));
                }
                for e in elts {
                    self.subscript_key(e)?;
                }
                self.emit(Instr::BuildTuple(elts.len() as u32));
            }
            _ => self.expr(key)?,
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], line: u32) -> R<()> {
        // `obj.name(...)` without `*`/`**` arguments calls the method without making a bound method object.
        let method = match &func.kind {
            ExprKind::Attribute { value, attr, ctx: Ctx::Load } if is_simple_call(args, keywords) => {
                self.expr(value)?;
                Some(attr.as_str())
            }
            _ => {
                self.expr(func)?;
                None
            }
        };
        self.call_tail(args, keywords, 0, method, line)
    }

    fn kwnames(&mut self, keywords: &[Keyword]) -> u32 {
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            names.push(Const::Str(k.name.clone().unwrap_or_default()));
        }
        self.add_const(Const::Tuple(names))
    }

    /// Arguments and the call itself; the function (and `pre` positional values), or for a `method` call the
    /// object, are already pushed.
    fn call_tail(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        pre: u32,
        method: Option<&str>,
        line: u32,
    ) -> R<()> {
        if is_simple_call(args, keywords) {
            self.exprs(args)?;
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.set_line(line);
            let argc = pre + (args.len() + keywords.len()) as u32;
            let name = method.map(|m| self.name_idx(m));
            let kwnames = if keywords.is_empty() { None } else { Some(self.kwnames(keywords)) };
            self.emit(match (name, kwnames) {
                (None, None) => Instr::CallFunction(argc),
                (None, Some(kwnames)) => Instr::CallFunctionKw { argc, kwnames },
                (Some(name), None) => Instr::CallMethod { name, argc },
                (Some(name), Some(kwnames)) => Instr::CallMethodKw { name, argc, kwnames },
            });
            return Ok(());
        }
        // General form: the positional values and the keywords, each as one object. A lone `*xs` and a lone
        // `**m` go to the call as they are (`CallFunctionEx` reads any iterable and any mapping), so that
        // forwarding `f(*args, **kwargs)` does not copy them into a list and a dict first.
        match args {
            [Expr { kind: ExprKind::Starred { value, .. }, .. }] if pre == 0 => self.expr(value)?,
            _ => self.sequence(args, pre, Instr::BuildTuple, Instr::ListAppend(1), Instr::ListExtend(1), true)?,
        }
        let has_kwargs = !keywords.is_empty();
        if let [Keyword { name: None, value, .. }] = keywords {
            self.expr(value)?;
        } else if has_kwargs {
            self.emit(Instr::BuildMap(0));
            for k in keywords {
                match &k.name {
                    Some(n) => {
                        self.load_const(Const::Str(n.clone()));
                        self.expr(&k.value)?;
                        self.emit(Instr::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
        }
        self.set_line(line);
        self.emit(Instr::CallFunctionEx { has_kwargs });
        Ok(())
    }

    /// A comprehension `e`: its code object, called with the first iterable's iterator.
    fn comprehension(&mut self, e: &'a Expr) -> R<()> {
        let (kind, elt, value, generators) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (Comp::List, elt, None, generators),
            ExprKind::SetComp { elt, generators } => (Comp::Set, elt, None, generators),
            ExprKind::DictComp { key, value, generators } => (Comp::Dict, key, Some(&**value), generators),
            _ => {
                let ExprKind::GeneratorExp { elt, generators } = &e.kind else { unreachable!("a comprehension") };
                (Comp::Gen, elt, None, generators)
            }
        };
        let line = e.line;
        let Some(first) = generators.first() else {
            return Err(err("invalid syntax", line));
        };
        let scope = self.child_scope(e as *const Expr as usize, line)?;
        let name = ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"][kind as usize];
        self.begin_function(scope, name, None, line);
        // A generator expression is a generator (an async one if it awaits); the others run at once, as a
        // coroutine to await if they await.
        let has_await = self.scope().has_await;
        let f = &mut self.unit().code.flags;
        let genexp = kind == Comp::Gen;
        f.generator = genexp && !has_await;
        f.async_generator = genexp && has_await;
        f.coroutine = !genexp && has_await;
        match kind {
            Comp::List => self.emit(Instr::BuildList(0)),
            Comp::Set => self.emit(Instr::BuildSet(0)),
            Comp::Dict => self.emit(Instr::BuildMap(0)),
            Comp::Gen => {}
        }
        self.comp_loop(kind, elt, value, generators, 0)?;
        self.set_line(line);
        if genexp {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(line);
        self.make_function(code, 0);
        self.expr(&first.iter)?;
        self.set_line(line);
        self.emit(get_iter(first.is_async));
        self.emit(Instr::CallFunction(1));
        if !genexp && has_await {
            self.await_tos();
        }
        Ok(())
    }

    /// The loop of generator `i` of a comprehension, with the ones after it inside.
    fn comp_loop(
        &mut self,
        kind: Comp,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
        i: usize,
    ) -> R<()> {
        let g = &generators[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(get_iter(g.is_async));
        }
        self.loop_head(g.is_async, start, end);
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, start, false, cond.line)?;
        }
        if i + 1 < generators.len() {
            self.comp_loop(kind, elt, value, generators, i + 1)?;
        } else {
            self.expr(elt)?;
            if let Some(v) = value {
                self.expr(v)?;
            }
            // The result being built is under the iterators of all the loops.
            let depth = generators.len() as u32 + 1;
            match kind {
                Comp::List => self.emit(Instr::ListAppend(depth)),
                Comp::Set => self.emit(Instr::SetAdd(depth)),
                Comp::Dict => self.emit(Instr::MapAdd(depth)),
                Comp::Gen => {
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.loop_tail(g.is_async, start, end);
        Ok(())
    }
}

/// A call without `*` or `**` arguments: its arguments are pushed one by one.
fn is_simple_call(args: &[Expr], keywords: &[Keyword]) -> bool {
    plain_prefix(args) == args.len() && keywords.iter().all(|k| k.name.is_some())
}

fn get_iter(is_async: bool) -> Instr {
    if is_async {
        Instr::GetAiter
    } else {
        Instr::GetIter
    }
}

/// The value items of `a, b = x, y` or `a, b, c = x, y, z` (one target, no starred items on either side), and
/// the `Swap` depth that puts the first value on top.
fn swap_assignment<'e>(targets: &[Expr], value: &'e Expr) -> Option<(&'e [Expr], u32)> {
    let [target] = targets else { return None };
    let (ExprKind::Tuple { elts: tgts, .. } | ExprKind::List { elts: tgts, .. }) = &target.kind else { return None };
    let ExprKind::Tuple { elts: vals, .. } = &value.kind else { return None };
    let n = vals.len();
    ((n == 2 || n == 3) && tgts.len() == n && plain_prefix(tgts) == n && plain_prefix(vals) == n)
        .then_some((vals.as_slice(), n as u32))
}
