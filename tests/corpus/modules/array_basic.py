import array
a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(list(a), len(a), a[0], a[-1], a[1:3], sum(a))
a[0] = 100
print(a[0], list(a[::2]))
b = array.array("B", b"\x01\x02")
print(list(b), bytes(b))
f = array.array("f", [0.5, 1.5])
print(list(f), f.typecode if hasattr(f, "typecode") else "f")
print(a[1:3], array.array("h", [-1, 2]))
