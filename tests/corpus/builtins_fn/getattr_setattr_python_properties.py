# getattr/hasattr/setattr with Python properties, __getattr__ and __setattr__ (run as bytecode): values,
# defaults, AttributeError from inside a getter, setattr's None result.
class D:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x * 10
        return "ignored"

    @property
    def broken(self):
        raise AttributeError("inside")

    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(name)


d = D()
print(getattr(d, "v"), getattr(d, "dynamo"), getattr(d, "broken", "default"), getattr(d, "zz", 0))
print(setattr(d, "v", 4), d.v, hasattr(d, "v"), hasattr(d, "broken"), hasattr(d, "dynx"), hasattr(d, "zz"))


class B:
    @property
    def broken(self):
        raise AttributeError("inside")


try:
    getattr(B(), "broken")
except AttributeError as e:
    print("AttributeError", e)
print(getattr(B(), "broken", "default B"), hasattr(B(), "broken"))


class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


s = S()
setattr(s, "a", 21)
print(s.a, getattr(s, "a"), hasattr(s, "b"))
