a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, [0] * 0, a == [1, 2, 3], a < [1, 3], a > [1, 2])
print(len(a), min(a), max(a), sum(a), 2 in a, a[-1], a.__getitem__(0))
b = a
b += [4]
print(a)
a *= 2
print(b, a is b)
n = [[1, 2], [3]]
c = n.copy()
c[0].append(9)
c.append(0)
print(n, c)
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}), list())
try:
    a[100]
except IndexError:
    print("IndexError")
try:
    a["x"]
except TypeError:
    print("TypeError")
print([1, [2, [3]]][1][1][0])
