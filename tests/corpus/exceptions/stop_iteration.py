it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
def g():
    yield 1
    return 7
i = g()
next(i)
try:
    next(i)
except StopIteration as e:
    print("value", e.value)
e = StopIteration(5)
print(e.value, e.args)
def bad_gen():
    raise StopIteration
    yield
try:
    list(bad_gen())
except RuntimeError:
    print("RuntimeError from StopIteration in generator")
