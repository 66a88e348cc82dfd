a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(7 // 7, 0 // 3, -1 // 2, 1 // -2, -1 % 2, 1 % -2)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(abs(-3), -(-3), +(-3))
for x in range(-6, 7, 3):
    for y in (-4, -3, 3, 4):
        print(x, y, x // y, x % y)
