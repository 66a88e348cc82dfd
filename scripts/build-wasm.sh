#!/usr/bin/env bash
#! Builds the npm package into js/dist from a fresh clone: installs the wasm32 target, wasm-bindgen-cli (at
#! exactly the wasm-bindgen version in Cargo.lock) and the package's npm dev dependencies when missing, compiles
#! the bindings crate with the size-first `wasm` profile, generates the `--target web` glue, shrinks the module
#! with binaryen's wasm-opt, and bundles js/src/index.mjs with the glue into the minified js/dist/index.mjs
#! that the package ships. Safe to run again: each step is skipped or cheap when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
    # --locked can fail when a registry mirror lacks one of the CLI's locked dependencies; then let cargo
    # resolve them afresh (the CLI's own version is still exact, and that is what must match the crate).
    cargo install wasm-bindgen-cli --version "$bindgen_version" --locked ||
        cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

[ -d js/node_modules/binaryen ] && [ -d js/node_modules/esbuild ] && [ -d js/node_modules/playwright-core ] ||
    (cd js && npm ci --no-audit --no-fund)

# Two rustc options not yet stabilised shrink the module; RUSTC_BOOTSTRAP lets this stable compiler accept them,
# for this one build only (they are appended to .cargo/config.toml's wasm32 flags):
# - `-Z location-detail=none`: panic locations (file, line, column: 16 bytes of data for each of ~1,400 panic
#   sites, and the file names) are dead weight here. With panic = "abort" and no hook, a panic in WebAssembly is
#   an `unreachable` trap and nothing ever prints them (the native build keeps them for debugging). -12.7 KB gzipped.
# - std rebuilt from source (`-Z build-std`, needs the rust-src component) with the size-first profile and
#   `panic=immediate-abort`: a panic traps at once, so no panic message is formatted and std's panic machinery
#   and messages are gone; -12 KB gzipped. The rebuilt std also takes its `optimize_for_size` feature (smaller
#   variants of a few algorithms, such as integer formatting): -1.1 KB gzipped and no slower on bench/run.py,
#   whose sorts go through our own merge sort. Where rust-src cannot be installed the build falls back to the
#   prebuilt std: the same behaviour, a larger module.
wasm_flags='"-Z", "location-detail=none"'
build_std=()
if rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src; then
    build_std=(-Z build-std=std,panic_abort -Z build-std-features=optimize_for_size)
    wasm_flags+=', "-Z", "unstable-options", "-C", "panic=immediate-abort"'
else
    echo "build-wasm: rust-src unavailable, building with the prebuilt std (about 13 KB larger gzipped)" >&2
fi
RUSTC_BOOTSTRAP=1 cargo build --profile wasm --target wasm32-unknown-unknown -p circuitpython-wasm "${build_std[@]}" \
    --config "target.wasm32-unknown-unknown.rustflags = [$wasm_flags]"
wasm-bindgen --target web --no-typescript --out-dir js/dist --out-name circuitpython \
    target/wasm32-unknown-unknown/wasm/circuitpython_wasm.wasm
# The imports' long hashed names become i0, i1, ... in the module and the glue alike (0.7 KB gzipped).
python3 scripts/shorten-imports.py js/dist/circuitpython_bg.wasm js/dist/circuitpython.js

# wasm-opt comes from the npm `binaryen` package (a dev dependency of js/). bench/size_profile.py reads these
# two lists, so its named module is optimised the same way.
# --converge repeats the passes while they still shrink (about 1 KB gzipped); -O3/-Os and cargo's opt-level "s"
# are all larger (opt-level "s": +66 KB gzipped).
# -ocimfs 10: binaryen by default inlines every function that has one caller, however big; that merged the
# VM's 36 KB `step` into `execute`, the bytecode compiler into `compile` and so on, so the first call of any of
# them made V8 compile the whole merged body at once. Inlining only tiny single-caller functions is 13 KB
# smaller gzipped, makes the first `runPython` ~3 ms faster in Node (lazy compilation does less), and is no
# slower on the benchmarks.
# --flatten --rereloop: rebuild each function's control flow from its basic blocks (binaryen's relooper) before
# -Oz. LLVM's block nesting for big `match`es and loops with early exits leaves many branches that the
# relooper's structure avoids: -2.7 KB gzipped, and the VM loop runs faster in V8 (loops, calls, generators
# and sort 15-35% in bench/run.py).
# --low-memory-unused: addresses below 1024 are never used (the 4 MB stack comes first in memory and would
# have overflowed long before its last KB), so a constant added to a pointer folds into the load's or store's
# offset: -1.1 KB gzipped.
wasm_opt_passes=(--low-memory-unused --flatten --rereloop -Oz -ocimfs 10 --converge)
wasm_features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals
    --enable-reference-types --enable-multivalue)
js/node_modules/.bin/wasm-opt "${wasm_opt_passes[@]}" --strip-debug --strip-producers --strip-target-features "${wasm_features[@]}" \
    js/dist/circuitpython_bg.wasm -o js/dist/circuitpython_bg.wasm.opt
mv js/dist/circuitpython_bg.wasm.opt js/dist/circuitpython_bg.wasm

# What a page downloads beside the module is one minified ES module: the API and the glue together are 8.6 KB
# gzipped instead of 15 KB as two commented files (esbuild, npm). The source map keeps stack traces readable in
# a browser's tools; `node:*` stays external for the Node-only path that imports `node:fs` when
# `process.getBuiltinModule` is missing.
js/node_modules/.bin/esbuild js/src/index.mjs --bundle --minify --format=esm --sourcemap --log-level=warning \
    --external:'node:*' --outfile=js/dist/index.mjs
ls -l js/dist/circuitpython_bg.wasm js/dist/index.mjs
