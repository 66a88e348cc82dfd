# struct.pack_into writes into any writable buffer: a memoryview slice of a bytearray (adafruit_register's
# struct arrays pack into one), an array; read-only buffers are refused.
import struct
import array

buf = bytearray(8)
view = memoryview(buf)[2:7]
struct.pack_into("<HB", view, 1, 0x1234, 7)
print(list(buf))
struct.pack_into(">h", memoryview(buf), 0, -2)
print(list(buf), struct.unpack_from("<HB", view, 1))
a = array.array("H", [0, 0, 0])
struct.pack_into("<HH", a, 2, 500, 65535)
print(list(a))
for target in (b"abcdef", memoryview(b"abcdef"), "abcdef"):
    try:
        struct.pack_into("<H", target, 0, 1)
    except TypeError:
        print("TypeError", type(target).__name__)
try:
    struct.pack_into("<I", view, 2, 1)
except Exception:
    print("too small")
print(list(buf))
