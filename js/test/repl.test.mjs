//! The REPL through the JS API (`replInit`/`replProcessChar`), driven by keys as a terminal sends them: the
//! shared Rust session behind it (prompts, auto-indent, line editing and its ANSI redraws, paste mode, raw REPL
//! bytes, completion, history, soft reboot) with entries run by the non-blocking JS driver (`input()` and Ctrl-C
//! while they run).

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCircuitPython } from "../dist/index.mjs";

/** A REPL past its banner; `keys(k)` feeds keys and gives what was printed in answer. */
async function repl() {
  const chunks = [];
  const py = await loadCircuitPython({ stdout: (t) => chunks.push(t), stderr: (t) => chunks.push(t), linebuffer: false });
  py.replInit();
  const banner = chunks.splice(0).join("");
  assert.match(banner, /^circuitpython-wasm .*; Raspberry Pi Pico with rp2040\n>>> $/);
  const take = () => chunks.splice(0).join("");
  const keys = async (k) => {
    await py.replProcessChar(k);
    return take();
  };
  /** Wait until the output so far contains `text` (for entries still running). */
  const waitFor = async (text) => {
    for (let i = 0; i < 200 && !chunks.join("").includes(text); i++) await new Promise((r) => setTimeout(r, 5));
    assert.ok(chunks.join("").includes(text), JSON.stringify(chunks.join("")));
    return take();
  };
  return { py, keys, waitFor, banner };
}

test("expressions echo their value", async () => {
  const { keys } = await repl();
  assert.equal(await keys("1+1\r"), "1+1\n2\n>>> ");
  assert.equal(await keys("x = 'a'\r"), "x = 'a'\n>>> ");
  assert.equal(await keys("x * 3\r"), "x * 3\n'aaa'\n>>> ");
});

test("a for loop auto-indents and ends at a blank line", async () => {
  const { keys } = await repl();
  assert.equal(await keys("for i in range(3):\r"), "for i in range(3):\n...     ");
  assert.equal(await keys("print(i * 10)\r"), "print(i * 10)\n...     ");
  assert.equal(await keys("\r"), "\n0\n10\n20\n>>> ");
});

