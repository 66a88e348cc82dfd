a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, *rest = [1, 2, 3, 4]
print(h, rest)
*init, last = range(5)
print(init, last)
p, *mid, q = "abcde"
print(p, mid, q)
p, *mid, q = "ab"
print(p, mid, q)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
try:
    a, b = [1, 2, 3]
except ValueError:
    print("ValueError too many")
try:
    a, b, c = [1, 2]
except ValueError:
    print("ValueError too few")
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError star")
x = y = z = 7
print(x, y, z)
