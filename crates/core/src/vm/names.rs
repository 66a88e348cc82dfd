//! The special-method names the VM looks up on hot paths (instance creation, attribute stores, truth,
//! hashing, calls), interned once at start-up so those paths compare handles instead of hashing a string
//! on every use. Interned strings are GC roots, so these stay valid for the VM's life.

use super::Vm;
use crate::value::Value;
use circuitpython_parser::ast::{BinOp, CmpOp};

/// Every binary operator, so that their method names can be interned by `ops::binop_dunders`.
const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
    BinOp::FloorDiv,
];

/// The rich comparisons, the first six `CmpOp`s (`is`/`in` have no method).
const COMPARES: [CmpOp; 6] = [CmpOp::Eq, CmpOp::NotEq, CmpOp::Lt, CmpOp::LtE, CmpOp::Gt, CmpOp::GtE];

macro_rules! names {
    ($($field:ident = $text:literal,)*) => {
        /// Interned special-method names (`vm.names.init` is the str `"__init__"`).
        pub struct Names {
            $(pub $field: Value,)*
            /// `__op__` and `__iop__` of each binary operator, by its position in `BinOp`.
            binops: [(Value, Value); BINOPS.len()],
            /// The method of each rich comparison, by its position in `CmpOp`.
            compares: [Value; COMPARES.len()],
        }

        impl Names {
            /// Before the interning table exists: every name is None until `intern_all` runs.
            pub(crate) fn unset() -> Names {
                Names {
                    $($field: Value::None,)*
                    binops: [(Value::None, Value::None); BINOPS.len()],
                    compares: [Value::None; COMPARES.len()],
                }
            }

            pub(crate) fn intern_all(vm: &mut Vm) -> Names {
                let mut names = Names { $($field: vm.intern($text),)* ..Names::unset() };
                for op in BINOPS {
                    let (name, _, iname) = super::ops::binop_dunders(op);
                    names.binops[op as usize] = (vm.intern(name), vm.intern(iname));
                }
                for op in COMPARES {
                    names.compares[op as usize] = vm.intern(super::ops::cmp_dunders(op).0);
                }
                names
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

impl Names {
    /// The interned method of a rich comparison (None for `is`/`in`, which have none).
    pub fn compare(&self, op: CmpOp) -> Value {
        self.compares.get(op as usize).copied().unwrap_or(Value::None)
    }

    /// The interned `__op__` and `__iop__` of a binary operator.
    pub fn binop(&self, op: BinOp) -> (Value, Value) {
        self.binops[op as usize]
    }
}
