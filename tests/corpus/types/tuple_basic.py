t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index("a"))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), 2 in (1, 2))
try:
    t[0] = 5
except TypeError:
    print("TypeError")
try:
    t.index("zz")
except ValueError:
    print("ValueError")
a, b = (1, 2)
print(a, b, hash((1, 2)) == hash((1, 2)))
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    hash(nested)
except TypeError:
    print("TypeError unhashable")
x = 1,
print(x, type(x).__name__, ((1)), ((1,)))
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
