# flags: --heap 64k
# A built-in consuming a generator (max, sum, sorted...) runs Python code while it holds values the collector
# cannot see, so the garbage those runs make is not collected until the built-in returns. It is bounded:
# past 64 heaps' worth (4 MB at least) it is a MemoryError instead of the host's memory running out, the
# handler runs, and after the next collection everything works again. (Written by hand: on the device the
# collector runs inside the built-in and this loop would finish; CPython has no heap limit.)
try:
    print(max([i] for i in range(10**6)))
except MemoryError:
    print("MemoryError")
print(max([i] for i in range(1000)))
print(sum(x * x for x in range(10000)))
print(sorted([[i % 7, i] for i in range(300)], key=lambda p: p[0])[-1])
