def f(a, b=2, c="c"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c=4), f(a=0, b=None))
N = 5
def g(x=N):
    return x
N = 6
print(g())
def h(x=[]):
    x.append(len(x))
    return x
print(h(), h(), h([9]), h())
def k(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(k(), k())
print(f.__name__)
try:
    f()
except TypeError:
    print("TypeError missing")
try:
    f(1, 2, 3, 4)
except TypeError:
    print("TypeError too many")
