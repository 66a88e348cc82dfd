t = (1, 2, 3, 2, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[1:-1], t * 2, t + (9,))
print(tuple(sorted(t)), tuple(reversed(t)), max(t), sum(t), 3 in t)
print(hash(t) == hash((1, 2, 3, 2, 2)), t == tuple([1, 2, 3, 2, 2]))
