#!/usr/bin/env python3
"""Renames the functions the WebAssembly module imports from wasm-bindgen's glue to short names, in both files.

    scripts/shorten-imports.py MODULE.wasm GLUE.js

wasm-bindgen names each import after its Rust declaration plus a 16-hex-digit hash
(`__wbg_call_1df1ad54e178260d`); the names appear once in the module's import section and once as keys of the
glue's import object, and the hashes do not compress. `i0`, `i1`, ... instead: 0.7 KB less of the gzipped
package. Run by scripts/build-wasm.sh after wasm-bindgen, before wasm-opt and esbuild. Fails (and changes
nothing) if a name is missing from the glue, so a wasm-bindgen upgrade cannot leave the two out of step.
"""
import re
import sys

GLUE_MODULE = b"./circuitpython_bg.js"


def read_uleb(data, pos):
    value, shift = 0, 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, pos


def uleb(value):
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def read_name(data, pos):
    length, pos = read_uleb(data, pos)
    return data[pos:pos + length], pos + length


def import_descriptor_end(data, pos):
    """The end of an import's descriptor (kind byte and type), which is copied as it is."""
    kind = data[pos]
    pos += 1
    if kind == 0:  # function: type index
        return read_uleb(data, pos)[1]
    if kind == 3:  # global: value type, mutability
        return pos + 2
    if kind == 1:  # table: element type, then limits
        pos += 1
    flags, pos = read_uleb(data, pos)  # table or memory limits
    pos = read_uleb(data, pos)[1]
    return read_uleb(data, pos)[1] if flags & 1 else pos


def shorten(module):
    """The module with its glue imports renamed, and the old name -> new name mapping."""
    out, pos, renamed = bytearray(module[:8]), 8, {}
    while pos < len(module):
        section = module[pos]
        size, body_start = read_uleb(module, pos + 1)
        body = module[body_start:body_start + size]
        if section == 2:
            count, at = read_uleb(body, 0)
            new_body = bytearray(uleb(count))
            for _ in range(count):
                module_name, at = read_name(body, at)
                field, at = read_name(body, at)
                end = import_descriptor_end(body, at)
                if module_name == GLUE_MODULE:
                    field = renamed.setdefault(field.decode(), f"i{len(renamed)}").encode()
                new_body += uleb(len(module_name)) + module_name + uleb(len(field)) + field + body[at:end]
                at = end
            body = bytes(new_body)
        out += bytes([section]) + uleb(len(body)) + body
        pos = body_start + size
    return bytes(out), renamed


def main():
    wasm_path, glue_path = sys.argv[1:3]
    with open(wasm_path, "rb") as f:
        module, renamed = shorten(f.read())
    with open(glue_path) as f:
        glue = f.read()
    for old, new in renamed.items():
        glue, count = re.subn(rf"\b{re.escape(old)}\b", new, glue)
        if count == 0:
            sys.exit(f"shorten-imports: {old} is imported by the module but not in {glue_path}")
    with open(wasm_path, "wb") as f:
        f.write(module)
    with open(glue_path, "w") as f:
        f.write(glue)


if __name__ == "__main__":
    main()
