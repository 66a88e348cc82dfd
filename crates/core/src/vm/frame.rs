//! Frames: one activation of Python code, kept on the VM's frame stack (a `Vec`, not the Rust stack) or, while
//! a generator is suspended, inside the generator object.

use crate::value::{ObjRef, Value};
use crate::vm::code::Code;
use std::rc::Rc;

/// An active `try` (or `with`) handler.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    /// Value stack depth to restore before pushing the exception.
    pub depth: u32,
    /// `Frame::handling` depth to restore.
    pub handling: u32,
}

/// What to do with the value a frame returns (or yields), decided by whoever started or resumed it.
#[derive(Clone, Copy, Debug)]
pub enum OnReturn {
    /// Push it on the caller's stack (a call instruction).
    Push,
    /// A nested run started by native code is waiting for it.
    Native,
    /// The frame is `__init__` of a new instance: check it returned None, then push the instance.
    Init(Value),
    /// As `Init`, for a class called from native code: the instance is the nested run's result.
    InitNative(Value),
    /// Discard it (e.g. a `__setitem__` called by `StoreSubscr`), checking nothing.
    Discard,
    /// The frame is a user `__next__` called by `ForIter(target)`: push the value; StopIteration ends the loop.
    ForIterNext(u32),
    /// A generator resumed by `ForIter(target)`: a yield pushes; a return ends the loop.
    GenForIter(u32),
    /// As `GenForIter`, for the generator an `enumerate` on the caller's stack wraps: a yield pushes
    /// `(count, value)`.
    GenForIterEnumerate(u32),
    /// As `GenForIter`, for the generator a `map` on the caller's stack reads: a yield calls the map's
    /// function, whose result is the loop's item.
    GenForIterMap(u32),
    /// As `GenForIter`, for the generator a `filter` on the caller's stack reads: a yield is tested, and kept
    /// as the loop's item or skipped.
    GenForIterFilter(u32),
    /// As `GenForIter`, for the generator giving item `k` of a `zip`'s next tuple (the items before it wait
    /// on the caller's stack above the zip).
    GenForIterZip(u32, u32),
    /// The Python `__op__` of the left operand of `a op b`, the operands waiting on the caller's stack: its
    /// result replaces them; NotImplemented goes on to the reflected method (`vm::interp::operators`).
    BinaryLeft(circuitpython_parser::ast::BinOp),
    /// As `BinaryLeft`, for `__iop__` in `a op= b`; NotImplemented goes on to `a op b`.
    InplaceLeft(circuitpython_parser::ast::BinOp),
    /// As `BinaryLeft`, for a rich comparison's `__eq__`/`__lt__`/...
    CompareLeft(circuitpython_parser::ast::CmpOp),
    /// A `filter`'s Python function called by `ForIter(target)`, its item on the caller's stack: a true
    /// result keeps the item, a false one runs `ForIter` again; StopIteration ends the loop.
    FilterNext(u32),
    /// A generator resumed by `YieldFrom` in the caller: a yield is yielded on by the caller; a return value
    /// replaces the caller's two `YieldFrom` operands.
    GenYieldFrom,
    /// A generator resumed by `send`/`next`/`throw` called from Python: a yield pushes the value; a return
    /// raises StopIteration(value) in the caller.
    GenSend,
    /// An async generator run by awaiting its `__anext__()`: its `yield` completes that await; its awaits pass
    /// through to the awaiting frame; its end raises StopAsyncIteration there.
    AsyncGenAnext,
    /// The body of a module being imported by an `import` statement: its module object is pushed on the
    /// caller's stack when it ends; if it raises, the module leaves `sys.modules` again.
    ImportModule(Value),
    /// A generator resumed from native code (`next()` in `list(gen)`): the nested run ends with its yield or
    /// return.
    GenNative,
    /// A generator a builtin folds in the VM loop (`sum(gen)`): each yield goes into the accumulator on the
    /// caller's stack and the generator is resumed; its return leaves the builtin's result there.
    GenDrive(crate::builtins::Drive),
    /// A special method a native had the VM call (`len(obj)` calls `__len__`): the check's answer is pushed,
    /// its error raised in the caller.
    Checked(crate::vm::ResultCheck),
    /// The Python `__bool__` (or `__len__`) of the value that the instruction (a conditional jump or `not`)
    /// tests: the check makes the answer a bool and the instruction goes on with it (`vm::interp::operators`).
    Truth(crate::bytecode::Instr, crate::vm::ResultCheck),
}

pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    /// Cell objects: the code's cellvars, then its freevars (from the closure).
    pub cells: Vec<Value>,
    pub globals: ObjRef,
    /// The namespace for `LoadName`/`StoreName` (module and class bodies).
    pub locals_dict: Option<ObjRef>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled (innermost last), for bare `raise` and implicit chaining.
    pub handling: Vec<Value>,
    pub on_return: OnReturn,
    /// The generator or coroutine this frame belongs to.
    pub generator: Option<ObjRef>,
    /// The function being run (for zero-argument `super()`), if any.
    pub function: Option<ObjRef>,
}

impl Frame {
    pub fn trace(&self, out: &mut Vec<Value>) {
        self.code.trace(out);
        out.extend_from_slice(&self.stack);
        out.extend(self.locals.iter().flatten().copied());
        out.extend_from_slice(&self.cells);
        out.push(Value::Obj(self.globals));
        out.extend(self.locals_dict.map(Value::Obj));
        out.extend_from_slice(&self.handling);
        if let OnReturn::Init(v) | OnReturn::InitNative(v) | OnReturn::ImportModule(v) = self.on_return {
            out.push(v);
        }
        out.extend(self.generator.map(Value::Obj));
        out.extend(self.function.map(Value::Obj));
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }

    pub fn heap_bytes(&self) -> usize {
        64 + (self.stack.capacity() + self.locals.len() + self.cells.len()) * 16
    }
}
