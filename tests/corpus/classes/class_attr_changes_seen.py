# Class attributes replaced while instances and methods that read them are in use: every read sees the
# current value, whether a number replaces a number or a descriptor replaces data (and back).


class Shape:
    count = 0
    ratio = 1.5

    def __init__(self, x):
        self.x = x
        Shape.count += 1

    def scaled(self):
        return self.x * self.ratio

    def total(self):
        return self.count


shapes = []
for i in range(5):
    shapes.append(Shape(i))
    print(Shape.count, shapes[-1].total(), shapes[0].count)

Shape.ratio = 2
print([s.scaled() for s in shapes])
Shape.ratio = None
try:
    shapes[1].scaled()
except TypeError as e:
    print("TypeError")
Shape.ratio = 0.5
print(shapes[3].scaled())


class Sub(Shape):
    pass


s = Sub(10)
print(Shape.count, s.count, s.total())
Sub.count = 100
print(Shape.count, s.count, s.total(), shapes[0].count)
del Sub.count
print(s.count)

# A data descriptor replaces plain data: stores and loads go through it at once.
log = []


class B:
    x = 0

    def set(self, v):
        self.x = v

    def get(self):
        return self.x


b1 = B()
for v in range(3):
    b1.set(v)
print(b1.get(), vars(b1))
B.x = property(lambda self: "via property", lambda self, v: log.append(v))
b2 = B()
b2.set(42)
print(b2.get(), vars(b2), log)
print(b1.get())
B.x = 7
b3 = B()
print(b3.get(), b1.get())
b3.set(8)
print(b3.get(), vars(b3))

# A method replaced by a number and back.


class C:
    def m(self):
        return "method"


c = C()
print(c.m())
C.m = 5
print(c.m)
C.m = 6
print(c.m)
C.m = lambda self: "lambda"
print(c.m())
