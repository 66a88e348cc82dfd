//! The JS functions the bindings call, handed over once by `index.mjs` when an interpreter is created:
//! output, the clock, and the JS half of Python-object proxies (which live in `index.mjs`).

use circuitpython_core::Stream;
use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub struct Bridge {
    write: Function,
    now: Function,
    make_py_proxy: Function,
    handle_of: Function,
    to_string: Function,
}

fn function(obj: &JsValue, name: &str) -> Result<Function, String> {
    Reflect::get(obj, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| format!("the bridge object needs a function '{name}'"))
}

impl Bridge {
    pub fn from_js(obj: &JsValue) -> Result<Bridge, String> {
        Ok(Bridge {
            write: function(obj, "write")?,
            now: function(obj, "now")?,
            make_py_proxy: function(obj, "makePyProxy")?,
            handle_of: function(obj, "handleOf")?,
            to_string: function(obj, "str")?,
        })
    }

    /// Program output; errors thrown by the user's callback are dropped (output must not fail the program).
    pub fn write(&self, stream: Stream, text: &str) {
        let which = JsValue::from_f64(if stream == Stream::Stdout { 1.0 } else { 2.0 });
        let _ = self.write.call2(&JsValue::UNDEFINED, &which, &JsValue::from_str(text));
    }

    /// `now()`: milliseconds on the JS side's monotonic clock (`performance.now()`, or `process.hrtime` in Node).
    pub fn now_ms(&self) -> f64 {
        self.now.call0(&JsValue::UNDEFINED).ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    }

    pub fn date_now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    pub fn random_seed(&self) -> u64 {
        let hi = (js_sys::Math::random() * 4294967296.0) as u64;
        let lo = (js_sys::Math::random() * 4294967296.0) as u64;
        (hi << 32) | lo
    }

    /// The JS proxy for a pinned Python object.
    pub fn make_py_proxy(&self, handle: u64, callable: bool, type_name: &str) -> Result<JsValue, JsValue> {
        self.make_py_proxy.call3(
            &JsValue::UNDEFINED,
            &JsValue::from_f64(handle as f64),
            &JsValue::from_bool(callable),
            &JsValue::from_str(type_name),
        )
    }

    /// `String(value)`, never failing (the JS side catches what `toString` throws).
    pub fn to_string(&self, value: &JsValue) -> String {
        self.to_string.call1(&JsValue::UNDEFINED, value).ok().and_then(|s| s.as_string()).unwrap_or_default()
    }

    /// The pin handle behind a JS proxy of a Python object of this interpreter, if `value` is one.
    pub fn handle_of(&self, value: &JsValue) -> Option<u64> {
        let h = self.handle_of.call1(&JsValue::UNDEFINED, value).ok()?.as_f64()?;
        (h >= 1.0).then_some(h as u64)
    }
}
