# __bool__, __len__ and __contains__ written in Python, reached by every instruction and builtin that asks
# for them (conditional jumps, `not`, `and`/`or`, `while`, comprehension filters, `in`/`not in`, len(),
# bool()), their answers checked, and their exceptions raised where they are asked.


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class C:
    def __contains__(self, x):
        return x % 2


class Bad:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


for o in [B(True), B(False), L(0), L(3)]:
    print(bool(o), not o, len(o) if isinstance(o, L) else "-")
    if o:
        print("if yes")
    else:
        print("if no")
    left = o and "and-right"
    right = o or "or-right"
    print(left is o, right is o)
    n = 0
    while o and n < 2:
        n += 1
    print("loops", n)
print([x for x in range(5) if B(x > 2)])
print(3 in C(), 4 in C(), 3 not in C(), 4 not in C())
print(any(B(i == 2) for i in range(4)), [bool(L(i)) for i in range(3)])

for bad in [Bad(), NegLen(), StrLen()]:
    for what in ["if", "not", "bool", "len", "and"]:
        try:
            if what == "if":
                if bad:
                    pass
            elif what == "not":
                r = not bad
            elif what == "bool":
                bool(bad)
            elif what == "len":
                len(bad)
            else:
                r = bad and 1
            print(type(bad).__name__, what, "ok")
        except Exception as e:
            print(type(bad).__name__, what, type(e).__name__)


class Raises:
    def __bool__(self):
        raise KeyError("k")

    def __len__(self):
        raise IndexError("i")

    def __contains__(self, x):
        raise ValueError("v")


for f in [lambda: bool(Raises()), lambda: len(Raises()), lambda: 1 in Raises(), lambda: not Raises()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


def guarded():
    try:
        if Raises():
            return "yes"
    except KeyError:
        return "caught in the caller"
    finally:
        print("finally runs")


print(guarded())


class Deep:
    def __bool__(self):
        return bool(self)


try:
    bool(Deep())
except RuntimeError:  # RecursionError in CPython, a subclass
    print("deep recursion stopped")


class Huge:
    def __len__(self):
        return 2**70


for f in [lambda: len(Huge()), lambda: bool(Huge()), lambda: not Huge()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
