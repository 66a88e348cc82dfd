for n in (0, -1, 7, 10 ** 18, -(10 ** 30) + 1, 2 ** 127 - 1):
    s = str(n)
    print(s, int(s) == n, len(s), repr(n) == s)
print(str(-0), int("-0"), int("000123"))
