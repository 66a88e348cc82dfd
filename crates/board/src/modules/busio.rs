//! `busio`: I2C against the simulated devices the host attaches (register maps with an auto-incrementing
//! pointer), SPI against the board's MOSI/MISO byte queues, UART against host-fed receive bytes, with
//! CircuitPython's locking rules and errors.

use crate::state::EventKind;
use crate::util::{self, add_class, add_context_manager, add_properties, arg, kwarg, PinObj};
use circuitpython_core::objects::function::Kwargs;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyResult, Value, Vm};

struct Bus {
    kind: BusKind,
    pins: Vec<usize>,
    deinited: bool,
    locked: bool,
    frequency: i64,
    /// Name of the UART's TX pin, for trace events.
    tx_name: Option<&'static str>,
    timeout: f64,
}
circuitpython_core::keyed_type!(Bus);
impl NativeState for Bus {}

#[derive(Clone, Copy, PartialEq)]
enum BusKind {
    I2c,
    Spi,
    Uart,
}

pub fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let i2c = add_class(vm, m, "I2C", Some(i2c_new), &[]);
    util::add_bound_methods(vm, i2c, method, 0, &METHODS[..7]);
    add_context_manager(vm, i2c);
    add_properties(vm, i2c, property, 0, &[("frequency", false)]);
    let spi = add_class(vm, m, "SPI", Some(spi_new), &[]);
    util::add_bound_methods(vm, spi, method, 7, &METHODS[7..14]);
    add_context_manager(vm, spi);
    add_properties(vm, spi, property, 0, &[("frequency", false)]);
    let uart = add_class(vm, m, "UART", Some(uart_new), &[]);
    util::add_bound_methods(vm, uart, method, 14, &METHODS[14..]);
    add_context_manager(vm, uart);
    add_properties(vm, uart, property, 1, &[("in_waiting", false), ("baudrate", true), ("timeout", true)]);
    Ok(())
}

/// The methods of the three classes, by code: I2C 0-6, SPI 7-13, UART 14-19.
const METHODS: &[&str] = &[
    "deinit",
    "try_lock",
    "unlock",
    "scan",
    "writeto",
    "readfrom_into",
    "writeto_then_readfrom",
    "deinit",
    "try_lock",
    "unlock",
    "configure",
    "write",
    "readinto",
    "write_readinto",
    "deinit",
    "read",
    "readinto",
    "readline",
    "write",
    "reset_input_buffer",
];

fn method(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (code, args) = util::method_args(vm, args, METHODS)?;
    let obj = args[0];
    match code {
        0 | 7 | 14 => deinit(vm, obj),
        1 | 2 | 8 | 9 => {
            let was = this(vm, obj)?.locked;
            let lock = code % 7 == 1;
            if let Some(b) = vm.native_state_mut::<Bus>(obj) {
                b.locked = lock;
            }
            Ok(if lock { Value::bool(!was) } else { Value::None })
        }
        3 => i2c_scan(vm, obj),
        4..=6 | 11..=13 => {
            let op = [WRITE, READ, WRITE | READ][(code - 4) % 7];
            transfer(vm, args, kw, if code < 7 { op | I2C } else { op })
        }
        10 => spi_configure(vm, obj, kw),
        15 => uart_read(vm, args, kw),
        16 => uart_readinto(vm, args, kw),
        17 => uart_readline(vm, obj),
        18 => uart_write(vm, args, kw),
        _ => {
            uart(vm, obj)?;
            util::board(vm).borrow_mut().uart_rx.clear();
            Ok(Value::None)
        }
    }
}

/// True for a deinitialised bus (so `board.I2C()` makes a new one).
pub fn is_deinited(vm: &Vm, v: Value) -> bool {
    vm.native_state::<Bus>(v).is_none_or(|b| b.deinited)
}

fn optional_pin(vm: &Vm, v: Option<Value>, what: &str) -> PyResult<Option<PinObj>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => util::pin_arg(vm, v, what).map(Some),
    }
}

fn new_bus(vm: &mut Vm, args: &[Value], kind: BusKind, pins: Vec<PinObj>, frequency: i64) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let indices = util::claim_all(vm, &pins)?;
    let tx_name = if kind == BusKind::Uart { pins.first().map(|p| p.name) } else { None };
    let bus = Bus { kind, pins: indices, deinited: false, locked: false, frequency, tx_name, timeout: 1.0 };
    Ok(vm.new_native_instance(class, Box::new(bus)))
}

