# Builtin types' methods are found however they are first reached: through an instance, the type, a subclass,
# super(), dir() or the type's __dict__ (each type below is reached first in a different way).
print([1, 2].index(2))
print(str.upper("abc"))
print("count" in dir(tuple))
print("fromkeys" in dict.__dict__, "keys" in dict.__dict__)


class L(list):
    def append(self, x):
        super().append(x * 2)


l = L()
l.append(3)
l.extend([1])
print(l, l.pop(), l)


class I(int):
    def __add__(self, other):
        return super().__add__(other) + 100


print(I(1) + 2, int.__add__(1, 2), (5).__sub__(2), float.__mul__(2.0, 3))
print(bytes.fromhex("4142"), bytearray(b"ab").upper())
print(hasattr(set, "union"), getattr(frozenset, "isdisjoint")(frozenset(), {1}))
print(range(10).index(3), (1).bit_length(), (2.5).is_integer())
print(sorted(n for n in dir(str) if n.startswith("is"))[:3])
print(type(str.__dict__["join"]).__name__ in ("method_descriptor", "function", "builtin_function_or_method"))
