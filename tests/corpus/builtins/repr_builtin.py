print(repr(1), repr(1.5), repr("s"), repr('q"'), repr([1, "a"]), repr((1,)), repr({"k": [None]}))
print(repr(b"\x00a"), repr(bytearray(b"x")), repr(range(3)), repr(set()), repr(frozenset()), repr({1}))
print(repr(True), repr(None), repr(...), repr(()), repr([]), repr({}), repr(-0.0))
print(repr([[], [[]]]), repr("\n\t\\"), repr("'"), repr("é"))
class C:
    def __repr__(self):
        return "C()"
print(repr(C()), repr([C(), C()]), repr({"c": C()}))
