# str.format: nested fields inside format specs
print("{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0:{1}}|".format("pad", 6), "{:>{}}|".format("r", 4), "{:.{}f}".format(2.71828, 3))
print("{:{}{}}".format(42, ">", 6), "{0:{fill}{align}{width}}".format("x", fill="-", align="^", width=7))
for w in (1, 5, 9):
    print("{:{}}|{:^{}}|".format("ab", w, "cd", w))
print("{!r:{}}|".format("q", 6), "{:{}d}".format(7, "03"))
