# repr of a container stops at the first item whose repr raises (CPython does too), and a deeply nested
# object whose repr recurses raises instead of overflowing the native stack.
class K:
    def __repr__(self):
        print("key repr")
        return 1 / 0


class V:
    def __repr__(self):
        print("value repr")
        return "v"


try:
    repr({K(): V()})
except ZeroDivisionError:
    print("ZeroDivisionError from the key")

try:
    repr([V(), K(), V()])
except ZeroDivisionError:
    print("ZeroDivisionError from the second item")

s = None
for i in range(3000):
    s = slice(s)
try:
    repr(s)
except RuntimeError:
    print("too deep: RuntimeError")

t = []
for i in range(3000):
    t = [t]
try:
    repr(t)
except RuntimeError:
    print("too deep: RuntimeError")
print(repr(slice(1, None, [2])))
