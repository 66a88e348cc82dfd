# str % args errors: types shared by CPython and CircuitPython
cases = [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%", ()), ("%z", 1), ("%(a)s", 1), ("%c", "ab"),
         ("%c", 0x110000), ("%(a)s", {}), ("%x", 1.5), ("%*d", ("a", 1)), ("%f", "1"), ("x", 1)]
for template, args in cases:
    try:
        print(repr(template % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(template), type(e).__name__)
