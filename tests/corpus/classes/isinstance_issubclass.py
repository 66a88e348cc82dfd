class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A))
print(issubclass(bool, int), isinstance(True, int), isinstance(1, bool))
print(isinstance(A, type), issubclass(A, object), isinstance([], (list, tuple)))
try:
    isinstance(1, 2)
except TypeError:
    print("TypeError")
try:
    issubclass(b, A)
except TypeError:
    print("TypeError issubclass")
