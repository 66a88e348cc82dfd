//! The host's view of the board, outside the VM: pin levels and directions, PWM, NeoPixel buffers, analog and
//! touch inputs, UART bytes, simulated I2C devices, claimed pins, the board clock, inputs scheduled for a
//! board time, and the event log that becomes the JSON-lines trace.

use crate::boards::BoardDef;
use std::fmt::Write;

/// Board time an instruction takes under virtual time (about what an RP2040 manages).
pub const NS_PER_INSTRUCTION: u64 = 1_000;
/// The slice size both hosts run (through `supervisor::run_slice`), so native and WebAssembly runs charge
/// time identically.
pub const SLICE_INSTRUCTIONS: u64 = 10_000;
/// What a busy slice (one that used its whole budget without sleeping) costs under virtual time: a fixed
/// amount, so the clock never depends on how a host counts instructions.
pub const BUSY_SLICE_NS: u64 = SLICE_INSTRUCTIONS * NS_PER_INSTRUCTION;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pull {
    Up,
    Down,
}

/// One MCU pin as the outside world sees it.
#[derive(Clone, Debug, Default)]
pub struct PinState {
    pub claimed: bool,
    pub output: bool,
    /// The level the board drives when `output`.
    pub level: bool,
    pub pull: Option<Pull>,
    /// A level the host drives (a button, a wire); `None` leaves the pin to its pull.
    pub input: Option<bool>,
    /// Host-set analog reading, 0-65535.
    pub analog: u16,
    pub touched: bool,
    /// `(duty_cycle, frequency)` while a PWMOut runs on the pin.
    pub pwm: Option<(u16, u32)>,
    /// Rising and falling edges seen on the pin (for countio).
    pub rises: u64,
    pub falls: u64,
}

impl PinState {
    /// What a digital read returns.
    pub fn read(&self) -> bool {
        if self.output {
            return self.level;
        }
        self.input.unwrap_or(self.pull == Some(Pull::Up))
    }
}

/// What changed.
#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    Digital(bool),
    Pwm {
        duty_cycle: u16,
        frequency: u32,
    },
    /// Colours in RGB(W) order, one entry per pixel.
    Pixels(Vec<Vec<u8>>),
    AnalogOut(u16),
    UartTx(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub t_ns: u64,
    /// The board name the program used for the pin (`LED`, `GP15`, `NEOPIXEL`), from the board definition.
    pub pin: &'static str,
    pub kind: EventKind,
}

impl Event {
    /// The trace line for this event (without the newline), e.g. `{"t":0.5,"pin":"LED","value":true}`.
    pub fn to_json(&self) -> String {
        // One string written in order (no part built apart and copied in); `write!` to a String cannot fail.
        // The time: seconds with microsecond resolution as the shortest decimal (`0.5`, `1.0`, `10.0`,
        // `2.000125`), from the integer clock so no float rounding shows.
        let micros = self.t_ns / 1_000;
        let mut out = format!("{{\"t\":{}.{:06}", micros / 1_000_000, micros % 1_000_000);
        while out.ends_with('0') && !out.ends_with(".0") {
            out.pop();
        }
        let what = match self.kind {
            EventKind::Pixels(_) => "pixels",
            EventKind::UartTx(_) => "uart",
            _ => "pin",
        };
        let _ = write!(out, ",\"{what}\":");
        json_string(&mut out, self.pin);
        let _ = match &self.kind {
            EventKind::Digital(v) => write!(out, ",\"value\":{v}}}"),
            EventKind::Pwm { duty_cycle, frequency } => {
                write!(out, ",\"pwm\":{{\"duty_cycle\":{duty_cycle},\"frequency\":{frequency}}}}}")
            }
            EventKind::Pixels(pixels) => {
                let key = if pixels.first().is_some_and(|p| p.len() == 4) { "rgbw" } else { "rgb" };
                let _ = write!(out, ",\"{key}\":[");
                for (i, p) in pixels.iter().enumerate() {
                    out.push_str(if i > 0 { ",[" } else { "[" });
                    for (j, c) in p.iter().enumerate() {
                        let _ = write!(out, "{}{c}", if j > 0 { "," } else { "" });
                    }
                    out.push(']');
                }
                out.push_str("]}");
                Ok(())
            }
            EventKind::AnalogOut(v) => write!(out, ",\"analog\":{v}}}"),
            EventKind::UartTx(bytes) => {
                out.push_str(",\"tx\":");
                json_string(&mut out, &String::from_utf8_lossy(bytes));
                out.push('}');
                Ok(())
            }
        };
        out
    }
}

