d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 3):
    del d[i]
print(list(d))
d[0] = "back"
d[5] = "replaced"
print(list(d.items())[-3:], d[5], len(d))
while len(d) > 3:
    d.popitem()
print(d)
for k in list(d):
    d.pop(k)
print(d, len(d))
d["x"] = 1
print(d)
big = {}
for i in range(5000):
    big[i] = i
for i in range(4990):
    del big[i]
print(list(big), len(big))
for i in range(100):
    big["s%d" % i] = i
    del big["s%d" % i]
print(len(big), 4995 in big, "s5" in big)
