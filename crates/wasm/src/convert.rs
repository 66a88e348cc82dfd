//! Value conversions between Python and JS.
//!
//! Python → JS copies data (None → undefined, bool, int → number or BigInt beyond 2^53, float, str,
//! bytes/bytearray → Uint8Array, list/tuple → Array, dict → object when all keys are str else Map) and gives
//! a JS proxy of a pinned object for everything else. JS → Python turns primitives into their Python values
//! and, in `Copy` mode (values handed in through the API), also copies arrays, plain objects and Maps;
//! other JS objects (and all objects in `Ref` mode: attribute and call results) become `JsProxy` objects.

use crate::jsproxy::{js_state, new_js_proxy, JsProxy};
use circuitpython_core::heap::Obj;
use circuitpython_core::{PyResult, Value, Vm};
use js_sys::{Array, Map, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// Largest integer a JS number holds exactly.
const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;
/// Containers nested deeper than this are passed as proxies instead of copied (and cycles end here).
const MAX_COPY_DEPTH: usize = 64;

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
                        let text = b.to_string();
                        return js_sys::BigInt::new(&JsValue::from_str(&text))
                            .map(JsValue::from)
                            .unwrap_or(JsValue::UNDEFINED);
                    }
                    Obj::Bytes(b) | Obj::ByteArray(b) => return Uint8Array::from(b.as_slice()).into(),
                    Obj::List(items) | Obj::Tuple(items) => Some(items.clone()),
                    Obj::Dict(d) => return dict_to_js(vm, d.items(), depth),
                    _ => None,
                };
                if let Some(items) = items {
                    let array = Array::new_with_length(items.len() as u32);
                    for (i, item) in items.into_iter().enumerate() {
                        array.set(i as u32, to_js_at(vm, item, depth + 1));
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
    if items.iter().all(|(k, _)| vm.as_str(*k).is_some()) {
        let obj = Object::new();
        for (k, val) in items {
            let key = to_js_at(vm, k, depth + 1);
            let _ = Reflect::set(&obj, &key, &to_js_at(vm, val, depth + 1));
        }
        obj.into()
    } else {
        let map = Map::new();
        for (k, val) in items {
            let key = to_js_at(vm, k, depth + 1);
            map.set(&key, &to_js_at(vm, val, depth + 1));
        }
        map.into()
    }
}

/// A JS proxy for a Python object: pinned until JS drops (or destroys) the proxy.
pub fn py_proxy(vm: &mut Vm, v: Value) -> JsValue {
    let callable = is_callable(vm, v);
    let type_name = vm.type_name(v);
    let handle = vm.pin(v);
    let bridge = js_state(vm).bridge.clone();
    match crate::reentry::lend(vm, || bridge.make_py_proxy(handle, callable, &type_name)) {
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
    if js.is_undefined() || js.is_null() {
        return Ok(Value::None);
    }
    if let Some(b) = js.as_bool() {
        return Ok(Value::bool(b));
    }
    if let Some(f) = js.as_f64() {
        return Ok(if f.fract() == 0.0 && f.abs() <= MAX_SAFE_INTEGER as f64 {
            Value::Int(f as i64)
        } else {
            Value::float(f)
        });
    }
    if let Some(s) = js.as_string() {
        return Ok(vm.new_string(s));
    }
    if js.is_bigint() {
        let text: String =
            js_sys::BigInt::unchecked_from_js_ref(js).to_string(10).map(String::from).unwrap_or_default();
        return Ok(match circuitpython_core::numfmt::parse_decimal_bigint(&text) {
            Some(b) => vm.new_int(b),
            None => Value::Int(0),
        });
    }
    if let Some(bytes) = js.dyn_ref::<Uint8Array>() {
        return Ok(vm.new_bytes(bytes.to_vec()));
    }
    let bridge = js_state(vm).bridge.clone();
    if let Some(handle) = bridge.handle_of(js) {
        if let Some(v) = vm.pinned(handle) {
            return Ok(v);
        }
    }
    if mode == ToPy::Copy && depth < MAX_COPY_DEPTH {
        if let Some(array) = js.dyn_ref::<Array>() {
            let mut items = Vec::with_capacity(array.length() as usize);
            for item in array.iter() {
                items.push(to_py_at(vm, &item, mode, depth + 1)?);
            }
            return Ok(vm.new_list(items));
        }
        if let Some(map) = js.dyn_ref::<Map>() {
            let d = vm.new_dict();
            let entries: Vec<JsValue> =
                js_sys::try_iter(&map.entries()).ok().flatten().into_iter().flatten().flatten().collect();
            for entry in entries {
                let pair = Array::from(&entry);
                let k = to_py_at(vm, &pair.get(0), mode, depth + 1)?;
                let val = to_py_at(vm, &pair.get(1), mode, depth + 1)?;
                vm.dict_set(d, k, val)?;
            }
            return Ok(Value::Obj(d));
        }
        if is_plain_object(js) {
            let d = vm.new_dict();
            for key in Object::keys(js.unchecked_ref::<Object>()).iter() {
                let val = Reflect::get(js, &key).unwrap_or(JsValue::UNDEFINED);
                let k = to_py_at(vm, &key, mode, depth + 1)?;
                let val = to_py_at(vm, &val, mode, depth + 1)?;
                vm.dict_set(d, k, val)?;
            }
            return Ok(Value::Obj(d));
        }
    }
    Ok(new_js_proxy(vm, js.clone(), JsValue::UNDEFINED))
}

/// An object literal (or `Object.create(null)`), as opposed to class instances, functions and host objects.
fn is_plain_object(js: &JsValue) -> bool {
    if !js.is_object() || js.is_function() {
        return false;
    }
    let proto = Object::get_prototype_of(js);
    proto.is_null() || Object::get_prototype_of(&proto).is_null() && Object::has_own(&proto, &"hasOwnProperty".into())
}
