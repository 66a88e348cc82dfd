print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([1, 5, 3], key=lambda x: -x), min(["aaa", "b", "cc"], key=len), max(["aa", "bb"], key=len))
print(min([], default="empty"), max([], default=None), max([7], default=0))
print(max([(1, "b"), (1, "a")]), min({3: "x", 1: "y"}))
try:
    min([])
except ValueError:
    print("ValueError")
try:
    max()
except TypeError:
    print("TypeError")
try:
    max(1, "a")
except TypeError:
    print("TypeError mixed")
