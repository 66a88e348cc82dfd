# Builtins folding a generator in the VM loop (sum, any, all, min, max, list, tuple, sorted, join, extend):
# early stops, errors from the generator and from the fold, re-entry, and generators nested in each other.
def gen(n):
    for i in range(n):
        yield i


def noisy(n):
    for i in range(n):
        print("make", i)
        yield i


print(any(x > 1 for x in noisy(5)))
print(all(x < 1 for x in noisy(5)))
g = noisy(4)
print(any(x == 1 for x in g), list(g))
print(sum(([i] for i in gen(3)), []), sum(gen(0), 7), sum(x / 4 for x in gen(3)))
print(min(gen(3)), max(x % 3 for x in gen(7)), max(gen(0), default=None), min(gen(4), key=lambda v: -v))
print(sorted(x % 4 for x in gen(9)), sorted(gen(5), reverse=True), tuple(gen(4)), b"-".join(bytes([97 + x]) for x in gen(3)))
print(sum(sum(gen(n)) for n in gen(5)), list(list(gen(n)) for n in gen(4)))
print(max((x, -x) for x in gen(4)), min(str(x) for x in gen(12)))
l = [1]
l.extend(x * 10 for x in gen(3))
print(l)


class L(list):
    pass


sub = L([0])
sub.extend(gen(2))
print(sub, type(sub).__name__)
try:
    min(x for x in gen(0))
except ValueError as e:
    print("ValueError:", e)
try:
    sum(x for x in ["a", "b"])
except TypeError:
    print("TypeError from the fold")
try:
    "".join(x for x in [1])
except TypeError:
    print("TypeError from the join")


def failing():
    yield 1
    raise KeyError("k")


try:
    list(failing())
except KeyError as e:
    print("KeyError", e)


def stops():
    yield 1
    raise StopIteration


try:
    print(sum(stops()))
except RuntimeError as e:
    print("RuntimeError:", e)


def reenter():
    yield 1
    yield list(it)


it = reenter()
try:
    print(list(it))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(gen(3), (x * x for x in gen(5)))), list(enumerate(x for x in "ab")))
print(sorted(set(x % 3 for x in gen(10))), dict((x, x * x) for x in gen(3)))
