# flags: --heap 64k
# Field widths and float precisions are text built before it reaches the heap: a huge one must be a
# MemoryError within the board's heap, never host memory, and the runtime must carry on.
big = 10**6
attempts = [
    lambda: "%*d" % (big, 1),
    lambda: "%.*f" % (big, 1.5),
    lambda: f"{1:{big}}",
    lambda: "{:>{}}".format("x", big),
    lambda: format(2.5, "." + str(big) + "f"),
    lambda: "%-1000000s|" % "a",
]
for make in attempts:
    try:
        make()
        print("no error")
    except MemoryError as e:
        print("MemoryError:", e)
# Precision on a str truncates; it builds nothing big.
print(f"{'abc':.{big}}", "%.1000000s" % "abc")
print("%5.2f|%-6d|" % (3.14159, 42), f"{7:>8}|{2.5:10.3f}|{'ok':^6}|")
