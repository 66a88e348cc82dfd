//! Operators on instances whose class defines the special method in Python (`v + w` with a Python
//! `__add__`, `v += w` with `__iadd__`, `v == w` with `__eq__`, `x in v` with `__contains__`, `if v:` and
//! `not v` with `__bool__` or `__len__`): the method runs as a frame of this loop rather than in a nested
//! run, so it costs a call, a `time.sleep` in it suspends like any other, and a runaway one can be
//! interrupted. The operands wait on the caller's stack; a NotImplemented answer goes on through the general
//! path (`Vm::binary_op_after_left`, `Vm::binary_op`).

use crate::bytecode::Instr;
use crate::heap::Obj;
use crate::value::{ObjRef, Truth, Value};
use crate::vm::call::CallOutcome;
use crate::vm::frame::OnReturn;
use crate::vm::ops::{contains_answer, not_contains_answer};
use crate::vm::{PyResult, ResultCheck, Vm};
use circuitpython_parser::ast::{BinOp, CmpOp};

use super::Exit;

impl Vm {
    /// Start `a op b` (`a op= b` when `inplace`) as a frame of `a`'s Python method, when that is what the
    /// operation calls first; `false` leaves the operation to the general path.
    pub(super) fn binop_frame(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<bool> {
        let Some(class) = self.instance_class(a) else { return Ok(false) };
        let (name, iname) = self.names.binop(op);
        if inplace {
            match self.lookup_special(class, iname) {
                Some(f) if self.is_python_function(f) => return self.push_binop(f, a, b, OnReturn::InplaceLeft(op)),
                Some(_) => return Ok(false),
                // No `__iop__`: `a op= b` is `a op b`.
                None => {}
            }
        }
        // `b`'s reflected method goes first when its class is a subclass of `a`'s that overrides it.
        let (_, rname, _) = crate::vm::ops::binop_dunders(op);
        if self.reflected_first(a, b, rname) {
            return Ok(false);
        }
        self.left_method_frame(class, name, a, b, OnReturn::BinaryLeft(op))
    }

    /// Start `a op b` (a rich comparison) as a frame of `a`'s Python method, when that is what it calls first.
    pub(super) fn compare_frame(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
        let Some(class) = self.instance_class(a) else { return Ok(false) };
        let name = self.names.compare(op);
        if name.is_none() {
            return Ok(false);
        }
        if self.compare_reflected_first(a, b) {
            return Ok(false);
        }
        self.left_method_frame(class, name, a, b, OnReturn::CompareLeft(op))
    }

    /// The class of `v` if it is an instance of a class (not a builtin value).
    pub(crate) fn instance_class(&self, v: Value) -> Option<ObjRef> {
        let Value::Obj(r) = v else { return None };
        match self.heap.get(r) {
            Obj::Instance(inst) => Some(inst.class),
            _ => None,
        }
    }

    /// Push the frame of `a`'s Python method `name` for `a op b`, unless `a`'s class has no such Python
    /// method.
    fn left_method_frame(
        &mut self,
        class: ObjRef,
        name: Value,
        a: Value,
        b: Value,
        on_return: OnReturn,
    ) -> PyResult<bool> {
        match self.lookup_special(class, name) {
            Some(f) if self.is_python_function(f) => self.push_binop(f, a, b, on_return),
            _ => Ok(false),
        }
    }

    fn push_binop(&mut self, f: Value, a: Value, b: Value, on_return: OnReturn) -> PyResult<bool> {
        push!(self, a);
        push!(self, b);
        // The common case, a plain two-parameter method: its frame takes the operands as arguments and they
        // stay on the stack below it.
        if let Value::Obj(fr) = f {
            let n = top!(self).stack.len();
            if self.push_plain_call(fr, n - 2, n) {
                top!(self).on_return = on_return;
                return Ok(true);
            }
        }
        // A generator function as the method returns its generator at once.
        if let CallOutcome::Done(r) = self.invoke(f, &[a, b], &[], on_return)? {
            self.binop_finish(on_return, r)?;
        }
        Ok(true)
    }

    /// The method of `binop_frame` returned `r`.
    #[inline(never)]
    pub(super) fn binop_returned(&mut self, on_return: OnReturn, r: Value) -> Option<Exit> {
        self.binop_finish(on_return, r).err().and_then(|e| self.handle_error(e, 0))
    }

    /// Replace the waiting operands by the result: `r`, or on NotImplemented the rest of the operation.
    fn binop_finish(&mut self, on_return: OnReturn, r: Value) -> PyResult<()> {
        let b = pop!(self);
        let a = pop!(self);
        let v = if !r.is(self.not_implemented) {
            r
        } else {
            match on_return {
                OnReturn::BinaryLeft(op) => self.binary_op_after_left(op, a, b)?,
                OnReturn::InplaceLeft(op) => self.binary_op(op, a, b)?,
                OnReturn::CompareLeft(op) => self.compare_after_left(a, b, op)?,
                _ => unreachable!("only operator frames return here"),
            }
        };
        push!(self, v);
        Ok(())
    }

    /// The truth value of `v` for `instr` (a conditional jump or `not`), or `None` when a Python `__bool__`
    /// (or `__len__`) of its class was started as a frame to decide it (`truth_returned` goes on).
    pub(super) fn truth_or_frame(&mut self, v: Value, instr: Instr) -> PyResult<Option<bool>> {
        let Some(class) = self.instance_class(v) else { return self.truthy(v).map(Some) };
        let method = self.truth_method(class);
        match method {
            Some((f, check)) if self.is_python_function(f) => {
                match self.invoke(f, &[v], &[], OnReturn::Truth(instr, check))? {
                    CallOutcome::Pushed => Ok(None),
                    // A generator function as the method answers at once (and fails the check).
                    CallOutcome::Done(r) => Ok(Some(matches!(check(self, r)?, Value::Bool(Truth::True)))),
                }
            }
            _ => self.instance_truth(v, method).map(Some),
        }
    }

    /// The method started by `truth_or_frame` answered `r`: carry out `instr` with it.
    #[inline(never)]
    pub(super) fn truth_returned(&mut self, instr: Instr, check: ResultCheck, r: Value) -> Option<Exit> {
        let truth = match check(self, r) {
            Ok(b) => matches!(b, Value::Bool(Truth::True)),
            Err(e) => return self.handle_error(e, 0),
        };
        self.apply_truth(instr, truth);
        None
    }

    /// Carry out a truth-testing instruction (`not`, the conditional jumps) once its operand's truth is known,
    /// whether `step` found it at once or a `__bool__`/`__len__` frame returned it.
    pub(super) fn apply_truth(&mut self, instr: Instr, truth: bool) {
        let caller = top!(self);
        match instr {
            Instr::PopJumpIfFalse(t) if !truth => caller.ip = t as usize,
            Instr::PopJumpIfTrue(t) if truth => caller.ip = t as usize,
            // `a and b`/`a or b`: `a` waits on the stack; it is the result if the jump is taken.
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                if truth == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                    caller.ip = t as usize;
                } else {
                    caller.stack.pop();
                }
            }
            Instr::UnaryNot => caller.stack.push(Value::bool(!truth)),
            _ => {}
        }
    }

    /// Start `x in c` (`x not in c` when `negate`) as a frame of `c`'s Python `__contains__`, if it has one.
    pub(super) fn contains_frame(&mut self, x: Value, c: Value, negate: bool) -> PyResult<bool> {
        let Some(f) = self.python_special(c, "__contains__") else { return Ok(false) };
        let check: ResultCheck = if negate { not_contains_answer } else { contains_answer };
        if let CallOutcome::Done(r) = self.invoke(f, &[c, x], &[], OnReturn::Checked(check))? {
            let v = check(self, r)?;
            push!(self, v);
        }
        Ok(true)
    }
}
