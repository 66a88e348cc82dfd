def gen():
    yield 1
    raise ValueError("in gen")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e.args)
try:
    next(g)
except StopIteration:
    print("StopIteration afterwards")
def safe():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(safe()))
