//! `struct`: pack/unpack/pack_into/unpack_from/calcsize for every format code, with native (`@`, aligned)
//! and standard (`= < > !`, unaligned) sizes and byte orders.

use super::util;
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("calcsize", calcsize),
            ("pack", pack),
            ("unpack", unpack),
            ("pack_into", pack_into),
            ("unpack_from", unpack_from),
        ],
    );
    Ok(())
}

/// One field: its code, repeat count and byte offset.
struct Field {
    code: char,
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
fn code_size(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'b' | 'B' | 'c' | 's' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => 4,
        'q' | 'Q' | 'd' => 8,
        'P' if native => 4,
        _ => return None,
    })
}

fn parse(vm: &Vm, fmt: &str) -> PyResult<Layout> {
    let mut chars = fmt.chars().peekable();
    let (big_endian, native) = match chars.peek() {
        Some('@') => (false, true),
        Some('=') | Some('<') => (false, false),
        Some('>') | Some('!') => (true, false),
        _ => (false, true),
    };
    if matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!')) {
        chars.next();
    }
    let mut fields = Vec::new();
    let mut size = 0usize;
    while let Some(c) = chars.next() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            while let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                n = n.saturating_mul(10).saturating_add(d as usize);
                chars.next();
            }
            count = Some(n);
            code = chars.next().ok_or_else(|| struct_error(vm, "repeat count given without format specifier"))?;
        }
        let count = count.unwrap_or(1);
        let item = code_size(code, native).ok_or_else(|| struct_error(vm, "bad char in struct format"))?;
        if native && item > 1 {
            size = size.div_ceil(item) * item;
        }
        fields.push(Field { code, count, offset: size });
        size = size
            .checked_add(item.saturating_mul(count))
            .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
        if size > 1 << 30 {
            return Err(struct_error(vm, "total struct size too long"));
        }
    }
    Ok(Layout { big_endian, fields, size })
}

fn format_arg(vm: &Vm, args: &[Value]) -> PyResult<Layout> {
    let f = *args.first().ok_or_else(|| vm.type_error_msg("function missing required argument"))?;
    let s = match vm.as_str(f) {
        Some(s) => s.to_string(),
        None => match vm.as_bytes(f) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => return Err(vm.type_error_msg("Struct() argument 1 must be a str or bytes object")),
        },
    };
    parse(vm, &s)
}

fn calcsize(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(format_arg(vm, args)?.size as i64))
}

/// Number of values a layout consumes/produces.
fn value_count(layout: &Layout) -> usize {
    layout
        .fields
        .iter()
        .map(|f| {
            if f.code == 's' {
                1
            } else if f.code == 'x' {
                0
            } else {
                f.count
            }
        })
        .sum()
}