test("Ctrl-E paste mode runs the block as a file", async () => {
  const { keys } = await repl();
  assert.equal(await keys("\x05"), "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
  assert.equal(await keys("def f():\r    return 7\r"), "def f():\n===     return 7\n=== ");
  assert.equal(await keys("print(f())\x04"), "print(f())\n7\n>>> ");
});

test("raw REPL protocol bytes", async () => {
  const { keys } = await repl();
  assert.equal(await keys("\x01"), "\nraw REPL; CTRL-B to exit\r\n>");
  assert.equal(await keys("print('hi')\r\nprint(6 * 7)"), "");
  assert.equal(await keys("\x04"), "OKhi\n42\n\x04\x04>");
  assert.equal(
    await keys("1/0\x04"),
    'OK\x04Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n\x04>',
  );
  assert.equal(await keys("\x05A\x01"), "R\x00");
  assert.match(await keys("\x02"), /^\r\ncircuitpython-wasm .*\n>>> $/);
});

test("Ctrl-C interrupts a busy loop without blocking the event loop", async () => {
  const { py, keys, waitFor } = await repl();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const running = py.replProcessChar("while True: pass\r\r");
  let ticksWhileRunning;
  try {
    await new Promise((r) => setTimeout(r, 300));
    ticksWhileRunning = ticks;
  } finally {
    // Stop the loop even if something above failed, so no runaway loop outlives the test.
    py.replProcessChar("\x03");
    await running;
    clearInterval(timer);
  }
  // The loop ran in slices: timers kept firing (a loose bound: CI machines may be busy).
  assert.ok(ticksWhileRunning >= 3, `event loop ticked ${ticksWhileRunning} times`);
  const out = await waitFor(">>> ");
  assert.ok(out.endsWith("KeyboardInterrupt: \n>>> "), JSON.stringify(out));
  assert.equal(await keys("2\r"), "2\n2\n>>> ");
});

test("Tab completes pri to print(", async () => {
  const { keys } = await repl();
  assert.equal(await keys("pri"), "pri");
  assert.equal(await keys("\t"), "nt(");
  assert.equal(await keys("'ok')\r"), "'ok')\nok\n>>> ");
});

test("Up arrow recalls the previous line", async () => {
  const { keys } = await repl();
  await keys("40 + 2\r");
  assert.equal(await keys("\x1b[A"), "40 + 2");
  assert.equal(await keys("\r"), "\n42\n>>> ");
});

test("input() inside the REPL reads the next typed line", async () => {
  const { py, keys, waitFor } = await repl();
  const running = py.replProcessChar("name = input('who? ')\r");
  assert.equal(await waitFor("\nwho? "), "name = input('who? ')\nwho? ");
  await py.replProcessChar("Ada\r");
  await running;
  assert.equal(await waitFor(">>> "), "Ada\n>>> ");
  assert.equal(await keys("name\r"), "name\n'Ada'\n>>> ");
});

test("errors print a traceback and keep the session", async () => {
  const { keys } = await repl();
  assert.equal(
    await keys("nope\r"),
    "nope\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'nope' isn't defined\n>>> ",
  );
  assert.match(await keys("1 +\r"), /SyntaxError/);
  assert.equal(await keys("3\r"), "3\n3\n>>> ");
});

test("Ctrl-D soft-reboots with the banner; a second one ends the session", async () => {
  const { py, keys, banner } = await repl();
  await keys("y = 1\r");
  assert.equal(await keys("\x04"), `\nsoft reboot\n${banner}`);
  assert.match(await keys("y\r"), /NameError: name 'y' isn't defined\n>>> $/);
  assert.ok(py.replIdle());
  await keys("\x04");
  assert.equal(await py.replProcessChar("\x04"), 0);
});

// ---- Line editing (MicroPython's readline keys), as xterm.js and the Node CLI send them ----

const LEFT = "\x1b[D";

test("Left arrows then typing insert mid-line, redrawn with ANSI cursor moves", async () => {
  const { keys } = await repl();
  assert.equal(await keys("print(12)"), "print(12)");
  assert.equal(await keys(LEFT + LEFT), "\b\b");
  assert.equal(await keys("3"), "32)\b\b");
  assert.equal(await keys("\r"), "2)\n132\n>>> ");
});

test("Home then type, End, Delete and Backspace mid-line", async () => {
  const { keys } = await repl();
  await keys("x = 5\r");
  await keys("x");
  assert.equal(await keys("\x1b[H"), "\b");
  assert.equal(await keys("-"), "-x\b");
  assert.equal(await keys("\x1bOF"), "x");
  assert.equal(await keys(" + 1\r"), " + 1\n-4\n>>> ");
  await keys("print(1x2)");
  await keys(LEFT.repeat(3));
  assert.equal(await keys("\x1b[3~"), "2)\x1b[K\b\b");
  assert.equal(await keys("\r"), "2)\n12\n>>> ");
  await keys("print(1x2)");
  await keys(LEFT.repeat(2));
  assert.equal(await keys("\x7f"), "\b2)\x1b[K\b\b");
  // A longer step back is one ESC [ n D.
  assert.equal(await keys("\x1b[1~"), "\x1b[7D");
  assert.equal(await keys("\r"), "print(12)\n12\n>>> ");
});

test("cursor keys at the line's edges do nothing", async () => {
  const { keys } = await repl();
  assert.equal(await keys(`${LEFT}\x1b[C\x1b[3~\x7f`), "");
  await keys("ab");
  assert.equal(await keys("\x1b[C\x1b[3~"), "");
  await keys("\x1b[H");
  assert.equal(await keys(`${LEFT}\x7f`), "");
  assert.equal(await keys("\x03"), "ab\n>>> ");
});

test("history recall then edit", async () => {
  const { keys } = await repl();
  await keys("6*7\r");
  assert.equal(await keys("\x1b[A"), "6*7");
  assert.equal(await keys(`${LEFT}\x7f+`), "\b\b7\x1b[K\b+7\b");
  assert.equal(await keys("\r"), "7\n13\n>>> ");
});

test("Ctrl-A is home at a non-empty line and the raw REPL at an empty one; Ctrl-E end or paste mode", async () => {
  const { keys } = await repl();
  await keys("2");
  assert.equal(await keys("\x01"), "\b");
  assert.equal(await keys("1\x05"), "12\b2");
  assert.equal(await keys("\r"), "\n12\n>>> ");
  assert.equal(await keys("\x05"), "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
  assert.equal(await keys("\x03"), "\n>>> ");
  assert.equal(await keys("\x01"), "\nraw REPL; CTRL-B to exit\r\n>");
  assert.match(await keys("\x02"), /\n>>> $/);
});

test("Tab completes the word before the cursor", async () => {
  const { keys } = await repl();
  await keys("value = 5\r");
  await keys(")\x1b[Hprint(val");
  assert.equal(await keys("\t"), "ue)\b");
  assert.equal(await keys("\r"), ")\n5\n>>> ");
});

test("unknown escape sequences are swallowed, never typed", async () => {
  const { keys } = await repl();
  for (const seq of ["\x1b[15~", "\x1bOP", "\x1b[1;2A", "\x1b[200~", "\x1bx", "\x1b[Z", `\x1b[${"9".repeat(500)}~`]) {
    assert.equal(await keys(seq), "", JSON.stringify(seq));
  }
  assert.equal(await keys("1\x1b\r"), "1\n1\n>>> ");
});
