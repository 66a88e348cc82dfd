class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return "V%d" % self.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == V(1))
print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)), min([V(4), V(0)]))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(y > x, x > y)
print([o.v for o in sorted([OnlyLt(3), OnlyLt(1)])])
