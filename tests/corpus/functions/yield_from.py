def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def delegator():
    x = yield from receiver()
    yield "final " + str(x)
def receiver():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
d = delegator()
next(d)
d.send(3)
d.send(4)
print(d.send(None))
