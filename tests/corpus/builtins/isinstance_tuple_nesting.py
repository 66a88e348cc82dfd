checks = [(1, (str, int)), ("s", (list, (tuple, str))), (1.0, (int,)), ([], ()), (None, (type(None),))]
for obj, types_ in checks:
    print(type(obj).__name__, isinstance(obj, types_))
