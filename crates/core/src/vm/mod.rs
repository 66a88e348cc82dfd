//! The virtual machine: the heap, the builtin types, the module table, the frame stack and the public API that
//! hosts drive (`exec`, `run(budget)`, resume after a suspension, interrupt).
//!
//! Execution is stackless: Python-to-Python calls push a `Frame` on `frames` and the instruction loop
//! (`interp.rs`) picks up the new top frame, so deep Python recursion costs heap, not Rust stack. Native code
//! that must call back into Python (a `key=` function of `sorted`, `__eq__` during a dict lookup) runs a
//! nested loop instead, bounded by `MAX_NESTED_RUNS`.

pub mod alloc;
pub mod attr;
pub mod call;
pub mod code;
pub mod errors;
pub mod frame;
pub mod import;
pub mod init;
pub mod interp;
pub mod names;
pub mod ops;
pub mod repr;
pub mod run;

use crate::heap::Heap;
use crate::host::{Host, Stream};
use crate::objects::dict::{DictStore, Probe};
use crate::type_key::{self, HasKey, Keyed, TypeKey};
use crate::value::{ObjRef, Value};
use frame::Frame;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub use errors::PyErr;
pub type PyResult<T = Value> = Result<T, PyErr>;

/// Deepest nesting of native-to-Python calls (each uses Rust stack).
pub const MAX_NESTED_RUNS: usize = 48;
/// Deepest Python call stack.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Why `run` returned before the program finished.
#[derive(Debug, Clone, PartialEq)]
pub enum Suspend {
    /// `time.sleep`/`asyncio.sleep`: resume once the monotonic clock reaches this.
    Sleep { until_ns: u64 },
    /// `input()`: resume with the line typed (without its newline) via `resume_input`.
    Input { prompt: String },
    /// Waiting on a host future (a JS promise); resume with `resume_value`/`resume_error`.
    HostWait { token: u64 },
}

#[derive(Debug)]
pub enum RunOutcome {
    /// The program (or the code given to `start`) finished with this value.
    Complete(Value),
    /// An exception escaped; format it with `format_exception`.
    Error(PyErr),
    /// The budget ran out; call `run` again to continue.
    Yielded,
    Suspended(Suspend),
}

/// Something a native function asks the VM to do on its behalf once it returns.
pub enum Request {
    Suspend(Suspend),
    /// Call this; its result (through `check`, if any) becomes the native's result.
    Call {
        func: Value,
        args: Vec<Value>,
        check: Option<ResultCheck>,
    },
    /// Resume a generator with a value (or throw an exception into it); what it yields becomes the
    /// native's result and its return raises StopIteration.
    Resume {
        gen: ObjRef,
        value: Value,
        throw: bool,
    },
    /// `exec`/`eval`: run this code in these namespaces (globals, locals) as a frame of the VM loop, not a
    /// nested run, so that the collector keeps running while it loops; `eval` true: its result is the
    /// native's, else the native's None stays.
    Run(std::rc::Rc<code::Code>, ObjRef, ObjRef, bool),
    /// `gc.collect()`: collect now if this is the outermost run loop (no native code holds values).
    Collect,
    /// Fold a generator's items into `slots` (`sum(gen)`, `list(gen)`): see `builtins::Drive`.
    Drive {
        gen: ObjRef,
        drive: crate::builtins::Drive,
        slots: crate::builtins::DriveSlots,
    },
}

pub struct Config {
    pub heap_size: usize,
    pub recursion_limit: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { heap_size: 192 * 1024, recursion_limit: DEFAULT_RECURSION_LIMIT }
    }
}

/// What a special method's answer goes through before the VM uses it (`__len__` must give an int >= 0): the
/// value to use, or the error to raise in the caller.
pub type ResultCheck = fn(&mut Vm, Value) -> PyResult<Value>;

/// A module implemented in Rust: builds the module's namespace on first import.
pub type NativeModuleInit = fn(&mut Vm, ObjRef) -> PyResult<()>;

