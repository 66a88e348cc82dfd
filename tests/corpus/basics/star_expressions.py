a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b} == {1, 2, 3, 4})
print([*range(3), *"ab"])
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b, 5))
print(f(**d1, c=3))
print(f(*[], **{}))
print(*[1, 2, 3], sep="-")
t = *a, *b
print(t)
