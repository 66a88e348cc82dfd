m = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(m)
print([[row[c] for row in m] for c in range(3)])
flat = [x for row in m for x in row if x % 2 == 0]
print(flat)
print({x: [y for y in range(x)] for x in range(1, 4)})
print(sorted({(x, y) for x in range(2) for y in range(2) if x != y}))
