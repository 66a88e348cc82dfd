x = 5
del x
try:
    x
except NameError:
    print("NameError")
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[1:3]
print(l)
del l[-1:]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError:
    print("KeyError")
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError:
    print("AttributeError")
