print(type(5).__name__, type("").__name__, type(type(5)).__name__, type(None).__name__)
print(type(5) == int, type(True) == int, type(True) == bool, type([]) is list)
class A: pass
class B(A): pass
print(type(B()) is B, type(B()) is A, type(A) is type, type(B).__name__)
X = type("X", (), {"v": 1, "f": lambda self: self.v + 1})
print(X().f(), X.v, X.__name__)
