r = range(3, 30, 4)
for v in (3, 7, 8, 27, 30, -1, 31):
    print(v, v in r, r.index(v) if v in r else None)
print(r.count(7), r.count(8))
