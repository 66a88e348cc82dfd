//! Scope analysis: a first pass over the AST that finds, for every function, lambda, comprehension and class
//! body, which names are local, global, free (captured from an enclosing function) or cells (captured by an
//! inner function), following Python's rules. The code generator then picks the load/store instructions from it.

use super::{err, R};
use crate::objects::sort::sort_strings;
use crate::strmap::StrMap;
use circuitpython_parser::ast::*;

/// Symbol flags collected by the first pass.
pub const DEF_LOCAL: u8 = 1;
pub const DEF_PARAM: u8 = 2;
pub const DEF_GLOBAL: u8 = 4;
pub const DEF_NONLOCAL: u8 = 8;
pub const USE: u8 = 16;
/// A walrus target inside a comprehension, bound in the enclosing function (behaves as `nonlocal`).
pub const DEF_COMP_FREE: u8 = 32;
/// A walrus target inside a comprehension at module level (behaves as `global`).
pub const DEF_COMP_GLOBAL: u8 = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like scopes use fast locals.
    pub fn is_function(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

/// Where a name lives, as resolved by the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    Local,
    /// A local captured by an inner function.
    Cell,
    /// A variable of an enclosing function.
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

/// A name of a scope: its flags from the first pass and where it lives once resolved.
#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub flags: u8,
    pub scope: NameScope,
    /// Line of its first `nonlocal` declaration (for the error message).
    line: u32,
    /// A fast local's index in `varnames` (a parameter's from the first pass, the others' from the code generator).
    pub slot: u32,
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names in order of first appearance.
    pub symbols: Vec<Symbol>,
    index: StrMap,
    /// Parameter names in `varnames` order.
    pub params: Vec<String>,
    /// The enclosing scope (the module is its own parent); always a smaller index.
    parent: usize,
    /// The scopes directly inside this one, in the order the first pass entered them.
    pub children: Vec<usize>,
    /// The address of the scope's AST node (function or class definition, lambda, comprehension).
    pub node: usize,
    /// Contains `yield` (its own scope only).
    pub is_generator: bool,
    /// `async def`.
    pub is_async: bool,
    /// A comprehension containing `await` or `async for`.
    pub has_await: bool,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// A class body whose methods use `super()` or `__class__`.
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: usize, node: usize) -> Self {
        Scope {
            kind,
            symbols: Vec::new(),
            index: StrMap::default(),
            params: Vec::new(),
            parent,
            children: Vec::new(),
            node,
            is_generator: false,
            is_async: false,
            has_await: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
        }
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|i| &self.symbols[i as usize])
    }

    pub fn flags(&self, name: &str) -> u8 {
        self.symbol(name).map_or(0, |s| s.flags)
    }

    /// Add `flag` to `name`'s flags; returns the symbol.
    fn add(&mut self, name: &str, flag: u8) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(i) => i as usize,
            None => {
                self.index.insert(name, self.symbols.len() as u32);
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: 0,
                    scope: NameScope::GlobalImplicit,
                    line: 0,
                    slot: 0,
                });
                self.symbols.len() - 1
            }
        };
        let s = &mut self.symbols[i];
        s.flags |= flag;
        s
    }

    /// How a name is accessed in this scope (names never seen are implicit globals).
    pub fn lookup(&self, name: &str) -> NameScope {
        self.symbol(name).map_or(NameScope::GlobalImplicit, |s| s.scope)
    }

    /// The index of a cell or free variable in `cellvars ++ freevars`.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.freevars.iter().position(|n| n == name).map(|i| (self.cellvars.len() + i) as u32)
    }
}

/// The scopes of a module: index 0 is the module itself, then the others in the order the first pass enters them
/// (an enclosing scope before the scopes inside it).
#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
}

struct Builder {
    scopes: Vec<Scope>,
    /// The scope being built.
    cur: usize,
    /// Nesting of `expr` calls (bounded by `MAX_EXPR_DEPTH`).
    depth: usize,
}

