# %-formatting of ints at the edges of the machine-sized fast path and beyond it: every conversion and flag.
for v in [0, 5, -5, 255, -255, 2**63, -2**64-1, 10**30, -(10**25)]:
    print("%d %i %u %o %x %X %#o %#x %#X %08d %-8d| %+d %.5d" % (v, v, v, v, v, v, v, v, v, v, v, v, v))
print("%x" % True, "%d" % 3.9, "%o" % -0)
for v in [2**64 - 1, 2**64, -(2**64 - 1), -(2**64)]:
    print("%d %x %o" % (v, v, v))
