rows = [[3, "c"], [1, "b"], [2, "a"], [1, "a"]]
rows.sort()
print(rows)
rows.sort(key=lambda r: r[1])
print(rows)
