def describe(v):
    if v is None:
        return "none"
    elif not v:
        return "empty/zero"
    elif isinstance(v, str):
        return "text"
    elif isinstance(v, (list, tuple)):
        return "seq of %d" % len(v)
    return "other"
print([describe(v) for v in (None, 0, "", [], "x", [1, 2], (1,), 3.5)])
