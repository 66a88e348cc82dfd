//! circuitpython-wasm: `loadCircuitPython(options)`, the JavaScript API of the interpreter compiled to
//! WebAssembly. Drives the VM in slices so the event loop never freezes, turns sleeps into timers and awaits
//! JS promises, proxies Python objects for JS, runs the entries of the shared Rust REPL session and the board's
//! power-on sequence, and exposes the virtual board (`py.board`: pins, pixels, inputs, events).

import initWasm, { initSync, Interpreter, board_ids, boards_listing } from "../dist/circuitpython.js";

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
  return board_ids();
}

/** The `--list-boards` text: one board a line, its id then what it is. */
export async function boardsListing(url) {
  await loadWasm(url);
  return boards_listing();
}

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
  if (typeof board !== "string" || !board_ids().includes(board)) {
    throw new Error(`unknown board '${board}' (valid: ${board_ids().join(", ")})`);
  }

  const out = makeWriter(stdout ?? defaultOutput("stdout", console.log), stdout ? linebuffer : true);
  const err = makeWriter(stderr ?? defaultOutput("stderr", console.error), stderr ? linebuffer : true);
  const writeOut = (text) => out.write(text);
  const writeErr = (text) => err.write(text);

  // Python objects handed to JS: a Proxy per pinned object, released when JS drops it.
  let generation = 0;
  const proxyInfo = new WeakMap();
  const registry = new FinalizationRegistry(({ handle, gen }) => {
    if (gen === generation) interp.unpin(handle);
  });
  const live = (info) => {
    if (info.destroyed) throw new Error("this Python object proxy was destroyed");
    if (info.generation !== generation) throw new Error("this Python object belongs to an interpreter that was reset");
    return info.handle;
  };
  const makePyProxy = (handle, callable, typeName) => {
    const info = { handle, generation, destroyed: false, typeName };
    const call = (...args) => unwrap(interp.call(live(info), args));
    const target = callable ? function () {} : {};
    const proxy = new Proxy(target, {
      apply: (_t, _this, args) => call(...args),
      get: (_t, prop) => {
        switch (prop) {
          case "call":
            return call;
          case "destroy":
            return () => {
              if (!info.destroyed && info.generation === generation) interp.unpin(info.handle);
              info.destroyed = true;
              registry.unregister(info);
            };
          case "toString":
            return () => interp.repr(live(info));
          case "then":
            return undefined; // not a thenable: `await proxy` must not call into Python
          case Symbol.toPrimitive:
            return () => interp.repr(live(info));
          case Symbol.for("nodejs.util.inspect.custom"):
            return () => `<PyProxy ${info.destroyed ? "(destroyed)" : interp.repr(live(info))}>`;
        }
        if (typeof prop === "symbol") return undefined;
        return unwrap(interp.get_attr(live(info), prop));
      },
      set: (_t, prop, value) => {
        if (typeof prop === "symbol") return false;
        unwrap(interp.set_attr(live(info), prop, value));
        return true;
      },
      has: (_t, prop) => {
        if (typeof prop === "symbol") return false;
        return !interp.get_attr(live(info), prop).error;
      },
    });
    proxyInfo.set(proxy, info);
    registry.register(proxy, { handle, gen: generation }, info);
    return proxy;
  };
  const bridge = {
    write: (stream, text) => (stream === 1 ? writeOut(text) : writeErr(text)),
    now,
    makePyProxy,
    handleOf: (value) => {
      const info = (typeof value === "object" || typeof value === "function") && value !== null && proxyInfo.get(value);
      return info && !info.destroyed && info.generation === generation ? info.handle : -1;
    },
    str: (value) => {
      try {
        return String(value);
      } catch {
        return Object.prototype.toString.call(value);
      }
    },
  };
  const interp = new Interpreter(bridge, board, heapsize ?? 0, !!virtualTime);
  if (until !== undefined) interp.set_until(Number(until));
  if (argv !== undefined) interp.set_argv(Array.from(argv, String));

  // Board events: handed to `py.board.on("event", cb)` listeners after every slice, in order.
  const eventListeners = new Set();
  const flushEvents = () => {
    const lines = interp.board_trace();
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
    interp.reset();
    for (const [name, module] of jsModules) interp.register_js_module(name, module);
  };
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const writeFile = (path, data) => {
    if (typeof data === "string") data = encoder.encode(data);
    else if (data instanceof ArrayBuffer) data = new Uint8Array(data);
    else if (ArrayBuffer.isView(data)) data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else throw new TypeError("file contents must be a string, an ArrayBuffer or a typed array");
    interp.fs_write(path, data);
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

  const start = (code, filename, mode, driveCoroutine) => {
    if (typeof code !== "string") throw new TypeError("code must be a string");
    const started = interp.exec_start(code, filename, mode, driveCoroutine);
    if (started && started.error) throw pythonError(started.error);
  };

  /** A line for `input()`: from the REPL's keys when a REPL entry runs, else from the `stdin` option. */
  const readLine = async (prompt) => {
    if (replRunning) {
      if (interp.repl_wait_input(prompt).resume) return RESUMED;
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
        const s = interp.run(SLICE_BUDGET);
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
          if (line !== RESUMED) interp.resume_input(line === INTERRUPTED ? "" : line);
          sliceStart = now();
        } else if (s.await !== undefined) {
          try {
            const value = await Promise.race([
              Promise.resolve(s.await),
              new Promise((_, reject) => (wake = () => reject(INTERRUPTED))),
            ]);
            interp.resume_value(value);
          } catch (e) {
            interp.resume_error(e === INTERRUPTED ? undefined : e, e === INTERRUPTED);
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
      if (interp.is_running()) interp.abort();
    }
  };

  const runAsync = (code, filename, mode) =>
    serialise(async () => {
      start(code, filename, mode, mode === "exec");
      return drive();
    });

  const runPython = (code) => {
    if (running) throw new Error("runPython: the interpreter is already running a program");
    start(code, "<stdin>", "exec", false);
    for (;;) {
      const s = interp.run(SYNC_BUDGET);
      flushEvents();
      if (s.done) return s.value;
      if (s.error) throw pythonError(s.error);
      if (s.sleep !== undefined && s.stop) return undefined;
      if (s.yielded || (s.sleep !== undefined && s.sleep <= 0)) continue;
      if (s.input !== undefined && stdin) {
        writeOut(s.input);
        const line = stdin(s.input);
        if (typeof line === "string" || line == null) {
          interp.resume_input(String(line ?? "").replace(/\r?\n$/, ""));
          continue;
        }
      }
      interp.abort();
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
        status = result ?? interp.repl_abort().repl;
      } else if (status.reboot) {
        reboot();
        status = interp.repl_rebooted();
      } else {
        return status.exit;
      }
    }
  };

  const replProcessChar = (keys) => {
    keys = String(keys);
    if (replBusy === null) {
      replBusy = replServe(interp.repl_feed(keys)).finally(() => (replBusy = null));
      return replBusy;
    }
    // An entry runs: Ctrl-C interrupts it, a line answers its `input()`, other keys wait their turn.
    for (const c of keys) {
      if (c === "\x03" && replInputWaiter === null) {
        api.interrupt();
      } else if (interp.repl_feed(c).resume) {
        replInputWaiter?.(RESUMED);
        replInputWaiter = null;
      }
    }
    return replBusy;
  };

  // ---- the virtual board ----
  const info = interp.board_info();
  const pinSnapshot = () => {
    const pins = {};
    for (const pin of interp.board_pins()) {
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
      return interp.board_pixels();
    },
    on: (type, listener) => {
      if (type !== "event" || typeof listener !== "function") throw new TypeError('on("event", listener)');
      eventListeners.add(listener);
    },
    off: (type, listener) => eventListeners.delete(listener),
    setPin: (name, value) => interp.board_set_input(pinName(name), "digital", value ? 1 : 0),
    setAnalog: (name, value) => interp.board_set_input(pinName(name), "analog", Number(value)),
    setTouch: (name, touched) => interp.board_set_input(pinName(name), "touch", touched ? 1 : 0),
    press: (button) => boardApi.setPin(button, true),
    release: (button) => boardApi.setPin(button, false),
    scheduleInput: (spec) => interp.board_schedule(String(spec)),
    uartWrite: (data) => interp.board_uart_write(typeof data === "string" ? encoder.encode(data) : new Uint8Array(data)),
    uartRead: () => interp.board_uart_read(),
    attachI2CDevice: (address, registers = {}) => {
      const pairs =
        registers instanceof Uint8Array
          ? [...registers].map((value, reg) => [reg, value])
          : registers instanceof Map || Array.isArray(registers)
            ? [...registers]
            : Object.entries(registers);
      interp.board_attach_i2c(Number(address), new Uint8Array(pairs.flatMap(([reg, v]) => [Number(reg), Number(v)])));
    },
  };

  const api = {
    PythonError,
    runPython,
    runPythonAsync: (code) => runAsync(code, "<stdin>", "exec"),
    /** Run a whole program file (as the CLI does): no last-expression value. */
    runFile: (code, filename = "code.py") => runAsync(code, filename, "file"),
    globals: {
      get: (name) => interp.global_get(String(name)),
      set: (name, value) => interp.global_set(String(name), value),
      delete: (name) => interp.global_delete(String(name)),
    },
    registerJsModule: (name, module) => {
      interp.register_js_module(String(name), module);
      jsModules.set(String(name), module);
    },
    pyimport: (name) => unwrap(interp.pyimport(String(name))),
    FS: {
      readFile: (path, opts = {}) => {
        const data = interp.fs_read(String(path));
        const encoding = typeof opts === "string" ? opts : opts.encoding;
        return encoding === "utf8" || encoding === "utf-8" ? decoder.decode(data) : data;
      },
      writeFile: (path, data) => writeFile(String(path), data),
      mkdir: (path) => interp.fs_mkdir(String(path)),
      readdir: (path = "/") => interp.fs_readdir(String(path)),
      unlink: (path) => interp.fs_unlink(String(path)),
      rmdir: (path) => interp.fs_rmdir(String(path)),
      rename: (from, to) => interp.fs_rename(String(from), String(to)),
      stat: (path) => interp.fs_stat(String(path)),
    },
    replInit: () => interp.repl_init(),
    replProcessChar,
    /** True when the REPL waits at an empty `>>> ` prompt. */
    replIdle: () => replBusy === null && interp.repl_idle(),
    interrupt: () => {
      interp.interrupt();
      wake?.();
    },
    /** Power-on: boot.py (output to /boot_out.txt), then the first of code.txt, code.py, main.txt, main.py. */
    start: () =>
      serialise(async () => {
        let ok = true;
        if (interp.power_on()) {
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
    monotonic: () => interp.monotonic(),
    /** Flush partial lines held by `linebuffer`. */
    flush: () => {
      out.flush();
      err.flush();
    },
    board: boardApi,
  };
  return api;
}
