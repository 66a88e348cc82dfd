//! Input modules driven by the host's inputs: `touchio` (TouchIn), `keypad` (Keys, KeyMatrix, Event,
//! EventQueue; scanning happens in the board state at the exact board time an input changes), `countio`
//! (Counter) and `rotaryio` (IncrementalEncoder).

use crate::state::{KeyScanner, Pull};
use crate::util::{self, add_class, add_context_manager, add_enum, add_properties, kwarg, PinObj};
use circuitpython_core::objects::function::Kwargs;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::{ObjRef, PyResult, Value, Vm};

/// Which class a `Held` is.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Touch,
    Scanner,
    Counter,
    Encoder,
}

/// A claimed-pins object's state (TouchIn, Keys/KeyMatrix, Counter, IncrementalEncoder): the pins it holds,
/// whether deinitialised, and the fields of its kind (one struct for the four, so finding, checking and
/// deinitialising them is one piece of code).
struct Held {
    kind: Kind,
    pins: Vec<usize>,
    deinited: bool,
    /// TouchIn: the threshold.
    threshold: i64,
    /// Keys/KeyMatrix: the index of their scanner in the board state, the key count, their EventQueue object.
    scanner: usize,
    key_count: usize,
    queue: Value,
    /// Counter: count the edges of this kind (0 fall, 1 rise, 2 both); the pin's edge total when the count
    /// was last set, and the count then.
    edge: u8,
    base: u64,
    offset: i64,
    /// IncrementalEncoder: the position is the program's (the host has no knob to turn yet).
    position: i64,
    divisor: i64,
}

impl Held {
    fn new(kind: Kind, pins: Vec<usize>) -> Held {
        Held {
            kind,
            pins,
            deinited: false,
            threshold: 0,
            scanner: 0,
            key_count: 0,
            queue: Value::None,
            edge: 0,
            base: 0,
            offset: 0,
            position: 0,
            divisor: 0,
        }
    }
}

circuitpython_core::keyed_type!(Held);
impl NativeState for Held {
    /// The EventQueue of Keys/KeyMatrix (`None`, skipped by the collector, for the other kinds).
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.queue);
    }
}

/// The live `kind` object behind `v`, or CircuitPython's errors.
fn live(vm: &Vm, v: Value, kind: Kind) -> PyResult<&Held> {
    match vm.native_state::<Held>(v) {
        Some(h) if h.kind == kind && !h.deinited => Ok(h),
        Some(h) if h.kind == kind => Err(util::deinited_error(vm)),
        _ => Err(vm.type_error_for("unexpected ", v, "")),
    }
}

fn live_mut(vm: &mut Vm, v: Value, kind: Kind) -> PyResult<&mut Held> {
    live(vm, v, kind)?;
    Ok(vm.native_state_mut::<Held>(v).expect("checked"))
}

/// Deinit a `kind` object: release the pins; its scanner index when this call did it (the first time).
fn deinit_held(vm: &mut Vm, v: Value, kind: Kind) -> Option<usize> {
    let h = vm.native_state_mut::<Held>(v).filter(|h| h.kind == kind && !h.deinited)?;
    h.deinited = true;
    let scanner = h.scanner;
    for pin in std::mem::take(&mut h.pins) {
        util::release(vm, pin);
        util::board(vm).borrow_mut().pins[pin].pull = None;
    }
    Some(scanner)
}

