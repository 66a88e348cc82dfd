data = bytes(range(0, 256, 37))
print(data.hex(), bytes.fromhex(data.hex()) == data)
print(b"".hex(), bytes.fromhex(""), b"\x0a\xff".hex())
try:
    bytes.fromhex("zz")
except ValueError:
    print("ValueError")
try:
    bytes.fromhex("abc")
except ValueError:
    print("ValueError odd")
print(bytearray.fromhex("0102"), bytearray(b"\xab").hex())
