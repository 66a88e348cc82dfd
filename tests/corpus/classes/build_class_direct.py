# __build_class__ called directly with a body that isn't a Python function: a TypeError, and classes still work.
for body in (len, int, 5, "x", None):
    try:
        __build_class__(body, "A")
    except TypeError as e:
        print("TypeError", e)
try:
    __build_class__(len)
except TypeError as e:
    print("TypeError")


def body():
    pass


B = __build_class__(body, "B")
print(B.__name__, type(B()).__name__)


class C(B):
    x = 2


print(C.x, C.__name__, issubclass(C, B))
