//! circuitpython-wasm: `loadCircuitPython(options)`, the JavaScript API of the interpreter compiled to
//! WebAssembly. Drives the VM in slices so the event loop never freezes, turns sleeps into timers and awaits
//! JS promises, proxies Python objects for JS, runs the entries of the shared Rust REPL session and the board's
//! power-on sequence, and exposes the virtual board (`py.board`: pins, pixels, inputs, events).

import initWasm, { initSync, Interpreter, boards_listing } from "../dist/circuitpython.js";
// The protocol's numbers (see protocol.mjs).
import {
  SET_ARGV, RESET, SET_UNTIL, INTERRUPT, MONOTONIC, REPL_IDLE, REGISTER_JS_MODULE, EXEC_START, POWER_ON, RUN, ABORT,
  IS_RUNNING, REPL_INIT, REPL_FEED, REPL_WAIT_INPUT, REPL_REBOOTED, REPL_ABORT, RESUME_INPUT, RESUME_VALUE,
  RESUME_ERROR, GLOBAL_GET, GLOBAL_SET, GLOBAL_DELETE, PYIMPORT, CALL, GET_ATTR, SET_ATTR, REPR, UNPIN, FS_READ,
  FS_WRITE, FS_MKDIR, FS_READDIR, FS_UNLINK, FS_RMDIR, FS_RENAME, FS_STAT, BOARD_INFO, BOARD_PINS, BOARD_PIXELS,
  BOARD_SET_INPUT, BOARD_SCHEDULE, BOARD_UART_WRITE, BOARD_UART_READ, BOARD_ATTACH_I2C, BOARD_TRACE, AS_FILE,
  AS_EXPRESSION, AS_ASYNC, INPUT_DIGITAL, INPUT_ANALOG, INPUT_TOUCH, JS_WRITE, JS_NOW, JS_DATE_NOW, JS_RANDOM,
  JS_MAKE_PY_PROXY, JS_STR, JS_KIND, JS_ENTRIES, JS_MAP, JS_BIGINT, JS_GLOBAL, JS_ERROR_TEXT, JS_GET_ATTR,
  JS_SET_ATTR, JS_CALL, JS_NEW, JS_GET_ITEM, JS_SET_ITEM, JS_LEN, JS_ITER, JS_NEXT, JS_THENABLE, JS_IS, KIND_NONE,
  KIND_BOOL, KIND_NUMBER, KIND_STRING, KIND_BIGINT, KIND_BYTES, KIND_ARRAY, KIND_ENTRIES, KIND_PROXY,
} from "./protocol.mjs";

const isNode = typeof process !== "undefined" && process.versions != null && process.versions.node != null;

/**
 * Milliseconds on a monotonic clock, below a millisecond: `process.hrtime` in Node (its `performance` global
 * loads perf_hooks and a dozen internal modules on first use, ~1 ms of a cold start), `performance.now()`
 * elsewhere. The board's real time is measured with this clock only.
 */
const now = isNode
  ? () => {
      const [s, ns] = process.hrtime();
      return s * 1e3 + ns / 1e6;
    }
  : () => performance.now();

/** Instructions per `run` call (one board slice); the driver yields to the event loop after about `SLICE_MS`. */
const SLICE_BUDGET = 10_000;
const SLICE_MS = 8;
/** `runPython` runs to completion: budget per call, looped. */
const SYNC_BUDGET = 10_000_000;

let wasmReady = null;

