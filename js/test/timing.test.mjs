//! The engine never blocks the event loop: sleeps become timers, busy loops run in slices, and
//! `interrupt()` stops any loop quickly; the instance keeps working afterwards. Margins are generous.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCircuitPython } from "../dist/index.mjs";

/** Let the running program go on for `ms`, then interrupt it (always, so no runaway loop outlives a failed assertion);
 *  the interrupt's time, for measuring how soon the run stops. */
async function interruptAfter(py, ms) {
  let t0;
  try {
    await new Promise((r) => setTimeout(r, ms));
  } finally {
    t0 = performance.now();
    py.interrupt();
  }
  return t0;
}

/** How many times a 10 ms `setInterval` fired while `code` ran (a blocked event loop fires it once at most). */
async function ticksDuring(py, code) {
  let ticks = 0;
  const interval = setInterval(() => ticks++, 10);
  try {
    await py.runPythonAsync(code);
  } finally {
    clearInterval(interval);
  }
  return ticks;
}

/** Run each case's code after `setup` in one instance with a 10 ms `setInterval` beside it: the interval must
 *  fire at least `minTicks` times during each, and each must print its expected line. */
async function assertTicksThrough(setup, cases, minTicks) {
  const out = [];
  const py = await loadCircuitPython({ stdout: (l) => out.push(l) });
  for (const [use] of cases) {
    const ticks = await ticksDuring(py, setup + use);
    assert.ok(ticks >= minTicks, `${use}: only ${ticks} ticks`);
  }
  assert.deepEqual(out, cases.map(([, printed]) => printed));
}

test("a 10 ms setInterval keeps ticking during time.sleep", async () => {
  const py = await loadCircuitPython({ stdout: () => {} });
  let ticks = 0;
  const interval = setInterval(() => ticks++, 10);
  const t0 = performance.now();
  await py.runPythonAsync("import time\nfor i in range(5): time.sleep(0.1)");
  clearInterval(interval);
  const elapsed = performance.now() - t0;
  assert.ok(elapsed >= 490, `slept ${elapsed} ms`);
  assert.ok(ticks >= 40, `only ${ticks} ticks`);
});

test("interrupt() stops while True: pass and the instance runs again", async () => {
  const out = [];
  const py = await loadCircuitPython({ stdout: (l) => out.push(l) });
  let ticks = 0;
  const interval = setInterval(() => ticks++, 10);
  const run = py.runPythonAsync("while True: pass");
  const t0 = await interruptAfter(py, 200);
  await assert.rejects(run, (e) => e.type === "KeyboardInterrupt");
  const latency = performance.now() - t0;
  clearInterval(interval);
  assert.ok(latency < 300, `interrupt took ${latency} ms`);
  // Timers kept firing while the loop ran in slices (loose: CI machines may be busy).
  assert.ok(ticks >= 3, `event loop starved: ${ticks} ticks in 200 ms`);
  py.runPython("print(2)");
  assert.deepEqual(out, ["2"]);
});

test("sleeps in a generator consumed by enumerate, zip, map, sum, sorted or join keep the event loop going", async () => {
  const setup = "import time\ndef readings(n):\n    for i in range(n):\n        time.sleep(0.02)\n        yield i\n";
  // 5 sleeps of 20 ms each (sum/max/sorted: 15).
  await assertTicksThrough(
    setup,
    [
      ["print([i * x for i, x in enumerate(readings(5))])", "[0, 1, 4, 9, 16]"],
      ["print(list(zip(readings(5), 'abcdefg')))", "[(0, 'a'), (1, 'b'), (2, 'c'), (3, 'd'), (4, 'e')]"],
      ["print(list(map(str, readings(5))))", "['0', '1', '2', '3', '4']"],
      ["print(sum(readings(5)), max(x for x in readings(5)), sorted(readings(5), reverse=True))", "10 4 [4, 3, 2, 1, 0]"],
      ["print('-'.join(str(x) for x in readings(5)))", "0-1-2-3-4"],
    ],
    5,
  );
});

