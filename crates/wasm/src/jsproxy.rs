//! JS objects inside Python: the `JsProxy` class (attributes, calls, `new`, items, `len`, iteration, `await`
//! on thenables, `to_py()`), the `js` module (the JS global object, plus `JsException` for JS errors), and
//! modules registered from JS with `registerJsModule`. What they do on the JS side is the bridge's (`js::*`).

use crate::bridge::{found, js, set, Array, Bridge, Object};
use crate::convert::{to_js, to_py, ToPy};
use crate::reentry::lend;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyErr, PyResult, Value, Vm};
use rustc_hash::FxHashMap;
use std::rc::Rc;
use wasm_bindgen::JsValue;

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
    let global = js_state(vm).bridge.call1(js::GLOBAL, &JsValue::UNDEFINED).unwrap_or(JsValue::UNDEFINED);
    let global = new_js_proxy(vm, global, JsValue::UNDEFINED);
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
    let message = js_state(vm).bridge.text(js::ERROR_TEXT, err);
    let class = js_state(vm).js_exception;
    vm.new_error(class, message)
}

/// The bridge's operation `code`, with the VM lent to JS that calls back into it; what JS throws is raised
/// as a `JsException`.
fn js_call(vm: &mut Vm, code: u32, a: &JsValue, b: &JsValue, c: &JsValue) -> PyResult<JsValue> {
    let bridge = js_state(vm).bridge.clone();
    match lend(vm, || bridge.call(code, a, b, c)) {
        Ok(v) => Ok(v),
        Err(e) => Err(js_error(vm, &e)),
    }
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
    match found(js_call(vm, js::GET_ATTR, &obj, &JsValue::from_str(&name), &JsValue::UNDEFINED)?) {
        Some(value) => result_to_py(vm, value, obj),
        None => Err(vm.attribute_error(args[0], &name)),
    }
}

fn proxy_setattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let name_v = key_arg(vm, args, 1)?;
    let name = vm.expect_str(name_v)?;
    let value = key_arg(vm, args, 2)?;
    let value = to_js(vm, value);
    js_call(vm, js::SET_ATTR, &obj, &JsValue::from_str(&name), &value)?;
    Ok(Value::None)
}

/// Positional arguments converted, keyword arguments as one trailing object (the JS convention for options).
fn js_args(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> Array {
    let array = Array::new();
    for a in args {
        array.push(&to_js(vm, *a));
    }
    if !kwargs.is_empty() {
        let options = Object::new();
        for (k, v) in kwargs {
            let (k, v) = (to_js(vm, *k), to_js(vm, *v));
            set(&options, &k, &v);
        }
        array.push(&options);
    }
    array
}

fn proxy_call(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (f, this) = this_proxy(vm, key_arg(vm, args, 0)?)?;
    let call_args = js_args(vm, &args[1..], kwargs);
    match found(js_call(vm, js::CALL, &f, &this, &call_args)?) {
        Some(v) => result_to_py(vm, v, JsValue::UNDEFINED),
        None => Err(vm.type_error_msg("'JsProxy' object isn't callable")),
    }
}

/// `proxy.new(*args)`: `new` on a JS class.
fn proxy_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let class = self_arg(vm, args)?;
    let call_args = js_args(vm, &args[1..], kwargs);
    match found(js_call(vm, js::NEW, &class, &call_args, &JsValue::UNDEFINED)?) {
        Some(v) => result_to_py(vm, v, JsValue::UNDEFINED),
        None => Err(vm.type_error_msg("'JsProxy' object isn't a JS class")),
    }
}

fn proxy_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let key_v = key_arg(vm, args, 1)?;
    let key = to_js(vm, key_v);
    match found(js_call(vm, js::GET_ITEM, &obj, &key, &JsValue::UNDEFINED)?) {
        Some(v) => result_to_py(vm, v, obj),
        None if key.as_f64().is_some() => Err(vm.index_error("index out of range")),
        None => Err(vm.key_error(key_v)),
    }
}

fn proxy_setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let key = key_arg(vm, args, 1)?;
    let value = key_arg(vm, args, 2)?;
    let (key, value) = (to_js(vm, key), to_js(vm, value));
    js_call(vm, js::SET_ITEM, &obj, &key, &value)?;
    Ok(Value::None)
}

fn proxy_len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    match js_call(vm, js::LEN, &obj, &JsValue::UNDEFINED, &JsValue::UNDEFINED)?.as_f64() {
        Some(n) if n >= 0.0 => Ok(Value::Int(n as i64)),
        _ => Err(vm.type_error_msg("object of type 'JsProxy' has no len()")),
    }
}

fn proxy_iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    match found(js_call(vm, js::ITER, &obj, &JsValue::UNDEFINED, &JsValue::UNDEFINED)?) {
        Some(it) => Ok(new_js_proxy(vm, it, JsValue::UNDEFINED)),
        None => Err(vm.type_error_msg("'JsProxy' object is not iterable")),
    }
}

fn proxy_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    match found(js_call(vm, js::NEXT, &obj, &JsValue::UNDEFINED, &JsValue::UNDEFINED)?) {
        Some(v) => result_to_py(vm, v, JsValue::UNDEFINED),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn proxy_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let text = js_call(vm, js::STR, &obj, &JsValue::UNDEFINED, &JsValue::UNDEFINED)?;
    Ok(vm.new_string(text.as_string().unwrap_or_default()))
}

fn proxy_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    let other = key_arg(vm, args, 1)?;
    let Some(p) = vm.native_state::<JsProxy>(other) else { return Ok(vm.not_implemented) };
    let other = p.value.clone();
    Ok(Value::bool(js_call(vm, js::IS, &obj, &other, &JsValue::UNDEFINED)?.is_truthy()))
}

/// `await proxy`: a thenable becomes a host future; the JS driver awaits it and resumes the VM.
fn proxy_await(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = self_arg(vm, args)?;
    if !js_call(vm, js::THENABLE, &obj, &JsValue::UNDEFINED, &JsValue::UNDEFINED)?.is_truthy() {
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
