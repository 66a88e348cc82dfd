//! The instruction set and code objects: the contract between the compiler (`compile/`) and the VM (`vm/`).
//!
//! A stack machine in the manner of CPython's, with operands stored in the enum (no byte encoding: the VM's
//! `match` is the decoder). Jump targets are absolute instruction indices. Exceptions use a block stack in each
//! frame: `SetupExcept` pushes a handler; when an exception is raised inside it, the VM pops the block, truncates
//! the value stack to the depth it had at `SetupExcept`, pushes the exception, records it as the frame's
//! *handled* exception (for bare `raise`, `sys.exc_info()` and implicit `__context__`) and jumps to the handler.
//! `finally` bodies are compiled twice (normal path and exception path), and `break`/`continue`/`return` inside
//! `try` emit the needed `PopBlock`/`PopExcept`/finally copies themselves, so the VM has only one kind of block.

use circuitpython_parser::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

/// Index into `CodeObject::consts`.
pub type ConstIdx = u32;
/// Index into `CodeObject::names` (global, attribute, import names).
pub type NameIdx = u32;
/// Index into `CodeObject::varnames` (fast locals of a function).
pub type LocalIdx = u32;
/// Index into `cellvars ++ freevars`.
pub type CellIdx = u32;
/// An absolute instruction index.
pub type Target = u32;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Nop,

    // ---- stack ----
    /// Discard TOS.
    Pop,
    /// Push a copy of the n-th item (1 = TOS).
    Copy(u32),
    /// Swap TOS with the n-th item (n >= 2).
    Swap(u32),

    // ---- constants and names ----
    LoadConst(ConstIdx),
    /// Function locals.
    LoadFast(LocalIdx),
    StoreFast(LocalIdx),
    DeleteFast(LocalIdx),
    /// Module globals, then builtins.
    LoadGlobal(NameIdx),
    StoreGlobal(NameIdx),
    DeleteGlobal(NameIdx),
    /// The frame's locals dict (module level: the globals; class body: the namespace), then globals, builtins.
    LoadName(NameIdx),
    StoreName(NameIdx),
    DeleteName(NameIdx),
    /// Cells: `cellvars ++ freevars`.
    LoadDeref(CellIdx),
    StoreDeref(CellIdx),
    DeleteDeref(CellIdx),
    /// In a class body: the namespace first, then the cell (a free variable read in a class body).
    LoadClassDeref(CellIdx),
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure(CellIdx),

    // ---- attributes and items ----
    LoadAttr(NameIdx),
    /// Stack: [value, obj] -> [] (obj.name = value).
    StoreAttr(NameIdx),
    DeleteAttr(NameIdx),
    /// Stack: [obj, key] -> [obj[key]].
    LoadSubscr,
    /// Stack: [value, obj, key] -> [].
    StoreSubscr,
    /// Stack: [obj, key] -> [].
    DeleteSubscr,

    // ---- operators ----
    BinaryOp(BinOp),
    /// `a op= b`: tries `__iop__` first. Stack: [a, b] -> [result].
    InplaceOp(BinOp),
    /// `-x`, `+x`, `~x`. (`not` compiles to `UnaryNot`.)
    UnaryOp(UnaryOp),
    UnaryNot,
    /// All ten comparisons, including `is`, `is not`, `in`, `not in`. Stack: [a, b] -> [bool or result].
    Compare(CmpOp),

    // ---- control flow ----
    Jump(Target),
    PopJumpIfFalse(Target),
    PopJumpIfTrue(Target),
    /// If TOS is false jump (keeping it), else pop it. For `and`.
    JumpIfFalseOrPop(Target),
    /// If TOS is true jump (keeping it), else pop it. For `or`.
    JumpIfTrueOrPop(Target),
    /// Replace TOS with `iter(TOS)`.
    GetIter,
    /// TOS is an iterator: push its next value, or when exhausted pop the iterator and jump to target.
    ForIter(Target),

    // ---- building values ----
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Stack: [k1, v1, ..., kn, vn] -> [dict].
    BuildMap(u32),
    /// Stack: [lower, upper] or [lower, upper, step] -> [slice]; the operand is 2 or 3.
    BuildSlice(u32),
    /// Concatenate n strings (f-strings).
    BuildString(u32),
    /// f-string field. Stack: [value] or [value, spec] -> [str]. `conversion` is 's', 'r', 'a' or None.
    FormatValue {
        conversion: Option<char>,
        has_spec: bool,
    },
    /// Pop TOS and append it to the list at stack position n (counted after the pop, 1 = new TOS).
    ListAppend(u32),
    /// Pop TOS and add it to the set at position n.
    SetAdd(u32),
    /// Pop value then key (stack [key, value]) and store into the dict at position n.
    MapAdd(u32),
    /// Pop an iterable and extend the list at position n with it (`[*a, *b]`).
    ListExtend(u32),
    /// Pop an iterable and add its items to the set at position n.
    SetUpdate(u32),
    /// Pop a mapping and update the dict at position n (`{**a}`).
    DictUpdate(u32),
    /// Like DictUpdate, but a repeated key is a TypeError (`f(**a, **b)`): the function is at position n+2.
    DictMerge(u32),
    /// Replace the list at TOS with a tuple of its items.
    ListToTuple,
    /// Unpack TOS (any iterable) into exactly n values, pushed so the first item ends on top.
    UnpackSequence(u32),
    /// `a, *b, c = x`: `before` values, a list, `after` values; first item ends on top.
    UnpackEx {
        before: u32,
        after: u32,
    },

    // ---- functions and calls ----
    /// Build a function from the code constant. Flags say which extras are on the stack, pushed in this order:
    /// `MAKE_FN_DEFAULTS` (a tuple), `MAKE_FN_KWDEFAULTS` (a dict), `MAKE_FN_CLOSURE` (a tuple of cells).
    MakeFunction {
        code: ConstIdx,
        flags: u8,
    },
    /// Stack: [func, arg1 .. argN] -> [result].
    CallFunction(u32),
    /// Stack: [func, args.., kwvalues..] -> [result]; `kwnames` is a const tuple of str naming the last
    /// `len(kwnames)` values; `argc` counts all values (positional + keyword).
    CallFunctionKw {
        argc: u32,
        kwnames: ConstIdx,
    },
    /// Stack: [func, args_tuple] or [func, args_tuple, kwargs_dict] -> [result].
    CallFunctionEx {
        has_kwargs: bool,
    },
    /// `obj.name(args)` without making a bound method. Stack: [obj, arg1 .. argN] -> [result].
    CallMethod {
        name: NameIdx,
        argc: u32,
    },
    /// As `CallMethod` with keywords, laid out as in `CallFunctionKw`.
    CallMethodKw {
        name: NameIdx,
        argc: u32,
        kwnames: ConstIdx,
    },
    /// Push the builtin `__build_class__`; called as `__build_class__(body_fn, name, *bases, **kw)`.
    LoadBuildClass,
    ReturnValue,

    // ---- exceptions ----
    /// Push an exception handler block (see the module comment).
    SetupExcept(Target),
    /// Pop the innermost block (leaving a `try` body normally).
    PopBlock,
    /// Leave an `except` (or `finally`-on-exception) handler normally: the frame stops handling the
    /// exception (it does not touch the value stack).
    PopExcept,
    /// Stack: [exc, type] -> [exc, bool]: does exc match the type or tuple of types?
    CheckExcMatch,
    /// `raise` (n=0: re-raise the handled exception), `raise x` (n=1), `raise x from y` (n=2).
    Raise(u32),
    /// Raise TOS again, keeping its traceback, and stop handling it (end of a handler that did not match,
    /// or of a `finally` entered by an exception).
    Reraise,
    /// Push the `AssertionError` class.
    LoadAssertionError,

    // ---- with ----
    /// Stack: [cm] -> [exit, enter_result] (exit is the bound `__exit__`). The compiler then stores or pops
    /// the result and emits `SetupExcept(handler)`, so the handler's stack is [exit, exc].
    /// `with a as x: body` compiles to: a; BeforeWith; store x; SetupExcept(H); body; PopBlock;
    /// WithNormalExit; Jump(END); H: WithExceptStart; WithExceptFinish; END:
    BeforeWith,
    /// Normal exit. Stack: [exit] -> [] (calls exit(None, None, None)).
    WithNormalExit,
    /// Exception path of `with`. Stack: [exit, exc] -> [exc, exit(type, exc, None)].
    WithExceptStart,
    /// Stack: [exc, result]: if result is true, pop both and stop handling (suppressed), else re-raise exc.
    WithExceptFinish,

    // ---- generators and coroutines ----
    /// Suspend the generator, yielding TOS; on resume push the sent value.
    YieldValue,
    /// Stack: [subiter, value]: send value into subiter. If it yields, suspend yielding that (and run this
    /// instruction again on resume with the sent value); when it returns, pop both and push its return value.
    YieldFrom,
    /// Replace TOS with `iter(TOS)`, but leave generators and coroutines as they are (for `yield from`).
    GetYieldFromIter,
    /// Replace TOS with its awaitable iterator (`__await__`, or a coroutine itself).
    GetAwaitable,
    /// Replace TOS with `TOS.__aiter__()`.
    GetAiter,
    /// TOS is an async iterator: push the awaitable of `TOS.__anext__()` (the iterator stays).
    GetAnext,
    /// Handler at the end of `async for`. Stack: [aiter, exc]: if exc is StopAsyncIteration pop both and stop
    /// handling, else re-raise exc.
    EndAsyncFor,
    /// Stack: [cm] -> [aexit, awaitable_of_aenter]. `async with a as x: body` compiles to:
    /// a; BeforeAsyncWith; GetAwaitable; LoadConst None; YieldFrom; store x; SetupExcept(H); body; PopBlock;
    /// AsyncWithNormalExit; GetAwaitable; LoadConst None; YieldFrom; Pop; Jump(END);
    /// H: AsyncWithExceptStart; GetAwaitable; LoadConst None; YieldFrom; WithExceptFinish; END:
    BeforeAsyncWith,
    /// Normal exit of `async with`. Stack: [aexit] -> [awaitable of aexit(None, None, None)].
    AsyncWithNormalExit,
    /// Exception path of `async with`. Stack: [aexit, exc] -> [exc, awaitable of aexit(type, exc, None)].
    AsyncWithExceptStart,

    // ---- imports ----
    /// Stack: [fromlist (tuple of str or None)] -> [module]. `level` is the number of leading dots.
    ImportName {
        name: NameIdx,
        level: u32,
    },
    /// Stack: [module] -> [module, module.name] (ImportError if missing).
    ImportFrom(NameIdx),
    /// Stack: [module] -> []: copy its public names into the current namespace.
    ImportStar,

    // ---- interactive ----
    /// REPL: print `repr(TOS)` unless None, store it in `builtins._`, pop it.
    PrintExpr,
}

