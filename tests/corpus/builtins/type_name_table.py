for v in (1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), object(), bytearray(), print is not None):
    print(type(v).__name__)
