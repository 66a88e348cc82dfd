//! Instructions that build values: tuples, lists, sets, dicts and slices, comprehension appends, f-string
//! parts, sequence unpacking and function objects.

use super::Kwargs;
use super::Step;
use crate::bytecode::{Instr, MAKE_FN_CLOSURE, MAKE_FN_DEFAULTS, MAKE_FN_KWDEFAULTS};
use crate::heap::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    #[inline(never)]
    pub(super) fn step_build(&mut self, instr: Instr) -> PyResult<Option<Step>> {
        match instr {
            Instr::BuildTuple(n) => {
                let items = self.pop_n(n as usize);
                let t = self.new_tuple(items);
                push!(self, t);
            }
            Instr::BuildList(n) => {
                let items = self.pop_n(n as usize);
                let l = self.new_list(items);
                push!(self, l);
            }
            Instr::BuildSet(n) => {
                let items = self.pop_n(n as usize);
                let s = self.new_set(false);
                for it in items {
                    self.dict_set(s, it, Value::None)?;
                }
                push!(self, Value::Obj(s));
            }
            Instr::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize);
                let d = self.new_dict();
                for kv in items.chunks(2) {
                    self.dict_set(d, kv[0], kv[1])?;
                }
                push!(self, Value::Obj(d));
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { pop!(self) } else { Value::None };
                let stop = pop!(self);
                let start = pop!(self);
                let s = self.alloc(Obj::Slice { start, stop, step });
                push!(self, Value::Obj(s));
            }
            Instr::BuildString(n) => {
                let items = self.pop_n(n as usize);
                let mut s = String::new();
                for it in items {
                    s.push_str(self.as_str(it).unwrap_or(""));
                }
                let v = self.new_string(s);
                push!(self, v);
            }
            Instr::FormatValue { conversion, has_spec } => {
                let spec = if has_spec { Some(pop!(self)) } else { None };
                let v = pop!(self);
                // An instance whose text methods are Python code: they run as bytecode (`drive.py`); the
                // placeholder pushed here is what the VM replaces with their result.
                if let Some((name, args)) = self.python_format_call(v, conversion, spec) {
                    push!(self, Value::None);
                    self.drive(name, args)?;
                    return Ok(None);
                }
                let v = match conversion {
                    Some(c @ ('r' | 'a' | 's')) => {
                        let s = if c == 's' { self.str_of(v)? } else { self.repr(v)? };
                        let s = if c == 'a' { crate::objects::str::ascii_escape(&s) } else { s };
                        self.new_string(s)
                    }
                    _ => v,
                };
                let spec_str = match spec {
                    Some(s) => self.as_str(s).unwrap_or("").to_string(),
                    None => String::new(),
                };
                let s = self.format(v, &spec_str)?;
                let r = self.new_string(s);
                push!(self, r);
            }
            Instr::ListAppend(n) => {
                let v = pop!(self);
                let f = top!(self);
                let l = f.stack[f.stack.len() - n as usize];
                if let Value::Obj(r) = l {
                    if let Obj::List(list) = self.heap.get_mut(r) {
                        list.push(v);
                    }
                    self.heap.resize(r);
                }
            }
            Instr::SetAdd(n) => {
                let v = pop!(self);
                let f = top!(self);
                if let Value::Obj(s) = f.stack[f.stack.len() - n as usize] {
                    self.dict_set(s, v, Value::None)?;
                }
            }
            Instr::MapAdd(n) => {
                let v = pop!(self);
                let k = pop!(self);
                let f = top!(self);
                if let Value::Obj(d) = f.stack[f.stack.len() - n as usize] {
                    self.dict_set(d, k, v)?;
                }
            }
            Instr::ListExtend(n) => {
                let it = pop!(self);
                let items = self.collect_iter(it)?;
                let f = top!(self);
                if let Value::Obj(r) = f.stack[f.stack.len() - n as usize] {
                    if let Obj::List(list) = self.heap.get_mut(r) {
                        list.extend(items);
                    }
                    self.heap.resize(r);
                }
            }
            Instr::SetUpdate(n) => {
                let it = pop!(self);
                let items = self.collect_iter(it)?;
                let f = top!(self);
                if let Value::Obj(s) = f.stack[f.stack.len() - n as usize] {
                    for x in items {
                        self.dict_set(s, x, Value::None)?;
                    }
                }
            }
            Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                let m = pop!(self);
                let f = top!(self);
                let Value::Obj(d) = f.stack[f.stack.len() - n as usize] else { return Ok(None) };
                let items: Kwargs = self.mapping_items(m)?;
                for (k, v) in items {
                    if matches!(instr, Instr::DictMerge(_)) && self.dict_contains(d, k)? {
                        let ks = self.str_of(k)?;
                        return Err(self.type_error_msg(format!("function got multiple values for argument '{ks}'")));
                    }
                    self.dict_set(d, k, v)?;
                }
            }
            Instr::ListToTuple => {
                let l = pop!(self);
                let items = self.seq_items(l).unwrap_or_default();
                let t = self.new_tuple(items);
                push!(self, t);
            }
            Instr::UnpackSequence(n) => {
                let v = pop!(self);
                if let Value::Obj(r) = v {
                    if let Obj::Tuple(t) | Obj::List(t) = self.heap.get(r) {
                        if t.len() == n as usize {
                            // (The heap and the frame stack are separate fields: no copy in between.)
                            super::running(&mut self.frames).stack.extend(t.iter().rev().copied());
                            return Ok(None);
                        }
                    }
                }
                self.unpack(v, n as usize, None)?;
            }
            Instr::UnpackEx { before, after } => {
                let v = pop!(self);
                self.unpack(v, before as usize, Some(after as usize))?;
            }
            Instr::MakeFunction { code, flags } => {
                let closure = if flags & MAKE_FN_CLOSURE != 0 {
                    let t = pop!(self);
                    self.seq_items(t).unwrap_or_default()
                } else {
                    Vec::new()
                };
                let kwdefaults = if flags & MAKE_FN_KWDEFAULTS != 0 { pop!(self).as_obj() } else { None };
                let defaults = if flags & MAKE_FN_DEFAULTS != 0 {
                    let t = pop!(self);
                    self.seq_items(t).unwrap_or_default()
                } else {
                    Vec::new()
                };
                let f = top!(self);
                let (codev, globals) = (f.code.consts[code as usize], f.globals);
                let Some(code) = self.code_of(codev) else {
                    return Err(self.runtime_error("bad code constant"));
                };
                let func = self.new_function(code, globals, defaults, kwdefaults, closure);
                push!(self, func);
            }
            _ => unreachable!("step sends only value-building instructions here"),
        }
        Ok(None)
    }

    pub(super) fn unpack(&mut self, v: Value, before: usize, after: Option<usize>) -> PyResult<()> {
        let items = match self.seq_items(v) {
            Some(items) if !matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_))) => items,
            _ => self.collect_iter(v)?,
        };
        let (n, need) = (items.len(), before + after.unwrap_or(0));
        if n < need || (after.is_none() && n > need) {
            return Err(self.value_error(if n > need {
                format!("too many values to unpack (expected {before})")
            } else {
                format!("need more than {n} values to unpack")
            }));
        }
        match after {
            None => {
                let f = top!(self);
                f.stack.extend(items.into_iter().rev());
            }
            Some(after) => {
                let mid_end = n - after;
                let middle = self.new_list(items[before..mid_end].to_vec());
                let f = top!(self);
                for v in items[mid_end..].iter().rev() {
                    f.stack.push(*v);
                }
                f.stack.push(middle);
                for v in items[..before].iter().rev() {
                    f.stack.push(*v);
                }
            }
        }
        Ok(())
    }

    pub(super) fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let f = top!(self);
        let at = f.stack.len() - n;
        f.stack.split_off(at)
    }
}
