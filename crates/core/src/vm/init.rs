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

macro_rules! type_table {
    ($($field:ident),* $(,)?) => {
        /// The builtin types, created once per VM.
        pub struct Types { $(pub $field: ObjRef,)* }
        impl Types {
            pub fn trace(&self, out: &mut Vec<Value>) { $(out.push(Value::Obj(self.$field));)* }
        }
    };
}

type_table!(
    object,
    type_,
    none,
    not_implemented,
    ellipsis,
    bool_,
    int,
    float,
    str,
    bytes,
    bytearray,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    native_function,
    bound_method,
    module,
    cell,
    code,
    generator,
    coroutine,
    async_generator,
    iterator,
    property,
    staticmethod,
    classmethod,
    super_,
    dict_keys,
    dict_values,
    dict_items,
    memoryview,
);

macro_rules! exc_table {
    ($root:ident; $($field:ident = $name:literal : $base:ident),* $(,)?) => {
        /// The builtin exception classes.
        pub struct ExcTypes { pub $root: ObjRef, $(pub $field: ObjRef,)* }
        impl ExcTypes {
            pub fn trace(&self, out: &mut Vec<Value>) {
                out.push(Value::Obj(self.$root));
                $(out.push(Value::Obj(self.$field));)*
            }
            /// (name, class) of every builtin exception, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, ObjRef)> {
                vec![("BaseException", self.$root), $(($name, self.$field),)*]
            }
        }
        fn make_exceptions(vm_types: &mut Bootstrap) -> ExcTypes {
            let $root = vm_types.new_type("BaseException", &[vm_types.object], Layout::Exception);
            $(let $field = vm_types.new_type($name, &[$base], Layout::Exception);)*
            ExcTypes { $root, $($field,)* }
        }
    };
}

exc_table!(
    base_exception;
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

/// Creates types before the VM struct exists.
struct Bootstrap {
    heap: Heap,
    type_: ObjRef,
    object: ObjRef,
}

impl Bootstrap {
    fn new_type(&mut self, name: &str, bases: &[ObjRef], layout: Layout) -> ObjRef {
        let dict = self.heap.alloc(Obj::Dict(DictStore::new_type_dict()));
        let r = self.heap.alloc(Obj::Type(Box::new(Type {
            name: name.to_string(),
            qualname: name.to_string(),
            bases: bases.to_vec(),
            mro: Vec::new(),
            dict,
            constructor: None,
            layout,
            builtin: true,
            metaclass: None,
            lazy: Vec::new(),
        })));
        // Builtin hierarchies are single inheritance: the MRO is the chain of bases.
        let mut mro = vec![r];
        let mut cur = bases.first().copied();
        while let Some(b) = cur {
            mro.push(b);
            cur = match self.heap.get(b) {
                Obj::Type(t) => t.bases.first().copied(),
                _ => None,
            };
        }
        if let Obj::Type(t) = self.heap.get_mut(r) {
            t.mro = mro;
        }
        r
    }
}

pub fn create(host: Box<dyn Host>, config: Config) -> Vm {
    let mut heap = Heap::new(config.heap_size);
    // `object` and `type` refer to each other; create them with placeholders, then fix up.
    let odict = heap.alloc(Obj::Dict(DictStore::new_type_dict()));
    let object = heap.alloc(Obj::Type(Box::new(Type {
        name: "object".into(),
        qualname: "object".into(),
        bases: vec![],
        mro: vec![],
        dict: odict,
        constructor: None,
        layout: Layout::Object,
        builtin: true,
        metaclass: None,
        lazy: Vec::new(),
    })));
    if let Obj::Type(t) = heap.get_mut(object) {
        t.mro = vec![object];
    }
    let mut b = Bootstrap { heap, type_: object, object };
    let type_ = b.new_type("type", &[object], Layout::Builtin);
    b.type_ = type_;
    let o = object;
    let t = |b: &mut Bootstrap, name: &str| b.new_type(name, &[o], Layout::Builtin);
    let int = t(&mut b, "int");
    let bool_ = b.new_type("bool", &[int], Layout::Builtin);
    let types = Types {
        object,
        type_,
        none: t(&mut b, "NoneType"),
        not_implemented: t(&mut b, "NotImplementedType"),
        ellipsis: t(&mut b, "ellipsis"),
        bool_,
        int,
        float: t(&mut b, "float"),
        str: t(&mut b, "str"),
        bytes: t(&mut b, "bytes"),
        bytearray: t(&mut b, "bytearray"),
        list: t(&mut b, "list"),
        tuple: t(&mut b, "tuple"),
        dict: t(&mut b, "dict"),
        set: t(&mut b, "set"),
        frozenset: t(&mut b, "frozenset"),
        range: t(&mut b, "range"),
        slice: t(&mut b, "slice"),
        function: t(&mut b, "function"),
        native_function: t(&mut b, "builtin_function_or_method"),
        bound_method: t(&mut b, "bound_method"),
        module: t(&mut b, "module"),
        cell: t(&mut b, "cell"),
        code: t(&mut b, "code"),
        generator: t(&mut b, "generator"),
        coroutine: t(&mut b, "coroutine"),
        async_generator: t(&mut b, "async_generator"),
        iterator: t(&mut b, "iterator"),
        property: t(&mut b, "property"),
        staticmethod: t(&mut b, "staticmethod"),
        classmethod: t(&mut b, "classmethod"),
        super_: t(&mut b, "super"),
        dict_keys: t(&mut b, "dict_keys"),
        dict_values: t(&mut b, "dict_values"),
        dict_items: t(&mut b, "dict_items"),
        memoryview: t(&mut b, "memoryview"),
    };
    let exc = make_exceptions(&mut b);
    let mut heap = b.heap;
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
        interned: rustc_hash::FxHashMap::default(),
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
        let dict = self.heap.alloc(Obj::Dict(DictStore::new_type_dict()));
        let object = self.types.object;
        let r = self.heap.alloc(Obj::Type(Box::new(Type {
            name: name.to_string(),
            qualname: name.to_string(),
            bases: vec![object],
            mro: vec![],
            dict,
            constructor,
            layout: Layout::Native,
            builtin: true,
            metaclass: None,
            lazy: Vec::new(),
        })));
        if let Obj::Type(t) = self.heap.get_mut(r) {
            t.mro = vec![r, object];
        }
        r
    }

    /// A new builtin exception class deriving from `base` (for modules that define their own).
    pub fn new_exception_class(&mut self, name: &str, base: ObjRef) -> ObjRef {
        let dict = self.heap.alloc(Obj::Dict(DictStore::new_type_dict()));
        let mut mro = vec![];
        if let Obj::Type(t) = self.heap.get(base) {
            mro = t.mro.clone();
        }
        let r = self.heap.alloc(Obj::Type(Box::new(Type {
            name: name.to_string(),
            qualname: name.to_string(),
            bases: vec![base],
            mro: vec![],
            dict,
            constructor: None,
            layout: Layout::Exception,
            builtin: true,
            metaclass: None,
            lazy: Vec::new(),
        })));
        mro.insert(0, r);
        if let Obj::Type(t) = self.heap.get_mut(r) {
            t.mro = mro;
        }
        r
    }

    /// The interned string for `s`, if it was interned already (never allocates).
    pub fn interned_value(&self, s: &str) -> Option<Value> {
        self.interned.get(s).map(|r| Value::Obj(*r))
    }

    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(r) = self.interned.get(s) {
            return Value::Obj(*r);
        }
        let r = self.heap.alloc(Obj::Str(crate::objects::str::PyStr::new(s)));
        self.interned.insert(s.into(), r);
        Value::Obj(r)
    }
}
