print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("abc", range(3))), dict([[1, 2], "ab"]))
print({(1, 2): "tuple", 1: "int", "s": "str", None: "none", 2.5: "float"})
try:
    {[1]: 2}
except TypeError:
    print("TypeError unhashable key")
try:
    dict([(1, 2, 3)])
except ValueError:
    print("ValueError")
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e.args)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
