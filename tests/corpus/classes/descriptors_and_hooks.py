class Desc:
    def __init__(self, n): self.n = n
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.n, 0) * 10
    def __set__(self, obj, v): obj.__dict__[self.n] = v
class RO:
    def __get__(self, obj, objtype=None): return 42
class C:
    d = Desc("d")
    r = RO()
c = C()
c.d = 5
print(c.d, C.r, c.r, isinstance(C.d, Desc))
class G:
    def __getattr__(self, name): return name.upper()
    def __setattr__(self, name, v): object.__setattr__(self, name, v * 2)
g = G(); g.x = 3
print(g.x, g.foo)
class Meta:
    registry = []
    def __init_subclass__(cls, **kw):
        Meta.registry.append(cls.__name__)
class Sub(Meta): pass
print(Meta.registry)
def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(make())
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
class P:
    def __init__(self): self._v = 0
    v = property(lambda self: self._v, lambda self, n: setattr(self, '_v', n))
p = P(); p.v = 7; print(p.v)
class Cnt:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Cnt()), [x for x in Cnt()])
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None); return True
with Ctx():
    raise KeyError
print("after")
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __neg__(self): return V(-self.x)
    def __len__(self): return self.x
    def __bool__(self): return self.x > 0
    def __contains__(self, i): return i == 1
    def __getitem__(self, i): return i * 2
    def __call__(self, *a): return a
v = V(1); w = v + V(2); print(w.x, (3 + v).x, (-v).x, len(v), bool(V(0)), 1 in v, v[5], v(1, 2))
v += 1; print(v.x)
print(sum([V(1), V(2)], V(0)).x)
import sys
print(sys.implementation.name in ("cpython", "circuitpython"))
try:
    exec("x = ")
except SyntaxError as e:
    print("SyntaxError")
print(eval("1 + 2"), eval("x * 2", {"x": 5}))
ns = {}
exec("def f(): return 3\ny = f()", ns); print(ns["y"])
print(getattr(c, "nope", "dflt"), hasattr(c, "d"), callable(len), callable(1))
print("".join(reversed("abc")), "a,b,,c".split(","), "  x ".strip(), "ab" * 3)
print([1, 2] * 2, (1,) + (2,), [i for i in range(10) if i % 3 == 0])
print({x: x ** 2 for x in range(3)}, {x % 3 for x in range(10)})
a = b = []
a.append(1); print(b, a is b)
print(type(int), type(type), int.__name__, [].__class__.__name__)
print(isinstance(1, (str, int)), issubclass(int, object), issubclass(KeyError, LookupError))
