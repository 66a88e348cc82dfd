//! `struct`: pack/unpack/pack_into/unpack_from/calcsize for every format code, with native (`@`, aligned)
//! and standard (`= < > !`, unaligned) sizes and byte orders.

use super::util;
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use circuitpython_bigint::BigInt;

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("calcsize", calcsize),
            ("pack", pack),
            ("unpack", |vm, a, k| unpack(vm, a, k, false)),
            ("pack_into", pack_into),
            ("unpack_from", |vm, a, k| unpack(vm, a, k, true)),
        ],
    );
    Ok(())
}

/// One field: its code, repeat count and byte offset.
struct Field {
    code: u8,
    count: usize,
    offset: usize,
}

struct Layout {
    big_endian: bool,
    fields: Vec<Field>,
    size: usize,
}

fn struct_error(vm: &Vm, msg: &str) -> PyErr {
    vm.value_error(msg.to_string())
}

/// (size, alignment) of a code in native or standard mode.
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'b' | b'B' | b'c' | b's' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'P' if native => 4,
        _ => return None,
    })
}

/// A format's layout; the format is read as bytes (its codes are ASCII, anything else is a bad char).
fn parse(vm: &Vm, fmt: &[u8]) -> PyResult<Layout> {
    let (big_endian, native, mut i) = match fmt.first() {
        Some(b'@') => (false, true, 1),
        Some(b'=' | b'<') => (false, false, 1),
        Some(b'>' | b'!') => (true, false, 1),
        _ => (false, true, 0),
    };
    let mut fields = Vec::new();
    let mut size = 0usize;
    while let Some(&c) = fmt.get(i) {
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let (mut count, mut code) = (1, c);
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            while let Some(d) = fmt.get(i).filter(|d| d.is_ascii_digit()) {
                count = count.saturating_mul(10).saturating_add((d - b'0') as usize);
                i += 1;
            }
            code = *fmt.get(i).ok_or_else(|| struct_error(vm, "repeat count given without format specifier"))?;
            i += 1;
        }
        let item = code_size(code, native).ok_or_else(|| struct_error(vm, "bad char in struct format"))?;
        if native && item > 1 {
            size = size.div_ceil(item) * item;
        }
        fields.push(Field { code, count, offset: size });
        size = size.saturating_add(item.saturating_mul(count));
        if size > 1 << 30 {
            return Err(struct_error(vm, "total struct size too long"));
        }
    }
    Ok(Layout { big_endian, fields, size })
}

fn format_arg(vm: &Vm, args: &[Value]) -> PyResult<Layout> {
    let f = *args.first().ok_or_else(|| vm.type_error_msg("function missing required argument"))?;
    match vm.as_str(f).map(str::as_bytes).or_else(|| vm.as_bytes(f)) {
        Some(fmt) => parse(vm, fmt),
        None => Err(vm.type_error_msg("Struct() argument 1 must be a str or bytes object")),
    }
}

fn calcsize(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(format_arg(vm, args)?.size as i64))
}

/// Number of values a layout consumes/produces.
fn value_count(layout: &Layout) -> usize {
    let mut n = 0;
    for f in &layout.fields {
        n += match f.code {
            b's' => 1,
            b'x' => 0,
            _ => f.count,
        };
    }
    n
}

/// The two's-complement bits of `n` if it fits a `size`-byte integer field (signed for a lowercase `code`),
/// and the field's bounds; `array` stores its items through this too. Bounds and values stay in i64/u64
/// (fields are at most 8 bytes): i128s would link u128's formatter (1.2 KB of the module) for one message.
pub(crate) fn field_bits(n: &BigInt, code: u8, size: usize) -> (Option<u64>, i64, u64) {
    let shift = 64 - 8 * size as u32;
    if code.is_ascii_lowercase() {
        let (lo, hi) = (i64::MIN >> shift, i64::MAX >> shift);
        (n.to_i64().filter(|x| (lo..=hi).contains(x)).map(|x| x as u64), lo, hi as u64)
    } else {
        let hi = u64::MAX >> shift;
        (n.to_u64().filter(|x| *x <= hi), 0, hi)
    }
}

