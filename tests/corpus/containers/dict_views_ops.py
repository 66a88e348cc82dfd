d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), "a" in k, "z" in k, 2 in v, 9 in v, ("b", 2) in i, ("b", 3) in i, "b" in i)
print(k == {"a", "b", "c"}, k == {"a"}, i == {("a", 1), ("b", 2), ("c", 3)}, {"a", "b", "c"} == k)
print(k != {"a"}, d.keys() == d.keys(), d.items() == d.items())
def sl(s):
    l = list(s)
    l.sort()
    return l
print(sl(k & {"a", "z"}), sl(k | {"z"}), sl(k - {"a"}), sl(k ^ {"a", "q"}), sl({"a", "q"} - k))
print(sl(i & {("a", 1), ("a", 2)}))
it = iter(k)
print(next(it), next(it), next(it))
d["d"] = 4
print(list(k), list(v), list(i), len(k))
del d["a"]
print(list(k), [x for x in v], dict(i))
print(repr(k), repr(v), repr(i))
e = {}
print(list(e.keys()), len(e.items()), e.keys() == set(), repr(e.values()))
print(list(d.__reversed__()), list(d.values().__reversed__()), list(d.items().__reversed__()))
