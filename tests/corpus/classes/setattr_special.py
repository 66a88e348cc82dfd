class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.x = 5
print(l.x)
del l.x
print(hasattr(l, "x"))
class Frozen:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
f = Frozen()
try:
    f.v = 2
except AttributeError as e:
    print("AttributeError", e.args, f.v)
