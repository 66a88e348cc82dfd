//! `str % args` and `bytes % args`: drives the `%` template with `numfmt`'s conversions. A bytes template is
//! handled as Latin-1 text (one char per byte), so every byte survives and the result maps back exactly.

use crate::numfmt::{self, PercentSpec};
use crate::objects::bytes::latin1;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn percent_format(vm: &mut Vm, template: Value, args: Value) -> PyResult<Value> {
    let is_bytes = vm.as_str(template).is_none();
    let tpl: String = match vm.as_str(template) {
        Some(s) => s.to_string(),
        None => latin1(vm.as_bytes(template).unwrap_or(&[])),
    };
    let is_tuple = matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), crate::heap::Obj::Tuple(_)));
    let items: Vec<Value> = if is_tuple { vm.seq_items(args).unwrap_or_default() } else { vec![args] };
    let mapping = vm.dict_ref(args).map(|_| args);
    let mut next = 0usize;
    let mut out = String::with_capacity(tpl.len());
    let bytes = tpl.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            i += 1;
            continue;
        }
        out.push_str(&tpl[lit_start..i]);
        let (mut spec, end) = numfmt::parse_percent_spec(&tpl, i + 1).map_err(|e| vm.numfmt_error(e))?;
        let direct = end == i + 2;
        i = end;
        lit_start = end;
        if spec.conv == '%' && direct {
            out.push('%');
            continue;
        }
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            let v = items.get(next).copied();
            next += 1;
            v.ok_or_else(|| vm.type_error_msg("not enough arguments for format string"))
        };
        if spec.width_from_arg {
            let w = take(vm)?;
            let w = vm.expect_index(w)?;
            spec.set_width_arg(w);
        }
        if spec.precision_from_arg {
            let p = take(vm)?;
            let p = vm.expect_index(p)?;
            spec.set_precision_arg(p);
        }
        let value = match spec.key {
            Some((a, b)) => {
                let k = &tpl[a..b];
                let Some(m) = mapping else { return Err(vm.type_error_msg("format requires a dict")) };
                let key = if is_bytes { vm.new_bytes(unlatin1(k)) } else { vm.new_str(k) };
                vm.getitem(m, key)?
            }
            None => take(vm)?,
        };
        vm.reserve_formatted(vm.unwrap_base(value), spec.width, spec.precision)?;
        out.push_str(&convert(vm, value, &spec, is_bytes, &tpl[..end])?);
    }
    out.push_str(&tpl[lit_start..]);
    if next < items.len() && mapping.is_none() {
        return Err(vm.type_error_msg("not all arguments converted during string formatting"));
    }
    Ok(if is_bytes { vm.new_bytes(unlatin1(&out)) } else { vm.new_string(out) })
}

/// The bytes of text made of chars below U+0100.
fn unlatin1(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        out.push(c as u8);
    }
    out
}

/// One conversion; for a bytes template the result holds only chars below U+0100. `head` is the template up to
/// and including the conversion character, for the message of one that isn't.
fn convert(vm: &mut Vm, v: Value, spec: &PercentSpec, is_bytes: bool, head: &str) -> PyResult<String> {
    let laid_out = match spec.conv {
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let b = match vm.as_bigint(v) {
                Some(b) => b,
                None => match vm.unwrap_base(v) {
                    Value::Float(f) if spec.conv != 'o' && spec.conv != 'x' && spec.conv != 'X' => {
                        crate::objects::int::bigint_from_f64(f.get().trunc()).ok_or_else(|| {
                            vm.new_error(vm.exc.overflow_error, "cannot convert float infinity to integer")
                        })?
                    }
                    _ => {
                        let before = format!("%{} format: a number is required, not ", spec.conv);
                        return Err(vm.type_error_for(&before, v, ""));
                    }
                },
            };
            Ok(numfmt::percent_format_int(&b, spec))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = vm.as_f64(v).ok_or_else(|| vm.type_error_for("must be real number, not ", v, ""))?;
            numfmt::percent_format_float(f, spec)
        }
        _ => {
            // The text conversions: the text, then padded.
            let text = match spec.conv {
                's' | 'b' if is_bytes => match vm.as_bytes(v) {
                    Some(b) => latin1(b),
                    None => {
                        return Err(vm.type_error_for(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '",
                            v,
                            "'",
                        ))
                    }
                },
                's' => vm.str_of(v)?,
                'r' | 'a' => {
                    let s = vm.repr(v)?;
                    if spec.conv == 'a' || is_bytes {
                        crate::objects::str::ascii_escape(&s)
                    } else {
                        s
                    }
                }
                'c' => {
                    let c = if is_bytes {
                        match (vm.as_bytes(v), vm.as_i64(v)) {
                            (Some([b]), _) => *b,
                            (_, Some(i)) => u8::try_from(i)
                                .map_err(|_| vm.new_error(vm.exc.overflow_error, "%c arg not in range(256)"))?,
                            _ => return Err(vm.type_error_msg("%c requires an integer in range(256) or a single byte")),
                        }
                        .into()
                    } else if let Some(s) = vm.as_str(v) {
                        let mut chars = s.chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => c,
                            _ => return Err(vm.type_error_msg("%c requires int or char")),
                        }
                    } else {
                        let b = vm.as_bigint(v).ok_or_else(|| vm.type_error_msg("%c requires int or char"))?;
                        numfmt::int_to_char(&b).map_err(|e| vm.numfmt_error(e))?
                    };
                    c.to_string()
                }
                _ => return Err(vm.numfmt_error(numfmt::unsupported_conversion(head))),
            };
            return Ok(numfmt::percent_pad_str(&text, spec));
        }
    };
    laid_out.map_err(|e| vm.numfmt_error(e))
}
