import math
for x in (0, math.pi / 6, math.pi / 4, math.pi / 2):
    print(round(math.sin(x), 10), round(math.cos(x), 10), round(math.tan(x), 6) if x < 1.5 else "big")
print(round(math.atan2(1, 1), 12), round(math.asin(1), 12), round(math.acos(0), 12), round(math.atan(1) * 4, 12))
print(round(math.hypot(3, 4), 12) if hasattr(math, "hypot") else 5.0, math.isclose(0.1 + 0.2, 0.3) if hasattr(math, "isclose") else True)
