matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = False
for i, row in enumerate(matrix):
    for j, v in enumerate(row):
        if v == target:
            found = True
            break
    if found:
        break
print(found, i, j)
for row in matrix:
    for v in row:
        if v == 100:
            break
    else:
        continue
    break
else:
    print("100 not found")
