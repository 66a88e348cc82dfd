vals = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]
print([round(v) for v in vals], [abs(round(v)) for v in vals], [round(abs(v)) for v in vals])
print(round(-7 / 2), round(7 / 2), abs(-7 // 2))
