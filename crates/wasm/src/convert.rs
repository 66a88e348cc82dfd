//! Value conversions between Python and JS.
//!
//! Python → JS copies data (None → undefined, bool, int → number or BigInt beyond 2^53, float, str,
//! bytes/bytearray → Uint8Array, list/tuple → Array, dict → object when all keys are str else Map) and gives
//! a JS proxy of a pinned object for everything else. JS → Python turns primitives into their Python values
//! and, in `Copy` mode (values handed in through the API), also copies arrays, plain objects and Maps;
//! other JS objects (and all objects in `Ref` mode: attribute and call results) become `JsProxy` objects.
//! The bridge's `js::KIND` tells what a JS value is, in one call.

use crate::bridge::{bytes, bytes_to_js, js, set, Array, Object};
use crate::jsproxy::{js_state, new_js_proxy, JsProxy};
use circuitpython_core::heap::Obj;
use circuitpython_core::{PyResult, Value, Vm};
use wasm_bindgen::{JsCast, JsValue};

/// Largest integer a JS number holds exactly.
const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;
/// Containers nested deeper than this are passed as proxies instead of copied (and cycles end here).
const MAX_COPY_DEPTH: usize = 64;

/// What `js::KIND` answers (besides a pin handle, >= 1, for a live proxy of a Python object of this
/// interpreter); js/src/protocol.mjs names the same numbers `KIND_*`.
mod kind {
    pub const NONE: f64 = 0.0;
    pub const BOOL: f64 = -1.0;
    pub const NUMBER: f64 = -2.0;
    pub const STRING: f64 = -3.0;
    pub const BIGINT: f64 = -4.0;
    pub const BYTES: f64 = -5.0;
    /// An array, when asked to copy.
    pub const ARRAY: f64 = -6.0;
    /// A Map or a plain object, when asked to copy.
    pub const ENTRIES: f64 = -7.0;
    /// Any other JS value: it becomes a `JsProxy`.
    pub const PROXY: f64 = -8.0;
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ToPy {
    /// Copy arrays, plain objects and Maps into lists and dicts.
    Copy,
    /// Keep every JS object as a `JsProxy`.
    Ref,
}

pub fn to_js(vm: &mut Vm, v: Value) -> JsValue {
    // The usual result of `runPython` (statements give None), answered without the general conversion,
    // which V8 would otherwise compile for a first run.
    if v.is_none() {
        return JsValue::UNDEFINED;
    }
    to_js_at(vm, v, 0)
}

fn to_js_at(vm: &mut Vm, v: Value, depth: usize) -> JsValue {
    match v {
        Value::None => JsValue::UNDEFINED,
        Value::Bool(b) => JsValue::from_bool(b.get()),
        Value::Int(i) if (-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&i) => JsValue::from_f64(i as f64),
        Value::Int(i) => JsValue::from(i),
        Value::Float(f) => JsValue::from_f64(f.get()),
        Value::Obj(r) => {
            if depth < MAX_COPY_DEPTH {
                let items = match vm.heap.get(r) {
                    Obj::Str(s) => return JsValue::from_str(s.as_str()),
                    Obj::BigInt(b) => {
                        let text = JsValue::from_str(&b.to_string());
                        return js_state(vm).bridge.call1(js::BIGINT, &text).unwrap_or(JsValue::UNDEFINED);
                    }
                    Obj::Bytes(b) | Obj::ByteArray(b) => return bytes_to_js(b),
                    Obj::List(items) | Obj::Tuple(items) => Some(items.clone()),
                    Obj::Dict(d) => return dict_to_js(vm, d.items(), depth),
                    _ => None,
                };
                if let Some(items) = items {
                    let array = Array::new();
                    for item in items {
                        array.push(to_js_at(vm, item, depth + 1));
                    }
                    return array.into();
                }
            }
            if let Some(p) = vm.native_state::<JsProxy>(v) {
                return p.value.clone();
            }
            py_proxy(vm, v)
        }
    }
}

fn dict_to_js(vm: &mut Vm, items: Vec<(Value, Value)>, depth: usize) -> JsValue {
    // A dict of str keys becomes a plain object, any other a Map (built in JS from the flat entries).
    if items.iter().all(|(k, _)| vm.as_str(*k).is_some()) {
        let obj = Object::new();
        for (k, val) in items {
            let (key, val) = (to_js_at(vm, k, depth + 1), to_js_at(vm, val, depth + 1));
            set(&obj, &key, &val);
        }
        return obj.into();
    }
    let flat = Array::new();
    for (k, val) in items {
        flat.push(to_js_at(vm, k, depth + 1));
        flat.push(to_js_at(vm, val, depth + 1));
    }
    js_state(vm).bridge.call1(js::MAP, &flat).unwrap_or(JsValue::UNDEFINED)
}

/// A JS proxy for a Python object: pinned until JS drops (or destroys) the proxy.
pub fn py_proxy(vm: &mut Vm, v: Value) -> JsValue {
    let callable = is_callable(vm, v);
    let type_name = JsValue::from_str(&vm.type_name(v));
    let handle = vm.pin(v);
    let bridge = js_state(vm).bridge.clone();
    let made = crate::reentry::lend(vm, || {
        bridge.call(js::MAKE_PY_PROXY, &JsValue::from_f64(handle as f64), &JsValue::from_bool(callable), &type_name)
    });
    match made {
        Ok(p) => p,
        Err(_) => {
            vm.unpin(handle);
            JsValue::UNDEFINED
        }
    }
}

fn is_callable(vm: &mut Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    match vm.heap.get(r) {
        Obj::Function(_) | Obj::Native(_) | Obj::BoundMethod(_) | Obj::Type(_) => true,
        _ => vm.special_method(v, "__call__").is_some(),
    }
}

pub fn to_py(vm: &mut Vm, js: &JsValue, mode: ToPy) -> PyResult<Value> {
    to_py_at(vm, js, mode, 0)
}

fn to_py_at(vm: &mut Vm, js: &JsValue, mode: ToPy, depth: usize) -> PyResult<Value> {
    let bridge = js_state(vm).bridge.clone();
    let copy = JsValue::from_bool(mode == ToPy::Copy && depth < MAX_COPY_DEPTH);
    let kind =
        bridge.call(js::KIND, js, &copy, &JsValue::UNDEFINED).ok().and_then(|k| k.as_f64()).unwrap_or(kind::PROXY);
    Ok(match kind {
        kind::NONE => Value::None,
        kind::BOOL => Value::bool(js.is_truthy()),
        kind::NUMBER => {
            let f = js.as_f64().unwrap_or(f64::NAN);
            if f.fract() == 0.0 && f.abs() <= MAX_SAFE_INTEGER as f64 {
                Value::Int(f as i64)
            } else {
                Value::float(f)
            }
        }
        kind::STRING => vm.new_string(js.as_string().unwrap_or_default()),
        kind::BIGINT => match circuitpython_core::numfmt::parse_decimal_bigint(&bridge.text(js::STR, js)) {
            Some(b) => vm.new_int(b),
            None => Value::Int(0),
        },
        kind::BYTES => vm.new_bytes(bytes(js)),
        kind::ARRAY => {
            let array = js.unchecked_ref::<Array>();
            let mut items = Vec::with_capacity(array.length() as usize);
            for i in 0..array.length() {
                items.push(to_py_at(vm, &array.get(i), mode, depth + 1)?);
            }
            vm.new_list(items)
        }
        kind::ENTRIES => {
            let d = vm.new_dict();
            let flat = bridge.call1(js::ENTRIES, js).unwrap_or_else(|_| Array::new().into()).unchecked_into::<Array>();
            let mut i = 0;
            while i + 1 < flat.length() {
                let k = to_py_at(vm, &flat.get(i), mode, depth + 1)?;
                let val = to_py_at(vm, &flat.get(i + 1), mode, depth + 1)?;
                vm.dict_set(d, k, val)?;
                i += 2;
            }
            Value::Obj(d)
        }
        handle if handle >= 1.0 => match vm.pinned(handle as u64) {
            Some(v) => v,
            None => new_js_proxy(vm, js.clone(), JsValue::UNDEFINED),
        },
        _ => new_js_proxy(vm, js.clone(), JsValue::UNDEFINED),
    })
}
