for a in (7, -7, 7.5, -7.5):
    for b in (2, -2):
        print(a, b, divmod(a, b))