test("sleeps in operator, truth, membership, len and text methods, sort keys, next() and iter(f, sentinel) keep the event loop going", async () => {
  const setup =
    "import time\nclass Slow:\n    def __init__(self, v):\n        self.v = v\n" +
    "    def __add__(self, o):\n        time.sleep(0.02)\n        return Slow(self.v + o)\n" +
    "    def __eq__(self, o):\n        time.sleep(0.02)\n        return self.v == o\n" +
    "    def __str__(self):\n        time.sleep(0.02)\n        return 'S%d' % self.v\n" +
    "    def __bool__(self):\n        time.sleep(0.02)\n        return self.v > 0\n" +
    "    def __contains__(self, x):\n        time.sleep(0.02)\n        return x < self.v\n" +
    "class Sized:\n    def __len__(self):\n        time.sleep(0.02)\n        return 3\n" +
    "def key(v):\n    time.sleep(0.02)\n    return -v\n";
  await assertTicksThrough(
    setup,
    [
      ["s = Slow(0)\nfor i in range(5): s = s + i\nprint(s.v, [Slow(i) == i for i in range(3)])", "10 [True, True, True]"],
      ["print(sorted(range(5), key=key))", "[4, 3, 2, 1, 0]"],
      ["m = map(key, range(5))\nprint([next(m) for _ in range(5)])", "[0, -1, -2, -3, -4]"],
      ["n = [0]\ndef tick():\n    time.sleep(0.02)\n    n[0] += 1\n    return n[0]\nprint(list(iter(tick, 5)))", "[1, 2, 3, 4]"],
      ["s = Slow(7)\nprint(s, str(s), f'{s}', s)", "S7 S7 S7 S7"],
      ["print([i for i in range(-2, 3) if Slow(i)], not Slow(1), Slow(0) or 'or', bool(Slow(2)))", "[1, 2] False or True"],
      ["print([i in Slow(3) for i in range(5)], 9 not in Slow(3), len(Sized()), bool(Sized()))", "[True, True, True, False, False] True 3 True"],
    ],
    4,
  );
});

test("interrupt() stops sum() over an endless generator, and the instance runs again", async () => {
  const py = await loadCircuitPython({ stdout: () => {} });
  const run = py.runPythonAsync("def forever():\n    while True:\n        yield 1\nsum(forever())");
  const t0 = await interruptAfter(py, 100);
  await assert.rejects(run, (e) => e.type === "KeyboardInterrupt" && !/builtin/.test(e.traceback));
  assert.ok(performance.now() - t0 < 300, `interrupt took ${performance.now() - t0} ms`);
  assert.equal(await py.runPythonAsync("sum(x for x in range(4))"), 6);
});

test("interrupt() during a sleep raises KeyboardInterrupt at once", async () => {
  const py = await loadCircuitPython({ stdout: () => {} });
  const run = py.runPythonAsync("import time\ntime.sleep(60)");
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  py.interrupt();
  await assert.rejects(run, (e) => e.type === "KeyboardInterrupt");
  assert.ok(performance.now() - t0 < 300);
  assert.equal(await py.runPythonAsync("1 + 1"), 2);
});

test("interrupt() during an await of a JS promise", async () => {
  const py = await loadCircuitPython({ stdout: () => {} });
  const run = py.runPythonAsync("import js\nasync def f():\n    await js.Promise.new(lambda resolve, reject: None)\nf()");
  await new Promise((r) => setTimeout(r, 50));
  py.interrupt();
  await assert.rejects(run, (e) => e.type === "KeyboardInterrupt");
});

test("virtual time: sleeps take no real time and the clock is deterministic", async () => {
  const py = await loadCircuitPython({ virtualTime: true, stdout: () => {} });
  const t0 = performance.now();
  const slept = py.runPython("import time\nt = time.monotonic()\nfor i in range(100): time.sleep(1)\ntime.monotonic() - t");
  assert.ok(performance.now() - t0 < 2000);
  assert.ok(slept >= 100 && slept < 101, `virtual clock moved ${slept} s`);
});

test("runPython refuses to wait in real time", async () => {
  const py = await loadCircuitPython({ stdout: () => {} });
  assert.throws(() => py.runPython("import time\ntime.sleep(0.05)"), /runPython cannot suspend; use runPythonAsync|cannot suspend/);
  assert.equal(py.runPython("'ok'"), "ok");
});
