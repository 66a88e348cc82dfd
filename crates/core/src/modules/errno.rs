//! `errno`: the error numbers CircuitPython defines, `errorcode` mapping them back to names, and the text an
//! `OSError(errno)` prints (`[Errno 2] No such file/directory`).

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

/// What `str(OSError(code))` shows after `[Errno code] `: CircuitPython's description for the common file
/// errors, else the errno's name.
pub fn describe(code: i64) -> Option<&'static str> {
    let text = match code {
        1 => "Operation not permitted",
        2 => "No such file/directory",
        5 => "Input/output error",
        13 => "Permission denied",
        17 => "File exists",
        19 => "No such device",
        22 => "Invalid argument",
        28 => "No space left on device",
        30 => "Read-only filesystem",
        _ => return CODES.iter().find(|(_, c)| *c == code).map(|(name, _)| *name),
    };
    Some(text)
}
