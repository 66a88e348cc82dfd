// The Rust bindings and index.mjs talk through numbered operations: `Interpreter::op(code, ...)` (the `op`
// module of crates/wasm/src/lib.rs) and the bridge function `js(code, ...)` (the `js` module of
// crates/wasm/src/bridge.rs). Both sides spell the numbers out by hand; this keeps them in step, name by name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const read = (path) => readFileSync(new URL(path, import.meta.url), "utf8");
const source = read("../src/index.mjs");

/** `pub const NAME: u32 = N;` inside `mod NAME { ... }` of a Rust file, as a Map. */
function rustConsts(path, module) {
  const text = read(path);
  const start = text.indexOf(`mod ${module} {`);
  assert.notEqual(start, -1, `mod ${module} in ${path}`);
  const body = text.slice(start, text.indexOf("\n}", start));
  return new Map([...body.matchAll(/pub const (\w+): u32 = (\d+);/g)].map((m) => [m[1], Number(m[2])]));
}

/** `NAME = N` in index.mjs's `const` lines, for each Rust name (with a prefix). */
function jsConsts(names, prefix) {
  return new Map(
    names.map((name) => {
      const m = source.match(new RegExp(`\\b${prefix}${name} = (\\d+)[,;]`));
      return [name, m ? Number(m[1]) : undefined];
    }),
  );
}

for (const [path, module, prefix] of [
  ["../../crates/wasm/src/lib.rs", "op", ""],
  ["../../crates/wasm/src/bridge.rs", "js", "JS_"],
]) {
  test(`index.mjs numbers the ${module} operations as ${path.split("/").pop()} does`, () => {
    const rust = rustConsts(path, module);
    assert.ok(rust.size > 10, `found the ${module} operations`);
    assert.deepEqual(jsConsts([...rust.keys()], prefix), rust);
    assert.equal(new Set(rust.values()).size, rust.size, "each number once");
  });
}
