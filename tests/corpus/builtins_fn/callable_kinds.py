# callable(): functions, builtins, classes, bound methods, instances with __call__
class Plain:
    def method(self):
        pass
class WithCall:
    def __call__(self):
        return "called"
def func():
    pass
items = [func, lambda: 0, len, print, int, Plain, Plain().method, Plain.method, WithCall(), Plain(), 1, "s", None, [], (x for x in [])]
print([callable(x) for x in items])
print(callable(staticmethod), callable(type), callable(WithCall), WithCall()())
try:
    callable()
except TypeError:
    print("TypeError")
