d = {"a": 1}
for k in ("b", 0, (1, 2), None):
    try:
        d[k]
    except KeyError as e:
        print("KeyError", e.args, repr(e.args[0]))
try:
    del d["x"]
except KeyError as e:
    print("KeyError del", e.args)
try:
    set().remove(3)
except KeyError as e:
    print("KeyError set", e.args)
try:
    d.pop("q")
except LookupError as e:
    print(type(e).__name__)
print(str(KeyError("k")), str(KeyError(5)))
