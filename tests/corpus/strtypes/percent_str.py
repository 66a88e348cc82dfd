# str % args: conversions, flags, widths from arguments, mapping keys
class C:
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "c-str"
print("%s %r %d %5.2f %-5s| %*d %%" % ("a", "b", 42, 3.14159, "x", 6, 7))
print("%(name)s is %(age)d %(name)r" % {"name": "Ann", "age": 30})
print("%s" % {"a": 1}, "abc" % {}, "%s" % [1, 2], "%s" % (C(),), "%r" % C(), "%s" % C(), "%a" % "é")
print("%c%c" % (65, "b"), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8), "%.2s|%5.1s|" % ("abc", "xyz"))
print("%d %i %u" % (3.9, -2.5, 7), "%e %g %G" % (12345.678, 0.00001, 1e20), "%+d % d %05d" % (5, 5, -5))
print("%-*d|%.*f" % (5, 1, 2, 3.14159), "%s %s" % (True, None), "%.3r" % "abc", "%s" % b"by")
print("%5s|%-5s|%05.1f|%x" % ("é", "ü", -2.25, 2 ** 70), "%(a)s%(a)s" % {"a": "é"})
