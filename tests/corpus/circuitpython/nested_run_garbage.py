# flags: --heap 64k
# Built-ins driving Python code. A generator consumed by max/sum/sorted (or a Python key) runs as bytecode
# (builtins/drive.py), so the collector runs during the loop and a long one finishes in a small heap, as on
# the device.
print(max([i] for i in range(2 * 10**5)))
print(max(range(2 * 10**5), key=lambda i: [i % 1000]))
print(sum(x * x for x in range(10000)))


# Python code that a native still calls itself (here `__lt__`, from the sort) runs while the native holds
# values the collector cannot see, so its garbage is not collected until the native returns. It is bounded:
# past 64 heaps' worth (4 MB at least) it is a MemoryError instead of the host's memory running out, the
# handler runs, and after the next collection everything works again. (Written by hand: on the device the
# collector runs inside the sort and this one would finish; CPython has no heap limit.)
class Slow:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return len([0] * 1000) + self.v < len([0] * 1000) + other.v


try:
    print(sorted([Slow(i % 50) for i in range(200)])[0].v)
except MemoryError:
    print("MemoryError")
print(sorted([Slow(i % 7) for i in range(20)])[0].v)
print(sorted([[i % 7, i] for i in range(300)], key=lambda p: p[0])[-1])