/// Analyse a module.
pub fn build(module: &Module) -> R<SymbolTable> {
    let mut b = Builder { scopes: vec![Scope::new(ScopeKind::Module, 0, 0)], cur: 0, depth: 0 };
    b.stmts(&module.body)?;
    analyze(&mut b.scopes)?;
    Ok(SymbolTable { scopes: b.scopes })
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn add(&mut self, name: &str, flag: u8) {
        self.cur().add(name, flag);
    }

    fn push_scope(&mut self, kind: ScopeKind, node: usize) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, self.cur, node));
        self.scopes[self.cur].children.push(id);
        self.cur = id;
        id
    }

    fn pop_scope(&mut self) {
        self.cur = self.scopes[self.cur].parent;
    }

    fn stmts(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments, line: u32) -> R<()> {
        let lists =
            [&args.posonlyargs[..], &args.args, &args.kwonlyargs, args.vararg.as_slice(), args.kwarg.as_slice()];
        for a in lists.into_iter().flatten() {
            let scope = self.cur();
            let slot = scope.params.len() as u32;
            let sym = scope.add(&a.name, 0);
            if sym.flags & DEF_PARAM != 0 {
                return Err(err("argument name reused", if a.line > 0 { a.line } else { line }));
            }
            sym.flags |= DEF_PARAM;
            sym.slot = slot;
            scope.params.push(a.name.clone());
        }
        Ok(())
    }

    fn arg_defaults(&mut self, args: &Arguments) -> R<()> {
        self.exprs(&args.defaults)?;
        for d in &args.kw_defaults {
            self.opt(d.as_ref())?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        let line = s.line;
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.exprs(&f.decorators)?;
                self.arg_defaults(&f.args)?;
                self.add(&f.name, DEF_LOCAL);
                let id = self.push_scope(ScopeKind::Function, &**f as *const FunctionDef as usize);
                self.scopes[id].is_async = f.is_async;
                self.params(&f.args, line)?;
                self.stmts(&f.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(c) => {
                self.exprs(&c.decorators)?;
                self.exprs(&c.bases)?;
                self.keywords(&c.keywords)?;
                self.add(&c.name, DEF_LOCAL);
                self.push_scope(ScopeKind::Class, &**c as *const ClassDef as usize);
                self.stmts(&c.body)?;
                self.pop_scope();
            }
            StmtKind::Return(v) => self.opt(v.as_deref())?,
            StmtKind::Delete(targets) => self.exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                self.exprs(targets)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.add(id, DEF_LOCAL | USE);
                } else {
                    self.expr(target)?;
                }
            }
            StmtKind::AnnAssign { target, value, .. } => {
                self.opt(value.as_deref())?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    if self.cur().flags(id) & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && value.is_none() {
                        // `global x; x: int` declares nothing new
                    } else {
                        self.add(id, DEF_LOCAL);
                    }
                } else {
                    self.expr(target)?;
                }
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                if *is_async {
                    self.check_async(line, false)?;
                }
                self.expr(iter)?;
                self.expr(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { is_async, items, body } => {
                if *is_async {
                    self.check_async(line, false)?;
                }
                for it in items {
                    self.expr(&it.context)?;
                    self.opt(it.target.as_deref())?;
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_deref())?;
                self.opt(cause.as_deref())?;
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    self.opt(h.typ.as_deref())?;
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg.as_deref())?;
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    // (only `from m import *` has the name `*`)
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(err("import * not at module level", line));
                        }
                        continue;
                    }
                    self.add(a.bound_name(), DEF_LOCAL);
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let global = matches!(s.kind, StmtKind::Global(_));
                if !global && self.cur().kind == ScopeKind::Module {
                    return Err(err("can't declare nonlocal in outer code", line));
                }
                let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
                for n in names {
                    let sym = self.cur().add(n, 0);
                    if sym.flags & !flag != 0 {
                        let what =
                            if global { "identifier redefined as global" } else { "identifier redefined as nonlocal" };
                        return Err(err(what, line));
                    }
                    sym.flags |= flag;
                    if !global && sym.line == 0 {
                        sym.line = line;
                    }
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// `async for` / `async with` / `await` are only valid in an `async def` (or a comprehension inside one).
    fn check_async(&mut self, line: u32, is_await: bool) -> R<()> {
        let mut i = self.cur;
        loop {
            let s = &self.scopes[i];
            match s.kind {
                ScopeKind::Comprehension => i = s.parent,
                ScopeKind::Function if s.is_async => return Ok(()),
                ScopeKind::Module | ScopeKind::Class if is_await => return Err(err("'await' outside function", line)),
                _ => return Err(err("'await', 'async for' or 'async with' outside async function", line)),
            }
        }
    }

    fn opt(&mut self, e: Option<&Expr>) -> R<()> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> R<()> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn keywords(&mut self, keywords: &[Keyword]) -> R<()> {
        for k in keywords {
            self.expr(&k.value)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R<()> {
        if self.depth >= super::MAX_EXPR_DEPTH {
            return Err(err(super::RECURSION_MESSAGE, e.line));
        }
        self.depth += 1;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R<()> {
        let line = e.line;
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.walrus_target(target, line)?;
            }
            ExprKind::BinOp { .. } => {
                // Walk left-deep chains iteratively (see the code generator).
                let mut cur = e;
                while let ExprKind::BinOp { left, right, .. } = &cur.kind {
                    self.expr(right)?;
                    cur = left;
                }
                self.expr(cur)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                self.push_scope(ScopeKind::Lambda, e as *const Expr as usize);
                self.params(args, line)?;
                self.expr(body)?;
                self.pop_scope();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys {
                    self.opt(k.as_ref())?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(elts) => self.exprs(elts)?,
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, &[elt], generators)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, &[key, value], generators)?,
            ExprKind::Await(v) => {
                self.check_async(line, true)?;
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().has_await = true;
                }
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.mark_yield(line)?;
                self.opt(v.as_deref())?;
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(line)?;
                self.expr(v)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                self.keywords(keywords)?;
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts)?,
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                self.opt(format_spec.as_deref())?;
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => match ctx {
                Ctx::Load => {
                    self.add(id, USE);
                    if id == "super" && self.cur().kind.is_function() {
                        self.add("__class__", USE);
                    }
                }
                Ctx::Store | Ctx::Del => self.add(id, DEF_LOCAL),
            },
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step] {
                    self.opt(p.as_deref())?;
                }
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, line: u32) -> R<()> {
        let s = self.cur();
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => Err(err("'yield' outside function", line)),
            ScopeKind::Comprehension => Err(err("'yield' inside list comprehension", line)),
            _ => {
                s.is_generator = true;
                Ok(())
            }
        }
    }

    fn walrus_target(&mut self, target: &Expr, line: u32) -> R<()> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Err(err("can't assign to expression", line));
        };
        if self.cur().kind != ScopeKind::Comprehension {
            self.add(id, DEF_LOCAL);
            return Ok(());
        }
        // Bind in the nearest enclosing scope that is not a comprehension; the comprehensions in between see
        // the name as that scope's (or as a global).
        let mut owner = self.cur;
        while self.scopes[owner].kind == ScopeKind::Comprehension {
            owner = self.scopes[owner].parent;
        }
        let mut flag = match self.scopes[owner].kind {
            ScopeKind::Class => {
                return Err(err("assignment expression within a comprehension cannot be used in a class body", line))
            }
            ScopeKind::Module => DEF_COMP_GLOBAL,
            _ => DEF_COMP_FREE,
        };
        if self.scopes[owner].flags(id) & DEF_GLOBAL != 0 {
            flag = DEF_COMP_GLOBAL;
        } else {
            self.scopes[owner].add(id, DEF_LOCAL);
        }
        let mut c = self.cur;
        while c != owner {
            self.scopes[c].add(id, flag);
            c = self.scopes[c].parent;
        }
        Ok(())
    }

    fn comprehension(&mut self, node: &Expr, elts: &[&Expr], generators: &[Comprehension]) -> R<()> {
        let Some(first) = generators.first() else {
            return Err(err("invalid syntax", node.line));
        };
        self.expr(&first.iter)?;
        let id = self.push_scope(ScopeKind::Comprehension, node as *const Expr as usize);
        // The iterator argument, in slot 0.
        self.add(".0", DEF_PARAM);
        self.scopes[id].params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.scopes[id].has_await = true;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.expr(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for e in elts {
            self.expr(e)?;
        }
        self.pop_scope();
        Ok(())
    }
}

