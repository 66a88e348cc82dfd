# Sorting strings (code point order, not locale), tuples and lists compared item by item, with the
# comparison's fast paths (all-str keys, equal ints skipped) giving the same answers as the general path.

words = ["pear", "Pear", "", "éclair", "zebra", "Zebra", "€uro", "a", "ab", "aB", "\u00ff", "\u0100", "😀", "z\x00", "z"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(["b", "a", "c"] * 3))


class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([S("ccc"), S("a"), S("bb")]))
print(sorted(["b", S("a"), "c"]))
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError")

pairs = [(3, "c"), (1, "b"), (3, "a"), (1, "a"), (2, "z"), (1, 2.5)]
try:
    sorted(pairs)
except TypeError:
    print("TypeError for str < float")
pairs = [(3, "c"), (1, "b"), (3, "a"), (1, "a"), (2, "z"), (2,), (2, "z", 0)]
print(sorted(pairs))
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2), [1, 2] < [1, 3], [1, 2] > [1], (2 ** 70, 1) < (2 ** 70, 2))
print((1, float("nan")) < (1, 2), (1, float("nan")) == (1, float("nan")), [[1, 2], [1]] < [[1, 2], [2]])
print(sorted([[3, 1], [2], [3, 0, 1], [], [2, 0]]))
print(sorted([(i % 3, -i) for i in range(9)], reverse=True))


class Grow:
    """Its == appends to a list being compared, which the comparison then sees."""

    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(99)
        return True

    __hash__ = object.__hash__


a = [0]
a.append(Grow(a))
b = [0, 1]
print(a == b, len(a), b < a)
