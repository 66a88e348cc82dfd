print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %8.3f %-8.1f| %e %.3E" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123))
print("%g %g %g %g" % (0.0001, 123456789.0, 1.5, 100.0))
print("%c%c %%" % (65, "b"))
print("%s and %s" % ("a", [1, 2]), "%s" % (("tup",),), "%s" % "single")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % None, "%d" % True, "%d" % 3.99, "%.0f" % 2.5, "%.0f" % 3.5)
try:
    "%d" % "x"
except TypeError:
    print("TypeError")
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError not enough")
try:
    "%d" % (1, 2)
except TypeError:
    print("TypeError not all converted")
