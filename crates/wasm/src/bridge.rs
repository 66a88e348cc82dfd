//! The JS half of the bindings: one function, `js(code, a, b, c)`, handed over by `index.mjs` when an
//! interpreter is created, that does the JS operation numbered `code` (the `js` module below; protocol.mjs numbers
//! them the same): output, the clock, Python-object proxies (which live in `index.mjs`), and what `JsProxy`
//! and the value conversions do on JS values. One function rather than a wasm-bindgen import per JS API
//! used: each import costs the module a wrapper and the glue a function.
//!
//! The few JS APIs imported directly (arrays, objects, bytes, calling the bridge) are declared here rather
//! than taken from `js-sys`: linking js-sys brings the descriptions of all its imports, and with them ~2.6 KB
//! of closure shims that stay in the module's function table although nothing calls them.

use circuitpython_core::Stream;
use wasm_bindgen::prelude::*;

/// The operations of the bridge function.
pub mod js {
    /// `(stream, text)`: program output (1 stdout, 2 stderr).
    pub const WRITE: u32 = 0;
    /// Milliseconds on the JS side's monotonic clock (`performance.now()`, or `process.hrtime` in Node).
    pub const NOW: u32 = 1;
    /// `Date.now()`.
    pub const DATE_NOW: u32 = 2;
    /// `Math.random()`.
    pub const RANDOM: u32 = 3;
    /// `(handle, callable, typeName)`: the JS proxy for a pinned Python object.
    pub const MAKE_PY_PROXY: u32 = 4;
    /// `String(value)`, never throwing.
    pub const STR: u32 = 5;
    /// `(value, copy)`: how a JS value converts to Python (the `kind` module of convert.rs).
    pub const KIND: u32 = 6;
    /// The entries of a Map or a plain object, flat: `[k0, v0, k1, v1, ...]`.
    pub const ENTRIES: u32 = 7;
    /// `(flat)`: a Map of such entries.
    pub const MAP: u32 = 8;
    /// `BigInt(text)`.
    pub const BIGINT: u32 = 9;
    /// `globalThis`.
    pub const GLOBAL: u32 = 10;
    /// A thrown value's text: "Name: message" for an `Error`, else `String(value)`.
    pub const ERROR_TEXT: u32 = 11;
    /// `(obj, name)`: `[obj[name]]`, or undefined when obj has no such property.
    pub const GET_ATTR: u32 = 12;
    /// `(obj, name, value)`: `obj[name] = value`.
    pub const SET_ATTR: u32 = 13;
    /// `(f, this, args)`: `[f.apply(this, args)]`, or undefined when f is not a function.
    pub const CALL: u32 = 14;
    /// `(class, args)`: `[new class(...args)]`, or undefined when class is not a function.
    pub const NEW: u32 = 15;
    /// `(obj, key)`: as GET_ATTR, and for a Map its entry.
    pub const GET_ITEM: u32 = 16;
    /// `(obj, key, value)`: as SET_ATTR, and for a Map its entry.
    pub const SET_ITEM: u32 = 17;
    /// The first number of `obj.length` and `obj.size`, else undefined.
    pub const LEN: u32 = 18;
    /// `[obj[Symbol.iterator]()]`, or undefined when obj is not iterable.
    pub const ITER: u32 = 19;
    /// `[value]` of the iterator's next step, or undefined when it is done.
    pub const NEXT: u32 = 20;
    /// Whether `obj.then` is a function.
    pub const THENABLE: u32 = 21;
    /// `(a, b)`: `Object.is(a, b)`.
    pub const IS: u32 = 22;
}

