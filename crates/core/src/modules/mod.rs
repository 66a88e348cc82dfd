//! The standard modules implemented in Rust, one file each, registered as native modules (imported on
//! first use); `frozen/` holds the ones written in Python (see its README for their origin and licence).

use crate::vm::Vm;

pub mod array;
pub mod binascii;
pub mod collections;
pub mod errno;
pub mod gc;
pub mod hashlib;
pub mod io;
pub mod json;
pub mod math;
pub mod micropython;
pub mod os;
pub mod random;
pub mod re;
pub mod select;
pub mod struct_;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod util;
pub mod zlib;

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
    vm.register_native_module("array", array::init);
    vm.register_native_module("hashlib", hashlib::init);
    vm.register_native_module("zlib", zlib::init);
    vm.register_native_module("struct", struct_::init);
    vm.register_native_module("os", os::init);
    vm.register_native_module("io", io::init);
    io::register_open(vm);
    vm.register_native_module("select", select::init);
    vm.register_native_module("re", re::init);
    vm.register_native_module("traceback", traceback::init);
    vm.register_native_module("builtins", traceback::init_builtins);
    // CircuitPython's `__future__` only names `annotations` (True): annotations are never evaluated here, so
    // `from __future__ import annotations` (in Adafruit's fancyled and hid) has nothing more to switch on.
    vm.register_native_module("__future__", |vm, dict| {
        vm.dict_set_str(dict, "annotations", crate::value::Value::TRUE);
        Ok(())
    });
    register_frozen(vm);
}

/// A frozen module's source, as build.rs copied it (comment lines blanked).
macro_rules! frozen {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/frozen/", $file))
    };
}

/// Adafruit's pure-Python asyncio (and the ticks library it imports), as CircuitPython freezes them.
fn register_frozen(vm: &mut Vm) {
    vm.register_frozen_module("adafruit_ticks", frozen!("adafruit_ticks.py"));
    vm.register_frozen_module("asyncio.__init__", frozen!("asyncio/__init__.py"));
    vm.register_frozen_module("asyncio.core", frozen!("asyncio/core.py"));
    vm.register_frozen_module("asyncio.event", frozen!("asyncio/event.py"));
    vm.register_frozen_module("asyncio.funcs", frozen!("asyncio/funcs.py"));
    vm.register_frozen_module("asyncio.lock", frozen!("asyncio/lock.py"));
    vm.register_frozen_module("asyncio.stream", frozen!("asyncio/stream.py"));
    vm.register_frozen_module("asyncio.task", frozen!("asyncio/task.py"));
    vm.register_frozen_module("asyncio.traceback", frozen!("asyncio/traceback.py"));
}
