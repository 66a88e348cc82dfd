# str special methods called by name, and from a subclass
print(str.__len__("héllo"), "abc".__contains__("b"), str.__add__("a", "b"), "ab".__mul__(3), "ab".__rmul__(2))
print("a".__eq__("a"), "a".__ne__("b"), "a".__lt__("b"), "b".__ge__("a"), "a".__eq__(1) is NotImplemented)
print("%s-%d".__mod__(("x", 5)), b"ab".__add__(b"c"), bytearray(b"x").__len__(), b"a".__lt__(b"b"))
class Shout(str):
    def __add__(self, other):
        return str.__add__(self, other) + "!"
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    def __hash__(self):
        return str.__hash__(self.lower())
    def upper(self):
        return "UP:" + str.upper(self)
s = Shout("Hi")
print(s + " there", s == "hi", s != "HI", s.upper(), s.lower(), len(s), s.split("i"), "i" in s)
class Name(str):
    pass
n = Name("Ada")
print(n + "!", n * 2, n.center(7, "*"), n == "Ada", n < "B", "{}".format(n), "%s" % n, n.startswith("A"))
