#!/usr/bin/env node
//! The Node command line of the WebAssembly build: the same flags and exit statuses as the native
//! `circuitpython` (run FILE, `-c CODE`, a program on stdin, or the REPL; `--drive DIR` runs boot.py then
//! code.py as a board does). The board's drive is a copy of FILE's directory (or DIR, or the current one) in
//! memory, within a board-sized budget; hidden directories are left out. The virtual
//! board flags (`--board`, `--list-boards`, `--fast`, `--until`, `--input`, `--trace`) behave and print exactly
//! as natively: both builds share the board crate's clock, slice loop and trace format.

import { openSync, readFileSync, readdirSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { boardIds, boardsListing, loadCircuitPython, PythonError } from "./dist/index.mjs";
const USAGE = "usage: circuitpython [OPTIONS] [FILE]   (options: -c CODE, --drive DIR, --board NAME, --list-boards,\n" +
  "       --heap SIZE, --fast, --until SECONDS, --trace FILE, --input PIN=VALUE@T)";
/** The drive copied from disk: skip what is not board content (hidden directories too), and stay within a
 * budget of bytes and of directory entries, so that `-c` run from a home directory starts at once instead of
 * walking the whole tree. */
const DRIVE_SKIP = new Set(["node_modules", "target", "__pycache__"]);
const DRIVE_MAX_BYTES = 64 * 1024 * 1024;
const DRIVE_MAX_ENTRIES = 4096;

function usage(message) {
  process.stderr.write(`circuitpython: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseSize(text) {
  const m = /^(\d+)([km]?)$/i.exec(String(text).trim());
  if (!m) return null;
  return Number(m[1]) * { "": 1, k: 1024, m: 1024 * 1024 }[m[2].toLowerCase()];
}

function parseArgs(argv) {
  const opts = { heap: undefined, fast: false, until: undefined, board: "raspberry_pi_pico", inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name) => {
      const eq = arg.indexOf("=");
      if (arg.startsWith("--") && eq > 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) usage(`missing value for ${name}`);
      return argv[++i];
    };
    const flag = arg.startsWith("--") ? arg.split("=")[0] : arg;
    switch (flag) {
      case "-c":
        if (opts.file !== undefined) usage(`unexpected argument "${arg}"`);
        opts.code = value("-c");
        break;
      case "--heap":
        opts.heap = parseSize(value("--heap"));
        if (opts.heap === null) usage(`bad heap size '${argv[i]}'`);
        break;
      case "--fast":
        opts.fast = true;
        break;
      case "--until": {
        const v = value("--until");
        opts.until = Number(v);
        if (!Number.isFinite(opts.until) || opts.until < 0) usage(`bad --until value '${v}'`);
        break;
      }
      case "--drive":
        opts.drive = value("--drive");
        break;
      case "--board":
        opts.board = value("--board");
        break;
      case "--list-boards":
        opts.listBoards = true;
        break;
      case "--trace":
        opts.trace = value("--trace");
        break;
      case "--input":
        opts.inputs.push(value("--input"));
        break;
      case "-h":
      case "--help":
        process.stdout.write(USAGE + "\n");
        process.exit(0);
        break;
      default:
        if (arg.startsWith("-") && arg !== "-") usage(`invalid option '${arg}'`);
        // Flags may come before or after FILE, as natively (CircuitPython programs take no arguments).
        if (opts.file !== undefined || opts.code !== undefined) usage(`unexpected argument "${arg}"`);
        opts.file = arg;
    }
  }
  return opts;
}

/** Copy a directory tree into the in-memory drive; false if it was cut short by the budgets. */
function mountDrive(py, dir) {
  let budget = DRIVE_MAX_BYTES;
  let entries = DRIVE_MAX_ENTRIES;
  let complete = true;
  const walk = (hostDir, boardDir) => {
    for (const name of readdirSync(hostDir)) {
      if (entries-- <= 0) {
        complete = false;
        return;
      }
      const hostPath = join(hostDir, name);
      const boardPath = `${boardDir}/${name}`;
      let st;
      try {
        st = statSync(hostPath);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (DRIVE_SKIP.has(name) || name.startsWith(".")) continue;
        py.FS.mkdir(boardPath);
        walk(hostPath, boardPath);
      } else if (st.isFile()) {
        if (st.size > budget) {
          complete = false;
          continue;
        }
        budget -= st.size;
        py.FS.writeFile(boardPath, readFileSync(hostPath));
      }
    }
  };
  walk(dir, "");
  return complete;
}

function exitStatusOf(error) {
  if (!(error instanceof PythonError)) {
    process.stderr.write(`${error?.stack ?? error}\n`);
    return 1;
  }
  if (error.type === "SystemExit") {
    const message = error.message.replace(/^SystemExit:? ?/, "");
    if (message === "" || message === "None") return 0;
    if (/^-?\d+$/.test(message)) return Number(message) & 0xff;
    process.stderr.write(`${message}\n`);
    return 1;
  }
  process.stderr.write(error.traceback);
  return 1;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** The REPL on a raw terminal, keys straight to the shared session; resolves to the exit status once the
 * session ends (`sys.exit()`, or Ctrl-D right after the soft reboot of a first Ctrl-D), as natively. */
async function repl(py) {
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  py.replInit();
  const status = await new Promise((done) => {
    stdin.on("data", (chunk) =>
      py.replProcessChar(chunk).then((code) => {
        if (code !== undefined) done(code);
      }),
    );
  });
  stdin.setRawMode(false);
  stdin.pause();
  return status;
}

/** `--trace FILE|-`: a writer of one JSON line per event, written as it happens. */
function traceWriter(path) {
  let fd = 2;
  if (path !== "-") {
    try {
      fd = openSync(path, "w");
    } catch (e) {
      usage(`can't write trace file '${path}': ${e.message}`);
    }
  }
  return (_event, line) => writeSync(fd, `${line}\n`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.listBoards) {
    process.stdout.write(await boardsListing());
    return 0;
  }
  const boards = await boardIds();
  if (!boards.includes(opts.board)) usage(`unknown board '${opts.board}' (valid: ${boards.join(", ")})`);
  const interactive = opts.code === undefined && opts.file === undefined && !opts.drive && process.stdin.isTTY;
  const rawTerminal = interactive && process.stdout.isTTY;
  // In raw mode the terminal does not turn "\n" into "\r\n"; do it here.
  const toTerminal = (stream) => (text) => stream.write(rawTerminal ? text.replace(/(?<!\r)\n/g, "\r\n") : text);
  let source;
  let filename = "<stdin>";
  let driveDir = opts.drive ? resolve(opts.drive) : process.cwd();
  if (opts.file !== undefined) {
    try {
      source = readFileSync(opts.file, "utf8");
    } catch (e) {
      usage(`can't open file '${opts.file}': ${e.message}`);
    }
    filename = basename(opts.file);
    if (!opts.drive) driveDir = dirname(resolve(opts.file));
  } else if (opts.code !== undefined) {
    source = opts.code;
  } else if (!opts.drive && !process.stdin.isTTY) {
    source = await readStdin();
  }
  const py = await loadCircuitPython({
    board: opts.board,
    heapsize: opts.heap,
    virtualTime: opts.fast,
    until: opts.until,
    argv: opts.file !== undefined ? [opts.file] : [],
    linebuffer: false,
    stdout: toTerminal(process.stdout),
    stderr: toTerminal(process.stderr),
    stdin: interactive ? undefined : () => "",
  });
  try {
    if (!mountDrive(py, driveDir)) {
      process.stderr.write(
        `circuitpython: '${driveDir}' is too big for a board's drive: only part of it was copied ` +
          `(at most ${DRIVE_MAX_ENTRIES} entries, ${DRIVE_MAX_BYTES >> 20} MB; --drive DIR picks another)\n`,
      );
    }
  } catch (e) {
    usage(`can't read drive '${driveDir}': ${e.message}`);
  }
  for (const spec of opts.inputs) {
    try {
      py.board.scheduleInput(spec);
    } catch (e) {
      usage(e.message);
    }
  }
  if (opts.trace !== undefined) py.board.on("event", traceWriter(opts.trace));
  if (source !== undefined) {
    try {
      await py.runFile(source, filename);
      return 0;
    } catch (e) {
      return exitStatusOf(e);
    }
  }
  if (opts.drive) return (await py.start()) ? 0 : 1;
  return repl(py);
}

const status = await main();
// Let pending output drain before exiting.
process.stdout.write("", () => process.stderr.write("", () => process.exit(status)));
