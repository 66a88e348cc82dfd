N = 800000
# Generators: a multi-stage generator pipeline, generator expressions,
# list/dict/set comprehensions, yield from, send().  Work is linear in N.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def squares(it):
    for v in it:
        yield v * v % 10007


def chained(n):
    yield from numbers(n // 2)
    yield from squares(numbers(n // 2))


def windows(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield sum(buf)
            buf = []


def running_total():
    total = 0
    while True:
        v = yield total
        total = (total + v) % 1000003


def main(n):
    c1 = sum(squares(evens(numbers(n))))
    c2 = sum(v for v in chained(n) if v & 1)
    c3 = sum(windows(numbers(n), 10))
    lst = [v * 3 for v in range(n) if v % 5]
    d = {v: v % 17 for v in range(n // 4)}
    st = {v % 1009 for v in range(n)}
    acc = running_total()
    next(acc)
    last = 0
    for v in range(n // 2):
        last = acc.send(v)
    c4 = sum(x for x in d.values())
    return c1, c2, c3, len(lst), sum(lst), c4, len(st), last


print("generators", N, *main(N))
