//! `binascii`: hex and base64 conversions and `crc32`.

use super::util;
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use circuitpython_bigint::BigInt;

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("hexlify", hexlify),
            ("unhexlify", unhexlify),
            ("a2b_base64", a2b_base64),
            ("b2a_base64", b2a_base64),
            ("crc32", crc32),
        ],
    );
    Ok(())
}

fn data_arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    let v = *args.get(i).ok_or_else(|| vm.type_error_msg("function missing required argument"))?;
    if let Some(b) = vm.as_bytes(v) {
        return Ok(b.to_vec());
    }
    match vm.as_str(v) {
        Some(s) if s.is_ascii() => Ok(s.as_bytes().to_vec()),
        _ => Err(vm.type_error_msg("object with buffer protocol required")),
    }
}

fn hexlify(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let data = data_arg(vm, args, 0)?;
    let sep = match args.get(1) {
        Some(s) => data_arg(vm, args, 1).ok().or_else(|| vm.as_str(*s).map(|s| s.as_bytes().to_vec())),
        None => None,
    };
    Ok(vm.new_bytes(to_hex(&data, sep.as_deref().unwrap_or_default())))
}

/// `data` as lowercase hex digits, `sep` between bytes.
pub(crate) fn to_hex(data: &[u8], sep: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * (2 + sep.len()));
    for (i, b) in data.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.push(b"0123456789abcdef"[(b >> 4) as usize]);
        out.push(b"0123456789abcdef"[(b & 15) as usize]);
    }
    out
}

fn unhexlify(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let data = data_arg(vm, args, 0)?;
    if data.len() % 2 != 0 {
        return Err(vm.value_error("odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let digit = |c: u8| (c as char).to_digit(16);
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(vm.value_error("non-hex digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let data = data_arg(vm, args, 0)?;
    // Positional or keyword in CircuitPython (keyword-only in CPython): Adafruit's examples pass it positionally.
    let newline = match util::arg(vm, args, kw, 1, "newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let mut n = 0u32;
        for (i, b) in chunk.iter().enumerate() {
            n |= (*b as u32) << (16 - 8 * i);
        }
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

/// Decodes leniently as CPython does: characters outside the alphabet are skipped; padding ends the data.
fn a2b_base64(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let data = data_arg(vm, args, 0)?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut acc, mut bits, mut count) = (0u32, 0u32, 0usize);
    let mut padded = false;
    for c in data {
        if c == b'=' {
            padded = true;
            continue;
        }
        let Some(v) = B64.iter().position(|b| *b == c) else { continue };
        if padded {
            break;
        }
        acc = acc << 6 | v as u32;
        bits += 6;
        count += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if count % 4 == 1 {
        return Err(vm.value_error("incorrect padding"));
    }
    if count % 4 != 0 && !padded {
        return Err(vm.value_error("incorrect padding"));
    }
    Ok(vm.new_bytes(out))
}

fn crc32(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let data = data_arg(vm, args, 0)?;
    let start = match args.get(1) {
        Some(v) => vm.as_bigint(*v).ok_or_else(|| vm.type_error_msg("can't convert to int"))?,
        None => BigInt::ZERO,
    };
    // The low 32 bits of its two's complement: the value modulo 2**32.
    let start = crate::objects::int::big_divmod(&start, &(1u64 << 32).into()).1.to_u32().unwrap_or(0);
    Ok(Value::Int(crc32_continue(start, &data) as i64))
}

/// CRC-32 (zlib's, ISO-HDLC) computed bit by bit, without a table: checksums here cover at most a program's
/// own data (512 KB in under 7 ms in Node), and the crate's 1 KB table was 1 KB of the gzipped WebAssembly
/// (the 16 KB slice-by-16 table of faster crates, 18 KB).
const CRC32: crc::Crc<u32, crc::NoTable> = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

/// The CRC-32 of `data` following a running value `previous` (0 to start), as `binascii.crc32` takes it.
pub(crate) fn crc32_continue(previous: u32, data: &[u8]) -> u32 {
    // The crate applies the algorithm's bit reflection to a custom initial value, so the running value
    // (a finished CRC) goes in un-finalized and reflected back.
    let mut digest = CRC32.digest_with_initial((!previous).reverse_bits());
    digest.update(data);
    digest.finalize()
}
