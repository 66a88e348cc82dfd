for args in ((5,), (2, 8), (2, 8, 3), (8, 2, -2), (0, -5, -1), (3, 3), (0, 10, 20)):
    r = range(*args)
    print(args, list(r), len(r))
