//! `bytes` and `bytearray`: their repr (Python's `b'...'` escaping).

/// `repr(bytes)`: `b'...'`, choosing double quotes when the data has a single quote and no double quote.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

use crate::objects::function::Kwargs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bytes of a constructor argument: an int (zeros), str with encoding, bytes-like, or iterable of ints.
fn bytes_from(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    let Some(&x) = args.get(1) else { return Ok(Vec::new()) };
    if let Some(s) = vm.as_str(x) {
        if args.len() < 3 {
            return Err(vm.type_error_msg("string argument without an encoding"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(n) = vm.as_i64(x) {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.heap.reserve(n as usize).map_err(|_| vm.memory_error())?;
        return Ok(vec![0; n as usize]);
    }
    if let Some(b) = vm.as_bytes(x) {
        return Ok(b.to_vec());
    }
    let items = vm.collect_iter(x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(crate::objects::seq::byte_value(vm, it)?);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = bytes_from(vm, args)?;
    Ok(vm.new_bytes(b))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = bytes_from(vm, args)?;
    Ok(vm.new_bytearray(b))
}

pub fn register(vm: &mut Vm) {
    vm.set_constructor(vm.types.bytes, bytes_new);
    vm.set_constructor(vm.types.bytearray, bytearray_new);
}