/// The properties of every class here (see `util::add_properties`): TouchIn value, raw_value, threshold (codes
/// 0-5); Keys/KeyMatrix events, key_count (6-9); EventQueue overflowed (10); Event key_number, pressed,
/// released, timestamp (12-19); Counter count (20, 21); IncrementalEncoder position, divisor (22-25).
fn property(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (code, obj, value) = util::property_args(args);
    Ok(match code {
        0 | 2 => {
            let raw = touch_raw_of(vm, obj)?;
            if code == 2 {
                Value::Int(raw)
            } else {
                Value::bool(raw > live(vm, obj, Kind::Touch)?.threshold)
            }
        }
        4 => Value::Int(live(vm, obj, Kind::Touch)?.threshold),
        5 => {
            let t = util::int_in_range(vm, value, 0, 65535, "threshold")?;
            live_mut(vm, obj, Kind::Touch)?.threshold = t;
            Value::None
        }
        6 => live(vm, obj, Kind::Scanner)?.queue,
        8 => Value::Int(live(vm, obj, Kind::Scanner)?.key_count as i64),
        10 => queue_op(vm, obj, 5, Value::None)?,
        12..=19 => {
            let e = event(vm, obj)?;
            match code {
                12 => Value::Int(e.key_number),
                14 => Value::bool(e.pressed),
                16 => Value::bool(!e.pressed),
                _ => Value::Int(e.timestamp),
            }
        }
        20 => {
            util::now_ns(vm);
            let h = live(vm, obj, Kind::Counter)?;
            let total = edges(vm, h.pins[0], h.edge);
            Value::Int((total - h.base) as i64 + h.offset)
        }
        21 => {
            let count = vm.expect_index(value)?;
            set_count(vm, obj, count)?;
            Value::None
        }
        22 | 24 => {
            let e = live(vm, obj, Kind::Encoder)?;
            Value::Int(if code == 22 { e.position } else { e.divisor })
        }
        _ => {
            let v = vm.expect_index(value)?;
            let e = live_mut(vm, obj, Kind::Encoder)?;
            *(if code == 23 { &mut e.position } else { &mut e.divisor }) = v;
            Value::None
        }
    })
}

// ---- touchio ----

/// Raw readings the virtual pad reports untouched and touched.
const TOUCH_IDLE: i64 = 500;
const TOUCH_PRESSED: i64 = 2000;

pub fn init_touchio(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let class = add_class(vm, m, "TouchIn", Some(touch_new), &[("deinit", touch_deinit)]);
    add_context_manager(vm, class);
    add_properties(vm, class, property, 0, &[("value", false), ("raw_value", false), ("threshold", true)]);
    Ok(())
}

fn touch_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let pin = util::pin_param(vm, args, kw, 0, "pin")?;
    // Chips without touch hardware (RP2040) do touch in software on any pin with an external pull-down.
    let hardware_touch = util::board(vm).borrow().def.pins.iter().any(|p| p.caps.touch);
    if hardware_touch && !util::caps(vm, pin.index).touch {
        return Err(util::invalid_pin(vm));
    }
    util::claim(vm, &pin)?;
    let state = Held { threshold: TOUCH_IDLE + 100, ..Held::new(Kind::Touch, vec![pin.index]) };
    Ok(vm.new_native_instance(class, Box::new(state)))
}

fn touch_deinit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    deinit_held(vm, args[0], Kind::Touch);
    Ok(Value::None)
}

fn touch_raw_of(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let pin = live(vm, v, Kind::Touch)?.pins[0];
    util::now_ns(vm);
    Ok(if util::board(vm).borrow().pins[pin].touched { TOUCH_PRESSED } else { TOUCH_IDLE })
}

// ---- keypad ----

/// An EventQueue reads its scanner's queue in the board state.
struct Queue {
    scanner: usize,
}
circuitpython_core::keyed_type!(Queue);
impl NativeState for Queue {}

#[derive(Clone, Copy)]
struct KeyEventObj {
    key_number: i64,
    pressed: bool,
    timestamp: i64,
}
circuitpython_core::keyed_type!(KeyEventObj);
impl NativeState for KeyEventObj {}

