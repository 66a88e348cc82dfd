//! JS objects inside Python: the `JsProxy` class (attributes, calls, `new`, items, `len`, iteration, `await`
//! on thenables, `to_py()`), the `js` module (the JS global object, plus `JsException` for JS errors), and
//! modules registered from JS with `registerJsModule`.

use crate::bridge::Bridge;
use crate::convert::{to_js, to_py, ToPy};
use crate::reentry::lend;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyErr, PyResult, Value, Vm};
use js_sys::{Array, Function, Object, Reflect};
use rustc_hash::FxHashMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

type Kwargs<'a> = &'a [(Value, Value)];

/// The Rust state of a `JsProxy`: the JS value, and the object it was read from (the `this` of a call).
pub struct JsProxy {
    pub value: JsValue,
    pub this: JsValue,
}

impl NativeState for JsProxy {}

/// What the bindings keep in the VM (an extension): the bridge to JS, the classes they define (pinned, so
/// the collector keeps them), and the promises Python code is awaiting, by host-future token.
pub struct JsState {
    pub bridge: Rc<Bridge>,
    pub proxy_class: ObjRef,
    pub js_exception: ObjRef,
    promises: FxHashMap<u64, JsValue>,
    next_token: u64,
}

pub fn js_state(vm: &Vm) -> &JsState {
    vm.extension::<JsState>().expect("bindings installed at creation")
}

/// Set up the `JsProxy` class, `JsException` and the `js` module in a new VM.
pub fn install(vm: &mut Vm, bridge: Rc<Bridge>) {
    let proxy_class = vm.new_native_class("JsProxy", None);
    vm.add_methods(
        proxy_class,
        &[
            ("__getattr__", proxy_getattr),
            ("__setattr__", proxy_setattr),
            ("__call__", proxy_call),
            ("new", proxy_new),
            ("__getitem__", proxy_getitem),
            ("__setitem__", proxy_setitem),
            ("__len__", proxy_len),
            ("__iter__", proxy_iter),
            ("__next__", proxy_next),
            ("__repr__", proxy_repr),
            ("__eq__", proxy_eq),
            ("__await__", proxy_await),
            ("to_py", proxy_to_py),
        ],
    );
    let base = vm.exc.exception;
    let js_exception = vm.new_exception_class("JsException", base);
    vm.pin(Value::Obj(proxy_class));
    vm.pin(Value::Obj(js_exception));
    vm.set_extension(JsState { bridge, proxy_class, js_exception, promises: FxHashMap::default(), next_token: 0 });
    vm.register_native_module("js", init_js_module);
}

fn init_js_module(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    let global = new_js_proxy(vm, js_sys::global().into(), JsValue::UNDEFINED);
    let getattr = vm.new_native_bound("__getattr__", module_getattr, global);
    vm.dict_set_str(dict, "__getattr__", getattr);
    let state = js_state(vm);
    let (proxy, exc) = (state.proxy_class, state.js_exception);
    vm.dict_set_str(dict, "JsProxy", Value::Obj(proxy));
    vm.dict_set_str(dict, "JsException", Value::Obj(exc));
    vm.dict_set_str(dict, "globalThis", global);
    Ok(())
}

/// Make a module whose attributes are those of a JS object, and put it in `sys.modules`.
pub fn register_js_module(vm: &mut Vm, name: &str, object: JsValue) -> PyResult<()> {
    let target = new_js_proxy(vm, object, JsValue::UNDEFINED);
    let (module, dict) = vm.new_module(name);
    let getattr = vm.new_native_bound("__getattr__", module_getattr, target);
    vm.dict_set_str(dict, "__getattr__", getattr);
    let key = vm.new_str(name);
    let modules = vm.modules;
    vm.dict_set(modules, key, module)
}

/// A module's `__getattr__(name)`, bound to the proxy of the object the module stands for.
fn module_getattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [target, name] = args else { return Err(vm.type_error_msg("__getattr__ takes a name")) };
    proxy_getattr(vm, &[*target, *name], &[])
}

pub fn new_js_proxy(vm: &mut Vm, value: JsValue, this: JsValue) -> Value {
    let class = js_state(vm).proxy_class;
    vm.new_native_instance(class, Box::new(JsProxy { value, this }))
}

