d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(sorted(k), sorted(v), sorted(set(k) & {"a", "z"}))
for key, val in d.items():
    print(key, val)
del d["a"]
print(list(k), len(v), len(i))
