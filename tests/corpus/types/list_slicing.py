l = list(range(10))
print(l[2:5], l[:-3], l[::3], l[::-1], l[7:2:-2], l[-3:-1], l[20:], l[-20:2])
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = [100]
print(l)
l[1:3] = []
print(l)
del l[1:2]
print(l)
l = list(range(6))
l[1:1] = "AB"
print(l)
l[-1:] = range(3)
print(l)
m = list(range(8))
del m[-3:]
del m[:1]
print(m, m[::-2], m[-1:0:-1])
