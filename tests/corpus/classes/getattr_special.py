class Dyn:
    existing = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.existing, d.x_hello, getattr(d, "x_y"))
print(hasattr(d, "nope"), getattr(d, "nope", "default"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e.args)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
