print(round(3.14159), round(3.14159, 2), round(-3.5), round(4.5), round(5.5), round(0.0))
print(round(10), round(15, -1), round(25, -1), round(123, -2), round(-150, -2), round(2 ** 70, -20))
print(round(0.5, 1), round(2.675, 2) <= 2.68, round(-0.4), round(1e20))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(1.5, 0), round(7, 2))
class Rnd:
    def __round__(self, n=None):
        return "rounded " + str(n)
print(round(Rnd()), round(Rnd(), 3))
