grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
t = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(t)
print(sorted([[3, "c"], [1, "a"], [2, "b"]])[0])
l = [1, 2, 3]
l.append(l)
print(len(l), l[3] is l)
print([x for row in grid for x in row if x])
