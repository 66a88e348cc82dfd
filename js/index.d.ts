// circuitpython-wasm: types of the JavaScript API (hand-written; the implementation is src/index.mjs,
// shipped bundled and minified as dist/index.mjs).

/** Options of {@link loadCircuitPython}. */
export interface LoadOptions {
  /** Virtual board: "raspberry_pi_pico" (default), "feather_rp2040", "metro_m4_express", "circuitplayground_bluefruit". */
  board?: string;
  /** Python heap size in bytes (default: the board's); exceeding it raises MemoryError as on a board. */
  heapsize?: number;
  /**
   * Board clock moves only by sleeps (waking at exactly the time asked) and a fixed cost per busy slice:
   * deterministic, sleeps take no real time, and traces are byte-identical to the native CLI's `--fast`.
   */
  virtualTime?: boolean;
  /** Program output (default: a line at a time to process.stdout in Node, console.log elsewhere). */
  stdout?: (text: string) => void;
  /** Tracebacks and error output (default: a line at a time to process.stderr in Node, console.error elsewhere). */
  stderr?: (text: string) => void;
  /** A line for `input()` (without its newline); may return a promise under runPythonAsync. */
  stdin?: (prompt: string) => string | Promise<string>;
  /** Call stdout/stderr once per complete line, without the newline (default true); false passes text as written. */
  linebuffer?: boolean;
  /** Initial drive contents: path → text or bytes, e.g. `{ "code.py": "print('hi')" }`. */
  files?: Record<string, string | Uint8Array>;
  /** Where to fetch the .wasm from (default: circuitpython_bg.wasm beside dist/index.mjs). */
  url?: string | URL;
  /** Stop running programs cleanly once the board clock passes this many seconds (inclusive, as the CLI's --until). */
  until?: number;
  /** `sys.argv` for the programs this instance runs (default: empty, as on a board). */
  argv?: string[];
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
 * A Python object seen from JS: read and write attributes, call it if callable. An attribute the object
 * doesn't have reads as `undefined` (other errors of the read are thrown as `PythonError`).
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

/** A pin as the host sees it. */
export interface PinState {
  /** The board name CircuitPython prints for the pin (e.g. "GP25"). */
  name: string;
  /** The MCU's name (e.g. "GPIO25"). */
  mcu: string;
  /** The level a digital read gives (driven by the program, or by the host's input, or the pull). */
  value: boolean;
  /** True while the program drives the pin. */
  output: boolean;
  /** PWM output, or null. */
  pwm: { duty_cycle: number; frequency: number } | null;
  /** The analog value the host set (0-65535). */
  analog: number;
  touched: boolean;
}

/**
 * A board event, as one trace line of the CLI's `--trace` (JSON-parsed): `t` is board seconds.
 * `{t, pin, value}` digital level, `{t, pin, pwm: {duty_cycle, frequency}}`, `{t, pixels, rgb|rgbw}`,
 * `{t, pin, analog}` (AnalogOut), `{t, uart, tx}` (UART output).
 */
export interface BoardEvent {
  t: number;
  pin?: string;
  value?: boolean;
  pwm?: { duty_cycle: number; frequency: number };
  pixels?: string;
  rgb?: number[][];
  rgbw?: number[][];
  analog?: number;
  uart?: string;
  tx?: string;
}

/** The virtual board: outputs as a snapshot and as events, inputs the host drives. */
export interface Board {
  id: string;
  name: string;
  /** "BOARD with MCU", as `sys.implementation._machine` and `os.uname().machine` report it. */
  machine: string;
  mcu: string;
  /** `board` name → MCU pin name. */
  pinNames: Record<string, string>;
  /** Snapshot of every pin, keyed by each of its `board` names (aliases share a state). */
  readonly pins: Record<string, PinState>;
  /** The state of one pin by `board` name; throws for a name the board lacks. */
  getPin(name: string): PinState;
  /** Last colours sent to each pixel pin, e.g. `{ NEOPIXEL: [[255, 0, 0], ...] }`. */
  readonly pixels: Record<string, number[][]>;
  /**
   * Listen to board events. Listeners are called after each slice the VM runs, in order, with the parsed
   * event and its trace line exactly as the CLI's `--trace` writes it (without the newline).
   */
  on(type: "event", listener: (event: BoardEvent, line: string) => void): void;
  off(type: "event", listener: (event: BoardEvent, line: string) => void): void;
  /** Drive a digital level on a pin (a wire, a button). */
  setPin(name: string, value: boolean): void;
  /** Set the analog reading of a pin, 0-65535. */
  setAnalog(name: string, value: number): void;
  setTouch(name: string, touched: boolean): void;
  /** Press / release a button (the boards here read their buttons high when pressed). */
  press(button: string): void;
  release(button: string): void;
  /** Schedule an input at a board time, as the CLI's `--input`: "BUTTON_A=1@2.5". Throws on a bad spec. */
  scheduleInput(spec: string): void;
  /** Bytes arriving on the board's UART. */
  uartWrite(data: string | Uint8Array | ArrayBuffer): void;
  /** The bytes the program wrote to the UART since the last call. */
  uartRead(): Uint8Array;
  /**
   * Attach (or replace) a simulated I2C device at a 7-bit address: a register map with an auto-incrementing
   * pointer. `registers`: `{reg: value}`, a Map, `[reg, value]` pairs, or a Uint8Array (register i = value).
   */
  attachI2CDevice(address: number, registers?: Record<number, number> | Map<number, number> | [number, number][] | Uint8Array): void;
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
  /**
   * Start the REPL: print the banner and the first `>>> ` prompt. The REPL is the native CLI's own (one Rust
   * session for both), so keys and output are the same: everything goes to `stdout`, tracebacks included,
   * lines ending in "\n" (a raw terminal converts them), except the raw REPL's byte-exact protocol texts.
   */
  replInit(): void;
  /**
   * Feed keys as a serial terminal sends them: printable text (echoed), Enter, Backspace, Tab (completes names
   * and `obj.attr` before the cursor, `pri` → `print(`; indents on a blank line), Up/Down (`\x1b[A`/`\x1b[B`:
   * history), Ctrl-C (cancels the line, or interrupts the running entry), Ctrl-D (soft reboot on an empty line;
   * ends a paste or raw block; EOFError at `input()`), Ctrl-E (paste mode, `=== `), Ctrl-A/Ctrl-B (enter/leave
   * the raw REPL: `OK`, output, `\x04`, error, `\x04`, `>`). Continuation lines (`... `) are auto-indented.
   * The line is edited as in MicroPython's REPL, echoed with ANSI cursor moves (`\b`, `\x1b[nD`, `\x1b[K`) for
   * a terminal or xterm.js: Left/Right, Home/End, Delete, Ctrl-A/Ctrl-E (home/end on a non-empty line),
   * Ctrl-B/F, Ctrl-D (delete on a non-empty line), Ctrl-K/U/W, Ctrl-P/N, Alt-B/F/D, Ctrl-Left/Right; other
   * escape sequences are ignored.
   *
   * Entries run without blocking the event loop. Resolves once the entries the keys complete have run (and
   * keys fed meanwhile were handled: they answer a waiting `input()` or wait their turn; Ctrl-C interrupts at
   * once), to `undefined`, or to an exit status when the session ended (`sys.exit()`, or Ctrl-D right after the
   * soft reboot of a first Ctrl-D): a terminal host exits then, a page may call `replInit()` again.
   */
  replProcessChar(chars: string): Promise<number | undefined>;
  /** True when the REPL waits at an empty `>>> ` prompt with nothing running. */
  replIdle(): boolean;
  /** Raise KeyboardInterrupt in the running program at once (also during sleeps, awaits and input). */
  interrupt(): void;
  /**
   * Power-on: run boot.py (its output goes to /boot_out.txt), then the first of code.txt, code.py, main.txt,
   * main.py between "code.py output:" and "Code done running." lines, as a board does. Resolves false when the
   * code ended with an uncaught exception (printed before "Code done running.").
   */
  start(): Promise<boolean>;
  /** Soft reboot: stop the program, fresh interpreter state (modules, globals, heap, pins) on the same drive and clock. */
  softReboot(): Promise<void>;
  /** The board clock in seconds. */
  monotonic(): number;
  /** Flush partial lines held back by `linebuffer`. */
  flush(): void;
  /** The virtual board: pins, pixels, events, inputs. */
  board: Board;
}

/** The ids of the built-in virtual boards. */
export function boardIds(url?: string | URL): Promise<string[]>;
/** The CLI's `--list-boards` text: one board a line, its id then what it is. */
export function boardsListing(url?: string | URL): Promise<string>;

/** Load the WebAssembly module (once per page or process) and create an interpreter. */
export function loadCircuitPython(options?: LoadOptions): Promise<CircuitPython>;
