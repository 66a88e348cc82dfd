a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > b)
print({1, 2}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
c.intersection_update({3, 10, 11})
c.difference_update({10})
print(sorted(c))
c.symmetric_difference_update({3, 4})
print(sorted(c), {1, 2} == {2, 1}, {1} != {1, 2})
