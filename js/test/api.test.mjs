//! The JavaScript API in Node: running code, values both ways, proxies both ways, errors both ways,
//! awaiting JS promises, the drive, globals, JS modules, malformed calls, and the power-on sequence.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCircuitPython, PythonError } from "../dist/index.mjs";

async function load(options = {}) {
  const out = [];
  const err = [];
  const py = await loadCircuitPython({
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    ...options,
  });
  return { py, out, err };
}

test("runPython prints and returns the last expression", async () => {
  const { py, out } = await load();
  assert.equal(py.runPython("print('hi')\n1 + 1"), 2);
  assert.deepEqual(out, ["hi"]);
  assert.equal(py.runPython("x = 5"), undefined);
  assert.equal(py.runPython("x * 2"), 10);
});

test("Python values convert to JS", async () => {
  const { py } = await load();
  assert.equal(py.runPython("None"), undefined);
  assert.equal(py.runPython("True"), true);
  assert.equal(py.runPython("2.5"), 2.5);
  assert.equal(py.runPython("'héllo'"), "héllo");
  assert.equal(py.runPython("2**53 - 1"), 2 ** 53 - 1);
  assert.equal(py.runPython("2**64"), 2n ** 64n);
  assert.equal(py.runPython("-(2**80)"), -(2n ** 80n));
  assert.deepEqual(py.runPython("b'\\x01\\x02'"), new Uint8Array([1, 2]));
  assert.deepEqual(py.runPython("[1, (2, 'a'), [None]]"), [1, [2, "a"], [undefined]]);
  assert.deepEqual(py.runPython("{'a': 1, 'b': [2]}"), { a: 1, b: [2] });
  const m = py.runPython("{1: 'one', 'two': 2}");
  assert.ok(m instanceof Map);
  assert.equal(m.get(1), "one");
  assert.equal(m.get("two"), 2);
});

test("JS values convert to Python", async () => {
  const { py } = await load();
  const cases = [
    [null, "None"],
    [undefined, "None"],
    [true, "True"],
    [7, "7"],
    [1.5, "1.5"],
    [2n ** 70n, "1180591620717411303424"],
    ["s", "'s'"],
    [new Uint8Array([65, 66]), "b'AB'"],
    [[1, [2, "x"]], "[1, [2, 'x']]"],
    [{ a: 1, b: { c: null } }, "{'a': 1, 'b': {'c': None}}"],
    [new Map([[1, 2]]), "{1: 2}"],
  ];
  for (const [value, repr] of cases) {
    py.globals.set("v", value);
    assert.equal(py.runPython("repr(v)"), repr, `repr of ${String(value)}`);
  }
  py.globals.set("n", 3);
  assert.equal(py.runPython("type(n).__name__"), "int");
});

test("globals get, set and delete", async () => {
  const { py } = await load();
  py.globals.set("answer", 42);
  assert.equal(py.globals.get("answer"), 42);
  assert.equal(py.runPython("answer + 1"), 43);
  assert.equal(py.globals.delete("answer"), true);
  assert.equal(py.globals.get("answer"), undefined);
  assert.throws(() => py.runPython("answer"), (e) => e instanceof PythonError && e.type === "NameError");
});

test("import js: attributes, calls, new, items, iteration", async () => {
  const { py } = await load();
  const logged = [];
  const saved = console.log;
  console.log = (...a) => logged.push(a.join(" "));
  try {
    py.runPython("import js\njs.console.log('from python', 1)");
  } finally {
    console.log = saved;
  }
  assert.deepEqual(logged, ["from python 1"]);
  const before = Date.now();
  const t = py.runPython("import js\njs.Date.now()");
  assert.ok(t >= before && t <= Date.now());
  assert.equal(py.runPython("js.Math.max(3, 9, 4)"), 9);
  assert.equal(py.runPython("js.Array.new(1, 2, 3).length"), 3);
  assert.equal(py.runPython("a = js.JSON.parse('[10, 20, 30]')\n(len(a), a[1], list(a))")[2].length, 3);
  assert.deepEqual(py.runPython("d = js.JSON.parse('{\"k\": [1, 2]}')\n(d.k[1], d['k'][0], d.to_py())"), [2, 1, { k: [1, 2] }]);
  py.runPython("js.globalThis.fromPython = 'set'");
  assert.equal(globalThis.fromPython, "set");
  delete globalThis.fromPython;
  assert.throws(() => py.runPython("js.Math.nonexistent_attribute"), (e) => e.type === "AttributeError");
});

