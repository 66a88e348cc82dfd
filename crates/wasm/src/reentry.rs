//! Re-entering the interpreter from JS while Python code is running.
//!
//! Python code calls JS (a `JsProxy` call); that JS may call back into the same interpreter (a Python
//! function used as a JS callback, `py.globals.get`). The outer call holds the VM mutably, so before calling
//! JS the bindings "lend" the VM: they record a pointer derived from their own `&mut Vm`, and entry points
//! reached during that JS call use it instead of borrowing the VM again. A lent VM is used
//! and only while the lending call is on the stack, so the two `&mut` never act at once.

use circuitpython_core::Vm;
use std::cell::RefCell;

thread_local! {
    static LENT: RefCell<Vec<*mut Vm>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` (which calls JS) with `vm` available to re-entrant calls.
pub fn lend<R>(vm: &mut Vm, f: impl FnOnce() -> R) -> R {
    LENT.with(|l| l.borrow_mut().push(vm as *mut Vm));
    let result = f();
    LENT.with(|l| l.borrow_mut().pop());
    result
}

/// The VM at `addr` if it is currently lent (we are inside a JS call made by its Python code).
pub fn lent(addr: *mut Vm) -> Option<*mut Vm> {
    LENT.with(|l| l.borrow().iter().rev().copied().find(|p| *p == addr))
}
