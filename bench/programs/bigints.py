N = 30
# Arbitrary-precision ints: factorial, iterative fibonacci, big multiply,
# divmod, pow with modulus, and str() of a ~20,000-digit int.  Each of the
# N rounds does the same fixed-size work, so the total is linear in N.
try:
    # CPython >= 3.11 limits int->str to 4300 digits by default.
    import sys

    sys.set_int_max_str_digits(0)
except (ImportError, AttributeError):
    pass


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def one_round(k):
    f = factorial(1500 + k)
    g = fibonacci(20000 + k)
    p = f * g
    q, r = divmod(p, g + 12345)
    m = pow(3, 10**40 + k, 10**60 + 7)
    big = 7 ** (23600 + k)  # about 20,000 decimal digits
    s = str(big)
    digit_sum = 0
    for idx in range(0, len(s), 97):
        digit_sum += ord(s[idx]) - 48
    return (len(str(f)) + len(str(g)) + (p % 999983) + (q % 1000003)
            + (r % 99991) + (m % 1000003) + len(s) + digit_sum), s[:12], s[-12:]


total = 0
for k in range(N):
    c, head, tail = one_round(k)
    total += c
print("bigints", N, total, head, tail)
