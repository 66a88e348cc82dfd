def sl(s):
    l = list(s)
    l.sort()
    return l

f = frozenset([3, 1, 2])
g = frozenset(range(2, 6))
print(type(f.union(g)).__name__, sl(f.union(g)), sl(f.intersection(g)), sl(f.difference(g)), sl(f.symmetric_difference(g)))
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__, f.copy() == f)
print(f.issubset([1, 2, 3, 4]), f.issuperset({1}), f.isdisjoint(g), len(f), 2 in f)
print(hasattr(f, "add"), hasattr(f, "discard"), hasattr(f, "update"))
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])], frozenset() == set(), frozenset([1]) == {1})
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(frozenset(), sl(frozenset("hello")))
