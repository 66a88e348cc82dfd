# enumerate, zip, map, filter, sum, min, max, any, all, sorted, list, tuple, join and extend over generators,
# classes with __next__ and Python functions (which the builtins hand over to bytecode: builtins/drive.py).
def gen(n):
    for i in range(n):
        yield i

print(list(enumerate(gen(3))), list(enumerate(gen(3), 10)))
print(list(zip(gen(3), "abcd")), list(zip(gen(2), gen(5), gen(3))))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(map(str, gen(3))), list(map(pow, gen(3), gen(4))))
print(list(filter(None, gen(4))), list(filter(lambda x: x % 2, gen(6))), list(filter(lambda x: x > 1, [1, 2, 3])))
print(sum(gen(5)), sum(gen(3), 10), sum((x / 2 for x in gen(3)), 0.5))
print(all(gen(3)), all(x < 5 for x in gen(3)), any(gen(1)), any(x > 1 for x in gen(3)))
print(min(gen(5)), max(gen(5)), max((-x for x in gen(4)), key=abs), min(gen(0), default="d"))
print(max(["bb", "a", "cc"], key=len), max(iter(["bb", "a", "cc"]), key=len), max((s for s in ["bb", "a", "cc"]), key=len))
print(sorted(gen(4), reverse=True), sorted((x % 3 for x in gen(7)), key=lambda v: -v))
print(tuple(gen(3)), list(gen(0)), "-".join(str(x) for x in gen(4)), b",".join(bytes([65 + x]) for x in gen(3)))
l = [9]
l.extend(gen(3))
print(l)
it = enumerate(gen(3))
print(next(it), next(it), next(it), next(it, "end"))
m = map(lambda x: x + 1, gen(2))
print(iter(m) is m, list(m), list(m))
print(dict(zip("ab", gen(2))), set(map(abs, gen(3))))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), sum(It()), list(enumerate(It())))
try:
    min(gen(0))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(gen(2), gen(3), strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(gen(3), gen(2), strict=True))
except ValueError as e:
    print("ValueError:", e)
def stop(x):
    if x == 2:
        raise StopIteration
    return x
print(list(map(stop, gen(5))), list(map(stop, [0, 1, 2, 3])))
for i, (a, b) in enumerate(zip(gen(3), map(lambda v: v * v, gen(3)))):
    print(i, a, b)
