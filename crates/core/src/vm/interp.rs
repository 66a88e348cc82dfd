//! The instruction loop. `execute` runs the frames above a base depth until the base frame returns, yields,
//! raises, the budget is spent, or a native asks to suspend. Calls between Python functions push frames and
//! continue in the same loop; returns and yields hand their value to the frame below according to its
//! `OnReturn`. Exceptions unwind through the frames' block stacks here too.
//!
//! Speed: the hottest instructions run in an inner loop over the running frame's fields (locals, value
//! stack, instruction slice) with inline caches (`NameCache`) for globals, instance attributes and methods;
//! everything else goes through `step`, the general path.

use super::attr::Flow;
use super::call::{Args, CallOutcome};
use super::code::{Code, NameCache, NO_CLASS};
use super::frame::{Block, Frame, OnReturn};
use super::{PyErr, PyResult, Request, Suspend, Vm};
use crate::bytecode::Instr;
use crate::heap::Obj;
use crate::objects::instance::TracebackEntry;
use crate::objects::iter::IterState;
use crate::value::{ObjRef, Value};
use circuitpython_parser::ast::{BinOp, CmpOp};
use smallvec::SmallVec;

/// Why `execute` stopped.
pub enum Exit {
    Return(Value),
    Yield(Value),
    Raise(PyErr),
    Budget,
    Suspend(Suspend),
}

/// Instructions between checks of the interrupt flag, the collector and the budget.
const CHECK_INTERVAL: u32 = 64;

/// The running frame. These two are functions rather than an `expect` in each macro expansion: every
/// `expect` call site is a panic location of its own (16 bytes of data and its arguments' code), and the
/// macros below expand about 150 times.
#[inline]
fn running(frames: &mut [Box<Frame>]) -> &mut Box<Frame> {
    frames.last_mut().expect("a frame is running")
}

/// The value on top of a frame's stack, taken off it.
#[inline]
fn pop_value(stack: &mut Vec<Value>) -> Value {
    stack.pop().expect("value stack underflow")
}

macro_rules! top {
    ($vm:expr) => {
        $vm.running_frame()
    };
}

macro_rules! pop {
    ($vm:expr) => {
        $vm.pop_running()
    };
}

macro_rules! push {
    ($vm:expr, $v:expr) => {{
        let v = $v;
        $vm.push_running(v)
    }};
}

// The less common instructions, by concern: `step` hands them to one function per group, so a program
// compiles only the groups it uses (in WebAssembly, V8 compiles each function lazily on its first call, and
// a single 36 KB `step` made every first run pay for all of it).
mod adapters;
mod blocks;
mod build;
mod operators;
mod scope;

impl Vm {
    /// The value on top of the running frame's stack, taken off it. `pop!` and `push!` expand about 150
    /// times: as methods each is one call in WebAssembly (size-first, they stay out of line), instead of a
    /// frame lookup and a stack operation at every site; the native build inlines them.
    #[inline]
    fn pop_running(&mut self) -> Value {
        pop_value(&mut running(&mut self.frames).stack)
    }

    #[inline]
    fn running_frame(&mut self) -> &mut Box<Frame> {
        running(&mut self.frames)
    }

    /// Push onto the running frame's stack (see `pop_running`).
    #[inline]
    fn push_running(&mut self, v: Value) {
        running(&mut self.frames).stack.push(v)
    }

