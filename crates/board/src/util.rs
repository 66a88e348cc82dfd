//! Helpers shared by the hardware modules: reaching the board state from native code, argument parsing,
//! native classes with properties, pin arguments and claims, and CircuitPython's common errors.

use crate::state::BoardState;
use crate::BoardHandle;
use circuitpython_core::heap::Obj;
use circuitpython_core::objects::function::{Kwargs, NativeFn, NativeFunction, NativeKind};
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyErr, PyResult, Value, Vm};
use std::cell::RefCell;

/// The shared board state, borrowed from the VM: no reference count to raise and drop at each of the many
/// uses (one that must use the VM mutably while it holds the state clones `BoardHandle::state` instead).
pub fn board(vm: &Vm) -> &RefCell<BoardState> {
    &vm.extension::<BoardHandle>().expect("circuitpython_board::install was called").state
}

/// The board clock, synchronised with the host first (under real time the host moves it).
pub fn now_ns(vm: &mut Vm) -> u64 {
    let host_now = vm.host.monotonic_ns();
    let mut b = board(vm).borrow_mut();
    b.advance_to(host_now);
    b.now_ns()
}

/// Core's, so the module has one copy of each.
pub use circuitpython_core::modules::util::{add_functions, kwarg};

/// Argument `index` (counting from the first after self/class) given positionally or by keyword.
pub fn arg(vm: &Vm, args: &[Value], kw: Kwargs, index: usize, name: &str) -> Option<Value> {
    args.get(index + 1).copied().or_else(|| kwarg(vm, kw, name))
}

/// A required argument, or CircuitPython's message for a missing one.
pub fn required(vm: &Vm, args: &[Value], kw: Kwargs, index: usize, name: &str) -> PyResult<Value> {
    arg(vm, args, kw, index, name).ok_or_else(|| vm.type_error_msg(format!("'{name}' argument required")))
}

/// A required Pin argument (`required`, then `pin_arg` naming it).
pub fn pin_param(vm: &Vm, args: &[Value], kw: Kwargs, index: usize, name: &str) -> PyResult<PinObj> {
    let v = required(vm, args, kw, index, name)?;
    pin_arg(vm, v, name)
}

/// The class a constructor is called with.
pub fn class_arg(vm: &Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(class)) => Ok(*class),
        _ => Err(vm.type_error_msg("bad class")),
    }
}

/// An int argument within `lo..=hi`, with CircuitPython's `%q must be %d-%d` message.
pub fn int_in_range(vm: &Vm, v: Value, lo: i64, hi: i64, name: &str) -> PyResult<i64> {
    let i = vm.expect_index(v)?;
    if i < lo || i > hi {
        return Err(vm.value_error(format!("{name} must be {lo}-{hi}")));
    }
    Ok(i)
}

/// A copy of a buffer argument's bytes (bytes, bytearray, ...), or the error for anything else.
pub fn buffer_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    vm.as_bytes(v).map(<[u8]>::to_vec).ok_or_else(|| buffer_error(vm))
}

pub fn buffer_error(vm: &Vm) -> PyErr {
    vm.type_error_msg("object with buffer protocol required")
}

pub fn deinited_error(vm: &Vm) -> PyErr {
    vm.value_error("Object has been deinitialized")
}

/// A new native class stored in a module's namespace.
pub fn add_class(
    vm: &mut Vm,
    module: ObjRef,
    name: &str,
    constructor: Option<NativeFn>,
    methods: &'static [(&'static str, NativeFn)],
) -> ObjRef {
    let class = vm.new_native_class(name, constructor);
    vm.add_methods(class, methods);
    vm.dict_set_str(module, name, Value::Obj(class));
    class
}

/// A property implemented by native getter/setter functions (each gets the instance as `args[0]`).
pub fn add_property(vm: &mut Vm, class: ObjRef, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let fget = vm.new_native(name, get, NativeKind::Function);
    let fset = match set {
        Some(f) => vm.new_native(name, f, NativeKind::Function),
        None => Value::None,
    };
    let prop = vm.alloc(Obj::Property { fget, fset, fdel: Value::None, doc: Value::None });
    vm.type_dict_set(class, name, Value::Obj(prop));
}

