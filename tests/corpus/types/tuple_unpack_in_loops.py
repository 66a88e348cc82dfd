pts = [(0, 0), (3, 4), (-1, 1)]
for x, y in pts:
    print(x, y, x * x + y * y)
print([x + y for x, y in pts], max(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
for i, (x, y) in enumerate(pts):
    pass
print(i, x, y)
