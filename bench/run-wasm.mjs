// Run one Python file on our WebAssembly build, timed the way bench/peers/run-micropython.mjs times
// MicroPython's (shared parts in bench/wrapper.mjs), so the wasm columns of bench/run.py compare alike.
//
//   node bench/run-wasm.mjs FILE [--heap BYTES]
//
// The program's stdout goes to our stdout unchanged; stderr gets the `#bench load_s=.. run_s=..` line.
// An uncaught Python exception prints its traceback to stderr, exit status 1.
import { performance } from "node:perf_hooks";
import { loadCircuitPython } from "../js/dist/index.mjs";
import { chunkedOutput, programFromArgs, report } from "./wrapper.mjs";

const { code, heapsize } = programFromArgs("run-wasm.mjs FILE [--heap BYTES]");
const out = chunkedOutput(process.stdout);
const t0 = performance.now();
const py = await loadCircuitPython({
  heapsize,
  linebuffer: false,
  stdout: out.write,
  stderr: (text) => process.stderr.write(text),
});
const t1 = performance.now();
let status = 0;
try {
  py.runPython(code);
} catch (e) {
  out.flush();
  process.stderr.write(String(e && e.traceback ? e.traceback : e) + "\n");
  status = 1;
}
const t2 = performance.now();
out.flush();
report(t1 - t0, t2 - t1);
process.exitCode = status;
