# `%` takes a conversion's argument before checking its character: a missing argument is reported first,
# and `%` is an escape only as `%%` (with a flag, width or key in between it is an unknown conversion).
cases = [
    ("%y", ()), ("%5y", ()), ("%(a)y", {}), ("%y", {}), ("%*y", ()), ("%y", (1,)),
    ("%5%", ()), ("%5%", (1,)), ("%-5%", (1,)), ("%(a)%", {"a": 1}), ("%.2%", (3,)), ("%*%", (3, 4)),
    ("%5%", {}), ("%%", ()), ("a%%b%d", (3,)), ("%d%%", 5), ("%s%y", ("x",)),
    (b"%y", (1,)), (b"%5%", (1,)), (b"%%", ()),
]
for template, args in cases:
    try:
        print(repr(template), args, repr(template % args))
    except Exception as e:
        print(repr(template), args, type(e).__name__, e)
print("%d%%" % 50)
