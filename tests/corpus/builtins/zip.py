print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
pairs = [(1, "a"), (2, "b")]
nums, lets = zip(*pairs)
print(nums, lets)
print(dict(zip(["k1", "k2"], [1, 2])))
z = zip([1, 2], [3])
print(next(z), next(z, "done"))
