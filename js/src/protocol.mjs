// The numbers the bindings (crates/wasm) and index.mjs talk through, named as on the Rust side;
// js/test/protocol.test.mjs keeps the two sides in step. They live in this module of their own, which imports
// nothing, because esbuild then writes each number in place of its name in the bundle (it keeps top-level
// constants of a module that imports others as variables).

// The operations of the bindings' one entry point, `interp.op(code, a, b, c)`: the `op` module of
// crates/wasm/src/lib.rs.
export const SET_ARGV = 0, RESET = 1, SET_UNTIL = 2, INTERRUPT = 3, MONOTONIC = 4, REPL_IDLE = 5;
export const REGISTER_JS_MODULE = 6, EXEC_START = 7, POWER_ON = 8, RUN = 9, ABORT = 10, IS_RUNNING = 11;
export const REPL_INIT = 12, REPL_FEED = 13, REPL_WAIT_INPUT = 14, REPL_REBOOTED = 15, REPL_ABORT = 16;
export const RESUME_INPUT = 17, RESUME_VALUE = 18, RESUME_ERROR = 19, GLOBAL_GET = 20, GLOBAL_SET = 21;
export const GLOBAL_DELETE = 22, PYIMPORT = 23, CALL = 24, GET_ATTR = 25, SET_ATTR = 26, REPR = 27, UNPIN = 28;
export const FS_READ = 29, FS_WRITE = 30, FS_MKDIR = 31, FS_READDIR = 32, FS_UNLINK = 33, FS_RMDIR = 34;
export const FS_RENAME = 35, FS_STAT = 36, BOARD_INFO = 37, BOARD_PINS = 38, BOARD_PIXELS = 39;
export const BOARD_SET_INPUT = 40, BOARD_SCHEDULE = 41, BOARD_UART_WRITE = 42, BOARD_UART_READ = 43;
export const BOARD_ATTACH_I2C = 44, BOARD_TRACE = 45;

// How `EXEC_START` runs code (the `exec_as` module of lib.rs): a whole file, or with the last expression's value
// as the result (awaited if a coroutine).
export const AS_FILE = 0, AS_EXPRESSION = 1, AS_ASYNC = 2;

// What `BOARD_SET_INPUT` drives (the `input` module of crates/wasm/src/board.rs).
export const INPUT_DIGITAL = 0, INPUT_ANALOG = 1, INPUT_TOUCH = 2;

// The operations of the bridge function the bindings call JS through, `js(code, a, b, c)`: the `js` module of
// crates/wasm/src/bridge.rs (which says what each does).
export const JS_WRITE = 0, JS_NOW = 1, JS_DATE_NOW = 2, JS_RANDOM = 3, JS_MAKE_PY_PROXY = 4, JS_STR = 5;
export const JS_KIND = 6, JS_ENTRIES = 7, JS_MAP = 8, JS_BIGINT = 9, JS_GLOBAL = 10, JS_ERROR_TEXT = 11;
export const JS_GET_ATTR = 12, JS_SET_ATTR = 13, JS_CALL = 14, JS_NEW = 15, JS_GET_ITEM = 16, JS_SET_ITEM = 17;
export const JS_LEN = 18, JS_ITER = 19, JS_NEXT = 20, JS_THENABLE = 21, JS_IS = 22;

// How a JS value converts to Python, what `JS_KIND` answers (the `kind` module of crates/wasm/src/convert.rs):
// besides these, the pin handle (>= 1) of a live proxy of a Python object of the interpreter.
export const KIND_NONE = 0, KIND_BOOL = -1, KIND_NUMBER = -2, KIND_STRING = -3, KIND_BIGINT = -4, KIND_BYTES = -5;
export const KIND_ARRAY = -6, KIND_ENTRIES = -7, KIND_PROXY = -8;
