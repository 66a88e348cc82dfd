a = 2 ** 100
b = 3 ** 60
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, -a // b, -a % b)
print(a // 7, a % 7)
print(divmod(a, -b))
print(a ** 2)
print(-(2 ** 64), abs(-(2 ** 64)))
print(2 ** 64 - 1 == 18446744073709551615)
print((2 ** 64) // (2 ** 32), (2 ** 64) >> 33, 1 << 100)
print(123456789 * 987654321 * 123456789 * 987654321)
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x // (2 ** 26), x % 1000003)
print(10 ** 40 // 10 ** 20 == 10 ** 20)
