//! The virtual board's side of the JS API (`py.board`): the board's identity and pin names, a snapshot of the
//! outputs (pin levels, PWM, pixel colours, UART bytes out), the inputs the host drives (levels, analog values,
//! touch, UART bytes in, I2C devices, inputs scheduled for a board time), and the trace lines of what changed.

use crate::Interpreter;
use circuitpython_board::InputValue;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value.into());
}

fn strings<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Array {
    items.into_iter().map(|s| JsValue::from_str(s.as_ref())).collect()
}

/// Colours as an array of `[r, g, b]` (or `[r, g, b, w]`) arrays.
fn colours(pixels: &[Vec<u8>]) -> Array {
    pixels.iter().map(|p| JsValue::from(p.iter().map(|&c| JsValue::from(c)).collect::<Array>())).collect()
}

/// The ids of the built-in boards.
#[wasm_bindgen]
pub fn board_ids() -> Array {
    strings(circuitpython_board::board_ids())
}

/// `--list-boards`' text (the native CLI prints the same).
#[wasm_bindgen]
pub fn boards_listing() -> String {
    circuitpython_board::boards_listing()
}

#[wasm_bindgen]
impl Interpreter {
    /// `{id, name, machine, mcu, pins: {boardName: mcuPinName}}`.
    pub fn board_info(&self) -> JsValue {
        let def = self.def;
        let info = Object::new();
        set(&info, "id", def.id);
        set(&info, "name", def.name);
        set(&info, "machine", def.machine);
        set(&info, "mcu", def.mcu);
        let pins = Object::new();
        for (name, index) in def.names {
            set(&pins, name, def.pins[*index].name);
        }
        set(&info, "pins", pins);
        info.into()
    }

    /// One entry per MCU pin: `{name, names, mcu, value, output, pwm, analog, touched}` (`name` is the board
    /// name CircuitPython prints for it; `pwm` is `{duty_cycle, frequency}` or null).
    pub fn board_pins(&self) -> Array {
        let state = self.board.borrow();
        let def = self.def;
        state
            .pins
            .iter()
            .enumerate()
            .map(|(i, pin)| {
                let entry = Object::new();
                set(&entry, "name", def.pins[i].display_name);
                let names = def.names.iter().filter(|(_, index)| *index == i).map(|(n, _)| n);
                set(&entry, "names", strings(names));
                set(&entry, "mcu", def.pins[i].name);
                set(&entry, "value", pin.read());
                set(&entry, "output", pin.output);
                let pwm = match pin.pwm {
                    Some((duty_cycle, frequency)) => {
                        let pwm = Object::new();
                        set(&pwm, "duty_cycle", duty_cycle);
                        set(&pwm, "frequency", frequency);
                        JsValue::from(pwm)
                    }
                    None => JsValue::NULL,
                };
                set(&entry, "pwm", pwm);
                set(&entry, "analog", pin.analog);
                set(&entry, "touched", pin.touched);
                JsValue::from(entry)
            })
            .collect()
    }

    /// `{pinName: [[r, g, b], ...]}` for every pin pixels were written to.
    pub fn board_pixels(&self) -> JsValue {
        let state = self.board.borrow();
        let out = Object::new();
        for (pin, pixels) in self.def.pins.iter().zip(&state.pixels) {
            if let Some(pixels) = pixels {
                set(&out, pin.display_name, colours(pixels));
            }
        }
        out.into()
    }

    /// Drive an input now: `kind` is "digital" (value 0/1), "analog" (0-65535) or "touch" (0/1).
    pub fn board_set_input(&self, pin: &str, kind: &str, value: f64) -> Result<(), JsError> {
        let mut state = self.board.borrow_mut();
        let index = state.pin_index(pin).ok_or_else(|| JsError::new(&format!("no pin named {pin} on this board")))?;
        let input = match kind {
            "digital" => InputValue::Digital(value != 0.0),
            "touch" => InputValue::Touch(value != 0.0),
            "analog" if value.fract() == 0.0 && (0.0..=65535.0).contains(&value) => InputValue::Analog(value as u16),
            "analog" => return Err(JsError::new("an analog value is an integer from 0 to 65535")),
            _ => return Err(JsError::new(&format!("unknown input kind '{kind}'"))),
        };
        state.apply_input(index, input);
        Ok(())
    }

    /// Schedule `PIN=VALUE@SECONDS` (the CLI's `--input`).
    pub fn board_schedule(&self, spec: &str) -> Result<(), JsError> {
        self.board.borrow_mut().schedule_spec(spec).map_err(|e| JsError::new(&e))
    }

    /// Bytes arriving on the board's UART RX.
    pub fn board_uart_write(&self, bytes: &[u8]) {
        self.board.borrow_mut().uart_rx.extend(bytes.iter().copied());
    }

    /// The bytes the program wrote to the UART since the last call.
    pub fn board_uart_read(&self) -> Uint8Array {
        let bytes = std::mem::take(&mut self.board.borrow_mut().uart_tx);
        Uint8Array::from(bytes.as_slice())
    }

    /// Attach (or replace) a simulated I2C device; `registers` is `[reg0, value0, reg1, value1, ...]`.
    pub fn board_attach_i2c(&self, address: u8, registers: &[u8]) -> Result<(), JsError> {
        if address > 0x7F || !registers.len().is_multiple_of(2) {
            return Err(JsError::new("an I2C device needs a 7-bit address and (register, value) byte pairs"));
        }
        let pairs: Vec<(u8, u8)> = registers.chunks(2).map(|p| (p[0], p[1])).collect();
        self.board.borrow_mut().attach_i2c_device(address, &pairs);
        Ok(())
    }

    /// The trace lines (JSON, as `--trace` writes them) of the events since the last call.
    pub fn board_trace(&self) -> Array {
        strings(self.board.borrow_mut().drain_trace_lines())
    }
}
