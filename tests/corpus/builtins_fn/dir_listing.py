# dir(): sorted, includes instance and class attributes, honours __dir__
class Base:
    base_attr = 1
class Child(Base):
    child_attr = 2
    def meth(self):
        pass
c = Child()
c.own = 3
names = dir(c)
print(names == sorted(names), [n for n in ["base_attr", "child_attr", "meth", "own", "zzz"] if n in names])
print("child_attr" in dir(Child), "own" in dir(Child), "__class__" in dir(c))
class Listed:
    def __dir__(self):
        return ["b", "c", "a"]
print(dir(Listed()))
def f():
    x = 1
    y = 2
    return dir()
print(f())
print("append" in dir([]), "keys" in dir({}), "bit_length" in dir(1), "is_integer" in dir(1.0))
