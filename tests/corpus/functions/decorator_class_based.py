class CountCalls:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a, **k):
        self.n += 1
        return self.f(*a, **k)
@CountCalls
def hello(name="x"):
    return "hello " + name
print(hello(), hello("y"), hello.n)
def decorate_class(cls):
    cls.tag = "decorated"
    return cls
@decorate_class
class K:
    pass
print(K.tag)
