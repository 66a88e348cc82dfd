print(type(None).__name__)
print(None is None, (None,) == (None,), [None] * 2, {None: 1}[None])
print(repr(None), str(None), f"{None}", "%s" % None)
try:
    f = None
    f()
except TypeError:
    print("TypeError call")
try:
    None.foo
except AttributeError:
    print("AttributeError")
try:
    None + 1
except TypeError:
    print("TypeError add")
try:
    len(None)
except TypeError:
    print("TypeError len")
print(NotImplemented == NotImplemented, type(NotImplemented).__name__)
