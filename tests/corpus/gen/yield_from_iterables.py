def g():
    yield from range(3)
    yield from "ab"
    yield from [None]
    yield from (x * 2 for x in (5, 6))
    yield from {}
print(list(g()))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, (2, [3, [4, (5,)]]), [], 6])))
