// The Rust bindings and index.mjs talk through numbers: the operations of `Interpreter::op(code, ...)` (the `op`
// module of crates/wasm/src/lib.rs) and of the bridge function `js(code, ...)` (the `js` module of
// crates/wasm/src/bridge.rs), and the codes some of them take or answer: how `EXEC_START` runs code, what
// `BOARD_SET_INPUT` drives, and what `js::KIND` answers. Both sides spell the numbers out by hand (the JS side in
// js/src/protocol.mjs); this keeps them in step, name by name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as protocol from "../src/protocol.mjs";

const read = (path) => readFileSync(new URL(path, import.meta.url), "utf8");

/** `pub const NAME: u32 = N;` (or `f64 = -N.0`) inside `mod MODULE { ... }` of a Rust file, as a Map. */
function rustConsts(path, module) {
  const text = read(path);
  const start = text.indexOf(`mod ${module} {`);
  assert.notEqual(start, -1, `mod ${module} in ${path}`);
  const body = text.slice(start, text.indexOf("\n}", start));
  return new Map(
    [...body.matchAll(/pub const (\w+): (?:u32|f64) = (-?\d+)(?:\.0)?;/g)].map((m) => [m[1], Number(m[2])]),
  );
}

/** protocol.mjs's number for each Rust name (with a prefix). */
const jsConsts = (names, prefix) => new Map(names.map((name) => [name, protocol[prefix + name]]));

const checked = new Set();
// [Rust file, its module, protocol.mjs's prefix for the names, how many there are at least]
for (const [path, module, prefix, least] of [
  ["../../crates/wasm/src/lib.rs", "op", "", 40],
  ["../../crates/wasm/src/bridge.rs", "js", "JS_", 20],
  ["../../crates/wasm/src/lib.rs", "exec_as", "AS_", 3],
  ["../../crates/wasm/src/board.rs", "input", "INPUT_", 3],
  ["../../crates/wasm/src/convert.rs", "kind", "KIND_", 9],
]) {
  test(`protocol.mjs numbers the ${module} codes as ${path.split("/").pop()} does`, () => {
    const rust = rustConsts(path, module);
    assert.ok(rust.size >= least, `found the ${module} codes`);
    assert.deepEqual(jsConsts([...rust.keys()], prefix), rust);
    assert.equal(new Set(rust.values()).size, rust.size, "each number once");
    for (const name of rust.keys()) checked.add(prefix + name);
  });
}

test("protocol.mjs has no number the Rust side lacks", () => {
  assert.deepEqual(Object.keys(protocol).filter((name) => !checked.has(name)), []);
});
