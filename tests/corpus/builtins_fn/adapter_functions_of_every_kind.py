# map and filter whose function is a class, a bound method or a builtin that itself drives a generator
# (sum, any, next, list): each item's call gives its value back to the loop.
class C:
    def __init__(self, x):
        self.x = x

    def keep(self, v):
        return v % 2


def gens():
    yield (x for x in [1, 2])
    yield (x for x in [3])


for v in filter(C, [0, 1]):
    print(v)
print(len(list(filter(C, [0, 1]))), [c.x for c in map(C, [4, 5])], list(filter(C(0).keep, range(5))))
print(list(map(sum, gens())), list(map(list, gens())), len(list(filter(any, gens()))))
for v in map(next, gens()):
    print(v)
print(list(map(next, [iter([1]), iter([])])), len(list(filter(next, [iter([0]), iter([7])]))))
