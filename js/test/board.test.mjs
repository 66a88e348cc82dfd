//! The virtual board from JS: a blink under `virtualTime` traces exactly what the native CLI traces (byte for
//! byte: the native binary is run when built, else the stored fixture is the reference), inputs from
//! `py.board` reach the program, pins and pixels show in the snapshot, and `start()` runs boot.py/code.py.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCircuitPython } from "../dist/index.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const BLINK = `import board, digitalio, time
led = digitalio.DigitalInOut(board.LED)
led.direction = digitalio.Direction.OUTPUT
while True:
    time.sleep(0.5)
    led.value = not led.value
`;

/** The native CLI's trace of `source` (`--fast --until 10 --trace -`), or the stored one without a build. */
function nativeTrace(source) {
  const binary = join(root, "target/debug/circuitpython");
  if (!existsSync(binary)) return readFileSync(new URL("./fixtures/blink-until-10.jsonl", import.meta.url), "utf8");
  const dir = mkdtempSync(join(tmpdir(), "cpy-board-"));
  try {
    writeFileSync(join(dir, "blink.py"), source);
    const args = ["--fast", "--until", "10", "--trace", "-", join(dir, "blink.py")];
    const run = spawnSync(binary, args, { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    return run.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("blink under virtualTime traces the same lines as the native CLI", async () => {
  const py = await loadCircuitPython({ virtualTime: true, until: 10, stdout: () => {} });
  let trace = "";
  const events = [];
  py.board.on("event", (event, line) => {
    events.push(event);
    trace += `${line}\n`;
  });
  await py.runFile(BLINK, "blink.py");
  assert.equal(events.length, 20);
  assert.deepEqual(events[0], { t: 0.5, pin: "LED", value: true });
  assert.deepEqual(events[19], { t: 10, pin: "LED", value: false });
  assert.equal(trace, nativeTrace(BLINK));
  assert.equal(py.board.getPin("LED").value, false);
  assert.equal(py.board.pins.GP25.output, true);
});

test("inputs from py.board reach digitalio, analogio and keypad", async () => {
  const out = [];
  const py = await loadCircuitPython({ board: "circuitplayground_bluefruit", virtualTime: true, stdout: (l) => out.push(l) });
  py.runPython(`import board, digitalio, analogio, keypad
button = digitalio.DigitalInOut(board.BUTTON_B)
button.switch_to_input(pull=digitalio.Pull.DOWN)
light = analogio.AnalogIn(board.A1)
keys = keypad.Keys((board.BUTTON_A,), value_when_pressed=True, pull=True)`);
  py.board.setPin("BUTTON_B", true);
  py.board.setAnalog("A1", 12345);
  py.board.press("BUTTON_A");
  assert.equal(py.runPython("button.value"), true);
  assert.equal(py.runPython("light.value"), 12345);
  assert.equal(py.runPython("e = keys.events.get()\n(e.key_number, e.pressed)").join(), "0,true");
  py.board.release("BUTTON_A");
  assert.equal(py.runPython("keys.events.get().pressed"), false);
  assert.throws(() => py.board.setPin("NOPE", true), /no pin named NOPE/);
});

test("pixels show in the snapshot; UART and I2C devices", async () => {
  const py = await loadCircuitPython({ board: "circuitplayground_bluefruit", virtualTime: true, stdout: () => {} });
  py.runPython(`import board, neopixel_write, digitalio
pin = digitalio.DigitalInOut(board.NEOPIXEL)
pin.direction = digitalio.Direction.OUTPUT
neopixel_write.neopixel_write(pin, bytes([0, 255, 0, 0, 0, 255]))`);
  assert.deepEqual(py.board.pixels.NEOPIXEL, [[255, 0, 0], [0, 0, 255]]);
  py.board.attachI2CDevice(0x44, { 0: 7, 1: 9 });
  const scan = py.runPython(`import board
i2c = board.I2C()
i2c.try_lock()
found = i2c.scan()
buf = bytearray(2)
i2c.writeto_then_readfrom(0x44, bytes([0]), buf)
i2c.unlock()
[found, list(buf)]`);
  assert.deepEqual(scan, [[0x44], [7, 9]]);
  py.board.uartWrite("hi");
  assert.equal(py.runPython("u = board.UART()\nu.write(b'ok')\nbytes(u.read(2)).decode()"), "hi");
  assert.equal(new TextDecoder().decode(py.board.uartRead()), "ok");
  // The LEDs keep their colours through a soft reboot (until the next program writes them).
  await py.softReboot();
  assert.deepEqual(py.board.pixels.NEOPIXEL, [[255, 0, 0], [0, 0, 255]]);
});

test("start() runs boot.py then code.py with the supervisor's texts", async () => {
  const out = [];
  const py = await loadCircuitPython({
    virtualTime: true,
    stdout: (l) => out.push(l),
    stderr: (l) => out.push(l),
    files: { "boot.py": "print('booting')", "code.py": "import sys\nprint(sys.platform)\n1/0" },
  });
  assert.equal(await py.start(), false);
  const text = out.join("\n");
  assert.ok(text.startsWith("code.py output:\nRP2040\n"), text);
  assert.ok(text.includes("ZeroDivisionError"), text);
  assert.ok(text.endsWith("Code done running.\n\nPress any key to enter the REPL. Use CTRL-D to reload."), text);
  const bootOut = py.FS.readFile("/boot_out.txt", "utf8");
  assert.ok(bootOut.endsWith("Raspberry Pi Pico with rp2040\nBoard ID:raspberry_pi_pico\nboot.py output:\nbooting\n"), bootOut);
});
