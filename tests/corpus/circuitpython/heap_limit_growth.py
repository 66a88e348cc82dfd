# flags: --heap 64k
# Growing a value by doubling it (s = s + s, s += s) on a 64 KB heap: each kind raises MemoryError as soon as the
# result cannot fit, long before it could outgrow the heap many times over, and the program goes on afterwards.
# (Expected output written by hand: CircuitPython raises MemoryError here; CPython would not.)
import gc
for label, make in [("str", lambda: "x" * 100), ("bytes", lambda: b"x" * 100), ("list", lambda: [0] * 10),
                    ("tuple", lambda: (0,) * 10), ("bytearray", lambda: bytearray(100))]:
    for form in ("s = s + s", "s += s"):
        s = make()
        try:
            while True:
                if form == "s += s":
                    s += s
                else:
                    s = s + s
        except MemoryError:
            # What it reached fits the heap (a list or tuple item takes 8 bytes).
            size = len(s) * (8 if label in ("list", "tuple") else 1)
            print(label, form, "MemoryError", size <= 65536)
        s = None
        gc.collect()
print("still running", gc.mem_free() > 32768)
