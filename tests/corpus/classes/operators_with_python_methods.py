# Operators on instances with Python special methods (run as frames of the loop): results, NotImplemented
# falling back to the reflected method or the in-place to the plain one, subclass priority, errors raised
# inside, generator methods, and builtin subclasses.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        return V(o * 100 + self.x)

    def __sub__(self, o):
        raise ValueError("no sub")

    def __mul__(self, o):
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % self.x


class W(V):
    def __radd__(self, o):
        return "W.radd"


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return "sub fallback"


class G:
    def __add__(self, o):
        yield o


def f():
    v = V(1)
    out = [v + 2, v + V(3), 5 + v, v + "s" if False else None, V(1) + W(2)]
    a = Acc()
    a += 1
    a += 2
    out.append(a.items)
    a -= 1
    out.append(a)
    v += 10
    out.append(v)
    out.append(list(G() + 7))
    try:
        v - 1
    except ValueError as e:
        out.append(str(e))
    try:
        v * 2
    except TypeError:
        out.append("TypeError mul")
    try:
        v + "s"
    except TypeError:
        out.append("TypeError add")
    total = V(0)
    for i in range(1000):
        total = total + i
    out.append(total)
    return out


print(f())


class MyInt(int):
    def __add__(self, o):
        return "MyInt.add"


print(MyInt(3) + 1, 1 + MyInt(3), MyInt(2) * 3)
