# str(), repr(), print() and f-string fields of instances whose __str__/__repr__/__format__ are Python
# code (run as bytecode): results, fallbacks, specs, conversions, errors and a str subclass.
class A:
    def __str__(self):
        return "A-str"

    def __repr__(self):
        return "A-repr"


class R:
    def __repr__(self):
        return "R-repr"


class F:
    def __format__(self, spec):
        return "F[" + spec + "]"

    def __str__(self):
        return "F-str"


class Plain:
    pass


a, r, f = A(), R(), F()
print(str(a), repr(a), str(r), repr(r), str(f))
print(a, r, f, sep=" | ", end=" !\n")
print(f"{a} {a!r} {a!s} {r} {r!r} {f} {f:>3} {f!s} {a!r:<8}|")
print("%s %r" % (a, r), [a, r], (a,), {"k": r})
print(str(Plain()).startswith("<"), f"{Plain()}".startswith("<"))
try:
    f"{Plain():>5}"
except TypeError:
    print("TypeError spec")


class S(str):
    pass


class T:
    def __str__(self):
        return S("sub")


print(str(T()), type(str(T())).__name__ in ("S", "str"))
print(1, 2, a, file=None)
