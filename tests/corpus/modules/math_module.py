import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.sqrt(-0.0))
# exp() is within an ulp of the exact result; the last digit depends on the platform libm (wasm vs glibc).
print(round(math.exp(1), 13), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4))
print(math.ceil(1.2), math.floor(-1.2), math.trunc(-1.7), math.ceil(5), math.floor(1e30))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(1, -0.0))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-3.25))
print(math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1))
print(math.degrees(math.pi), math.radians(180))
print(math.factorial(20), math.factorial(25), math.gcd(12, 18))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(1))
print(math.sinh(1), round(math.cosh(1), 13), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0))
print(math.log(10**400))
for f, a in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.exp, (1000,)),
             (math.acos, (2,)), (math.pow, (0, -1)), (math.pow, (10.0, 400)), (math.gamma, (0,)),
             (math.ceil, (math.inf,)), (math.floor, (math.nan,)), (math.factorial, (-1,)),
             (math.sqrt, ("x",)), (math.fmod, (math.inf, 1)), (math.atanh, (1,))]:
    try:
        print(f(*a))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e if not isinstance(e, TypeError) else "")
