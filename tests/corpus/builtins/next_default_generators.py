g = (x for x in range(2))
print(next(g, "a"), next(g, "b"), next(g, "c"), next(g, None))
e = iter({})
print(next(e, "empty"))
