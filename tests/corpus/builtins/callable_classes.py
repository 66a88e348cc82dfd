class A:
    def __call__(self):
        return "called"
class B:
    pass
a, b = A(), B()
print(callable(A), callable(a), callable(b), a())
try:
    b()
except TypeError:
    print("TypeError")
