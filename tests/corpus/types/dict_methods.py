d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError:
    print("KeyError pop")
d.update({"x": 10})
d.update(y=20)
d.update([("z", 30)])
d.update({"a": 0}, w=5)
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
c.clear()
print(c)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
