# pow with two and three arguments, negative exponents and moduli, keywords
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(3, 0, 1), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10 ** 9 + 7))
print(pow(38, -1, 97), pow(3, -2, 11), pow(-5, -1, 13), (pow(38, -1, 97) * 38) % 97)
print(pow(2 ** 200 + 1, -1, 2 ** 61 - 1) * (2 ** 200 + 1) % (2 ** 61 - 1))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
for args in [(2, -1, 4), (3, 2, 0)]:
    try:
        pow(*args)
    except ValueError:
        print("ValueError", args)
for args in [(2.0, 2, 5), (2, 2.0, 5), (2, 2, 5.0)]:
    try:
        pow(*args)
    except TypeError:
        print("TypeError", args)
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
class P:
    def __pow__(self, e, m=None):
        return ("pow", e, m)
print(pow(P(), 2), pow(P(), 2, 9))
