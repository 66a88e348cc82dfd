class Mul:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
    def __repr__(self):
        return "Mul(%d)" % self.k
    def __str__(self):
        return "times " + str(self.k)
m = Mul(3)
print(m(2), m(2, y=5), callable(m))
print(m, str(m), repr(m), [m], "%s|%r" % (m, m), f"{m}|{m!r}")
class OnlyRepr:
    def __repr__(self):
        return "<R>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
