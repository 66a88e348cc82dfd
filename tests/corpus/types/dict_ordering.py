d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), list(d.values()))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, list(d2.keys()))
print({1: 1, 1.0: 2, True: 3})
