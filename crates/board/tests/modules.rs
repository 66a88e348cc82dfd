//! The hardware modules against the virtual board: traces under virtual time, pin claims and CircuitPython's
//! errors, scheduled inputs seen by digitalio and keypad, NeoPixels, I2C devices.

mod common;
use common::Board;

#[test]
fn blink_until_ten_seconds_includes_the_toggle_at_ten() {
    let mut b = Board::new("raspberry_pi_pico");
    let err = b.run(
        "import board, digitalio, time\n\
         led = digitalio.DigitalInOut(board.LED)\n\
         led.direction = digitalio.Direction.OUTPUT\n\
         while True:\n    led.value = True\n    time.sleep(0.5)\n    led.value = False\n    time.sleep(0.5)\n",
        10.0,
    );
    assert_eq!(err, None);
    let trace = b.trace();
    // `--until` is inclusive: the toggle at exactly 10.0 s runs.
    let expected: Vec<String> = (0..=20)
        .map(|i| {
            let t = i as f64 * 0.5;
            let t = if t.fract() == 0.0 { format!("{t:.1}") } else { format!("{t}") };
            format!("{{\"t\":{t},\"pin\":\"LED\",\"value\":{}}}", i % 2 == 0)
        })
        .collect();
    assert_eq!(trace, expected);
}

#[test]
fn claiming_a_pin_twice_names_it() {
    let mut b = Board::new("raspberry_pi_pico");
    let err = b.run(
        "import board, digitalio\na = digitalio.DigitalInOut(board.LED)\nb = digitalio.DigitalInOut(board.GP25)\n",
        1.0,
    );
    assert_eq!(err.as_deref(), Some("ValueError: GP25 in use"));
}

