def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e.args)
        yield "recovered"
    yield "after"
it = g()
print(next(it))
print(it.throw(ValueError("x")))
print(next(it))
try:
    next(it)
except StopIteration:
    print("done")
it = g()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError:
    print("KeyError propagated")
try:
    next(it)
except StopIteration:
    print("gen finished after exception")
