def f(a, b, /, c, *, d=0):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=4))
try:
    f(1, b=2, c=3)
except TypeError:
    print("TypeError")
def g(x, /, **kw):
    return x, sorted(kw.items())
print(g(1, x=2))
def h(a, b=5, /):
    return a + b
print(h(1), h(1, 1))
