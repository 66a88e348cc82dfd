for n in (0, 1, 7, 8, 255, 256, -1, -256, 2 ** 64, 2 ** 100 - 1):
    print(n, n.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"))
print((2 ** 64 + 1).to_bytes(9, "big"), int.from_bytes(b"\xff" * 10, "big"))
print((-1).to_bytes(2, "big", signed=True), (-2).to_bytes(2, "little", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
print(int.from_bytes(bytes([1, 2, 3]), "little") == 0x030201)
