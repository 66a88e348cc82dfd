for v in (0, 1, -1, 42, 255, 1000000):
    print("%5d|%-5d|%05d|%x|%o|%+d" % (v, v, v, v, v, v))
for s in ("a", "abc", "abcdef"):
    print("[%5s][%-5s][%.2s]" % (s, s, s))
