//! `board` (the board's pin names, `board_id`, `I2C()`/`SPI()`/`UART()` singletons) and `microcontroller`
//! (`Pin`, the chip's `pin` names, `cpu`, `nvm`, `reset()`, `delay_us`, `RunMode`).

use crate::util::{self, add_class, add_functions, add_property, PinObj};
use crate::BoardHandle;
use circuitpython_core::objects::function::Kwargs;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyResult, Value, Vm};

pub fn init_microcontroller(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let pin_class =
        add_class(vm, m, "Pin", None, &[("__repr__", pin_repr), ("__eq__", pin_eq), ("__hash__", pin_hash)]);
    let (pin_module, pin_dict) = vm.new_module("microcontroller.pin");
    let def = vm.extension::<BoardHandle>().expect("board installed").def;
    for (index, pin) in def.pins.iter().enumerate() {
        let v = vm.new_native_instance(pin_class, Box::new(PinObj { index, name: pin.name }));
        vm.dict_set_str(pin_dict, pin.name, v);
    }
    vm.dict_set_str(m, "pin", pin_module);

    let processor = add_class(vm, m, "Processor", None, &[]);
    add_property(vm, processor, "temperature", cpu_temperature, None);
    add_property(vm, processor, "frequency", cpu_frequency, None);
    add_property(vm, processor, "voltage", cpu_voltage, None);
    add_property(vm, processor, "uid", cpu_uid, None);
    let cpu = vm.new_native_instance(processor, Box::new(Cpu));
    vm.dict_set_str(m, "cpu", cpu);
    let cpus = vm.new_tuple(vec![cpu]);
    vm.dict_set_str(m, "cpus", cpus);

    // The program's copy of the board's non-volatile memory: what the host stored before the run shows up;
    // writes stay in this bytearray (not copied back to the host).
    let nvm = util::board(vm).borrow().nvm.clone();
    let nvm = vm.new_bytearray(nvm);
    vm.dict_set_str(m, "nvm", nvm);

    util::add_enum(vm, m, "microcontroller.RunMode", &[("NORMAL", 0), ("SAFE_MODE", 1), ("BOOTLOADER", 2), ("UF2", 3)]);
    add_functions(vm, m, &[("reset", reset), ("delay_us", delay_us), ("on_next_reset", on_next_reset)]);
    Ok(())
}

struct Cpu;
circuitpython_core::keyed_type!(Cpu);
impl NativeState for Cpu {}

fn pin_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let pin = util::pin_arg(vm, args[0], "pin")?;
    let def = vm.extension::<BoardHandle>().expect("board installed").def;
    let text = if def.pin_index(pin.name).is_some() {
        format!("board.{}", pin.name)
    } else {
        format!("microcontroller.pin.{}", pin.name)
    };
    Ok(vm.new_string(text))
}

fn pin_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = vm.native_state::<PinObj>(args[0]).map(|p| p.index);
    let b = args.get(1).and_then(|v| vm.native_state::<PinObj>(*v)).map(|p| p.index);
    Ok(match (a, b) {
        (Some(a), Some(b)) => Value::bool(a == b),
        _ => vm.not_implemented,
    })
}

fn pin_hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.native_state::<PinObj>(args[0]).map_or(0, |p| p.index as i64 + 1)))
}

fn cpu_temperature(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::float(25.0))
}

fn cpu_frequency(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = vm.extension::<BoardHandle>().expect("board installed").def.cpu_frequency;
    Ok(Value::Int(f as i64))
}

fn cpu_voltage(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::float(3.3))
}

fn cpu_uid(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let id = vm.extension::<BoardHandle>().expect("board installed").def.id;
    // A stable per-board id derived from the board name (FNV-1a), 8 bytes like the RP2040's flash id.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    Ok(vm.new_bytearray(h.to_be_bytes().to_vec()))
}

/// `microcontroller.reset()`: the host soft-reboots (the run ends with SystemExit, as a reset never returns).
fn reset(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    util::board(vm).borrow_mut().reload_requested = true;
    Err(vm.new_error(vm.exc.system_exit, ""))
}

fn delay_us(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let us = vm.expect_index(args.first().copied().unwrap_or(Value::Int(0)))?.max(0) as u64;
    let until = util::now_ns(vm) + us * 1_000;
    vm.host.sleep_blocking(until);
    util::board(vm).borrow_mut().advance_to(until);
    Ok(Value::None)
}

fn on_next_reset(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init_board(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let pin_class = util::class_of(vm, "microcontroller", "Pin")?;
    let def = vm.extension::<BoardHandle>().expect("board installed").def;
    for (name, index) in def.names {
        let v = vm.new_native_instance(pin_class, Box::new(PinObj { index: *index, name }));
        vm.dict_set_str(m, name, v);
    }
    let id = vm.new_str(def.id);
    vm.dict_set_str(m, "board_id", id);
    if !def.i2c.is_empty() {
        add_functions(vm, m, &[("I2C", board_i2c), ("STEMMA_I2C", board_i2c)]);
    }
    if !def.spi.is_empty() {
        add_functions(vm, m, &[("SPI", board_spi)]);
    }
    if !def.uart.is_empty() {
        add_functions(vm, m, &[("UART", board_uart)]);
    }
    Ok(())
}

/// The singleton bus `slot` (0 I2C, 1 SPI, 2 UART), made on first use with the board's default pins.
fn singleton(vm: &mut Vm, slot: usize, class: &str, kwargs_names: &[&str]) -> PyResult<Value> {
    let handle = vm.extension::<BoardHandle>().expect("board installed").singletons[slot];
    if let Some(v) = handle.and_then(|h| vm.pinned(h)) {
        // A deinitialised singleton is made again, as on the device.
        if !crate::modules::busio::is_deinited(vm, v) {
            return Ok(v);
        }
    }
    let def = vm.extension::<BoardHandle>().expect("board installed").def;
    let names = match slot {
        0 => def.i2c,
        1 => def.spi,
        _ => def.uart,
    };
    let board = vm.import_one("board")?;
    let mut kwargs = Vec::new();
    for (i, key) in kwargs_names.iter().enumerate() {
        let Some(pin_name) = names.get(i) else { break };
        let pin = vm.getattr_str(board, pin_name)?;
        kwargs.push((vm.intern(key), pin));
    }
    let cls = util::class_of(vm, "busio", class)?;
    let bus = vm.call_kw(Value::Obj(cls), &[], &kwargs)?;
    let h = vm.pin(bus);
    if let Some(handle) = vm.extension_mut::<BoardHandle>() {
        handle.singletons[slot] = Some(h);
    }
    Ok(bus)
}

fn board_i2c(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    singleton(vm, 0, "I2C", &["scl", "sda"])
}

fn board_spi(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    singleton(vm, 1, "SPI", &["clock", "MOSI", "MISO"])
}

fn board_uart(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    singleton(vm, 2, "UART", &["tx", "rx"])
}
