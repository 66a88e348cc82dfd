# map with several iterables, filter with None, all/any short-circuiting on iterators
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, 2.5])), list(filter(lambda x: x % 2, range(7))))
seen = []
def note(x):
    seen.append(x)
    return x
print(any(map(note, [0, 0, 3, 4])), seen)
seen.clear() if hasattr(seen, "clear") else None
seen = []
print(all(map(note, [1, 2, 0, 5])), seen)
print(all([]), any([]), all(iter([1, 1])), any(x > 2 for x in range(5)), all("abc"))
m = map(str, range(3))
print(next(m), list(m))
try:
    map(len)
except TypeError:
    print("TypeError map")
try:
    all(5)
except TypeError:
    print("TypeError all")
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError:
    print("ZeroDivisionError lazily")