/// `s` as a JSON string, appended to `out`.
fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Where a host streams events as they happen (`BoardState::set_event_sink`).
pub type EventSink = Box<dyn FnMut(&Event)>;

/// An input the host applies when the board clock reaches `t_ns` (`--input BUTTON_A=1@2.5`).
#[derive(Clone, Debug, PartialEq)]
pub struct ScheduledInput {
    pub t_ns: u64,
    pub pin: usize,
    pub value: InputValue,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputValue {
    Digital(bool),
    Analog(u16),
    Touch(bool),
}

/// A simulated I2C device: a register map with an auto-incrementing register pointer, like most sensors.
#[derive(Clone, Debug)]
pub struct I2cDevice {
    pub address: u8,
    /// All 256 registers (0 where never set).
    pub registers: Vec<u8>,
    pub pointer: u8,
    /// Every write the program made, for the host to inspect.
    pub written: Vec<Vec<u8>>,
}

/// A `keypad` scanner's view, kept here so that input changes produce events at the exact board time.
#[derive(Clone, Debug)]
pub struct KeyScanner {
    pub pins: Vec<usize>,
    pub value_when_pressed: bool,
    pub pressed: Vec<bool>,
    /// Oldest first; at most `max_events` (64 or fewer), so taking from the front of a `Vec` is cheap.
    pub events: Vec<KeyEvent>,
    pub max_events: usize,
    pub overflowed: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyEvent {
    pub key_number: usize,
    pub pressed: bool,
    pub t_ns: u64,
}

pub struct BoardState {
    pub def: &'static BoardDef,
    pub pins: Vec<PinState>,
    /// The last colours sent to each pixel pin, by MCU pin index (None: no pixels written there).
    pub pixels: Vec<Option<Vec<Vec<u8>>>>,
    /// Byte order and size the next `neopixel_write` uses (set by `adafruit_pixelbuf` before it transmits).
    pub pixel_order: String,
    /// Events not yet taken by the host (`drain_trace_lines`), unless an event sink takes them at once.
    pub events: Vec<Event>,
    event_sink: Option<EventSink>,
    pub virtual_time: bool,
    now_ns: u64,
    scheduled: Vec<ScheduledInput>,
    /// Attached I2C devices, ordered by address (as `I2C.scan()` lists them).
    pub i2c_devices: Vec<I2cDevice>,
    /// Bytes the host sends to the board's UART, and bytes the program wrote.
    pub uart_rx: Vec<u8>,
    pub uart_tx: Vec<u8>,
    /// Bytes a simulated SPI device answers with (0xFF once empty), and everything written.
    pub spi_miso: Vec<u8>,
    pub spi_mosi: Vec<u8>,
    pub scanners: Vec<Option<KeyScanner>>,
    /// `microcontroller.nvm` (survives soft reboots).
    pub nvm: Vec<u8>,
    /// `supervisor.reload()` / `microcontroller.reset()` asked for a soft reboot.
    pub reload_requested: bool,
    pub next_code_file: Option<String>,
}

impl BoardState {
    pub fn new(def: &'static BoardDef, virtual_time: bool) -> BoardState {
        let pins = vec![PinState::default(); def.pins.len()];
        let pixels = vec![None; def.pins.len()];
        BoardState {
            def,
            pins,
            pixels,
            pixel_order: String::from("GRB"),
            events: Vec::new(),
            event_sink: None,
            virtual_time,
            now_ns: 0,
            scheduled: Vec::new(),
            i2c_devices: Vec::new(),
            uart_rx: Vec::new(),
            uart_tx: Vec::new(),
            spi_miso: Vec::new(),
            spi_mosi: Vec::new(),
            scanners: Vec::new(),
            nvm: vec![0xFF; 256],
            reload_requested: false,
            next_code_file: None,
        }
    }

    /// A soft reboot: pins released and reset, objects gone; inputs, devices, the clock and nvm stay.
    pub fn soft_reset(&mut self) {
        for pin in &mut self.pins {
            *pin = PinState { input: pin.input, analog: pin.analog, touched: pin.touched, ..PinState::default() };
        }
        self.scanners.clear();
        self.reload_requested = false;
        self.pixel_order = String::from("GRB");
    }

    /// The board clock (nanoseconds since power-on).
    pub fn now_ns(&self) -> u64 {
        self.now_ns
    }

    /// The clock as `Host::monotonic_ns` should report it: under real time the host's elapsed time (moving the
    /// board clock there first), under virtual time the board clock alone.
    pub fn clock_ns(&mut self, real_elapsed_ns: u64) -> u64 {
        if !self.virtual_time {
            self.advance_to(real_elapsed_ns);
        }
        self.now_ns
    }

