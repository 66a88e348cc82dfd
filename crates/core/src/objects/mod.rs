//! The builtin object types, one file each: their representation, operations and methods.

pub mod bytes;
pub mod dict;
pub mod dunders;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod object;
pub mod percent;
pub mod range;
pub mod seq;
pub mod set;
pub mod slice;
pub mod sort;
pub mod str;
pub mod strformat;
pub mod tuple;
pub mod typeobj;

use crate::vm::Vm;

/// Install every builtin type's constructor and methods.
pub fn register_all(vm: &mut Vm) {
    object::register(vm);
    exception::register(vm);
    generator::register(vm);
    int::register(vm);
    float::register(vm);
    str::register(vm);
    bytes::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict::register(vm);
    set::register(vm);
    range::register(vm);
    // Last: only fills in what the types above don't define themselves.
    dunders::register(vm);
    slice::register(vm);
    memoryview::register(vm);
}
