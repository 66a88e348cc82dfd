# a != b without __ne__: the negation of a.__eq__(b), or, that answering NotImplemented, of b.__eq__(a).
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