    pub(crate) fn execute(&mut self, base: usize, budget: Option<u64>) -> Exit {
        let mut remaining = budget.unwrap_or(u64::MAX);
        let mut tick: u32 = 0;
        loop {
            if self.pending_throw.is_some() {
                let exc = self.pending_throw.take().expect("checked");
                if let Some(exit) = self.handle_error(PyErr::exc(exc), base) {
                    return exit;
                }
                continue;
            }
            // The hottest instructions on their simplest operands, without the general path's plumbing: an
            // inner loop over the running frame's fields, which stay in registers while only the frame and the
            // heap are touched. It leaves with the instruction the general path must run (or None when the
            // periodic check is due).
            let next = {
                let frame = running(&mut self.frames);
                let Frame { code, ip, stack, locals, globals, locals_dict, blocks, handling, .. } = &mut **frame;
                let code: &Code = code;
                // Instructions hold no cells (the caches do), so this slice stays in registers.
                let instrs: &[Instr] = &code.obj.code;
                loop {
                    tick += 1;
                    if tick >= CHECK_INTERVAL {
                        break None;
                    }
                    let instr = instrs[*ip];
                    *ip += 1;
                    match instr {
                        Instr::LoadFast(i) => {
                            if let Some(v) = locals[i as usize] {
                                stack.push(v);
                                continue;
                            }
                        }
                        Instr::StoreFast(i) => {
                            let v = pop_value(stack);
                            locals[i as usize] = Some(v);
                            continue;
                        }
                        Instr::LoadConst(i) => {
                            let v = code.consts[i as usize];
                            stack.push(v);
                            continue;
                        }
                        Instr::Jump(t) => {
                            *ip = t as usize;
                            continue;
                        }
                        Instr::Pop => {
                            stack.pop();
                            continue;
                        }
                        Instr::Copy(n) => {
                            let v = stack[stack.len() - n as usize];
                            stack.push(v);
                            continue;
                        }
                        Instr::SetupExcept(t) => {
                            blocks.push(Block {
                                handler: t,
                                depth: stack.len() as u32,
                                handling: handling.len() as u32,
                            });
                            continue;
                        }
                        Instr::PopBlock => {
                            blocks.pop();
                            continue;
                        }
                        Instr::ListAppend(n) => {
                            // List comprehensions: the list sits `n` below the value.
                            if let Value::Obj(r) = stack[stack.len() - 1 - n as usize] {
                                if let Obj::List(list) = self.heap.get_mut(r) {
                                    list.push(pop_value(stack));
                                    self.heap.resize(r);
                                    continue;
                                }
                            }
                        }
                        Instr::ForIter(target) => {
                            // `for x in a_list` / `a_tuple`: the next item, or on to the general path.
                            if let Some(&Value::Obj(r)) = stack.last() {
                                if let Obj::Iter(state) = self.heap.get(r) {
                                    if let IterState::Seq { seq: Value::Obj(s), index } = **state {
                                        if let Obj::List(items) | Obj::Tuple(items) = self.heap.get(s) {
                                            if let Some(&v) = items.get(index) {
                                                if let Obj::Iter(state) = self.heap.get_mut(r) {
                                                    if let IterState::Seq { index, .. } = state.as_mut() {
                                                        *index += 1;
                                                    }
                                                }
                                                stack.push(v);
                                                continue;
                                            }
                                        }
                                    }
                                }
                            }
                            // `for i in range(...)`: the next int, or the loop's end.
                            if let Some(&Value::Obj(r)) = stack.last() {
                                if let Obj::Iter(state) = self.heap.get_mut(r) {
                                    if let IterState::Range { next, stop, step } = state.as_mut() {
                                        let n = *next;
                                        if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                                            *next = n.saturating_add(*step);
                                            if n.checked_add(*step).is_none() {
                                                *stop = n;
                                            }
                                            stack.push(Value::Int(n));
                                        } else {
                                            stack.pop();
                                            *ip = target as usize;
                                        }
                                        continue;
                                    }
                                }
                            }
                        }
                        Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                            if let Some(&Value::Bool(b)) = stack.last() {
                                stack.pop();
                                if b.get() == matches!(instr, Instr::PopJumpIfTrue(_)) {
                                    *ip = t as usize;
                                }
                                continue;
                            }
                        }
                        Instr::Compare(op) => {
                            let n = stack.len();
                            if let (Value::Float(a), Value::Float(b)) = (stack[n - 2], stack[n - 1]) {
                                let (a, b) = (a.get(), b.get());
                                let r = match op {
                                    CmpOp::Lt => Some(a < b),
                                    CmpOp::LtE => Some(a <= b),
                                    CmpOp::Gt => Some(a > b),
                                    CmpOp::GtE => Some(a >= b),
                                    _ => None,
                                };
                                if let Some(r) = r {
                                    stack.truncate(n - 2);
                                    stack.push(Value::bool(r));
                                    continue;
                                }
                            }
                            if let (Value::Int(a), Value::Int(b)) = (stack[n - 2], stack[n - 1]) {
                                let r = match op {
                                    CmpOp::Lt => Some(a < b),
                                    CmpOp::LtE => Some(a <= b),
                                    CmpOp::Gt => Some(a > b),
                                    CmpOp::GtE => Some(a >= b),
                                    CmpOp::Eq => Some(a == b),
                                    CmpOp::NotEq => Some(a != b),
                                    _ => None,
                                };
                                if let Some(r) = r {
                                    stack.truncate(n - 2);
                                    stack.push(Value::bool(r));
                                    continue;
                                }
                            }
                        }
                        Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                            let n = stack.len();
                            let floats = match (stack[n - 2], stack[n - 1]) {
                                (Value::Float(a), Value::Float(b)) => Some((a.get(), b.get())),
                                (Value::Float(a), Value::Int(b)) => Some((a.get(), b as f64)),
                                (Value::Int(a), Value::Float(b)) => Some((a as f64, b.get())),
                                _ => None,
                            };
                            if let Some((a, b)) = floats {
                                let r = match op {
                                    BinOp::Add => Some(a + b),
                                    BinOp::Sub => Some(a - b),
                                    BinOp::Mult => Some(a * b),
                                    BinOp::Div if b != 0.0 => Some(a / b),
                                    _ => None,
                                };
                                if let Some(r) = r {
                                    stack.truncate(n - 2);
                                    stack.push(Value::float(r));
                                    continue;
                                }
                            }
                            if let (Value::Int(a), Value::Int(b)) = (stack[n - 2], stack[n - 1]) {
                                let r = match op {
                                    BinOp::Add => a.checked_add(b),
                                    BinOp::Sub => a.checked_sub(b),
                                    BinOp::Mult => a.checked_mul(b),
                                    BinOp::BitAnd => Some(a & b),
                                    BinOp::BitOr => Some(a | b),
                                    BinOp::BitXor => Some(a ^ b),
                                    // Python's floor semantics; zero divisors and overflow take the general path.
                                    BinOp::Mod if b != 0 && a != i64::MIN => {
                                        Some(a.rem_euclid(b) + if b < 0 && a.rem_euclid(b) != 0 { b } else { 0 })
                                    }
                                    BinOp::FloorDiv if b != 0 && a != i64::MIN => {
                                        Some(a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 })
                                    }
                                    BinOp::RShift if (0..64).contains(&b) => Some(a >> b),
                                    _ => None,
                                };
                                if let Some(r) = r {
                                    stack.truncate(n - 2);
                                    stack.push(Value::Int(r));
                                    continue;
                                }
                            }
                        }
                        Instr::LoadGlobal(i) | Instr::LoadName(i) => {
                            let (name, ns) = (code.names[i as usize], *globals);
                            if matches!(instr, Instr::LoadGlobal(_)) || *locals_dict == Some(ns) {
                                let hit = match code.caches[*ip - 1].get() {
                                    NameCache::Namespace(idx) => self.heap.dict(ns).value_if_key_at(idx as usize, name),
                                    NameCache::Builtins { index, namespace_keys }
                                        if self.heap.dict(ns).keys_version() == namespace_keys =>
                                    {
                                        self.heap.dict(self.builtins).value_if_key_at(index as usize, name)
                                    }
                                    _ => None,
                                };
                                if let Some(v) = hit {
                                    stack.push(v);
                                    continue;
                                }
                            }
                        }
                        Instr::StoreGlobal(i) | Instr::StoreName(i) => {
                            let (name, ns) = (code.names[i as usize], locals_dict.unwrap_or(*globals));
                            if matches!(instr, Instr::StoreName(_)) || ns == *globals {
                                let ns = if matches!(instr, Instr::StoreGlobal(_)) { *globals } else { ns };
                                if let NameCache::Namespace(idx) = code.caches[*ip - 1].get() {
                                    let v = *stack.last().expect("value stack underflow");
                                    if self.heap.dict_mut(ns).set_if_key_at(idx as usize, name, v) {
                                        stack.pop();
                                        continue;
                                    }
                                }
                            }
                        }
                        Instr::LoadAttr(i) => {
                            if let NameCache::InstanceAttr { classes, epoch, index } = code.caches[*ip - 1].get() {
                                let name = code.names[i as usize];
                                let top = stack.len() - 1;
                                if let Some(v) = self.heap.cached_instance_attr(stack[top], classes, epoch, index, name)
                                {
                                    stack[top] = v;
                                    continue;
                                }
                            }
                        }
                        Instr::StoreAttr(i) => {
                            if let NameCache::InstanceAttr { classes, epoch, index } = code.caches[*ip - 1].get() {
                                let name = code.names[i as usize];
                                let n = stack.len();
                                let (value, obj) = (stack[n - 2], stack[n - 1]);
                                if self.heap.store_cached_instance_attr(obj, classes, epoch, index, name, value) {
                                    stack.truncate(n - 2);
                                    continue;
                                }
                            }
                        }
                        _ => {}
                    }
                    break Some(instr);
                }
            };
            let Some(instr) = next else {
                tick = 0;
                self.instructions += CHECK_INTERVAL as u64;
                if let Some(err) = self.periodic_check() {
                    if let Some(exit) = self.handle_error(err, base) {
                        return exit;
                    }
                    continue;
                }
                if budget.is_some() {
                    remaining = remaining.saturating_sub(CHECK_INTERVAL as u64);
                    if remaining == 0 {
                        return Exit::Budget;
                    }
                }
                continue;
            };
            // Calls, returns and yields of plain Python code: the frame stack changes.
            let frame = top!(self);
            match instr {
                Instr::CallFunction(argc) => {
                    // A call of a plain Python function with exactly its positional parameters.
                    let argc = argc as usize;
                    let n = frame.stack.len();
                    if let Value::Obj(fr) = frame.stack[n - argc - 1] {
                        if self.push_plain_call(fr, n - argc, n - argc - 1) {
                            continue;
                        }
                    }
                }
                Instr::CallMethod { name, argc } => {
                    if let NameCache::Method { class, epoch, method } = frame.code.caches[frame.ip - 1].get() {
                        let name = frame.code.names[name as usize];
                        let argc = argc as usize;
                        let n = frame.stack.len();
                        let obj = frame.stack[n - argc - 1];
                        if let (true, Value::Obj(fr)) = (self.heap.method_cache_valid(obj, class, epoch, name), method)
                        {
                            // The object itself is the first argument.
                            if self.push_plain_call(fr, n - argc - 1, n - argc - 1) {
                                continue;
                            }
                        }
                    }
                }
                Instr::YieldValue => {
                    let v = pop_value(&mut frame.stack);
                    if let Some(exit) = self.yield_from_frame(v, true) {
                        return exit;
                    }
                    continue;
                }
                Instr::ReturnValue => {
                    let v = pop_value(&mut frame.stack);
                    if matches!(frame.on_return, OnReturn::Push) && frame.generator.is_none() {
                        let done = self.frames.pop().expect("frame");
                        self.recycle_frame(done);
                        top!(self).stack.push(v);
                    } else if let Some(exit) = self.return_from_frame(v) {
                        // (`__init__`, generators, nested runs: what the frame's caller expects.)
                        return exit;
                    }
                    continue;
                }
                _ => {}
            }
            let result = match self.step(instr) {
                Ok(None) if self.request.is_none() => continue,
                Ok(None) => {
                    let req = self.request.take().expect("checked");
                    self.carry_out(req)
                }
                other => other,
            };
            match result {
                Ok(None) => {}
                Ok(Some(Step::Delegate(v))) => {
                    if let Some(exit) = self.yield_from_frame(v, false) {
                        return exit;
                    }
                }
                Ok(Some(Step::Suspend(s))) => {
                    if self.nested_depth() > 0 {
                        // Nested runs cannot give control back to the host.
                        match s {
                            Suspend::Sleep { until_ns } => self.host.sleep_blocking(until_ns),
                            _ => {
                                let e = self.runtime_error("can't wait for input or a promise inside a callback");
                                if let Some(exit) = self.handle_error(e, base) {
                                    return exit;
                                }
                            }
                        }
                    } else {
                        return Exit::Suspend(s);
                    }
                }
                Err(e) => {
                    if let Some(exit) = self.handle_error(e, base) {
                        return exit;
                    }
                }
            }
        }
    }

    fn nested_depth(&self) -> usize {
        self.nested_runs
    }

    /// Interrupts, collection and the heap limit, checked every `CHECK_INTERVAL` instructions.
    fn periodic_check(&mut self) -> Option<PyErr> {
        if self.take_interrupt() {
            return Some(PyErr::msg(self.exc.keyboard_interrupt, String::new()));
        }
        if self.heap.wants_collection() {
            if self.nested_runs == 0 {
                self.collect_garbage();
                if self.heap.over_limit() {
                    return Some(self.memory_error());
                }
            } else if self.heap.used() >= self.heap.limit() && self.heap.over_limit() {
                return Some(self.memory_error());
            }
        }
        None
    }

    /// Carry out what a native asked for (the native's placeholder result is already on the stack).
    fn carry_out(&mut self, req: Request) -> PyResult<Option<Step>> {
        match req {
            Request::Suspend(s) => Ok(Some(Step::Suspend(s))),
            Request::Collect => {
                if self.nested_runs == 0 {
                    self.collect_garbage();
                }
                Ok(None)
            }
            Request::Drive { gen, drive, slots } => self.start_drive(gen, drive, slots),
            Request::Call { func, args, check } => {
                pop!(self);
                let how = check.map_or(OnReturn::Push, OnReturn::Checked);
                match self.invoke(func, &args, &[], how)? {
                    CallOutcome::Done(v) => {
                        let v = check.map_or(Ok(v), |check| check(self, v))?;
                        push!(self, v);
                    }
                    CallOutcome::Pushed => {}
                }
                Ok(None)
            }
            Request::Run(code, globals, locals, eval) => {
                if eval {
                    pop!(self);
                }
                self.push_code(code, globals, locals, if eval { OnReturn::Push } else { OnReturn::Discard })?;
                Ok(None)
            }
            Request::Resume { gen, value, throw } => {
                pop!(self);
                if let Some(r) = self.push_generator(gen, value, throw, OnReturn::GenSend)? {
                    return Err(self.stop_iteration(r));
                }
                Ok(None)
            }
        }
    }

    /// A frame returned `v`: pop it and hand `v` on. `Some(exit)` ends the current `execute`.
    fn return_from_frame(&mut self, v: Value) -> Option<Exit> {
        let frame = self.frames.pop().expect("returning frame");
        if let Some(g) = frame.generator {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.finished = true;
                gen.running = false;
            }
        }
        let on_return = frame.on_return;
        self.recycle_frame(frame);
        match on_return {
            OnReturn::Push | OnReturn::ForIterNext(_) => push!(self, v),
            OnReturn::Native | OnReturn::GenNative => return Some(Exit::Return(v)),
            OnReturn::Init(inst) | OnReturn::InitNative(inst) => {
                if !v.is_none() {
                    let e = self.type_error_msg("__init__() should return None");
                    let base = self.frames.len();
                    return self.handle_error_at(e, base, on_return);
                }
                if let OnReturn::InitNative(_) = on_return {
                    return Some(Exit::Return(inst));
                }
                push!(self, inst);
            }
            OnReturn::Discard => {}
            OnReturn::GenDrive(drive) => return self.drive_returned(drive),
            OnReturn::FilterNext(_) => return self.filter_returned(v),
            OnReturn::BinaryLeft(_) | OnReturn::InplaceLeft(_) | OnReturn::CompareLeft(_) => {
                return self.binop_returned(on_return, v)
            }
            OnReturn::ImportModule(module) => push!(self, module),
            OnReturn::Checked(check) => match check(self, v) {
                Ok(r) => push!(self, r),
                Err(e) => return self.handle_error(e, 0),
            },
            OnReturn::Truth(instr, check) => return self.truth_returned(instr, check, v),
            OnReturn::GenForIter(target)
            | OnReturn::GenForIterEnumerate(target)
            | OnReturn::GenForIterMap(target)
            | OnReturn::GenForIterFilter(target) => self.leave_loop(target, 1),
            OnReturn::GenForIterZip(target, k) => self.leave_loop(target, 1 + k as usize),
            OnReturn::GenYieldFrom => {
                let f = top!(self);
                f.stack.pop();
                f.stack.push(v);
            }
            OnReturn::GenSend => {
                let e = self.stop_iteration(v);
                let base = 0;
                return self.handle_error(e, base);
            }
            OnReturn::AsyncGenAnext => {
                let e = PyErr::msg(self.exc.stop_async_iteration, String::new());
                return self.handle_error(e, 0);
            }
        }
        None
    }

    /// Raise `e` in the caller of a frame that returned with a wrong value; ends the run when the frame was
    /// the base of a nested run.
    fn handle_error_at(&mut self, e: PyErr, _depth: usize, how: OnReturn) -> Option<Exit> {
        match how {
            OnReturn::InitNative(_) | OnReturn::Native | OnReturn::GenNative => Some(Exit::Raise(e)),
            _ => self.handle_error(e, 0),
        }
    }

    /// The top frame (a generator's) yields `v` — its own `yield` (`own`), or a value passed up from what it
    /// delegates to with `yield from`/`await`: store it back into its generator and hand `v` on.
    fn yield_from_frame(&mut self, v: Value, mut own: bool) -> Option<Exit> {
        loop {
            let mut frame = self.frames.pop().expect("yielding frame");
            let on_return = frame.on_return;
            let Some(g) = frame.generator else {
                return Some(Exit::Raise(self.runtime_error("yield outside generator")));
            };
            frame.on_return = OnReturn::Push;
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.frame = Some(frame);
                gen.running = false;
            }
            self.heap.resize(g);
            match on_return {
                OnReturn::GenNative => return Some(Exit::Yield(v)),
                OnReturn::GenForIterEnumerate(_)
                | OnReturn::GenForIterMap(_)
                | OnReturn::GenForIterFilter(_)
                | OnReturn::GenForIterZip(..)
                | OnReturn::GenDrive(_) => {
                    return self.yield_to_adapter(g, on_return, v);
                }
                OnReturn::AsyncGenAnext if own => {
                    // An async generator's `yield`: the awaited `__anext__()` completes with the value.
                    let f = top!(self);
                    f.stack.pop();
                    f.stack.push(v);
                    return None;
                }
                OnReturn::GenYieldFrom | OnReturn::AsyncGenAnext => {
                    // The delegating frame passes the value on; it re-runs `YieldFrom` when resumed.
                    let f = top!(self);
                    f.ip -= 1;
                    own = false;
                    continue;
                }
                _ => {
                    push!(self, v);
                    return None;
                }
            }
        }
    }

    /// Unwind `err` to the nearest handler. `Some(exit)` when it leaves the base frame of this run.
    pub(crate) fn handle_error(&mut self, err: PyErr, _base: usize) -> Option<Exit> {
        let reraise = std::mem::take(&mut self.reraising);
        let exc = self.materialize(err);
        // Implicit chaining: the exception being handled (in this frame or a caller) becomes the context.
        if !reraise {
            let handled = self.frames.iter().rev().find_map(|f| f.handling.last().copied());
            if let Some(h) = handled {
                if !h.is(exc) {
                    if let Some(d) = self.exc_data_mut(exc) {
                        if d.context.is_none() {
                            d.context = h;
                        }
                    }
                }
            }
        }
        let mut first = true;
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Some(Exit::Raise(PyErr::exc(exc)));
            };
            // Frames of `builtins/drive.py` stand for a native, which has no traceback entry.
            if !(first && reraise) && &*frame.code.obj.filename != crate::builtins::DRIVE_FILENAME {
                let entry = TracebackEntry {
                    filename: frame.code.obj.filename.clone(),
                    name: frame.code.name_rc.clone(),
                    line: frame.line(),
                };
                self.add_traceback(exc, entry);
            }
            first = false;
            let frame = top!(self);
            if let Some(block) = frame.blocks.pop() {
                frame.stack.truncate(block.depth as usize);
                frame.handling.truncate(block.handling as usize);
                frame.stack.push(exc);
                frame.handling.push(exc);
                frame.ip = block.handler as usize;
                // What the unwound frames held is garbage now: collect before the handler runs (no native is
                // running in the outermost loop), or its first big allocation is refused on the live set the
                // last collection measured with those frames alive.
                if self.nested_runs == 0 && self.isinstance(exc, self.exc.memory_error) {
                    self.collect_garbage();
                }
                return None;
            }
            let frame = self.frames.pop().expect("frame");
            if let Some(g) = frame.generator {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.finished = true;
                    gen.running = false;
                }
            }
            let is_stop = self.isinstance(exc, self.exc.stop_iteration);
            let (on_return, in_generator) = (frame.on_return, frame.generator.is_some());
            if let OnReturn::ImportModule(module) = on_return {
                let name = self.getattr_str(module, "__name__").ok().and_then(|n| self.as_str(n).map(String::from));
                if let Some(name) = name {
                    self.forget_module(&name);
                }
            }
            self.recycle_frame(frame);
            match on_return {
                OnReturn::Native | OnReturn::InitNative(_) | OnReturn::GenNative => {
                    if in_generator && is_stop {
                        return Some(Exit::Raise(self.runtime_error("generator raised StopIteration")));
                    }
                    return Some(Exit::Raise(PyErr::exc(exc)));
                }
                OnReturn::ForIterNext(target) if is_stop => {
                    self.leave_loop(target, 1);
                    return None;
                }
                OnReturn::FilterNext(target) if is_stop => {
                    // The item and the iterator.
                    self.leave_loop(target, 2);
                    return None;
                }
                _ => {
                    if in_generator && is_stop {
                        let e = self.runtime_error("generator raised StopIteration");
                        return self.handle_error(e, 0);
                    }
                }
            }
        }
    }

    fn name_error(&self, name: Value) -> PyErr {
        let n = self.as_str(name).unwrap_or("?");
        self.new_error(self.exc.name_error, format!("name '{n}' isn't defined"))
    }

    fn unbound_local(&self) -> PyErr {
        self.new_error(self.exc.unbound_local_error, "local variable referenced before assignment")
    }

    /// Load `name` from namespace `ns` (the frame's globals, or a module's namespace), then builtins, using
    /// the instruction's inline cache.
    #[inline]
    fn load_global_cached(&mut self, ns: ObjRef, name: Value) -> PyResult<Value> {
        let f = self.frames.last().expect("frame");
        let cache = &f.code.caches[f.ip - 1];
        match cache.get() {
            NameCache::Namespace(i) => {
                if let Some(v) = self.dict_store(ns).value_if_key_at(i as usize, name) {
                    return Ok(v);
                }
            }
            NameCache::Builtins { index, namespace_keys } if self.dict_store(ns).keys_version() == namespace_keys => {
                if let Some(v) = self.dict_store(self.builtins).value_if_key_at(index as usize, name) {
                    return Ok(v);
                }
            }
            _ => {}
        }
        let new_cache = if let Some(i) = self.str_key_index(ns, name) {
            NameCache::Namespace(i as u32)
        } else if let Some(i) = self.str_key_index(self.builtins, name) {
            NameCache::Builtins { index: i as u32, namespace_keys: self.dict_store(ns).keys_version() }
        } else {
            return Err(self.name_error(name));
        };
        let f = self.frames.last().expect("frame");
        f.code.caches[f.ip - 1].set(new_cache);
        Ok(match new_cache {
            NameCache::Namespace(i) => self.dict_store(ns).value_if_key_at(i as usize, name),
            NameCache::Builtins { index, .. } => self.dict_store(self.builtins).value_if_key_at(index as usize, name),
            _ => None,
        }
        .unwrap_or(Value::None))
    }

    /// Store `name` into namespace `ns`, replacing the value in place when the inline cache is valid.
    #[inline]
    fn store_name_cached(&mut self, ns: ObjRef, name: Value, value: Value) -> PyResult<()> {
        let f = self.frames.last().expect("frame");
        let cache = f.code.caches[f.ip - 1].get();
        if let NameCache::Namespace(i) = cache {
            if self.dict_store_mut(ns).set_if_key_at(i as usize, name, value) {
                return Ok(());
            }
        }
        self.dict_set(ns, name, value)?;
        if let Some(i) = self.str_key_index(ns, name) {
            let f = self.frames.last().expect("frame");
            f.code.caches[f.ip - 1].set(NameCache::Namespace(i as u32));
        }
        Ok(())
    }

    fn set_cache(&self, cache: NameCache) {
        let f = self.frames.last().expect("frame");
        let slot = &f.code.caches[f.ip - 1];
        // Another class at an instance-attribute site with the same layout: keep the latest few (a base
        // class's methods run on instances of its subclasses).
        let cache = match (slot.get(), cache) {
            (
                NameCache::InstanceAttr { classes: old, epoch: old_epoch, index: old_index },
                NameCache::InstanceAttr { classes: [class, ..], epoch, index },
            ) if old_epoch == epoch && old_index == index && !old.contains(&class) => {
                NameCache::InstanceAttr { classes: [class, old[0], old[1]], epoch, index }
            }
            _ => cache,
        };
        slot.set(cache);
    }

    /// `obj.name` answered by the instance dict of a Python-class instance, when no data descriptor on the
    /// class takes precedence; with the inline cache entry that repeats it.
    fn instance_attr_lookup(&mut self, obj: Value, name: Value) -> Option<(Value, NameCache)> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let (class, dict) = (inst.class, inst.dict?);
        let index = self.str_key_index(dict, name)?;
        if let Some(d) = self.lookup_in_mro(class, name) {
            if self.is_data_descriptor(d) {
                return None;
            }
        }
        let v = self.heap.dict(dict).entry(index)?.value;
        let epoch = crate::objects::dict::type_dict_epoch();
        Some((v, NameCache::InstanceAttr { classes: [class.index(), NO_CLASS, NO_CLASS], epoch, index: index as u32 }))
    }

    /// `obj.name = value` into the instance dict of a Python-class instance without `__setattr__` or a
    /// data descriptor for `name`; returns the inline cache entry, or None to take the general path.
    fn instance_attr_store(&mut self, obj: Value, name: Value, value: Value) -> PyResult<Option<NameCache>> {
        let Value::Obj(r) = obj else { return Ok(None) };
        let Obj::Instance(inst) = self.heap.get(r) else { return Ok(None) };
        let class = inst.class;
        if self.type_obj(class).builtin {
            return Ok(None);
        }
        if let Some(d) = self.lookup_in_mro(class, name) {
            if self.is_data_descriptor(d) {
                return Ok(None);
            }
        }
        let setattr = self.names.setattr;
        if self.lookup_special(class, setattr).is_some() {
            return Ok(None);
        }
        self.generic_setattr(obj, name, value)?;
        let Some(dict) = self.instance_dict(obj) else { return Ok(None) };
        let epoch = crate::objects::dict::type_dict_epoch();
        Ok(self.str_key_index(dict, name).map(|index| NameCache::InstanceAttr {
            classes: [class.index(), NO_CLASS, NO_CLASS],
            epoch,
            index: index as u32,
        }))
    }

    /// Call a plain Python function (positional parameters only, not a generator) with the top
    /// frame's values from `args_from` as its arguments, truncating that stack to `keep`. False, touching
    /// nothing, when the function needs the general path.
    #[inline]
    pub(super) fn push_plain_call(&mut self, fr: ObjRef, args_from: usize, keep: usize) -> bool {
        let Obj::Function(func) = self.heap.get(fr) else { return false };
        let co = &func.code.obj;
        let caller = self.frames.last_mut().expect("frame");
        let simple = co.argcount as usize == caller.stack.len() - args_from
            && co.kwonlyargcount == 0
            && !(co.flags.varargs
                || co.flags.varkeywords
                || co.flags.generator
                || co.flags.coroutine
                || co.flags.async_generator);
        if !simple || self.frames.len() >= self.recursion_limit {
            return false;
        }
        let (code, globals, has_closure) = (func.code.clone(), func.globals, !func.closure.is_empty());
        let nlocals = code.obj.varnames.len();
        let ncells = code.obj.cellvars.len();
        let mut frame = self.make_frame(code, globals, None, OnReturn::Push, Some(fr));
        // Fresh cells for the variables inner functions capture (the body fills those that are parameters).
        for _ in 0..ncells {
            let cell = Value::Obj(self.heap.alloc(Obj::Cell(None)));
            frame.cells.push(cell);
        }
        if has_closure {
            if let Obj::Function(func) = self.heap.get(fr) {
                frame.cells.extend_from_slice(&func.closure);
            }
        }
        let caller = self.frames.last_mut().expect("frame");
        frame.locals.extend(caller.stack[args_from..].iter().map(|v| Some(*v)));
        frame.locals.resize(nlocals, None);
        caller.stack.truncate(keep);
        self.frames.push(frame);
        true
    }

    /// Push the result of a call made by an instruction (or nothing if a frame was pushed).
    fn invoke_push(&mut self, f: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Option<Step>> {
        match self.invoke_retrying(f, args, kwargs, OnReturn::Push)? {
            CallOutcome::Done(v) => push!(self, v),
            CallOutcome::Pushed => {}
        }
        Ok(None)
    }

    fn invoke_discard(&mut self, f: Value, args: &[Value]) -> PyResult<Option<Step>> {
        self.invoke_retrying(f, args, &[], OnReturn::Discard)?;
        Ok(None)
    }

    /// `invoke` from the loop: a call refused memory before it changed anything runs once more if a collection
    /// makes room, as a board collects and retries an allocation that failed.
    fn invoke_retrying(
        &mut self,
        f: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
        on_return: OnReturn,
    ) -> PyResult<CallOutcome> {
        self.heap.take_refused_upfront();
        // Only the constructors whose only big allocation is checked first thing (`bytearray(n)`); any other
        // native may have consumed or changed something before an inner operation's check.
        let direct = [self.types.bytes, self.types.bytearray].iter().any(|t| f.is(Value::Obj(*t)));
        self.heap.arm_upfront(direct);
        let first = self.invoke(f, args, kwargs, on_return);
        self.heap.arm_upfront(false);
        if first.is_err() && self.may_retry() {
            let mut held: Vec<Value> = vec![f];
            held.extend_from_slice(args);
            for &(k, v) in kwargs {
                held.extend_from_slice(&[k, v]);
            }
            if self.room_after_collecting(&held) {
                return self.invoke(f, args, kwargs, on_return);
            }
        }
        first
    }

    /// True after an armed operation failed when `reserve_upfront` refused it (so it changed nothing), in the
    /// outermost loop (a nested run's native callers hold values no root reaches).
    fn may_retry(&self) -> bool {
        self.heap.refused_upfront() != 0 && self.nested_runs == 0
    }

    /// Collect, keeping `held` (what the loop popped for the refused operation), and tell whether the refused
    /// size fits now.
    fn room_after_collecting(&mut self, held: &[Value]) -> bool {
        let need = self.heap.take_refused_upfront();
        if need > self.heap.limit() {
            return false;
        }
        self.collect_garbage_with(held);
        self.heap.reserve(need).is_ok()
    }

    /// A binary or in-place operator from the loop, run once more when a collection makes room for it (see
    /// `invoke_retrying`).
    fn binop_retrying(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        self.heap.take_refused_upfront();
        let run = |vm: &mut Self| if inplace { vm.inplace_op(op, a, b) } else { vm.binary_op(op, a, b) };
        self.heap.arm_upfront(true);
        let first = run(self);
        self.heap.arm_upfront(false);
        match first {
            Err(_) if self.may_retry() && self.room_after_collecting(&[a, b]) => run(self),
            result => result,
        }
    }

    fn kwargs_from_names(&self, names: Value, values: &[Value]) -> Kwargs {
        match names {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(names) => {
                    let mut kwargs = Kwargs::new();
                    for (&name, &value) in names.iter().zip(values) {
                        kwargs.push((name, value));
                    }
                    kwargs
                }
                _ => Kwargs::new(),
            },
            _ => Kwargs::new(),
        }
    }

    fn tuple_len(&self, t: Value) -> usize {
        match t {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(items) => items.len(),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// The (key, value) pairs of a dict, or of any object with `keys()` and `[]` (`**m`, `dict.update(m)`).
    fn mapping_items(&mut self, m: Value) -> PyResult<Kwargs> {
        if let Some(mr) = self.dict_ref(m) {
            return Ok(self.dict_store(mr).iter().map(|e| (e.key, e.value)).collect());
        }
        let keys_fn =
            self.getattr_str(m, "keys").map_err(|_| self.type_error_for("'", m, "' object is not a mapping"))?;
        let keys = self.call(keys_fn, &[])?;
        let keys = self.collect_iter(keys)?;
        let mut items = Kwargs::new();
        for k in keys {
            let v = self.getitem(m, k)?;
            items.push((k, v));
        }
        Ok(items)
    }

    /// The keyword arguments of `f(**m)`: `m`'s items, whose keys must be strings.
    fn kwargs_from_mapping(&mut self, m: Value) -> PyResult<Kwargs> {
        let items = self.mapping_items(m)?;
        for (k, _) in &items {
            if self.as_str(*k).is_none() {
                return Err(self.type_error_msg("keywords must be strings"));
            }
        }
        Ok(items)
    }

    /// `obj.name(args)`: call a method found on the type without making a bound method.
    fn call_method(
        &mut self,
        name: Value,
        argc: usize,
        kwargs: &[(Value, Value)],
        nkw: usize,
    ) -> PyResult<Option<Step>> {
        let f = top!(self);
        let obj_pos = f.stack.len() - argc - 1;
        let obj = f.stack[obj_pos];
        // Fast path: a function or native method on the class, not shadowed by the instance dict.
        let class = self.type_of(obj);
        let is_type_or_module = matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Obj::Type(_) | Obj::Module(_) | Obj::Super { .. }));
        let mut found = None;
        if !is_type_or_module {
            if let Some(m) = self.lookup_in_mro(class, name) {
                if self.is_plain_method(m) {
                    let shadowed = match self.instance_dict(obj) {
                        Some(d) => self.dict_get_str_fast(d, name).is_some(),
                        None => false,
                    };
                    if !shadowed {
                        let epoch = crate::objects::dict::type_dict_epoch();
                        self.set_cache(NameCache::Method { class: class.index(), epoch, method: m });
                        // A plain Python method called with its positional parameters: straight from the stack.
                        if let (Value::Obj(fr), 0) = (m, nkw) {
                            if self.push_plain_call(fr, obj_pos, obj_pos) {
                                return Ok(None);
                            }
                        }
                        found = Some(m);
                    }
                }
            }
        }
        let f = top!(self);
        let mut args: Args = SmallVec::with_capacity(argc - nkw + 1);
        args.extend_from_slice(&f.stack[obj_pos..f.stack.len() - nkw]);
        f.stack.truncate(obj_pos);
        if let Some(m) = found {
            return self.invoke_push(m, &args, kwargs);
        }
        let meth = match self.load_attr(obj, name)? {
            Flow::Value(v) => v,
            Flow::Call(g, a) => self.call(g, &a)?,
        };
        self.invoke_push(meth, &args[1..], kwargs)
    }

    fn exc_matches(&mut self, exc: Value, class: Value) -> PyResult<bool> {
        if let Some(items) = self.seq_items(class) {
            for c in items {
                if self.exc_matches(exc, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match class {
            Value::Obj(r)
                if matches!(self.heap.get(r), Obj::Type(_)) && self.is_subclass(r, self.exc.base_exception) =>
            {
                Ok(self.isinstance(exc, r))
            }
            _ => Err(self.type_error_msg("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// Run one instruction.
    fn step(&mut self, instr: Instr) -> PyResult<Option<Step>> {
        match instr {
            Instr::Nop => {}
            // `execute` runs these itself (the hot ones, and those that change the frame stack).
            Instr::Pop
            | Instr::Copy(_)
            | Instr::LoadConst(_)
            | Instr::StoreFast(_)
            | Instr::Jump(_)
            | Instr::SetupExcept(_)
            | Instr::PopBlock
            | Instr::ReturnValue
            | Instr::YieldValue => unreachable!("run by execute's instruction loop"),
            Instr::DeleteFast(_)
            | Instr::DeleteGlobal(_)
            | Instr::DeleteName(_)
            | Instr::DeleteDeref(_)
            | Instr::LoadBuildClass
            | Instr::ImportName { .. }
            | Instr::ImportFrom(_)
            | Instr::ImportStar
            | Instr::PrintExpr => return self.step_scope(instr),
            Instr::BuildTuple(_)
            | Instr::BuildList(_)
            | Instr::BuildSet(_)
            | Instr::BuildMap(_)
            | Instr::BuildSlice(_)
            | Instr::BuildString(_)
            | Instr::FormatValue { .. }
            | Instr::ListAppend(_)
            | Instr::SetAdd(_)
            | Instr::MapAdd(_)
            | Instr::ListExtend(_)
            | Instr::SetUpdate(_)
            | Instr::DictUpdate(_)
            | Instr::DictMerge(_)
            | Instr::ListToTuple
            | Instr::UnpackSequence(_)
            | Instr::UnpackEx { .. }
            | Instr::MakeFunction { .. } => return self.step_build(instr),
            Instr::PopExcept
            | Instr::CheckExcMatch
            | Instr::Raise(_)
            | Instr::Reraise
            | Instr::LoadAssertionError
            | Instr::BeforeWith
            | Instr::WithNormalExit
            | Instr::WithExceptStart
            | Instr::AsyncWithExceptStart
            | Instr::WithExceptFinish
            | Instr::YieldFrom
            | Instr::GetYieldFromIter
            | Instr::GetAwaitable
            | Instr::GetAiter
            | Instr::GetAnext
            | Instr::EndAsyncFor
            | Instr::BeforeAsyncWith
            | Instr::AsyncWithNormalExit => return self.step_block(instr),
            Instr::LoadDeref(i) | Instr::LoadClassDeref(i) => {
                let f = top!(self);
                if let (Instr::LoadClassDeref(_), Some(ns)) = (instr, f.locals_dict) {
                    let name = self.cell_name(i as usize);
                    if let Some(v) = self.dict_get_str_fast(ns, name) {
                        push!(self, v);
                        return Ok(None);
                    }
                }
                let cell = top!(self).cells[i as usize];
                match self.cell_get(cell) {
                    Some(v) => push!(self, v),
                    None => {
                        let name = self.cell_name(i as usize);
                        let n = self.as_str(name).unwrap_or("?").to_string();
                        return Err(self.new_error(
                            self.exc.name_error,
                            format!("free variable '{n}' referenced before assignment"),
                        ));
                    }
                }
            }
            Instr::StoreDeref(i) => {
                let v = pop!(self);
                let cell = top!(self).cells[i as usize];
                if let Value::Obj(r) = cell {
                    if let Obj::Cell(c) = self.heap.get_mut(r) {
                        *c = Some(v);
                    }
                }
            }
            Instr::LoadClosure(i) => {
                let cell = top!(self).cells[i as usize];
                push!(self, cell);
            }
            Instr::Swap(n) => {
                let f = top!(self);
                let len = f.stack.len();
                f.stack.swap(len - 1, len - n as usize);
            }
            Instr::LoadFast(i) => {
                let f = top!(self);
                match f.locals[i as usize] {
                    Some(v) => f.stack.push(v),
                    None => return Err(self.unbound_local()),
                }
            }
            Instr::LoadGlobal(i) | Instr::LoadName(i) => {
                let f = top!(self);
                let (name, locals, globals) = (f.code.names[i as usize], f.locals_dict, f.globals);
                if let (Instr::LoadName(_), Some(l)) = (instr, locals.filter(|l| *l != globals)) {
                    // A class body: its namespace first (not cached: class bodies run once).
                    if let Some(v) = self.dict_get_str_fast(l, name) {
                        push!(self, v);
                        return Ok(None);
                    }
                }
                let v = self.load_global_cached(globals, name)?;
                push!(self, v);
            }
            Instr::StoreGlobal(i) | Instr::StoreName(i) => {
                let f = top!(self);
                let name = f.code.names[i as usize];
                let ns = match instr {
                    Instr::StoreName(_) => f.locals_dict.unwrap_or(f.globals),
                    _ => f.globals,
                };
                let v = pop!(self);
                self.store_name_cached(ns, name, v)?;
            }
            Instr::LoadAttr(i) => {
                let name = top!(self).code.names[i as usize];
                let obj = pop!(self);
                if let Some((v, cache)) = self.instance_attr_lookup(obj, name) {
                    self.set_cache(cache);
                    push!(self, v);
                    return Ok(None);
                }
                match self.load_attr(obj, name)? {
                    Flow::Value(v) => push!(self, v),
                    Flow::Call(f, args) => return self.invoke_push(f, &args, &[]),
                }
            }
            Instr::StoreAttr(i) => {
                let name = top!(self).code.names[i as usize];
                let obj = pop!(self);
                let value = pop!(self);
                if let Some(cache) = self.instance_attr_store(obj, name, value)? {
                    self.set_cache(cache);
                    return Ok(None);
                }
                if let Some((f, args)) = self.store_attr(obj, name, value)? {
                    return self.invoke_discard(f, &args);
                }
            }
            Instr::DeleteAttr(i) => {
                let name = top!(self).code.names[i as usize];
                let obj = pop!(self);
                self.delattr(obj, name)?;
            }
            Instr::LoadSubscr => {
                let key = pop!(self);
                let obj = pop!(self);
                if let (Value::Obj(r), Value::Int(i)) = (obj, key) {
                    if let Obj::List(l) | Obj::Tuple(l) = self.heap.get(r) {
                        let idx = if i < 0 { i + l.len() as i64 } else { i };
                        if idx >= 0 && (idx as usize) < l.len() {
                            let v = l[idx as usize];
                            push!(self, v);
                            return Ok(None);
                        }
                    }
                }
                if let Some(f) = self.python_special(obj, "__getitem__") {
                    return self.invoke_push(f, &[obj, key], &[]);
                }
                let v = self.getitem(obj, key)?;
                push!(self, v);
            }
            Instr::StoreSubscr => {
                let key = pop!(self);
                let obj = pop!(self);
                let value = pop!(self);
                if let (Value::Obj(r), Value::Int(i)) = (obj, key) {
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        let idx = if i < 0 { i + l.len() as i64 } else { i };
                        if idx >= 0 && (idx as usize) < l.len() {
                            l[idx as usize] = value;
                            return Ok(None);
                        }
                    }
                }
                if let Some(f) = self.python_special(obj, "__setitem__") {
                    return self.invoke_discard(f, &[obj, key, value]);
                }
                self.setitem(obj, key, value)?;
            }
            Instr::DeleteSubscr => {
                let key = pop!(self);
                let obj = pop!(self);
                self.delitem(obj, key)?;
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                let inplace = matches!(instr, Instr::InplaceOp(_));
                let b = pop!(self);
                let a = pop!(self);
                // (`execute`'s fast path has already taken int + and - that do not overflow.)
                if self.binop_frame(op, a, b, inplace)? {
                    return Ok(None);
                }
                let v = self.binop_retrying(op, a, b, inplace)?;
                push!(self, v);
            }
            Instr::UnaryOp(op) => {
                let v = pop!(self);
                let r = self.unary_op(op, v)?;
                push!(self, r);
            }
            // (`execute`'s fast path has already taken a bool for the jumps.)
            Instr::UnaryNot | Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) => {
                let v = pop!(self);
                let Some(truth) = self.truth_or_frame(v, instr)? else { return Ok(None) };
                self.apply_truth(instr, truth);
            }
            // `a and b`/`a or b`: `a` stays on the stack while its truth is found.
            Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_) => {
                let v = *top!(self).stack.last().expect("stack");
                let Some(truth) = self.truth_or_frame(v, instr)? else { return Ok(None) };
                self.apply_truth(instr, truth);
            }
            Instr::Compare(op) => {
                let b = pop!(self);
                let a = pop!(self);
                let v = match (a, b) {
                    (Value::Int(x), Value::Int(y)) => Value::bool(match op {
                        CmpOp::Lt => x < y,
                        CmpOp::LtE => x <= y,
                        CmpOp::Gt => x > y,
                        CmpOp::GtE => x >= y,
                        CmpOp::Eq | CmpOp::Is => x == y,
                        CmpOp::NotEq | CmpOp::IsNot => x != y,
                        _ => return self.compare_push(a, b, op),
                    }),
                    _ => return self.compare_push(a, b, op),
                };
                push!(self, v);
            }
            Instr::GetIter => {
                let v = pop!(self);
                let it = self.iter(v)?;
                push!(self, it);
            }
            Instr::ForIter(target) => return self.for_iter(target),
            Instr::CallFunction(argc) => {
                let args = self.pop_n_small(argc as usize);
                let f = pop!(self);
                return self.invoke_push(f, &args, &[]);
            }
            Instr::CallFunctionKw { argc, kwnames } => {
                let names = top!(self).code.consts[kwnames as usize];
                let nkw = self.tuple_len(names);
                let all = self.pop_n_small(argc as usize);
                let f = pop!(self);
                let npos = all.len() - nkw;
                let kwargs = self.kwargs_from_names(names, &all[npos..]);
                return self.invoke_push(f, &all[..npos], &kwargs);
            }
            Instr::CallFunctionEx { has_kwargs } => {
                let kwargs_v = if has_kwargs { Some(pop!(self)) } else { None };
                let args_v = pop!(self);
                // `f(*args)` with a tuple (the usual case): its items on the stack, not in a fresh Vec.
                let tuple_items: Option<Args> = match args_v {
                    Value::Obj(r) => match self.heap.get(r) {
                        Obj::Tuple(items) => Some(SmallVec::from_slice(items)),
                        _ => None,
                    },
                    _ => None,
                };
                let args = match tuple_items {
                    Some(a) => a,
                    None => match self.seq_items(args_v) {
                        Some(a) => a.into(),
                        None => self.collect_iter(args_v)?.into(),
                    },
                };
                // (After the positional arguments, as Python evaluates them.)
                let kwargs = match kwargs_v {
                    Some(m) => self.kwargs_from_mapping(m)?,
                    None => Kwargs::new(),
                };
                let f = pop!(self);
                return self.invoke_push(f, &args, &kwargs);
            }
            Instr::CallMethod { name, argc } => {
                let name = top!(self).code.names[name as usize];
                return self.call_method(name, argc as usize, &[], 0);
            }
            Instr::CallMethodKw { name, argc, kwnames } => {
                let f = top!(self);
                let (name, names) = (f.code.names[name as usize], f.code.consts[kwnames as usize]);
                let nkw = self.tuple_len(names);
                let f = top!(self);
                let kwvalues = Args::from_slice(&f.stack[f.stack.len() - nkw..]);
                let kwargs = self.kwargs_from_names(names, &kwvalues);
                return self.call_method(name, argc as usize, &kwargs, nkw);
            }
        }
        Ok(None)
    }

    fn cell_get(&self, cell: Value) -> Option<Value> {
        match cell {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Cell(c) => *c,
                _ => None,
            },
            _ => None,
        }
    }

    fn cell_name(&self, i: usize) -> Value {
        let f = self.frames.last().expect("frame");
        let co = &f.code.obj;
        let name = if i < co.cellvars.len() { &co.cellvars[i] } else { &co.freevars[i - co.cellvars.len()] };
        // Names of cells are interned when the code is loaded, so this lookup never allocates.
        self.interned_value(name).unwrap_or(Value::None)
    }

    fn compare_push(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Step>> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            if let Some(eq) = self.heap.native_eq(a, b) {
                push!(self, Value::bool(eq == (op == CmpOp::Eq)));
                return Ok(None);
            }
        }
        if self.compare_frame(op, a, b)? {
            return Ok(None);
        }
        if matches!(op, CmpOp::In | CmpOp::NotIn) && self.contains_frame(a, b, op == CmpOp::NotIn)? {
            return Ok(None);
        }
        let v = self.compare(a, b, op)?;
        push!(self, v);
        Ok(None)
    }

    /// A special method defined in Python on an instance's class (for stackless dispatch).
    pub(crate) fn python_special(&mut self, obj: Value, name: &str) -> Option<Value> {
        let f = self.special_method(obj, name)?;
        self.is_python_function(f).then_some(f)
    }

    fn for_iter(&mut self, target: u32) -> PyResult<Option<Step>> {
        let it = *top!(self).stack.last().expect("stack");
        let Value::Obj(r) = it else { return Err(self.type_error_msg("not an iterator")) };
        if self.advance_adapter(r, target)? {
            return Ok(None);
        }
        match self.heap.get_mut(r) {
            Obj::Iter(_) => {
                // (Ranges are stepped in `execute` without coming here.)
                match crate::objects::iter::iter_next(self, r)? {
                    Some(v) => push!(self, v),
                    None => self.leave_loop(target, 1),
                }
            }
            Obj::Generator(_) => {
                if self.push_generator(r, Value::None, false, OnReturn::GenForIter(target))?.is_some() {
                    self.leave_loop(target, 1);
                }
            }
            _ => {
                if let Some(f) = self.python_special(it, "__next__") {
                    self.invoke(f, &[it], &[], OnReturn::ForIterNext(target))?;
                    return Ok(None);
                }
                match self.next(it)? {
                    Some(v) => push!(self, v),
                    None => self.leave_loop(target, 1),
                }
            }
        }
        Ok(None)
    }

    fn pop_n_small(&mut self, n: usize) -> Args {
        let f = top!(self);
        let at = f.stack.len() - n;
        let args = Args::from_slice(&f.stack[at..]);
        f.stack.truncate(at);
        args
    }
}

/// Keyword arguments of a call instruction, without a heap allocation for the usual few.
type Kwargs = SmallVec<[(Value, Value); 4]>;

/// What an instruction asks the loop to do besides continuing.
pub enum Step {
    /// A value yielded by what the frame delegates to (`yield from`, `await`), passed up.
    Delegate(Value),
    Suspend(Suspend),
}
