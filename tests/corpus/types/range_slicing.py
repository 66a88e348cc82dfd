r = range(0, 20, 2)
for s in (slice(2, 5), slice(None, None, -1), slice(1, None, 3), slice(-3, None), slice(5, 1, -2)):
    sub = r[s]
    print(list(sub), len(sub))
