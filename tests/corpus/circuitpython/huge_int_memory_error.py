# flags: --heap 64k
# Ints too big for a 64 KB heap raise MemoryError (CircuitPython does; CPython would build them), whichever
# operation makes them, and the program goes on with ints afterwards. (Expected output written by hand.)
import gc


def squaring():
    x = 10 ** 100
    while True:
        x = x * x


for name, make in [("pow", lambda: 7 ** 1000000), ("shift", lambda: 1 << 10000000), ("pow10", lambda: 10 ** 200000),
                   ("square", squaring)]:
    try:
        make()
        print(name, "made")
    except MemoryError:
        print(name, "MemoryError")
gc.collect()
print(2 ** 100 + 1, 7 ** 20 // 3, divmod(-(10 ** 30), 7))
