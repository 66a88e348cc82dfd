a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 100
a[1].append(4)
print(a, b, c, d, e)
print(a is b, a is c, c[1] is a[1], a == b)
f = a * 1
print(f == a, f is a)
