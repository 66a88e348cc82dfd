class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted(); print(s.a)
class H:
    __hash__ = None
try:
    hash(H())
except TypeError:
    print("unhashable")
class E2:
    def __eq__(self, o): return True
try:
    {E2()}
except TypeError:
    print("unhashable eq")
def g():
    yield 1
    raise StopIteration
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError", e)
def inner():
    x = yield 1
    return x * 2
def outer():
    r = yield from inner()
    yield r
o = outer(); print(next(o), o.send(21))
print("{:*^10}|{:,.2f}|{0!r:>10}".format("x", 1234567.891) if False else "{:*^10}|{:,.2f}".format("x", 1234567.891))
print("{0!r:>10}|{1:b}|{1:o}|{1:X}|{2:c}|{3:e}|{3:%}".format("s", 10, 65, 0.5))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), bytes.fromhex("41 42"), b"AB".hex())
print("%c%c" % (72, "i"), "%5s|%-5s|%05d|%+.1f|%x|%o|%e" % ("a", "b", 42, 2.25, 255, 8, 12345.678))
a = list(range(10)); a[2:8:2] = [0, 0, 0]; print(a)
a[::-1] = a; print(a)
print(sorted([3, 1.5, 2]), sorted("bca"), sorted([(2, 'a'), (1, 'b')]))
fs = frozenset([1, 2]); print(hash(fs) == hash(frozenset([2, 1])), {fs: 1}[frozenset([1, 2])])
print(dict.fromkeys("ab", 0), list(dict.fromkeys([3, 1, 3])))
class A:
    def __init__(self): print("A"); super().__init__()
class B:
    def __init__(self): print("B"); super().__init__()
class C(A, B):
    def __init__(self): print("C"); super().__init__()
C()
x = 1
def f():
    global x
    del x
f()
print("x" in globals())
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
ns = {}
exec("a = 1\nb = a + 1", {}, ns); print(ns)
def gen_exc():
    try:
        yield 1
    except ValueError:
        yield "handled"
ge = gen_exc(); next(ge); print(ge.throw(ValueError))
try:
    raise ValueError("a") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
print(isinstance(ValueError(), Exception), issubclass(ValueError, (KeyError, Exception)))
print([i for i in range(3)][-1], "abc"[-1], (1, 2, 3)[-2:])
print(str(1.0e-7), str(123456789012345678.0), repr(0.1 * 3), 1e300 * 1e10, -1e300 * 1e10)
print(float("1_000.5"), int("1_000"), 0x_ff, 0o17, 0b1010, 1_000_000)
print(round(1234.5678, -2), round(-1.5), round(0.125, 2), abs(-0.0))
print(max([], default=3), min("b", "a"), sum([[1], [2]], []))
import sys
print(sys.maxsize > 0, type(sys.version_info).__name__ != "", sys.byteorder)
print(chr(0x1F600) == "\U0001F600", len("héllo"), "héllo"[1])
