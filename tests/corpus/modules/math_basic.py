import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.pi, math.e, math.fabs(-3), math.trunc(-2.9), math.trunc(2.9))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.isnan(float("nan")), math.isinf(float("inf")), math.isfinite(1.0), math.isinf(1e308))
print(math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180))
print(math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError sqrt")
try:
    math.log(0)
except ValueError:
    print("ValueError log")
