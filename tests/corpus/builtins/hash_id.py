print(hash(1) == hash(1.0), hash(0) == hash(False), hash("a") == hash("a"), hash((1, "x")) == hash((1, "x")))
print(hash(-1) == hash(-1), isinstance(hash("s"), int), isinstance(hash(3.5), int))
a = []
b = a
print(id(a) == id(b), id(a) == id([]) and False, isinstance(id(a), int))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