/// The two's-complement bits of an int that fits a `size`-byte field of `code`, else `OverflowError`.
fn int_bits(vm: &Vm, v: Value, code: u8, size: usize) -> PyResult<u64> {
    let n = vm.as_bigint(v).ok_or_else(|| struct_error(vm, "required argument is not an integer"))?;
    match field_bits(&n, code, size) {
        (Some(bits), _, _) => Ok(bits),
        (None, lo, hi) => {
            let code = code as char;
            let msg = format!("'{code}' format requires {lo} <= number <= {hi}");
            Err(vm.new_error(vm.exc.overflow_error, msg))
        }
    }
}

fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let count = value_count(layout);
    if values.len() != count {
        let msg = format!("pack expected {count} items for packing (got {})", values.len());
        return Err(struct_error(vm, &msg));
    }
    let mut vals = values.iter();
    for f in &layout.fields {
        let size = code_size(f.code, true).unwrap_or(1);
        match f.code {
            b'x' => {}
            b's' => {
                let v = *vals.next().expect("counted");
                let b = vm.as_bytes(v).ok_or_else(|| struct_error(vm, "argument for 's' must be a bytes object"))?;
                let n = b.len().min(f.count);
                out[f.offset..f.offset + n].copy_from_slice(&b[..n]);
            }
            code => {
                for k in 0..f.count {
                    let v = *vals.next().expect("counted");
                    let float = || vm.as_f64(v).ok_or_else(|| struct_error(vm, "required argument is not a float"));
                    let too_large =
                        |c| vm.new_error(vm.exc.overflow_error, format!("float too large to pack with {c} format"));
                    let bits = match code {
                        b'?' => vm.truthy(v)? as u64,
                        b'c' => match vm.as_bytes(v) {
                            Some(&[b]) => b as u64,
                            _ => return Err(struct_error(vm, "char format requires a bytes object of length 1")),
                        },
                        b'd' => float()?.to_bits(),
                        b'f' => {
                            let x = float()?;
                            if x.is_finite() && (x as f32).is_infinite() {
                                return Err(too_large('f'));
                            }
                            (x as f32).to_bits() as u64
                        }
                        b'e' => f16_bits(float()?).ok_or_else(|| too_large('e'))? as u64,
                        code => int_bits(vm, v, code, size)?,
                    };
                    // The low `size` bytes of `bits`, in the layout's byte order.
                    let at = f.offset + k * size;
                    for i in 0..size {
                        out[at + if layout.big_endian { size - 1 - i } else { i }] = (bits >> (8 * i)) as u8;
                    }
                }
            }
        }
    }
    Ok(())
}

/// IEEE half precision bits of `x` (round to nearest even), or None when it overflows.
fn f16_bits(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Scale into units of the smallest subnormal (2^-24) or of the exponent's ulp, then round half-even.
    let e = libm::log2(a).floor() as i32;
    let e = if a < 2f64.powi(e) { e - 1 } else { e };
    let (exp_field, ulp) = if e < -14 { (0, 2f64.powi(-24)) } else { (e + 15, 2f64.powi(e - 10)) };
    let mut m = (a / ulp).round_ties_even() as u32;
    let mut exp_field = exp_field as u32;
    if exp_field == 0 {
        if m >= 1024 {
            exp_field = 1;
            m -= 1024;
        }
    } else {
        if m >= 2048 {
            m /= 2;
            exp_field += 1;
        }
        m -= 1024;
    }
    if exp_field >= 31 {
        return None;
    }
    Some(sign | (exp_field << 10) as u16 | m as u16)
}

