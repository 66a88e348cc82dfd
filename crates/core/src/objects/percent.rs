//! `str % args` and `bytes % args`: drives the `%` template with `numfmt`'s conversions.

use crate::numfmt::{self, PercentSpec};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn percent_format(vm: &mut Vm, template: Value, args: Value) -> PyResult<Value> {
    let is_bytes = vm.as_str(template).is_none();
    let tpl: String = match vm.as_str(template) {
        Some(s) => s.to_string(),
        None => String::from_utf8_lossy(vm.as_bytes(template).unwrap_or(&[])).into_owned(),
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
        i = end;
        lit_start = end;
        if spec.conv == '%' {
            out.push('%');
            continue;
        }
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            let v = items.get(next).copied();
            next += 1;
            v.ok_or_else(|| vm.type_error_msg("format string needs more arguments"))
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
        let value = match &spec.key {
            Some(k) => {
                let Some(m) = mapping else { return Err(vm.type_error_msg("format requires a dict")) };
                let key = vm.new_str(k);
                vm.getitem(m, key)?
            }
            None => take(vm)?,
        };
        out.push_str(&convert(vm, value, &spec)?);
    }
    out.push_str(&tpl[lit_start..]);
    if next < items.len() && mapping.is_none() {
        return Err(vm.type_error_msg("format string didn't convert all arguments"));
    }
    Ok(if is_bytes { vm.new_bytes(out.into_bytes()) } else { vm.new_string(out) })
}

fn convert(vm: &mut Vm, v: Value, spec: &PercentSpec) -> PyResult<String> {
    let r = match spec.conv {
        's' => {
            let s = match vm.as_bytes(v) {
                Some(b) if vm.as_str(v).is_none() => String::from_utf8_lossy(b).into_owned(),
                _ => vm.str_of(v)?,
            };
            Ok(numfmt::percent_pad_str(&s, spec))
        }
        'r' | 'a' => {
            let s = vm.repr(v)?;
            Ok(numfmt::percent_pad_str(&s, spec))
        }
        'c' => {
            if let Some(s) = vm.as_str(v) {
                if s.chars().count() != 1 {
                    return Err(vm.type_error_msg("%c requires int or char"));
                }
                let s = s.to_string();
                Ok(numfmt::percent_pad_str(&s, spec))
            } else {
                let b = vm.as_bigint(v).ok_or_else(|| vm.type_error_msg("%c requires int or char"))?;
                let c = numfmt::int_to_char(&b).map_err(|e| vm.numfmt_error(e))?;
                Ok(numfmt::percent_pad_str(&c.to_string(), spec))
            }
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let b = match vm.as_bigint(v) {
                Some(b) => b,
                None => match vm.unwrap_base(v) {
                    Value::Float(f) if spec.conv != 'o' && spec.conv != 'x' && spec.conv != 'X' => {
                        crate::objects::int::bigint_from_f64(f.trunc()).ok_or_else(|| {
                            vm.new_error(vm.exc.overflow_error, "cannot convert float infinity to integer")
                        })?
                    }
                    _ => {
                        return Err(vm.type_error_msg(format!(
                            "%{} format: a number is required, not {}",
                            spec.conv,
                            vm.type_name(v)
                        )))
                    }
                },
            };
            numfmt::percent_format_int(&b, spec)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = vm
                .as_f64(v)
                .ok_or_else(|| vm.type_error_msg(format!("must be real number, not {}", vm.type_name(v))))?;
            numfmt::percent_format_float(f, spec)
        }
        c => {
            return Err(vm.value_error(format!("unsupported format character '{c}'")));
        }
    };
    r.map_err(|e| vm.numfmt_error(e))
}
