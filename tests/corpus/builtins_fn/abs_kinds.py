# abs() of ints, bigints, floats, bools and classes with __abs__
print(abs(0), abs(-7), abs(7), abs(-2 ** 63), abs(-2 ** 100))
print(abs(-0.0), abs(-1.5), abs(float("-inf")), abs(True), abs(False))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5
print(abs(Vec(3, 4)))
class MyInt(int):
    pass
print(abs(MyInt(-9)), type(abs(MyInt(-9))).__name__)
for bad in ["x", [1], None]:
    try:
        abs(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
