def f(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(0, c=3))
print(f(0, 1, 2, 3, c=4, e=5))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
print(f(1, *(2,), c=3, **{"d": 4}))
def g(a, b):
    return a * 10 + b
print(g(*"12") if False else g(*[1, 2]), g(b=1, *[2]))
