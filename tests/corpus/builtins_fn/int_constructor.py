# int(): strings with bases, whitespace and underscores, floats, bools, bigints, __int__/__index__
print(int(), int(" 12 "), int("-0"), int("+5"), int("1_000"), int("0x1f", 16), int("1f", 16), int("z", 36), int("Z", 36))
print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int("101", 2), int("777", 8), int("10", base=3))
print(int(3.9), int(-3.9), int(1e20), int(-0.0), int(True), int(False), int(2 ** 100), int(b" 42 "))
print(int("9" * 30), int("-" + "1" * 25, 2))
class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 8
class Sub(int):
    pass
print(int(WithInt()), int(WithIndex()), int(Sub(9)), type(int(Sub(9))).__name__, Sub("11"), Sub("ff", 16))
for bad in ["", " ", "1.5", "0x1f", "1__0", "_1", "abc", "12a"]:
    try:
        int(bad)
    except ValueError:
        print("ValueError", repr(bad))
for s, b in [("2", 2), ("1", 1), ("1", 37), ("1", -1)]:
    try:
        int(s, b)
    except ValueError:
        print("ValueError base", b)
for bad in [None, [1], (1,)]:
    try:
        int(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    int(12, 10)
except TypeError:
    print("TypeError explicit base")
for bad in [float("nan"), float("inf")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError:
    print("TypeError __int__")
