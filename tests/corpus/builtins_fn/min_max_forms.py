# min/max: arguments or one iterable, key=, default=, first of equals wins
print(max(1, 5, 3), min(1, 5, 3), max([2, 8, 4]), min((2, 8, 4)), max("hello"), min({3: 0, 1: 0}))
print(max([1, 2, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len), max(["aa", "bb", "c"], key=len))
print(max([], default="empty"), min((), default=None), max([7], default=0), max(iter([4, 9, 2])))
pairs = [(1, "a"), (3, "b"), (3, "c"), (1, "d")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max(1, 2.5, 2), min(-1, -1.0), max(True, 1), max(1, True))
print(max(x * x for x in range(-5, 3)), min(range(10, 0, -3)))
for call in [lambda: max([]), lambda: min(())]:
    try:
        call()
    except ValueError:
        print("ValueError")
for call in [lambda: max(), lambda: max(1, 2, default=0), lambda: max(1, "a"), lambda: min(5)]:
    try:
        call()
    except TypeError:
        print("TypeError")
class Ver:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __gt__(self, other):
        return self.n > other.n
    def __repr__(self):
        return "Ver(%d)" % self.n
print(max([Ver(2), Ver(5), Ver(1)]), min(Ver(2), Ver(5), Ver(1)))
