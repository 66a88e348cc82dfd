class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), isinstance(m, list))
class MyDict(dict):
    def get_or(self, key):
        return self[key] if key in self else key * 2
d = MyDict(a=1)
d["b"] = 2
print(d["a"], d.get_or("zz"), sorted(d.items()), isinstance(d, dict))
class MyInt(int):
    def double(self):
        return self * 2
i = MyInt(21)
print(i.double(), i + 1, type(i + 1).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hey").shout(), Upper("a") == "a")
class MyExc(Exception):
    pass
print(issubclass(MyExc, Exception))
