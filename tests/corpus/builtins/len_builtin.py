print(len(""), len("abc"), len([1, 2]), len(()), len({"a": 1}), len({1, 2, 3}), len(range(5, 0, -1)))
print(len(b"xyz"), len(bytearray(4)), len("é€"), len([[]]), len(frozenset([1, 1])))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, 1.5, None, iter([])):
    try:
        len(bad)
    except TypeError:
        print("TypeError")
