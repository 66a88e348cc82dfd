# round(): ints with negative ndigits, floats half to even, __round__, errors
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.4999), round(1e20))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.675, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(5.5, -1), round(3.14159, 10))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(-1251, -2), round(7, -5))
print(round(2 ** 70 + 5, -1), round(15, -1), round(25, -1), round(99, 0), round(99, None))
print(round(True), round(False, 2), round(1e300, -310), round(-1e-300, 5))
print(round(float("inf"), 2), round(float("-inf"), -1))
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3), round(R(), ndigits=1))
for bad in [float("nan"), float("inf")]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
for bad in ["1.5", [1]]:
    try:
        round(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    round(1.5, 1.0)
except TypeError:
    print("TypeError ndigits")
