//! `analogio`: AnalogIn (a host-set 16-bit reading, `reference_voltage` 3.3) and AnalogOut on pins with a
//! DAC; boards without one raise `NotImplementedError` as their ports do.

use crate::state::EventKind;
use crate::util::{self, add_class, add_context_manager, add_properties};
use circuitpython_core::objects::function::Kwargs;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyResult, Value, Vm};

struct Analog {
    pin: usize,
    name: &'static str,
    deinited: bool,
}
circuitpython_core::keyed_type!(Analog);
impl NativeState for Analog {}

pub fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let analog_in = add_class(vm, m, "AnalogIn", Some(construct_in), &[("deinit", deinit)]);
    add_context_manager(vm, analog_in);
    add_properties(vm, analog_in, property, 0, &[("value", false), ("reference_voltage", false)]);
    let analog_out = add_class(vm, m, "AnalogOut", Some(construct_out), &[("deinit", deinit)]);
    add_context_manager(vm, analog_out);
    add_properties(vm, analog_out, property, 2, &[("value", true)]);
    Ok(())
}

fn construct(vm: &mut Vm, args: &[Value], kw: Kwargs, dac: bool) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let pin = util::pin_param(vm, args, kw, 0, "pin")?;
    let caps = util::caps(vm, pin.index);
    if dac && !util::board(vm).borrow().def.pins.iter().any(|p| p.caps.dac) {
        return Err(vm.new_error(vm.exc.not_implemented_error, "AnalogOut functionality not supported"));
    }
    if (dac && !caps.dac) || (!dac && !caps.adc) {
        return Err(util::invalid_pin(vm));
    }
    util::claim(vm, &pin)?;
    Ok(vm.new_native_instance(class, Box::new(Analog { pin: pin.index, name: pin.name, deinited: false })))
}

fn construct_in(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    construct(vm, args, kw, false)
}

fn construct_out(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    construct(vm, args, kw, true)
}

fn this(vm: &Vm, v: Value) -> PyResult<(usize, &'static str)> {
    match vm.native_state::<Analog>(v) {
        Some(a) if !a.deinited => Ok((a.pin, a.name)),
        Some(_) => Err(util::deinited_error(vm)),
        None => Err(vm.type_error_for("expected an analog object, got ", v, "")),
    }
}

fn deinit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let pin = match vm.native_state_mut::<Analog>(args[0]) {
        Some(a) if !a.deinited => {
            a.deinited = true;
            Some(a.pin)
        }
        _ => None,
    };
    if let Some(pin) = pin {
        util::release(vm, pin);
    }
    Ok(Value::None)
}

/// AnalogIn: value (code 0), reference_voltage (2); AnalogOut: value, write-only (4 read, 5 write).
fn property(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (code, obj, value) = util::property_args(args);
    if code == 4 {
        return Err(vm.new_error(vm.exc.attribute_error, "unreadable attribute"));
    }
    let (pin, name) = this(vm, obj)?;
    match code {
        0 => {
            util::now_ns(vm);
            Ok(Value::Int(util::board(vm).borrow().pins[pin].analog as i64))
        }
        2 => Ok(Value::float(3.3)),
        _ => {
            let value = util::int_in_range(vm, value, 0, 65535, "value")? as u16;
            util::now_ns(vm);
            let mut b = util::board(vm).borrow_mut();
            if b.pins[pin].analog != value {
                b.pins[pin].analog = value;
                b.log(name, EventKind::AnalogOut(value));
            }
            Ok(Value::None)
        }
    }
}
