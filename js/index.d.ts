// circuitpython-wasm: types of the JavaScript API (hand-written; see index.mjs).

/** Options of {@link loadCircuitPython}. */
export interface LoadOptions {
  /** Virtual board: "raspberry_pi_pico" (default), "feather_rp2040", "metro_m4_express", "circuitplayground_bluefruit". */
  board?: string;
  /** Python heap size in bytes (default 192 KiB); exceeding it raises MemoryError as on a board. */
  heapsize?: number;
  /** Board clock moves only by sleeps and a fixed cost per instruction: deterministic, sleeps take no real time. */
  virtualTime?: boolean;
  /** Program output (default: console.log per line). */
  stdout?: (text: string) => void;
  /** Tracebacks and error output (default: console.error per line). */
  stderr?: (text: string) => void;
  /** A line for `input()` (without its newline); may return a promise under runPythonAsync. */
  stdin?: (prompt: string) => string | Promise<string>;
  /** Call stdout/stderr once per complete line, without the newline (default true); false passes text as written. */
  linebuffer?: boolean;
  /** Initial drive contents: path → text or bytes, e.g. `{ "code.py": "print('hi')" }`. */
  files?: Record<string, string | Uint8Array>;
  /** Where to fetch the .wasm from (default: dist/circuitpython_bg.wasm beside index.mjs). */
  url?: string | URL;
  /** Stop running programs cleanly once the board clock reaches this many seconds (the CLI's --until). */
  until?: number;
}

/** A Python exception that reached JavaScript. */
export class PythonError extends Error {
  /** The exception class name, e.g. "NameError", "KeyboardInterrupt". */
  type: string;
  /** The traceback as Python prints it ("Traceback (most recent call last): ..."). */
  traceback: string;
  /** `"Type: message"` (or just the type when the message is empty). */
  message: string;
}

/**
 * A Python object seen from JS: read and write attributes, call it if callable.
 * Released when JS no longer references it, or at once with `destroy()`.
 */
export interface PyProxy {
  [attribute: string]: any;
  /** Call the object (same as calling the proxy). Arguments are copied into Python values. */
  call(...args: any[]): any;
  /** Release the Python object now; the proxy can't be used afterwards. */
  destroy(): void;
  /** `repr()` of the object. */
  toString(): string;
}

/** Stat of a drive entry. */
export interface Stat {
  isDirectory: boolean;
  size: number;
  mtime: number;
}

/** The board's drive (`/`): in memory; Python's `open`, `import` and `os` see the same files. */
export interface FileSystem {
  /** File contents as bytes, or as text with `{ encoding: "utf8" }`. Throws `ENOENT: ...` errors. */
  readFile(path: string): Uint8Array;
  readFile(path: string, options: { encoding: "utf8" | "utf-8" } | "utf8" | "utf-8"): string;
  /** Create or replace a file (parent directories are created). */
  writeFile(path: string, data: string | Uint8Array | ArrayBuffer | ArrayBufferView): void;
  mkdir(path: string): void;
  /** Names in a directory, sorted. */
  readdir(path?: string): string[];
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  stat(path: string): Stat;
}

/** A loaded interpreter. */
export interface CircuitPython {
  PythonError: typeof PythonError;
  /**
   * Run code to completion and return its last expression's value converted to JS.
   * Throws PythonError for an exception, and an Error if the code needs to wait
   * (`time.sleep` in real time, `input()` without a synchronous `stdin`, `await`): use runPythonAsync.
   */
  runPython(code: string): any;
  /**
   * Run code without blocking the event loop: sleeps become timers, busy loops run in slices, awaited
   * JS promises are awaited. Resolves with the last expression's value (a coroutine value is awaited
   * first); rejects with PythonError. Calls queue behind each other.
   */
  runPythonAsync(code: string): Promise<any>;
  /** Run a whole program as a file named `filename` (tracebacks name it), like the CLI. */
  runFile(code: string, filename?: string): Promise<void>;
  /** `__main__`'s globals. Values set are copied (arrays → list, plain objects/Maps → dict); other JS objects are proxied. */
  globals: {
    get(name: string): any;
    set(name: string, value: any): void;
    /** False if there was no such global. */
    delete(name: string): boolean;
  };
  /** Make `import name` in Python give a module whose attributes are those of `module`. Survives soft reboots. */
  registerJsModule(name: string, module: object): void;
  /** Import a Python module and return it (as a proxy). */
  pyimport(name: string): PyProxy;
  FS: FileSystem;
  /** Print the banner and the first `>>> ` prompt. */
  replInit(): void;
  /** Feed keys (echoed to stdout); resolves once any code they complete has run. Ctrl-C interrupts, Ctrl-D soft-reboots. */
  replProcessChar(chars: string): Promise<void>;
  /** True when the REPL waits at an empty prompt. */
  replIdle(): boolean;
  /** Raise KeyboardInterrupt in the running program at once (also during sleeps, awaits and input). */
  interrupt(): void;
  /**
   * Power-on: run boot.py (its output goes to /boot_out.txt), then the first of code.txt, code.py, main.txt,
   * main.py between "code.py output:" and "Code done running." lines, as a board does.
   */
  start(): Promise<void>;
  /** Soft reboot: stop the program, fresh interpreter state (modules, globals, heap) on the same drive. */
  softReboot(): Promise<void>;
  /** The board clock in seconds. */
  monotonic(): number;
  /** Flush partial lines held back by `linebuffer`. */
  flush(): void;
  /** The virtual board (pins, pixels, inputs): an empty object until the board support lands. */
  board: Record<string, unknown>;
}

/** Load the WebAssembly module (once per page or process) and create an interpreter. */
export function loadCircuitPython(options?: LoadOptions): Promise<CircuitPython>;
