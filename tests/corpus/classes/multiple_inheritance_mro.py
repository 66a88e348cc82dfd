class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super().f()
class C(A):
    def f(self):
        return "C" + super().f()
class D(B, C):
    def f(self):
        return "D" + super().f()
print([c.__name__ for c in D.__mro__])
print(D().f())
class X:
    pass
class Y:
    def g(self):
        return "Y.g"
class Z(X, Y):
    pass
print([c.__name__ for c in Z.__mro__], Z().g())
try:
    class Bad(A, B):
        pass
except TypeError:
    print("TypeError MRO")
