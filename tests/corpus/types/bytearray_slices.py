ba = bytearray(range(10))
print(ba[2:5], ba[::3], ba[::-1][:3], type(ba[1:2]).__name__)
ba[1:9] = b"X"
print(ba)
ba[1:2] = bytearray(b"YZ")
print(ba, len(ba))
c = bytearray(ba)
c[0] = 1
print(ba[0], c[0])
print(ba == b"\x00YZ\x09", bytearray(b"a") == b"a", b"a" + bytearray(b"b"))
print(list(bytearray(b"AZ")), 90 in ba, b"YZ" in ba)
