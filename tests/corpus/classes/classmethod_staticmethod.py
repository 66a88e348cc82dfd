class C:
    n = 0
    def __init__(self, v):
        self.v = v
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(C.from_str("5").v, type(D.from_str("7")).__name__)
print(C.add(1, 2), C(0).add(3, 4))
print(C.bump(), D.bump(), C.bump(), D.n)
