total = 0
for i in range(1, 101):
    total += i * i if i % 2 else -i
print(total)
print(sum(i ** 3 for i in range(1, 11)) == sum(range(1, 11)) ** 2)
print((((1 + 2) * 3 - 4) // 2) ** 3 % 7)
v = [1, 2, 3]
print(v[0] + v[1] * v[2] - v[-1] ** v[0])
