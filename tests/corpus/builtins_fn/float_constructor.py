# float(): strings, specials, bytes, ints, __float__/__index__, and float methods
print(float(), float("  1e3 "), float("-2.5"), float("1_000.5"), float(".5"), float("5."), float("+1E-2"))
print(float("nan"), float("-NaN"), float("inf"), float("-Infinity"), float("iNF"), float(b"2.25"))
print(float(7), float(-2 ** 70), float(True), float(10 ** 20))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Sub(float):
    pass
print(float(F()), float(I()), float(Sub(1.5)), type(float(Sub(1.5))).__name__, Sub("2.5") + 1)
for bad in ["", "abc", "1.2.3", "1e", "- 1", "1_"]:
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
for bad in [None, [1.0]]:
    try:
        float(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    float(10 ** 400)
except OverflowError:
    print("OverflowError")
print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer(), float("nan").is_integer())
print((2.7).__int__(), (-2.7).__trunc__(), (2.5).__round__(), (2.675).__round__(2), (1e20).__int__())
print(int(2.5e18), int(-9.3e18), int(1.5e19))
