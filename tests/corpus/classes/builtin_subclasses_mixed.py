class MyInt(int):
    def double(self): return self * 2
a = MyInt(5)
print(a + 1, a.double(), isinstance(a, int), type(a).__name__, a == 5, hash(a) == hash(5), str(a), repr(a))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", len(s), s[0], isinstance(s, str), s == "hi", "{}".format(s), s.split("i"))
class MyList(list):
    def total(self): return sum(self)
l = MyList([1, 2, 3]); l.append(4)
print(l.total(), len(l), l[1:3], isinstance(l, list), l, sorted(l, reverse=True))
class MyDict(dict):
    def __missing__(self, k): return k * 2
d = MyDict(a=1); print(d["a"], d["zz"], "zz" in d, list(d.keys()))
class MyTuple(tuple):
    def first(self): return self[0]
t = MyTuple((7, 8)); print(t.first(), t + (9,), len(t))
class MyExc(KeyError):
    def __str__(self): return "custom!"
try:
    raise MyExc("k")
except KeyError as e:
    print(e, repr(e.args), isinstance(e, LookupError))
class F(float):
    pass
print(F(1.5) + 1, F(2) * 2.0, round(F(2.567), 2))
print(bytes(range(5)), bytearray(3), b'ab' * 2, bytes(b'abc')[::-1], bytearray(b'xy') + b'z')
ba = bytearray(b'hello'); ba[0] = 72; ba.extend(b'!'); del ba[1]; print(ba, ba.find(b'l'), ba.decode())
print(b'a,b'.split(b','), b'  x '.strip(), b'abc'.upper(), b'%d-%s' % (1, b'x'), b'x' in b'xyz')
print(list(zip(*[(1, 'a'), (2, 'b')])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), next(iter([]), 'empty'))
it = iter([1, 2, 3]); next(it); print(list(it))
print(list(enumerate("ab", start=5)), list(reversed(range(0, 10, 3))), list(range(5, 0, -2)))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(getattr(1, 'real'), (3).bit_length(), (-7).__abs__() if hasattr(-7, '__abs__') else 7)
print("%.2f %5s %-3d| %x %X %o %e %g %c %r %%" % (3.14159, 'ab', 7, 255, 255, 8, 1e5, 1e-5, 'z', 'q'))
print(str.join(",", ["a", "b"]), str.upper("x"), int.__name__, list.__name__)
x = [1, 2, 3]
x[1:2] = []; print(x); x[:0] = [0]; print(x); x[len(x):] = [9]; print(x)
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "a" < "ab", {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1 if [] else 2, 0 or "x", "" and 1, None or [] or "last", not not 5)
def default_mut(a, b=[]):
    b.append(a); return b
print(default_mut(1), default_mut(2))
def kwonly(a, *, b=2, **rest): return a, b, rest
print(kwonly(1, b=3, c=4), kwonly(*[5], **{"b": 6}))
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
print((lambda: (yield))().__class__.__name__ if False else "gen")
g = (x * x for x in range(4)); print(sum(g), sum(g))
print([(x, y) for x in range(3) if x for y in range(x)])
print({k: v for k, v in [(1, 2), (1, 3)]}, {x for x in "aab"} == {"a", "b"})
