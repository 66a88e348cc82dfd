# bytes.hex with separators and bytes.fromhex / bytearray.fromhex
b = bytes(range(1, 8))
print(b.hex(), b.hex(":"), b.hex(":", 2), b.hex("-", -2), b.hex(" ", 3), b.hex(b"_"), b"".hex(":"))
print(bytes.fromhex("0102 0a ff"), bytes.fromhex(" 41\t42\n"), bytearray.fromhex("4142"), bytes.fromhex(""))
print(type(bytearray.fromhex("00")).__name__, bytes.fromhex(b.hex()) == b, bytearray(b"\xab\xcd").hex(":"))
for bad in ("zz", "abc", "0 1", "1g"):
    try:
        bytes.fromhex(bad)
    except ValueError:
        print("ValueError", repr(bad))
