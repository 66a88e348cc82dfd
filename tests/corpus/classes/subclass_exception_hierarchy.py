class Base(Exception): pass
class A(Base): pass
class B(Base): pass
class C(B): pass
for exc in (A, B, C, Base):
    try:
        raise exc("x")
    except B:
        print(exc.__name__, "caught as B")
    except Base:
        print(exc.__name__, "caught as Base")
print([c.__name__ for c in C.__mro__])