/// A JS exception (or any thrown value) as a Python `JsException`.
pub fn js_error(vm: &mut Vm, err: &JsValue) -> PyErr {
    let message = match err.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
        None => js_state(vm).bridge.to_string(err),
    };
    let class = js_state(vm).js_exception;
    vm.new_error(class, message)
}

fn this_proxy(vm: &Vm, v: Value) -> PyResult<(JsValue, JsValue)> {
    match vm.native_state::<JsProxy>(v) {
        Some(p) => Ok((p.value.clone(), p.this.clone())),
        None => Err(vm.type_error_msg("descriptor needs a 'JsProxy' object")),
    }
}

fn self_arg(vm: &Vm, args: &[Value]) -> PyResult<JsValue> {
    match args.first() {
        Some(v) => this_proxy(vm, *v).map(|(value, _)| value),
        None => Err(vm.type_error_msg("function takes at least 1 argument")),
    }
}

fn key_arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<Value> {
    args.get(i).copied().ok_or_else(|| vm.type_error_msg(format!("function takes at least {} arguments", i + 1)))
}

/// A JS result as a Python value: primitives converted, objects as proxies (functions remember `this`).
fn result_to_py(vm: &mut Vm, value: JsValue, this: JsValue) -> PyResult<Value> {
    if value.is_function() {
        return Ok(new_js_proxy(vm, value, this));
    }
    to_py(vm, &value, ToPy::Ref)
}

fn proxy_getattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let name_v = key_arg(vm, args, 1)?;
    let name = vm.expect_str(name_v)?;
    let key = JsValue::from_str(&name);
    let found = lend(vm, || -> Result<Option<JsValue>, JsValue> {
        let value = Reflect::get(&obj, &key)?;
        if value.is_undefined() && !(obj.is_object() || obj.is_function())
            || value.is_undefined() && !Reflect::has(&obj, &key)?
        {
            return Ok(None);
        }
        Ok(Some(value))
    });
    match found {
        Ok(Some(value)) => result_to_py(vm, value, obj),
        Ok(None) => Err(vm.attribute_error(args[0], &name)),
        Err(e) => Err(js_error(vm, &e)),
    }
}

fn proxy_setattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let name_v = key_arg(vm, args, 1)?;
    let name = vm.expect_str(name_v)?;
    let value = key_arg(vm, args, 2)?;
    let value = to_js(vm, value);
    match lend(vm, || Reflect::set(&obj, &JsValue::from_str(&name), &value)) {
        Ok(_) => Ok(Value::None),
        Err(e) => Err(js_error(vm, &e)),
    }
}

/// Positional arguments converted, keyword arguments as one trailing object (the JS convention for options).
fn js_args(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Array> {
    let array = Array::new();
    for a in args {
        array.push(&to_js(vm, *a));
    }
    if !kwargs.is_empty() {
        let options = Object::new();
        for (k, v) in kwargs {
            let (k, v) = (to_js(vm, *k), to_js(vm, *v));
            let _ = Reflect::set(&options, &k, &v);
        }
        array.push(&options);
    }
    Ok(array)
}

fn proxy_call(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (f, this) = this_proxy(vm, key_arg(vm, args, 0)?)?;
    let Some(f) = f.dyn_ref::<Function>().cloned() else {
        return Err(vm.type_error_msg("'JsProxy' object isn't callable"));
    };
    let call_args = js_args(vm, &args[1..], kwargs)?;
    match lend(vm, || Reflect::apply(&f, &this, &call_args)) {
        Ok(v) => result_to_py(vm, v, JsValue::UNDEFINED),
        Err(e) => Err(js_error(vm, &e)),
    }
}

/// `proxy.new(*args)`: `new` on a JS class.
fn proxy_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let class = self_arg(vm, args)?;
    let Some(class) = class.dyn_ref::<Function>().cloned() else {
        return Err(vm.type_error_msg("'JsProxy' object isn't a JS class"));
    };
    let call_args = js_args(vm, &args[1..], kwargs)?;
    match lend(vm, || Reflect::construct(&class, &call_args)) {
        Ok(v) => result_to_py(vm, v, JsValue::UNDEFINED),
        Err(e) => Err(js_error(vm, &e)),
    }
}

