f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
s = {frozenset([1]), frozenset([1])}
print(len(s))
print(sorted(frozenset("hello")), frozenset() == set())
