import math
print(math.floor(5), type(math.floor(2.5)).__name__, math.ceil(-0.5), type(math.ceil(1.2)).__name__)
print(math.sqrt(2 ** 100) == 2 ** 50, math.floor(-1e-9), math.ceil(1e-9), math.trunc(1e15 + 0.5))
print(math.floor(10 ** 20 + 0.0) == 10 ** 20, math.ceil(7 / 2), math.floor(-7 / 2))
print([math.floor(x / 4) for x in range(-5, 6)])
print(math.copysign(1, -0.0), math.fabs(-0.0), math.fmod(10, 2.5), math.fmod(-10, 3))
