# sorted(): stability with key= and reverse=, errors from keys and comparisons
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True), sorted([3, 1, 2], key=None, reverse=False))
recs = [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (0, "e"), (2, "f")]
print(sorted(recs, key=lambda r: r[0]), sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted("banana"), sorted({3: "c", 1: "a"}), sorted(range(5), key=lambda x: -x), sorted(()))
print(sorted([1.5, 1, True, 0, -2]), sorted([[2, 1], [1, 3], [1, 2]]))
big = list(range(200, 0, -7)) + list(range(0, 100, 3))
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:5], sorted(big, reverse=True)[:5])
lst = [3, 2, 1]
print(sorted(lst), lst)
try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError compare")
def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    sorted([1, 2, 3], key=bad_key)
except KeyError as e:
    print("KeyError", e.args)
try:
    sorted([1], cmp=None)
except TypeError:
    print("TypeError keyword")
