def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1), f(b=2, a=1))
def g(a, b=0, **kw):
    return a, b, sorted(kw)
print(g(1, c=3), g(a=1, b=2, z=0), g(1, 2, **{"x": 1, "y": 2}))
d = {"a": 10, "b": 20}
print(g(**d))
try:
    g(1, **{"a": 2})
except TypeError:
    print("TypeError multiple values")
def h(a, b):
    return a - b
print(h(b=1, a=5), h(**{"b": 3, "a": 4}))
try:
    h(1, c=2)
except TypeError:
    print("TypeError unexpected kw")
