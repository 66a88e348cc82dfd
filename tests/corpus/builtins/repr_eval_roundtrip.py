for v in (1, -2.5, "s'q", [1, (2, "3")], {"k": [None, True]}, (1,), b"\x00b", 10 ** 30, 0.1):
    print(repr(v), eval(repr(v)) == v)
