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
    add = "__add__",
    sub = "__sub__",
    mul = "__mul__",
    matmul = "__matmul__",
    truediv = "__truediv__",
    mod_ = "__mod__",
    pow = "__pow__",
    lshift = "__lshift__",
    rshift = "__rshift__",
    or_ = "__or__",
    xor = "__xor__",
    and_ = "__and__",
    floordiv = "__floordiv__",
    iadd = "__iadd__",
    isub = "__isub__",
    imul = "__imul__",
    imatmul = "__imatmul__",
    itruediv = "__itruediv__",
    imod = "__imod__",
    ipow = "__ipow__",
    ilshift = "__ilshift__",
    irshift = "__irshift__",
    ior = "__ior__",
    ixor = "__ixor__",
    iand = "__iand__",
    ifloordiv = "__ifloordiv__",
    ne = "__ne__",
    lt = "__lt__",
    le = "__le__",
    gt = "__gt__",
    ge = "__ge__",
}

impl Names {
    /// The interned method of a rich comparison (None for `is`/`in`, which have none).
    pub fn compare(&self, op: circuitpython_parser::ast::CmpOp) -> Value {
        use circuitpython_parser::ast::CmpOp;
        match op {
            CmpOp::Eq => self.eq,
            CmpOp::NotEq => self.ne,
            CmpOp::Lt => self.lt,
            CmpOp::LtE => self.le,
            CmpOp::Gt => self.gt,
            CmpOp::GtE => self.ge,
            _ => Value::None,
        }
    }

    /// The interned `__op__` and `__iop__` of a binary operator.
    pub fn binop(&self, op: circuitpython_parser::ast::BinOp) -> (Value, Value) {
        use circuitpython_parser::ast::BinOp;
        match op {
            BinOp::Add => (self.add, self.iadd),
            BinOp::Sub => (self.sub, self.isub),
            BinOp::Mult => (self.mul, self.imul),
            BinOp::MatMult => (self.matmul, self.imatmul),
            BinOp::Div => (self.truediv, self.itruediv),
            BinOp::Mod => (self.mod_, self.imod),
            BinOp::Pow => (self.pow, self.ipow),
            BinOp::LShift => (self.lshift, self.ilshift),
            BinOp::RShift => (self.rshift, self.irshift),
            BinOp::BitOr => (self.or_, self.ior),
            BinOp::BitXor => (self.xor, self.ixor),
            BinOp::BitAnd => (self.and_, self.iand),
            BinOp::FloorDiv => (self.floordiv, self.ifloordiv),
        }
    }
}