/// The properties of a native class, served by one function `f` (per module) instead of one per accessor:
/// reading the property at position `i` of `props` calls `f` with `[Int(2 * (first + i)), instance]`, writing
/// it (when listed as writable) with `[Int(2 * (first + i) + 1), instance, value]`; `property_args` takes
/// those apart.
pub fn add_properties(vm: &mut Vm, class: ObjRef, f: NativeFn, first: i64, props: &[(&'static str, bool)]) {
    let mut code = 2 * first;
    for &(name, writable) in props {
        let fget = vm.new_native_bound(name, f, Value::Int(code));
        let fset = if writable { vm.new_native_bound(name, f, Value::Int(code + 1)) } else { Value::None };
        let prop = vm.alloc(Obj::Property { fget, fset, fdel: Value::None, doc: Value::None });
        vm.type_dict_set(class, name, Value::Obj(prop));
        code += 2;
    }
}

/// A property function's arguments (see `add_properties`): the code, the instance and the value written
/// (`None` for what a direct call of `fget`/`fset` left out).
pub fn property_args(args: &[Value]) -> (i64, Value, Value) {
    let at = |i: usize| args.get(i).copied().unwrap_or(Value::None);
    (if let Value::Int(code) = at(0) { code } else { -1 }, at(1), at(2))
}

/// The methods of a native class, served by one function `f` (per module) instead of one each: calling
/// `names[i]` calls `f` with `[Int(first + i), self, args...]` (`method_args` takes that apart). They are made
/// now rather than on first lookup (the class's properties make its namespace at once anyway).
pub fn add_bound_methods(vm: &mut Vm, class: ObjRef, f: NativeFn, first: usize, names: &[&'static str]) {
    for (i, &name) in names.iter().enumerate() {
        let bound = Some(Value::Int((first + i) as i64));
        let m = vm.alloc(Obj::Native(NativeFunction { name, f, kind: NativeKind::Method, bound }));
        vm.type_dict_set(class, name, Value::Obj(m));
    }
}

/// A bound method's code and its arguments from `self` on (see `add_bound_methods`; `names` are all the
/// module's, by code), or the error for one called unbound without any.
pub fn method_args<'a>(vm: &Vm, args: &'a [Value], names: &[&str]) -> PyResult<(usize, &'a [Value])> {
    let i = if let Some(Value::Int(i)) = args.first() { *i as usize } else { 0 };
    match args.get(1..) {
        Some(rest) if !rest.is_empty() => Ok((i, rest)),
        _ => Err(vm.type_error_msg(format!("unbound method {}() needs an argument", names[i]))),
    }
}

/// `with obj:` support for classes whose `__exit__` deinitialises.
pub fn add_context_manager(vm: &mut Vm, class: ObjRef) {
    vm.add_methods(class, &[("__enter__", enter_self), ("__exit__", exit_deinit)]);
}

fn enter_self(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args[0])
}

fn exit_deinit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let deinit = vm.getattr_str(args[0], "deinit")?;
    vm.call(deinit, &[])?;
    Ok(Value::None)
}

/// A class of a module, importing the module if needed (classes live in their module's namespace).
pub fn class_of(vm: &mut Vm, module: &str, name: &str) -> PyResult<ObjRef> {
    let m = vm.import_one(module)?;
    match vm.getattr_str(m, name)? {
        Value::Obj(r) => Ok(r),
        _ => Err(vm.runtime_error(format!("{module}.{name} missing"))),
    }
}

/// A `microcontroller.Pin`: the MCU pin and the board name it was reached by (traces use that name; a name
/// of the board definition, so copying a pin copies no text).
#[derive(Clone, Copy, Debug)]
pub struct PinObj {
    pub index: usize,
    pub name: &'static str,
}
circuitpython_core::keyed_type!(PinObj);
impl NativeState for PinObj {}

