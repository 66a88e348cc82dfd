def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(*(1, 2), 3), f(1, *[2, 3]), f(*"12", 3) if False else f(*range(1, 4)))
print(f(**{"c": 3, "b": 2, "a": 1}), f(1, **{"b": 2, "c": 3}))
try:
    f(*[1, 2])
except TypeError:
    print("TypeError")
