//! Building a fresh VM: the builtin types (bootstrapping `type` and `object`), the exception hierarchy, the
//! singletons, `builtins`, `sys.modules` and `__main__`.

use super::{Config, Vm};
use crate::heap::{Heap, Obj};
use crate::host::Host;
use crate::objects::dict::DictStore;
use crate::objects::function::NativeFn;
use crate::objects::instance::{Instance, Payload};
use crate::objects::typeobj::{Layout, LazyNatives, Type};
use crate::value::{ObjRef, Value};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// A struct of builtin classes, one field each, made from a table in which each class names its base (its own
/// field for the table's root, whose base is given at creation). The classes are made by one loop over the
/// table rather than one call per class, as this runs at every start.
macro_rules! class_table {
    ($(#[$doc:meta])* $ty:ident, $idx:ident, $table:ident; $($field:ident = $name:literal : $base:ident),* $(,)?) => {
        #[allow(non_camel_case_types, dead_code)]
        enum $idx { $($field),* }
        /// Each class's name and the index of its base in the table.
        const $table: &[(&str, u8)] = &[$(($name, $idx::$base as u8)),*];
        $(#[$doc])*
        pub struct $ty { $(pub $field: ObjRef,)* }
        impl $ty {
            fn new(heap: &mut Heap, root_base: Option<ObjRef>, layout: Layout) -> Self {
                let mut refs = [ObjRef(0); $table.len()];
                new_types(heap, $table, root_base, layout, &mut refs);
                let [$($field),*] = refs;
                $ty { $($field),* }
            }
            fn refs(&self) -> [ObjRef; $table.len()] {
                [$(self.$field),*]
            }
            pub fn trace(&self, out: &mut Vec<Value>) {
                for r in self.refs() {
                    out.push(Value::Obj(r));
                }
            }
        }
    };
}

// In creation order: a base comes before the classes deriving from it.
class_table!(
    /// The builtin types, created once per VM.
    Types, TypeIdx, TYPES;
    object = "object": object,
    type_ = "type": object,
    int = "int": object,
    bool_ = "bool": int,
    none = "NoneType": object,
    not_implemented = "NotImplementedType": object,
    ellipsis = "ellipsis": object,
    float = "float": object,
    str = "str": object,
    bytes = "bytes": object,
    bytearray = "bytearray": object,
    list = "list": object,
    tuple = "tuple": object,
    dict = "dict": object,
    set = "set": object,
    frozenset = "frozenset": object,
    range = "range": object,
    slice = "slice": object,
    function = "function": object,
    native_function = "builtin_function_or_method": object,
    bound_method = "bound_method": object,
    module = "module": object,
    cell = "cell": object,
    code = "code": object,
    generator = "generator": object,
    coroutine = "coroutine": object,
    async_generator = "async_generator": object,
    iterator = "iterator": object,
    property = "property": object,
    staticmethod = "staticmethod": object,
    classmethod = "classmethod": object,
    super_ = "super": object,
    dict_keys = "dict_keys": object,
    dict_values = "dict_values": object,
    dict_items = "dict_items": object,
    memoryview = "memoryview": object,
);

class_table!(
    /// The builtin exception classes.
    ExcTypes, ExcIdx, EXCEPTIONS;
    base_exception = "BaseException": base_exception,
    system_exit = "SystemExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    exception = "Exception": base_exception,
    stop_iteration = "StopIteration": exception,
    stop_async_iteration = "StopAsyncIteration": exception,
    arithmetic_error = "ArithmeticError": exception,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    timeout_error = "TimeoutError": os_error,
    connection_error = "ConnectionError": os_error,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    reload_exception = "ReloadException": base_exception,
);

impl ExcTypes {
    /// (name, class) of every builtin exception, for the builtins module.
    pub fn all(&self) -> Vec<(&'static str, ObjRef)> {
        let mut out = Vec::with_capacity(EXCEPTIONS.len());
        for (&(name, _), r) in EXCEPTIONS.iter().zip(self.refs()) {
            out.push((name, r));
        }
        out
    }
}

/// Make a table's classes into `out` (before the VM struct exists). The root (its own base in the table)
/// derives from `root_base`, or is `object` itself when there is none.
fn new_types(heap: &mut Heap, table: &[(&str, u8)], root_base: Option<ObjRef>, layout: Layout, out: &mut [ObjRef]) {
    for (i, &(name, base)) in table.iter().enumerate() {
        let (base, layout) = match (usize::from(base) == i, root_base) {
            (false, _) => (Some(out[usize::from(base)]), layout),
            (true, Some(b)) => (Some(b), layout),
            (true, None) => (None, Layout::Object),
        };
        out[i] = new_class(heap, name, base, layout, None);
    }
}

/// A new builtin class deriving from `base` (single inheritance, so its MRO is itself then its base's).
fn new_class(
    heap: &mut Heap,
    name: &str,
    base: Option<ObjRef>,
    layout: Layout,
    constructor: Option<NativeFn>,
) -> ObjRef {
    let dict = heap.alloc(Obj::Dict(DictStore::new_type_dict()));
    let r = heap.alloc(Obj::Type(Box::new(Type {
        name: name.to_string(),
        qualname: name.to_string(),
        bases: base.map_or_else(Vec::new, |b| vec![b]),
        mro: Vec::new(),
        dict,
        constructor,
        layout,
        builtin: true,
        metaclass: None,
        lazy: Vec::new(),
    })));
    let mut mro = vec![r];
    if let Some(Obj::Type(t)) = base.map(|b| heap.get(b)) {
        mro.extend_from_slice(&t.mro);
    }
    if let Obj::Type(t) = heap.get_mut(r) {
        t.mro = mro;
    }
    r
}

pub fn create(host: Box<dyn Host>, config: Config) -> Vm {
    let mut heap = Heap::new(config.heap_size);
    let types = Types::new(&mut heap, None, Layout::Builtin);
    let exc = ExcTypes::new(&mut heap, Some(types.object), Layout::Exception);
    let mk_instance = |heap: &mut Heap, class: ObjRef| {
        Value::Obj(heap.alloc(Obj::Instance(Instance { class, dict: None, payload: Payload::None })))
    };
    let not_implemented = mk_instance(&mut heap, types.not_implemented);
    let ellipsis = mk_instance(&mut heap, types.ellipsis);
    let empty_tuple = Value::Obj(heap.alloc(Obj::Tuple(Vec::new())));
    let builtins = heap.alloc(Obj::Dict(DictStore::new()));
    let modules = heap.alloc(Obj::Dict(DictStore::new()));
    let main_globals = heap.alloc(Obj::Dict(DictStore::new()));
    let mut vm = Vm {
        heap,
        types,
        exc,
        names: super::names::Names::unset(),
        host,
        interned: Default::default(),
        builtins,
        modules,
        main_globals,
        frames: Vec::new(),
        recursion_limit: config.recursion_limit,
        nested_runs: 0,
        nested_garbage_reported: false,
        native_depth: 0,
        request: None,
        interrupt: Arc::new(AtomicBool::new(false)),
        native_modules: Vec::new(),
        drive_globals: None,
        frozen_modules: Vec::new(),
        pinned: Default::default(),
        next_pin: 0,
        extensions: Vec::new(),
        not_implemented,
        ellipsis,
        empty_tuple,
        memory_error: Value::None,
        instructions: 0,
        pending_throw: None,
        reraising: false,
        repr_active: Vec::new(),
        mro_cache: super::attr::MroCache::new(),
        frame_pool: Vec::new(),
        argv: Vec::new(),
    };
    vm.names = super::names::Names::intern_all(&mut vm);
    vm.memory_error = vm.new_exception_value(vm.exc.memory_error, vec![]);
    crate::objects::register_all(&mut vm);
    crate::builtins::register(&mut vm);
    crate::modules::register_all(&mut vm);
    let name = vm.intern("__name__");
    let main = vm.new_str("__main__");
    let _ = vm.dict_set(main_globals, name, main);
    vm
}

impl Vm {
    /// Declare native functions as methods (`NativeKind::Method`) of a type (made on its first lookup).
    pub fn add_methods(&mut self, ty: ObjRef, methods: &'static [(&'static str, NativeFn)]) {
        self.add_natives(ty, crate::objects::function::NativeKind::Method, methods);
    }

    /// Declare native functions of an explicit kind in a type's namespace (made on its first lookup).
    pub fn add_natives(
        &mut self,
        ty: ObjRef,
        kind: crate::objects::function::NativeKind,
        fns: &'static [(&'static str, NativeFn)],
    ) {
        self.declare_lazy(ty, LazyNatives::Table(fns, kind));
    }

    pub fn declare_lazy(&mut self, ty: ObjRef, natives: LazyNatives) {
        if let Obj::Type(t) = self.heap.get_mut(ty) {
            t.lazy.push(natives);
            // Lookups cached before this declaration must look again (the epoch is what the caches check).
            crate::objects::dict::bump_type_dict_epoch();
        }
    }

    /// A type's namespace, with the natives it declared put in first (in declaration order, each overriding
    /// what came before, as if they had been stored one after the other). Every reader of a type's dict goes
    /// through here.
    pub fn type_dict(&mut self, ty: ObjRef) -> ObjRef {
        let (dict, lazy) = match self.heap.get_mut(ty) {
            Obj::Type(t) if t.lazy.is_empty() => return t.dict,
            Obj::Type(t) => (t.dict, std::mem::take(&mut t.lazy)),
            _ => panic!("type_dict on a non-type"),
        };
        for natives in lazy {
            match natives {
                LazyNatives::Table(fns, kind) => {
                    for (name, f) in fns {
                        let m = self.new_native(name, *f, kind);
                        let k = self.intern(name);
                        let _ = self.dict_set(dict, k, m);
                    }
                }
                LazyNatives::Dunders => crate::objects::dunders::fill_missing(self, ty, dict),
            }
        }
        dict
    }

    pub fn type_dict_set(&mut self, ty: ObjRef, name: &str, v: Value) {
        if !matches!(self.heap.get(ty), Obj::Type(_)) {
            return;
        }
        let dict = self.type_dict(ty);
        let k = self.intern(name);
        let _ = self.dict_set(dict, k, v);
    }

    pub fn set_constructor(&mut self, ty: ObjRef, f: NativeFn) {
        if let Obj::Type(t) = self.heap.get_mut(ty) {
            t.constructor = Some(f);
        }
    }

    /// A new builtin (native) class, e.g. `digitalio.DigitalInOut`, whose instances carry Rust state.
    pub fn new_native_class(&mut self, name: &str, constructor: Option<NativeFn>) -> ObjRef {
        new_class(&mut self.heap, name, Some(self.types.object), Layout::Native, constructor)
    }

    /// A new builtin exception class deriving from `base` (for modules that define their own).
    pub fn new_exception_class(&mut self, name: &str, base: ObjRef) -> ObjRef {
        new_class(&mut self.heap, name, Some(base), Layout::Exception, None)
    }

    /// The interned string for `s`, if it was interned already (never allocates).
    pub fn interned_value(&self, s: &str) -> Option<Value> {
        self.interned.get(s).map(|i| Value::Obj(ObjRef(i.into())))
    }

    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned_value(s) {
            return v;
        }
        let r = self.heap.alloc(Obj::Str(crate::objects::str::PyStr::new(s)));
        self.interned.insert(s, r.index());
        Value::Obj(r)
    }
}
