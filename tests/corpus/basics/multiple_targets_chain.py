a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i = j = k = 0
k = 3
print(i, j, k)
