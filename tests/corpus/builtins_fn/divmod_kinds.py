# divmod over int/float signs, bigints, and __divmod__/__rdivmod__
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2 ** 80 + 1, 2 ** 40), (-(2 ** 80), 7)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.0, 1.0), (5, 0.5)]:
    print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(9, True))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        return ("div", self.cents // n, self.cents % n)
    def __rdivmod__(self, n):
        return ("rdiv", n)
print(divmod(Money(250), 100), divmod(7, Money(1)))
for a, b in [(1, 0), (1.5, 0), (2 ** 70, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError:
        print("ZeroDivisionError", a)
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
