# format() with specs and __format__; ascii() escapes
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format(255, "#X"), format(1234567, ","))
print(format("x", ">3"), format("x", "^5") + "|", format(0.5, "%"), format(12, ""), format(-7), format(1e20))
print(format(2 ** 70, "_"), format(True, "d"), format(None), format([1, 2]), format(3, "+"))
class Money:
    def __format__(self, spec):
        return "$" + (spec or "plain")
print(format(Money()), format(Money(), "fancy"), "{:abc}".format(Money()) if False else "")
for bad in [(1, "z"), ("s", "d"), (1.5, "d")]:
    try:
        format(*bad)
    except ValueError:
        print("ValueError", bad)
try:
    format(1, 2)
except TypeError:
    print("TypeError spec")
print(ascii("plain"), ascii("héllo"), ascii("€"), ascii("😀"), ascii(["é", 1]), ascii(b"\xff"), ascii("\n"))
