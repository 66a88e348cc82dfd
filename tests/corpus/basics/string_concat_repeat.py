s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -1, "" * 100)
print([1, 2] * 2, (0,) * 3, [[]] * 2)
l = [[]] * 3
l[0].append(1)
print(l)
print("-" * 10)
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    "a" * 2.0
except TypeError:
    print("TypeError")
print(("x",) + ("y",), [1] + [2, 3])
