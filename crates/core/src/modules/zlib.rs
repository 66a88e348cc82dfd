//! `zlib`: `decompress(data, wbits=0, bufsize=0)` as CircuitPython has it (no compression). `wbits` picks
//! the container: 16 and up gzip, 0..15 zlib, negative raw DEFLATE; the window size itself is not checked.
//! Like CircuitPython it returns a `bytearray` and reports bad data as `ValueError(code)` with uzlib's
//! status codes (-3 bad data, -4 checksum mismatch). Inflating is `crate::inflate`'s.

use super::util::{self, arg};
use crate::inflate::{inflate, zlib_decompress, InflateError};
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(vm, dict, &[("decompress", decompress)]);
    Ok(())
}

/// uzlib's status codes, which CircuitPython raises as the `ValueError`'s argument.
const DATA_ERROR: i64 = -3;
const CHECKSUM_ERROR: i64 = -4;

fn data_error(vm: &Vm, code: i64) -> PyErr {
    PyErr::arg(vm.exc.value_error, Value::Int(code))
}

fn decompress(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let data = util::need(vm, args, kw, 0, "data", "decompress")?;
    let data = super::hashlib::data_bytes(vm, data)?;
    let wbits = match arg(vm, args, kw, 1, "wbits") {
        Some(w) => vm.expect_index(w)?,
        None => 0,
    };
    // Inflating more than the whole heap could never be kept, so stop there (and defuse zip bombs).
    let limit = vm.heap.limit();
    let out = if wbits >= 16 {
        gunzip(vm, &data, limit)?
    } else if wbits >= 0 {
        zlib_decompress(&data, limit).map_err(|e| inflate_error(vm, e))?
    } else {
        inflate(&data, limit).map_err(|e| inflate_error(vm, e))?.0
    };
    vm.heap.reserve(out.len()).map_err(|_| vm.memory_error())?;
    Ok(vm.new_bytearray(out))
}

fn inflate_error(vm: &mut Vm, error: InflateError) -> PyErr {
    match error {
        InflateError::TooLarge => vm.memory_error(),
        InflateError::Checksum => data_error(vm, CHECKSUM_ERROR),
        InflateError::Data => data_error(vm, DATA_ERROR),
    }
}

/// A gzip member: header (RFC 1952), raw DEFLATE data, then CRC-32 and length of the output.
fn gunzip(vm: &mut Vm, data: &[u8], limit: usize) -> PyResult<Vec<u8>> {
    const FHCRC: u8 = 2;
    const FEXTRA: u8 = 4;
    const FNAME: u8 = 8;
    const FCOMMENT: u8 = 16;
    let bad = |vm: &Vm| data_error(vm, DATA_ERROR);
    if data.len() < 18 || data[0] != 0x1f || data[1] != 0x8b || data[2] != 8 {
        return Err(bad(vm));
    }
    let flags = data[3];
    let mut pos = 10;
    if flags & FEXTRA != 0 {
        let extra = data.get(pos..pos + 2).ok_or_else(|| bad(vm))?;
        pos += 2 + u16::from_le_bytes([extra[0], extra[1]]) as usize;
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            let end = data.get(pos..).and_then(|rest| rest.iter().position(|b| *b == 0)).ok_or_else(|| bad(vm))?;
            pos += end + 1;
        }
    }
    if flags & FHCRC != 0 {
        pos += 2;
    }
    let body = data.get(pos..data.len() - 8).ok_or_else(|| bad(vm))?;
    let out = inflate(body, limit).map_err(|e| inflate_error(vm, e))?.0;
    let trailer = &data[data.len() - 8..];
    let crc = u32::from_le_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
    let size = u32::from_le_bytes([trailer[4], trailer[5], trailer[6], trailer[7]]);
    if crc != super::binascii::crc32_continue(0, &out) || size != out.len() as u32 {
        return Err(data_error(vm, CHECKSUM_ERROR));
    }
    Ok(out)
}