    /// Move the clock forward to `t_ns` (never backwards), applying the scheduled inputs due by then in
    /// order, each at its own time.
    pub fn advance_to(&mut self, t_ns: u64) {
        while let Some(first) = self.scheduled.first() {
            if first.t_ns > t_ns {
                break;
            }
            let input = self.scheduled.remove(0);
            self.now_ns = self.now_ns.max(input.t_ns);
            self.apply_input(input.pin, input.value);
        }
        self.now_ns = self.now_ns.max(t_ns);
    }

    /// Charge a busy slice to the virtual clock (`Host::after_slice`); real time ignores it.
    pub fn charge_busy_slice(&mut self) {
        if self.virtual_time {
            self.advance_to(self.now_ns + BUSY_SLICE_NS);
        }
    }

    pub fn schedule(&mut self, input: ScheduledInput) {
        let at = self.scheduled.partition_point(|s| s.t_ns <= input.t_ns);
        self.scheduled.insert(at, input);
    }

    /// Parse and schedule `PIN=VALUE@SECONDS` (`BUTTON_A=1@2.5`, `A0=32768@1`, `A1=touch@3`): 0/1/true/
    /// false set a digital level, bigger numbers an analog reading, `touch`/`release` a touch pad.
    pub fn schedule_spec(&mut self, spec: &str) -> Result<(), String> {
        let bad = || format!("bad --input '{spec}': expected PIN=VALUE@SECONDS");
        let (name, value, seconds) = split_spec(spec).ok_or_else(bad)?;
        let pin = self.pin_index(name.trim()).ok_or_else(|| format!("no pin named {name} on {}", self.def.id))?;
        let value = parse_input_value(value.trim()).ok_or_else(bad)?;
        self.schedule(ScheduledInput { t_ns: (seconds * 1e9).round() as u64, pin, value });
        Ok(())
    }

    /// A `board` name (or an MCU pin name) to its pin index.
    pub fn pin_index(&self, name: &str) -> Option<usize> {
        self.def.pin_index(name).or_else(|| self.def.pins.iter().position(|p| p.name == name))
    }

    /// Drive an input now (a click in the UI, a scheduled input).
    pub fn apply_input(&mut self, pin: usize, value: InputValue) {
        let Some(state) = self.pins.get_mut(pin) else { return };
        match value {
            InputValue::Digital(level) => {
                let before = state.read();
                state.input = Some(level);
                state.analog = if level { 65535 } else { 0 };
                match (before, state.read()) {
                    (false, true) => state.rises += 1,
                    (true, false) => state.falls += 1,
                    _ => {}
                }
            }
            InputValue::Analog(v) => state.analog = v,
            InputValue::Touch(t) => state.touched = t,
        }
        self.scan_keys();
    }

    /// Set what the program drives on a pin, logging a trace event when the level changes.
    pub fn drive(&mut self, pin: usize, name: &'static str, level: bool) {
        let state = &mut self.pins[pin];
        let was = state.read();
        state.output = true;
        state.level = level;
        if was != level {
            self.log(name, EventKind::Digital(level));
        }
    }

    /// Stop driving a pin (direction input, deinit).
    pub fn release_output(&mut self, pin: usize) {
        self.pins[pin].output = false;
        self.scan_keys();
    }

    pub fn log(&mut self, pin: &'static str, kind: EventKind) {
        let event = Event { t_ns: self.now_ns, pin, kind };
        match &mut self.event_sink {
            Some(sink) => sink(&event),
            None => self.events.push(event),
        }
    }

    /// Hand every event to `sink` as it happens (the native `--trace`), instead of keeping it in `events`.
    pub fn set_event_sink(&mut self, sink: EventSink) {
        self.event_sink = Some(sink);
    }

    /// Take the events logged so far as trace lines (each without its newline).
    pub fn drain_trace_lines(&mut self) -> Vec<String> {
        let mut lines = Vec::with_capacity(self.events.len());
        for e in std::mem::take(&mut self.events) {
            lines.push(e.to_json());
        }
        lines
    }

    /// Re-read every keypad scanner's pins, queueing an event for each change at the current time.
    pub fn scan_keys(&mut self) {
        let now = self.now_ns;
        let pins = &self.pins;
        for scanner in self.scanners.iter_mut().flatten() {
            for (key, &pin) in scanner.pins.iter().enumerate() {
                let pressed = pins[pin].read() == scanner.value_when_pressed;
                if pressed != scanner.pressed[key] {
                    scanner.pressed[key] = pressed;
                    if scanner.events.len() >= scanner.max_events {
                        scanner.overflowed = true;
                    } else {
                        scanner.events.push(KeyEvent { key_number: key, pressed, t_ns: now });
                    }
                }
            }
        }
    }

