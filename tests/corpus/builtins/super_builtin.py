class A:
    def hello(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm of " + cls.__name__
class B(A):
    def hello(self):
        return "B+" + super().hello()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
class C(B):
    def hello(self):
        return "C+" + super(B, self).hello()
print(B().hello(), C().hello(), B.cm(), C.cm())
class Init(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Init().ok)
