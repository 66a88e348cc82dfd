# flags: --heap 64m
# Frozensets nested in frozensets, and exceptions whose argument is an exception, recurse in hash(), repr()
# and str(); very deep ones raise (RecursionError in CPython, a RuntimeError subclass) instead of
# overflowing the host stack.
def nest(n, wrap):
    x = 0
    for _ in range(n):
        x = wrap(x)
    return x


# CPython caches each inner hash as it builds the sets; here the nesting itself may raise: either way no crash.
try:
    hash(nest(100000, lambda x: frozenset([x])))
except RuntimeError:
    pass
print("hash frozenset survived")
for label, f in (
    ("repr exception", lambda: repr(nest(100000, ValueError))),
    ("str exception", lambda: str(nest(100000, ValueError))),
):
    try:
        f()
        print(label, "no error")
    except RuntimeError as e:
        print(label, isinstance(e, RuntimeError))
print(repr(nest(3, ValueError)), str(nest(3, KeyError)), hash(nest(3, lambda x: frozenset([x]))) == hash(nest(3, lambda x: frozenset([x]))))
