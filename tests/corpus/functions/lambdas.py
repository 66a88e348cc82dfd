sq = lambda x: x * x
print(sq(4), (lambda: 42)(), (lambda a, b=2: a * b)(3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda x: (lambda y: x + y))(10)(5))
print(sq.__name__)
