# a != b as CPython answers it: without __ne__, a.__eq__ negated, or (NotImplemented) b's; with __ne__, its answer.
class A:
    def __eq__(self, o):
        print("A.eq")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.eq")
        return True
print(A() != B())
print(B() != A())
print(A() == B())
class C:
    def __eq__(self, o):
        print("C.eq")
        return 5
print(C() != 1)
class D:
    pass
print(D() != D())
class E(int):
    pass
print(E(1) != 1, 1 != E(2))


# A class with its own __ne__ is not answered for by its __eq__; a subclass's side goes first; the
# left side's negated __eq__ comes before the right side's __ne__.
class A:
    def __eq__(self, o): print('eq'); return True
    def __ne__(self, o): return NotImplemented
print(A() != 1)
print(1 != A())
class S(str):
    def __eq__(self, other):
        print("eq")
        return True
print(S("a") != 1)
print(1 != S("a"))
print([0] != S("a"))
class A2:
    def __eq__(self, o): print('A.eq'); return True
class B2(A2):
    def __eq__(self, o): print('B.eq'); return False
print(A2() != B2())
class L(list):
    def __ne__(self, other): return self != other
class A3:
    def __eq__(self, other): raise KeyError
try:
    A3() != L()
except KeyError:
    print("KeyError")
class P: pass
p = P()
print(p != p, P() != P(), p != 1, 1 != p)
class E(int): pass
print(E(1) != 1, 1 != E(2), E(3) != E(3))
class Q:
    def __ne__(self, o): return "custom"
print(Q() != 1, 1 != Q())
