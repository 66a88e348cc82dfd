//! The `circuitpython` binary on the virtual board: `--trace` lines of a blink under `--fast --until`,
//! `--input` changes seen by digitalio and keypad at their board time, `--list-boards`, unknown boards,
//! what `sys` reports per board, and CircuitPython's error for a pin claimed twice.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_circuitpython");

/// The blink program of the board issue (also run by the Node test, which compares its trace with this one).
const BLINK: &str = "import board, digitalio, time\n\
led = digitalio.DigitalInOut(board.LED)\n\
led.direction = digitalio.Direction.OUTPUT\n\
while True:\n    time.sleep(0.5)\n    led.value = not led.value\n";

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cpy-board-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Run `source` as `code.py` in a fresh directory with `args` before it.
fn run_program(tag: &str, source: &str, args: &[&str]) -> Output {
    let dir = temp_dir(tag);
    let file = dir.join("code.py");
    std::fs::write(&file, source).expect("write program");
    let out = Command::new(BIN).args(args).arg(&file).output().expect("run circuitpython");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn blink_traces_twenty_led_events_to_ten_seconds() {
    let o = run_program("blink", BLINK, &["--fast", "--until", "10", "--trace", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let expected: String = (1..=20)
        .map(|i| {
            let t = format!("{}.{}", i / 2, if i % 2 == 1 { 5 } else { 0 });
            format!("{{\"t\":{t},\"pin\":\"LED\",\"value\":{}}}\n", i % 2 == 1)
        })
        .collect();
    assert_eq!(text(&o.stderr), expected);
    assert_eq!(text(&o.stdout), "");
}

#[test]
fn trace_file_gets_the_same_lines() {
    let dir = temp_dir("tracefile");
    let trace = dir.join("pins.jsonl");
    let o = run_program("tracefile-prog", BLINK, &["--fast", "--until", "1", "--trace", &trace.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let lines = std::fs::read_to_string(&trace).expect("trace file");
    assert_eq!(lines, "{\"t\":0.5,\"pin\":\"LED\",\"value\":true}\n{\"t\":1.0,\"pin\":\"LED\",\"value\":false}\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn scheduled_button_press_is_seen_by_digitalio_at_its_time() {
    let program = "import board, digitalio, time\n\
button = digitalio.DigitalInOut(board.BUTTON_A)\n\
button.switch_to_input(pull=digitalio.Pull.DOWN)\n\
while not button.value:\n    time.sleep(0.01)\n\
print('pressed at', time.monotonic())\n";
    let args = ["--board", "circuitplayground_bluefruit", "--fast", "--until", "10", "--input", "BUTTON_A=1@2.5"];
    let o = run_program("digitalio-input", program, &args);
    assert_eq!((o.status.code(), text(&o.stdout).as_str()), (Some(0), "pressed at 2.5\n"), "{}", text(&o.stderr));
}

#[test]
fn scheduled_button_press_is_a_keypad_event_at_its_time() {
    let program = "import board, keypad, time\n\
keys = keypad.Keys((board.BUTTON_A, board.BUTTON_B), value_when_pressed=True, pull=True)\n\
while True:\n    event = keys.events.get()\n    if event:\n        print(event.key_number, event.pressed, time.monotonic())\n    time.sleep(0.001)\n";
    let args = [
        "--board",
        "circuitplayground_bluefruit",
        "--fast",
        "--until",
        "4",
        "--input",
        "BUTTON_A=1@2.5",
        "--input",
        "BUTTON_A=0@3",
    ];
    let o = run_program("keypad-input", program, &args);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "0 True 2.5\n0 False 3.0\n");
}

#[test]
fn bad_input_specs_are_usage_errors() {
    for spec in ["BUTTON_A=1", "NOPE=1@1", "BUTTON_A=maybe@1", "BUTTON_A=1@-2"] {
        let o = run_program("bad-input", "pass\n", &["--board", "circuitplayground_bluefruit", "--input", spec]);
        assert_eq!(o.status.code(), Some(2), "{spec}: {}", text(&o.stderr));
    }
}

#[test]
fn list_boards_names_each_with_a_description() {
    let o = Command::new(BIN).arg("--list-boards").output().expect("run");
    assert_eq!(o.status.code(), Some(0));
    let listing = text(&o.stdout);
    let ids: Vec<&str> = listing.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert_eq!(ids, ["raspberry_pi_pico", "feather_rp2040", "metro_m4_express", "circuitplayground_bluefruit"]);
    assert!(listing.contains("raspberry_pi_pico            Raspberry Pi Pico with rp2040\n"), "{listing}");
}

#[test]
fn unknown_board_is_a_usage_error_listing_the_boards() {
    let o = Command::new(BIN).args(["--board", "arduino_uno", "-c", "pass"]).output().expect("run");
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("arduino_uno") && err.contains("metro_m4_express"), "{err}");
}

#[test]
fn sys_reports_the_board() {
    // os.uname() reads the same BoardIdentity once the `os` module (branch stdlib2) has landed.
    let program = "import sys\nprint(sys.platform)\nprint(sys.implementation._machine)\n";
    for (board, platform, machine) in [
        ("raspberry_pi_pico", "RP2040", "Raspberry Pi Pico with rp2040"),
        ("metro_m4_express", "MicroChip SAMD51", "Adafruit Metro M4 Express with samd51j19"),
        ("circuitplayground_bluefruit", "nRF52840", "Adafruit Circuit Playground Bluefruit with nRF52840"),
    ] {
        let o = Command::new(BIN).args(["--board", board, "-c", program]).output().expect("run");
        assert_eq!(text(&o.stdout), format!("{platform}\n{machine}\n"), "{board}: {}", text(&o.stderr));
    }
}

#[test]
fn claiming_a_pin_twice_is_circuitpythons_error() {
    let program =
        "import board, digitalio\na = digitalio.DigitalInOut(board.LED)\nb = digitalio.DigitalInOut(board.GP25)\n";
    let o = run_program("claim", program, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).ends_with("line 3, in <module>\nValueError: GP25 in use\n"), "{}", text(&o.stderr));
}

#[test]
fn board_heap_is_the_default() {
    let o = Command::new(BIN)
        .args(["--board", "circuitplayground_bluefruit", "-c", "import gc\nprint(gc.mem_free() + gc.mem_alloc())"])
        .output()
        .expect("run");
    assert_eq!(text(&o.stdout), "131072\n", "{}", text(&o.stderr));
}

/// Power-on with `--drive`: code.py may not write to the drive unless boot.py remounted it writable.
fn power_on_writing(tag: &str, boot: Option<&str>) -> (Output, bool) {
    let dir = temp_dir(tag);
    std::fs::write(
        dir.join("code.py"),
        "try:\n    with open('/out.txt', 'w') as f:\n        f.write('hi')\n    print('wrote')\nexcept OSError as e:\n    print('OSError', e.args[0])\n",
    )
    .expect("write code.py");
    if let Some(b) = boot {
        std::fs::write(dir.join("boot.py"), b).expect("write boot.py");
    }
    let out = Command::new(BIN).args(["--fast", "--drive"]).arg(&dir).output().expect("run circuitpython");
    let written = dir.join("out.txt").exists();
    let _ = std::fs::remove_dir_all(&dir);
    (out, written)
}

#[test]
fn drive_is_read_only_to_code_unless_boot_remounts_it() {
    let (o, written) = power_on_writing("ro", None);
    assert!(text(&o.stdout).contains("OSError 30"), "{}", text(&o.stdout));
    assert!(!written);
    let (o, written) = power_on_writing("rw", Some("import storage\nstorage.remount('/', readonly=False)\n"));
    assert!(text(&o.stdout).contains("wrote"), "{}{}", text(&o.stdout), text(&o.stderr));
    assert!(written);
}
