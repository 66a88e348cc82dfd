//! Generators, coroutines and async generators: a suspended frame and its state. Resuming moves the frame
//! back onto the VM's frame stack, so generators never recurse on the Rust stack.

use crate::value::Value;
use crate::vm::frame::Frame;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Generator {
    pub kind: GenKind,
    /// The suspended frame; `None` while running or once finished.
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub started: bool,
    pub finished: bool,
    pub name: Value,
    pub qualname: Value,
}

impl Generator {
    pub fn trace(&self, out: &mut Vec<Value>) {
        if let Some(f) = &self.frame {
            f.trace(out);
        }
        out.push(self.name);
        out.push(self.qualname);
    }

    pub fn heap_bytes(&self) -> usize {
        32 + self.frame.as_ref().map_or(0, |f| f.heap_bytes())
    }
}

use crate::heap::Obj;
use crate::objects::function::Kwargs;
use crate::vm::{PyResult, Request, Vm};

fn gen_ref(vm: &Vm, v: Value) -> PyResult<crate::value::ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_)) => Ok(r),
        _ => Err(vm.type_error_msg("generator expected")),
    }
}

/// `gen.send(value)` (and `__next__`): resumes the generator after this native returns, stacklessly when
/// called from Python code.
fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let gen = gen_ref(vm, args[0])?;
    let value = args.get(1).copied().unwrap_or(Value::None);
    vm.request = Some(Request::Resume { gen, value, throw: false });
    Ok(Value::None)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let gen = gen_ref(vm, args[0])?;
    let Some(&exc) = args.get(1) else { return Err(vm.type_error_msg("throw expected at least 1 argument")) };
    let exc = if vm.is_exception_instance(exc) {
        exc
    } else {
        let a: Vec<Value> = args.get(2).copied().into_iter().filter(|v| !v.is_none()).collect();
        let e = vm.call(exc, &a)?;
        if !vm.is_exception_instance(e) {
            return Err(vm.type_error_msg("exceptions must derive from BaseException"));
        }
        e
    };
    vm.request = Some(Request::Resume { gen, value: exc, throw: true });
    Ok(Value::None)
}

/// `gen.close()`: throw GeneratorExit in; a yield in response is a RuntimeError.
fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let gen = gen_ref(vm, args[0])?;
    let (started, finished) = match vm.heap.get(gen) {
        Obj::Generator(g) => (g.started, g.finished),
        _ => (false, true),
    };
    if finished || !started {
        if let Obj::Generator(g) = vm.heap.get_mut(gen) {
            g.finished = true;
            g.frame = None;
        }
        return Ok(Value::None);
    }
    let exit = vm.new_exception_value(vm.exc.generator_exit, vec![]);
    match vm.resume_generator_nested(gen, exit, true) {
        Ok(crate::vm::call::GenResult::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(crate::vm::call::GenResult::Return(_)) => Ok(Value::None),
        Err(e) if vm.error_matches(&e, vm.exc.generator_exit) || vm.error_matches(&e, vm.exc.stop_iteration) => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args[0])
}

fn agen_anext(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let gen = gen_ref(vm, args[0])?;
    Ok(vm.new_iter(crate::objects::iter::IterState::AsyncGenStep { gen }))
}

pub fn register(vm: &mut Vm) {
    for t in [vm.types.generator, vm.types.coroutine, vm.types.async_generator] {
        vm.add_methods(t, &[("send", gen_send), ("throw", gen_throw), ("close", gen_close), ("__next__", gen_send)]);
    }
    vm.add_methods(vm.types.generator, &[("__iter__", gen_iter)]);
    vm.add_methods(vm.types.coroutine, &[("__await__", gen_iter)]);
    vm.add_methods(vm.types.async_generator, &[("__aiter__", gen_iter), ("__anext__", agen_anext)]);
}
