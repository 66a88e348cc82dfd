# hash() agrees across equal numbers; id() identity; unhashables
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-1.0))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(0.5) == hash(0.5), hash(10 ** 30) == hash(10 ** 30))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1.5), hash(-1.5))
print(hash(float("inf")), hash(float("-inf")), hash(2 ** 64), hash(1e100) == hash(int(1e100)))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash("abc") == hash("ab" + "c"))
class H:
    def __hash__(self):
        return 12345
class NoHash:
    def __eq__(self, other):
        return True
print(hash(H()))
for bad in [[], {}, set(), bytearray(), NoHash(), ([],)]:
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), id(5) == id(5), isinstance(id(a), int))
x = object()
ids = {id(x)}
print(id(x) in ids, len({id(v) for v in [a, c, x]}))
