# str.format: automatic, numbered and named fields, attributes, items, conversions
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)
p = Point(3, 4)
print("{} and {}".format("a", "b"), "{1}{0}{1}".format("x", "y"), "{name}!".format(name="n"))
print("{0.x},{0.y} {p.x}".format(p, p=p), "{0[1]}".format([1, 2]))
print("{d[key]} {d[1]} {t[0][1]}".format(d={"key": "v", 1: "int"}, t=[("a", "b")]))
print("{!r} {!s} {!a} {}".format(p, p, "é", p), "{0!r:>12}|".format("x"))
print("{{literal}} {{{}}}".format(5), "}}{{", "{{}}".format())
print("{[0]}".format(["auto item"]), "{.x}".format(p), "{:}".format(7), "{0:}".format("e"))
print("{0}{1}{0}".format("é", "ü"), "ünïcode {} ✓".format("ok"))
data = {"name": "Ada", "langs": ["py", "rs"]}
print("{0[name]} knows {0[langs][1]}".format(data), "{x}{y}{x}".format(x=1, y=2))
print("{:5}|{:<5}|{:^5}|{:>5}|".format("ab", 1, "c", 2.5), "{:*^9,}".format(12345))
