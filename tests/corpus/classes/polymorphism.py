class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + " " + str(self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Shape(), Rect(2, 3), Square(4)]
print([s.describe() for s in shapes])
print(sum(s.area() for s in shapes), max(shapes, key=lambda s: s.area()).describe())
