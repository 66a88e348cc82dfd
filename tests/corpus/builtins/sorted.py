print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([]))
print(sorted(["a", "B", "c"], key=str.upper), sorted([(1, 2), (1, 1), (0, 5)]))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]))
l = [3, 2, 1]
s = sorted(l)
print(l, s)
try:
    sorted([1, None])
except TypeError:
    print("TypeError")
