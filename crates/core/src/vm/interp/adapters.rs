//! Builtins over Python code advanced by the instruction loop itself, so that no nested run holds them (see
//! `builtins::drive`): `ForIter` over `enumerate`, `map` and `filter` whose items come from a generator or go
//! through a Python function, and the `Drive` folds of `sum(gen)`, `list(gen)` and the like. Each step
//! either pushes the item, or pushes the frame that computes it, with an `OnReturn` that brings its result
//! back here.

use super::{Exit, Step};
use crate::builtins::{resumable, Advance, Drive, DriveSlots};
use crate::heap::Obj;
use crate::objects::iter::IterState;
use crate::value::{ObjRef, Value};
use crate::vm::call::{Args, CallOutcome};
use crate::vm::frame::OnReturn;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `ForIter(target)` over iterator `r`: when it is an adapter over Python code, advance it here and say
    /// so; other iterators are left to the caller.
    pub(super) fn advance_adapter(&mut self, r: ObjRef, target: u32) -> PyResult<bool> {
        let Obj::Iter(s) = self.heap.get(r) else { return Ok(false) };
        let Some(advance) = self.advance_of(s) else { return Ok(false) };
        match (advance, &**s) {
            (Advance::Resume(gen), state) => {
                let on_return = match state {
                    IterState::Enumerate { .. } => OnReturn::GenForIterEnumerate(target),
                    IterState::Map { .. } => OnReturn::GenForIterMap(target),
                    IterState::Filter { .. } => OnReturn::GenForIterFilter(target),
                    _ => OnReturn::GenForIter(target),
                };
                if self.push_generator(gen, Value::None, false, on_return)?.is_some() {
                    self.leave_loop(target, 1);
                }
            }
            // A Python function over native items: the items natively, the call as a frame.
            (Advance::Call, IterState::Map { func, iters }) => {
                let (func, iters) = (*func, Args::from_slice(iters));
                let mut args = Args::new();
                for it in iters {
                    match crate::objects::iter::next_inner(self, it)? {
                        Some(v) => args.push(v),
                        None => {
                            self.leave_loop(target, 1);
                            return Ok(true);
                        }
                    }
                }
                self.map_item(func, &args, target)?;
            }
            (Advance::Call, IterState::Filter { func, iter }) => {
                let (func, iter) = (*func, *iter);
                match crate::objects::iter::next_inner(self, iter)? {
                    Some(v) => self.filter_item(func, v, target)?,
                    None => self.leave_loop(target, 1),
                }
            }
            (Advance::Zip, _) => self.zip_step(target, 0)?,
            (Advance::Call, _) => unreachable!("only maps and filters call"),
        }
        Ok(true)
    }

    /// End the `for` loop whose `ForIter` jumps to `target`, dropping `values` from the stack: its iterator
    /// and what waits above it (a zip's gathered items, a filter's item). Out of line: it ends a loop once.
    #[inline(never)]
    pub(super) fn leave_loop(&mut self, target: u32, values: usize) {
        let f = top!(self);
        f.stack.truncate(f.stack.len() - values);
        f.ip = target as usize;
    }

    /// Generator `gen` yielded `v` to an adapter or a `Drive`: the builtin's step, out of line so that the
    /// common yields stay cheap.
    #[inline(never)]
    pub(super) fn yield_to_adapter(&mut self, gen: ObjRef, on_return: OnReturn, v: Value) -> Option<Exit> {
        let stepped = match on_return {
            OnReturn::GenForIterEnumerate(_) => self.enumerate_item(v),
            OnReturn::GenForIterMap(target) => {
                let func = self.loop_function();
                self.map_item(func, &[v], target)
            }
            OnReturn::GenForIterFilter(target) => {
                let func = self.loop_function();
                self.filter_item(func, v, target)
            }
            OnReturn::GenForIterZip(target, k) => {
                push!(self, v);
                self.zip_step(target, k as usize + 1)
            }
            OnReturn::GenDrive(drive) => {
                // The accumulator is the caller's stack top (see `builtins::Drive`).
                let mut acc = *top!(self).stack.last().expect("a drive's accumulator");
                let folded = self.drive_fold(drive, &mut acc, v);
                *top!(self).stack.last_mut().expect("checked") = acc;
                match folded {
                    Ok(Some(next)) => self.drive_resume(gen, next),
                    Ok(None) => Ok(()),
                    Err(e) => Err(e),
                }
            }
            _ => unreachable!("only adapters' generators yield here"),
        };
        stepped.err().and_then(|e| self.handle_error(e, 0))
    }

    /// Gather a `zip`'s next tuple from item `k` on, the items before it waiting on the stack above the zip:
    /// native iterators are read here, a generator is resumed (its yield comes back to `yield_to_adapter`).
    fn zip_step(&mut self, target: u32, mut k: usize) -> PyResult<()> {
        loop {
            let f = top!(self);
            let Value::Obj(zip) = f.stack[f.stack.len() - 1 - k] else { unreachable!("ForIter's iterator") };
            let (it, n) = match self.heap.get(zip) {
                Obj::Iter(s) => match &**s {
                    IterState::Zip { iters, .. } if k < iters.len() => (Some(iters[k]), iters.len()),
                    IterState::Zip { iters, .. } => (None, iters.len()),
                    _ => unreachable!("a zip"),
                },
                _ => unreachable!("an iterator"),
            };
            let Some(it) = it else {
                let f = top!(self);
                let items = f.stack.split_off(f.stack.len() - n);
                let item = self.new_tuple(items);
                push!(self, item);
                return Ok(());
            };
            if let Some(gen) = resumable(self, it) {
                let on_return = OnReturn::GenForIterZip(target, k as u32);
                if self.push_generator(gen, Value::None, false, on_return)?.is_some() {
                    self.leave_loop(target, 1 + k);
                }
                return Ok(());
            }
            match crate::objects::iter::next_inner(self, it)? {
                Some(v) => push!(self, v),
                None => {
                    self.leave_loop(target, 1 + k);
                    return Ok(());
                }
            }
            k += 1;
        }
    }

    /// The function of the `map` or `filter` a `for` loop iterates (on top of the stack).
    fn loop_function(&mut self) -> Value {
        let Some(&Value::Obj(it)) = top!(self).stack.last() else { unreachable!("ForIter's iterator") };
        match self.heap.get(it) {
            Obj::Iter(s) => match **s {
                IterState::Map { func, .. } | IterState::Filter { func, .. } => func,
                _ => unreachable!("a map or filter"),
            },
            _ => unreachable!("an iterator"),
        }
    }

    /// The next item of the `enumerate` on top of the stack, whose generator yielded `v`.
    fn enumerate_item(&mut self, v: Value) -> PyResult<()> {
        let Some(&Value::Obj(it)) = top!(self).stack.last() else { unreachable!("ForIter's iterator") };
        let Obj::Iter(s) = self.heap.get(it) else { unreachable!("an enumerate") };
        let IterState::Enumerate { count, .. } = **s else { unreachable!("an enumerate") };
        let next = match count {
            Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
            _ => self.binary_op(circuitpython_parser::ast::BinOp::Add, count, Value::Int(1))?,
        };
        if let Obj::Iter(s) = self.heap.get_mut(it) {
            if let IterState::Enumerate { count, .. } = s.as_mut() {
                *count = next;
            }
        }
        let item = self.new_tuple(vec![count, v]);
        push!(self, item);
        Ok(())
    }

    /// A `map` in `ForIter(target)` read `args`: call its function; the result is the loop's item, and a
    /// StopIteration from it ends the loop (as the native map's does).
    #[inline(never)]
    fn map_item(&mut self, func: Value, args: &[Value], target: u32) -> PyResult<()> {
        let called = if self.runs_as_frame(func) {
            self.invoke(func, args, &[], OnReturn::ForIterNext(target))
        } else {
            self.call(func, args).map(CallOutcome::Done)
        };
        match called {
            Ok(CallOutcome::Done(r)) => push!(self, r),
            Ok(CallOutcome::Pushed) => {}
            Err(e) if self.error_matches(&e, self.exc.stop_iteration) => self.leave_loop(target, 1),
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// Whether calling `f` pushes a frame that returns its value to the `OnReturn` given (a Python function,
    /// or a method of one). Anything else (a class, whose `__init__` returns the instance its own way, a
    /// native, which may leave the VM a request of its own) is called in place.
    fn runs_as_frame(&self, f: Value) -> bool {
        let Value::Obj(r) = f else { return false };
        match self.heap.get(r) {
            Obj::Function(_) => true,
            Obj::BoundMethod(m) => self.is_python_function(m.func),
            _ => false,
        }
    }

    /// A `filter` in `ForIter(target)` read `v`: test it with the filter's function, as a frame when that is
    /// Python code (its result comes back to `filter_returned`). The item waits on the stack meanwhile.
    #[inline(never)]
    fn filter_item(&mut self, func: Value, v: Value, target: u32) -> PyResult<()> {
        push!(self, v);
        let tested = if func.is_none() {
            Ok(CallOutcome::Done(v))
        } else if self.runs_as_frame(func) {
            self.invoke(func, &[v], &[], OnReturn::FilterNext(target))
        } else {
            self.call(func, &[v]).map(CallOutcome::Done)
        };
        match tested {
            Ok(CallOutcome::Done(r)) => {
                let keep = self.truthy(r)?;
                self.filter_decide(keep);
            }
            Ok(CallOutcome::Pushed) => {}
            Err(e) if self.error_matches(&e, self.exc.stop_iteration) => self.leave_loop(target, 2),
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// A filter's Python function returned `r` for the item on top of the stack.
    #[inline(never)]
    pub(super) fn filter_returned(&mut self, r: Value) -> Option<Exit> {
        match self.truthy(r) {
            Ok(keep) => {
                self.filter_decide(keep);
                None
            }
            Err(e) => self.handle_error(e, 0),
        }
    }

    /// Keep the item on top of the stack as the loop's next item, or drop it and run `ForIter` again.
    fn filter_decide(&mut self, keep: bool) {
        if !keep {
            let f = top!(self);
            f.stack.pop();
            f.ip -= 1;
        }
    }

    /// A native asked to fold generator `gen` (`sum(gen)`): its slots replace its placeholder result.
    #[inline(never)]
    pub(super) fn start_drive(&mut self, gen: ObjRef, drive: Drive, slots: DriveSlots) -> PyResult<Option<Step>> {
        pop!(self);
        top!(self).stack.extend_from_slice(&slots);
        self.drive_resume(gen, drive)?;
        Ok(None)
    }

    /// Resume a generator a builtin drives; one that has already finished finishes the drive.
    fn drive_resume(&mut self, gen: ObjRef, drive: Drive) -> PyResult<()> {
        if self.push_generator(gen, Value::None, false, OnReturn::GenDrive(drive))?.is_some() {
            self.drive_done(drive)?;
        }
        Ok(())
    }

    /// The generator a `Drive` folds returned.
    #[inline(never)]
    pub(super) fn drive_returned(&mut self, drive: Drive) -> Option<Exit> {
        self.drive_done(drive).err().and_then(|e| self.handle_error(e, 0))
    }

    /// The builtin's result replaces the drive's slots on the stack.
    fn drive_done(&mut self, drive: Drive) -> PyResult<()> {
        let f = top!(self);
        let slots = f.stack.split_off(f.stack.len() - drive.slots());
        let r = self.drive_finish(drive, slots)?;
        push!(self, r);
        Ok(())
    }
}