/// `I2C(scl, sda, *, frequency=100000, timeout=255)`.
fn i2c_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let scl = util::pin_param(vm, args, kw, 0, "scl")?;
    let sda = util::pin_param(vm, args, kw, 1, "sda")?;
    if scl.index == sda.index {
        return Err(util::invalid_pin(vm));
    }
    let frequency = match kwarg(vm, kw, "frequency") {
        Some(v) => vm.expect_index(v)?,
        None => 100_000,
    };
    new_bus(vm, args, BusKind::I2c, vec![scl, sda], frequency)
}

/// `SPI(clock, MOSI=None, MISO=None)`.
fn spi_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let clock = util::pin_param(vm, args, kw, 0, "clock")?;
    let mut pins = vec![clock];
    for (i, name) in [(1, "MOSI"), (2, "MISO")] {
        if let Some(p) = optional_pin(vm, arg(vm, args, kw, i, name), name)? {
            pins.push(p);
        }
    }
    new_bus(vm, args, BusKind::Spi, pins, 250_000)
}

/// `UART(tx=None, rx=None, *, baudrate=9600, ...)`.
fn uart_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let tx = optional_pin(vm, arg(vm, args, kw, 0, "tx"), "tx")?;
    let rx = optional_pin(vm, arg(vm, args, kw, 1, "rx"), "rx")?;
    if tx.is_none() && rx.is_none() {
        return Err(vm.value_error("tx and rx cannot both be None"));
    }
    let baudrate = match kwarg(vm, kw, "baudrate") {
        Some(v) => vm.expect_index(v)?,
        None => 9600,
    };
    let mut pins = Vec::new();
    if let Some(p) = tx {
        pins.push(p);
    }
    if let Some(p) = rx {
        pins.push(p);
    }
    let obj = new_bus(vm, args, BusKind::Uart, pins, baudrate)?;
    if let Some(t) = kwarg(vm, kw, "timeout") {
        let t = vm.expect_f64(t)?;
        if let Some(b) = vm.native_state_mut::<Bus>(obj) {
            b.timeout = t;
        }
    }
    Ok(obj)
}

fn this(vm: &Vm, v: Value) -> PyResult<&Bus> {
    match vm.native_state::<Bus>(v) {
        Some(b) if !b.deinited => Ok(b),
        Some(_) => Err(util::deinited_error(vm)),
        None => Err(vm.type_error_for("expected a bus, got ", v, "")),
    }
}

/// The bus, which must be locked (I2C and SPI transfers).
fn locked(vm: &Vm, v: Value) -> PyResult<&Bus> {
    let b = this(vm, v)?;
    if !b.locked {
        return Err(vm.runtime_error("Function requires lock"));
    }
    Ok(b)
}

fn deinit(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let pins = match vm.native_state_mut::<Bus>(obj) {
        Some(b) if !b.deinited => {
            b.deinited = true;
            std::mem::take(&mut b.pins)
        }
        _ => Vec::new(),
    };
    for pin in pins {
        util::release(vm, pin);
    }
    Ok(Value::None)
}

/// I2C/SPI frequency (code 0); UART in_waiting (2), baudrate (4, 5), timeout (6, 7).
fn property(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (code, obj, value) = util::property_args(args);
    Ok(match code {
        0 | 4 => Value::Int(this(vm, obj)?.frequency),
        2 => {
            uart(vm, obj)?;
            util::now_ns(vm);
            Value::Int(util::board(vm).borrow().uart_rx.len() as i64)
        }
        5 => {
            let rate = vm.expect_index(value)?;
            this(vm, obj)?;
            if let Some(b) = vm.native_state_mut::<Bus>(obj) {
                b.frequency = rate;
            }
            Value::None
        }
        6 => Value::float(uart(vm, obj)?.timeout),
        _ => {
            let t = vm.expect_f64(value)?;
            uart(vm, obj)?;
            if let Some(b) = vm.native_state_mut::<Bus>(obj) {
                b.timeout = t;
            }
            Value::None
        }
    })
}

