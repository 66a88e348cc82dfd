records = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
r = list(records)
r.sort(key=lambda t: t[0], reverse=True)
r.sort(key=lambda t: t[1])
print(r)
