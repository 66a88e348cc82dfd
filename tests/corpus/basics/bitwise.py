a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-8 >> 1, -1 >> 10, -8 << 2, -5 & 0xFF, -1 ^ 0)
print(bin(a & b), hex(a | b), oct(a ^ b))
print(1 << 64, (1 << 64) >> 63, (1 << 100) & ((1 << 100) - 1))
print(~(2 ** 70), -(2 ** 70) & 0xFFFF, (2 ** 70) | 1, (2 ** 70 + 5) ^ (2 ** 70))
print(True & False, True | False, True ^ True, type(True & True).__name__)
try:
    1 << -1
except ValueError:
    print("ValueError")
try:
    1.0 & 1
except TypeError:
    print("TypeError")