/// The pin an argument names; `TypeError` for anything but a Pin (None is refused too).
pub fn pin_arg(vm: &Vm, v: Value, what: &str) -> PyResult<PinObj> {
    vm.native_state::<PinObj>(v)
        .cloned()
        .ok_or_else(|| vm.type_error_msg(format!("{what} must be of type Pin, not {}", vm.type_name(v))))
}

/// Claim a pin for an object, or `ValueError: GP25 in use` with the name CircuitPython prints.
pub fn claim(vm: &Vm, pin: &PinObj) -> PyResult<()> {
    let mut b = board(vm).borrow_mut();
    if b.pins[pin.index].claimed {
        return Err(vm.value_error(format!("{} in use", b.def.pins[pin.index].display_name)));
    }
    b.pins[pin.index].claimed = true;
    Ok(())
}

/// Claim every pin, or none: a pin already in use (another object's, or one given twice) releases those
/// claimed before it and raises its "in use". The pins' indices, for the object to release them by.
pub fn claim_all(vm: &Vm, pins: &[PinObj]) -> PyResult<Vec<usize>> {
    let mut indices = Vec::with_capacity(pins.len());
    for p in pins {
        if let Err(e) = claim(vm, p) {
            for &q in &indices {
                release(vm, q);
            }
            return Err(e);
        }
        indices.push(p.index);
    }
    Ok(indices)
}

pub fn release(vm: &Vm, pin: usize) {
    let mut b = board(vm).borrow_mut();
    b.pins[pin].claimed = false;
    b.pins[pin].pwm = None;
    b.release_output(pin);
}

/// `ValueError: Invalid pin` when the pin's hardware cannot do what is asked.
pub fn invalid_pin(vm: &Vm) -> PyErr {
    vm.value_error("Invalid pin")
}

/// The capabilities of a pin.
pub fn caps(vm: &Vm, pin: usize) -> crate::boards::Caps {
    board(vm).borrow().def.pins[pin].caps
}

/// An enum-like class (`digitalio.Direction`) whose members are instances printing as `module.Class.NAME`.
pub struct EnumMember {
    pub class_path: &'static str,
    pub name: &'static str,
    pub code: u8,
}
circuitpython_core::keyed_type!(EnumMember);
impl NativeState for EnumMember {}

pub fn add_enum(vm: &mut Vm, module: ObjRef, class_path: &'static str, members: &[(&'static str, u8)]) -> ObjRef {
    let name = class_path.rsplit('.').next().unwrap_or(class_path);
    let class = add_class(vm, module, name, None, &[("__repr__", enum_repr)]);
    for &(member, code) in members {
        let v = vm.new_native_instance(class, Box::new(EnumMember { class_path, name: member, code }));
        vm.type_dict_set(class, member, v);
    }
    class
}

fn enum_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let text = match vm.native_state::<EnumMember>(args[0]) {
        Some(m) => format!("{}.{}", m.class_path, m.name),
        None => String::from("<enum>"),
    };
    Ok(vm.new_string(text))
}

/// The code of an enum member of `class_path`, or `TypeError` naming the expected class.
pub fn enum_code(vm: &Vm, v: Value, class_path: &str) -> PyResult<u8> {
    match vm.native_state::<EnumMember>(v) {
        Some(m) if m.class_path == class_path => Ok(m.code),
        _ => {
            let short = class_path.rsplit('.').next().unwrap_or(class_path);
            Err(vm.type_error_msg(format!(
                "{} must be of type {short}, not {}",
                short.to_ascii_lowercase(),
                vm.type_name(v)
            )))
        }
    }
}

/// The member of an enum class with this code.
pub fn enum_member(vm: &mut Vm, module: &str, class: &str, member: &str) -> PyResult<Value> {
    let c = class_of(vm, module, class)?;
    vm.getattr_str(Value::Obj(c), member)
}