/// Whether `name` is bound in a function enclosing scope `id`, so that using it there makes it a free variable:
/// the nearest enclosing function that binds or declares it decides (a `global` there hides outer bindings), a
/// class body binds only `__class__`, and the module ends the search.
fn bound_above(scopes: &[Scope], id: usize, name: &str) -> bool {
    let mut a = id;
    loop {
        a = scopes[a].parent;
        let s = &scopes[a];
        match s.kind {
            ScopeKind::Module => return false,
            ScopeKind::Class => {
                if name == "__class__" {
                    return true;
                }
            }
            _ => {
                let f = s.flags(name);
                if f & (DEF_GLOBAL | DEF_COMP_GLOBAL) != 0 {
                    return false;
                }
                if f & (DEF_NONLOCAL | DEF_COMP_FREE) == 0 && f & (DEF_LOCAL | DEF_PARAM) != 0 {
                    return true;
                }
            }
        }
    }
}

fn push_new(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|n| n == name) {
        names.push(name.to_string());
    }
}

/// Resolve every scope's names: first each name where it is used (in scope order, so the first error is the
/// one of the outermost, earliest scope), then, innermost scopes first, each scope's free variables become
/// cells of the scope that binds them or free variables of the scopes in between.
fn analyze(scopes: &mut [Scope]) -> R<()> {
    for id in 0..scopes.len() {
        let kind = scopes[id].kind;
        for i in 0..scopes[id].symbols.len() {
            let sym = &scopes[id].symbols[i];
            let f = sym.flags;
            let ns = if f & (DEF_GLOBAL | DEF_COMP_GLOBAL) != 0 {
                NameScope::GlobalExplicit
            } else if f & (DEF_NONLOCAL | DEF_COMP_FREE) != 0 {
                if !bound_above(scopes, id, &sym.name) {
                    return Err(err("no binding for nonlocal found", sym.line));
                }
                NameScope::Free
            } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
                NameScope::Local
            } else if kind != ScopeKind::Module && bound_above(scopes, id, &sym.name) {
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            scopes[id].symbols[i].scope = ns;
        }
    }
    for id in (0..scopes.len()).rev() {
        let (outer, inner) = scopes.split_at_mut(id);
        let s = &mut inner[0];
        for sym in &s.symbols {
            if sym.scope == NameScope::Free {
                push_new(&mut s.freevars, &sym.name);
            }
        }
        sort_strings(&mut s.freevars);
        // Cells: parameters first, in their order, then the other cells sorted, then a class's `__class__`. (A
        // function's first symbols are its parameters, in order: the first pass adds them on entering it.)
        let mut param_cells = 0;
        for (i, sym) in s.symbols.iter().enumerate() {
            if sym.scope == NameScope::Cell {
                s.cellvars.push(sym.name.clone());
                param_cells += usize::from(i < s.params.len());
            }
        }
        sort_strings(&mut s.cellvars[param_cells..]);
        if s.needs_class_cell {
            s.cellvars.push("__class__".into());
        }
        if id == 0 {
            break;
        }
        let p = &mut outer[s.parent];
        for name in &s.freevars {
            if p.kind == ScopeKind::Class {
                if name == "__class__" {
                    p.needs_class_cell = true;
                } else {
                    push_new(&mut p.freevars, name);
                }
                continue;
            }
            match p.index.get(name.as_str()) {
                Some(i) if matches!(p.symbols[i as usize].scope, NameScope::Local | NameScope::Cell) => {
                    p.symbols[i as usize].scope = NameScope::Cell
                }
                _ => push_new(&mut p.freevars, name),
            }
        }
    }
    Ok(())
}