/** Load and instantiate the WebAssembly module once per JS realm (Node: from disk; browser: by URL). */
function loadWasm(url) {
  if (wasmReady === null) {
    wasmReady = (async () => {
      // "../dist/" resolves to the same file from this source (js/src/) and from the shipped bundle (js/dist/).
      const wasmUrl = url ?? new URL("../dist/circuitpython_bg.wasm", import.meta.url);
      if (isNode && (wasmUrl instanceof URL ? wasmUrl.protocol === "file:" : !/^https?:/.test(wasmUrl))) {
        // Compiled here and instantiated with `initSync`: the glue's async path tests `instanceof Response`,
        // and touching Node's `Response` global loads its whole fetch implementation (~10 ms of start-up).
        // `node:fs` is already loaded by Node's module loader; `node:fs/promises` would cost another module,
        // and `import()` of it costs ~1.6 ms where `process.getBuiltinModule` (Node >= 20.16) costs nothing.
        const { readFileSync } = process.getBuiltinModule?.("node:fs") ?? (await import("node:fs"));
        // Compiled synchronously, like a module Node loads: V8 compiles function bodies lazily anyway, and the
        // asynchronous compile's hand-offs between threads cost 1-2 ms of a cold start for ~7 ms of work the
        // event loop waits for either way. (Browsers keep the streaming, asynchronous path below.)
        initSync({ module: new WebAssembly.Module(readFileSync(wasmUrl)) });
      } else {
        await initWasm({ module_or_path: wasmUrl });
      }
    })();
  }
  return wasmReady;
}

/** The ids of the built-in virtual boards. */
export async function boardIds(url) {
  await loadWasm(url);
  return boardIdList();
}

/** The `--list-boards` text: one board a line, its id then what it is. */
export async function boardsListing(url) {
  await loadWasm(url);
  return boards_listing();
}

/** `String(value)`, never throwing. */
const str = (value) => {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/** An object literal (or `Object.create(null)`), as opposed to class instances, functions and host objects. */
const isPlainObject = (value) => {
  if (typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.hasOwn(proto, "hasOwnProperty"));
};

/**
 * The `KIND_*` of a JS value: the pin handle instead for a live proxy of a Python object; with `copy`, arrays
 * are `KIND_ARRAY` and Maps and plain objects `KIND_ENTRIES`, else (as other objects) `KIND_PROXY`.
 */
const kindOf = (value, copy, handleOf) => {
  if (value === undefined || value === null) return KIND_NONE;
  switch (typeof value) {
    case "boolean":
      return KIND_BOOL;
    case "number":
      return KIND_NUMBER;
    case "string":
      return KIND_STRING;
    case "bigint":
      return KIND_BIGINT;
  }
  if (value instanceof Uint8Array) return KIND_BYTES;
  const handle = handleOf(value);
  if (handle > 0) return handle;
  if (copy) {
    if (Array.isArray(value)) return KIND_ARRAY;
    if (value instanceof Map || isPlainObject(value)) return KIND_ENTRIES;
  }
  return KIND_PROXY;
};

/** The bridge's operations that are the same for every interpreter; `[value]` answers tell "found" apart. */
const jsOp = (code, a, b, c) => {
  switch (code) {
    case JS_NOW:
      return now();
    case JS_DATE_NOW:
      return Date.now();
    case JS_RANDOM:
      return Math.random();
    case JS_STR:
      return str(a);
    case JS_ENTRIES: {
      const flat = [];
      if (a instanceof Map) {
        for (const [k, v] of a.entries()) flat.push(k, v);
      } else {
        for (const k of Object.keys(a)) {
          let v;
          try {
            v = a[k];
          } catch {}
          flat.push(k, v);
        }
      }
      return flat;
    }
    case JS_MAP: {
      const map = new Map();
      for (let i = 0; i < a.length; i += 2) map.set(a[i], a[i + 1]);
      return map;
    }
    case JS_BIGINT:
      return BigInt(a);
    case JS_GLOBAL:
      return globalThis;
    case JS_ERROR_TEXT:
      try {
        if (a instanceof Error) return `${a.name}: ${a.message}`;
      } catch {}
      return str(a);
    case JS_GET_ITEM:
      if (a instanceof Map) return a.has(b) ? [a.get(b)] : undefined;
    // falls through: other objects' items are their properties
    case JS_GET_ATTR: {
      const value = Reflect.get(a, b);
      return value === undefined && !Reflect.has(a, b) ? undefined : [value];
    }
    case JS_SET_ITEM:
      if (a instanceof Map) return void a.set(b, c);
    // falls through
    case JS_SET_ATTR:
      return void Reflect.set(a, b, c);
    case JS_CALL:
      return typeof a === "function" ? [Reflect.apply(a, b, c)] : undefined;
    case JS_NEW:
      return typeof a === "function" ? [Reflect.construct(a, b)] : undefined;
    case JS_LEN:
      for (const k of ["length", "size"]) {
        try {
          const n = Reflect.get(a, k);
          if (typeof n === "number") return n;
        } catch {}
      }
      return undefined;
    case JS_ITER: {
      const method = Reflect.get(a, Symbol.iterator);
      return typeof method === "function" ? [method.call(a)] : undefined;
    }
    case JS_NEXT: {
      const next = Reflect.get(a, "next");
      if (typeof next !== "function") throw "not a JS iterator";
      const step = next.call(a);
      const done = Reflect.get(step, "done");
      const value = Reflect.get(step, "value");
      return done ? undefined : [value];
    }
    case JS_THENABLE:
      try {
        return typeof Reflect.get(a, "then") === "function";
      } catch {
        return false;
      }
    case JS_IS:
      return Object.is(a, b);
  }
};

/** The built-in board ids: the first word of each line of the listing. */
const boardIdList = () => boards_listing().trimEnd().split("\n").map((line) => line.split(" ")[0]);

/** A Python exception that reached JavaScript. */
export class PythonError extends Error {
  constructor(type, message, traceback) {
    super(message ? `${type}: ${message}` : type);
    this.name = "PythonError";
    /** The exception's class name, e.g. "NameError". */
    this.type = type;
    /** The full traceback as Python prints it. */
    this.traceback = traceback;
  }
}

function pythonError(e) {
  return new PythonError(e.type, e.message, e.traceback);
}

/** `{value}` or `{error}` from the bindings → value or thrown PythonError. */
function unwrap(result) {
  if (result.error) throw pythonError(result.error);
  return result.value;
}

const yieldToEventLoop = (() => {
  if (typeof setImmediate === "function") return () => new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === "function") {
    const channel = new MessageChannel();
    const waiting = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(0);
      });
  }
  return () => new Promise((resolve) => setTimeout(resolve, 0));
})();

