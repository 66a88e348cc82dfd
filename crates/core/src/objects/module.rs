//! Module objects: a name and a namespace dict.

use crate::value::{ObjRef, Value};

pub struct Module {
    pub name: Value,
    pub dict: ObjRef,
}

impl Module {
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.name);
        out.push(Value::Obj(self.dict));
    }
}
