# f(*xs, **m) forwarding: any iterable and any mapping, passed without copies that the callee could see,
# evaluated in order, with the same errors as the general form.
def f(*a, **k):
    return a, sorted(k.items())
def g(x, y=2, *, z=3):
    return x, y, z
print(f(*[1, 2]), f(*(1,)), f(*range(3)), f(*"ab"), f(*(x for x in (7, 8))))
print(f(**{"a": 1}), f(*[], **{}), f(*(1,), **{"b": 2}))
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(f(**M()), g(*[1], **{"z": 9}))
for bad in ("f(*1)", "f(**1)", "f(*1, **1)", "f(**{1: 2})", "g(*[1, 2], **{'y': 5})", "g(*[], **{'x': 1, 'q': 2})"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError")
args = [1, 2]
kw = {"k": 1}
r = f(*args, **kw)
args.append(3); kw["k2"] = 2
print(r, f(*args, **kw))
