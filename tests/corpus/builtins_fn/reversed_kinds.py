# reversed() over ranges, sequences, strings, dicts and views, and the sequence protocol
print(list(reversed(range(5))), list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(2, 9, 4))))
print(list(reversed(range(-2 ** 62, 2 ** 62, 2 ** 61))))
print(list(reversed([1, 2, 3])), list(reversed((1,))), list(reversed("héllo")), list(reversed(b"ab")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Custom())))
lst = [1, 2, 3]
r = reversed(lst)
print(next(r), list(r), list(r))
for bad in [{1, 2}, iter([1]), 5, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError:
        print("TypeError")