pub fn init_keypad(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let keys = add_class(vm, m, "Keys", Some(keys_new), &[("deinit", scanner_deinit), ("reset", scanner_reset)]);
    let matrix =
        add_class(vm, m, "KeyMatrix", Some(matrix_new), &[("deinit", scanner_deinit), ("reset", scanner_reset)]);
    for class in [keys, matrix] {
        add_context_manager(vm, class);
        add_properties(vm, class, property, 3, &[("events", false), ("key_count", false)]);
    }
    let queue = add_class(vm, m, "EventQueue", None, &[]);
    util::add_bound_methods(vm, queue, queue_method, 0, QUEUE_METHODS);
    add_properties(vm, queue, property, 5, &[("overflowed", false)]);
    let event = add_class(
        vm,
        m,
        "Event",
        Some(event_new),
        &[("__eq__", event_eq), ("__hash__", event_hash), ("__repr__", event_repr)],
    );
    let props = [("key_number", false), ("pressed", false), ("released", false), ("timestamp", false)];
    add_properties(vm, event, property, 6, &props);
    Ok(())
}

fn max_events_arg(vm: &Vm, kw: Kwargs) -> PyResult<usize> {
    match kwarg(vm, kw, "max_events") {
        Some(v) => Ok(util::int_in_range(vm, v, 1, 64, "max_events")? as usize),
        None => Ok(64),
    }
}

/// Append the Pins of an iterable argument to `out`.
fn pins_arg(vm: &mut Vm, v: Value, out: &mut Vec<PinObj>) -> PyResult<()> {
    for p in vm.collect_iter(v)? {
        out.push(util::pin_arg(vm, p, "pin")?);
    }
    Ok(())
}

fn keys_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    scanner_new(vm, args, kw, false)
}

fn matrix_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    scanner_new(vm, args, kw, true)
}

/// `Keys(pins, *, value_when_pressed, pull=True, interval=0.02, max_events=64)` and
/// `KeyMatrix(row_pins, column_pins, columns_to_anodes=True, interval=0.02, max_events=64)`: claim the pins,
/// register a scanner in the board state (a matrix's keys are not wired to host inputs, so it scans no pins)
/// and make the object with its EventQueue.
fn scanner_new(vm: &mut Vm, args: &[Value], kw: Kwargs, matrix: bool) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let mut pins = Vec::new();
    let first = util::required(vm, args, kw, 0, if matrix { "row_pins" } else { "pins" })?;
    pins_arg(vm, first, &mut pins)?;
    let rows = pins.len();
    let (mut value_when_pressed, mut pull) = (true, true);
    if matrix {
        let cols = util::required(vm, args, kw, 1, "column_pins")?;
        pins_arg(vm, cols, &mut pins)?;
    } else {
        // Keyword-only: no positional arguments to look at.
        let pressed = util::required(vm, &[], kw, 0, "value_when_pressed")?;
        value_when_pressed = vm.truthy(pressed)?;
        if let Some(v) = kwarg(vm, kw, "pull") {
            pull = vm.truthy(v)?;
        }
    }
    let max_events = max_events_arg(vm, kw)?;
    let indices = util::claim_all(vm, &pins)?;
    let (key_count, scanned) = if matrix {
        (rows * (pins.len() - rows), Vec::new())
    } else {
        let mut b = util::board(vm).borrow_mut();
        for &i in &indices {
            b.pins[i].pull = pull.then_some(if value_when_pressed { Pull::Down } else { Pull::Up });
            b.release_output(i);
        }
        (indices.len(), indices.clone())
    };
    let index = {
        let mut b = util::board(vm).borrow_mut();
        b.scanners.push(Some(KeyScanner {
            pins: scanned,
            value_when_pressed,
            pressed: vec![false; key_count],
            events: Vec::new(),
            max_events,
            overflowed: false,
        }));
        b.scan_keys();
        b.scanners.len() - 1
    };
    let queue_class = util::class_of(vm, "keypad", "EventQueue")?;
    let queue = vm.new_native_instance(queue_class, Box::new(Queue { scanner: index }));
    let state = Held { scanner: index, key_count, queue, ..Held::new(Kind::Scanner, indices) };
    Ok(vm.new_native_instance(class, Box::new(state)))
}

fn scanner_deinit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if let Some(i) = deinit_held(vm, args[0], Kind::Scanner) {
        let slot = util::board(vm).borrow_mut().scanners.get_mut(i).map(|s| s.take());
        drop(slot);
    }
    Ok(Value::None)
}

