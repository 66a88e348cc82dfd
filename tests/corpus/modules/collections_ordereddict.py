from collections import OrderedDict
d = OrderedDict()
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d.keys()), list(d.values()), list(d.items()))
d["z"] = 10
print(list(d.items()))
del d["a"]
d["a"] = 0
print(list(d))
o = OrderedDict([("x", 1), ("y", 2)])
print(o["x"], len(o), "y" in o, dict(o) == {"x": 1, "y": 2})
print(o.popitem(), list(o))
