l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({3: 0, 1: 0}))
r = [1, 2]
print(r.sort() is None)
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
print(sorted([-3, 2, -1], key=abs), sorted([[2, 1], [1, 2], [1]]))
print(sorted([0.5, -1, 3, 2.25]))
