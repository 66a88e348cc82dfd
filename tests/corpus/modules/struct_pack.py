import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<h", -2), struct.pack("B", 255))
print(struct.pack("<HHb", 1, 2, -1), struct.calcsize("<I"), struct.calcsize("<HHb"), struct.calcsize("<q"))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<BBB", b"abc"))
print(struct.pack("<f", 1.5), struct.unpack("<f", struct.pack("<f", 0.25)), struct.unpack("<d", struct.pack("<d", 1e100)))
print(struct.pack("<2s", b"hi"), struct.unpack("<3s", b"xyz"))
print(struct.unpack_from("<H", b"\x00\x01\x02", 1), struct.pack("<Q", 2 ** 64 - 1))
try:
    struct.unpack("<I", b"\x00")
except (ValueError, struct.error if hasattr(struct, "error") else ValueError):
    print("error short buffer")
