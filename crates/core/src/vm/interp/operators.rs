//! Operators on instances whose class defines the special method in Python (`v + w` with a Python
//! `__add__`, `v += w` with `__iadd__`, `v == w` with `__eq__`): the method runs as a frame of this loop rather than in a nested run,
//! so it costs a call, a `time.sleep` in it suspends like any other, and a runaway one can be interrupted.
//! The operands wait on the caller's stack; a NotImplemented answer goes on through the general path
//! (`Vm::binary_op_after_left`, `Vm::binary_op`).

use crate::heap::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::call::CallOutcome;
use crate::vm::frame::OnReturn;
use crate::vm::{PyResult, Vm};
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

    fn instance_class(&self, v: Value) -> Option<ObjRef> {
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
}