/**
 * Where output goes when no callback is given, a line at a time: Node's own stream (`process.stdout`), whose
 * writes cost far less than `console.log`'s first use (about 2 ms of a cold start); the console elsewhere.
 */
function defaultOutput(stream, log) {
  if (isNode) return (line) => process[stream].write(line + "\n");
  return (line) => log.call(console, line);
}

/** Output to a callback, whole lines at a time (without their newline) when `linebuffer` is set. */
function makeWriter(callback, linebuffer) {
  let pending = "";
  return {
    write(text) {
      if (!linebuffer) {
        callback(text);
        return;
      }
      pending += text;
      let i;
      while ((i = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, i);
        pending = pending.slice(i + 1);
        callback(line);
      }
    },
    flush() {
      if (pending !== "") {
        const rest = pending;
        pending = "";
        callback(rest);
      }
    },
  };
}

const INTERRUPTED = Symbol("interrupted");
/** What `readLine` returns when the REPL session already resumed the waiting `input()` itself. */
const RESUMED = Symbol("resumed");
/** What `drive` returns when a supervised code file ended with an uncaught exception (already printed). */
const FAILED = Symbol("failed");

/**
 * Load the interpreter. See index.d.ts for the options and the returned API.
 */
export async function loadCircuitPython(options = {}) {
  const {
    board = "raspberry_pi_pico",
    heapsize,
    virtualTime = false,
    stdout,
    stderr,
    stdin,
    linebuffer = true,
    files = {},
    url,
    until,
    argv,
  } = options;
  await loadWasm(url);
  const ids = boardIdList();
  if (typeof board !== "string" || !ids.includes(board)) {
    throw new Error(`unknown board '${board}' (valid: ${ids.join(", ")})`);
  }

  const out = makeWriter(stdout ?? defaultOutput("stdout", console.log), stdout ? linebuffer : true);
  const err = makeWriter(stderr ?? defaultOutput("stderr", console.error), stderr ? linebuffer : true);
  const writeOut = (text) => out.write(text);
  const writeErr = (text) => err.write(text);

  // Python objects handed to JS: a Proxy per pinned object, released when JS drops it.
  let generation = 0;
  const proxyInfo = new WeakMap();
  const registry = new FinalizationRegistry(({ handle, gen }) => {
    if (gen === generation) op(UNPIN, handle);
  });
  const live = (info) => {
    if (info.destroyed) throw new Error("this Python object proxy was destroyed");
    if (info.generation !== generation) throw new Error("this Python object belongs to an interpreter that was reset");
    return info.handle;
  };
  const makePyProxy = (handle, callable, typeName) => {
    const info = { handle, generation, destroyed: false, typeName };
    const call = (...args) => unwrap(op(CALL, live(info), args));
    const target = callable ? function () {} : {};
    const proxy = new Proxy(target, {
      apply: (_t, _this, args) => call(...args),
      get: (_t, prop) => {
        switch (prop) {
          case "call":
            return call;
          case "destroy":
            return () => {
              if (!info.destroyed && info.generation === generation) op(UNPIN, info.handle);
              info.destroyed = true;
              registry.unregister(info);
            };
          case "toString":
            return () => op(REPR, live(info));
          case "then":
            return undefined; // not a thenable: `await proxy` must not call into Python
          case Symbol.toPrimitive:
            return () => op(REPR, live(info));
          case Symbol.for("nodejs.util.inspect.custom"):
            return () => `<PyProxy ${info.destroyed ? "(destroyed)" : op(REPR, live(info))}>`;
        }
        if (typeof prop === "symbol") return undefined;
        const result = op(GET_ATTR, live(info), prop);
        // A missing attribute reads as undefined, as on any JS object (and in MicroPython's and Pyodide's
        // proxies): JSON.stringify, console.log and feature checks probe properties that may not be there.
        return result.error?.type === "AttributeError" ? undefined : unwrap(result);
      },
      set: (_t, prop, value) => {
        if (typeof prop === "symbol") return false;
        unwrap(op(SET_ATTR, live(info), prop, value));
        return true;
      },
      has: (_t, prop) => {
        if (typeof prop === "symbol") return false;
        return !op(GET_ATTR, live(info), prop).error;
      },
    });
    proxyInfo.set(proxy, info);
    registry.register(proxy, { handle, gen: generation }, info);
    return proxy;
  };
  /** The pin handle behind a proxy of a Python object of this interpreter, else -1. */
  const handleOf = (value) => {
    const info = (typeof value === "object" || typeof value === "function") && value !== null && proxyInfo.get(value);
    return info && !info.destroyed && info.generation === generation ? info.handle : -1;
  };
  /** The bridge (crates/wasm/src/bridge.rs): this interpreter's own operations, then the shared ones. */
  const bridge = (code, a, b, c) =>
    code === JS_WRITE
      ? (a === 1 ? writeOut : writeErr)(b)
      : code === JS_MAKE_PY_PROXY
        ? makePyProxy(a, b, c)
        : code === JS_KIND
          ? kindOf(a, b, handleOf)
          : jsOp(code, a, b, c);
  const interp = new Interpreter(bridge, board, heapsize ?? 0, !!virtualTime);
  const op = (code, a, b, c) => interp.op(code, a, b, c);
  if (until !== undefined) op(SET_UNTIL, Number(until));
  if (argv !== undefined) op(SET_ARGV, Array.from(argv, String));

  // Board events: handed to `py.board.on("event", cb)` listeners after every slice, in order.
  const eventListeners = new Set();
  const flushEvents = () => {
    const lines = op(BOARD_TRACE);
    if (eventListeners.size === 0) return;
    for (const line of lines) {
      const event = JSON.parse(line);
      for (const listener of eventListeners) listener(event, line);
    }
  };

  const jsModules = new Map();
  /** A fresh VM (modules, globals, heap) on the same drive; Python proxies of the old one die. */
  const reboot = () => {
    generation += 1;
    op(RESET);
    for (const [name, module] of jsModules) op(REGISTER_JS_MODULE, name, module);
  };
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const writeFile = (path, data) => {
    if (typeof data === "string") data = encoder.encode(data);
    else if (data instanceof ArrayBuffer) data = new Uint8Array(data);
    else if (ArrayBuffer.isView(data)) data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else throw new TypeError("file contents must be a string, an ArrayBuffer or a typed array");
    op(FS_WRITE, path, data);
  };
  for (const [path, data] of Object.entries(files)) writeFile(path, data);

  // One program at a time: async runs queue behind each other.
  let queue = Promise.resolve();
  const serialise = (task) => {
    const result = queue.then(task, task);
    queue = result.catch(() => {});
    return result;
  };
  /** Wakes the driver from a sleep, an await or an input wait when `interrupt()` is called. */
  let wake = null;
  let running = false;

  const start = (code, filename, how) => {
    if (typeof code !== "string") throw new TypeError("code must be a string");
    const started = op(EXEC_START, code, filename, how);
    if (started && started.error) throw pythonError(started.error);
  };

  /** A line for `input()`: from the REPL's keys when a REPL entry runs, else from the `stdin` option. */
  const readLine = async (prompt) => {
    if (replRunning) {
      if (op(REPL_WAIT_INPUT, prompt).resume) return RESUMED;
      return new Promise((resolve) => (replInputWaiter = resolve));
    }
    writeOut(prompt);
    const line = stdin ? await stdin(prompt) : "";
    return String(line ?? "").replace(/\r?\n$/, "");
  };

  /** Run the started program to its end without blocking the event loop. */
  const drive = async () => {
    running = true;
    try {
      let sliceStart = now();
      for (;;) {
        const s = op(RUN, SLICE_BUDGET);
        flushEvents();
        if (s.done) return s.repl ?? (s.failed ? FAILED : s.value);
        if (s.error) throw pythonError(s.error);
        if (s.sleep !== undefined) {
          if (s.sleep > 0) {
            await new Promise((resolve) => {
              const timer = setTimeout(resolve, Math.ceil(s.sleep));
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            wake = null;
            sliceStart = now();
          }
          // The wake-up lies beyond `until`: the board time is up; stop cleanly.
          if (s.stop) return undefined;
        } else if (s.input !== undefined) {
          const line = await Promise.race([
            readLine(s.input),
            new Promise((resolve) => (wake = () => resolve(INTERRUPTED))),
          ]);
          wake = null;
          replInputWaiter = null;
          if (line !== RESUMED) op(RESUME_INPUT, line === INTERRUPTED ? "" : line);
          sliceStart = now();
        } else if (s.await !== undefined) {
          try {
            const value = await Promise.race([
              Promise.resolve(s.await),
              new Promise((_, reject) => (wake = () => reject(INTERRUPTED))),
            ]);
            op(RESUME_VALUE, value);
          } catch (e) {
            op(RESUME_ERROR, e === INTERRUPTED ? undefined : e, e === INTERRUPTED);
          }
          wake = null;
          sliceStart = now();
        } else if (now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = now();
        }
      }
    } finally {
      running = false;
      if (op(IS_RUNNING)) op(ABORT);
    }
  };

  const runAsync = (code, filename, how) =>
    serialise(async () => {
      start(code, filename, how);
      return drive();
    });

  const runPython = (code) => {
    if (running) throw new Error("runPython: the interpreter is already running a program");
    start(code, "<stdin>", AS_EXPRESSION);
    for (;;) {
      const s = op(RUN, SYNC_BUDGET);
      flushEvents();
      if (s.done) return s.value;
      if (s.error) throw pythonError(s.error);
      if (s.sleep !== undefined && s.stop) return undefined;
      if (s.yielded || (s.sleep !== undefined && s.sleep <= 0)) continue;
      if (s.input !== undefined && stdin) {
        writeOut(s.input);
        const line = stdin(s.input);
        if (typeof line === "string" || line == null) {
          op(RESUME_INPUT, String(line ?? "").replace(/\r?\n$/, ""));
          continue;
        }
      }
      op(ABORT);
      throw new Error("runPython cannot suspend (time.sleep, input() or await); use runPythonAsync");
    }
  };

  // ---- REPL: the shared Rust session (`ReplSession`, as in the native CLI); JS only runs its entries ----
  /** A REPL entry is being driven (`input()` then reads REPL keys); `replInputWaiter` resolves such a wait. */
  let replRunning = false;
  let replInputWaiter = null;
  /** Resolves when the REPL has done all it was asked (the entries run, reboots made): the exit status, if any. */
  let replBusy = null;

  /** Do what the session asks (`{run}`, `{reboot}`, `{exit}`) until it waits for keys again. */
  const replServe = async (status) => {
    for (;;) {
      if (status.run) {
        replRunning = true;
        let result;
        try {
          result = await serialise(drive);
        } catch (e) {
          writeErr(`${e?.stack ?? e}\n`);
        } finally {
          replRunning = false;
          replInputWaiter = null;
        }
        // No REPL status: the entry was stopped (board time up) or the host failed; the session still prompts.
        status = result ?? op(REPL_ABORT).repl;
      } else if (status.reboot) {
        reboot();
        status = op(REPL_REBOOTED);
      } else {
        return status.exit;
      }
    }
  };

  const replProcessChar = (keys) => {
    keys = String(keys);
    if (replBusy === null) {
      replBusy = replServe(op(REPL_FEED, keys)).finally(() => (replBusy = null));
      return replBusy;
    }
    // An entry runs: Ctrl-C interrupts it, a line answers its `input()`, other keys wait their turn.
    for (const c of keys) {
      if (c === "\x03" && replInputWaiter === null) {
        api.interrupt();
      } else if (op(REPL_FEED, c).resume) {
        replInputWaiter?.(RESUMED);
        replInputWaiter = null;
      }
    }
    return replBusy;
  };

  // ---- the virtual board ----
  const info = op(BOARD_INFO);
  const pinSnapshot = () => {
    const pins = {};
    for (const pin of op(BOARD_PINS)) {
      const { names, ...state } = pin;
      for (const name of names.length ? names : [pin.name]) pins[name] = state;
    }
    return pins;
  };
  const pinName = (name) => {
    if (typeof name !== "string" || !(name in info.pins)) throw new Error(`no pin named ${name} on ${board}`);
    return name;
  };
  const boardApi = {
    id: info.id,
    name: info.name,
    machine: info.machine,
    mcu: info.mcu,
    /** `board` name → MCU pin name. */
    pinNames: info.pins,
    get pins() {
      return pinSnapshot();
    },
    getPin: (name) => pinSnapshot()[pinName(name)],
    get pixels() {
      return op(BOARD_PIXELS);
    },
    on: (type, listener) => {
      if (type !== "event" || typeof listener !== "function") throw new TypeError('on("event", listener)');
      eventListeners.add(listener);
    },
    off: (type, listener) => eventListeners.delete(listener),
    setPin: (name, value) => op(BOARD_SET_INPUT, pinName(name), INPUT_DIGITAL, value ? 1 : 0),
    setAnalog: (name, value) => op(BOARD_SET_INPUT, pinName(name), INPUT_ANALOG, Number(value)),
    setTouch: (name, touched) => op(BOARD_SET_INPUT, pinName(name), INPUT_TOUCH, touched ? 1 : 0),
    press: (button) => boardApi.setPin(button, true),
    release: (button) => boardApi.setPin(button, false),
    scheduleInput: (spec) => op(BOARD_SCHEDULE, String(spec)),
    uartWrite: (data) => op(BOARD_UART_WRITE, typeof data === "string" ? encoder.encode(data) : new Uint8Array(data)),
    uartRead: () => op(BOARD_UART_READ),
    attachI2CDevice: (address, registers = {}) => {
      const pairs =
        registers instanceof Uint8Array
          ? [...registers].map((value, reg) => [reg, value])
          : registers instanceof Map || Array.isArray(registers)
            ? [...registers]
            : Object.entries(registers);
      op(BOARD_ATTACH_I2C, Number(address), new Uint8Array(pairs.flatMap(([reg, v]) => [Number(reg), Number(v)])));
    },
  };

  const api = {
    PythonError,
    runPython,
    runPythonAsync: (code) => runAsync(code, "<stdin>", AS_ASYNC),
    /** Run a whole program file (as the CLI does): no last-expression value. */
    runFile: (code, filename = "code.py") => runAsync(code, filename, AS_FILE),
    globals: {
      get: (name) => op(GLOBAL_GET, String(name)),
      set: (name, value) => op(GLOBAL_SET, String(name), value),
      delete: (name) => op(GLOBAL_DELETE, String(name)),
    },
    registerJsModule: (name, module) => {
      op(REGISTER_JS_MODULE, String(name), module);
      jsModules.set(String(name), module);
    },
    pyimport: (name) => unwrap(op(PYIMPORT, String(name))),
    FS: {
      readFile: (path, opts = {}) => {
        const data = op(FS_READ, String(path));
        const encoding = typeof opts === "string" ? opts : opts.encoding;
        return encoding === "utf8" || encoding === "utf-8" ? decoder.decode(data) : data;
      },
      writeFile: (path, data) => writeFile(String(path), data),
      mkdir: (path) => op(FS_MKDIR, String(path)),
      readdir: (path = "/") => op(FS_READDIR, String(path)),
      unlink: (path) => op(FS_UNLINK, String(path)),
      rmdir: (path) => op(FS_RMDIR, String(path)),
      rename: (from, to) => op(FS_RENAME, String(from), String(to)),
      stat: (path) => op(FS_STAT, String(path)),
    },
    replInit: () => op(REPL_INIT),
    replProcessChar,
    /** True when the REPL waits at an empty `>>> ` prompt. */
    replIdle: () => replBusy === null && op(REPL_IDLE),
    interrupt: () => {
      op(INTERRUPT);
      wake?.();
    },
    /** Power-on: boot.py (output to /boot_out.txt), then the first of code.txt, code.py, main.txt, main.py. */
    start: () =>
      serialise(async () => {
        let ok = true;
        if (op(POWER_ON)) {
          try {
            ok = (await drive()) !== FAILED;
          } catch (e) {
            if (!(e instanceof PythonError)) throw e;
            writeErr(e.traceback);
            ok = false;
          }
        }
        flushEvents();
        out.flush();
        err.flush();
        return ok;
      }),
    /** Soft reboot: a fresh VM (modules, globals, heap) on the same drive. */
    softReboot: async () => {
      api.interrupt();
      await queue;
      writeOut("soft reboot\n");
      reboot();
    },
    /** Time on the board clock, in seconds (virtual under `virtualTime`). */
    monotonic: () => op(MONOTONIC),
    /** Flush partial lines held by `linebuffer`. */
    flush: () => {
      out.flush();
      err.flush();
    },
    board: boardApi,
  };
  return api;
}
