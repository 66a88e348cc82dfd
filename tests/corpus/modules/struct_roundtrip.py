import struct
fmt = "<bBhHiI"
vals = (-128, 255, -32768, 65535, -2 ** 31, 2 ** 32 - 1)
packed = struct.pack(fmt, *vals)
print(len(packed), struct.calcsize(fmt), struct.unpack(fmt, packed) == vals)
print(struct.unpack(">HH", struct.pack("<HH", 1, 2)))
buf = bytearray(8)
struct.pack_into("<II", buf, 0, 7, 9)
print(buf, struct.unpack("<II", buf))
for f in ("<q", ">Q", "<b"):
    print(f, struct.calcsize(f))
