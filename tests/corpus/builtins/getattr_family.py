class C:
    a = 1
    def m(self):
        return "m"
c = C()
print(getattr(c, "a"), getattr(c, "m")(), getattr(c, "zz", "default"), getattr(C, "a"))
setattr(c, "b", 2)
print(c.b, hasattr(c, "b"), hasattr(c, "zz"), hasattr(C, "m"))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "zz")
except AttributeError:
    print("AttributeError")
try:
    delattr(c, "zz")
except AttributeError:
    print("AttributeError del")
try:
    getattr(c, 5)
except TypeError:
    print("TypeError")
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1), hasattr(5, "bit_length"))