/// `reset()`: forget the key states, so held keys are reported pressed again.
fn scanner_reset(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let index = live(vm, args[0], Kind::Scanner)?.scanner;
    let mut b = util::board(vm).borrow_mut();
    if let Some(Some(s)) = b.scanners.get_mut(index) {
        s.pressed.iter_mut().for_each(|p| *p = false);
    }
    b.scan_keys();
    Ok(Value::None)
}

/// `supervisor.ticks_ms()` at a board time.
pub fn ticks_ms_at(t_ns: u64) -> i64 {
    ((t_ns / 1_000_000) % (1 << 29)) as i64
}

const QUEUE_METHODS: &[&str] = &["get", "get_into", "clear", "__len__", "__bool__"];

fn queue_method(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (code, args) = util::method_args(vm, args, QUEUE_METHODS)?;
    queue_op(vm, args[0], code, args.get(1).copied().unwrap_or(Value::None))
}

/// An EventQueue's operations on its scanner's queue in the board state (after syncing the clock, so due
/// inputs are seen): get (0), get_into(target) (1), clear (2), `__len__` (3), `__bool__` (4), overflowed (5).
/// A deinitialised scanner's queue is empty.
fn queue_op(vm: &mut Vm, obj: Value, code: usize, target: Value) -> PyResult<Value> {
    if code == 1 && vm.native_state::<KeyEventObj>(target).is_none() {
        return Err(vm.type_error_for("event must be of type Event, not ", target, ""));
    }
    let index =
        vm.native_state::<Queue>(obj).map(|q| q.scanner).ok_or_else(|| vm.type_error_msg("expected EventQueue"))?;
    util::now_ns(vm);
    let mut b = util::board(vm).borrow_mut();
    let (len, overflowed, event) = match b.scanners.get_mut(index).and_then(|s| s.as_mut()) {
        Some(s) => {
            let (len, overflowed) = (s.events.len(), s.overflowed);
            if code == 2 {
                s.events.clear();
                s.overflowed = false;
            }
            (len, overflowed, if code < 2 && len > 0 { Some(s.events.remove(0)) } else { None })
        }
        None => (0, false, None),
    };
    drop(b);
    let event = event.map(|e| KeyEventObj {
        key_number: e.key_number as i64,
        pressed: e.pressed,
        timestamp: ticks_ms_at(e.t_ns),
    });
    Ok(match (code, event) {
        (0, Some(e)) => {
            let class = util::class_of(vm, "keypad", "Event")?;
            vm.new_native_instance(class, Box::new(e))
        }
        (1, Some(e)) => {
            if let Some(obj) = vm.native_state_mut::<KeyEventObj>(target) {
                *obj = e;
            }
            Value::TRUE
        }
        (0 | 2, _) => Value::None,
        (3, _) => Value::Int(len as i64),
        (4, _) => Value::bool(len != 0),
        (5, _) => Value::bool(overflowed),
        _ => Value::FALSE,
    })
}

/// `Event(key_number=0, pressed=True)`.
fn event_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let key_number = match util::arg(vm, args, kw, 0, "key_number") {
        Some(v) => util::int_in_range(vm, v, 0, 65535, "key_number")?,
        None => 0,
    };
    let pressed = match util::arg(vm, args, kw, 1, "pressed") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timestamp = match util::arg(vm, args, kw, 2, "timestamp") {
        Some(Value::None) | None => ticks_ms_at(util::now_ns(vm)),
        Some(v) => vm.expect_index(v)?,
    };
    Ok(vm.new_native_instance(class, Box::new(KeyEventObj { key_number, pressed, timestamp })))
}

fn event(vm: &Vm, v: Value) -> PyResult<KeyEventObj> {
    vm.native_state::<KeyEventObj>(v).copied().ok_or_else(|| vm.type_error_msg("expected Event"))
}

