//! The virtual board's side of the JS API (`py.board`): the board's identity and pin names, a snapshot of the
//! outputs (pin levels, PWM, pixel colours, UART bytes out), the inputs the host drives (levels, analog values,
//! touch, UART bytes in, I2C devices, inputs scheduled for a board time), and the trace lines of what changed:
//! the `BOARD_*` operations of `Interpreter::op`.

use crate::bridge::{bytes, bytes_to_js, strings, Array, Object};
use crate::{num, op, Args, Interpreter};
use circuitpython_board::InputValue;
use wasm_bindgen::prelude::*;

/// `obj[key] = value`; taking `value` keeps its drop out of the many callers.
fn set(obj: &Object, key: &str, value: JsValue) {
    crate::bridge::set(obj, &JsValue::from_str(key), &value);
}

/// What `BOARD_SET_INPUT` drives (its `b`); js/src/protocol.mjs names the same numbers `INPUT_*`.
mod input {
    /// A level: the value is 0 or 1.
    pub const DIGITAL: f64 = 0.0;
    /// An analog value, 0-65535.
    pub const ANALOG: f64 = 1.0;
    /// A touch: the value is 0 or 1.
    pub const TOUCH: f64 = 2.0;
}

/// `--list-boards`' text (the native CLI prints the same); index.mjs reads the board ids from it, the first
/// word of each line.
#[wasm_bindgen]
pub fn boards_listing() -> String {
    circuitpython_board::boards_listing()
}

impl Interpreter {
    /// The `BOARD_*` operation `code`, with its arguments `a`, `b`, `c`.
    pub(crate) fn board_op(&self, code: u32, args: &Args) -> Result<JsValue, JsError> {
        let &Args { a, b, c, ref a_text, .. } = args;
        let def = self.def;
        Ok(match code {
            // `{id, name, machine, mcu, pins: {boardName: mcuPinName}}`.
            op::BOARD_INFO => {
                let info = Object::new();
                set(&info, "id", def.id.into());
                set(&info, "name", def.name.into());
                set(&info, "machine", def.machine.into());
                set(&info, "mcu", def.mcu.into());
                let pins = Object::new();
                for (name, index) in def.names {
                    set(&pins, name, def.pins[*index].name.into());
                }
                set(&info, "pins", pins.into());
                info.into()
            }
            // One entry per MCU pin: `{name, names, mcu, value, output, pwm, analog, touched}` (`name` is the
            // board name CircuitPython prints for it; `pwm` is `{duty_cycle, frequency}` or null).
            op::BOARD_PINS => {
                let state = self.board.borrow();
                let pins = Array::new();
                for (i, pin) in state.pins.iter().enumerate() {
                    let entry = Object::new();
                    set(&entry, "name", def.pins[i].display_name.into());
                    let names = Array::new();
                    for (name, index) in def.names {
                        if *index == i {
                            names.push(JsValue::from_str(name));
                        }
                    }
                    set(&entry, "names", names.into());
                    set(&entry, "mcu", def.pins[i].name.into());
                    set(&entry, "value", pin.read().into());
                    set(&entry, "output", pin.output.into());
                    let pwm = match pin.pwm {
                        Some((duty_cycle, frequency)) => {
                            let pwm = Object::new();
                            set(&pwm, "duty_cycle", duty_cycle.into());
                            set(&pwm, "frequency", frequency.into());
                            JsValue::from(pwm)
                        }
                        None => JsValue::NULL,
                    };
                    set(&entry, "pwm", pwm);
                    set(&entry, "analog", pin.analog.into());
                    set(&entry, "touched", pin.touched.into());
                    pins.push(entry.into());
                }
                pins.into()
            }
            // `{pinName: [[r, g, b], ...]}` for every pin pixels were written to (`[r, g, b, w]` for RGBW).
            op::BOARD_PIXELS => {
                let state = self.board.borrow();
                let out = Object::new();
                for (pin, pixels) in def.pins.iter().zip(&state.pixels) {
                    if let Some(pixels) = pixels {
                        let colours = Array::new();
                        for p in pixels {
                            let colour = Array::new();
                            for &c in p {
                                colour.push(c.into());
                            }
                            colours.push(colour.into());
                        }
                        set(&out, pin.display_name, colours.into());
                    }
                }
                out.into()
            }
            // Drive the input of pin `a` now: `b` says which (`input`), `c` is the value.
            op::BOARD_SET_INPUT => {
                let pin = a_text;
                let value = num(c);
                let mut state = self.board.borrow_mut();
                let index =
                    state.pin_index(pin).ok_or_else(|| JsError::new(&format!("no pin named {pin} on this board")))?;
                let input = match num(b) {
                    input::ANALOG if value.fract() == 0.0 && (0.0..=65535.0).contains(&value) => {
                        InputValue::Analog(value as u16)
                    }
                    input::ANALOG => return Err(JsError::new("an analog value is an integer from 0 to 65535")),
                    input::TOUCH => InputValue::Touch(value != 0.0),
                    input::DIGITAL => InputValue::Digital(value != 0.0),
                    _ => return Err(JsError::new("unknown operation")),
                };
                state.apply_input(index, input);
                JsValue::UNDEFINED
            }
            // Schedule `PIN=VALUE@SECONDS` (the CLI's `--input`).
            op::BOARD_SCHEDULE => {
                self.board.borrow_mut().schedule_spec(a_text).map_err(|e| JsError::new(&e))?;
                JsValue::UNDEFINED
            }
            // Bytes arriving on the board's UART RX.
            op::BOARD_UART_WRITE => {
                self.board.borrow_mut().uart_rx.extend(bytes(a));
                JsValue::UNDEFINED
            }
            // The bytes the program wrote to the UART since the last call.
            op::BOARD_UART_READ => {
                let data = std::mem::take(&mut self.board.borrow_mut().uart_tx);
                bytes_to_js(&data)
            }
            // Attach (or replace) a simulated I2C device at address `a`; `b` is `[reg0, value0, reg1, value1, ...]`
            // (a `Uint8Array`). The address converts as a JS number to a `u8` argument did before.
            op::BOARD_ATTACH_I2C => {
                let address = num(a) as i64 as u8;
                let registers = bytes(b);
                if address > 0x7F || !registers.len().is_multiple_of(2) {
                    return Err(JsError::new("an I2C device needs a 7-bit address and (register, value) byte pairs"));
                }
                let pairs: Vec<(u8, u8)> = registers.chunks(2).map(|p| (p[0], p[1])).collect();
                self.board.borrow_mut().attach_i2c_device(address, &pairs);
                JsValue::UNDEFINED
            }
            // The trace lines (JSON, as `--trace` writes them) of the events since the last call.
            _ => strings(&self.board.borrow_mut().drain_trace_lines()).into(),
        })
    }
}
