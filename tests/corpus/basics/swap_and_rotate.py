a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [1, 2, 3, 4, 5]
l = l[2:] + l[:2]
print(l)
l[0], l[-1] = l[-1], l[0]
print(l)
