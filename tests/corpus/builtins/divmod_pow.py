print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6), divmod(2 ** 70, 10 ** 9))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(3, 4, 5), pow(-2, 3, 5), pow(2, 0, 1))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
try:
    divmod("a", 2)
except TypeError:
    print("TypeError divmod")
