# __str__/__repr__ returning something other than a str: CircuitPython prints it as str() would (CPython
# raises TypeError), through every path that makes text: str(), repr(), print(), f-strings, %, containers.
# Adafruit's fancyled colours return tuples from __repr__. (Expected output written by hand.)
class Colour:
    def __repr__(self):
        return (1, 2, 3)


class Number:
    def __str__(self):
        return 5


class Nested:
    def __repr__(self):
        return [Colour()]


class Itself:
    def __str__(self):
        return self


print(Colour(), repr(Colour()), str(Colour()), f"{Colour()}", f"{Colour()!r:>12}", [Colour()])
print(Number(), str(Number()), f"{Number()}", "%s" % Number(), "{}".format(Number()))
print(repr(Nested()), str(Nested()))
try:
    str(Itself())
except RuntimeError as e:
    print("RuntimeError", e)
print("alive")
