//! circuitpython-board: the virtual board. Board definitions as data (`boards/*.toml`), the hardware modules
//! CircuitPython programs import (`board`, `microcontroller`, `digitalio`, `analogio`, `pwmio`,
//! `neopixel_write`, `adafruit_pixelbuf`, `rainbowio`, `touchio`, `keypad`, `countio`, `rotaryio`, `busio`,
//! `supervisor`, `storage`, `alarm`), the host's view of the board (`BoardState`: pins, PWM, pixels, inputs,
//! UART/I2C/SPI devices, the clock and the event log that becomes the trace), and the supervisor's power-on
//! flow.
//!
//! # How a host uses it
//! ```text
//! let def = circuitpython_board::find_board("raspberry_pi_pico").unwrap();             // --board
//! let state = Rc::new(RefCell::new(BoardState::new(def, virtual_time)));                // --fast
//! state.borrow_mut().schedule_spec("BUTTON_A=1@2.5")?;                                   // --input
//! // The host's `Host` impl keeps a clone of `state` and answers the clock from it (the only clock):
//! //   monotonic_ns():      state.borrow_mut().clock_ns(real_elapsed_ns)
//! //   sleep_blocking(t):   virtual: state.advance_to(t); real: sleep, then clock_ns(real)
//! //   after_slice(_):      state.borrow_mut().charge_busy_slice()
//! let mut vm = Vm::new(Box::new(host), Config { heap_size: def.heap, ..Config::default() });
//! circuitpython_board::install(&mut vm, def, state.clone());
//! // Start code (vm.start, or supervisor::power_on for boot.py + code.py), then loop supervisor::run_slice;
//! // `RunStep::Sleep { until_ns, .. }` (real time only) means: wait, then call run_slice again.
//! // Trace: state.borrow_mut().set_event_sink(..) to stream events, or drain_trace_lines() after slices.
//! ```
//! Trace lines: `{"t":0.5,"pin":"LED","value":true}`, `{"t":1.0,"pin":"GP15","pwm":{"duty_cycle":32768,
//! "frequency":500}}`, `{"t":1.0,"pixels":"NEOPIXEL","rgb":[[255,0,0]]}` (`rgbw` for 4-byte pixels), plus
//! `{"t":..,"pin":"A0","analog":N}` for AnalogOut and `{"t":..,"uart":"TX","tx":"text"}` for UART output. `t` is
//! board seconds with microsecond resolution. A pin is named by the `board` name the program reached it
//! through (`board.LED` → `"LED"`, `board.GP25` → `"GP25"`); errors use the name CircuitPython prints (the
//! first `board` name of the pin: `ValueError: GP25 in use`). Digital events are logged when the level the
//! pin shows changes (so a pin switched to output low logs nothing), pixel events when the colours change.
//!
//! Virtual time: the clock moves only by sleeps (the host advances it to the sleep's end at once) and by
//! `BUSY_SLICE_NS` for each slice that used its whole budget; scheduled inputs are applied in order, each at
//! its own time, as the clock passes them. `--until T` is inclusive: everything at board time <= T runs, and
//! the run stops when the clock passes T or the next wake-up lies beyond it (the clock is then set to T).
//!
//! The host drives inputs with `BoardState::apply_input(pin, InputValue)` and `pin_index(name)`, attaches
//! I2C devices with `attach_i2c_device(addr, &[(reg, value)])`, feeds UART bytes into `uart_rx` and reads
//! `uart_tx`, `spi_mosi`/`spi_miso`; `pixels`, `pins[i]` (`level`, `output`, `pwm`) are the snapshot.
//! Soft reboot: make a new VM, call `state.borrow_mut().soft_reset()` and `install` again.

pub mod boards;
mod modules;
pub mod repl;
pub mod state;
pub mod supervisor;
mod util;

pub use boards::{all_boards, board_ids, find_board, BoardDef};
pub use state::{BoardState, Event, InputValue, BUSY_SLICE_NS, NS_PER_INSTRUCTION, SLICE_INSTRUCTIONS};

use circuitpython_core::modules::sys::BoardIdentity;
use circuitpython_core::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// What the board keeps in the VM (`vm.extension::<BoardHandle>()`).
pub struct BoardHandle {
    pub def: &'static BoardDef,
    pub state: Rc<RefCell<BoardState>>,
    /// Pinned singletons of `board.I2C()`, `board.SPI()`, `board.UART()` (VM pin handles).
    pub(crate) singletons: [Option<u64>; 3],
}
circuitpython_core::keyed_type!(BoardHandle);

/// Register the board's modules in `vm`, share `state` with them, and make `sys`/`os` report the board.
pub fn install(vm: &mut Vm, def: &'static BoardDef, state: Rc<RefCell<BoardState>>) {
    vm.set_extension(BoardIdentity { platform: def.platform.to_string(), machine: def.machine.to_string() });
    vm.set_extension(BoardHandle { def, state, singletons: [None; 3] });
    modules::register(vm);
}

/// `--list-boards`: one board a line, its id then what it is (the same text in both command lines).
pub fn boards_listing() -> String {
    let mut text = String::new();
    for b in all_boards() {
        text.push_str(&format!("{:<28} {}\n", b.id, b.machine));
    }
    text
}
