class C:
    cls_attr = 1
    def method(self):
        pass
c = C()
c.inst = 2
names = dir(c)
print([n for n in ["cls_attr", "method", "inst", "missing"] if n in names])
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "nope" in dir(""))
x = 1
print("x" in dir(), "C" in dir())