test("Python functions as JS callbacks and Python objects used from JS", async () => {
  const { py } = await load();
  py.runPython("def f(a, b):\n    return a * 10 + b");
  const f = py.globals.get("f");
  assert.equal(typeof f, "function");
  assert.equal(f(1, 2), 12);
  assert.equal(f.call(3, 4), 34);
  assert.deepEqual(py.runPython("import js\nlist(js.Array.of(1, 2, 3).map(lambda x, *rest: x * 2))"), [2, 4, 6]);
  py.runPython("class C:\n    def __init__(self):\n        self.x = 5\n    def m(self, y):\n        return self.x + y\nc = C()");
  const c = py.globals.get("c");
  assert.equal(c.x, 5);
  assert.equal(c.m(2), 7);
  c.x = 10;
  assert.equal(py.runPython("c.x"), 10);
  // A missing attribute is undefined, as on a JS object, so JSON and feature checks work; other errors throw.
  assert.equal(c.missing, undefined);
  assert.equal("missing" in c, false);
  // (A list holding itself is copied to a bounded depth, and a proxy stands for the rest.)
  assert.match(JSON.stringify(py.runPython("x = [1]\nx.append(x)\nx")), /^\[1,\[1,.*\{\}\]+$/);
  py.runPython("class P:\n    @property\n    def bad(self):\n        raise ValueError('no')\np = P()");
  assert.throws(() => py.globals.get("p").bad, (e) => e.type === "ValueError" && e.message === "ValueError: no");
  assert.match(String(c), /<C object at/);
  // A proxy handed back to Python is the original object.
  py.globals.set("same", c);
  assert.equal(py.runPython("same is c"), true);
  c.destroy();
  assert.throws(() => c.x, /destroyed/);
  // A callback from a JS timer runs later.
  await py.runPythonAsync("import js\nhits = []\njs.setTimeout(lambda: hits.append(1), 5)");
  await new Promise((r) => setTimeout(r, 30));
  assert.deepEqual(py.runPython("hits"), [1]);
});

test("many proxies: destroyed ones stay dead, the others live through collections", async () => {
  const { py } = await load();
  py.runPython("class Box:\n    def __init__(self, n):\n        self.n = n\ndef make(n):\n    return Box(n)");
  const make = py.globals.get("make");
  // Enough pins that the store grows past its small form and, after the destroys, compacts.
  const boxes = Array.from({ length: 300 }, (_, i) => make(i));
  boxes.forEach((box, i) => i % 3 !== 0 && box.destroy());
  py.runPython("import gc\ngc.collect()");
  const destroyed = "this Python object proxy was destroyed";
  boxes.forEach((box, i) => {
    if (i % 3 === 0) assert.equal(box.n, i);
    else assert.throws(() => box.n, { message: destroyed });
  });
  // New pins after the compaction get fresh handles, and the interpreter goes on.
  const more = Array.from({ length: 50 }, (_, i) => make(1000 + i));
  assert.deepEqual(more.map((box) => box.n), Array.from({ length: 50 }, (_, i) => 1000 + i));
  assert.equal(boxes[3].n, 3);
  assert.equal(py.runPython("1 + 1"), 2);
});

test("errors cross both ways", async () => {
  const { py } = await load();
  assert.throws(
    () => py.runPython("1/0"),
    (e) =>
      e instanceof PythonError &&
      e.type === "ZeroDivisionError" &&
      e.traceback.startsWith("Traceback (most recent call last):\n") &&
      e.traceback.includes('File "<stdin>", line 1'),
  );
  globalThis.throwsJs = () => {
    throw new TypeError("bad thing");
  };
  try {
    assert.equal(
      py.runPython("import js\ntry:\n    js.throwsJs()\nexcept js.JsException as e:\n    r = str(e)\nr"),
      "TypeError: bad thing",
    );
    assert.throws(() => py.runPython("js.throwsJs()"), (e) => e.type === "JsException" && /bad thing/.test(e.message));
  } finally {
    delete globalThis.throwsJs;
  }
  py.runPython("def boom():\n    raise ValueError('nope')");
  assert.throws(() => py.globals.get("boom")(), (e) => e instanceof PythonError && e.type === "ValueError");
  assert.throws(() => py.runPython("def ("), (e) => e.type === "SyntaxError");
  assert.equal(py.runPython("1 + 1"), 2, "still usable after errors");
});

test("await on JS promises from Python", async () => {
  const { py } = await load();
  globalThis.later = (v) => new Promise((resolve) => setTimeout(() => resolve(v), 10));
  globalThis.fails = () => Promise.reject(new Error("rejected!"));
  try {
    const value = await py.runPythonAsync(
      "import js\nasync def main():\n    a = await js.later(20)\n    b = await js.Promise.resolve(22)\n    return a + b\nmain()",
    );
    assert.equal(value, 42);
    const msg = await py.runPythonAsync(
      "async def g():\n    try:\n        await js.fails()\n    except js.JsException as e:\n        return str(e)\ng()",
    );
    assert.equal(msg, "Error: rejected!");
    await assert.rejects(py.runPythonAsync("async def h():\n    await js.fails()\nh()"), (e) => e.type === "JsException");
    assert.throws(() => py.runPython("async def k():\n    await js.later(1)\nk().send(None)"), /runPython cannot suspend/);
    assert.equal(py.runPython("3"), 3);
  } finally {
    delete globalThis.later;
    delete globalThis.fails;
  }
});

test("registerJsModule and pyimport", async () => {
  const { py } = await load();
  py.registerJsModule("config", { answer: 42, double: (x) => x * 2, nested: { v: "n" } });
  assert.deepEqual(py.runPython("import config\n(config.answer, config.double(4), config.nested.v)"), [42, 8, "n"]);
  assert.equal(py.runPython("from config import double\ndouble(5)"), 10);
  py.FS.writeFile("/lib/helper.py", "def twice(x):\n    return 2 * x\nNAME = 'helper'\n");
  const helper = py.pyimport("helper");
  assert.equal(helper.NAME, "helper");
  assert.equal(helper.twice(21), 42);
  assert.throws(() => py.pyimport("no_such_module"), (e) => e.type === "ImportError");
});

test("the drive: FS methods and imports from /lib", async () => {
  const { py, out } = await load({ files: { "code.py": "print('hi')", "lib/m.py": "X = 1" } });
  assert.deepEqual(py.FS.readdir("/"), ["code.py", "lib"]);
  assert.equal(py.FS.readFile("/code.py", { encoding: "utf8" }), "print('hi')");
  py.FS.mkdir("/data");
  py.FS.writeFile("/data/a.bin", new Uint8Array([1, 2, 3]));
  assert.deepEqual(py.FS.stat("/data/a.bin"), { isDirectory: false, size: 3, mtime: 0 });
  assert.equal(py.FS.stat("/data").isDirectory, true);
  py.FS.rename("/data/a.bin", "/data/b.bin");
  assert.deepEqual(py.FS.readdir("/data"), ["b.bin"]);
  py.FS.unlink("/data/b.bin");
  assert.throws(() => py.FS.readFile("/data/b.bin"), /ENOENT/);
  assert.throws(() => py.FS.mkdir("/lib"), /EEXIST/);
  assert.equal(py.runPython("import m\nm.X"), 1);
  await py.start();
  assert.deepEqual(out, ["code.py output:", "hi", "", "Code done running.", "", "Press any key to enter the REPL. Use CTRL-D to reload."]);
});

test("boot.py output goes to /boot_out.txt; tracebacks print before Code done running", async () => {
  const { py, out, err } = await load({ files: { "boot.py": "print('booting')", "main.py": "print('main')\nundefined_name" } });
  await py.start();
  const bootOut = py.FS.readFile("/boot_out.txt", "utf8");
  assert.ok(bootOut.endsWith("\nBoard ID:raspberry_pi_pico\nboot.py output:\nbooting\n"), bootOut);
  assert.deepEqual(out.slice(0, 2), ["main.py output:", "main"]);
  assert.ok(out.includes("Code done running."));
  assert.match(err.join("\n"), /NameError: name 'undefined_name' isn't defined/);
});

test("soft reboot gives a clean state on the same drive", async () => {
  const { py } = await load({ files: { "keep.txt": "x" } });
  py.runPython("leftover = 1");
  const f = py.runPython("lambda: 1");
  await py.softReboot();
  assert.throws(() => py.runPython("leftover"), (e) => e.type === "NameError");
  assert.throws(() => f(), /reset/);
  assert.equal(py.FS.readFile("/keep.txt", "utf8"), "x");
});

test("output callbacks: line-buffered or not", async () => {
  const chunks = [];
  const py = await loadCircuitPython({ stdout: (t) => chunks.push(t), linebuffer: false });
  py.runPython("print('a', end='')\nprint('b')");
  assert.equal(chunks.join(""), "ab\n");
  const lines = [];
  const py2 = await loadCircuitPython({ stdout: (t) => lines.push(t), linebuffer: true });
  py2.runPython("print('x\\ny', end='')\nprint('z')");
  assert.deepEqual(lines, ["x", "yz"]);
});

test("malformed calls give JS errors and leave the instance working", async () => {
  const { py } = await load();
  assert.throws(() => py.runPython(42), TypeError);
  assert.throws(() => py.FS.readFile("/missing"), /ENOENT/);
  assert.throws(() => py.FS.writeFile("/x", 12345));
  assert.throws(() => py.registerJsModule("", 5), /registerJsModule/);
  await assert.rejects(loadCircuitPython({ heapsize: -1 }), /heapsize/);
  await assert.rejects(loadCircuitPython({ board: "nope" }), /unknown board/);
  py.globals.set("weird", Symbol("s"));
  assert.match(py.runPython("repr(weird)"), /Symbol\(s\)/);
  py.globals.set("circular", (() => {
    const o = {};
    o.self = o;
    return o;
  })());
  assert.equal(typeof py.runPython("len(circular)"), "number");
  assert.equal(py.runPython("1 + 2"), 3);
});

test("REPL: prompts, continuation lines, expression echo", async () => {
  const chunks = [];
  const py = await loadCircuitPython({ stdout: (t) => chunks.push(t), stderr: (t) => chunks.push(t), linebuffer: false });
  py.replInit();
  await py.replProcessChar("1 + 2\r");
  await py.replProcessChar("for i in range(2):\r");
  await py.replProcessChar("    print(i)\r");
  await py.replProcessChar("\r");
  await py.replProcessChar("x\r");
  const text = chunks.join("");
  // The native REPL's banner: this project, CircuitPython's version, the board.
  assert.match(text, /^circuitpython-wasm .* \(CircuitPython 10\.0\.0 compatible\) on .*; Raspberry Pi Pico with rp2040\n>>> /);
  assert.ok(text.includes(">>> 1 + 2\n3\n>>> "), JSON.stringify(text));
  assert.ok(text.includes("... "), JSON.stringify(text));
  assert.ok(text.includes("0\n1\n>>> "), JSON.stringify(text));
  assert.match(text, /NameError: name 'x' isn't defined/);
});
