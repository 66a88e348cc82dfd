class N:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return "radd(%r)" % (o,)
    def __rsub__(self, o):
        return "rsub(%r)" % (o,)
    def __rtruediv__(self, o):
        return "rtruediv(%r)" % (o,)
    def __rfloordiv__(self, o):
        return "rfloordiv(%r)" % (o,)
    def __rmod__(self, o):
        return "rmod(%r)" % (o,)
    def __rpow__(self, o):
        return "rpow(%r)" % (o,)
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
    def __rlshift__(self, o):
        return "rlshift"
    def __rrshift__(self, o):
        return "rrshift"
n = N(1)
print(1 + n, 2 - n, 3 / n, 4 // n, 5 % n, 6 ** n)
print(1 & n, 1 | n, 1 ^ n, 1 << n, 1 >> n)
print("s" + n, [1] + n)
print(sum([N(1), N(2)], 0) if False else 0 + n)