#[wasm_bindgen]
extern "C" {
    pub type Array;
    #[wasm_bindgen(constructor, js_class = "Array")]
    pub fn new() -> Array;
    #[wasm_bindgen(method, indexing_getter)]
    pub fn get(this: &Array, index: u32) -> JsValue;
    #[wasm_bindgen(method, getter)]
    pub fn length(this: &Array) -> u32;
    #[wasm_bindgen(method, js_name = push)]
    fn push_ref(this: &Array, value: &JsValue);

    pub type Object;
    #[wasm_bindgen(constructor, js_class = "Object")]
    pub fn new() -> Object;
    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    fn reflect_set(target: &JsValue, key: &JsValue, value: &JsValue) -> Result<(), JsValue>;

    /// A `Uint8Array` copy of `data`.
    #[wasm_bindgen(js_namespace = Uint8Array, js_name = from)]
    pub fn bytes_to_js(data: &[u8]) -> JsValue;
    #[wasm_bindgen(js_namespace = Uint8Array, js_name = from, catch)]
    fn js_to_bytes(value: &JsValue) -> Result<Vec<u8>, JsValue>;

    type Function;
    #[wasm_bindgen(method, catch, js_name = call)]
    fn call4(
        this: &Function,
        this_arg: &JsValue,
        a: &JsValue,
        b: &JsValue,
        c: &JsValue,
        d: &JsValue,
    ) -> Result<JsValue, JsValue>;
}

impl Array {
    /// `array.push(value)`; taking `value` keeps its drop out of the callers.
    pub fn push(&self, value: JsValue) {
        self.push_ref(&value);
    }
}

/// `obj[key] = value` (what a setter throws is dropped).
pub fn set(obj: &JsValue, key: &JsValue, value: &JsValue) {
    let _ = reflect_set(obj, key, value);
}

/// The bytes of a `Uint8Array` (empty for what `Uint8Array.from` refuses).
pub fn bytes(value: &JsValue) -> Vec<u8> {
    js_to_bytes(value).unwrap_or_default()
}

/// An `Array` of the strings `items`.
pub fn strings(items: &[String]) -> Array {
    let array = Array::new();
    for s in items {
        array.push(JsValue::from_str(s));
    }
    array
}

pub struct Bridge(Function);

/// The value inside a `[value]` answer, None for undefined.
pub fn found(answer: JsValue) -> Option<JsValue> {
    if answer.is_undefined() {
        return None;
    }
    Some(answer.unchecked_into::<Array>().get(0))
}

impl Bridge {
    pub fn from_js(f: JsValue) -> Option<Bridge> {
        f.is_function().then(|| Bridge(f.unchecked_into()))
    }

    /// The JS operation `code` on `a`, `b`, `c`; Err: what it threw.
    pub fn call(&self, code: u32, a: &JsValue, b: &JsValue, c: &JsValue) -> Result<JsValue, JsValue> {
        self.0.call4(&JsValue::UNDEFINED, &JsValue::from_f64(code as f64), a, b, c)
    }

    /// An operation with one argument, or none (undefined).
    pub fn call1(&self, code: u32, a: &JsValue) -> Result<JsValue, JsValue> {
        self.call(code, a, &JsValue::UNDEFINED, &JsValue::UNDEFINED)
    }

    /// A number the JS side answers (0 if it throws).
    pub fn number(&self, code: u32) -> f64 {
        self.call1(code, &JsValue::UNDEFINED).ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    }

    /// Program output; errors thrown by the user's callback are dropped (output must not fail the program).
    pub fn write(&self, stream: Stream, text: &str) {
        let which = JsValue::from_f64(if stream == Stream::Stdout { 1.0 } else { 2.0 });
        let _ = self.call(js::WRITE, &which, &JsValue::from_str(text), &JsValue::UNDEFINED);
    }

    pub fn random_seed(&self) -> u64 {
        let hi = (self.number(js::RANDOM) * 4294967296.0) as u64;
        let lo = (self.number(js::RANDOM) * 4294967296.0) as u64;
        (hi << 32) | lo
    }

    /// The text `js::STR` or `js::ERROR_TEXT` makes of `value` (they catch what `toString` throws).
    pub fn text(&self, code: u32, value: &JsValue) -> String {
        self.call1(code, value).ok().and_then(|s| s.as_string()).unwrap_or_default()
    }
}
