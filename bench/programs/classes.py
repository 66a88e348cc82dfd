N = 200000
# Object model: instance creation, attribute get/set, method calls,
# properties (getter and setter), class attributes, inheritance with
# super().__init__ and overridden methods, isinstance.  Work is linear in N.


class Shape:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Shape.count += 1

    def area(self):
        return 0

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def describe(self):
        return self.area() + self.x - self.y


class Rect(Shape):
    def __init__(self, x, y, w, h):
        super().__init__(x, y)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, x, y, side):
        super().__init__(x, y, side, side)

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        self.w = value
        self.h = value

    def area(self):
        return super().area() + 1


def main(n):
    total = 0
    shapes = []
    for i in range(n):
        if i % 3 == 0:
            s = Rect(i, -i, i % 7, i % 5)
        elif i % 3 == 1:
            s = Square(-i, i, i % 11)
        else:
            s = Shape(i, i)
        s.move(1, 2)
        total += s.describe()
        if isinstance(s, Square):
            s.side = s.side + 1
            total += s.area()
        if len(shapes) < 1000:
            shapes.append(s)
        else:
            shapes[i % 1000] = s
        total &= 0xFFFFFFF
    for s in shapes:
        total += s.x - s.y
    return total, Shape.count


print("classes", N, *main(N))
