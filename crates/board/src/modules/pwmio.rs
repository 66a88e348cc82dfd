//! `pwmio.PWMOut(pin, *, duty_cycle=0, frequency=500, variable_frequency=False)`: duty cycle and frequency
//! logged as trace events, CircuitPython's range checks and messages.

use crate::state::EventKind;
use crate::util::{self, add_class, add_context_manager, kwarg};
use circuitpython_core::objects::function::Kwargs;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyResult, Value, Vm};

struct PwmOut {
    pin: usize,
    name: &'static str,
    deinited: bool,
    duty_cycle: u16,
    frequency: u32,
    variable_frequency: bool,
}
circuitpython_core::keyed_type!(PwmOut);
impl NativeState for PwmOut {}

/// Frequencies the virtual timers accept (an RP2040 reaches about 7.6 Hz to 62.5 MHz at 125 MHz).
const MAX_FREQUENCY: i64 = 62_500_000;

pub fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let class = add_class(vm, m, "PWMOut", Some(construct), &[("deinit", deinit)]);
    add_context_manager(vm, class);
    util::add_properties(vm, class, property, 0, &[("duty_cycle", true), ("frequency", true)]);
    Ok(())
}

fn check_frequency(vm: &Vm, v: Value) -> PyResult<u32> {
    let f = vm.expect_index(v)?;
    if !(1..=MAX_FREQUENCY).contains(&f) {
        return Err(vm.value_error("Invalid PWM frequency"));
    }
    Ok(f as u32)
}

fn construct(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let pin = util::pin_param(vm, args, kw, 0, "pin")?;
    let duty_cycle = match util::arg(vm, args, kw, 1, "duty_cycle") {
        Some(v) => util::int_in_range(vm, v, 0, 65535, "duty_cycle")? as u16,
        None => 0,
    };
    let frequency = match util::arg(vm, args, kw, 2, "frequency") {
        Some(v) => check_frequency(vm, v)?,
        None => 500,
    };
    let variable_frequency = match kwarg(vm, kw, "variable_frequency").or(args.get(4).copied()) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !util::caps(vm, pin.index).pwm {
        return Err(util::invalid_pin(vm));
    }
    util::claim(vm, &pin)?;
    util::now_ns(vm);
    let mut b = util::board(vm).borrow_mut();
    b.pins[pin.index].pwm = Some((duty_cycle, frequency));
    b.log(pin.name, EventKind::Pwm { duty_cycle, frequency });
    drop(b);
    let state = PwmOut { pin: pin.index, name: pin.name, deinited: false, duty_cycle, frequency, variable_frequency };
    Ok(vm.new_native_instance(class, Box::new(state)))
}

fn this(vm: &Vm, v: Value) -> PyResult<&PwmOut> {
    match vm.native_state::<PwmOut>(v) {
        Some(p) if !p.deinited => Ok(p),
        Some(_) => Err(util::deinited_error(vm)),
        None => Err(vm.type_error_for("expected PWMOut, got ", v, "")),
    }
}

fn deinit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let pin = match vm.native_state_mut::<PwmOut>(args[0]) {
        Some(p) if !p.deinited => {
            p.deinited = true;
            Some(p.pin)
        }
        _ => None,
    };
    if let Some(pin) = pin {
        util::release(vm, pin);
    }
    Ok(Value::None)
}

/// Store new settings and log them when they change what the pin outputs.
fn update(vm: &mut Vm, obj: Value, duty_cycle: u16, frequency: u32) -> PyResult<()> {
    let (pin, name) = {
        let p = this(vm, obj)?;
        (p.pin, p.name)
    };
    let changed = {
        let p = vm.native_state_mut::<PwmOut>(obj).expect("checked above");
        let changed = p.duty_cycle != duty_cycle || p.frequency != frequency;
        p.duty_cycle = duty_cycle;
        p.frequency = frequency;
        changed
    };
    if changed {
        util::now_ns(vm);
        let mut b = util::board(vm).borrow_mut();
        b.pins[pin].pwm = Some((duty_cycle, frequency));
        b.log(name, EventKind::Pwm { duty_cycle, frequency });
    }
    Ok(())
}

/// duty_cycle (code 0 read, 1 write) and frequency (2, 3).
fn property(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (code, obj, value) = util::property_args(args);
    let p = this(vm, obj)?;
    let (mut duty_cycle, mut frequency, variable) = (p.duty_cycle, p.frequency, p.variable_frequency);
    match code {
        0 => return Ok(Value::Int(duty_cycle as i64)),
        2 => return Ok(Value::Int(frequency as i64)),
        1 => duty_cycle = util::int_in_range(vm, value, 0, 65535, "duty_cycle")? as u16,
        _ => {
            if !variable {
                return Err(
                    vm.new_error(vm.exc.attribute_error, "PWM frequency not writable when variable_frequency is False")
                );
            }
            frequency = check_frequency(vm, value)?;
        }
    }
    update(vm, obj, duty_cycle, frequency)?;
    Ok(Value::None)
}
