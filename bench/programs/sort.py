N = 100000
# Sorting: list.sort() of ints, of strings, with key=, sorted(reverse=True),
# and sorting tuples.  Inputs are pseudo-random (an LCG, no modules), never
# pre-sorted.  Checksums do not depend on the order of equal keys, since
# MicroPython's sort is not stable.  Work is O(N log N).


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 8)
    return out


def weigh(seq):
    total = 0
    for i, v in enumerate(seq):
        total = (total * 7 + (i + 1) * v) % 1000000007
    return total


def main(n):
    ints = lcg_list(n, 42)
    a = list(ints)
    a.sort()
    c1 = weigh(a)
    b = sorted(ints, reverse=True)
    c2 = weigh(b)
    strs = ["s%x" % v for v in lcg_list(n, 7)]
    strs.sort()
    c3 = weigh([len(s) * ord(s[-1]) for s in strs])
    by_len = sorted(strs, key=len)
    c4 = weigh([len(s) for s in by_len])
    mods = list(ints)
    mods.sort(key=lambda v: v % 1000, reverse=True)
    c5 = weigh([v % 1000 for v in mods])
    pairs = [(v % 100, v) for v in ints]
    pairs.sort()
    c6 = weigh([p[0] + p[1] for p in pairs])
    return c1, c2, c3, c4, c5, c6, a[0], a[-1], strs[0], strs[-1]


print("sort", N, *main(N))
