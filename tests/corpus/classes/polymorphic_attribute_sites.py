# One attribute site (a base class's method) used with instances of several classes in turn, with
# different dict layouts, slots of the class hierarchy changing under it, and methods overridden.


class Base:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def put(self, v):
        self.x = v

    def kind(self):
        return "base"

    def describe(self):
        return self.kind() + ":" + str(self.get())


class A(Base):
    def kind(self):
        return "a"


class B(Base):
    def __init__(self, x):
        self.first = "b-first"
        super().__init__(x)

    def kind(self):
        return "b"


class C(A):
    pass


class D(Base):
    @property
    def x(self):
        return "D.x"

    @x.setter
    def x(self, v):
        self.__dict__["stored"] = v


objs = []
for i in range(12):
    cls = (Base, A, B, C)[i % 4]
    o = cls(i)
    o.put(o.get() * 10)
    objs.append(o)
print([o.describe() for o in objs])
print([sorted(vars(o)) for o in objs[:4]])

d = D(5)
d.put(6)
print(d.get(), vars(d), d.describe())
print([o.get() for o in objs[:5]])

A.kind = lambda self: "a2"
print([o.describe() for o in objs[:4]])
A.get = lambda self: -1
print([o.get() for o in objs[:4]], objs[3].describe())
del A.get
print([o.get() for o in objs[:4]])
