# flags: --heap 2m
# Float precisions above 65535 (the most Rust's formatter takes) pad with exact zeros instead of panicking.
for fmt in ("%.*f", "%.*e", "%.*g", "%.*F"):
    for x in (1.5, 5e-324, 1.7976931348623157e308):
        s = fmt % (70000, x)
        print(fmt, len(s), s[:12], s[-5:], s.count("0"))
for spec in (".70000f", ".70000e", ".70000g", ".70000", "#.70000g", ".70000%"):
    s = format(2.5, spec)
    print(spec, len(s), s[:12], s[-6:])
print(f"{1/3:.70000f}"[:20])
