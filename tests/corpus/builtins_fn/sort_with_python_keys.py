# sorted() and list.sort() with Python key functions (the keys computed as bytecode, then sorted natively):
# stability, reverse, errors in the key, a key that changes the list, subclasses, native keys.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
l = list(data)
l.sort(key=lambda p: -p[1])
print(l)
l.sort(key=lambda p: p[0], reverse=True)
print(l)
print(sorted((x for x in range(10)), key=lambda v: v % 3), sorted("bca", key=str.upper), sorted([3, 1, 2], key=None))


def key_fail(v):
    if v == 3:
        raise KeyError(v)
    return v


l = [5, 3, 1]
try:
    l.sort(key=key_fail)
except KeyError as e:
    print("KeyError", e, l)
try:
    sorted([1, 3], key=key_fail)
except KeyError:
    print("KeyError from sorted")
m = [3, 1, 2]


def grows(v):
    m.append(v)
    return v


try:
    m.sort(key=grows)
except ValueError as e:
    print("ValueError:", e)


class L(list):
    def __iter__(self):
        return iter([0])


s = L([3, 1, 2])
s.sort(key=lambda v: -v)
print(s, list.__len__(s))
calls = []
print(sorted([1], key=lambda v: calls.append(v) or v), calls)
print(sorted([], key=lambda v: 1 / 0))
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words, max(words, key=lambda w: w[-1]), min(words, key=len))
