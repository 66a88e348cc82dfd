# Ints of tens of thousands of digits: str/int/hex round trips, floor division and modulo of both signs,
# shifts, bitwise operations on negatives, bytes, modular powers, gcd, float conversion and hashing,
# printed as short prefixes, residues and sums so the expected output stays small.
try:
    # CPython >= 3.11 limits int->str to 4300 digits by default; CircuitPython has no limit.
    import sys

    sys.set_int_max_str_digits(0)
except (ImportError, AttributeError):
    pass
import math

a = 3 ** 100000
s = str(a)
print(len(s), s[:15], s[-15:], sum(map(int, s)))
q = 2 ** 100000 // 3 ** 20000
print(q.bit_length(), q % 1000000007, str(q)[:20])
b = 7 ** 5000 + 12345
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, r % 999983)
q, r = divmod(-a, b)
print(q * b + r == -a, 0 <= r < b, q % 1000003)
q, r = divmod(a, -b)
print(q * b == r - a, -b < r <= 0, r % 1000003)
print(int(s) == a, int(s[::-1]) % 1000000009, int("-" + s) == -a)
h = hex(a)
print(len(h), h[:12], int(h, 16) == a, int(oct(a), 8) == a, int(bin(a), 2) == a)
print((a >> 50000) % 1000007, (a << 3333) % 1000007, (-a >> 12345) % 1000007)
x, y = a, 5 ** 60000 - 1
print((x & y) % 1000007, (x | y) % 1000007, (x ^ y) % 1000007, (-x & y) % 1000007, (~x ^ -y) % 1000007)
print(a.to_bytes(20000, "little")[:4], int.from_bytes(a.to_bytes(20000, "big"), "big") == a)
print(int.from_bytes((-a).to_bytes(20000, "big", signed=True), "big", signed=True) == -a)
print(pow(a, 3, 10 ** 50 + 151), pow(3, 10 ** 30, 2 ** 521 - 1) % 10 ** 9)
print(math.gcd(2 ** 5000 * 3 ** 300, 6 ** 2000) == 6 ** 300 * 2 ** 1700, math.factorial(2000) % (10 ** 9 + 7))
print(float(a // 10 ** 47700), a / 10 ** 47712, (2 ** 2000 + 1) / 2 ** 1990, -(2 ** 1023 * 3) / 2 ** 1020)
print(hash(a) % 1000, hash(2 ** 61 + 4), hash(-(2 ** 200)))
