//! Callables: Python functions (code + globals + defaults + closure), native functions written in Rust, and
//! bound methods.

use crate::value::{ObjRef, Value};
use crate::vm::code::Code;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub struct Function {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub name: Value,
    pub qualname: Value,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults (a dict), if any.
    pub kwdefaults: Option<ObjRef>,
    /// Cells for the code's free variables.
    pub closure: Vec<Value>,
    /// Function attributes (`f.x = 1`), created on first use.
    pub dict: Option<ObjRef>,
}

impl Function {
    pub fn trace(&self, out: &mut Vec<Value>) {
        self.code.trace(out);
        out.push(Value::Obj(self.globals));
        out.push(self.name);
        out.push(self.qualname);
        out.extend_from_slice(&self.defaults);
        out.extend(self.kwdefaults.map(Value::Obj));
        out.extend_from_slice(&self.closure);
        out.extend(self.dict.map(Value::Obj));
    }
}

/// Keyword arguments as passed to natives: (name as a str value, value).
pub type Kwargs<'a> = &'a [(Value, Value)];

/// A native function. Methods receive `self` as `args[0]`; a type's constructor receives the class.
pub type NativeFn = fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A plain function (module-level, or a static method when stored in a class).
    Function,
    /// A method: binds to the instance it is looked up through.
    Method,
    /// A class method: binds to the class.
    ClassMethod,
}

pub struct NativeFunction {
    pub name: &'static str,
    pub f: NativeFn,
    pub kind: NativeKind,
    /// Extra data bound at creation (e.g. the value a method-wrapper closes over), passed as `args[0]`.
    pub bound: Option<Value>,
}

impl NativeFunction {
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.bound);
    }
}

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}
