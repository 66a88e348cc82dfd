print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum((0.5, 0.25)), sum(range(1, 11)), sum([[1], [2]], []))
print(sum([True, True]), sum(x * x for x in range(4)), sum([10 ** 20, 1]))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError mixed")
