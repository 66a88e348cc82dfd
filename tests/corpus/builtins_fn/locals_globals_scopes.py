# globals(), locals(), vars() and dir() in module, function, closure and class scopes
top = 1
print("top" in globals(), globals() is globals(), locals() is globals(), "top" in dir())
def outer():
    a = 1
    b = "two"
    def inner():
        c = 3
        return sorted(locals()), a
    names = sorted(locals())
    return names, inner(), sorted(dir())
print(outer())
def cell_user():
    x = 10
    def get():
        return x
    return sorted(locals())
print(cell_user())
def args_only(p, *rest, k=2, **kw):
    loc = locals()
    return sorted(loc), loc["rest"], loc["kw"]
print(args_only(1, 2, k=3, z=4))
def unbound():
    before = sorted(locals())
    later = 1
    return before
print(unbound())
class K:
    attr = 5
    inside = sorted(n for n in locals() if n[:2] != "__")
    def method(self):
        return 1
print(K.inside, sorted(k for k in vars(K) if k[:2] != "__"))
class Obj:
    def __init__(self):
        self.p = 1
        self.q = 2
o = Obj()
print(vars(o), vars(o) is o.__dict__)
vars(o)["r"] = 3
print(o.r)
try:
    vars(5)
except TypeError:
    print("TypeError")
print(globals()["top"], dir() == sorted(dir()))
