row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid)
grid2 = [list(row) for _ in range(2)]
grid2[0][1] = 5
print(grid2)
