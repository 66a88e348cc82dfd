//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! It follows CPython's `ast` module closely (same node names and fields) so that anyone who knows Python's
//! grammar can read it. Every statement and expression carries the 1-based source line it starts on, which the
//! compiler turns into the line table used by tracebacks.

/// A source line number, 1-based.
pub type Line = u32;

/// A whole module (a file, a `-c` string, or one REPL entry).
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub line: Line,
    pub kind: StmtKind,
}

/// Every expression of a statement is boxed, and so is a `try`'s four blocks, so that a statement (and so every
/// `Vec<Stmt>` element and every parse result moved, grown and dropped) is 40 bytes in the WebAssembly build
/// rather than the 80 that an inline `Expr` and `try` made it.
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// `def` and `async def`.
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Box<Expr>>),
    Delete(Vec<Expr>),
    /// `a = b = value`: one or more targets, assigned left to right.
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    AugAssign {
        target: Box<Expr>,
        op: BinOp,
        value: Box<Expr>,
    },
    /// `target: annotation [= value]`; `simple` is true for a bare name target (not parenthesised).
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    /// `for` and `async for`.
    For {
        is_async: bool,
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `with` and `async with`.
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try(Box<Try>),
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    /// `import a.b.c as d, e`.
    Import(Vec<Alias>),
    /// `from ..pkg import a as b` (`level` counts the dots; `module` is None for `from . import x`).
    /// `names` is a single alias named `*` for `from m import *`.
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Box<Expr>),
    Pass,
    Break,
    Continue,
}

/// `try` with its handlers, `else` and `finally` blocks (each may be empty, not all at once).
#[derive(Debug, Clone, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    /// Applied bottom-up, as in Python.
    pub decorators: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A parameter list. Defaults align to the *end* of `posonlyargs + args` (as in CPython);
/// `kw_defaults` has one entry per `kwonlyargs` entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub name: String,
    /// Boxed: rarely there, and never compiled, it would triple the size of every parameter moved.
    pub annotation: Option<Box<Expr>>,
    pub line: Line,
}

/// `name=value` in a call or class header; `name` is None for `**value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub name: Option<String>,
    /// Boxed as parsed (see `WithItem`).
    pub value: Box<Expr>,
}

/// `name as asname` in an import. `name` may be dotted (`a.b.c`).
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
}

impl Alias {
    /// The name the import binds: `asname`, or else the first part of `name` (`import a.b` binds `a`).
    pub fn bound_name(&self) -> &str {
        match &self.asname {
            Some(n) => n,
            None => &self.name[..self.name.bytes().position(|c| c == b'.').unwrap_or(self.name.len())],
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Box<Expr>,
    /// Boxed, as are the context, an except clause's type, a comprehension's target and iterable and a
    /// function's return annotation: the parser boxes each as it is parsed instead of copying it into the node.
    pub target: Option<Box<Expr>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub line: Line,
    /// None for a bare `except:`.
    pub typ: Option<Box<Expr>>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub line: Line,
    pub kind: ExprKind,
}

/// Dropping a tree recurses once per level, and flat text such as `x.a.a.a…`, `f()()…` or `a+a+a…` parses to
/// a left spine as long as the input (the parser's nesting limit only counts brackets): take spines apart
/// with an explicit stack so that freeing a million-link chain cannot overflow the host stack.
impl Drop for Expr {
    fn drop(&mut self) {
        let mut stack = Vec::new();
        take_spine_child(&mut self.kind, &mut stack);
        while let Some(mut e) = stack.pop() {
            take_spine_child(&mut e.kind, &mut stack);
        }
    }
}

/// Move the child that chains grow through (a `BinOp`'s left, the value of an attribute or subscript, a
/// call's function) out of `kind` onto `stack`, leaving a constant in its place.
fn take_spine_child(kind: &mut ExprKind, stack: &mut Vec<Expr>) {
    let child = match kind {
        ExprKind::BinOp { left: c, .. }
        | ExprKind::Attribute { value: c, .. }
        | ExprKind::Subscript { value: c, .. }
        | ExprKind::Call { func: c, .. } => c,
        _ => return,
    };
    if matches!(
        child.kind,
        ExprKind::BinOp { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } | ExprKind::Call { .. }
    ) {
        stack.push(std::mem::replace(&mut **child, Expr { line: 0, kind: ExprKind::Constant(Constant::None) }));
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b or c` (two or more values).
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `name := value`.
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **d}`: a None key marks a `**d` entry whose value is `d`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional args may contain `Starred` for `*args`; keywords with no name are `**kwargs`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// An f-string: the concatenation of its parts (literal text and formatted values).
    JoinedStr(Vec<Expr>),
    /// `{value!conversion:format_spec}` inside an f-string; `conversion` is 's', 'r' or 'a';
    /// `format_spec` is itself a `JoinedStr` (it may contain nested fields).
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: String,
        ctx: Ctx,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: Ctx,
    },
    Starred {
        value: Box<Expr>,
        ctx: Ctx,
    },
    Name {
        id: String,
        ctx: Ctx,
    },
    List {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    /// `lower:upper:step` inside a subscript (each part optional).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// Whether an expression is read, assigned to, or deleted; set by the parser from the syntactic position
/// (targets of `=`, `for`, `with ... as`, `del`, comprehensions' `for`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// An integer literal that fits in i64.
    Int(i64),
    /// An integer literal too big for i64, as its decimal digits without leading zeros, or a hex, octal or
    /// binary literal's digits behind their `0x`/`0o`/`0b` prefix (no underscores; `int(text, 0)` reads both).
    BigInt(String),
    Float(f64),
    /// Imaginary literals (`1j`): CircuitPython has no complex type, so the compiler reports them.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Box<Expr>,
    pub iter: Box<Expr>,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
