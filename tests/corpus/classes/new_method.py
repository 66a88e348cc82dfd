class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
a = Singleton()
b = Singleton()
print(a is b)
class Tagged:
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj.tag = "new"
        return obj
    def __init__(self, v):
        self.v = v
t = Tagged(5)
print(t.tag, t.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Other())
