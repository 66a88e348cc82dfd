inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf != inf - inf, inf * 0 != inf * 0, -inf < -1e308, inf == inf)
print(nan > 0, nan < 0, nan == nan, nan != nan, nan is nan)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10 >= 0)
print(0.1 * 3, 0.1 * 3 == 0.3, 1 - 0.9, 100 * 1.1)
print(2 ** 0.5, 10 ** -3, 4 ** -0.5, (-8) ** 2.0)
try:
    1.0 / 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1.0 // 0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    2.0 % 0.0
except ZeroDivisionError:
    print("ZeroDivisionError %")
print(max(1.0, 2), min(-0.0, 0.0) == 0, 3 * 1.0 == 3)
