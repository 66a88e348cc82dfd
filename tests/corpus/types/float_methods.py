print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer(), (1e20).is_integer())
print(float("inf"), float("Infinity"), float("-inf"), float("nan") != float("nan"), float("  3.5  "))
print(int(3.999), int(-3.999), int(1e15 + 0.5), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(7.0))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(123.456, -1), round(5, -1), round(15, -1))
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
try:
    float("abc")
except ValueError:
    print("ValueError float")
print(float(" 1e3 "), float("-.5"), float("5."), float(10 ** 20))
print(1.5 // 1, (-1.5) // 1, 7.5 % 2, abs(-2.25))