/// `buf[start:end]` bounds of a buffer argument, from the `start`/`end` keywords (`end` may be negative).
fn bounds(vm: &Vm, kw: Kwargs, len: usize, start_name: &str, end_name: &str) -> PyResult<(usize, usize)> {
    let norm = |v: Option<Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.expect_index(v)?;
                let i = if i < 0 { i + len as i64 } else { i };
                Ok(i.clamp(0, len as i64) as usize)
            }
        }
    };
    let start = norm(kwarg(vm, kw, start_name), 0)?;
    let end = norm(kwarg(vm, kw, end_name), len)?;
    Ok((start, end.max(start)))
}

fn writable_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match vm.as_bytes_mut(v) {
        Some(b) => Ok(b.len()),
        None => Err(util::buffer_error(vm)),
    }
}

/// Copy `data` into a writable buffer at `start`.
fn fill_buffer(vm: &mut Vm, v: Value, start: usize, data: &[u8]) {
    if let Some(b) = vm.as_bytes_mut(v) {
        let end = (start + data.len()).min(b.len());
        b[start..end].copy_from_slice(&data[..end - start]);
    }
}

fn address(vm: &Vm, v: Value) -> PyResult<u8> {
    Ok(util::int_in_range(vm, v, 0, 127, "address")? as u8)
}

fn no_device(vm: &mut Vm) -> circuitpython_core::PyErr {
    let msg = vm.new_str("No such device");
    let exc = vm.new_exception_value(vm.exc.os_error, vec![Value::Int(19), msg]);
    circuitpython_core::PyErr::exc(exc)
}

fn i2c_scan(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    locked(vm, obj)?;
    let mut found = Vec::new();
    for d in &util::board(vm).borrow().i2c_devices {
        found.push(Value::Int(d.address as i64));
    }
    Ok(vm.new_list(found))
}

/// A write: the first byte sets the register pointer, the rest are stored from there.
fn device_write(vm: &mut Vm, addr: u8, data: &[u8]) -> PyResult<()> {
    let mut b = util::board(vm).borrow_mut();
    let Some(dev) = b.i2c_device_mut(addr) else {
        drop(b);
        return Err(no_device(vm));
    };
    dev.written.push(data.to_vec());
    if let Some((&reg, values)) = data.split_first() {
        dev.pointer = reg;
        for &v in values {
            dev.registers[dev.pointer as usize] = v;
            dev.pointer = dev.pointer.wrapping_add(1);
        }
    }
    Ok(())
}

/// A read: registers from the pointer on.
fn device_read(vm: &mut Vm, addr: u8, n: usize) -> PyResult<Vec<u8>> {
    let mut b = util::board(vm).borrow_mut();
    let Some(dev) = b.i2c_device_mut(addr) else {
        drop(b);
        return Err(no_device(vm));
    };
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(dev.registers[dev.pointer as usize]);
        dev.pointer = dev.pointer.wrapping_add(1);
    }
    Ok(out)
}

fn spi_configure(vm: &mut Vm, obj: Value, kw: Kwargs) -> PyResult<Value> {
    locked(vm, obj)?;
    if let Some(rate) = kwarg(vm, kw, "baudrate") {
        let rate = vm.expect_index(rate)?;
        if let Some(b) = vm.native_state_mut::<Bus>(obj) {
            b.frequency = rate;
        }
    }
    Ok(Value::None)
}

/// What a transfer does (bits): I2C (with an address first) or SPI, write a buffer, read into one.
const I2C: u8 = 1;
const WRITE: u8 = 2;
const READ: u8 = 4;

