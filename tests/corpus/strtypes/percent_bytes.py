# bytes % args keeps every byte and accepts bytes-like values for %s
print(b"%s-%d-%x" % (b"ab", 5, 255), b"\xff%d\x00" % 1, b"%c%c" % (65, b"B"), b"%r" % b"x", b"%a" % "\xe9")
print(b"%s|%5s|%-4s|" % (b"x", b"ab", bytearray(b"c")), b"%05.1f %e" % (2.5, 10.0), b"%%" % ())
print(b"%(k)s" % {b"k": b"v"})
for t, a in ((b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", "x"), (b"%d", b"1")):
    try:
        print(t % a)
    except (TypeError, OverflowError, ValueError) as e:
        print(t, type(e).__name__)
