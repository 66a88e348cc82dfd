a = 10 ** 30
print(a > 2 ** 64, a < 10 ** 31, -a < 5, a == 10 ** 30, a != a + 1)
print(max(a, 2 ** 99, 3 ** 62), min(-a, -(2 ** 100)))
print(a == 1e30, a > 1e29, 2 ** 53 + 1 > 2.0 ** 53)
print(sorted([a, -a, 0, 2 ** 70, -(2 ** 70), 5]))
print(a - a == 0, (a - a) is not None, bool(a - a))
print(hash(5) == hash(5.0), hash(2 ** 40) == hash(2.0 ** 40))
