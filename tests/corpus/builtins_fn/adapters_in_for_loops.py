# enumerate and map in for loops over generators and Python functions (advanced by the VM's ForIter itself),
# nested adapters, partial consumption, StopIteration from map's function, errors from the generator.
def gen(n):
    for i in range(n):
        yield i
def f():
    out = []
    for i, x in enumerate(gen(3), 5):
        out.append((i, x))
    for x in map(lambda v: v * 2, gen(3)):
        out.append(x)
    for x in map(lambda v: v * 3, [1, 2]):
        out.append(x)
    for x in map(str, gen(2)):
        out.append(x)
    for i, (j, x) in enumerate(enumerate(gen(2))):
        out.append((i, j, x))
    for x in map(lambda v: v + 1, map(lambda v: v * 10, gen(3))):
        out.append(x)
    e = enumerate(gen(4))
    for i, x in e:
        if i == 1:
            break
    out.append(list(e))
    m = map(lambda v: -v, gen(4))
    out.append(next(m))
    out.append(list(m))
    def stop(v):
        if v == 2:
            raise StopIteration
        return v
    out.append([x for x in map(stop, gen(5))])
    out.append([x for x in map(stop, [0, 1, 2, 3])])
    out.append(list(map(next, [iter([1]), iter([])])))
    out.append(sum(map(lambda v: v % 3, range(10))))
    out.append(list(enumerate(x for x in "ab")))
    return out
print(f())
def bad():
    yield 1
    raise OSError(3)
try:
    for i, x in enumerate(bad()):
        print(i, x)
except OSError as e:
    print("OSError", e)
try:
    for x in map(lambda v: 1 / (v - 1), gen(3)):
        print(x)
except ZeroDivisionError:
    print("ZeroDivisionError")
