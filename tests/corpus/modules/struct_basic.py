import struct
print(struct.calcsize("<bhiq"), struct.calcsize("@bhiq"), struct.calcsize("bi"), struct.calcsize("3s2x?"))
print(struct.pack("<bhi", -1, 2, 3), struct.pack(">HI", 1, 2), struct.pack("!q", -2))
print(struct.pack("@bi", 1, 2), struct.pack("<3sc?", b"abcd", b"z", 5))
print(struct.pack("<fde", 1.5, -2.25, 0.1), struct.unpack("<fde", struct.pack("<fde", 1.5, -2.25, 0.1)))
print(struct.unpack("<bhiQ", struct.pack("<bhiQ", -5, -300, 70000, 2**64 - 1)))
print(struct.unpack(">2H", b"\x00\x01\x00\x02"), struct.unpack("<4s", b"abcd"))
print(struct.unpack_from("<H", b"\x00\x01\x02", 1), struct.unpack_from("<H", b"\x00\x01\x02", offset=0))
b = bytearray(6)
struct.pack_into("<hI", b, 0, -2, 7)
print(b)
print(struct.pack("<e", 65504.0), struct.unpack("<e", b"\x00\x3c"), struct.pack("<e", 1e-7))
for fmt, args in [("<b", (200,)), ("<B", (-1,)), ("<H", (70000,)), ("<bb", (1,)), ("<e", (1e6,))]:
    try:
        struct.pack(fmt, *args)
    except Exception:
        print("error")
try:
    struct.unpack("<I", b"ab")
except Exception as e:
    print("error")