/// The I2C and SPI transfers (writeto, readfrom_into, writeto_then_readfrom; write, readinto, write_readinto): `[address,] [buffer_out,] [buffer_in]` (plain
/// `buffer` with `start`/`end` when only one), checked and done in the order of CircuitPython's.
fn transfer(vm: &mut Vm, args: &[Value], kw: Kwargs, op: u8) -> PyResult<Value> {
    locked(vm, args[0])?;
    let mut next = 0;
    let mut addr = 0;
    if op & I2C != 0 {
        addr = address(vm, util::required(vm, args, kw, 0, "address")?)?;
        next = 1;
    }
    let both = op & (WRITE | READ) == WRITE | READ;
    let mut out = Vec::new();
    if op & WRITE != 0 {
        out = util::buffer_arg(vm, util::required(vm, args, kw, next, if both { "buffer_out" } else { "buffer" })?)?;
        next += 1;
    }
    let buf_in = if op & READ != 0 {
        Some(util::required(vm, args, kw, next, if both { "buffer_in" } else { "buffer" })?)
    } else {
        None
    };
    let (start, end) =
        if both { (["out_start", "in_start"], ["out_end", "in_end"]) } else { (["start"; 2], ["end"; 2]) };
    let (os, oe) = if op & WRITE != 0 { bounds(vm, kw, out.len(), start[0], end[0])? } else { (0, 0) };
    let (mut is, mut ie) = (0, 0);
    if let Some(buf) = buf_in {
        let len = writable_len(vm, buf)?;
        (is, ie) = bounds(vm, kw, len, start[1], end[1])?;
    }
    let out = &out[os..oe];
    let data = if op & I2C != 0 {
        if op & WRITE != 0 {
            device_write(vm, addr, out)?;
        }
        if op & READ != 0 {
            device_read(vm, addr, ie - is)?
        } else {
            Vec::new()
        }
    } else {
        let mut fill = 0;
        if both && out.len() != ie - is {
            return Err(vm.value_error("buffer slices must be of equal length"));
        }
        if op == READ {
            if let Some(v) = kwarg(vm, kw, "write_value") {
                fill = util::int_in_range(vm, v, 0, 255, "write_value")? as u8;
            }
        }
        // Each byte read clocks out `fill` (the MISO byte is 0xFF when nothing is queued).
        let mut b = util::board(vm).borrow_mut();
        b.spi_mosi.extend_from_slice(out);
        let count = ie.saturating_sub(is);
        let sent = b.spi_mosi.len() + count;
        b.spi_mosi.resize(sent, fill);
        let queued = count.min(b.spi_miso.len());
        let mut data: Vec<u8> = b.spi_miso.drain(..queued).collect();
        data.resize(count, 0xFF);
        data
    };
    if let Some(buf) = buf_in {
        fill_buffer(vm, buf, is, &data);
    }
    Ok(Value::None)
}

fn uart(vm: &Vm, v: Value) -> PyResult<&Bus> {
    let b = this(vm, v)?;
    if b.kind != BusKind::Uart {
        return Err(vm.type_error_msg("expected UART"));
    }
    Ok(b)
}

/// Take up to `n` received bytes (all when `None`); `None` when nothing arrived (after the timeout).
fn take_rx(vm: &mut Vm, obj: Value, n: Option<usize>) -> PyResult<Option<Vec<u8>>> {
    let timeout = uart(vm, obj)?.timeout;
    if util::board(vm).borrow().uart_rx.is_empty() && timeout > 0.0 {
        // Nothing to read: wait out the timeout on the board clock (inputs may arrive meanwhile).
        let until = util::now_ns(vm) + (timeout * 1e9) as u64;
        vm.host.sleep_blocking(until);
        util::board(vm).borrow_mut().advance_to(until);
    }
    let mut b = util::board(vm).borrow_mut();
    if b.uart_rx.is_empty() {
        return Ok(None);
    }
    let n = n.unwrap_or(usize::MAX).min(b.uart_rx.len());
    Ok(Some(b.uart_rx.drain(..n).collect()))
}

fn uart_read(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = match arg(vm, args, kw, 0, "nbytes") {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.expect_index(v)?.max(0) as usize),
    };
    Ok(match take_rx(vm, args[0], n)? {
        Some(bytes) => vm.new_bytes(bytes),
        None => Value::None,
    })
}

fn uart_readinto(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let buf = util::required(vm, args, kw, 0, "buf")?;
    let len = writable_len(vm, buf)?;
    Ok(match take_rx(vm, args[0], Some(len))? {
        Some(bytes) => {
            fill_buffer(vm, buf, 0, &bytes);
            Value::Int(bytes.len() as i64)
        }
        None => Value::None,
    })
}

fn uart_readline(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let newline = util::board(vm).borrow().uart_rx.iter().position(|&c| c == b'\n');
    Ok(match take_rx(vm, obj, newline.map(|i| i + 1))? {
        Some(bytes) => vm.new_bytes(bytes),
        None => Value::None,
    })
}

fn uart_write(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let name = uart(vm, args[0])?.tx_name;
    let Some(name) = name else { return Err(vm.value_error("No TX pin")) };
    let data = util::buffer_arg(vm, util::required(vm, args, kw, 0, "buf")?)?;
    util::now_ns(vm);
    let mut b = util::board(vm).borrow_mut();
    b.uart_tx.extend_from_slice(&data);
    let n = data.len() as i64;
    b.log(name, EventKind::UartTx(data));
    Ok(Value::Int(n))
}
