# getattr/setattr/hasattr/delattr: defaults, non-str names, errors from properties
class C:
    x = 1
    @property
    def broken(self):
        raise ValueError("inside")
c = C()
setattr(c, "y", 2)
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "nope", "dflt"), hasattr(c, "y"), hasattr(c, "nope"))
delattr(c, "y")
print(hasattr(c, "y"), getattr(c, "y", None))
try:
    hasattr(c, "broken")
except ValueError:
    print("ValueError propagates")
for call in [lambda: getattr(c, 1), lambda: setattr(c, 1, 2), lambda: hasattr(c, None), lambda: delattr(c, 3)]:
    try:
        call()
    except TypeError:
        print("TypeError")
try:
    delattr(c, "missing")
except AttributeError:
    print("AttributeError")
try:
    getattr(c, "missing")
except AttributeError:
    print("AttributeError getattr")
print(isinstance(1, (str, (int, float))), isinstance("a", ()), issubclass(bool, (str, int)))
try:
    isinstance(1, [int])
except TypeError:
    print("TypeError list of classes")
try:
    iter(5, None)
except TypeError:
    print("TypeError iter callable")
