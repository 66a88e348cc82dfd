print(sum([1, 2], 0.5), sum([[1], [2, 3]], [0]), sum(((1,), (2,)), ()), sum([], 7))
print(sum(range(10 ** 5)), sum(x / 2 for x in range(5)))
