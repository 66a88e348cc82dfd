# int methods: bit_length, to_bytes, from_bytes, conjugate, __index__ and friends
for n in [0, 1, -1, 7, 8, -8, 255, 2 ** 63, -2 ** 63, 10 ** 30]:
    print(n, n.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"), (5).to_bytes(3, byteorder="big"))
print((-1).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "little", signed=True))
print((-129).to_bytes(2, "big", signed=True), (2 ** 64 - 1).to_bytes(8, "little"), (2 ** 70).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\xff\x7f", "little", signed=True), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(bytearray(b"\x80\x00"), byteorder="big", signed=True), int.from_bytes(b"\xff" * 12, "big"))
for n in [0, 1, -1, 255, -256, 2 ** 80, -2 ** 80]:
    for signed in [False, True]:
        try:
            b = n.to_bytes(11, "big", signed=signed)
            print(n, signed, int.from_bytes(b, "big", signed=signed) == n)
        except OverflowError:
            print(n, signed, "OverflowError")
for args in [(1, "big"), (0, "big")]:
    try:
        (256).to_bytes(*args)
    except OverflowError:
        print("OverflowError", args)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError:
    print("OverflowError signed")
try:
    (1).to_bytes(1, "middle")
except ValueError:
    print("ValueError byteorder")
class MyInt(int):
    pass
m = MyInt.from_bytes(b"\x02", "big")
print(m, type(m).__name__)
print((5).conjugate(), (7).__index__(), (-3).__int__(), True.__index__(), (12).__round__(-1), (15).__trunc__())
