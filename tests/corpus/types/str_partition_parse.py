for line in ("key=value", "novalue", "a=b=c", "=x", "y="):
    k, sep, v = line.partition("=")
    print(repr(k), repr(sep), repr(v))
