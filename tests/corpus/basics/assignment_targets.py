l = [0, 0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
d = {}
d["a"] = d["b"] = 3
print(sorted(d.items()))
class O:
    pass
o = O()
o.x, o.y = 1, 2
print(o.x, o.y)
l[0:2] = "ab"
print(l)
a = b = []
a.append(1)
print(b)
(x, y), [z] = "ab", (3,)
print(x, y, z)
for l[0] in range(3):
    pass
print(l)
