class A:
    def __add__(self, o):
        if isinstance(o, int):
            return "A+int"
        return NotImplemented
class B:
    def __radd__(self, o):
        return "B.radd"
print(A() + 1, A() + B())
try:
    A() + "s"
except TypeError:
    print("TypeError")
class E:
    def __eq__(self, o):
        return NotImplemented
print(E() == 1, E() != 1)
e = E()
print(e == e)
