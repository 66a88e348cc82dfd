# Hex, octal and binary literals around and far beyond the i64 range, negated, folded and compared with
# int(text, base); a long hex literal converts in linear time (its digits are read with their base).
print(0xffffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000, -0x8000000000000000)
print(0o1777777777777777777777, 0o2000000000000000000000)
print(0b1111111111111111111111111111111111111111111111111111111111111111111)
print(0x_dead_beef_dead_beef_dead_beef, 0x0000000000000000000000001, 0o000, 0b0_0)
x = 0x123456789ABCDEF0123456789abcdef
print(x, type(x).__name__, x == int("123456789abcdef0123456789abcdef", 16), -x)
print(0xFFFFFFFFFFFFFFFFFFFF + 1, 0xFFFFFFFFFFFFFFFFFFFF * 0b10, -0o7777777777777777777777777)
big = eval("0x" + "f" * 20000)
print(big.bit_length(), big == (1 << 80000) - 1, big & 0xffff, (big >> 79990))
print(123456789012345678901234567890, -123456789012345678901234567890, 9223372036854775808)
