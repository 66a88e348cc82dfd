//! The standard modules implemented in Rust, one file each, registered as native modules (imported on
//! first use); `frozen/` holds the ones written in Python.

use crate::vm::Vm;

pub mod binascii;
pub mod collections;
pub mod errno;
pub mod gc;
pub mod io;
pub mod json;
pub mod math;
pub mod micropython;
pub mod os;
pub mod random;
pub mod struct_;
pub mod sys;
pub mod time;
mod util;

pub fn register_all(vm: &mut Vm) {
    vm.register_native_module("sys", sys::init);
    vm.register_native_module("gc", gc::init);
    vm.register_native_module("collections", collections::init);
    vm.register_native_module("math", math::init);
    vm.register_native_module("time", time::init);
    vm.register_native_module("random", random::init);
    vm.register_native_module("json", json::init);
    vm.register_native_module("errno", errno::init);
    vm.register_native_module("micropython", micropython::init);
    vm.register_native_module("binascii", binascii::init);
    vm.register_native_module("struct", struct_::init);
    vm.register_native_module("os", os::init);
    vm.register_native_module("io", io::init);
    io::register_open(vm);
}
