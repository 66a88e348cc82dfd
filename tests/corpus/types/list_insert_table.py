for i in (-10, -2, -1, 0, 1, 2, 10):
    l = [1, 2, 3]
    l.insert(i, "X")
    print(i, l)
