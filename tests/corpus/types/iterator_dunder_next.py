# The builtin iterators answer `__next__` (adafruit_itertools' roundrobin cycles over `iter(x).__next__`).
it = iter("ABC")
print(it.__next__(), next(it), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
step = iter([1, 2]).__next__
print(step(), step())
print(zip("ab", "cd").__next__(), map(abs, [-3]).__next__(), enumerate("x").__next__())
print(reversed([1, 2]).__next__(), iter(range(5, 9)).__next__(), iter({"k": 1}).__next__())
print(iter(b"A").__next__(), iter((7,)).__next__(), filter(None, [0, 4]).__next__())
print(hasattr({}.keys(), "__next__"), hasattr([], "__next__"))


def roundrobin(*iterables):
    nexts = [iter(x).__next__ for x in iterables]
    while nexts:
        for n in list(nexts):
            try:
                yield n()
            except StopIteration:
                nexts.remove(n)


print(list(roundrobin("ABC", "D", "EF")))