fn proxy_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let key_v = key_arg(vm, args, 1)?;
    let key = to_js(vm, key_v);
    let result = lend(vm, || match obj.dyn_ref::<js_sys::Map>() {
        Some(map) if map.has(&key) => Ok(Some(map.get(&key))),
        Some(_) => Ok(None),
        None => {
            let v = Reflect::get(&obj, &key)?;
            Ok(if v.is_undefined() && !Reflect::has(&obj, &key)? { None } else { Some(v) })
        }
    });
    match result {
        Ok(Some(v)) => result_to_py(vm, v, obj),
        Ok(None) if key.as_f64().is_some() => Err(vm.index_error("index out of range")),
        Ok(None) => Err(vm.key_error(key_v)),
        Err(e) => Err(js_error(vm, &e)),
    }
}

fn proxy_setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let key = key_arg(vm, args, 1)?;
    let value = key_arg(vm, args, 2)?;
    let (key, value) = (to_js(vm, key), to_js(vm, value));
    let result = lend(vm, || match obj.dyn_ref::<js_sys::Map>() {
        Some(map) => {
            map.set(&key, &value);
            Ok(true)
        }
        None => Reflect::set(&obj, &key, &value),
    });
    match result {
        Ok(_) => Ok(Value::None),
        Err(e) => Err(js_error(vm, &e)),
    }
}

fn proxy_len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let len = lend(vm, || {
        ["length", "size"].iter().find_map(|k| Reflect::get(&obj, &JsValue::from_str(k)).ok().and_then(|v| v.as_f64()))
    });
    match len {
        Some(n) if n >= 0.0 => Ok(Value::Int(n as i64)),
        _ => Err(vm.type_error_msg("object of type 'JsProxy' has no len()")),
    }
}

fn proxy_iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let iterator = lend(vm, || -> Result<Option<JsValue>, JsValue> {
        let method = Reflect::get(&obj, &js_sys::Symbol::iterator())?;
        match method.dyn_ref::<Function>() {
            Some(f) => Ok(Some(f.call0(&obj)?)),
            None => Ok(None),
        }
    });
    match iterator {
        Ok(Some(it)) => Ok(new_js_proxy(vm, it, JsValue::UNDEFINED)),
        Ok(None) => Err(vm.type_error_msg("'JsProxy' object is not iterable")),
        Err(e) => Err(js_error(vm, &e)),
    }
}

fn proxy_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let step = lend(vm, || -> Result<(bool, JsValue), JsValue> {
        let next = Reflect::get(&obj, &JsValue::from_str("next"))?;
        let next = next.dyn_into::<Function>().map_err(|_| JsValue::from_str("not a JS iterator"))?;
        let result = next.call0(&obj)?;
        let done = Reflect::get(&result, &JsValue::from_str("done"))?.is_truthy();
        Ok((done, Reflect::get(&result, &JsValue::from_str("value"))?))
    });
    match step {
        Ok((true, _)) => Err(vm.stop_iteration(Value::None)),
        Ok((false, v)) => result_to_py(vm, v, JsValue::UNDEFINED),
        Err(e) => Err(js_error(vm, &e)),
    }
}

fn proxy_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let bridge = js_state(vm).bridge.clone();
    let text = lend(vm, || bridge.to_string(&obj));
    Ok(vm.new_string(text))
}

fn proxy_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let other = key_arg(vm, args, 1)?;
    Ok(match vm.native_state::<JsProxy>(other) {
        Some(p) => Value::bool(Object::is(&obj, &p.value)),
        None => vm.not_implemented,
    })
}

/// `await proxy`: a thenable becomes a host future; the JS driver awaits it and resumes the VM.
fn proxy_await(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let thenable = lend(vm, || Reflect::get(&obj, &JsValue::from_str("then")).is_ok_and(|t| t.is_function()));
    if !thenable {
        return Err(vm.type_error_msg("'JsProxy' object can't be awaited"));
    }
    let Some(state) = vm.extension_mut::<JsState>() else { return Err(vm.runtime_error("bindings not installed")) };
    state.next_token += 1;
    let token = state.next_token;
    state.promises.insert(token, obj);
    Ok(vm.new_host_awaitable(token))
}

/// The promise behind a host-future token, once, when the VM suspends on it.
pub fn take_promise(vm: &mut Vm, token: u64) -> Option<JsValue> {
    vm.extension_mut::<JsState>()?.promises.remove(&token)
}

/// `proxy.to_py()`: a deep copy (arrays → lists, plain objects and Maps → dicts).
fn proxy_to_py(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    to_py(vm, &obj, ToPy::Copy)
}
