class A:
    def __init__(self):
        print("A init")
        self.a = 1
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
        self.b = 2
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super(C, self).who()
c = C()
print(c.a, c.b, c.who())
class D(A):
    @classmethod
    def make(cls):
        return cls.__name__
    def __init__(self, x):
        super().__init__()
        self.x = x
print(D(5).x, D.make())
