//! `errno`: the error numbers CircuitPython defines, and `errorcode` mapping them back to names.

use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const CODES: [(&str, i64); 17] = [
    ("EPERM", 1),
    ("ENOENT", 2),
    ("EIO", 5),
    ("EBADF", 9),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EEXIST", 17),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENOSPC", 28),
    ("EROFS", 30),
    ("ENOTEMPTY", 39),
    ("ETIMEDOUT", 110),
    ("EINPROGRESS", 115),
];

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    let errorcode = vm.new_dict();
    for (name, code) in CODES {
        vm.dict_set_str(dict, name, Value::Int(code));
        let n = vm.new_str(name);
        vm.dict_set(errorcode, Value::Int(code), n)?;
    }
    vm.dict_set_str(dict, "errorcode", Value::Obj(errorcode));
    Ok(())
}
