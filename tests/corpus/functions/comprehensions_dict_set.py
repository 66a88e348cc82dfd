print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in "mississippi"}))
print({(i, j): i * j for i in range(2) for j in range(2)})
d = {x: [y for y in range(x)] for x in range(4)}
print(d)
