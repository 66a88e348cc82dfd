//! JS objects inside Python: the `JsProxy` class (attributes, calls, `new`, items, `len`, iteration, `await`
//! on thenables, `to_py()`), the `js` module (the JS global object, plus `JsException` for JS errors), and
//! modules registered from JS with `registerJsModule`. What they do on the JS side is the bridge's (`js::*`).

use crate::bridge::{found, js, set, Array, Bridge, Object};
use crate::convert::{to_js, to_py, ToPy};
use crate::reentry::lend;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyErr, PyResult, Value, Vm};
use std::rc::Rc;
use wasm_bindgen::JsValue;

type Kwargs<'a> = &'a [(Value, Value)];

/// The Rust state of a `JsProxy`: the JS value, and the object it was read from (the `this` of a call).
pub struct JsProxy {
    pub value: JsValue,
    pub this: JsValue,
}

circuitpython_core::keyed_type!(JsProxy);
impl NativeState for JsProxy {}

/// What the bindings keep in the VM (an extension): the bridge to JS, the classes they define (pinned, so
/// the collector keeps them), and the promises Python code is awaiting, by host-future token (a list: a
/// suspension takes its promise at once, so it holds one or a few).
pub struct JsState {
    pub bridge: Rc<Bridge>,
    pub proxy_class: ObjRef,
    pub js_exception: ObjRef,
    promises: Vec<(u64, JsValue)>,
    next_token: u64,
}
circuitpython_core::keyed_type!(JsState);

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
    vm.set_extension(JsState { bridge, proxy_class, js_exception, promises: Vec::new(), next_token: 0 });
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

/// Positional arguments converted, keyword arguments as one trailing object (the JS convention for options).
fn js_args(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> JsValue {
    let array = Array::new();
    for a in args {
        array.push(to_js(vm, *a));
    }
    if !kwargs.is_empty() {
        let options = Object::new();
        for (k, v) in kwargs {
            let (k, v) = (to_js(vm, *k), to_js(vm, *v));
            set(&options, &k, &v);
        }
        array.push(options.into());
    }
    array.into()
}

/// `proxy.to_py()`, which is no bridge operation.
const TO_PY: u32 = u32::MAX;

/// Every `JsProxy` method, by the bridge operation it makes (`js::*`, or `TO_PY`): one body, so the argument
/// checks and the bridge call are not repeated per method.
fn proxy_method(vm: &mut Vm, args: &[Value], kwargs: Kwargs, code: u32) -> PyResult<Value> {
    let Some(&target) = args.first() else {
        let text =
            if code == js::CALL { "function takes at least 1 arguments" } else { "function takes at least 1 argument" };
        return Err(vm.type_error_msg(text));
    };
    let (obj, this) = this_proxy(vm, target)?;
    if code == TO_PY {
        // `proxy.to_py()`: a deep copy (arrays → lists, plain objects and Maps → dicts).
        return to_py(vm, &obj, ToPy::Copy);
    }
    let mut name = String::new();
    let mut key = Value::None;
    // The bridge operation's arguments after `obj`.
    let (a, b) = match code {
        js::GET_ATTR | js::SET_ATTR => {
            let name_v = key_arg(vm, args, 1)?;
            name = vm.expect_str(name_v)?;
            let value = match code {
                js::SET_ATTR => {
                    let v = key_arg(vm, args, 2)?;
                    to_js(vm, v)
                }
                _ => JsValue::UNDEFINED,
            };
            (JsValue::from_str(&name), value)
        }
        js::GET_ITEM | js::SET_ITEM => {
            key = key_arg(vm, args, 1)?;
            let value = if code == js::SET_ITEM { Some(key_arg(vm, args, 2)?) } else { None };
            let js_key = to_js(vm, key);
            (js_key, value.map_or(JsValue::UNDEFINED, |v| to_js(vm, v)))
        }
        js::CALL => (this, js_args(vm, &args[1..], kwargs)),
        js::NEW => (js_args(vm, &args[1..], kwargs), JsValue::UNDEFINED),
        js::IS => {
            let other = key_arg(vm, args, 1)?;
            match vm.native_state::<JsProxy>(other) {
                Some(p) => (p.value.clone(), JsValue::UNDEFINED),
                None => return Ok(vm.not_implemented),
            }
        }
        _ => (JsValue::UNDEFINED, JsValue::UNDEFINED),
    };
    let answer = js_call(vm, code, &obj, &a, &b)?;
    match code {
        js::SET_ATTR | js::SET_ITEM => return Ok(Value::None),
        js::LEN => {
            return match answer.as_f64() {
                Some(n) if n >= 0.0 => Ok(Value::Int(n as i64)),
                _ => Err(vm.type_error_msg("object of type 'JsProxy' has no len()")),
            }
        }
        js::STR => return Ok(vm.new_string(answer.as_string().unwrap_or_default())),
        js::IS => return Ok(Value::bool(answer.is_truthy())),
        // `await proxy`: a thenable becomes a host future; the JS driver awaits it and resumes the VM.
        js::THENABLE => {
            if !answer.is_truthy() {
                return Err(vm.type_error_msg("'JsProxy' object can't be awaited"));
            }
            let Some(state) = vm.extension_mut::<JsState>() else {
                return Err(vm.runtime_error("bindings not installed"));
            };
            state.next_token += 1;
            let token = state.next_token;
            state.promises.push((token, obj));
            return Ok(vm.new_host_awaitable(token));
        }
        _ => {}
    }
    let Some(value) = found(answer) else {
        return Err(match code {
            js::GET_ATTR => vm.attribute_error(target, &name),
            js::GET_ITEM if a.as_f64().is_some() => vm.index_error("index out of range"),
            js::GET_ITEM => vm.key_error(key),
            js::CALL => vm.type_error_msg("'JsProxy' object isn't callable"),
            js::NEW => vm.type_error_msg("'JsProxy' object isn't a JS class"),
            js::ITER => vm.type_error_msg("'JsProxy' object is not iterable"),
            _ => vm.stop_iteration(Value::None),
        });
    };
    match code {
        js::ITER => Ok(new_js_proxy(vm, value, JsValue::UNDEFINED)),
        // Functions read from an object remember it as their `this`.
        js::GET_ATTR | js::GET_ITEM => result_to_py(vm, value, obj),
        _ => result_to_py(vm, value, JsValue::UNDEFINED),
    }
}

fn proxy_getattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::GET_ATTR)
}

fn proxy_setattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::SET_ATTR)
}

fn proxy_call(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::CALL)
}

/// `proxy.new(*args)`: `new` on a JS class.
fn proxy_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::NEW)
}

fn proxy_getitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::GET_ITEM)
}

fn proxy_setitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::SET_ITEM)
}

fn proxy_len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::LEN)
}

fn proxy_iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::ITER)
}

fn proxy_next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::NEXT)
}

fn proxy_repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::STR)
}

fn proxy_eq(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::IS)
}

fn proxy_await(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, js::THENABLE)
}

fn proxy_to_py(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    proxy_method(vm, args, kw, TO_PY)
}

/// The promise behind a host-future token, once, when the VM suspends on it.
pub fn take_promise(vm: &mut Vm, token: u64) -> Option<JsValue> {
    let promises = &mut vm.extension_mut::<JsState>()?.promises;
    let i = promises.iter().position(|(t, _)| *t == token)?;
    Some(promises.swap_remove(i).1)
}
