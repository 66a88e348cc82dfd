from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
q = Point(x=3, y=4)
print(q, q == (3, 4), isinstance(q, tuple))
a, b = q
print(a + b)
R = namedtuple("R", "a b c")
r = R(1, "two", [3])
print(r, r._replace(a=10) if hasattr(r, "_replace") else R(10, "two", [3]))
print(Point._fields)
try:
    p.x = 5
except AttributeError:
    print("AttributeError immutable")