    /// Attach (or replace) a simulated I2C device.
    /// The attached I2C device at `address`, if any.
    pub fn i2c_device_mut(&mut self, address: u8) -> Option<&mut I2cDevice> {
        self.i2c_devices.iter_mut().find(|d| d.address == address)
    }

    pub fn attach_i2c_device(&mut self, address: u8, registers: &[(u8, u8)]) {
        let mut device = I2cDevice { address, registers: vec![0; 256], pointer: 0, written: Vec::new() };
        for &(register, value) in registers {
            device.registers[register as usize] = value;
        }
        match self.i2c_devices.binary_search_by_key(&address, |d| d.address) {
            Ok(i) => self.i2c_devices[i] = device,
            Err(i) => self.i2c_devices.insert(i, device),
        }
    }

    /// Record a NeoPixel transmission (raw bytes in `pixel_order`), logging an event when the colours change.
    pub fn show_pixels(&mut self, pin: usize, name: &'static str, bytes: &[u8]) {
        let order = self.pixel_order.as_bytes();
        let bpp = order.len().clamp(3, 4);
        let mut pixels = Vec::with_capacity(bytes.len() / bpp);
        for chunk in bytes.chunks_exact(bpp) {
            let mut pixel = Vec::with_capacity(bpp);
            for &channel in &b"RGBW"[..bpp] {
                pixel.push(order.iter().position(|&c| c == channel).map_or(0, |i| chunk[i]));
            }
            pixels.push(pixel);
        }
        if self.pixels[pin].as_ref() != Some(&pixels) {
            self.pixels[pin] = Some(pixels.clone());
            self.log(name, EventKind::Pixels(pixels));
        }
    }
}

/// `PIN=VALUE@SECONDS` taken apart (the value is parsed once the pin is known); `None` if malformed.
fn split_spec(spec: &str) -> Option<(&str, &str, f64)> {
    let (assign, at) = spec.rsplit_once('@')?;
    let (name, value) = assign.split_once('=')?;
    let seconds = circuitpython_parser::parse_decimal_float(at.trim())?;
    (seconds.is_finite() && seconds >= 0.0).then_some((name, value, seconds))
}

fn parse_input_value(text: &str) -> Option<InputValue> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "high" | "pressed" => Some(InputValue::Digital(true)),
        "false" | "low" | "released" => Some(InputValue::Digital(false)),
        "touch" => Some(InputValue::Touch(true)),
        "release" => Some(InputValue::Touch(false)),
        n => match n.parse::<u32>().ok()? {
            v @ 0..=1 => Some(InputValue::Digital(v == 1)),
            v => Some(InputValue::Analog(u16::try_from(v).ok()?)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of trace line, byte for byte: times to the microsecond without trailing zeros, RGB and RGBW
    /// pixels, and UART text escaped as a JSON string.
    #[test]
    fn trace_lines_of_each_event_kind() {
        let line = |t_ns, pin, kind| Event { t_ns, pin, kind }.to_json();
        assert_eq!(line(0, "LED", EventKind::Digital(true)), r#"{"t":0.0,"pin":"LED","value":true}"#);
        assert_eq!(
            line(2_000_125_999, "GP15", EventKind::Pwm { duty_cycle: 32768, frequency: 500 }),
            r#"{"t":2.000125,"pin":"GP15","pwm":{"duty_cycle":32768,"frequency":500}}"#
        );
        assert_eq!(
            line(1_500_000_000, "NEOPIXEL", EventKind::Pixels(vec![vec![255, 0, 0], vec![0, 1, 20]])),
            r#"{"t":1.5,"pixels":"NEOPIXEL","rgb":[[255,0,0],[0,1,20]]}"#
        );
        assert_eq!(
            line(10_000_000_000, "D5", EventKind::Pixels(vec![vec![1, 2, 3, 4]])),
            r#"{"t":10.0,"pixels":"D5","rgbw":[[1,2,3,4]]}"#
        );
        assert_eq!(line(1_000, "A0", EventKind::AnalogOut(1000)), r#"{"t":0.000001,"pin":"A0","analog":1000}"#);
        assert_eq!(
            line(0, "TX", EventKind::UartTx(b"a\"b\\c\n\x01\xffz".to_vec())),
            r#"{"t":0.0,"uart":"TX","tx":"a\"b\\c\u000a\u0001�z"}"#
        );
        assert_eq!(line(0, "NEOPIXEL", EventKind::Pixels(vec![])), r#"{"t":0.0,"pixels":"NEOPIXEL","rgb":[]}"#);
    }
}
