d = {}
for w in "a b a c b a".split():
    d[w] = d.get(w, 0) + 1
print(d)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print(d.get("zz", []), d.setdefault("zz"), d)
