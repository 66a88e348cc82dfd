//! Namespace instructions off the hot path: deletes, class bodies, imports (a module's body
//! runs as a frame of the instruction loop) and the REPL's expression printer.

use super::Step;
use crate::bytecode::Instr;
use crate::heap::Obj;
use crate::value::Value;
use crate::vm::frame::OnReturn;
use crate::vm::{PyResult, Vm};

impl Vm {
    #[inline(never)]
    pub(super) fn step_scope(&mut self, instr: Instr) -> PyResult<Option<Step>> {
        match instr {
            Instr::DeleteFast(i) => {
                let f = top!(self);
                if f.locals[i as usize].take().is_none() {
                    return Err(self.unbound_local());
                }
            }
            Instr::DeleteGlobal(i) => {
                let f = top!(self);
                let (name, globals) = (f.code.names[i as usize], f.globals);
                if self.dict_del(globals, name)?.is_none() {
                    return Err(self.name_error(name));
                }
            }
            Instr::DeleteName(i) => {
                let f = top!(self);
                let (name, ns) = (f.code.names[i as usize], f.locals_dict.unwrap_or(f.globals));
                if self.dict_del(ns, name)?.is_none() {
                    return Err(self.name_error(name));
                }
            }
            Instr::DeleteDeref(i) => {
                let cell = top!(self).cells[i as usize];
                if let Value::Obj(r) = cell {
                    if let Obj::Cell(c) = self.heap.get_mut(r) {
                        if c.take().is_none() {
                            return Err(self.unbound_local());
                        }
                    }
                }
            }
            Instr::LoadBuildClass => {
                let v = self.dict_get_str(self.builtins, "__build_class__").unwrap_or(Value::None);
                push!(self, v);
            }
            Instr::ImportName { name, level } => {
                let f = top!(self);
                let (name, globals) = (f.code.names[name as usize], f.globals);
                let fromlist = pop!(self);
                let name = self.as_str(name).unwrap_or("").to_string();
                if level == 0 && !name.contains('.') {
                    // A top-level module: its body runs as a frame of this loop (so it can sleep, be
                    // interrupted and collected like any code), and the module is pushed when it ends.
                    match self.prepare_import(&name)? {
                        crate::vm::import::Prepared::Ready(m) => push!(self, m),
                        crate::vm::import::Prepared::Body { module, code, dict } => {
                            if self.frames.len() >= self.recursion_limit {
                                self.forget_module(&name);
                                return Err(self.runtime_error("maximum recursion depth exceeded"));
                            }
                            let mut frame =
                                self.make_frame(code, dict, Some(dict), OnReturn::ImportModule(module), None);
                            let n = frame.code.obj.varnames.len();
                            frame.locals.resize(n, None);
                            self.frames.push(frame);
                        }
                    }
                    return Ok(None);
                }
                let m = self.import(&name, fromlist, level, globals)?;
                push!(self, m);
            }
            Instr::ImportFrom(i) => {
                let name = top!(self).code.names[i as usize];
                let module = *top!(self).stack.last().expect("stack");
                let v = self.import_from(module, name)?;
                push!(self, v);
            }
            Instr::ImportStar => {
                let module = pop!(self);
                let f = top!(self);
                let ns = f.locals_dict.unwrap_or(f.globals);
                self.import_star(module, ns)?;
            }
            Instr::PrintExpr => {
                let v = pop!(self);
                if !v.is_none() {
                    let s = self.repr(v)?;
                    self.host.write(crate::host::Stream::Stdout, &s);
                    self.host.write(crate::host::Stream::Stdout, "\n");
                    let b = self.builtins;
                    self.dict_set_str(b, "_", v);
                }
            }
            _ => unreachable!("step sends only namespace instructions here"),
        }
        Ok(None)
    }
}
