//! Exception handling (`raise`, `except` matching), `with` blocks, `yield from`, and the async protocol
//! (`await`, `async for`, `async with`).

use super::Step;
use crate::bytecode::Instr;
use crate::heap::Obj;
use crate::objects::iter::IterState;
use crate::value::Value;
use crate::vm::frame::OnReturn;
use crate::vm::{PyErr, PyResult, Suspend, Vm};

impl Vm {
    #[inline(never)]
    pub(super) fn step_block(&mut self, instr: Instr) -> PyResult<Option<Step>> {
        match instr {
            Instr::PopExcept => {
                top!(self).handling.pop();
            }
            Instr::CheckExcMatch => {
                let class = pop!(self);
                let exc = *top!(self).stack.last().expect("stack");
                let m = self.exc_matches(exc, class)?;
                push!(self, Value::bool(m));
            }
            Instr::Raise(n) => {
                let cause = if n == 2 { Some(pop!(self)) } else { None };
                if n == 0 {
                    return match self.current_handled() {
                        Some(e) => {
                            self.reraising = true;
                            Err(PyErr::exc(e))
                        }
                        None => Err(self.runtime_error("no active exception to reraise")),
                    };
                }
                let v = pop!(self);
                let exc = self.exception_from(v)?;
                if let Some(c) = cause {
                    let c = if c.is_none() { c } else { self.exception_from(c)? };
                    if let Some(d) = self.exc_data_mut(exc) {
                        d.cause = c;
                        d.suppress_context = true;
                    }
                }
                return Err(PyErr::exc(exc));
            }
            Instr::Reraise => {
                let exc = pop!(self);
                top!(self).handling.pop();
                self.reraising = true;
                return Err(PyErr::exc(exc));
            }
            Instr::LoadAssertionError => push!(self, Value::Obj(self.exc.assertion_error)),
            Instr::BeforeWith | Instr::BeforeAsyncWith => {
                let (exit_name, enter_name) = match instr {
                    Instr::BeforeWith => ("__exit__", "__enter__"),
                    _ => ("__aexit__", "__aenter__"),
                };
                let cm = pop!(self);
                let exit = self.special_or_error(cm, exit_name)?;
                let enter = self.special_or_error(cm, enter_name)?;
                push!(self, exit);
                return self.invoke_push(enter, &[], &[]);
            }
            Instr::WithNormalExit => {
                let exit = pop!(self);
                return self.invoke_discard(exit, &[Value::None, Value::None, Value::None]);
            }
            Instr::WithExceptStart | Instr::AsyncWithExceptStart => {
                let exc = pop!(self);
                let exit = pop!(self);
                push!(self, exc);
                let ty = Value::Obj(self.type_of(exc));
                return self.invoke_push(exit, &[ty, exc, Value::None], &[]);
            }
            Instr::WithExceptFinish => {
                let result = pop!(self);
                let exc = pop!(self);
                top!(self).handling.pop();
                if !self.truthy(result)? {
                    self.reraising = true;
                    return Err(PyErr::exc(exc));
                }
            }
            Instr::YieldFrom => return self.yield_from(),
            Instr::GetYieldFromIter => {
                let v = pop!(self);
                let it = if matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_))) {
                    v
                } else {
                    self.iter(v)?
                };
                push!(self, it);
            }
            Instr::GetAwaitable => {
                let v = pop!(self);
                let it = self.awaitable(v)?;
                push!(self, it);
            }
            Instr::GetAiter => {
                let v = pop!(self);
                let f = self.special_or_error(v, "__aiter__")?;
                return self.invoke_push(f, &[], &[]);
            }
            Instr::GetAnext => {
                let v = *top!(self).stack.last().expect("stack");
                let f = self.special_or_error(v, "__anext__")?;
                let aw = self.call(f, &[])?;
                let it = self.awaitable(aw)?;
                push!(self, it);
            }
            Instr::EndAsyncFor => {
                let exc = pop!(self);
                if self.isinstance(exc, self.exc.stop_async_iteration) {
                    pop!(self);
                    top!(self).handling.pop();
                } else {
                    top!(self).handling.pop();
                    self.reraising = true;
                    return Err(PyErr::exc(exc));
                }
            }
            Instr::AsyncWithNormalExit => {
                let aexit = pop!(self);
                return self.invoke_push(aexit, &[Value::None, Value::None, Value::None], &[]);
            }
            _ => unreachable!("step sends only exception, with and async instructions here"),
        }
        Ok(None)
    }

    /// Make the value of `raise X`: an instance, or a class called with no arguments.
    pub(super) fn exception_from(&mut self, v: Value) -> PyResult<Value> {
        if self.is_exception_instance(v) {
            return Ok(v);
        }
        if let Value::Obj(r) = v {
            if matches!(self.heap.get(r), Obj::Type(_)) && self.is_subclass(r, self.exc.base_exception) {
                // A `__new__` may return anything: raising a non-exception would escape every handler.
                let exc = self.call(v, &[])?;
                if !self.is_exception_instance(exc) {
                    let (class, got) = (self.repr(v)?, self.type_name(exc));
                    return Err(self.type_error_msg(format!(
                        "calling {class} should have returned an instance of BaseException, not {got}"
                    )));
                }
                return Ok(exc);
            }
        }
        Err(self.type_error_msg("exceptions must derive from BaseException"))
    }

    pub(super) fn current_handled(&self) -> Option<Value> {
        self.frames.iter().rev().find_map(|f| f.handling.last().copied())
    }

    pub(super) fn awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Generator(_) => return Ok(v),
                Obj::Iter(state) if matches!(**state, IterState::AsyncGenStep { .. }) => return Ok(v),
                _ => {}
            }
        }
        if let Some(f) = self.special_method(v, "__await__") {
            let it = self.call(f, &[v])?;
            return self.iter(it);
        }
        if let Some(f) = self.special_method(v, "__iter__") {
            let it = self.call(f, &[v])?;
            return Ok(it);
        }
        Err(self.type_error_for("'", v, "' object can't be awaited"))
    }

    pub(super) fn yield_from(&mut self) -> PyResult<Option<Step>> {
        let value = pop!(self);
        let sub = *top!(self).stack.last().expect("stack");
        if let Value::Obj(r) = sub {
            if let Obj::Iter(state) = self.heap.get(r) {
                if let IterState::AsyncGenStep { gen } = **state {
                    // Awaiting `agen.__anext__()`: run the async generator to its next `yield`.
                    if self.push_generator(gen, value, false, OnReturn::AsyncGenAnext)?.is_some() {
                        return Err(PyErr::msg(self.exc.stop_async_iteration, String::new()));
                    }
                    return Ok(None);
                }
            }
            if let Obj::Generator(_) = self.heap.get(r) {
                if let Some(ret) = self.push_generator(r, value, false, OnReturn::GenYieldFrom)? {
                    let f = top!(self);
                    f.stack.pop();
                    f.stack.push(ret);
                }
                return Ok(None);
            }
        }
        // Any other iterator: next() or send(), then yield what it produced. A Python `__next__` is called
        // directly so the value its StopIteration carries becomes the result (asyncio's tasks return so).
        let produced = if !value.is_none() {
            let send = self.getattr_str(sub, "send")?;
            self.call(send, &[value]).map(Some)
        } else {
            match self.special_method(sub, "__next__") {
                Some(f) if self.is_instance_obj(sub) => self.call(f, &[sub]).map(Some),
                _ => self.next(sub),
            }
        };
        let finished = match produced {
            Ok(Some(v)) => {
                top!(self).ip -= 1;
                // A host future yielded from an `await` suspends the whole VM.
                if let Some(token) = self.host_future_token(v) {
                    return Ok(Some(Step::Suspend(Suspend::HostWait { token })));
                }
                return Ok(Some(Step::Delegate(v)));
            }
            Ok(None) => Value::None,
            Err(e) if self.error_matches(&e, self.exc.stop_iteration) => {
                let exc = self.materialize(e);
                self.getattr_str(exc, "value")?
            }
            Err(e) => return Err(e),
        };
        let f = top!(self);
        f.stack.pop();
        f.stack.push(finished);
        Ok(None)
    }

    /// `obj.name` for the with/async protocols, with CircuitPython's error when missing.
    pub(super) fn special_or_error(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }
}
