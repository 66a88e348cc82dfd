o = object()
p = object()
print(o == o, o == p, o != p, type(o) is object, isinstance(o, object))
print(str(o) == repr(o), hash(o) == hash(o))
class C(object):
    pass
print(issubclass(C, object), C.__bases__ == (object,), object in C.__mro__)
try:
    object(1)
except TypeError:
    print("TypeError")
