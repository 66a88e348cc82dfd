def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
def g(*args, **kw):
    return args, list(kw.items())
print(g(1, 2, b=1, a=2))
d = {"y": 1, "x": 2}
print(f(**d, w=0))