#[test]
fn deinit_releases_and_use_after_deinit_fails() {
    let mut b = Board::new("raspberry_pi_pico");
    let err = b.run(
        "import board, digitalio\n\
         a = digitalio.DigitalInOut(board.GP25)\na.deinit()\n\
         with digitalio.DigitalInOut(board.GP25) as c:\n    c.switch_to_output(True)\n\
         d = digitalio.DigitalInOut(board.GP25)\nd.deinit()\nd.value\n",
        1.0,
    );
    assert_eq!(err.as_deref(), Some("ValueError: Object has been deinitialized"));
    assert_eq!(b.trace(), vec![r#"{"t":0.0,"pin":"GP25","value":true}"#.to_string()]);
}

#[test]
fn pwm_checks_and_traces() {
    let mut b = Board::new("raspberry_pi_pico");
    let err = b.run(
        "import board, pwmio\np = pwmio.PWMOut(board.GP15, frequency=500)\np.duty_cycle = 32768\np.duty_cycle = 65536\n",
        1.0,
    );
    assert_eq!(err.as_deref(), Some("ValueError: duty_cycle must be 0-65535"));
    assert_eq!(
        b.trace(),
        vec![
            r#"{"t":0.0,"pin":"GP15","pwm":{"duty_cycle":0,"frequency":500}}"#.to_string(),
            r#"{"t":0.0,"pin":"GP15","pwm":{"duty_cycle":32768,"frequency":500}}"#.to_string(),
        ]
    );
    let err = b.run("p.frequency = 1000\n", 1.0);
    assert_eq!(err.as_deref(), Some("AttributeError: PWM frequency not writable when variable_frequency is False"));
    let mut m4 = Board::new("metro_m4_express");
    assert_eq!(
        m4.run("import board, pwmio\npwmio.PWMOut(board.A0)\n", 1.0).as_deref(),
        Some("ValueError: Invalid pin")
    );
}

#[test]
fn scheduled_press_is_seen_at_its_time_by_digitalio_and_keypad() {
    let mut b = Board::new("circuitplayground_bluefruit");
    b.state.borrow_mut().schedule_spec("BUTTON_A=1@2.5").unwrap();
    let err = b.run(
        "import board, digitalio, time, keypad\n\
         btn = digitalio.DigitalInOut(board.BUTTON_A)\nbtn.pull = digitalio.Pull.DOWN\n\
         keys = keypad.Keys((board.BUTTON_B,), value_when_pressed=True)\n\
         while not btn.value:\n    time.sleep(0.01)\n\
         print('digitalio', time.monotonic())\n",
        10.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.output(), "digitalio 2.5\n");

    let mut b = Board::new("circuitplayground_bluefruit");
    b.state.borrow_mut().schedule_spec("BUTTON_B=1@2.5").unwrap();
    b.state.borrow_mut().schedule_spec("BUTTON_B=0@3").unwrap();
    let err = b.run(
        "import board, time, keypad, supervisor\n\
         keys = keypad.Keys((board.BUTTON_A, board.BUTTON_B), value_when_pressed=True)\n\
         n = 0\n\
         while n < 2:\n    e = keys.events.get()\n    if e:\n        n += 1\n        print(e, e.timestamp)\n    time.sleep(0.1)\n",
        10.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.output(), "<Event: key_number 1 pressed> 2500\n<Event: key_number 1 released> 3000\n");
}

#[test]
fn keys_without_value_when_pressed_is_a_type_error_and_the_board_runs_on() {
    let mut b = Board::new("circuitplayground_bluefruit");
    let err = b.run("import board, keypad\nkeypad.Keys((board.BUTTON_A,))\n", 1.0);
    assert_eq!(err.as_deref(), Some("TypeError: 'value_when_pressed' argument required"));
    let err = b.run(
        "import board, keypad\n\
         keys = keypad.Keys((board.BUTTON_A,), value_when_pressed=True)\nprint(keys.key_count)\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.output(), "1\n");
}

#[test]
fn neopixel_write_traces_rgb() {
    let mut b = Board::new("feather_rp2040");
    let err = b.run(
        "import board, digitalio, neopixel_write\n\
         pin = digitalio.DigitalInOut(board.NEOPIXEL)\npin.direction = digitalio.Direction.OUTPUT\n\
         neopixel_write.neopixel_write(pin, bytearray([0, 255, 0, 16, 0, 32]))\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.trace(), vec![r#"{"t":0.0,"pixels":"NEOPIXEL","rgb":[[255,0,0],[0,16,32]]}"#.to_string()]);
}

#[test]
fn pixelbuf_subclass_shows_through_transmit() {
    let mut b = Board::new("circuitplayground_bluefruit");
    let err = b.run(
        "import board, digitalio, adafruit_pixelbuf\n\
         from neopixel_write import neopixel_write\n\
         class Strip(adafruit_pixelbuf.PixelBuf):\n\
         \x20   def __init__(self, pin, n, **kw):\n\
         \x20       super().__init__(n, byteorder='GRB', **kw)\n\
         \x20       self.pin = digitalio.DigitalInOut(pin)\n\
         \x20       self.pin.direction = digitalio.Direction.OUTPUT\n\
         \x20   def _transmit(self, buf):\n\
         \x20       neopixel_write(self.pin, buf)\n\
         s = Strip(board.NEOPIXEL, 3, brightness=0.5, auto_write=False)\n\
         s[0] = (255, 0, 0)\ns[1:3] = [0x00FF00, (0, 0, 255)]\ns.show()\nprint(s[0], len(s))\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.output(), "(255, 0, 0) 3\n");
    assert_eq!(b.trace(), vec![r#"{"t":0.0,"pixels":"NEOPIXEL","rgb":[[127,0,0],[0,127,0],[0,0,127]]}"#.to_string()]);
}

#[test]
fn i2c_scan_and_registers() {
    let mut b = Board::new("feather_rp2040");
    b.state.borrow_mut().attach_i2c_device(0x44, &[(0x00, 0x12), (0x01, 0x34)]);
    let err = b.run(
        "import board\n\
         i2c = board.I2C()\n\
         while not i2c.try_lock():\n    pass\n\
         print(i2c.scan())\n\
         buf = bytearray(2)\n\
         i2c.writeto_then_readfrom(0x44, bytes([0]), buf)\nprint(list(buf))\n\
         i2c.writeto(0x44, bytes([5, 9]))\n\
         i2c.unlock()\nprint(board.I2C() is i2c)\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.output(), "[68]\n[18, 52]\nTrue\n");
    assert_eq!(b.state.borrow_mut().i2c_device_mut(0x44).unwrap().registers[5], 9);
}

/// Reads fill any writable buffer, as CircuitPython's: a memoryview slice of a bytearray (adafruit_register
/// reads registers into one) or an array; bytes are refused.
/// Colours as CircuitPython's PixelBuf parses them: components cut to a byte (floats truncated, not scaled),
/// an RGB pixel takes a 4-tuple's first three, an RGBW pixel lights white for equal r, g, b; a DotStar's
/// (byteorder with P) fourth value is its 5-bit brightness (adafruit_dotstar sets `(r, g, b, 0.25)`), sent
/// as 0xE0 | brightness and left alone by the global brightness.
#[test]
fn pixelbuf_colours_and_dotstar_brightness() {
    let mut b = Board::new("raspberry_pi_pico");
    let err = b.run(
        "import adafruit_pixelbuf\n\
         class Buf(adafruit_pixelbuf.PixelBuf):\n\
         \x20   def _transmit(self, buf):\n\
         \x20       print(bytes(buf).hex())\n\
         rgb = Buf(2, byteorder='RGB')\n\
         rgb[0] = (127.9, 300, -1)\nrgb[1] = (1, 2, 3, 4)\nprint(rgb[0], rgb[1])\n\
         rgbw = Buf(2, byteorder='GRBW')\nrgbw[0] = (9, 9, 9)\nrgbw[1] = (9, 9, 9, 0.5)\nprint(rgbw[0], rgbw[1])\n\
         ds = Buf(3, byteorder='PBGR', brightness=0.5, header=b'\\0\\0', trailer=b'\\xff')\n\
         ds[0] = (255, 0, 0, 0.25)\nds[1] = 0x00FF00\nds[2] = (0, 0, 200, 3)\n\
         print(ds[0], ds[1], ds[2], ds.bpp)\nds.show()\n\
         try:\n    ds[0] = (1, 2)\nexcept ValueError as e:\n    print(e)\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(
        b.output(),
        "(127, 44, 255) (1, 2, 3)\n(0, 0, 0, 9) (9, 9, 9, 127)\n\
         (255, 0, 0, 0.22580645161290322) (0, 255, 0, 1.0) (0, 0, 200, 0.0) 4\n\
         0000e700007fff007f00e0640000ff\nExpected tuple of length 4, got 2\n"
    );
}

#[test]
fn i2c_reads_into_views_and_arrays() {
    let mut b = Board::new("feather_rp2040");
    b.state.borrow_mut().attach_i2c_device(0x44, &[(0x00, 0x12), (0x01, 0x34)]);
    let err = b.run(
        "import board, array\n\
         i2c = board.I2C()\n\
         while not i2c.try_lock():\n    pass\n\
         buf = bytearray(4)\n\
         i2c.writeto_then_readfrom(0x44, bytes([0]), memoryview(buf)[1:3])\nprint(list(buf))\n\
         a = array.array('H', [7, 7])\n\
         i2c.writeto_then_readfrom(0x44, bytes([0]), a)\nprint(list(a))\n\
         try:\n    i2c.readfrom_into(0x44, b'xy')\nexcept TypeError as e:\n    print(e)\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.output(), "[0, 18, 52, 0]\n[13330, 0]\nobject with buffer protocol required\n");
}

#[test]
fn boards_have_the_names_examples_use() {
    let ids = circuitpython_board::board_ids();
    assert_eq!(ids, ["raspberry_pi_pico", "feather_rp2040", "metro_m4_express", "circuitplayground_bluefruit"]);
    let pico = circuitpython_board::find_board("raspberry_pi_pico").unwrap();
    assert_eq!(pico.machine, "Raspberry Pi Pico with rp2040");
    assert!((0..=28).all(|i| pico.pin_index(&format!("GP{i}")).is_some()));
    let metro = circuitpython_board::find_board("metro_m4_express").unwrap();
    assert!((0..=13).all(|i| metro.pin_index(&format!("D{i}")).is_some()));
    assert!((0..=5).all(|i| metro.pin_index(&format!("A{i}")).is_some()));
    let cpb = circuitpython_board::find_board("circuitplayground_bluefruit").unwrap();
    for name in ["BUTTON_A", "BUTTON_B", "SWITCH", "NEOPIXEL", "LED"] {
        assert!(cpb.pin_index(name).is_some(), "{name}");
    }
}

#[test]
fn analog_in_and_out() {
    let mut b = Board::new("metro_m4_express");
    b.state.borrow_mut().schedule_spec("A2=40000@0.5").unwrap();
    let err = b.run(
        "import board, analogio, time\n\
         a = analogio.AnalogIn(board.A2)\ntime.sleep(1)\nprint(a.value, a.reference_voltage)\n\
         o = analogio.AnalogOut(board.A0)\no.value = 1000\n\
         analogio.AnalogOut(board.A2)\n",
        2.0,
    );
    assert_eq!(err.as_deref(), Some("ValueError: Invalid pin"));
    assert_eq!(b.output(), "40000 3.3\n");
    assert_eq!(b.trace(), vec![r#"{"t":1.0,"pin":"A0","analog":1000}"#.to_string()]);
    let mut pico = Board::new("raspberry_pi_pico");
    assert_eq!(
        pico.run("import board, analogio\nanalogio.AnalogOut(board.A0)\n", 1.0).as_deref(),
        Some("NotImplementedError: AnalogOut functionality not supported")
    );
}

#[test]
fn supervisor_power_on_runs_boot_then_code() {
    let mut b = Board::with_files(
        "raspberry_pi_pico",
        &[("/boot.py", "print('booting')\n"), ("/code.py", "print('hi')\nx\n"), ("/main.py", "print('no')\n")],
    );
    circuitpython_board::supervisor::run_boot(&mut b.vm, "Adafruit CircuitPython test");
    let file = circuitpython_board::supervisor::start_code(&mut b.vm, &b.state).unwrap();
    assert_eq!(file.as_deref(), Some("code.py"));
    let result = loop {
        match circuitpython_board::supervisor::run_slice(&mut b.vm, None) {
            circuitpython_board::supervisor::RunStep::Done(r) => break r,
            circuitpython_board::supervisor::RunStep::Running => {}
            other => panic!("{other:?}"),
        }
    };
    circuitpython_board::supervisor::finish_code(&mut b.vm, result);
    assert_eq!(
        b.output(),
        "code.py output:\nhi\nTraceback (most recent call last):\n  File \"code.py\", line 2, in <module>\n\
         NameError: name 'x' isn't defined\n\nCode done running.\n\nPress any key to enter the REPL. Use CTRL-D to reload.\n"
    );
    let boot_out = b.vm.host.fs().read("/boot_out.txt").unwrap();
    assert_eq!(
        String::from_utf8(boot_out).unwrap(),
        "Adafruit CircuitPython test\nBoard ID:raspberry_pi_pico\nboot.py output:\nbooting\n"
    );
}

#[test]
fn touch_counter_and_uart() {
    let mut b = Board::new("circuitplayground_bluefruit");
    b.state.borrow_mut().schedule_spec("A1=touch@1").unwrap();
    b.state.borrow_mut().uart_rx.extend(b"hello\nrest".iter());
    let err = b.run(
        "import board, touchio, time, busio\n\
         t = touchio.TouchIn(board.A1)\nprint(t.value)\ntime.sleep(1.5)\nprint(t.value)\n\
         u = busio.UART(board.TX, board.RX, baudrate=115200)\nprint(u.readline(), u.in_waiting)\nu.write(b'ok')\n",
        5.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.output(), "False\nTrue\nb'hello\\n' 4\n");
    assert_eq!(b.trace(), vec![r#"{"t":1.5,"uart":"TX","tx":"ok"}"#.to_string()]);
}

#[test]
fn a_pin_given_twice_is_in_use_and_claims_nothing() {
    let mut b = Board::new("raspberry_pi_pico");
    let err = b.run(
        "import board, rotaryio, busio, digitalio\n\
         for make in (lambda: rotaryio.IncrementalEncoder(board.GP0, board.GP0),\n\
                      lambda: busio.SPI(board.GP2, MOSI=board.GP2)):\n\
         \x20   try:\n\
         \x20       make()\n\
         \x20   except ValueError as e:\n\
         \x20       print(e)\n\
         for pin in (board.GP0, board.GP2):\n\
         \x20   digitalio.DigitalInOut(pin).deinit()\n\
         print('free')\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(b.output(), "GP0 in use\nGP2 in use\nfree\n");
}

/// Each constructor's errors for a missing, mistyped or out-of-range argument and for an unsuitable pin, with
/// CircuitPython's messages (the constructors share their argument parsing, so each case runs through it).
#[test]
fn constructors_reject_bad_arguments_with_circuitpythons_messages() {
    let mut b = Board::new("raspberry_pi_pico");
    let err = b.run(
        "import board, digitalio, analogio, pwmio, busio, touchio, keypad, countio, rotaryio, adafruit_pixelbuf\n\
         import alarm\n\
         cases = (\n\
         \x20   lambda: digitalio.DigitalInOut(),\n\
         \x20   lambda: digitalio.DigitalInOut(5),\n\
         \x20   lambda: digitalio.DigitalInOut(pin=None),\n\
         \x20   lambda: analogio.AnalogIn(board.GP2),\n\
         \x20   lambda: analogio.AnalogIn('A0'),\n\
         \x20   lambda: pwmio.PWMOut(),\n\
         \x20   lambda: pwmio.PWMOut(board.GP3, duty_cycle=70000),\n\
         \x20   lambda: pwmio.PWMOut(board.GP3, frequency=0),\n\
         \x20   lambda: pwmio.PWMOut(board.GP3, 1, 2.5),\n\
         \x20   lambda: busio.I2C(board.GP5),\n\
         \x20   lambda: busio.I2C(sda=board.GP4, scl=3),\n\
         \x20   lambda: busio.I2C(board.GP5, board.GP5),\n\
         \x20   lambda: busio.I2C(board.GP5, board.GP4, frequency='x'),\n\
         \x20   lambda: busio.SPI(),\n\
         \x20   lambda: busio.SPI(board.GP6, MISO=7),\n\
         \x20   lambda: busio.UART(),\n\
         \x20   lambda: busio.UART(rx=1.5),\n\
         \x20   lambda: busio.UART(board.GP0, baudrate=None),\n\
         \x20   lambda: touchio.TouchIn(),\n\
         \x20   lambda: keypad.Keys(),\n\
         \x20   lambda: keypad.Keys((board.GP7, 8), value_when_pressed=False),\n\
         \x20   lambda: keypad.Keys((board.GP7,), value_when_pressed=False, max_events=0),\n\
         \x20   lambda: keypad.KeyMatrix((board.GP7,)),\n\
         \x20   lambda: keypad.KeyMatrix(column_pins=(board.GP8,)),\n\
         \x20   lambda: keypad.Event(70000),\n\
         \x20   lambda: keypad.Event(1, True, 'x'),\n\
         \x20   lambda: countio.Counter(),\n\
         \x20   lambda: countio.Counter(board.GP9, edge=1),\n\
         \x20   lambda: countio.Counter(board.GP9, pull=2),\n\
         \x20   lambda: rotaryio.IncrementalEncoder(board.GP10),\n\
         \x20   lambda: rotaryio.IncrementalEncoder(board.GP10, board.GP11, 'four'),\n\
         \x20   lambda: adafruit_pixelbuf.PixelBuf(),\n\
         \x20   lambda: adafruit_pixelbuf.PixelBuf(70000),\n\
         \x20   lambda: adafruit_pixelbuf.PixelBuf(3, byteorder='RGX'),\n\
         \x20   lambda: adafruit_pixelbuf.PixelBuf(3, 'RGB', header=5),\n\
         \x20   lambda: alarm.time.TimeAlarm(),\n\
         \x20   lambda: alarm.time.TimeAlarm(monotonic_time=1, epoch_time=2),\n\
         )\n\
         for make in cases:\n\
         \x20   try:\n\
         \x20       make()\n\
         \x20       print('made')\n\
         \x20   except Exception as e:\n\
         \x20       print(type(e).__name__, e)\n\
         for pin in (board.GP0, board.GP3, board.GP4, board.GP5, board.GP6, board.GP7, board.GP9, board.GP10):\n\
         \x20   digitalio.DigitalInOut(pin).deinit()\n\
         print('all free')\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(
        b.output(),
        "TypeError 'pin' argument required\n\
         TypeError pin must be of type Pin, not int\n\
         TypeError pin must be of type Pin, not NoneType\n\
         ValueError Invalid pin\n\
         TypeError pin must be of type Pin, not str\n\
         TypeError 'pin' argument required\n\
         ValueError duty_cycle must be 0-65535\n\
         ValueError Invalid PWM frequency\n\
         TypeError 'float' object cannot be interpreted as an integer\n\
         TypeError 'sda' argument required\n\
         TypeError scl must be of type Pin, not int\n\
         ValueError Invalid pin\n\
         TypeError 'str' object cannot be interpreted as an integer\n\
         TypeError 'clock' argument required\n\
         TypeError MISO must be of type Pin, not int\n\
         ValueError tx and rx cannot both be None\n\
         TypeError rx must be of type Pin, not float\n\
         TypeError 'NoneType' object cannot be interpreted as an integer\n\
         TypeError 'pin' argument required\n\
         TypeError 'pins' argument required\n\
         TypeError pin must be of type Pin, not int\n\
         ValueError max_events must be 1-64\n\
         TypeError 'column_pins' argument required\n\
         TypeError 'row_pins' argument required\n\
         ValueError key_number must be 0-65535\n\
         TypeError 'str' object cannot be interpreted as an integer\n\
         TypeError 'pin' argument required\n\
         TypeError edge must be of type Edge, not int\n\
         TypeError pull must be of type Pull, not int\n\
         TypeError 'pin_b' argument required\n\
         TypeError 'str' object cannot be interpreted as an integer\n\
         TypeError 'size' argument required\n\
         ValueError size must be 0-65535\n\
         ValueError Invalid byteorder string\n\
         TypeError object with buffer protocol required\n\
         ValueError Supply one of monotonic_time or epoch_time\n\
         ValueError Supply one of monotonic_time or epoch_time\n\
         all free\n"
    );
}

/// RGBW pixels trace as `rgbw`, a show that changes nothing traces nothing, and the host's snapshot of the
/// colours survives a soft reboot (the LEDs keep shining until written again).
#[test]
fn rgbw_pixels_trace_changes_only_and_survive_a_soft_reset() {
    let mut b = Board::new("feather_rp2040");
    let err = b.run(
        "import board, digitalio, adafruit_pixelbuf\n\
         from neopixel_write import neopixel_write\n\
         class Strip(adafruit_pixelbuf.PixelBuf):\n\
         \x20   def __init__(self, pin, n):\n\
         \x20       super().__init__(n, byteorder='GRBW', brightness=1.0, auto_write=True)\n\
         \x20       self.pin = digitalio.DigitalInOut(pin)\n\
         \x20       self.pin.direction = digitalio.Direction.OUTPUT\n\
         \x20   def _transmit(self, buf):\n\
         \x20       neopixel_write(self.pin, buf)\n\
         s = Strip(board.NEOPIXEL, 2)\ns[0] = (1, 2, 3, 4)\ns[0] = (1, 2, 3, 4)\ns.fill(0x202020)\n",
        1.0,
    );
    assert_eq!(err, None);
    assert_eq!(
        b.trace(),
        vec![
            r#"{"t":0.0,"pixels":"NEOPIXEL","rgbw":[[1,2,3,4],[0,0,0,0]]}"#.to_string(),
            r#"{"t":0.0,"pixels":"NEOPIXEL","rgbw":[[0,0,0,32],[0,0,0,32]]}"#.to_string(),
        ]
    );
    let pin = b.state.borrow().pin_index("NEOPIXEL").unwrap();
    b.state.borrow_mut().soft_reset();
    assert_eq!(b.state.borrow().pixels[pin], Some(vec![vec![0, 0, 0, 32], vec![0, 0, 0, 32]]));
}
