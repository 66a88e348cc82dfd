def trace(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a)
        return f(*a, **k)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2))
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
def tag(t):
    return lambda f: lambda: "<" + t + ">" + f() + "</" + t + ">"
@tag("b")
@tag("i")
def text():
    return "t"
print(text())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one():
    pass
@register
def two():
    pass
print(registry, one() is None)
