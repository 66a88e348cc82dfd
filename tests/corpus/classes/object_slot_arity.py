# Slot wrappers and methods of object, type and property called with too few arguments raise TypeError.
def check(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, e)


o = object()
check("__eq__", lambda: o.__eq__())
check("__ne__", lambda: o.__ne__())
check("__getattribute__", lambda: o.__getattribute__())
check("__delattr__", lambda: o.__delattr__())
try:
    o.__setattr__("x")
except TypeError:
    print("__setattr__ TypeError")
check("__format__", lambda: o.__format__())
check("int __format__", lambda: (5).__format__())
check("mro", lambda: type.mro(5))
check("__subclasscheck__", lambda: type.__subclasscheck__(int))
p = property()
check("getter", lambda: p.getter())
check("setter", lambda: p.setter())
print(o.__eq__(o), o.__ne__(o), type.mro(bool)[0].__name__, int.__subclasscheck__(bool))
