def walk(d, prefix=""):
    for k in sorted(d):
        v = d[k]
        if isinstance(v, dict):
            yield from walk(v, prefix + k + "/")
        else:
            yield prefix + k, v
tree = {"b": 1, "a": {"x": 2, "c": {"z": 3}}, "d": {}}
print(list(walk(tree)))
