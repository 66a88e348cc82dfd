# bin/oct/hex: signs, zero, huge numbers, __index__
for n in [0, 1, -1, 255, -256, 2 ** 63, -2 ** 63 - 1, 10 ** 30]:
    print(bin(n), oct(n), hex(n))
big = 3 ** 500
h = hex(big)
print(len(h), h[:12], h[-6:], int(h, 16) == big, int(bin(big), 0) == big, int(oct(-big), 8) == -big)
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
print(hex(True), bin(False))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
