def g():
    yield 1
it = g()
print(it is iter(it))
print(next(it))
print(next(it, "default"))
print(next(it, "again"))
def running():
    try:
        next(me)
    except ValueError:
        yield "ValueError already executing"
me = running()
print(next(me))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])
