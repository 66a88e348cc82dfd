class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressing", t.__name__, v.args)
            return True
        return False
with Suppress(KeyError, IndexError):
    {}["k"]
print("continued")
with Suppress(IndexError):
    [][1]
    print("not printed")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
def f():
    with Suppress(ValueError):
        return "returned"
print(f())
