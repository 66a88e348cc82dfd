//! The special-method names the VM looks up on hot paths (instance creation, attribute stores, truth,
//! hashing, calls), interned once at start-up so those paths compare handles instead of hashing a string
//! on every use. Interned strings are GC roots, so these stay valid for the VM's life.

use super::Vm;
use crate::value::Value;

macro_rules! names {
    ($($field:ident = $text:literal,)*) => {
        /// Interned special-method names (`vm.names.init` is the str `"__init__"`).
        pub struct Names {
            $(pub $field: Value,)*
        }

        impl Names {
            /// Before the interning table exists: every name is None until `intern_all` runs.
            pub(crate) fn unset() -> Names {
                Names { $($field: Value::None,)* }
            }

            pub(crate) fn intern_all(vm: &mut Vm) -> Names {
                Names { $($field: vm.intern($text),)* }
            }
        }
    };
}

names! {
    init = "__init__",
    new = "__new__",
    call = "__call__",
    get = "__get__",
    getattr = "__getattr__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    bool_ = "__bool__",
    len = "__len__",
    hash = "__hash__",
    eq = "__eq__",
    missing = "__missing__",
}