pub struct Vm {
    pub heap: Heap,
    pub types: init::Types,
    pub exc: init::ExcTypes,
    /// Special-method names interned at start-up for the hot paths.
    pub names: names::Names,
    pub host: Box<dyn Host>,
    /// Interned strings: identifiers and attribute names share one object each. The value is the object's heap
    /// index, so this is a `StrMap`, as the compiler's name tables are.
    interned: crate::strmap::StrMap,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The `__main__` module's dict.
    pub main_globals: ObjRef,
    /// The Python call stack. Boxed on purpose: suspending and resuming a generator moves its frame between
    /// here and the generator object, and a pointer is cheaper to move than a frame.
    #[allow(clippy::vec_box)]
    pub frames: Vec<Box<Frame>>,
    pub recursion_limit: usize,
    nested_runs: usize,
    /// Set when `check_nested_entry` raised MemoryError for garbage left by nested runs; cleared by the next
    /// collection, so the program's handler can run meanwhile.
    nested_garbage_reported: bool,
    /// Nesting of native recursion (repr of nested lists, deep equality), bounded like calls.
    pub native_depth: usize,
    pub request: Option<Request>,
    interrupt: Arc<AtomicBool>,
    /// Native modules by name (a few dozen, looked up only by `import`).
    native_modules: Vec<(&'static str, NativeModuleInit)>,
    /// The namespace of `builtins/drive.py` once a builtin first needed it.
    pub(crate) drive_globals: Option<ObjRef>,
    /// Python-source modules compiled into the binary.
    frozen_modules: Vec<(&'static str, &'static str)>,
    /// Values held by the host (JS proxies, the REPL's state), kept alive across collections: keyed by their
    /// handle as an int in the dicts' own store, rather than in a hash map whose code the WebAssembly build
    /// would carry only for this.
    pinned: DictStore,
    next_pin: u64,
    /// A handful of entries: a list searched by a non-generic function keeps each `extension::<T>()` small.
    extensions: Vec<(TypeKey, Box<dyn HasKey>)>,
    /// Singletons.
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// Preallocated so that running out of memory can always be reported.
    pub memory_error: Value,
    /// Instructions run since the VM started (for budgets and the virtual clock).
    pub instructions: u64,
    /// An exception to raise in the generator frame just resumed by `throw()`.
    pub(crate) pending_throw: Option<Value>,
    /// The exception being raised is a re-raise: don't add the current frame to its traceback again.
    pub(crate) reraising: bool,
    pub(crate) mro_cache: attr::MroCache,
    /// Finished frames, reused by the next calls (kept boxed: they go back onto `frames` as they are).
    #[allow(clippy::vec_box)]
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Containers whose repr is being built (to print `[...]` for a cycle).
    pub(crate) repr_active: Vec<ObjRef>,
    /// `sys.argv` and the like set by the host before running.
    pub argv: Vec<String>,
}

impl Vm {
    pub fn new(host: Box<dyn Host>, config: Config) -> Vm {
        init::create(host, config)
    }

    /// The flag a host sets (from a signal handler, a key press or JS) to raise KeyboardInterrupt.
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    pub fn interrupt(&self) {
        self.interrupt.store(true, Ordering::Relaxed);
    }

    pub(crate) fn take_interrupt(&self) -> bool {
        self.interrupt.swap(false, Ordering::Relaxed)
    }

    pub fn write(&mut self, stream: Stream, text: &str) {
        self.host.write(stream, text);
    }

    /// Keep `v` alive until `unpin`; returns a handle for the host.
    pub fn pin(&mut self, v: Value) -> u64 {
        self.next_pin += 1;
        self.pinned.insert_new(self.next_pin, Value::Int(self.next_pin as i64), v);
        self.next_pin
    }

    /// Where `handle` is in `pinned` (the handle is its own hash there).
    fn pin_index(&self, handle: u64) -> Option<usize> {
        match self.pinned.probe(&self.heap, handle, Value::Int(handle as i64)) {
            Probe::Found(i) => Some(i),
            _ => None,
        }
    }

    pub fn pinned(&self, handle: u64) -> Option<Value> {
        self.pin_index(handle).and_then(|i| self.pinned.entry(i)).map(|e| e.value)
    }

    pub fn unpin(&mut self, handle: u64) {
        if let Some(i) = self.pin_index(handle) {
            self.pinned.remove_at(i);
        }
    }

