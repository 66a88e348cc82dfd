//! `micropython`: `const` (the identity: constants are folded by nobody here, which is semantically the
//! same) and the code-emitter decorators `native`, `viper`, `asm_thumb`, which return the function as is.

use super::util;
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("const", identity),
            ("native", identity),
            ("viper", identity),
            ("asm_thumb", identity),
            ("opt_level", opt_level),
        ],
    );
    Ok(())
}

fn identity(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    args.first().copied().ok_or_else(|| vm.type_error_msg("function takes 1 positional argument but 0 were given"))
}

fn opt_level(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(if args.is_empty() { Value::Int(0) } else { Value::None })
}