/// Events are equal when key number and pressed/released agree (timestamps are ignored, as documented).
fn event_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = event(vm, args[0])?;
    Ok(match args.get(1).and_then(|v| vm.native_state::<KeyEventObj>(*v)) {
        Some(b) => Value::bool(a.key_number == b.key_number && a.pressed == b.pressed),
        None => vm.not_implemented,
    })
}

fn event_hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let e = event(vm, args[0])?;
    Ok(Value::Int(e.key_number * 2 + e.pressed as i64))
}

fn event_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let e = event(vm, args[0])?;
    let text = format!("<Event: key_number {} {}>", e.key_number, if e.pressed { "pressed" } else { "released" });
    Ok(vm.new_string(text))
}

// ---- countio ----

pub fn init_countio(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_enum(vm, m, "countio.Edge", &[("FALL", 0), ("RISE", 1), ("RISE_AND_FALL", 2)]);
    let class = add_class(vm, m, "Counter", Some(counter_new), &[("deinit", counter_deinit), ("reset", counter_reset)]);
    add_context_manager(vm, class);
    add_properties(vm, class, property, 10, &[("count", true)]);
    Ok(())
}

fn edges(vm: &Vm, pin: usize, edge: u8) -> u64 {
    let b = util::board(vm).borrow();
    let p = &b.pins[pin];
    match edge {
        0 => p.falls,
        1 => p.rises,
        _ => p.rises + p.falls,
    }
}

/// `Counter(pin, *, edge=Edge.FALL, pull=None)`.
fn counter_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let pin = util::pin_param(vm, args, kw, 0, "pin")?;
    let edge = match kwarg(vm, kw, "edge") {
        Some(v) => util::enum_code(vm, v, "countio.Edge")?,
        None => 0,
    };
    let pull = match kwarg(vm, kw, "pull") {
        Some(Value::None) | None => None,
        Some(v) => Some(if util::enum_code(vm, v, "digitalio.Pull")? == 1 { Pull::Up } else { Pull::Down }),
    };
    util::claim(vm, &pin)?;
    util::board(vm).borrow_mut().pins[pin.index].pull = pull;
    let base = edges(vm, pin.index, edge);
    let state = Held { edge, base, ..Held::new(Kind::Counter, vec![pin.index]) };
    Ok(vm.new_native_instance(class, Box::new(state)))
}

fn counter_deinit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    deinit_held(vm, args[0], Kind::Counter);
    Ok(Value::None)
}

fn set_count(vm: &mut Vm, obj: Value, count: i64) -> PyResult<()> {
    let (pin, edge) = {
        let h = live(vm, obj, Kind::Counter)?;
        (h.pins[0], h.edge)
    };
    let base = edges(vm, pin, edge);
    let h = live_mut(vm, obj, Kind::Counter)?;
    h.base = base;
    h.offset = count;
    Ok(())
}

fn counter_reset(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    set_count(vm, args[0], 0)?;
    Ok(Value::None)
}

// ---- rotaryio ----

pub fn init_rotaryio(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let class = add_class(vm, m, "IncrementalEncoder", Some(encoder_new), &[("deinit", encoder_deinit)]);
    add_context_manager(vm, class);
    add_properties(vm, class, property, 11, &[("position", true), ("divisor", true)]);
    Ok(())
}

/// `IncrementalEncoder(pin_a, pin_b, divisor=4)`.
fn encoder_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let a = util::pin_param(vm, args, kw, 0, "pin_a")?;
    let b = util::pin_param(vm, args, kw, 1, "pin_b")?;
    let divisor = match util::arg(vm, args, kw, 2, "divisor") {
        Some(v) => vm.expect_index(v)?,
        None => 4,
    };
    let pins = util::claim_all(vm, &[a, b])?;
    let state = Held { divisor, ..Held::new(Kind::Encoder, pins) };
    Ok(vm.new_native_instance(class, Box::new(state)))
}

fn encoder_deinit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    deinit_held(vm, args[0], Kind::Encoder);
    Ok(Value::None)
}
