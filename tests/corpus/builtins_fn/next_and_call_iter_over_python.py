# next() on generators and on adapters over Python code (with and without a default), iter(callable,
# sentinel) with a Python function, and the StopIteration each gives at the end.
def gen(n):
    for i in range(n):
        yield i
    return "done"


g = gen(2)
print(next(g), next(g, "d"), next(g, "d"), next(g, "again"))
g = gen(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
e = enumerate(gen(2))
print(next(e), next(e), next(e, "end"))
m = map(lambda v: v * 10, [1, 2])
print(next(m), next(m, 0), next(m, "end"))
f = filter(lambda v: v % 2, gen(6))
print(next(f), next(f), next(f), next(f, "end"))
z = zip(gen(3), "ab")
print(next(z), next(z), next(z, "end"))
try:
    next(map(lambda v: v, []))
except StopIteration:
    print("StopIteration from map")


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


c = Counter()
print(next(c), next(c), next(c, "end"))
state = [0]


def tick():
    state[0] += 1
    return state[0]


print(list(iter(tick, 4)), [x for x in iter(lambda: 5, 5)])
it = iter(tick, 7)
print(next(it), next(it), list(it), next(it, "end"))
print(list(iter(list(range(3)).pop, 0)))
