x = 10 ** 100000
print(x % 7, x.bit_length())
print(len(str(10 ** 10000)))
print(str(2 ** 20000)[:10])
