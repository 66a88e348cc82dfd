print(sorted(set("hello")), sorted(set([3, 1, 3])), set(), sorted(set(range(5))), sorted({1, 2} | set()))
print(len({1, 1.0, True}), len({0, False, 0.0}), sorted(set((1, 2)) | {3}))
print(set() == frozenset(), {1} == {1.0})