pub const MAKE_FN_DEFAULTS: u8 = 1;
pub const MAKE_FN_KWDEFAULTS: u8 = 2;
pub const MAKE_FN_CLOSURE: u8 = 4;

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// Decimal digits (with optional leading '-') of an int that does not fit in i64.
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Rc<CodeObject>),
}

/// Properties of a code object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags {
    /// Has a `*args` parameter (its name follows the keyword-only parameters in `varnames`).
    pub varargs: bool,
    /// Has a `**kwargs` parameter (its name follows `*args`, or the keyword-only parameters).
    pub varkeywords: bool,
    /// Calling it makes a generator.
    pub generator: bool,
    /// `async def`: calling it makes a coroutine.
    pub coroutine: bool,
    /// `async def` with `yield`: an async generator.
    pub async_generator: bool,
    /// Names are resolved through a locals dict (`LoadName`/`StoreName`): module and class bodies.
    pub uses_locals_dict: bool,
}

/// What a unit of compiled code is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()`: statements; returns None.
    Exec,
    /// `eval()`: a single expression whose value is returned.
    Eval,
    /// One REPL entry: statements, expression statements print their value (`PrintExpr`).
    Single,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    /// `<module>`, the function name, `<lambda>`, `<listcomp>`, `<genexpr>`, the class name for a class body.
    pub name: String,
    /// Dotted path for `__qualname__` and reprs (`C.method`, `f.<locals>.g`).
    pub qualname: String,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub code: Vec<Instr>,
    /// The source line of each instruction (same length as `code`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    /// Fast locals: positional parameters (posonly first), keyword-only parameters, `*args`, `**kwargs`,
    /// then the other locals.
    pub varnames: Vec<String>,
    /// Locals of this code captured by inner functions. A parameter that is also a cell keeps its slot in
    /// `varnames`; the compiler copies it into the cell at the start of the body.
    pub cellvars: Vec<String>,
    /// Variables of enclosing functions used here; they follow `cellvars` in cell indices.
    pub freevars: Vec<String>,
    /// Number of positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Upper bound of the value stack depth, computed by the compiler.
    pub max_stack: u32,
}

/// An error found while compiling (reported as `SyntaxError`).
#[derive(Debug, Clone, PartialEq)]
pub struct CompileError {
    pub message: String,
    pub line: u32,
}
