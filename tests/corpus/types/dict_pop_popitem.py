d = {"x": 1, "y": 2, "z": 3}
print(d.pop("y"), d, d.pop("nope", None))
print(d.popitem(), d.popitem(), d)
