for x in (0.0, 0.9, 1.5, -1.5, 2.5, -2.5, 1e10, 123.999):
    print(x, int(x), round(x), float(int(x)))
