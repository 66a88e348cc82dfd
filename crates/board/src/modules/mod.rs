//! The hardware modules, registered as native modules (built on first import).

mod analogio;
mod board_mc;
mod busio;
mod digitalio;
mod inputs;
mod pixels;
mod pwmio;
mod system;

use circuitpython_core::Vm;

pub fn register(vm: &mut Vm) {
    vm.register_native_module("board", board_mc::init_board);
    vm.register_native_module("microcontroller", board_mc::init_microcontroller);
    vm.register_native_module("digitalio", digitalio::init);
    vm.register_native_module("analogio", analogio::init);
    vm.register_native_module("pwmio", pwmio::init);
    vm.register_native_module("neopixel_write", pixels::init_neopixel_write);
    vm.register_native_module("adafruit_pixelbuf", pixels::init_pixelbuf);
    vm.register_native_module("rainbowio", pixels::init_rainbowio);
    vm.register_native_module("touchio", inputs::init_touchio);
    vm.register_native_module("keypad", inputs::init_keypad);
    vm.register_native_module("countio", inputs::init_countio);
    vm.register_native_module("rotaryio", inputs::init_rotaryio);
    vm.register_native_module("busio", busio::init);
    vm.register_native_module("supervisor", system::init_supervisor);
    vm.register_native_module("storage", system::init_storage);
    vm.register_native_module("alarm", system::init_alarm);
    vm.register_native_module("alarm.time", system::init_alarm_time);
}