    /// State that a host-side extension (the virtual board) keeps in the VM.
    pub fn set_extension<T: Keyed>(&mut self, value: T) {
        self.set_extension_boxed(T::KEY, Box::new(value));
    }

    /// The body of `set_extension`, not generic: made once, not once per extension type.
    fn set_extension_boxed(&mut self, id: TypeKey, value: Box<dyn HasKey>) {
        match self.extension_index(id) {
            Some(i) => self.extensions[i].1 = value,
            None => self.extensions.push((id, value)),
        }
    }

    pub fn extension<T: Keyed>(&self) -> Option<&T> {
        let i = self.extension_index(T::KEY)?;
        type_key::downcast_ref(&*self.extensions[i].1)
    }

    pub fn extension_mut<T: Keyed>(&mut self) -> Option<&mut T> {
        let i = self.extension_index(T::KEY)?;
        type_key::downcast_mut(&mut *self.extensions[i].1)
    }

    fn extension_index(&self, id: TypeKey) -> Option<usize> {
        self.extensions.iter().position(|(t, _)| *t == id)
    }

    /// Make `import name` run `init` (replacing an earlier registration of the same name).
    pub fn register_native_module(&mut self, name: &'static str, init: NativeModuleInit) {
        set_by_name(&mut self.native_modules, name, init);
    }

    /// The names `import` finds without a file: native and frozen modules (`help("modules")`).
    pub(crate) fn builtin_module_names(&self) -> Vec<&'static str> {
        let native = self.native_modules.iter().map(|(n, _)| *n);
        native.chain(self.frozen_modules.iter().map(|(n, _)| *n)).collect()
    }

    pub fn native_module(&self, name: &str) -> Option<NativeModuleInit> {
        find_by_name(&self.native_modules, name)
    }

    pub fn register_frozen_module(&mut self, name: &'static str, source: &'static str) {
        set_by_name(&mut self.frozen_modules, name, source);
    }

    pub(crate) fn frozen_module(&self, name: &str) -> Option<&'static str> {
        find_by_name(&self.frozen_modules, name)
    }

    /// Run a collection now (only valid at a safepoint: no native code holding unrooted values).
    pub fn collect_garbage(&mut self) -> usize {
        self.collect_garbage_with(&[])
    }

    /// A collection that also keeps `held` (values the VM loop has popped and still holds).
    pub(crate) fn collect_garbage_with(&mut self, held: &[Value]) -> usize {
        let mut roots: Vec<Value> = Vec::with_capacity(1024);
        roots.extend_from_slice(held);
        for f in &self.frames {
            f.trace(&mut roots);
        }
        // Plain loops: each `extend` of an adapted iterator is one more instantiation of the extending code.
        for i in self.interned.values() {
            roots.push(Value::Obj(ObjRef(i.into())));
        }
        self.pinned.trace(&mut roots);
        roots.push(Value::Obj(self.builtins));
        roots.push(Value::Obj(self.modules));
        roots.push(Value::Obj(self.main_globals));
        roots.extend_from_slice(&[self.not_implemented, self.ellipsis, self.empty_tuple, self.memory_error]);
        if let Some(v) = self.pending_throw {
            roots.push(v);
        }
        if let Some(g) = self.drive_globals {
            roots.push(Value::Obj(g));
        }
        self.types.trace(&mut roots);
        self.exc.trace(&mut roots);
        match &self.request {
            Some(Request::Call { func, args, .. }) => {
                roots.push(*func);
                roots.extend_from_slice(args);
            }
            Some(Request::Drive { gen, slots, .. }) => {
                roots.push(Value::Obj(*gen));
                roots.extend_from_slice(slots);
            }
            _ => {}
        }
        let freed = self.heap.collect(&roots);
        self.nested_garbage_reported = false;
        self.mro_cache.clear();
        freed
    }
}

/// Set `name`'s entry in a short list of named entries (the module tables), replacing an earlier one.
fn set_by_name<T>(list: &mut Vec<(&'static str, T)>, name: &'static str, value: T) {
    match list.iter_mut().find(|(n, _)| *n == name) {
        Some(entry) => entry.1 = value,
        None => list.push((name, value)),
    }
}

fn find_by_name<T: Copy>(list: &[(&'static str, T)], name: &str) -> Option<T> {
    list.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}
