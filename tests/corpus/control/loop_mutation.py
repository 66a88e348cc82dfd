l = [1, 2, 3, 4]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1]
for x in l:
    if x < 5:
        l.append(x + 1)
print(l)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
s = {1, 2, 3, 4}
for v in sorted(s):
    if v > 2:
        s.discard(v)
print(sorted(s))