fn f16_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = (h >> 10 & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

/// The value stored in `bytes` (one item, in the given byte order) for format `code`; `array` reads its
/// items (little-endian, codes of the same meaning) here too.
pub(crate) fn read_item(vm: &mut Vm, code: u8, bytes: &[u8], big_endian: bool) -> Value {
    let size = bytes.len();
    let mut bits = 0u64;
    for (i, b) in bytes.iter().enumerate() {
        bits |= (*b as u64) << (8 * if big_endian { size - 1 - i } else { i });
    }
    match code {
        b'?' => Value::bool(bits != 0),
        b'c' => vm.new_bytes(vec![bits as u8]),
        b'e' => Value::float(f16_value(bits as u16)),
        b'f' => Value::float(f32::from_bits(bits as u32) as f64),
        b'd' => Value::float(f64::from_bits(bits)),
        // Signed: sign-extend from the item's top bit.
        code if code.is_ascii_lowercase() => {
            let shift = 64 - 8 * size;
            Value::Int(((bits << shift) as i64) >> shift)
        }
        // Unsigned: a small int unless it needs the 64th bit (no big int made for every `B` or `H` item).
        _ => match i64::try_from(bits) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_int(BigInt::from(bits)),
        },
    }
}

fn unpack_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let mut out = Vec::with_capacity(value_count(layout));
    for f in &layout.fields {
        let size = code_size(f.code, true).unwrap_or(1);
        match f.code {
            b'x' => {}
            b's' => out.push(vm.new_bytes(data[f.offset..f.offset + f.count].to_vec())),
            code => {
                for k in 0..f.count {
                    let at = f.offset + k * size;
                    out.push(read_item(vm, code, &data[at..at + size], layout.big_endian));
                }
            }
        }
    }
    Ok(vm.new_tuple(out))
}

fn pack(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let layout = format_arg(vm, args)?;
    vm.text_fits(layout.size)?;
    let mut out = vec![0u8; layout.size];
    pack_values(vm, &layout, &args[1..], &mut out)?;
    Ok(vm.new_bytes(out))
}

fn pack_into(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let layout = format_arg(vm, args)?;
    if args.len() < 3 {
        return Err(vm.type_error_msg("pack_into expected buffer and offset"));
    }
    let Some(len) = vm.as_bytes_mut(args[1]).map(|b| b.len()) else {
        return Err(vm.type_error_msg("argument must be read-write bytes-like object"));
    };
    let offset = vm.expect_index(args[2])?;
    let at = place(vm, offset, layout.size, len)?;
    let mut out = vec![0u8; layout.size];
    pack_values(vm, &layout, &args[3..], &mut out)?;
    if let Some(b) = vm.as_bytes_mut(args[1]) {
        b[at..at + layout.size].copy_from_slice(&out);
    }
    Ok(Value::None)
}

/// `unpack(fmt, buffer)` (the buffer exactly the layout's size), or with `from` `unpack_from(fmt, buffer,
/// offset=0)`.
fn unpack(vm: &mut Vm, args: &[Value], kw: Kwargs, from: bool) -> PyResult<Value> {
    let layout = format_arg(vm, args)?;
    let data = args.get(1).and_then(|v| vm.as_bytes(*v)).map(|b| b.to_vec());
    let data = data.ok_or_else(|| vm.type_error_msg("a bytes-like object is required"))?;
    let at = if from {
        let offset = match util::arg(vm, args, kw, 2, "offset") {
            Some(o) => vm.expect_index(o)?,
            None => 0,
        };
        place(vm, offset, layout.size, data.len())?
    } else if data.len() != layout.size {
        return Err(struct_error(vm, &format!("unpack requires a buffer of {} bytes", layout.size)));
    } else {
        0
    };
    unpack_values(vm, &layout, &data[at..])
}

/// Where a `size`-byte layout starts at `offset` (negative: from the end) in a buffer of `len` bytes.
fn place(vm: &Vm, offset: i64, size: usize, len: usize) -> PyResult<usize> {
    let offset = if offset < 0 { offset + len as i64 } else { offset };
    if offset < 0 || offset.saturating_add(size as i64) > len as i64 {
        return Err(struct_error(vm, "buffer too small"));
    }
    Ok(offset as usize)
}
