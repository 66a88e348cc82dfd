//! `digitalio`: DigitalInOut (direction, value, pull, drive_mode, switch_to_output/switch_to_input, deinit,
//! context manager) and the Direction, Pull and DriveMode enums, with CircuitPython's errors.

use crate::state::Pull;
use crate::util::{self, add_class, add_context_manager, add_enum, arg, enum_code};
use circuitpython_core::objects::function::Kwargs;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyResult, Value, Vm};

const DIRECTION: &str = "digitalio.Direction";
const PULL: &str = "digitalio.Pull";
const DRIVE_MODE: &str = "digitalio.DriveMode";

/// A DigitalInOut's own state; the pin's level and pull live in the board state.
pub struct DigitalInOut {
    pub pin: usize,
    pub name: &'static str,
    pub deinited: bool,
    open_drain: bool,
}
circuitpython_core::keyed_type!(DigitalInOut);
impl NativeState for DigitalInOut {}

pub fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_enum(vm, m, DIRECTION, &[("INPUT", 0), ("OUTPUT", 1)]);
    add_enum(vm, m, PULL, &[("UP", 1), ("DOWN", 2)]);
    add_enum(vm, m, DRIVE_MODE, &[("PUSH_PULL", 0), ("OPEN_DRAIN", 1)]);
    let class = add_class(
        vm,
        m,
        "DigitalInOut",
        Some(construct),
        &[("deinit", deinit), ("switch_to_output", switch_to_output), ("switch_to_input", switch_to_input)],
    );
    add_context_manager(vm, class);
    util::add_properties(vm, class, property, 0, PROPERTIES);
    Ok(())
}

fn construct(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let pin = util::pin_param(vm, args, kw, 0, "pin")?;
    util::claim(vm, &pin)?;
    {
        let mut b = util::board(vm).borrow_mut();
        b.pins[pin.index].pull = None;
        b.release_output(pin.index);
    }
    Ok(vm.new_native_instance(
        class,
        Box::new(DigitalInOut { pin: pin.index, name: pin.name, deinited: false, open_drain: false }),
    ))
}

/// The live object behind `self`, or `Object has been deinitialized`.
fn this(vm: &Vm, v: Value) -> PyResult<(usize, &'static str)> {
    match vm.native_state::<DigitalInOut>(v) {
        Some(d) if !d.deinited => Ok((d.pin, d.name)),
        Some(_) => Err(util::deinited_error(vm)),
        None => Err(vm.type_error_for("expected DigitalInOut, got ", v, "")),
    }
}

fn deinit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let pin = match vm.native_state_mut::<DigitalInOut>(args[0]) {
        Some(d) if !d.deinited => {
            d.deinited = true;
            Some(d.pin)
        }
        _ => None,
    };
    if let Some(pin) = pin {
        util::release(vm, pin);
        util::board(vm).borrow_mut().pins[pin].pull = None;
    }
    Ok(Value::None)
}

fn is_output(vm: &Vm, pin: usize) -> bool {
    util::board(vm).borrow().pins[pin].output
}

fn output(vm: &mut Vm, obj: Value, value: bool, open_drain: bool) -> PyResult<()> {
    let (pin, name) = this(vm, obj)?;
    if let Some(d) = vm.native_state_mut::<DigitalInOut>(obj) {
        d.open_drain = open_drain;
    }
    let mut b = util::board(vm).borrow_mut();
    b.pins[pin].pull = None;
    b.drive(pin, name, value);
    Ok(())
}

fn input(vm: &mut Vm, obj: Value, pull: Option<Pull>) -> PyResult<()> {
    let (pin, _) = this(vm, obj)?;
    let mut b = util::board(vm).borrow_mut();
    b.pins[pin].pull = pull;
    b.release_output(pin);
    Ok(())
}

fn pull_arg(vm: &Vm, v: Option<Value>) -> PyResult<Option<Pull>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(match enum_code(vm, v, PULL)? {
            1 => Some(Pull::Up),
            _ => Some(Pull::Down),
        }),
    }
}

fn drive_mode_arg(vm: &Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => Ok(enum_code(vm, v, DRIVE_MODE)? == 1),
    }
}

fn switch_to_output(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let value = match arg(vm, args, kw, 0, "value") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let open_drain = drive_mode_arg(vm, arg(vm, args, kw, 1, "drive_mode"))?;
    output(vm, args[0], value, open_drain)?;
    Ok(Value::None)
}

fn switch_to_input(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let pull = pull_arg(vm, arg(vm, args, kw, 0, "pull"))?;
    input(vm, args[0], pull)?;
    Ok(Value::None)
}

/// The properties, in `property`'s order: direction, value, pull, drive_mode (all writable).
const PROPERTIES: &[(&str, bool)] = &[("direction", true), ("value", true), ("pull", true), ("drive_mode", true)];

fn property(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (code, obj, value) = util::property_args(args);
    let (pin, name) = this(vm, obj)?;
    let is_output = is_output(vm, pin);
    let needs = match code {
        3 => Some((false, "Cannot set value when direction is input.")),
        4 | 5 => Some((true, "Pull not used when direction is output.")),
        6 | 7 => Some((false, "Drive mode not used when direction is input.")),
        _ => None,
    };
    if let Some((output, msg)) = needs {
        if is_output == output {
            return Err(vm.new_error(vm.exc.attribute_error, msg));
        }
    }
    match code {
        0 => util::enum_member(vm, "digitalio", "Direction", if is_output { "OUTPUT" } else { "INPUT" }),
        1 => {
            if enum_code(vm, value, DIRECTION)? == 1 {
                output(vm, obj, false, false)?;
            } else {
                input(vm, obj, None)?;
            }
            Ok(Value::None)
        }
        2 => {
            util::now_ns(vm);
            Ok(Value::bool(util::board(vm).borrow().pins[pin].read()))
        }
        3 => {
            let level = vm.truthy(value)?;
            util::now_ns(vm);
            util::board(vm).borrow_mut().drive(pin, name, level);
            Ok(Value::None)
        }
        4 => {
            let pull = util::board(vm).borrow().pins[pin].pull;
            match pull {
                None => Ok(Value::None),
                Some(Pull::Up) => util::enum_member(vm, "digitalio", "Pull", "UP"),
                Some(Pull::Down) => util::enum_member(vm, "digitalio", "Pull", "DOWN"),
            }
        }
        5 => {
            let pull = pull_arg(vm, Some(value))?;
            input(vm, obj, pull)?;
            Ok(Value::None)
        }
        6 => {
            let open_drain = vm.native_state::<DigitalInOut>(obj).is_some_and(|d| d.open_drain);
            util::enum_member(vm, "digitalio", "DriveMode", if open_drain { "OPEN_DRAIN" } else { "PUSH_PULL" })
        }
        _ => {
            let open_drain = drive_mode_arg(vm, Some(value))?;
            if let Some(d) = vm.native_state_mut::<DigitalInOut>(obj) {
                d.open_drain = open_drain;
            }
            Ok(Value::None)
        }
    }
}