fn put_int(vm: &Vm, v: Value, code: char, size: usize, big: bool, out: &mut [u8]) -> PyResult<()> {
    let n: BigInt = vm.as_bigint(v).ok_or_else(|| struct_error(vm, "required argument is not an integer"))?;
    let signed = code.is_ascii_lowercase();
    let bits = size * 8;
    let (lo, hi) = if signed {
        (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
    } else {
        (BigInt::from(0), (BigInt::from(1) << bits) - 1)
    };
    if n < lo || n > hi {
        let msg = if signed {
            format!("'{code}' format requires {lo} <= number <= {hi}")
        } else {
            format!("'{code}' format requires 0 <= number <= {hi}")
        };
        return Err(vm.new_error(vm.exc.overflow_error, msg));
    }
    let bytes = n.to_signed_bytes_le();
    let fill = if n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
    for i in 0..size {
        let b = bytes.get(i).copied().unwrap_or(fill);
        out[if big { size - 1 - i } else { i }] = b;
    }
    Ok(())
}

fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    if values.len() != value_count(layout) {
        return Err(struct_error(
            vm,
            &format!("pack expected {} items for packing (got {})", value_count(layout), values.len()),
        ));
    }
    let mut vals = values.iter();
    let big = layout.big_endian;
    for f in &layout.fields {
        let size = code_size(f.code, true).unwrap_or(1);
        match f.code {
            'x' => {}
            's' => {
                let v = *vals.next().expect("counted");
                let b = vm.as_bytes(v).ok_or_else(|| struct_error(vm, "argument for 's' must be a bytes object"))?;
                let n = b.len().min(f.count);
                out[f.offset..f.offset + n].copy_from_slice(&b[..n]);
            }
            _ => {
                for k in 0..f.count {
                    let v = *vals.next().expect("counted");
                    let at = f.offset + k * size;
                    let slot = &mut out[at..at + size];
                    match f.code {
                        '?' => slot[0] = vm.truthy(v)? as u8,
                        'c' => match vm.as_bytes(v) {
                            Some(b) if b.len() == 1 => slot[0] = b[0],
                            _ => return Err(struct_error(vm, "char format requires a bytes object of length 1")),
                        },
                        'e' | 'f' | 'd' => {
                            let x = vm.as_f64(v).ok_or_else(|| struct_error(vm, "required argument is not a float"))?;
                            let bytes: Vec<u8> = match f.code {
                                'd' => if big { x.to_be_bytes() } else { x.to_le_bytes() }.to_vec(),
                                'f' => {
                                    if x.is_finite() && (x as f32).is_infinite() {
                                        return Err(vm.new_error(
                                            vm.exc.overflow_error,
                                            "float too large to pack with f format",
                                        ));
                                    }
                                    if big { (x as f32).to_be_bytes() } else { (x as f32).to_le_bytes() }.to_vec()
                                }
                                _ => {
                                    let h = f16_bits(x).ok_or_else(|| {
                                        vm.new_error(vm.exc.overflow_error, "float too large to pack with e format")
                                    })?;
                                    if big { h.to_be_bytes() } else { h.to_le_bytes() }.to_vec()
                                }
                            };
                            slot.copy_from_slice(&bytes);
                        }
                        code => put_int(vm, v, code, size, big, slot)?,
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

fn unpack_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let big = layout.big_endian;
    let mut out = Vec::with_capacity(value_count(layout));
    for f in &layout.fields {
        let size = code_size(f.code, true).unwrap_or(1);
        match f.code {
            'x' => {}
            's' => out.push(vm.new_bytes(data[f.offset..f.offset + f.count].to_vec())),
            _ => {
                for k in 0..f.count {
                    let at = f.offset + k * size;
                    let mut b = data[at..at + size].to_vec();
                    if big {
                        b.reverse();
                    }
                    let v = match f.code {
                        '?' => Value::Bool(b[0] != 0),
                        'c' => vm.new_bytes(vec![b[0]]),
                        'e' => Value::Float(f16_value(u16::from_le_bytes([b[0], b[1]]))),
                        'f' => Value::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
                        'd' => Value::Float(f64::from_le_bytes(b.clone().try_into().unwrap_or([0; 8]))),
                        code if code.is_ascii_lowercase() => vm.new_int(BigInt::from_signed_bytes_le(&b)),
                        _ => vm.new_int(BigInt::from_bytes_le(num_bigint::Sign::Plus, &b)),
                    };
                    out.push(v);
                }
            }
        }
    }
    Ok(vm.new_tuple(out))
}

fn pack(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let layout = format_arg(vm, args)?;
    vm.heap.reserve(layout.size).map_err(|_| vm.memory_error())?;
    let mut out = vec![0u8; layout.size];
    pack_values(vm, &layout, &args[1..], &mut out)?;
    Ok(vm.new_bytes(out))
}

fn pack_into(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let layout = format_arg(vm, args)?;
    if args.len() < 3 {
        return Err(vm.type_error_msg("pack_into expected buffer and offset"));
    }
    let buf = vm.unwrap_base(args[1]);
    let len = match vm.as_bytes(buf) {
        Some(b) if matches!(vm.heap.get(buf.as_obj().expect("bytes")), crate::heap::Obj::ByteArray(_)) => b.len(),
        _ => return Err(vm.type_error_msg("argument must be read-write bytes-like object")),
    };
    let offset = vm.expect_index(args[2])?;
    let offset = if offset < 0 { offset + len as i64 } else { offset };
    if offset < 0 || offset as usize + layout.size > len {
        return Err(struct_error(vm, "buffer too small"));
    }
    let mut out = vec![0u8; layout.size];
    pack_values(vm, &layout, &args[3..], &mut out)?;
    if let Some(crate::heap::Obj::ByteArray(b)) = buf.as_obj().map(|r| vm.heap.get_mut(r)) {
        b[offset as usize..offset as usize + layout.size].copy_from_slice(&out);
    }
    Ok(Value::None)
}

fn unpack(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let layout = format_arg(vm, args)?;
    let data = args.get(1).and_then(|v| vm.as_bytes(*v)).map(|b| b.to_vec());
    let data = data.ok_or_else(|| vm.type_error_msg("a bytes-like object is required"))?;
    if data.len() != layout.size {
        return Err(struct_error(vm, &format!("unpack requires a buffer of {} bytes", layout.size)));
    }
    unpack_values(vm, &layout, &data)
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let layout = format_arg(vm, args)?;
    let data = args.get(1).and_then(|v| vm.as_bytes(*v)).map(|b| b.to_vec());
    let data = data.ok_or_else(|| vm.type_error_msg("a bytes-like object is required"))?;
    let offset = match util::arg(vm, args, kw, 2, "offset") {
        Some(o) => vm.expect_index(o)?,
        None => 0,
    };
    let offset = if offset < 0 { offset + data.len() as i64 } else { offset };
    if offset < 0 || offset as usize + layout.size > data.len() {
        return Err(struct_error(vm, "buffer too small"));
    }
    unpack_values(vm, &layout, &data[offset as usize..])
}
