N = 100000
# Dict with N distinct string keys built with %-formatting: insert, look up
# (three passes: [], get, in), overwrite, delete half, iterate.  Work is
# linear in N.  MicroPython's WebAssembly build is known to be very slow here.


def main(n):
    d = {}
    for i in range(n):
        d["key%d" % i] = i
    total = 0
    for i in range(n):
        total += d["key%d" % i]
    for i in range(n):
        total += d.get("key%d" % i, 0)
    for i in range(0, n, 3):
        d["key%d" % i] = -i
    for i in range(0, n, 2):
        del d["key%d" % i]
    hits = 0
    for i in range(n):
        if ("key%d" % i) in d:
            hits += 1
    rest = 0
    for k in d:
        rest += d[k]
    missing = d.get("nokey", -1)
    return len(d), total, hits, rest, missing


print("dict_str_keys", N, *main(N))
